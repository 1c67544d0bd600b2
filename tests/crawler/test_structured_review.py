"""Adversarial review of sku, availability and brand on product pages WITH structured data (issue 14).

Issue 14 measured knockoff on 140 real product pages (a set we do not have): sku F1 0.536,
availability 0.800 (out-of-stock pages 1 of 9), brand 0.650. Many of those shops carry schema.org
data that is partial, nested or inconsistent. Each case here is a small but realistic product page
written from what the shops' platforms and plugins emit (Shopify's default theme JSON-LD,
WooCommerce + Yoast's `@graph`, Magento 2 Luma, PrestaShop 1.7 microdata, Shopware 6, BigCommerce
Cornerstone, VTEX and Tiendanube in es-AR, Cafe24 in Korean, Shopline in zh-TW, a Kazakh marketplace),
with what a careful human reads: the sku (the shop's item code shown on the page; a GTIN is not the
sku when the shop has one), the availability as a schema.org name (what the page shows for the shown
variant wins over stale structured data), the brand (not the shop's own name a plugin fills in, not
"No brand"/"Generic"), the price where the page has one, and that the page is a listing at all.

Written before reading the extraction code, in rounds of about 12; the first look of each round was
run against the code before any change here (d91ef91):

- Round 1 (12 pages: Shopify Dawn's per-variant offers, WooCommerce + Yoast's @graph with the brand an
  @id of the site's Organization, a stale WooCommerce InStock, PrestaShop microdata, Shopware 6's UUID
  productID, BigCommerce's mpn and gtin12 without sku, VTEX's numeric sku in an AggregateOffer,
  Tiendanube, Cafe24's OpenGraph 'oos', Shopline's bare 'InStock' with an empty sku, a Kazakh
  marketplace's string brand and numeric sku, Magento with a plugin's "No brand" and 'outofstock'):
  3 failed. BigCommerce's mpn kept over the page's 'SKU:' (010-02550-00), Yoast's brand the shop
  ('Kaffeewerk' for the attribute table's 'Marke: Bialetti'), Dawn's sold-out variant priced at a
  related card's $58.00 (left as a strict xfail in round 1; round 5 found the kind: the two related cards
  were no card pair, their pictures outside their links; that case's cards were then given Dawn's real
  markup, and the kind has its own case, two-related-cards-picture-outside-link).
- Round 2 (12 pages: 'schema:PreOrder', BackOrder with a brand array, Discontinued, SoldOut,
  InStoreOnly, microdata 'in stock' (Google Merchant words), OpenGraph 'preorder', a ProductGroup whose
  hasVariant URLs name the page's '?size=L', brand as an Organization beside a manufacturer, productID
  'isbn:...' and 'sku:...', a Brand node by @id in an @graph): 2 failed. The ProductGroup's first
  in-stock variant's sku (FF-HWT-M) for the URL's L (only Shopify's 'variant=' named a variant), and
  'isbn:9788437604572' kept with its scheme (only 'sku:' was taken off).
- Round 3 (11 pages: Shopware's LimitedAvailability, OnlineOnly with a numeric sku, OpenGraph 'available for
  order', a stale JSON-LD OutOfStock beside 'In stock' and a live cart, an AggregateOffer with offerCount,
  'Generic' brand, manufacturer only, gtin13 only beside 'Art.-Nr.', the sku on the Offer with 'outofstock',
  Cafe24's stale OpenGraph 'instock' beside its shown 품절 button, InStock with 'sold out' only in cards and
  a review): 1 failed, the stale OutOfStock kept over the page's stated 'In stock' and live cart.
- Round 4 (11 pages: WooCommerce's brand string the og:site_name beside a 'Hersteller:' link, nested
  accessory Products, microdata availability on a visible span, RDFa, brand 'N/A', a brand array of
  label and owner, a Kazakh page in Kazakh out of stock, Shopline sold out with an empty sku, VTEX out of
  stock at price 0, Yoast's own-brand Organization kept with other makers only in related cards, a sku
  with line breaks): 0 failed.
- Round 5 (9 pages written first, a 10th after the first look: Dawn's in-stock default variant beside
  two related cards, Magento's stale InStock with a 'stock unavailable' box and no cart button,
  mis-cased 'OutofStock', PrestaShop's PreOrder link, brand only in OpenGraph 'product:brand', brand the
  literal 'Brand', a WooCommerce variation named by the URL's '?attribute_pa_farbe=', a Cafe24 JSON-LD
  skin, a JSON-LD OutOfStock beside a live template button; the 10th, two related cards with their
  price in a 'money' span): 4 of the 9 failed. Two related cards whose pictures sit outside their links
  were no card pair, so a card's $58.00 beat the product's own price (Dawn's 'price-item--regular'
  counted old by the price finder); the stale InStock kept; 'Brand' kept as the brand; the parent
  Product's sku YL-MAT kept over the URL's variation's YL-MAT-SAL.
- Round 6 (6 pages: BigCommerce's sku beside gtin13 and mpn, a Shopify vendor set to the shop's name
  beside a 'Brand: Hario' row, 'http://schema.org/InStock ' with a trailing space and a zero-led sku,
  Korean '일시품절' with the maker in Korean, a shop's own brand beside an attribute table of materials,
  Shopline's PreOrder '預購'): 0 failed.
"""

from __future__ import annotations

import json

import pytest

from knockoff.crawler.extract import extract_product
from tests.crawler.review_cases import case_params
from tests.crawler.test_locale_review import Case, doc

CASES: list[Case] = []


def case(id: str, url: str, html: str, xfail: str = "", **want: object) -> None:
    """A product page: a listing must come out; `want` maps sku / availability / brand_claimed / price."""
    CASES.append(Case(id, url, html, want, xfail))


def ld(*nodes: dict) -> str:
    """One JSON-LD script per node, written as the platforms write them (indented, unescaped)."""
    return "".join(
        f"<script type='application/ld+json'>\n{json.dumps(n, ensure_ascii=False, indent=2)}\n</script>"
        for n in nodes
    )


HEADER = (
    "<header class='site-header'><a class='logo' href='/'>{shop}</a><nav><a href='/collections/all'>{shop_all}</a> "
    "<a href='/pages/about'>{about}</a></nav><a class='cart-link' href='/cart'>{cart} (0)</a></header>"
)
FOOTER = (
    "<footer class='site-footer'><p>© 2026 {shop}</p><a href='/policies/refund-policy'>{refund}</a></footer>"
)


def shop(
    lang: str, shop_name: str, title: str, main: str, head: str = "", words: tuple[str, ...] = ()
) -> str:
    """A whole shop page: header with the shop's name, `main`, footer; `words` = (shop all, about, cart,
    refund) in the page's language."""
    shop_all, about, cart, refund = words or ("Shop all", "About us", "Cart", "Refund policy")
    body = (
        HEADER.format(shop=shop_name, shop_all=shop_all, about=about, cart=cart)
        + f"<main id='MainContent'>{main}</main>"
        + FOOTER.format(shop=shop_name, refund=refund)
    )
    return doc(lang, f"{title} – {shop_name}", body, head)


def related(*cards: tuple[str, str, str]) -> str:
    """A "You may also like" strip as Shopify's Dawn renders it: (name, price, stock badge) per card;
    the card's picture sits outside its link, the name's link stretched over the card by CSS."""
    return (
        "<section class='related-products'><h2>You may also like</h2><ul class='grid product-grid'>"
        + "".join(
            f"<li class='grid__item'><div class='card-wrapper product-card-wrapper'><div class='card card--standard'>"
            f"<div class='card__inner'><div class='card__media'><div class='media media--transparent'><img "
            f"src='//cdn.example-shop.com/files/{n.lower().replace(' ', '-')}.jpg?width=533' alt='{n}' "
            f"class='motion-reduce' loading='lazy'></div></div></div><div class='card__content'><h3 "
            f"class='card__heading h5'><a class='full-unstyled-link' href='/products/{n.lower().replace(' ', '-')}'>"
            f"{n}</a></h3><div class='price'><span class='price-item price-item--regular'>{p}</span></div>"
            f"<span class='badge'>{s}</span></div></div></div></li>"
            for n, p, s in cards
        )
        + "</ul></section>"
    )


# ---- round 1 --------------------------------------------------------------------------------------

# 1. Shopify Dawn: the product's JSON-LD with one Offer per variant, each with its own sku and
#    availability; the URL's ?variant= is the sold-out M, the page shows its sold-out button
DAWN = "https://corbelgoods.com"
case(
    "shopify-dawn-variant-sold-out",
    f"{DAWN}/products/waxed-canvas-tote?variant=41230000002",
    shop(
        "en",
        "Corbel Goods",
        "Waxed Canvas Tote",
        "<section class='product'><div class='product__media-wrapper'><img src='//corbelgoods.com/cdn/shop/files/"
        "tote-olive.jpg?v=1712&width=1946' alt='Waxed Canvas Tote'></div><div class='product__info-container'>"
        "<p class='product__text caption-with-letter-spacing'>Corbel Goods</p>"
        "<div class='product__title'><h1>Waxed Canvas Tote</h1></div>"
        "<div class='price price--sold-out price--show-badge'><div class='price__container'><div class='price__regular'>"
        "<span class='visually-hidden'>Regular price</span><span class='price-item price-item--regular'>$92.00 USD"
        "</span></div></div><span class='badge price__badge-sold-out'>Sold out</span></div>"
        "<variant-radios><fieldset><legend>Size</legend><input type='radio' id='s' name='Size' value='Standard'>"
        "<label for='s'>Standard</label><input type='radio' id='l' name='Size' value='Large' checked>"
        "<label for='l'>Large<span class='visually-hidden'>Variant sold out or unavailable</span></label>"
        "</fieldset></variant-radios><form method='post' action='/cart/add' class='form'>"
        "<input type='hidden' name='id' value='41230000002'><button type='submit' name='add' "
        "class='product-form__submit button button--full-width' disabled><span>Sold out</span></button>"
        "</form></div></section>"
        + related(("Canvas Apron", "$58.00 USD", ""), ("Leather Key Fob", "$24.00 USD", "")),
        head=ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Waxed Canvas Tote",
                "url": f"{DAWN}/products/waxed-canvas-tote?variant=41230000002",
                "image": [f"{DAWN}/cdn/shop/files/tote-olive.jpg?v=1712&width=1920"],
                "description": "Heavy waxed canvas tote with leather handles.",
                "sku": "WCT-LG",
                "brand": {"@type": "Brand", "name": "Corbel Goods"},
                "offers": [
                    {
                        "@type": "Offer",
                        "sku": "WCT-STD",
                        "availability": "http://schema.org/InStock",
                        "price": 92.0,
                        "priceCurrency": "USD",
                        "url": f"{DAWN}/products/waxed-canvas-tote?variant=41230000001",
                    },
                    {
                        "@type": "Offer",
                        "sku": "WCT-LG",
                        "availability": "http://schema.org/OutOfStock",
                        "price": 92.0,
                        "priceCurrency": "USD",
                        "url": f"{DAWN}/products/waxed-canvas-tote?variant=41230000002",
                    },
                ],
            }
        ),
    ),
    sku="WCT-LG",
    availability="OutOfStock",
    brand_claimed="Corbel Goods",
    price=92.0,
)

# 2. WooCommerce + Yoast SEO: one @graph; Yoast's product brand is the site's Organization by @id
#    (the shop, a reseller), the page's attribute table says the maker
WOO = "https://www.kaffeewerk-shop.de"
case(
    "woo-yoast-graph-brand-is-shop",
    f"{WOO}/produkt/bialetti-moka-express-6-tassen/",
    shop(
        "de-DE",
        "Kaffeewerk",
        "Bialetti Moka Express 6 Tassen",
        "<div id='product-1162' class='product type-product post-1162 status-publish instock product_cat-espressokocher "
        "has-post-thumbnail shipping-taxable purchasable product-type-simple'><div class='woocommerce-product-gallery'>"
        "<img src='/wp-content/uploads/2024/03/moka-express-6-600x600.jpg' class='wp-post-image'></div>"
        "<div class='summary entry-summary'><h1 class='product_title entry-title'>Bialetti Moka Express 6 Tassen</h1>"
        "<p class='price'><span class='woocommerce-Price-amount amount'><bdi>39,90&nbsp;<span class='woocommerce-Price-"
        "currencySymbol'>&euro;</span></bdi></span> <small class='woocommerce-price-suffix'>inkl. MwSt.</small></p>"
        "<p class='stock in-stock'>12 vorrätig</p><form class='cart' method='post'><div class='quantity'>"
        "<input type='number' class='input-text qty text' name='quantity' value='1'></div><button type='submit' "
        "name='add-to-cart' value='1162' class='single_add_to_cart_button button alt'>In den Warenkorb</button></form>"
        "<div class='product_meta'><span class='sku_wrapper'>Artikelnummer: <span class='sku'>BIA-0001162</span></span>"
        " <span class='posted_in'>Kategorie: <a href='/kategorie/espressokocher/' rel='tag'>Espressokocher</a></span>"
        "</div></div><div class='woocommerce-tabs wc-tabs-wrapper'><div id='tab-additional_information'>"
        "<table class='woocommerce-product-attributes shop_attributes'><tr class='woocommerce-product-attributes-item "
        "woocommerce-product-attributes-item--attribute_pa_marke'><th class='woocommerce-product-attributes-item__label'>"
        "Marke</th><td class='woocommerce-product-attributes-item__value'><p>Bialetti</p></td></tr>"
        "<tr><th>Material</th><td><p>Aluminium</p></td></tr></table></div></div></div>",
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "WebPage",
                        "@id": f"{WOO}/produkt/bialetti-moka-express-6-tassen/",
                        "url": f"{WOO}/produkt/bialetti-moka-express-6-tassen/",
                        "name": "Bialetti Moka Express 6 Tassen - Kaffeewerk",
                        "isPartOf": {"@id": f"{WOO}/#website"},
                    },
                    {
                        "@type": "WebSite",
                        "@id": f"{WOO}/#website",
                        "name": "Kaffeewerk",
                        "publisher": {"@id": f"{WOO}/#organization"},
                    },
                    {
                        "@type": "Organization",
                        "@id": f"{WOO}/#organization",
                        "name": "Kaffeewerk",
                        "url": f"{WOO}/",
                    },
                    {
                        "@type": "Product",
                        "@id": f"{WOO}/produkt/bialetti-moka-express-6-tassen/#product",
                        "name": "Bialetti Moka Express 6 Tassen",
                        "url": f"{WOO}/produkt/bialetti-moka-express-6-tassen/",
                        "image": {"@id": f"{WOO}/produkt/bialetti-moka-express-6-tassen/#primaryimage"},
                        "sku": "BIA-0001162",
                        "brand": {"@id": f"{WOO}/#organization"},
                        "manufacturer": {"@id": f"{WOO}/#organization"},
                        "offers": [
                            {
                                "@type": "Offer",
                                "price": "39.90",
                                "priceSpecification": {
                                    "price": "39.90",
                                    "priceCurrency": "EUR",
                                    "valueAddedTaxIncluded": "true",
                                },
                                "priceCurrency": "EUR",
                                "availability": "http://schema.org/InStock",
                                "url": f"{WOO}/produkt/bialetti-moka-express-6-tassen/",
                                "seller": {"@id": f"{WOO}/#organization"},
                            }
                        ],
                        "mainEntityOfPage": {"@id": f"{WOO}/produkt/bialetti-moka-express-6-tassen/"},
                    },
                ],
            }
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsbelehrung"),
    ),
    sku="BIA-0001162",
    availability="InStock",
    brand_claimed="Bialetti",
    price=39.9,
)

# 3. WooCommerce without Yoast: the core's JSON-LD cached InStock, the page says out of stock and
#    has no cart form (a human reads the page)
case(
    "woo-stale-in-stock",
    "https://www.sheffieldknives.co.uk/product/chef-knife-8-inch/",
    shop(
        "en-GB",
        "Sheffield Knife Co.",
        "Forged Chef Knife 8 inch",
        "<div class='product type-product outofstock product-type-simple'><div class='woocommerce-product-gallery'>"
        "<img src='/wp-content/uploads/2024/01/chef-8-1024x1024.jpg' class='wp-post-image'></div><div class='summary'>"
        "<h1 class='product_title entry-title'>Forged Chef Knife 8 inch</h1><p class='price'><span class='woocommerce-"
        "Price-amount amount'><bdi><span class='woocommerce-Price-currencySymbol'>&pound;</span>89.00</bdi></span></p>"
        "<div class='woocommerce-product-details__short-description'><p>Hand-forged in Sheffield from German "
        "X50CrMoV15 steel.</p></div><p class='stock out-of-stock'>Out of stock</p>"
        "<form class='cart-notify'><label>Email me when back in stock</label><input type='email' name='email'>"
        "<button type='submit'>Notify me</button></form>"
        "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>SKC-CK8</span></span></div>"
        "</div></div>" + related(("Paring Knife 3.5 inch", "£39.00", "In stock")),
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "@id": "https://www.sheffieldknives.co.uk/product/chef-knife-8-inch/#product",
                "name": "Forged Chef Knife 8 inch",
                "sku": "SKC-CK8",
                "offers": [
                    {
                        "@type": "Offer",
                        "price": "89.00",
                        "priceValidUntil": "2027-12-31",
                        "priceCurrency": "GBP",
                        "availability": "http://schema.org/InStock",
                        "url": "https://www.sheffieldknives.co.uk/product/chef-knife-8-inch/",
                    }
                ],
            }
        ),
    ),
    sku="SKC-CK8",
    availability="OutOfStock",
    price=89.0,
)

# 4. PrestaShop 1.7 classic: microdata, <link itemprop=availability>, brand as a Brand item with a
#    meta name, 'Référence' in itemprop=sku, an out-of-stock product
PS = "https://www.atelier-papeterie.fr"
case(
    "prestashop-microdata-out-of-stock",
    f"{PS}/carnets/42-carnet-pointille-a5.html",
    shop(
        "fr-FR",
        "Atelier Papeterie",
        "Carnet pointillé A5",
        "<div id='product' class='product-id-42'><div class='row product-container' itemscope "
        "itemtype='https://schema.org/Product'><meta itemprop='url' content='"
        + PS
        + "/carnets/42-carnet-pointille-a5.html'>"
        "<div class='col-md-6'><div class='product-cover'><img class='js-qv-product-cover' src='"
        + PS
        + "/118-large_default/"
        "carnet-pointille-a5.jpg' alt='Carnet pointillé A5' itemprop='image'></div></div><div class='col-md-6'>"
        "<h1 class='h1' itemprop='name'>Carnet pointillé A5</h1><div class='product-prices'><div class='product-price h5' "
        "itemprop='offers' itemscope itemtype='https://schema.org/Offer'><link itemprop='availability' "
        "href='https://schema.org/OutOfStock'><meta itemprop='priceCurrency' content='EUR'><div class='current-price'>"
        "<span itemprop='price' content='14.9'>14,90 €</span></div></div><div class='tax-shipping-delivery-label'>TTC"
        "</div></div><div class='product-add-to-cart'><div class='product-quantity'><div class='add'><button "
        "class='btn btn-primary add-to-cart' data-button-action='add-to-cart' type='submit' disabled>Ajouter au panier"
        "</button></div></div><span id='product-availability'><i class='material-icons product-unavailable'>&#xE14B;</i>"
        "Rupture de stock</span></div><div class='tabs'><div id='product-details'>"
        "<div itemprop='brand' itemtype='https://schema.org/Brand' itemscope><meta itemprop='name' content='Leuchtturm1917'>"
        "</div><div class='product-manufacturer'><a href='" + PS + "/brand/3-leuchtturm1917'><img "
        "src='"
        + PS
        + "/img/m/3.jpg' class='img img-thumbnail manufacturer-logo' alt='Leuchtturm1917'></a></div>"
        "<div class='product-reference'><label class='label'>Référence </label><span itemprop='sku'>LT-A5-DOT-NV</span>"
        "</div></div></div></div></div></div>",
        words=("Boutique", "À propos", "Panier", "Conditions de retour"),
    ),
    sku="LT-A5-DOT-NV",
    availability="OutOfStock",
    brand_claimed="Leuchtturm1917",
    price=14.9,
)

# 5. Shopware 6: microdata with productID the internal UUID, the sku in the ordernumber, brand as a
#    Brand item, availability LimitedAvailability? no: InStock with a delivery time
SW = "https://www.bergsport-huber.at"
case(
    "shopware6-product-id-uuid",
    f"{SW}/Trekkingstock-Carbon-Pro/SW10231",
    shop(
        "de-AT",
        "Bergsport Huber",
        "Trekkingstock Carbon Pro",
        "<div class='product-detail' itemscope itemtype='https://schema.org/Product'><div class='product-detail-media'>"
        "<img src='"
        + SW
        + "/media/4f/a1/trekkingstock-carbon.jpg' itemprop='image' alt='Trekkingstock Carbon Pro'>"
        "</div><div class='product-detail-buy'><div itemprop='brand' itemtype='https://schema.org/Brand' itemscope>"
        "<meta itemprop='name' content='Leki'></div><meta itemprop='gtin13' content='4030765123457'>"
        "<meta itemprop='productID' content='0190a3f2c4b87c1d9e2f3a4b5c6d7e8f'>"
        "<h1 class='product-detail-name' itemprop='name'>Trekkingstock Carbon Pro</h1>"
        "<div itemprop='offers' itemscope itemtype='https://schema.org/Offer'><meta itemprop='url' content='"
        + SW
        + "/"
        "Trekkingstock-Carbon-Pro/SW10231'><p class='product-detail-price'>€ 129,95*</p><meta itemprop='price' "
        "content='129.95'><meta itemprop='priceCurrency' content='EUR'><link itemprop='availability' "
        "href='http://schema.org/InStock'><div class='product-delivery-information'><p class='delivery-information "
        "delivery-available'><span class='delivery-status-indicator bg-success'></span> Sofort verfügbar, Lieferzeit "
        "1-3 Werktage</p></div></div><form class='buy-widget' method='post'><button class='btn btn-primary btn-buy' "
        "title='In den Warenkorb'>In den Warenkorb</button></form><div class='product-detail-ordernumber-container'>"
        "<span class='product-detail-ordernumber-label'>Produktnummer:</span> <meta itemprop='sku' content='SW10231'>"
        "<span class='product-detail-ordernumber'>SW10231</span></div></div></div>",
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="SW10231",
    availability="InStock",
    brand_claimed="Leki",
    price=129.95,
)

# 6. BigCommerce Cornerstone: JSON-LD without sku but with mpn and gtin13; the page's 'SKU:' line is
#    the shop's item code (a GTIN is not the sku)
BC = "https://www.pacificmarinesupply.com"
case(
    "bigcommerce-mpn-gtin-no-sku",
    f"{BC}/garmin-striker-vivid-4cv/",
    shop(
        "en-US",
        "Pacific Marine Supply",
        "Garmin STRIKER Vivid 4cv Fishfinder",
        "<div class='productView'><section class='productView-images'><img class='productView-image--default' "
        "src='https://cdn11.bigcommerce.com/s-abc123/images/stencil/608x608/products/511/1802/striker-4cv__12345.1700.jpg'"
        " alt='Garmin STRIKER Vivid 4cv Fishfinder'></section><section class='productView-details product-data'>"
        "<div class='productView-product'><h2 class='productView-brand'><a href='/brands/Garmin.html'><span>Garmin</span>"
        "</a></h2><h1 class='productView-title'>Garmin STRIKER Vivid 4cv Fishfinder</h1><div class='productView-price'>"
        "<div class='price-section price-section--withoutTax'><span data-product-price-without-tax "
        "class='price price--withoutTax'>$179.99</span></div></div><dl class='productView-info'>"
        "<dt class='productView-info-name sku-label'>SKU:</dt><dd class='productView-info-value' data-product-sku>"
        "PMS-GRM-010-02550-00</dd><dt class='productView-info-name upc-label'>UPC:</dt><dd class='productView-info-value'"
        " data-product-upc>753759279813</dd><dt class='productView-info-name'>Availability:</dt><dd "
        "class='productView-info-value'>Usually ships in 24 hours</dd></dl></div></section><section "
        "class='productView-details product-options'><form class='form' method='post' action='/cart.php'><input "
        "type='hidden' name='action' value='add'><div class='form-field form-field--stock'><label class='form-label'>"
        "Current Stock: <span data-product-stock>7</span></label></div><input id='form-action-addToCart' "
        "data-wait-message='Adding to cart…' class='button button--primary' type='submit' value='Add to Cart'></form>"
        "</section></div>",
        head=ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "name": "Garmin STRIKER Vivid 4cv Fishfinder",
                "url": f"{BC}/garmin-striker-vivid-4cv/",
                "brand": {"@type": "Brand", "url": f"{BC}/brands/Garmin.html", "name": "Garmin"},
                "mpn": "010-02550-00",
                "gtin12": "753759279813",
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": "USD",
                    "price": "179.99",
                    "availability": "https://schema.org/InStock",
                    "itemCondition": "https://schema.org/NewCondition",
                    "url": f"{BC}/garmin-striker-vivid-4cv/",
                },
            }
        ),
    ),
    sku="PMS-GRM-010-02550-00",
    availability="InStock",
    brand_claimed="Garmin",
    price=179.99,
)

# 7. VTEX (es-AR): the sku a number on the Offer inside an AggregateOffer, the Product's sku a
#    string; the page's 'Cód.' line shows the same
FV = "https://www.electrohogar.com.ar"
case(
    "vtex-aggregate-numeric-sku",
    f"{FV}/heladera-no-frost-samsung-rt38-382l-inox/p",
    doc(
        "es-AR",
        "Heladera No Frost Samsung RT38 382L Inox | Electro Hogar",
        "<header class='vtex-store-header'><a href='/'>Electro Hogar</a><a href='/checkout/#/cart'>Mi carrito</a>"
        "</header><div class='vtex-flex-layout-0-x-flexRow'><div class='vtex-store-components-3-x-productImage'>"
        "<img class='vtex-store-components-3-x-productImageTag' src='https://electrohogar.vteximg.com.ar/arquivos/ids/"
        "181234-800-auto/rt38-inox.jpg'></div><div class='vtex-store-components-3-x-productNameContainer'>"
        "<h1 class='vtex-store-components-3-x-productNameContainer'><span class='vtex-store-components-3-x-"
        "productBrand'>Heladera No Frost Samsung RT38 382L Inox</span></h1></div><div class='vtex-product-identifier-"
        "0-x-product-identifier'><span class='vtex-product-identifier-0-x-product-identifier__label'>Cód.</span>"
        "<span class='vtex-product-identifier-0-x-product-identifier__separator'>: </span><span class='vtex-product-"
        "identifier-0-x-product-identifier__value'>28415</span></div><div class='vtex-product-price-1-x-"
        "sellingPrice'><span class='vtex-product-price-1-x-sellingPriceValue'><span class='vtex-product-price-1-x-"
        "currencyContainer'><span class='vtex-product-price-1-x-currencyCode'>$</span>&nbsp;<span class='vtex-"
        "product-price-1-x-currencyInteger'>1.249</span><span class='vtex-product-price-1-x-currencyGroup'>.</span>"
        "<span class='vtex-product-price-1-x-currencyInteger'>999</span></span></span></div><div class='vtex-add-to-"
        "cart-button-0-x-buttonText'><button class='vtex-button'>Agregar al carrito</button></div></div>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "@id": f"{FV}/heladera-no-frost-samsung-rt38-382l-inox/p",
                "name": "Heladera No Frost Samsung RT38 382L Inox",
                "brand": {"@type": "Brand", "name": "Samsung"},
                "image": "https://electrohogar.vteximg.com.ar/arquivos/ids/181234-800-auto/rt38-inox.jpg",
                "mpn": "RT38K5932SL",
                "sku": "28415",
                "category": "Heladeras",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": 1249999,
                    "highPrice": 1249999,
                    "priceCurrency": "ARS",
                    "offers": [
                        {
                            "@type": "Offer",
                            "price": 1249999,
                            "priceCurrency": "ARS",
                            "availability": "http://schema.org/InStock",
                            "sku": 28415,
                            "itemCondition": "http://schema.org/NewCondition",
                            "priceValidUntil": "2027-11-30T00:00:00Z",
                            "seller": {"@type": "Organization", "name": "Electro Hogar"},
                        }
                    ],
                    "offerCount": 1,
                },
            }
        ),
    ),
    sku="28415",
    availability="InStock",
    brand_claimed="Samsung",
    price=1249999.0,
)

# 8. Tiendanube (es-AR): JSON-LD availability OutOfStock, brand the shop's own name as a Thing, the
#    page 'Sin stock'; the shop makes its own clothes, so the shop is the brand here
TN = "https://www.moraindumentaria.com.ar"
case(
    "tiendanube-out-of-stock",
    f"{TN}/productos/buzo-oversize-frisa-negro/",
    doc(
        "es",
        "Buzo oversize frisa negro - Comprar en Mora Indumentaria",
        "<header class='head-main'><a class='logo-img-container' href='/'><img class='logo-img' alt='Mora "
        "Indumentaria' src='//acdn.mitiendanube.com/stores/001/234/themes/common/logo.png'></a></header>"
        "<div id='single-product' class='js-product-detail js-product-container' data-variants='[]'>"
        "<div class='js-product-slide'><img src='//acdn.mitiendanube.com/stores/001/234/products/buzo-negro-"
        "1-640-0.webp' class='js-product-slide-img'></div><div class='js-product-name-container'><h1 "
        "class='js-product-name h2 h1-md'>Buzo oversize frisa negro</h1></div><div class='price-container'>"
        "<span class='js-price-display' id='price_display' data-product-price='3499900'>$34.999,00</span></div>"
        "<div class='js-product-variants form-row'><label>Talle</label><select class='js-variation-option'>"
        "<option>S</option><option>M</option><option>L</option></select></div><input type='submit' class='js-addtocart "
        "js-prod-submit-form btn btn-primary btn-block nostock' value='Sin stock' disabled></div>",
        ld(
            {
                "@context": "https://schema.org/",
                "@type": "Product",
                "mainEntityOfPage": {"@type": "WebPage", "@id": f"{TN}/productos/buzo-oversize-frisa-negro/"},
                "name": "Buzo oversize frisa negro",
                "image": "https://acdn.mitiendanube.com/stores/001/234/products/buzo-negro-1-640-0.webp",
                "description": "Buzo de frisa invisible, calce oversize.",
                "sku": "BZ-OV-NEG",
                "brand": {"@type": "Thing", "name": "Mora Indumentaria"},
                "weight": {"@type": "QuantitativeValue", "unitCode": "KGM", "value": "0.6"},
                "offers": {
                    "@type": "Offer",
                    "url": f"{TN}/productos/buzo-oversize-frisa-negro/",
                    "priceCurrency": "ARS",
                    "price": "34999.00",
                    "availability": "http://schema.org/OutOfStock",
                    "seller": {"@type": "Organization", "name": "Mora Indumentaria"},
                },
            }
        ),
    ),
    sku="BZ-OV-NEG",
    availability="OutOfStock",
    brand_claimed="Mora Indumentaria",  # must-not-fire: the shop's own name, no other brand on the page
    price=34999.0,
)

# 9. Cafe24 (Korean): no JSON-LD, OpenGraph product tags with 'product:availability' 'oos' and
#    'product:brand', the page's 품절 button shown
C24 = "https://www.haru-living.co.kr"
case(
    "cafe24-og-oos",
    f"{C24}/product/detail.html?product_no=482&cate_no=24&display_group=1",
    doc(
        "ko",
        "하루리빙",
        "<div id='header'><h1 class='xans-element- xans-layout xans-layout-logotop'><a href='/'>하루리빙</a></h1>"
        "</div><div class='xans-element- xans-product xans-product-detail'><div class='detailArea'><div class='imgArea'>"
        "<img src='//haru-living.co.kr/web/product/big/202403/482_shop1_771.jpg' class='BigImage'></div>"
        "<div class='infoArea'><div class='headingArea'><h2>린넨 워싱 이불커버 Q</h2><span class='icon'><img "
        "src='//img.echosting.cafe24.com/design/common/icon_sellout.gif' alt='품절'></span></div>"
        "<table><tr class='xans-record-'><th scope='row'><span>판매가</span></th><td><span><strong "
        "id='span_product_price_text'>89,000원</strong></span></td></tr><tr class='xans-record-'><th><span>브랜드"
        "</span></th><td><span>하루리빙</span></td></tr><tr class='xans-record-'><th><span>자체상품코드</span></th>"
        "<td><span>HL-LW-Q-GY</span></td></tr></table><div class='xans-element- xans-product xans-product-action'>"
        "<div class='ec-base-button'><span class=' displaynone'><a href='#none' class='btnSubmit'>구매하기</a></span>"
        "<span class=''><a class='btnNormal sizeL'>품절</a></span></div></div></div></div></div>",
        "<meta property='og:type' content='product'><meta property='og:title' content='린넨 워싱 이불커버 Q'>"
        "<meta property='og:image' content='https://haru-living.co.kr/web/product/big/202403/482_shop1_771.jpg'>"
        "<meta property='product:price:amount' content='89000'><meta property='product:price:currency' content='KRW'>"
        "<meta property='product:availability' content='oos'><meta property='product:brand' content='하루리빙'>",
    ),
    sku="HL-LW-Q-GY",
    availability="OutOfStock",
    price=89000.0,
)

# 10. Shopline (zh-TW): JSON-LD with the bare 'InStock', an empty sku, the page's '商品貨號'
SL = "https://www.chayin-tea.com.tw"
case(
    "shopline-bare-instock-empty-sku",
    f"{SL}/products/alishan-oolong-150g",
    doc(
        "zh-TW",
        "阿里山高山烏龍茶 150g | 茶隱",
        "<div class='Product-header'><a href='/'>茶隱</a></div><div class='ProductDetail-container'><div "
        "class='product-images'><img src='https://img.shoplineapp.com/media/image_clips/65a1b2c3/large.jpg'></div>"
        "<div class='product-info'><h1 class='Product-title'>阿里山高山烏龍茶 150g</h1><div class='price-regular "
        "Product-price'><span class='price'>NT$880</span></div><div class='Product-sku'>商品貨號：CY-ALS-150</div>"
        "<div class='quantity-label'>數量</div><button class='btn btn-add-to-cart' type='button'>加入購物車</button>"
        "</div></div>",
        ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": "阿里山高山烏龍茶 150g",
                "image": "https://img.shoplineapp.com/media/image_clips/65a1b2c3/large.jpg",
                "sku": "",
                "brand": {"@type": "Brand", "name": "茶隱"},
                "offers": {
                    "@type": "Offer",
                    "price": "880.0",
                    "priceCurrency": "TWD",
                    "availability": "InStock",
                    "url": f"{SL}/products/alishan-oolong-150g",
                },
            }
        ),
    ),
    sku="CY-ALS-150",
    availability="InStock",
    price=880.0,
)

# 11. a Kazakh marketplace (ru): brand as a string, sku as a number, AggregateOffer with offerCount
#     and a bare-word availability
KZ = "https://market.example.kz"
case(
    "kz-marketplace-aggregate",
    f"{KZ}/shop/p/samsung-galaxy-a55-8-256gb-sinii-117423562/",
    doc(
        "ru",
        "Samsung Galaxy A55 8/256GB синий купить по низкой цене",
        "<header class='header'><a href='/'>Маркет</a><a href='/cart'>Корзина</a></header><div class='item'>"
        "<div class='item__slider'><img src='https://resources.market.example.kz/img/m/p/h4a/h1b/84963.jpg'></div>"
        "<div class='item__info'><h1 class='item__heading'>Samsung Galaxy A55 8/256GB синий</h1><div "
        "class='item__sku'>Код товара: 117423562</div><div class='item__price-once'>189 990 ₸</div>"
        "<div class='sellers-table'><table><tr><td><a>Store One</a></td><td>189 990 ₸</td><td><button>Выбрать</button>"
        "</td></tr><tr><td><a>Mobile KZ</a></td><td>199 990 ₸</td><td><button>Выбрать</button></td></tr></table>"
        "<a class='sellers-table__more'>Ещё 10 продавцов</a></div><button class='button item__buy'>В корзину</button>"
        "</div></div>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Samsung Galaxy A55 8/256GB синий",
                "sku": 117423562,
                "brand": "Samsung",
                "image": "https://resources.market.example.kz/img/m/p/h4a/h1b/84963.jpg",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": "189990",
                    "highPrice": "214990",
                    "priceCurrency": "KZT",
                    "offerCount": 12,
                    "availability": "InStock",
                },
            }
        ),
    ),
    sku="117423562",
    availability="InStock",
    brand_claimed="Samsung",
    price=189990.0,
)

# 12. Magento 2 Luma: microdata sku, a plugin's JSON-LD brand "No brand" and availability in lower
#     case ('outofstock'); the page says Out of stock and offers only a stock alert
MG = "https://www.outdoorgear-direct.co.uk"
case(
    "magento2-no-brand-lowercase",
    f"{MG}/alpine-down-jacket-mens.html",
    shop(
        "en-GB",
        "Outdoor Gear Direct",
        "Alpine Down Jacket Mens",
        "<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'><span "
        "class='base' data-ui-id='page-title-wrapper' itemprop='name'>Alpine Down Jacket Mens</span></h1></div>"
        "<div class='product-info-price'><div class='price-box price-final_price' data-role='priceBox'><span "
        "class='price-container price-final_price tax weee'><span id='product-price-2231' data-price-amount='149' "
        "data-price-type='finalPrice' class='price-wrapper'><span class='price'>£149.00</span></span></span></div>"
        "<div class='product-info-stock-sku'><div class='stock unavailable' title='Availability'><span>Out of stock"
        "</span></div><div class='product attribute sku'><strong class='type'>SKU</strong><div class='value' "
        "itemprop='sku'>ODG-ADJ-M-BLK</div></div></div></div><div class='product-add-form'><div class='stock-alert'>"
        "<a href='#' class='action alert'>Notify me when this product is in stock</a></div></div></div>"
        "<div class='product media'><img class='gallery-placeholder__image' src='"
        + MG
        + "/media/catalog/product/cache/"
        "0f831c1845fc143d00d6d1ebc49f446a/a/d/adj-m-blk.jpg'></div>",
        head=ld(
            {
                "@context": "http://schema.org",
                "@type": "Product",
                "name": "Alpine Down Jacket Mens",
                "sku": "ODG-ADJ-M-BLK",
                "brand": {"@type": "Brand", "name": "No brand"},
                "offers": {
                    "@type": "Offer",
                    "priceCurrency": "GBP",
                    "price": "149.00",
                    "availability": "outofstock",
                    "url": f"{MG}/alpine-down-jacket-mens.html",
                },
            }
        ),
    ),
    sku="ODG-ADJ-M-BLK",
    availability="OutOfStock",
    brand_claimed=None,
    price=149.0,
)


# ---- round 2 --------------------------------------------------------------------------------------


def pdp(
    name: str, price: str, buy: str, extra: str = "", img: str = "/media/catalog/product/p/1/p1-main.jpg"
) -> str:
    """The product block most shop themes render: gallery, h1, price, a buy area (`buy`), then `extra`
    (stock lines, a meta list, tabs)."""
    return (
        f"<div class='product-detail'><div class='product-gallery'><img class='product-main-image' src='{img}' "
        f"alt='{name}'></div><div class='product-summary'><h1 class='product-title'>{name}</h1><div "
        f"class='product-price'><span class='price'>{price}</span></div><div class='product-actions'>{buy}</div>"
        f"{extra}</div></div>"
    )


def offer(availability: str, price: str, currency: str, **more: object) -> dict:
    return {"@type": "Offer", "availability": availability, "price": price, "priceCurrency": currency, **more}


def product(name: str, offers: object, **more: object) -> dict:
    return {"@context": "https://schema.org", "@type": "Product", "name": name, **more, "offers": offers}


ADD = "<form class='product-form' method='post' action='/cart/add'><button type='submit' class='btn add-to-cart'>{}</button></form>"

# 13. a pre-order in the compact form 'schema:PreOrder' (a headless theme), the button says Pre-order
case(
    "ld-schema-prefix-preorder",
    "https://www.northwindkeyboards.com/products/nk-75-wireless",
    shop(
        "en-US",
        "Northwind Keyboards",
        "NK-75 Wireless Mechanical Keyboard",
        pdp(
            "NK-75 Wireless Mechanical Keyboard",
            "$189.00",
            ADD.format("Pre-order"),
            "<p class='preorder-note'>Ships in March 2027. You will be charged now.</p>"
            "<p class='product-sku'>SKU: NK75-WL-GRY</p>",
        ),
        head=ld(
            product(
                "NK-75 Wireless Mechanical Keyboard",
                offer("schema:PreOrder", "189.00", "USD", availabilityStarts="2027-03-01"),
                sku="NK75-WL-GRY",
                brand={"@type": "Brand", "name": "Northwind"},
            )
        ),
    ),
    sku="NK75-WL-GRY",
    availability="PreOrder",
    brand_claimed="Northwind",
    price=189.0,
)

# 14. Magento 2 with a backorder: JSON-LD BackOrder, the page 'Available on backorder' and a live cart
case(
    "magento-backorder",
    "https://www.werkzeug-profi.de/makita-dhp486z-akku-schlagbohrschrauber.html",
    shop(
        "de-DE",
        "Werkzeug Profi",
        "Makita DHP486Z Akku-Schlagbohrschrauber 18V",
        pdp(
            "Makita DHP486Z Akku-Schlagbohrschrauber 18V",
            "189,90&nbsp;€",
            ADD.format("In den Warenkorb"),
            "<div class='stock backorder' title='Verfügbarkeit'><span>Lieferbar in 2-3 Wochen (Nachbestellung)</span>"
            "</div><div class='product attribute sku'><strong class='type'>Artikelnummer</strong><div class='value' "
            "itemprop='sku'>MAK-DHP486Z</div></div>",
        ),
        head=ld(
            product(
                "Makita DHP486Z Akku-Schlagbohrschrauber 18V",
                offer("https://schema.org/BackOrder", "189.90", "EUR"),
                sku="MAK-DHP486Z",
                mpn="DHP486Z",
                gtin13="0088381861325",
                brand=[{"@type": "Brand", "name": "Makita"}],
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="MAK-DHP486Z",
    availability="BackOrder",
    brand_claimed="Makita",
    price=189.9,
)

# 15. a discontinued product: JSON-LD 'Discontinued', the page says no longer available, no cart
case(
    "ld-discontinued",
    "https://www.audiohaus.co.uk/products/arc-studio-monitor-5",
    shop(
        "en-GB",
        "AudioHaus",
        "Arc Studio Monitor 5",
        pdp(
            "Arc Studio Monitor 5",
            "£249.00",
            "<div class='product-unavailable'><strong>This product has been discontinued.</strong> See the "
            "<a href='/products/arc-studio-monitor-5-mk2'>Arc Studio Monitor 5 MkII</a>.</div>",
            "<p class='product-sku'>Product code: ARC-SM5</p>",
        ),
        head=ld(
            product(
                "Arc Studio Monitor 5",
                offer("https://schema.org/Discontinued", "249.00", "GBP"),
                sku="ARC-SM5",
                brand={"@type": "Brand", "name": "Arc Audio"},
            )
        ),
    ),
    sku="ARC-SM5",
    availability="Discontinued",
    brand_claimed="Arc Audio",
)

# 16. 'SoldOut' (an event-ticket style value some shops reuse) with a sold-out badge
case(
    "ld-soldout",
    "https://www.printclub.com.au/products/tidal-risograph-print-a3",
    shop(
        "en-AU",
        "Print Club",
        "Tidal – Risograph Print A3",
        pdp(
            "Tidal – Risograph Print A3",
            "$45.00",
            "<button type='button' class='btn btn--sold-out' disabled>Sold out</button>",
            "<p class='sku'>SKU: PC-TIDAL-A3</p>",
        ),
        head=ld(
            product(
                "Tidal – Risograph Print A3",
                offer("https://schema.org/SoldOut", "45.00", "AUD"),
                sku="PC-TIDAL-A3",
            )
        ),
    ),
    sku="PC-TIDAL-A3",
    availability=("SoldOut", "OutOfStock"),
    price=45.0,
)

# 17. 'InStoreOnly': a furniture chain's item to collect in store, no online cart
case(
    "ld-in-store-only",
    "https://www.casaviva.es/es/p/sofa-3-plazas-oslo-gris-40213",
    shop(
        "es-ES",
        "CasaViva",
        "Sofá 3 plazas Oslo gris",
        pdp(
            "Sofá 3 plazas Oslo gris",
            "599,00 €",
            "<div class='store-only'><p>Disponible solo en tienda</p><a class='btn' href='/es/tiendas'>Ver "
            "disponibilidad en tiendas</a></div>",
            "<p class='ref'>Ref. 40213</p>",
        ),
        head=ld(
            product(
                "Sofá 3 plazas Oslo gris",
                offer("https://schema.org/InStoreOnly", "599.00", "EUR"),
                sku="40213",
                brand={"@type": "Brand", "name": "CasaViva"},
            )
        ),
        words=("Productos", "Quiénes somos", "Cesta", "Devoluciones"),
    ),
    sku="40213",
    availability="InStoreOnly",
    price=599.0,
)

# 18. Google Merchant feed words in microdata: <meta itemprop=availability content='in stock'>
case(
    "microdata-merchant-words",
    "https://www.greenleafnursery.com/products/monstera-deliciosa-6in",
    shop(
        "en-US",
        "Greenleaf Nursery",
        "Monstera Deliciosa 6in Pot",
        "<div itemscope itemtype='http://schema.org/Product'>"
        + pdp(
            "Monstera Deliciosa 6in Pot",
            "<span itemprop='offers' itemscope itemtype='http://schema.org/Offer'><meta itemprop='priceCurrency' "
            "content='USD'><span itemprop='price' content='34.99'>$34.99</span><meta itemprop='availability' "
            "content='in stock'></span>",
            ADD.format("Add to cart"),
            "<meta itemprop='brand' content='Greenleaf Nursery'><p>SKU: <span itemprop='sku'>GLN-MON-6</span></p>",
        )
        + "</div>",
    ),
    sku="GLN-MON-6",
    availability="InStock",
    price=34.99,
)

# 19. OpenGraph 'product:availability' 'preorder' (a Facebook catalogue tag), no JSON-LD
case(
    "og-preorder",
    "https://www.inkandpaperbooks.com/products/the-winter-atlas-signed",
    shop(
        "en-US",
        "Ink & Paper Books",
        "The Winter Atlas (Signed First Edition)",
        pdp(
            "The Winter Atlas (Signed First Edition)",
            "$32.00",
            ADD.format("Pre-order now"),
            "<p>Publication date: 12 February 2027</p><p class='sku'>SKU: IPB-WA-SGN</p>",
        ),
        head="<meta property='og:type' content='product'><meta property='og:title' content='The Winter Atlas (Signed "
        "First Edition)'><meta property='product:price:amount' content='32.00'><meta property='product:price:currency' "
        "content='USD'><meta property='product:availability' content='preorder'>",
    ),
    sku="IPB-WA-SGN",
    availability="PreOrder",
    price=32.0,
)

# 20. ProductGroup with hasVariant (Google's variant markup); the URL names the L variant, sold out
GV = "https://www.fieldandforge.com"
case(
    "productgroup-url-variant",
    f"{GV}/products/heavyweight-tee?size=L",
    shop(
        "en-US",
        "Field & Forge",
        "Heavyweight Tee",
        pdp(
            "Heavyweight Tee",
            "$38.00",
            "<div class='size-picker'><a href='?size=M' class='swatch'>M</a><a href='?size=L' class='swatch "
            "is-selected is-unavailable'>L</a></div><button type='submit' class='btn add-to-cart' disabled>Sold out"
            "</button>",
            "<p class='variant-sku'>SKU: FF-HWT-L</p>",
        ),
        head=ld(
            {
                "@context": "https://schema.org",
                "@type": "ProductGroup",
                "name": "Heavyweight Tee",
                "productGroupID": "FF-HWT",
                "variesBy": ["https://schema.org/size"],
                "brand": {"@type": "Brand", "name": "Field & Forge"},
                "hasVariant": [
                    {
                        "@type": "Product",
                        "sku": "FF-HWT-M",
                        "name": "Heavyweight Tee - M",
                        "size": "M",
                        "offers": offer(
                            "https://schema.org/InStock",
                            "38.00",
                            "USD",
                            url=f"{GV}/products/heavyweight-tee?size=M",
                        ),
                    },
                    {
                        "@type": "Product",
                        "sku": "FF-HWT-L",
                        "name": "Heavyweight Tee - L",
                        "size": "L",
                        "offers": offer(
                            "https://schema.org/OutOfStock",
                            "38.00",
                            "USD",
                            url=f"{GV}/products/heavyweight-tee?size=L",
                        ),
                    },
                ],
            }
        ),
    ),
    sku="FF-HWT-L",
    availability="OutOfStock",
    brand_claimed="Field & Forge",
    price=38.0,
)

# 21. brand as an Organization (not a Brand), manufacturer beside it
case(
    "ld-brand-organization",
    "https://www.hausundgarten24.de/bosch-rasenmaeher-arm-37",
    shop(
        "de-DE",
        "HausundGarten24",
        "Bosch Elektro-Rasenmäher ARM 37",
        pdp(
            "Bosch Elektro-Rasenmäher ARM 37",
            "149,99 €",
            ADD.format("In den Warenkorb"),
            "<p class='delivery'>Auf Lager – Lieferzeit 1-2 Werktage</p><p>Art.-Nr.: HG-448120</p>",
        ),
        head=ld(
            product(
                "Bosch Elektro-Rasenmäher ARM 37",
                offer("http://schema.org/InStock", "149.99", "EUR"),
                sku="HG-448120",
                gtin13="4053423212345",
                brand={"@type": "Organization", "name": "Bosch"},
                manufacturer={"@type": "Organization", "name": "Robert Bosch GmbH"},
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="HG-448120",
    availability="InStock",
    brand_claimed="Bosch",
    price=149.99,
)

# 22. a bookshop: productID 'isbn:...' and no sku, the page's ISBN line the item code
case(
    "ld-productid-isbn",
    "https://www.libreriadelcentro.com.ar/libro/rayuela-julio-cortazar-9788437604572",
    doc(
        "es-AR",
        "Rayuela - Julio Cortázar | Librería del Centro",
        "<header><a href='/'>Librería del Centro</a></header>"
        + pdp(
            "Rayuela",
            "$ 28.500",
            "<button class='btn comprar' type='submit'>Comprar</button>",
            "<p class='autor'>Julio Cortázar</p><ul class='ficha'><li>Editorial: Cátedra</li><li>ISBN: "
            "9788437604572</li><li>Páginas: 736</li></ul>",
        ),
        ld(
            {
                "@context": "https://schema.org",
                "@type": ["Product", "Book"],
                "name": "Rayuela",
                "author": {"@type": "Person", "name": "Julio Cortázar"},
                "productID": "isbn:9788437604572",
                "offers": offer("https://schema.org/InStock", "28500", "ARS"),
            }
        ),
    ),
    sku="9788437604572",
    availability="InStock",
    price=28500.0,
)

# 23. productID 'sku:ABC' (a feed-style id) beside an empty sku
case(
    "ld-productid-sku-prefix",
    "https://www.trailfinder.ca/products/alpine-trekking-poles",
    shop(
        "en-CA",
        "Trailfinder",
        "Alpine Trekking Poles (pair)",
        pdp(
            "Alpine Trekking Poles (pair)",
            "$89.95 CAD",
            ADD.format("Add to cart"),
            "<p class='stock-level'>In stock, ready to ship</p><p class='code'>Item: TF-ATP-02</p>",
        ),
        head=ld(
            product(
                "Alpine Trekking Poles (pair)",
                offer("http://schema.org/InStock", "89.95", "CAD"),
                sku="",
                productID="sku:TF-ATP-02",
                brand="Trailfinder",
            )
        ),
    ),
    sku="TF-ATP-02",
    availability="InStock",
    price=89.95,
)

# 24. brand an @id reference to a Brand node of the @graph (not the shop's Organization)
RG = "https://www.runnersgarage.nl"
case(
    "graph-brand-id-reference",
    f"{RG}/hardloopschoenen/asics-gel-nimbus-26",
    shop(
        "nl-NL",
        "Runners Garage",
        "ASICS Gel-Nimbus 26 heren",
        pdp(
            "ASICS Gel-Nimbus 26 heren",
            "€ 189,95",
            ADD.format("In winkelwagen"),
            "<p class='levertijd'>Op voorraad, voor 22:00 besteld, morgen in huis</p><p>Artikelnummer: RG-1011B794-001"
            "</p>",
        ),
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Organization",
                        "@id": f"{RG}/#organization",
                        "name": "Runners Garage",
                        "url": RG,
                    },
                    {"@type": "Brand", "@id": f"{RG}/merken/asics#brand", "name": "ASICS"},
                    {
                        "@type": "Product",
                        "@id": f"{RG}/hardloopschoenen/asics-gel-nimbus-26#product",
                        "name": "ASICS Gel-Nimbus 26 heren",
                        "sku": "RG-1011B794-001",
                        "brand": {"@id": f"{RG}/merken/asics#brand"},
                        "offers": {
                            "@type": "Offer",
                            "price": "189.95",
                            "priceCurrency": "EUR",
                            "availability": "https://schema.org/InStock",
                            "seller": {"@id": f"{RG}/#organization"},
                        },
                    },
                ],
            }
        ),
        words=("Alle producten", "Over ons", "Winkelwagen", "Retourneren"),
    ),
    sku="RG-1011B794-001",
    availability="InStock",
    brand_claimed="ASICS",
    price=189.95,
)


# ---- round 3 --------------------------------------------------------------------------------------

# 25. Shopware 6's LimitedAvailability in microdata with 'Nur noch 2 Stück verfügbar'
case(
    "shopware-limited-availability",
    "https://www.kuechenwelt-shop.de/WMF-Pfannenset-Profi-3-tlg/KW-20817",
    shop(
        "de-DE",
        "Küchenwelt",
        "WMF Pfannenset Profi 3-tlg.",
        "<div itemscope itemtype='https://schema.org/Product'><meta itemprop='sku' content='KW-20817'>"
        "<div itemprop='brand' itemtype='https://schema.org/Brand' itemscope><meta itemprop='name' content='WMF'>"
        "</div>"
        + pdp(
            "WMF Pfannenset Profi 3-tlg.",
            "<span itemprop='offers' itemscope itemtype='https://schema.org/Offer'><meta itemprop='priceCurrency' "
            "content='EUR'><meta itemprop='price' content='129.99'>129,99 €*<link itemprop='availability' "
            "href='https://schema.org/LimitedAvailability'></span>",
            ADD.format("In den Warenkorb"),
            "<p class='delivery-information delivery-soldout'>Nur noch 2 Stück verfügbar</p>"
            "<p>Produktnummer: KW-20817</p>",
        )
        + "</div>",
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="KW-20817",
    availability=("LimitedAvailability", "InStock"),
    brand_claimed="WMF",
    price=129.99,
)

# 26. 'OnlineOnly' (a chain's web exclusive), a live cart button
case(
    "ld-online-only",
    "https://www.brightlane.com/p/smart-led-desk-lamp-204471",
    shop(
        "en-US",
        "Brightlane",
        "Smart LED Desk Lamp",
        pdp(
            "Smart LED Desk Lamp",
            "$59.99",
            ADD.format("Add to cart"),
            "<p class='badge web-only'>Online only</p><p class='item-number'>Item # 204471</p>",
        ),
        head=ld(
            product(
                "Smart LED Desk Lamp",
                offer("https://schema.org/OnlineOnly", "59.99", "USD"),
                sku=204471,
                brand={"@type": "Brand", "name": "Lumio"},
            )
        ),
    ),
    sku="204471",
    availability=("OnlineOnly", "InStock"),
    brand_claimed="Lumio",
    price=59.99,
)

# 27. OpenGraph 'available for order' (Facebook's older value), no JSON-LD; made to order
case(
    "og-available-for-order",
    "https://www.oakandloom.co.uk/products/handwoven-wool-throw",
    shop(
        "en-GB",
        "Oak & Loom",
        "Handwoven Wool Throw",
        pdp(
            "Handwoven Wool Throw",
            "£145.00",
            ADD.format("Order now"),
            "<p class='lead-time'>Made to order: dispatched within 3-4 weeks</p><p class='sku'>SKU: OL-THR-NAT</p>",
        ),
        head="<meta property='og:type' content='product'><meta property='og:title' content='Handwoven Wool Throw'>"
        "<meta property='product:price:amount' content='145.00'><meta property='product:price:currency' "
        "content='GBP'><meta property='product:availability' content='available for order'>",
    ),
    sku="OL-THR-NAT",
    availability=("BackOrder", "PreOrder", "InStock"),
    price=145.0,
)

# 28. the reverse of a stale InStock: JSON-LD OutOfStock from a cache, the page's stock line and live
#     cart say in stock
case(
    "ld-stale-out-of-stock",
    "https://www.petfolk.com/products/orthopedic-dog-bed-large",
    shop(
        "en-US",
        "Petfolk",
        "Orthopedic Dog Bed – Large",
        pdp(
            "Orthopedic Dog Bed – Large",
            "$119.00",
            "<p class='product-inventory'><span class='in-stock'>In stock</span> – ships tomorrow</p>"
            + ADD.format("Add to cart"),
            "<p class='sku'>SKU: PF-ODB-L</p>",
        ),
        head=ld(
            product(
                "Orthopedic Dog Bed – Large",
                offer("https://schema.org/OutOfStock", "119.00", "USD"),
                sku="PF-ODB-L",
                brand={"@type": "Brand", "name": "Petfolk"},
            )
        ),
    ),
    sku="PF-ODB-L",
    availability="InStock",
    price=119.0,
)

# 29. several variants as an AggregateOffer with offerCount and InStock, a size picker
case(
    "aggregate-offer-count",
    "https://www.nordwand-outdoor.ch/de/p/softshelljacke-damen-nw7781",
    shop(
        "de-CH",
        "Nordwand Outdoor",
        "Softshelljacke Damen",
        pdp(
            "Softshelljacke Damen",
            "CHF 189.00",
            "<select name='size'><option value=''>Grösse wählen</option><option>S</option><option disabled>M – "
            "ausverkauft</option><option>L</option></select>" + ADD.format("In den Warenkorb"),
            "<p>Artikelnummer: NW7781</p>",
        ),
        head=ld(
            product(
                "Softshelljacke Damen",
                {
                    "@type": "AggregateOffer",
                    "lowPrice": "189.00",
                    "highPrice": "189.00",
                    "priceCurrency": "CHF",
                    "offerCount": 3,
                    "availability": "https://schema.org/InStock",
                },
                sku="NW7781",
                brand={"@type": "Brand", "name": "Nordwand"},
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Rückgabe"),
    ),
    sku="NW7781",
    availability="InStock",
    brand_claimed="Nordwand",
    price=189.0,
)

# 30. a marketplace's JSON-LD brand 'Generic' (an unbranded item), the page 'Brand: Generic'
case(
    "ld-brand-generic",
    "https://www.bazaarhub.in/p/silicone-kitchen-utensil-set-12pcs/itm8f2a1b",
    shop(
        "en-IN",
        "BazaarHub",
        "Silicone Kitchen Utensil Set 12 pcs",
        pdp(
            "Silicone Kitchen Utensil Set 12 pcs",
            "₹699",
            ADD.format("Add to Cart"),
            "<table class='specs'><tr><td>Brand</td><td>Generic</td></tr><tr><td>Model Number</td><td>KU-12</td></tr>"
            "</table><p>Product ID: BH-KU12-SLV</p>",
        ),
        head=ld(
            product(
                "Silicone Kitchen Utensil Set 12 pcs",
                offer("https://schema.org/InStock", "699", "INR"),
                sku="BH-KU12-SLV",
                brand={"@type": "Brand", "name": "Generic"},
            )
        ),
    ),
    sku="BH-KU12-SLV",
    availability="InStock",
    brand_claimed=None,
    price=699.0,
)

# 31. manufacturer only (no brand), the page 'Marca: Philips' (es-AR)
case(
    "ld-manufacturer-only",
    "https://www.tecnocasa.com.ar/productos/afeitadora-philips-s3244",
    doc(
        "es-AR",
        "Afeitadora Philips Series 3000 S3244 - Tecno Casa",
        "<header><a href='/'>Tecno Casa</a></header>"
        + pdp(
            "Afeitadora Philips Series 3000 S3244",
            "$ 89.999",
            "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'>",
            "<ul class='specs'><li>Marca: Philips</li><li>Modelo: S3244/12</li></ul><p>SKU: TC-PH-S3244</p>",
        ),
        ld(
            product(
                "Afeitadora Philips Series 3000 S3244",
                offer("http://schema.org/InStock", "89999.00", "ARS"),
                sku="TC-PH-S3244",
                manufacturer={"@type": "Organization", "name": "Philips"},
            )
        ),
    ),
    sku="TC-PH-S3244",
    availability="InStock",
    brand_claimed="Philips",
    price=89999.0,
)

# 32. gtin13 only in JSON-LD, the page's 'Art.-Nr.' the shop's item code
case(
    "ld-gtin-only",
    "https://www.spielwaren-kramer.de/lego-city-feuerwehrstation-60320",
    shop(
        "de-DE",
        "Spielwaren Kramer",
        "LEGO City Feuerwehrstation 60320",
        pdp(
            "LEGO City Feuerwehrstation 60320",
            "84,99 €",
            ADD.format("In den Warenkorb"),
            "<p class='availability'>Sofort lieferbar</p><ul class='product-meta'><li>Art.-Nr.: 100234</li>"
            "<li>EAN: 5702017161891</li></ul>",
        ),
        head=ld(
            product(
                "LEGO City Feuerwehrstation 60320",
                offer("https://schema.org/InStock", "84.99", "EUR"),
                gtin13="5702017161891",
                brand={"@type": "Brand", "name": "LEGO"},
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="100234",
    availability="InStock",
    brand_claimed="LEGO",
    price=84.99,
)

# 33. the sku on the Offer only (a Shopify app's markup), out of stock in lower case 'outofstock'
case(
    "ld-sku-on-offer",
    "https://www.saltandstone.com.au/products/sea-salt-flakes-250g",
    shop(
        "en-AU",
        "Salt & Stone",
        "Sea Salt Flakes 250g",
        pdp(
            "Sea Salt Flakes 250g",
            "$14.50",
            "<button type='submit' class='btn product-form__cart-submit' disabled>Sold out</button>",
        ),
        head=ld(
            product(
                "Sea Salt Flakes 250g",
                offer(
                    "outofstock",
                    "14.50",
                    "AUD",
                    sku="SS-FLK-250",
                    url="https://www.saltandstone.com.au/products/sea-salt-flakes-250g",
                ),
                brand={"@type": "Brand", "name": "Salt & Stone"},
            )
        ),
    ),
    sku="SS-FLK-250",
    availability="OutOfStock",
    price=14.5,
)

# 34. Cafe24 with a stale OpenGraph 'instock' while the page's 품절 (sold out) button is the one shown
C24B = "https://www.dahye-ceramic.co.kr"
case(
    "cafe24-og-instock-sold-out-shown",
    f"{C24B}/product/detail.html?product_no=1207&cate_no=42",
    doc(
        "ko",
        "다혜도예",
        "<div id='header'><a href='/'>다혜도예</a></div><div class='xans-element- xans-product xans-product-detail'>"
        "<div class='detailArea'><div class='imgArea'><img src='//dahye-ceramic.co.kr/web/product/big/202405/"
        "1207_shop1_102.jpg' class='BigImage'></div><div class='infoArea'><div class='headingArea'><h2>백자 "
        "면기 2인 세트</h2></div><table><tr><th><span>판매가</span></th><td><strong id='span_product_price_text'>"
        "48,000원</strong></td></tr><tr><th><span>상품코드</span></th><td>P00000BX</td></tr></table>"
        "<div class='xans-element- xans-product xans-product-action'><div class='ec-base-button'><span "
        "class='displaynone'><a href='#none' class='btnSubmit'>구매하기</a></span><span class=''><a "
        "class='btnNormal sizeL'>품절</a></span></div></div></div></div></div>",
        "<meta property='og:type' content='product'><meta property='og:title' content='백자 면기 2인 세트'>"
        f"<meta property='og:image' content='{C24B}/web/product/big/202405/1207_shop1_102.jpg'>"
        "<meta property='product:price:amount' content='48000'><meta property='product:price:currency' content='KRW'>"
        "<meta property='product:availability' content='instock'>",
    ),
    sku="P00000BX",
    availability="OutOfStock",
    price=48000.0,
)

# 35. must-not-fire: InStock in JSON-LD and a live cart, a related card and a review saying 'Sold out'
case(
    "ld-instock-sold-out-elsewhere",
    "https://www.corbelgoods.com/products/canvas-apron",
    shop(
        "en",
        "Corbel Goods",
        "Canvas Apron",
        pdp(
            "Canvas Apron",
            "$58.00 USD",
            ADD.format("Add to cart"),
            "<p class='sku'>SKU: CB-APR-NAT</p><div class='reviews'><p>Bought the olive one before it sold out - "
            "great apron!</p></div>",
        )
        + related(
            ("Waxed Canvas Tote", "$92.00 USD", "Sold out"), ("Leather Key Fob", "$24.00 USD", "Sold out")
        ),
        head=ld(
            product(
                "Canvas Apron",
                [offer("http://schema.org/InStock", "58.00", "USD", sku="CB-APR-NAT")],
                sku="CB-APR-NAT",
                brand={"@type": "Brand", "name": "Corbel Goods"},
            )
        ),
    ),
    sku="CB-APR-NAT",
    availability="InStock",
    brand_claimed="Corbel Goods",
    price=58.0,
)


# ---- round 4 --------------------------------------------------------------------------------------

# 36. WooCommerce with a brand plugin: JSON-LD brand the site's name as a string, the page's
#     'Hersteller:' link names the maker
case(
    "woo-brand-string-site-name",
    "https://www.kaffeeland-shop.de/produkt/melitta-aromaboy-kaffeemaschine/",
    shop(
        "de-DE",
        "Kaffeeland",
        "Melitta Aromaboy Kaffeemaschine",
        pdp(
            "Melitta Aromaboy Kaffeemaschine",
            "34,99&nbsp;€",
            ADD.format("In den Warenkorb"),
            "<p class='stock in-stock'>Vorrätig</p><div class='product_meta'><span class='sku_wrapper'>Artikelnummer: "
            "<span class='sku'>KL-MEL-AB-01</span></span><span class='pwb-single-product-brands'>Hersteller: <a "
            "href='/marke/melitta/'>Melitta</a></span></div>",
        ),
        head="<meta property='og:site_name' content='Kaffeeland'>"
        + ld(
            product(
                "Melitta Aromaboy Kaffeemaschine",
                [offer("http://schema.org/InStock", "34.99", "EUR")],
                sku="KL-MEL-AB-01",
                brand="Kaffeeland",
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsbelehrung"),
    ),
    sku="KL-MEL-AB-01",
    availability="InStock",
    brand_claimed="Melitta",
    price=34.99,
)

# 37. the main Product with accessories as nested Products (isRelatedTo, isAccessoryOrSparePartFor)
case(
    "ld-nested-accessories",
    "https://www.camerastore.co.uk/sony-a7-iv-body",
    shop(
        "en-GB",
        "CameraStore",
        "Sony A7 IV Body",
        pdp("Sony A7 IV Body", "£2,099.00", ADD.format("Add to basket"), "<p>Product code: CS-SNY-A7IV</p>"),
        head=ld(
            product(
                "Sony A7 IV Body",
                offer("https://schema.org/InStock", "2099.00", "GBP"),
                sku="CS-SNY-A7IV",
                brand={"@type": "Brand", "name": "Sony"},
                isRelatedTo=[
                    {
                        "@type": "Product",
                        "name": "SanDisk Extreme PRO 128GB SDXC",
                        "sku": "CS-SDK-128",
                        "brand": {"@type": "Brand", "name": "SanDisk"},
                        "offers": offer("https://schema.org/OutOfStock", "39.00", "GBP"),
                    }
                ],
                isAccessoryOrSparePartFor=[],
            )
        ),
    ),
    sku="CS-SNY-A7IV",
    availability="InStock",
    brand_claimed="Sony",
    price=2099.0,
)

# 38. microdata availability on the visible span ('content' the URL, the text 'Sold out')
case(
    "microdata-span-content-availability",
    "https://www.vinylcorner.com/products/blue-train-mono-reissue",
    shop(
        "en-US",
        "Vinyl Corner",
        "John Coltrane – Blue Train (Mono Reissue)",
        "<div itemscope itemtype='https://schema.org/Product'>"
        + pdp(
            "John Coltrane – Blue Train (Mono Reissue)",
            "<span itemprop='offers' itemscope itemtype='https://schema.org/Offer'><span itemprop='price' "
            "content='36.99'>$36.99</span><meta itemprop='priceCurrency' content='USD'> <span "
            "itemprop='availability' content='https://schema.org/OutOfStock' class='stock-label'>Sold out</span></span>",
            "<button type='button' class='btn' disabled>Sold out</button>",
            "<p>SKU: <span itemprop='sku'>VC-BN1577-M</span></p><p>Label: <span itemprop='brand'>Blue Note</span></p>",
        )
        + "</div>",
    ),
    sku="VC-BN1577-M",
    availability="OutOfStock",
    brand_claimed="Blue Note",
    price=36.99,
)

# 39. RDFa (vocab + typeof), brand as a typed Brand with a name
case(
    "rdfa-product",
    "https://www.nordicpacks.se/produkt/kanken-classic-navy",
    shop(
        "sv-SE",
        "Nordic Packs",
        "Kånken Classic Navy",
        "<div vocab='https://schema.org/' typeof='Product'><span property='brand' typeof='Brand'><meta "
        "property='name' content='Fjällräven'></span><meta property='sku' content='NP-23510-560'>"
        + pdp(
            "Kånken Classic Navy",
            "<span property='offers' typeof='Offer'><meta property='priceCurrency' content='SEK'><span "
            "property='price' content='1195'>1 195 kr</span><link property='availability' "
            "href='https://schema.org/InStock'></span>",
            ADD.format("Lägg i varukorgen"),
            "<p>Artikelnummer: NP-23510-560</p>",
        )
        + "</div>",
        words=("Alla produkter", "Om oss", "Varukorg", "Returer"),
    ),
    sku="NP-23510-560",
    availability="InStock",
    brand_claimed="Fjällräven",
    price=1195.0,
)

# 40. a placeholder brand 'N/A' from an import plugin
case(
    "ld-brand-na",
    "https://www.handmadehome.ie/products/linen-napkins-set-of-4",
    shop(
        "en-IE",
        "Handmade Home",
        "Linen Napkins, Set of 4",
        pdp("Linen Napkins, Set of 4", "€32.00", ADD.format("Add to cart"), "<p>SKU: HH-NAP-4-OAT</p>"),
        head=ld(
            product(
                "Linen Napkins, Set of 4",
                offer("https://schema.org/InStock", "32.00", "EUR"),
                sku="HH-NAP-4-OAT",
                brand={"@type": "Brand", "name": "N/A"},
            )
        ),
    ),
    sku="HH-NAP-4-OAT",
    availability="InStock",
    brand_claimed=None,
    price=32.0,
)

# 41. a brand array of the label and its owner: the first, the product's label
case(
    "ld-brand-array-two",
    "https://www.denimdepot.com/products/501-original-fit-mens-jeans",
    shop(
        "en-US",
        "Denim Depot",
        "501 Original Fit Men's Jeans",
        pdp(
            "501 Original Fit Men's Jeans",
            "$69.50",
            ADD.format("Add to bag"),
            "<p class='vendor'>Levi's</p><p>Style #: DD-00501-0114</p>",
        ),
        head=ld(
            product(
                "501 Original Fit Men's Jeans",
                offer("https://schema.org/InStock", "69.50", "USD"),
                sku="DD-00501-0114",
                brand=[
                    {"@type": "Brand", "name": "Levi's"},
                    {"@type": "Organization", "name": "Levi Strauss & Co."},
                ],
            )
        ),
    ),
    sku="DD-00501-0114",
    availability="InStock",
    brand_claimed="Levi's",
    price=69.5,
)

# 42. a Kazakh shop in Kazakh: JSON-LD OutOfStock, 'Сатылымда жоқ' on the page, 'Бренді' line
case(
    "kz-kk-out-of-stock",
    "https://www.technodom-like.kz/kk/p/philips-airfryer-hd9252-90-231455",
    doc(
        "kk",
        "Philips Airfryer HD9252/90 аэрогрилі сатып алу",
        "<header><a href='/kk'>Техно</a><a href='/kk/cart'>Себет</a></header>"
        + pdp(
            "Philips Airfryer HD9252/90 аэрогрилі",
            "54 990 ₸",
            "<p class='product-status'>Сатылымда жоқ</p><button class='btn notify'>Түскенде хабарлау</button>",
            "<ul class='specs'><li>Бренді: Philips</li><li>Тауар коды: 231455</li></ul>",
        ),
        ld(
            product(
                "Philips Airfryer HD9252/90 аэрогрилі",
                offer("http://schema.org/OutOfStock", "54990", "KZT"),
                sku="231455",
                brand={"@type": "Brand", "name": "Philips"},
            )
        ),
    ),
    sku="231455",
    availability="OutOfStock",
    brand_claimed="Philips",
    price=54990.0,
)

# 43. Shopline (zh-TW) sold out: JSON-LD OutOfStock, an empty sku, the '售完' button, '商品貨號'
case(
    "shopline-sold-out",
    "https://www.mianhua-home.com.tw/products/organic-cotton-towel-set",
    doc(
        "zh-TW",
        "有機棉毛巾三入組 | 棉花家居",
        "<div class='Product-header'><a href='/'>棉花家居</a></div>"
        + pdp(
            "有機棉毛巾三入組",
            "NT$690",
            "<button class='btn btn-add-to-cart' type='button' disabled>售完</button>",
            "<div class='Product-sku'>商品貨號：MH-TW-003</div>",
        ),
        ld(
            product(
                "有機棉毛巾三入組",
                offer("http://schema.org/OutOfStock", "690.0", "TWD"),
                sku="",
                brand={"@type": "Brand", "name": "棉花家居"},
            )
        ),
    ),
    sku="MH-TW-003",
    availability="OutOfStock",
    price=690.0,
)

# 44. VTEX (es-AR) out of stock: JSON-LD OutOfStock, 'Avisame cuando llegue', no price shown
case(
    "vtex-out-of-stock",
    "https://www.electrohogar.com.ar/lavarropas-drean-next-8-14-p-eco/p",
    doc(
        "es-AR",
        "Lavarropas Drean Next 8.14 P ECO | Electro Hogar",
        "<header class='vtex-store-header'><a href='/'>Electro Hogar</a></header><div class='vtex-flex-layout'>"
        "<img class='vtex-store-components-3-x-productImageTag' src='https://electrohogar.vteximg.com.ar/arquivos/"
        "ids/190011-800-auto/drean-next.jpg'><h1 class='vtex-store-components-3-x-productNameContainer'><span "
        "class='vtex-store-components-3-x-productBrand'>Lavarropas Drean Next 8.14 P ECO</span></h1><div "
        "class='vtex-product-identifier-0-x-product-identifier'><span>Cód.</span>: <span>30121</span></div>"
        "<div class='vtex-store-components-3-x-subscriberContainer'><p class='vtex-store-components-3-x-"
        "subscriberTitle'>Producto agotado</p><p>Avisame cuando llegue</p><input type='email' placeholder='Email'>"
        "<button>Enviar</button></div></div>",
        ld(
            {
                "@context": "https://schema.org",
                "@type": "Product",
                "name": "Lavarropas Drean Next 8.14 P ECO",
                "brand": {"@type": "Brand", "name": "Drean"},
                "sku": "30121",
                "offers": {
                    "@type": "AggregateOffer",
                    "lowPrice": 0,
                    "highPrice": 0,
                    "priceCurrency": "ARS",
                    "offers": [
                        {
                            "@type": "Offer",
                            "price": 0,
                            "priceCurrency": "ARS",
                            "availability": "http://schema.org/OutOfStock",
                            "sku": "30121",
                        }
                    ],
                    "offerCount": 1,
                },
            }
        ),
    ),
    sku="30121",
    availability="OutOfStock",
    brand_claimed="Drean",
)

# 45. must-not-fire: Yoast's brand the site's Organization, the shop's own roast; other makers named
#     only in related cards
KR = "https://www.hilltoproasters.com"
case(
    "yoast-own-brand-kept",
    f"{KR}/product/hilltop-house-blend-1kg/",
    shop(
        "en-US",
        "Hilltop Roasters",
        "Hilltop House Blend Coffee Beans 1kg",
        pdp(
            "Hilltop House Blend Coffee Beans 1kg",
            "$38.00",
            ADD.format("Add to cart"),
            "<p class='stock in-stock'>In stock</p><div class='product_meta'><span class='sku_wrapper'>SKU: <span "
            "class='sku'>HR-HB-1000</span></span></div>",
        )
        + "<section class='related products'><h2>Related products</h2><ul class='products'><li class='product'>"
        "<a href='/product/bialetti-moka-express/'><h2 class='woocommerce-loop-product__title'>Bialetti Moka Express"
        "</h2><span class='price'>$44.00</span></a><p class='brand'>Brand: Bialetti</p></li></ul></section>",
        head=ld(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Organization",
                        "@id": f"{KR}/#organization",
                        "name": "Hilltop Roasters",
                        "url": KR,
                    },
                    {
                        "@type": "Product",
                        "@id": f"{KR}/product/hilltop-house-blend-1kg/#product",
                        "name": "Hilltop House Blend Coffee Beans 1kg",
                        "sku": "HR-HB-1000",
                        "brand": {"@id": f"{KR}/#organization"},
                        "offers": [offer("http://schema.org/InStock", "38.00", "USD")],
                    },
                ],
            }
        ),
    ),
    sku="HR-HB-1000",
    availability="InStock",
    brand_claimed="Hilltop Roasters",
    price=38.0,
)

# 46. a sku written with spaces and a line break inside the JSON string (a theme's template)
case(
    "ld-sku-whitespace",
    "https://www.studiolumen.fr/products/lampe-a-poser-opaline",
    shop(
        "fr-FR",
        "Studio Lumen",
        "Lampe à poser Opaline",
        pdp("Lampe à poser Opaline", "129,00 €", ADD.format("Ajouter au panier"), "<p>Réf. : SL-OPA-01</p>"),
        head=ld(
            product(
                "Lampe à poser Opaline",
                offer("https://schema.org/InStock", "129.00", "EUR"),
                sku="\n      SL-OPA-01\n    ",
                brand={"@type": "Brand", "name": "Studio Lumen"},
            )
        ),
        words=("Boutique", "À propos", "Panier", "Retours"),
    ),
    sku="SL-OPA-01",
    availability="InStock",
    price=129.0,
)


# ---- round 5 --------------------------------------------------------------------------------------

# 47. Shopify Dawn, the default variant in stock (no ?variant=), the second sold out
case(
    "shopify-dawn-in-stock-default",
    f"{DAWN}/products/leather-key-fob",
    shop(
        "en",
        "Corbel Goods",
        "Leather Key Fob",
        "<section class='product'><div class='product__media-wrapper'><img src='//corbelgoods.com/cdn/shop/files/"
        "fob-tan.jpg?v=1712&width=1946' alt='Leather Key Fob'></div><div class='product__info-container'>"
        "<p class='product__text caption-with-letter-spacing'>Corbel Goods</p>"
        "<div class='product__title'><h1>Leather Key Fob</h1></div>"
        "<div class='price price--show-badge'><div class='price__container'><div class='price__regular'>"
        "<span class='visually-hidden'>Regular price</span><span class='price-item price-item--regular'>$24.00 USD"
        "</span></div></div></div><variant-radios><fieldset><legend>Color</legend><input type='radio' id='t' "
        "name='Color' value='Tan' checked><label for='t'>Tan</label><input type='radio' id='b' name='Color' "
        "value='Black'><label for='b'>Black<span class='visually-hidden'>Variant sold out or unavailable</span>"
        "</label></fieldset></variant-radios><form method='post' action='/cart/add'><input type='hidden' "
        "name='id' value='41240000001'><button type='submit' name='add' class='product-form__submit button'>"
        "<span>Add to cart</span></button></form></div></section>"
        + related(("Canvas Apron", "$58.00 USD", ""), ("Waxed Canvas Tote", "$92.00 USD", "Sold out")),
        head=ld(
            {
                "@context": "http://schema.org/",
                "@type": "Product",
                "name": "Leather Key Fob",
                "url": f"{DAWN}/products/leather-key-fob",
                "sku": "LKF-TAN",
                "brand": {"@type": "Brand", "name": "Corbel Goods"},
                "offers": [
                    offer(
                        "http://schema.org/InStock",
                        24.0,
                        "USD",
                        sku="LKF-TAN",
                        url=f"{DAWN}/products/leather-key-fob?variant=41240000001",
                    ),
                    offer(
                        "http://schema.org/OutOfStock",
                        24.0,
                        "USD",
                        sku="LKF-BLK",
                        url=f"{DAWN}/products/leather-key-fob?variant=41240000002",
                    ),
                ],
            }
        ),
    ),
    sku="LKF-TAN",
    availability="InStock",
    brand_claimed="Corbel Goods",
    price=24.0,
)

# 48. Magento 2: a stale JSON-LD InStock, the page's stock box 'Out of stock' and no cart button at all
case(
    "magento-stale-instock-no-button",
    "https://www.outdoorgear-direct.co.uk/trail-running-vest-12l.html",
    shop(
        "en-GB",
        "Outdoor Gear Direct",
        "Trail Running Vest 12L",
        "<div class='product-info-main'><div class='page-title-wrapper product'><h1 class='page-title'><span "
        "class='base' itemprop='name'>Trail Running Vest 12L</span></h1></div><div class='product-info-price'>"
        "<div class='price-box price-final_price'><span class='price-container'><span class='price-wrapper' "
        "data-price-amount='85'><span class='price'>£85.00</span></span></span></div><div class='product-info-stock-"
        "sku'><div class='stock unavailable' title='Availability'><span>Out of stock</span></div><div "
        "class='product attribute sku'><strong class='type'>SKU</strong><div class='value' itemprop='sku'>"
        "ODG-TRV-12</div></div></div></div></div><div class='product media'><img class='gallery-placeholder__image' "
        "src='https://www.outdoorgear-direct.co.uk/media/catalog/product/t/r/trv-12.jpg'></div>",
        head=ld(
            product(
                "Trail Running Vest 12L",
                offer("http://schema.org/InStock", "85.00", "GBP"),
                sku="ODG-TRV-12",
                brand={"@type": "Brand", "name": "Salomon"},
            )
        ),
    ),
    sku="ODG-TRV-12",
    availability="OutOfStock",
    brand_claimed="Salomon",
    price=85.0,
)

# 49. mis-cased schema.org URLs ('Instock', 'OutofStock') from hand-written themes
case(
    "ld-miscased-outofstock",
    "https://www.teahouse-berlin.de/produkte/sencha-fukamushi-100g",
    shop(
        "de-DE",
        "Teehaus Berlin",
        "Sencha Fukamushi 100g",
        pdp(
            "Sencha Fukamushi 100g",
            "12,90 €",
            "<p class='availability out'>Derzeit nicht verfügbar</p>",
            "<p>Art.-Nr. TB-SEN-100</p>",
        ),
        head=ld(
            product(
                "Sencha Fukamushi 100g",
                offer("https://schema.org/OutofStock", "12.90", "EUR"),
                sku="TB-SEN-100",
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsrecht"),
    ),
    sku="TB-SEN-100",
    availability="OutOfStock",
    price=12.9,
)

# 50. PrestaShop pre-order in microdata ('PreOrder' link), the page's 'Disponible en précommande'
case(
    "prestashop-preorder",
    f"{PS}/agendas/77-agenda-2027-semainier.html",
    shop(
        "fr-FR",
        "Atelier Papeterie",
        "Agenda 2027 semainier",
        "<div class='product-container' itemscope itemtype='https://schema.org/Product'>"
        + pdp(
            "Agenda 2027 semainier",
            "<span itemprop='offers' itemscope itemtype='https://schema.org/Offer'><link itemprop='availability' "
            "href='https://schema.org/PreOrder'><meta itemprop='priceCurrency' content='EUR'><span itemprop='price' "
            "content='24.5'>24,50 €</span></span>",
            "<button class='btn btn-primary add-to-cart' data-button-action='add-to-cart' type='submit'>Ajouter au "
            "panier</button><span id='product-availability'>Disponible en précommande</span>",
            "<div class='product-reference'><label class='label'>Référence </label><span itemprop='sku'>AG27-SEM"
            "</span></div><div itemprop='brand' itemtype='https://schema.org/Brand' itemscope><meta itemprop='name' "
            "content='Quo Vadis'></div>",
        )
        + "</div>",
        words=("Boutique", "À propos", "Panier", "Conditions de retour"),
    ),
    sku="AG27-SEM",
    availability="PreOrder",
    brand_claimed="Quo Vadis",
    price=24.5,
)

# 51. brand only in OpenGraph 'product:brand', JSON-LD without one
case(
    "og-brand-only",
    "https://www.cyclepoint.co.uk/products/bontrager-ion-200-rt-front-light",
    shop(
        "en-GB",
        "CyclePoint",
        "Ion 200 RT Front Bike Light",
        pdp("Ion 200 RT Front Bike Light", "£59.99", ADD.format("Add to basket"), "<p>SKU: CP-BT-ION200</p>"),
        head="<meta property='og:type' content='product'><meta property='product:brand' content='Bontrager'>"
        + ld(
            product(
                "Ion 200 RT Front Bike Light",
                offer("https://schema.org/InStock", "59.99", "GBP"),
                sku="CP-BT-ION200",
            )
        ),
    ),
    sku="CP-BT-ION200",
    availability="InStock",
    brand_claimed="Bontrager",
    price=59.99,
)

# 52. brand as a Thing with the literal name 'Brand' (a theme's default left unfilled)
case(
    "ld-brand-literal-brand",
    "https://www.greenhouse-living.com/products/ceramic-planter-large",
    shop(
        "en-US",
        "Greenhouse Living",
        "Ceramic Planter – Large",
        pdp("Ceramic Planter – Large", "$42.00", ADD.format("Add to cart"), "<p>SKU: GL-CP-L-WHT</p>"),
        head=ld(
            product(
                "Ceramic Planter – Large",
                offer("https://schema.org/InStock", "42.00", "USD"),
                sku="GL-CP-L-WHT",
                brand={"@type": "Thing", "name": "Brand"},
            )
        ),
    ),
    sku="GL-CP-L-WHT",
    availability="InStock",
    brand_claimed=None,
    price=42.0,
)

# 53. WooCommerce variable product: one offer per variation, the URL's attribute names the chosen one
case(
    "woo-variation-url",
    "https://www.yogaloft.de/produkt/yogamatte-natur/?attribute_pa_farbe=salbei",
    shop(
        "de-DE",
        "Yogaloft",
        "Yogamatte Natur",
        pdp(
            "Yogamatte Natur",
            "59,00&nbsp;€",
            "<table class='variations'><tr><th><label>Farbe</label></th><td><select name='attribute_pa_farbe'>"
            "<option value='sand'>Sand</option><option value='salbei' selected>Salbei</option></select></td></tr>"
            "</table><div class='woocommerce-variation-availability'><p class='stock out-of-stock'>Nicht vorrätig</p>"
            "</div><button type='submit' class='single_add_to_cart_button button alt disabled wc-variation-is-"
            "unavailable'>In den Warenkorb</button>",
            "<div class='product_meta'><span class='sku_wrapper'>Artikelnummer: <span class='sku'>YL-MAT-SAL</span>"
            "</span></div>",
        ),
        head=ld(
            product(
                "Yogamatte Natur",
                [
                    offer(
                        "http://schema.org/InStock",
                        "59.00",
                        "EUR",
                        sku="YL-MAT-SAN",
                        url="https://www.yogaloft.de/produkt/yogamatte-natur/?attribute_pa_farbe=sand",
                    ),
                    offer(
                        "http://schema.org/OutOfStock",
                        "59.00",
                        "EUR",
                        sku="YL-MAT-SAL",
                        url="https://www.yogaloft.de/produkt/yogamatte-natur/?attribute_pa_farbe=salbei",
                    ),
                ],
                sku="YL-MAT",
                brand={"@type": "Brand", "name": "Yogaloft"},
            )
        ),
        words=("Alle Produkte", "Über uns", "Warenkorb", "Widerrufsbelehrung"),
    ),  # fmt: skip
    sku="YL-MAT-SAL",
    availability="OutOfStock",
    price=59.0,
)

# 54. a Cafe24 skin with JSON-LD: brand '자체제작' (made in-house: the shop's own) and sku the
#     product_no; the page's 자체상품코드 is the item code
C24C = "https://www.soyeon-knit.co.kr"
case(
    "cafe24-jsonld-own-make",
    f"{C24C}/product/detail.html?product_no=331",
    doc(
        "ko",
        "소연니트",
        "<div id='header'><a href='/'>소연니트</a></div><div class='xans-element- xans-product xans-product-detail'>"
        "<div class='detailArea'><div class='imgArea'><img src='//soyeon-knit.co.kr/web/product/big/202409/"
        "331_shop1_55.jpg' class='BigImage'></div><div class='infoArea'><div class='headingArea'><h2>울 케이블 "
        "가디건</h2></div><table><tr><th><span>판매가</span></th><td><strong id='span_product_price_text'>"
        "79,000원</strong></td></tr><tr><th><span>자체상품코드</span></th><td>SY-CD-021</td></tr></table>"
        "<div class='xans-element- xans-product xans-product-action'><div class='ec-base-button'><span><a "
        "href='#none' class='btnSubmit'>구매하기</a></span><span class='displaynone'><a class='btnNormal'>품절</a>"
        "</span></div></div></div></div></div>",
        ld(
            product(
                "울 케이블 가디건",
                offer("http://schema.org/InStock", "79000", "KRW"),
                sku="331",
                brand={"@type": "Brand", "name": "자체제작"},
            )
        ),
    ),
    sku=("SY-CD-021", "331"),
    availability="InStock",
    price=79000.0,
)

# 55. must-not-fire: a JSON-LD OutOfStock beside a live 'Add to cart' that a 'notify me' form follows,
#     no in-stock words
case(
    "ld-out-of-stock-live-template-button",
    "https://www.petfolk.com/products/cat-tunnel-3-way",
    shop(
        "en-US",
        "Petfolk",
        "Cat Tunnel 3-Way",
        pdp(
            "Cat Tunnel 3-Way",
            "$29.00",
            ADD.format("Add to cart")
            + "<div class='back-in-stock'><p>Get notified when it is back</p><input "
            "type='email'><button type='button'>Notify me</button></div>",
            "<p class='sku'>SKU: PF-CT3</p>",
        ),
        head=ld(
            product("Cat Tunnel 3-Way", offer("https://schema.org/OutOfStock", "29.00", "USD"), sku="PF-CT3")
        ),
    ),
    sku="PF-CT3",
    availability="OutOfStock",
    price=29.0,
)


# 56. a Dawn-derived theme whose two related cards show their price in a plain 'money' span (the
#     cards' pictures outside their links): the product's own '$24.00 USD', in Dawn's
#     'price-item--regular', is its price, not a card's
case(
    "two-related-cards-picture-outside-link",
    f"{DAWN}/products/leather-card-holder",
    shop(
        "en",
        "Corbel Goods",
        "Leather Card Holder",
        "<section class='product'><div class='product__media-wrapper'><img src='//corbelgoods.com/cdn/shop/files/"
        "holder.jpg?v=1712&width=1946' alt='Leather Card Holder'></div><div class='product__info-container'>"
        "<div class='product__title'><h1>Leather Card Holder</h1></div><div class='price'><div class='price__container'>"
        "<div class='price__regular'><span class='visually-hidden'>Regular price</span><span class='price-item "
        "price-item--regular'>$34.00 USD</span></div></div></div><form method='post' action='/cart/add'><button "
        "type='submit' name='add' class='product-form__submit button'><span>Add to cart</span></button></form>"
        "<p class='product__sku'>SKU: LCH-TAN</p></div></section>"
        + related(("Canvas Apron", "$58.00 USD", ""), ("Leather Key Fob", "$24.00 USD", "")).replace(
            "<span class='price-item price-item--regular'>", "<span class='money'>"
        ),
        head=ld(
            product(
                "Leather Card Holder",
                [offer("http://schema.org/InStock", 34.0, "USD", sku="LCH-TAN")],
                sku="LCH-TAN",
                brand={"@type": "Brand", "name": "Corbel Goods"},
            )
        ),
    ),
    sku="LCH-TAN",
    availability="InStock",
    price=34.0,
)


# ---- round 6 --------------------------------------------------------------------------------------

# 57. BigCommerce: JSON-LD sku beside gtin13 and mpn; the shop's sku is the sku, not the GTIN
case(
    "bigcommerce-sku-beside-gtin",
    f"{BC}/lowrance-hook-reveal-5/",
    shop(
        "en-US",
        "Pacific Marine Supply",
        "Lowrance HOOK Reveal 5 Fishfinder",
        pdp(
            "Lowrance HOOK Reveal 5 Fishfinder",
            "$249.00",
            ADD.format("Add to Cart"),
            "<dl class='productView-info'><dt>SKU:</dt><dd data-product-sku>PMS-LOW-000-15503</dd><dt>UPC:</dt>"
            "<dd data-product-upc>042194537551</dd></dl>",
        ),
        head=ld(
            product(
                "Lowrance HOOK Reveal 5 Fishfinder",
                offer("https://schema.org/InStock", "249.00", "USD"),
                gtin13="0042194537551",
                mpn="000-15503-001",
                sku="PMS-LOW-000-15503",
                brand={"@type": "Brand", "name": "Lowrance"},
            )
        ),
    ),
    sku="PMS-LOW-000-15503",
    availability="InStock",
    brand_claimed="Lowrance",
    price=249.0,
)

# 58. a Shopify theme's JSON-LD with the vendor the shop's own name while the page's vendor line names
#     the maker (a reseller whose vendor field was never set per product)
case(
    "shopify-vendor-shop-name-page-maker",
    "https://www.brewbarsupply.com/products/hario-v60-ceramic-dripper-02",
    shop(
        "en-US",
        "Brew Bar Supply",
        "V60 Ceramic Dripper 02",
        pdp(
            "V60 Ceramic Dripper 02",
            "$29.00",
            ADD.format("Add to cart"),
            "<table class='specs'><tr><th>Brand</th><td>Hario</td></tr><tr><th>Material</th><td>Ceramic</td></tr>"
            "</table><p>SKU: BBS-HAR-V6002W</p>",
        ),
        head="<meta property='og:site_name' content='Brew Bar Supply'>"
        + ld(
            product(
                "V60 Ceramic Dripper 02",
                [offer("http://schema.org/InStock", "29.00", "USD", sku="BBS-HAR-V6002W")],
                sku="BBS-HAR-V6002W",
                brand={"@type": "Brand", "name": "Brew Bar Supply"},
            )
        ),
    ),
    sku="BBS-HAR-V6002W",
    availability="InStock",
    brand_claimed="Hario",
    price=29.0,
)

# 59. availability written with the 'http://schema.org/' URL and a trailing space, a sku number with
#     leading zeros kept as a string
case(
    "ld-availability-trailing-space",
    "https://www.ferreteria-sur.com.ar/productos/taladro-percutor-650w",
    doc(
        "es-AR",
        "Taladro percutor 650W - Ferretería Sur",
        "<header><a href='/'>Ferretería Sur</a></header>"
        + pdp(
            "Taladro percutor 650W",
            "$ 74.900",
            "<input type='submit' class='js-addtocart btn btn-primary' value='Agregar al carrito'>",
            "<p>Código: 000734</p><p>Marca: Black+Decker</p>",
        ),
        ld(
            product(
                "Taladro percutor 650W",
                offer("http://schema.org/InStock ", "74900.00", "ARS"),
                sku="000734",
                brand={"@type": "Brand", "name": "Black+Decker"},
            )
        ),
    ),
    sku="000734",
    availability="InStock",
    brand_claimed="Black+Decker",
    price=74900.0,
)

# 60. a Korean shop: JSON-LD brand the maker in Korean, the page's '제조사' line, OutOfStock with the
#     page's '일시품절' (temporarily sold out) in place of a buy button
case(
    "ko-temporarily-sold-out",
    "https://www.haru-living.co.kr/product/detail.html?product_no=519",
    doc(
        "ko",
        "하루리빙",
        "<div id='header'><a href='/'>하루리빙</a></div>"
        + pdp(
            "스테인리스 전기주전자 1.7L",
            "39,900원",
            "<span class='btnNormal sizeL'>일시품절</span>",
            "<table><tr><th>제조사</th><td>한일전기</td></tr><tr><th>자체상품코드</th><td>HL-KT-17</td></tr></table>",
        ),
        ld(
            product(
                "스테인리스 전기주전자 1.7L",
                offer("https://schema.org/OutOfStock", "39900", "KRW"),
                sku="HL-KT-17",
                brand={"@type": "Brand", "name": "한일전기"},
            )
        ),
    ),
    sku="HL-KT-17",
    availability="OutOfStock",
    brand_claimed="한일전기",
    price=39900.0,
)

# 61. must-not-fire: brand the shop's own name on a shop selling its own goods, whose attribute table
#     names only materials
case(
    "own-brand-attribute-table",
    "https://www.oakandloom.co.uk/products/wool-cushion-cover",
    shop(
        "en-GB",
        "Oak & Loom",
        "Wool Cushion Cover",
        pdp(
            "Wool Cushion Cover",
            "£48.00",
            ADD.format("Add to basket"),
            "<table class='specs'><tr><th>Material</th><td>Lambswool</td></tr><tr><th>Made in</th><td>Wales</td></tr>"
            "</table><p>SKU: OL-CUS-LW</p>",
        ),
        head="<meta property='og:site_name' content='Oak &amp; Loom'>"
        + ld(
            product(
                "Wool Cushion Cover",
                offer("https://schema.org/InStock", "48.00", "GBP"),
                sku="OL-CUS-LW",
                brand={"@type": "Brand", "name": "Oak & Loom"},
            )
        ),
    ),
    sku="OL-CUS-LW",
    availability="InStock",
    brand_claimed="Oak & Loom",
    price=48.0,
)

# 62. Shopline (zh-TW) pre-order: JSON-LD PreOrder, the button '預購'
case(
    "shopline-preorder",
    "https://www.chayin-tea.com.tw/products/winter-spring-oolong-2027",
    doc(
        "zh-TW",
        "2027冬片烏龍 預購 | 茶隱",
        "<div class='Product-header'><a href='/'>茶隱</a></div>"
        + pdp(
            "2027冬片烏龍 75g",
            "NT$650",
            "<button class='btn btn-add-to-cart' type='button'>預購</button><p>預計2027年1月中出貨</p>",
            "<div class='Product-sku'>商品貨號：CY-DP-75</div>",
        ),
        ld(
            product(
                "2027冬片烏龍 75g",
                offer("https://schema.org/PreOrder", "650.0", "TWD"),
                sku="CY-DP-75",
                brand={"@type": "Brand", "name": "茶隱"},
            )
        ),
    ),
    sku="CY-DP-75",
    availability="PreOrder",
    price=650.0,
)


# ---- the tests ------------------------------------------------------------------------------------


@pytest.mark.parametrize("c", case_params(CASES))
def test_fields(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    wrong = {}
    for k, v in c.want.items():
        have = got.get(k)
        if k == "price":
            if have is None or abs(float(have) - float(v)) > 0.005:
                wrong[k] = (have, v)
        elif have not in (v if isinstance(v, tuple) else (v,)):
            wrong[k] = (have, v)
    assert not wrong, f"(got, want): {wrong}"


# ---- rules' must-not-fire cases -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "shown", "seo"),
    [
        ("Buy Ceramic Pour-Over Set Online - Free Shipping Over $50", "Ceramic Pour-Over Set", True),
        ("Buy Walnut Serving Board Online", "Walnut Serving Board", True),
        ("Shop Linen Shirt | Free Delivery", "Linen Shirt", True),
        ("Linen Shirt for Sale", "Linen Shirt", True),
        # a structured name simply longer and descriptive stays
        ("Walnut Serving Board with Juice Groove", "Walnut Serving Board", False),
        ("Shop Apron in Waxed Canvas", "Shop Apron", False),
        ("Buy Me a Coffee Mug", "Coffee Mug", False),
        ("Ceramic Mug, Online Edition", "Ceramic Mug", False),
        ("Linen Shirt Online Exclusive", "Linen Shirt", False),
        ("Order Pad Large", "Order Pad", False),
        ("Buy Walnut Serving Board Online", "Buy Walnut Serving Board Online", False),
    ],
)
def test_seo_phrase_name(name: str, shown: str, seo: bool) -> None:
    from knockoff.crawler.extract import _seo_phrase

    assert _seo_phrase(name, shown) is seo


def _named_page(ld_name: str, h1: str) -> str:
    return shop(
        "en-US",
        "Grain & Board",
        ld_name,  # the shop's <title> holds its whole name
        f"<div class='product'><img src='/img/board.jpg' alt='{h1}'><h1>{h1}</h1><span class='price'>$74.00</span>"
        "<button type='submit' name='add'>Add to cart</button></div>",
        head=ld({"@context": "https://schema.org", "@type": "Product", "name": ld_name, "sku": "WSB-18",
                 "offers": {"@type": "Offer", "price": "74.00", "priceCurrency": "USD",
                            "availability": "https://schema.org/InStock"}}),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("ld_name", "h1", "title"),
    [
        ("Buy Walnut Serving Board Online", "Walnut Serving Board", "Walnut Serving Board"),
        ("Walnut Serving Board with Juice Groove, 18 x 12 in", "Walnut Serving Board", None),
        ("Walnut Serving Board - Large", "Walnut Serving Board", None),
    ],
)
def test_seo_name_gives_way_to_the_h1_only(ld_name: str, h1: str, title: str | None) -> None:
    got = extract_product(_named_page(ld_name, h1), "https://grainandboard.com/products/walnut-board") or {}
    assert got.get("title") == (title or ld_name)


def test_shop_brand_and_mpn_stay_without_a_shown_other() -> None:
    """Must-not-fire of extract._reconcile_codes: the shop's name as brand and an mpn as the code stay
    where the page names no other brand and shows no item code of its own."""
    html = shop(
        "en-US",
        "Grain & Board",
        "Walnut Serving Board",
        "<div class='product'><img src='/img/board.jpg'><h1>Walnut Serving Board</h1><span class='price'>$74.00"
        "</span><button type='submit' name='add'>Add to cart</button></div>",
        head=ld({"@context": "https://schema.org", "@type": "Product", "name": "Walnut Serving Board",
                 "mpn": "GB-WSB-18", "brand": {"@type": "Brand", "name": "Grain & Board"},
                 "offers": {"@type": "Offer", "price": "74.00", "priceCurrency": "USD",
                            "availability": "https://schema.org/InStock"}}),
    )  # fmt: skip
    got = extract_product(html, "https://grainandboard.com/products/walnut-board") or {}
    assert (got.get("sku"), got.get("brand_claimed")) == ("GB-WSB-18", "Grain & Board")


def _group_page(url: str) -> str:
    tee = "https://www.fieldandforge.com/products/heavyweight-tee"
    return shop(
        "en-US",
        "Field & Forge",
        "Heavyweight Tee",
        pdp("Heavyweight Tee", "$38.00", ADD.format("Add to cart")),
        head=ld({"@context": "https://schema.org", "@type": "ProductGroup", "name": "Heavyweight Tee",
                 "productGroupID": "FF-HWT", "hasVariant": [
                     {"@type": "Product", "sku": f"FF-HWT-{size}", "offers": offer(
                         f"https://schema.org/{state}", "38.00", "USD", url=f"{tee}?size={size}")}
                     for size, state in (("S", "OutOfStock"), ("M", "InStock"), ("L", "OutOfStock"))]}),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("url", "sku"),
    [
        ("https://www.fieldandforge.com/products/heavyweight-tee?size=S", "FF-HWT-S"),
        ("https://www.fieldandforge.com/products/heavyweight-tee?size=L", "FF-HWT-L"),
        # must-not-fire: no query, a tracking query, another size than any variant's: the first in stock
        ("https://www.fieldandforge.com/products/heavyweight-tee", "FF-HWT-M"),
        ("https://www.fieldandforge.com/products/heavyweight-tee?utm_source=newsletter", "FF-HWT-M"),
        ("https://www.fieldandforge.com/products/heavyweight-tee?size=XL", "FF-HWT-M"),
    ],
)
def test_the_page_url_names_a_product_group_variant(url: str, sku: str) -> None:
    got = extract_product(_group_page(url), url) or {}
    assert got.get("sku") == sku


@pytest.mark.parametrize(
    ("code", "want"),
    [
        ("isbn:9788437604572", "9788437604572"),
        ("sku:TF-ATP-02", "TF-ATP-02"),
        ("SKU: TF-ATP-02", "TF-ATP-02"),
        ("gtin13:4006381333931", "4006381333931"),
        # must-not-fire: codes that only start with such letters, or name no scheme with a colon
        ("SKU-4471", "SKU-4471"),
        ("ISBN9788437604572", "ISBN9788437604572"),
        ("EAN-5901234123457", "EAN-5901234123457"),
        ("UPCYCLED-TOTE-01", "UPCYCLED-TOTE-01"),
        ("MPNX-22", "MPNX-22"),
    ],
)
def test_product_id_scheme_is_taken_off(code: str, want: str) -> None:
    html = shop(
        "en-US",
        "Trailfinder",
        "Trail Tote",
        pdp("Trail Tote", "$40.00", ADD.format("Add to cart")),
        head=ld(product("Trail Tote", offer("https://schema.org/InStock", "40.00", "USD"), productID=code)),
    )
    assert (extract_product(html, "https://www.trailfinder.ca/products/trail-tote") or {}).get("sku") == want


def _stock_page(stock_line: str, buy: str, cards: str = "") -> str:
    return shop(
        "en-US",
        "Petfolk",
        "Orthopedic Dog Bed – Large",
        pdp("Orthopedic Dog Bed – Large", "$119.00", stock_line + buy, "<p class='sku'>SKU: PF-ODB-L</p>")
        + cards,
        head=ld(
            product("Orthopedic Dog Bed – Large", offer("https://schema.org/OutOfStock", "119.00", "USD"))
        ),
    )


@pytest.mark.parametrize(
    ("html", "want"),
    [
        pytest.param(
            _stock_page(
                "<p class='product-inventory'><span class='in-stock'>In stock</span></p>",
                ADD.format("Add to cart"),
            ),
            "InStock",
            id="fires-stated-and-live",
        ),
        # must-not-fire: a live button alone, an in-stock word only in other products' cards, a disabled button
        pytest.param(_stock_page("", ADD.format("Add to cart")), "OutOfStock", id="live-button-alone"),
        pytest.param(
            _stock_page("", ADD.format("Add to cart"), related(("Dog Bed – Small", "$79.00", "In stock"))),
            "OutOfStock",
            id="in-stock-in-cards",
        ),
        pytest.param(
            _stock_page(
                "<p class='product-inventory'><span class='in-stock'>In stock</span></p>",
                "<button type='submit' class='btn add-to-cart' disabled>Sold out</button>",
            ),
            "OutOfStock",
            id="stated-but-sold-out-button",
        ),
    ],
)
def test_a_structured_out_of_stock_gives_way_to_a_stated_in_stock_and_live_cart(html: str, want: str) -> None:
    got = extract_product(html, "https://www.petfolk.com/products/orthopedic-dog-bed-large") or {}
    assert got.get("availability") == want


@pytest.mark.parametrize(
    ("value", "placeholder"),
    [("Brand", True), ("Brand name", True), ("Your brand", True), ("brand", True),
     ("Brandt", False), ("BrandMe", False), ("Brand & Co", False), ("Brandit", False), ("Generic Surf Co.", False)],
)  # fmt: skip
def test_an_unfilled_brand_default_is_no_brand(value: str, placeholder: bool) -> None:
    from knockoff.crawler.heuristics.brands import no_brand

    assert no_brand(value) is placeholder


def _variation_page(url_query: str, same_url: bool = False) -> tuple[str, str]:
    base = "https://www.yogaloft.de/produkt/yogamatte-natur/"
    offers = [
        offer("http://schema.org/InStock", "59.00", "EUR", sku=f"YL-MAT-{c.upper()}",
              url=base if same_url else f"{base}?attribute_pa_farbe={c}")
        for c in ("san", "sal")
    ]  # fmt: skip
    html = shop(
        "de-DE",
        "Yogaloft",
        "Yogamatte Natur",
        pdp("Yogamatte Natur", "59,00&nbsp;€", ADD.format("In den Warenkorb")),
        head=ld(product("Yogamatte Natur", offers, sku="YL-MAT")),
    )
    return html, base + url_query


@pytest.mark.parametrize(
    ("query", "same_url", "sku"),
    [
        ("?attribute_pa_farbe=sal", False, "YL-MAT-SAL"),
        # must-not-fire: no query, a tracking query, every offer at the page's own URL: the Product's sku
        ("", False, "YL-MAT"),
        ("?utm_source=newsletter", False, "YL-MAT"),
        ("", True, "YL-MAT"),
    ],
)
def test_the_offer_the_url_names_gives_its_sku(query: str, same_url: bool, sku: str) -> None:
    html, url = _variation_page(query, same_url)
    assert (extract_product(html, url) or {}).get("sku") == sku


def _stale_page(stock_box: str, buy: str) -> str:
    return shop(
        "en-GB",
        "Outdoor Gear Direct",
        "Trail Running Vest 12L",
        pdp("Trail Running Vest 12L", "£85.00", buy, stock_box + "<p>SKU: ODG-TRV-12</p>"),
        head=ld(product("Trail Running Vest 12L", offer("http://schema.org/InStock", "85.00", "GBP"))),
    )


@pytest.mark.parametrize(
    ("html", "want"),
    [
        pytest.param(
            _stale_page(
                "<div class='stock unavailable' title='Availability'><span>Out of stock</span></div>", ""
            ),
            "OutOfStock",
            id="fires-stated-out-no-control",
        ),
        # must-not-fire: the box says in stock; a live cart beside the box (the structured data stands)
        pytest.param(
            _stale_page("<div class='stock available' title='Availability'><span>In stock</span></div>", ""),
            "InStock",
            id="stated-in-stock",
        ),
        pytest.param(
            _stale_page(
                "<div class='stock unavailable' title='Availability'><span>Out of stock</span></div>",
                ADD.format("Add to basket"),
            ),
            "InStock",
            id="stated-out-live-cart",
        ),
    ],
)
def test_a_structured_in_stock_gives_way_to_a_stated_out_of_stock_without_a_live_control(
    html: str, want: str
) -> None:
    got = extract_product(html, "https://www.outdoorgear-direct.co.uk/trail-running-vest-12l.html") or {}
    assert got.get("availability") == want


def _own_boxes_page(boxes: str) -> str:
    return shop(
        "en",
        "Corbel Goods",
        "Leather Card Holder",
        "<section class='product'><div class='product__media-wrapper'><img src='/cdn/shop/files/holder.jpg' "
        "alt='Leather Card Holder'></div><div class='product__info-container'><h1>Leather Card Holder</h1>"
        + boxes
        + "<form method='post' action='/cart/add'><button type='submit' name='add'>Add to cart</button></form>"
        "</div></section>",
    )


@pytest.mark.parametrize(
    ("boxes", "price"),
    [
        # must-not-fire of layout._card_link's picture outside the link: two boxes of the product's own
        # (a one-off and a subscription price, each with its picture and a link to this page or its slug)
        (
            "<ul class='purchase-options'>"
            "<li class='option'><img src='/cdn/shop/files/holder-sm.jpg'><a href='/products/leather-card-holder'>One-time "
            "purchase</a><span class='money'>$34.00</span></li>"
            "<li class='option'><img src='/cdn/shop/files/holder-sm.jpg'><a href='/products/leather-card-holder/"
            "subscribe'>Subscribe and save</a><span class='money'>$30.60</span></li></ul>",
            34.0,
        ),
        (
            "<div class='price'><span class='money'>$34.00</span></div><div class='tiles'>"
            "<div class='tile'><img src='/cdn/shop/files/holder-tan.jpg'><a href='?variant=1'>Tan</a> $34.00</div>"
            "<div class='tile'><img src='/cdn/shop/files/holder-blk.jpg'><a href='?variant=2'>Black</a> $34.00</div></div>",
            34.0,
        ),
    ],
)
def test_own_boxes_with_a_picture_outside_the_link_are_no_card_pair(boxes: str, price: float) -> None:
    got = (
        extract_product(_own_boxes_page(boxes), "https://corbelgoods.com/products/leather-card-holder") or {}
    )
    assert got.get("price") == pytest.approx(price)
