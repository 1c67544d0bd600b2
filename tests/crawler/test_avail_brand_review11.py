"""Availability and brand review 11 (issue 14): whole product pages as US, UK and European shops served them
in 2015-2019, WITHOUT structured data (no JSON-LD, microdata, RDFa or OpenGraph).

Each page is written in the markup of its platform (Magento 1.9, Demandware SiteGenesis, Oracle ATG, IBM
WebSphere Commerce, hybris, Shopify's old themes, BigCommerce Blueprint / Stencil, Volusion, 3dcart, Yahoo Store,
WooCommerce, PrestaShop 1.6, eBay / Etsy / Amazon-like marketplaces) with the parts that distract: header, menus
(a "Brands" menu), mini-cart, breadcrumbs, size pickers, shipping notes, reviews, recommendation carousels of
other products with their own prices, makers and stock badges, a footer with "Brands we carry".

Expected values were written with each page, before running the extractor: availability as a shopper reads it
for the shown product, folded as benchmarks.bench_extraction folds it (`AVAILABILITY_CLASS`: InStock /
OutOfStock / PreOrder / BackOrder; "Ships in 2-3 weeks" beside a live cart button and "available for store
pickup only" are InStock); brand as the page names the maker (compared as the benchmark compares it:
marks dropped, case-folded). `SKIP` leaves a field unchecked where a labeller could not tell (an Etsy maker).

Cases: 53 pages in batch 1 (43 cases, 10 must-not-fire: "out of stock" / "Only 2 left" / "Pre-Order" only in
other products' cards, reviews or a menu banner, a hidden "Sold Out" template beside a live cart button, a
shipping tab's backorder terms, a size picker's sold-out sizes, brands only in the footer's "Brands We Carry" and
the menu, a retailer's own name, a category's "Shop All Cookware", a comparison table's other brands, a
marketplace seller), 10 pages in batch 2 (9 cases, 1 must-not-fire), written after batch 1's fixes.

FIRST LOOK (batch 1, against e29a18a): 5 of 104 field checks failed (4 of 43 case pages, 0 of 10 must-not-fire):
- availability, a size-by-size stock table ("S | Out of stock", "M | In stock (2 left)") in an element named for
  the stock, beside a live cart button: OutOfStock; fixed (`controls.variant_states`: a table or list whose rows
  state differing states is the variants' stock, skipped by `stock_state`);
- brand, "Shop all <Brand>" as the only text of a brand-named block (with the maker's logo, Backcountry;
  Crutchfield's "Shop all Klipsch"), the title not opening with the name: None; fixed (`brands._shop_all_of`:
  the name, when a link of the block leads to a URL spelling it);
- brand, the maker only as the title's first word (Volusion "Garmin Forerunner 235 ..."): None; left (XFAIL);
- brand, Best Buy's "Sony - 65\" Class ..." heading with a document title in the same dash form: None; left (XFAIL).
Passed at first look: Magento's "Availability: In stock / Out of stock" with a stock-alert link, options
"XS - Sold Out", "Backordered - ships in 4-6 weeks"; SiteGenesis in-stock / pre-order / not-available messages;
ATG's "Ship To Me: In Stock" beside an unavailable pickup, "Available for store pickup only"; "Temporarily out of
stock" with a disabled button; hybris "Leider ausverkauft"; Shopify "Sold Out" and "Pre-order" buttons; Blueprint
"Usually ships in 24 hours" / "Currently unavailable"; Stencil's disabled "Out of stock" input; 3dcart
"Backordered"; "Ships in 2-3 weeks"; WooCommerce "3 in stock" / out of stock / "Available on backorder";
PrestaShop's "no longer in stock" with the cart hidden by class; eBay quantity lines and ended listings; Etsy's
"Sorry, this item is sold out"; Amazon's "Currently unavailable." and "Only 2 left in stock"; "Get In-Stock Alert";
"Dieser Artikel ist leider ausverkauft"; Newegg's "OUT OF STOCK." with "Auto Notify"; brand rows, logos, "by"
links, designer links above the title, a brand span in the heading, Shopify vendor links, "Shop All Columbia".

Batch 2 (10 pages): 3 of 20 field checks failed (2 of 9 case pages, 0 of 1 must-not-fire):
- availability, an old shop's stock picture ("outofstock.gif" with alt "Out of Stock") and no buy control: None;
  fixed (`controls.stock_picture`: a picture named for a state whose short alt text states one, read after the
  availability elements and labelled lines);
- brand, a related card's brand ("Polar") whose word the title holds ("The Polar Express ...") beat the page's
  "Manufacturer: Lionel"; fixed (`brands._find_brand`: a labelled brand outranks such a card's brand);
- brand, a game's "Publisher: Nintendo": None; left (XFAIL, ambiguous).
In all: 63 pages (52 cases, 11 must-not-fire), 6 of them failing at first look in some field; 3 strict xfails.
"""

from __future__ import annotations

import pytest

from tests.crawler.review_cases import (
    SKIP,
    carries_structured_data,
    case_params,
    check_availability,
    check_brand,
)
from tests.crawler.review_cases import AvailBrandCase as Case

CASES: list[Case] = []
MUST_NOT_FIRE: list[Case] = []


def add(id: str, url: str, html: str, availability: str | None, brand: str | None) -> None:
    """A page case: the availability and brand a careful labeller reads."""
    CASES.append(Case(id, url, html, availability, brand))


def quiet(id: str, url: str, html: str, availability: str | None, brand: str | None) -> None:
    """A must-not-fire page: a distractor that must not change the field(s) it guards."""
    MUST_NOT_FIRE.append(Case(id, url, html, availability, brand))


def slug(text: str) -> str:
    """A URL slug of `text`."""
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split()) or "item"


def doc(title: str, body: str, lang: str = "en", body_class: str = "") -> str:
    """The page: head with the era's scripts, then `body`."""
    return (
        f"<!DOCTYPE html>\n<html lang='{lang}'><head><meta charset='utf-8'><title>{title}</title>"
        f"<meta name='description' content='Shop {title}. Free shipping on orders over $49.'>"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        "<link rel='stylesheet' href='/skin/frontend/styles.css'>"
        "<script src='//ajax.googleapis.com/ajax/libs/jquery/1.11.3/jquery.min.js'></script>"
        f"</head><body class='{body_class}'>{body}"
        "<script>var _gaq = _gaq || []; _gaq.push(['_setAccount', 'UA-2211-1']); _gaq.push(['_trackPageview']);</script>"
        "</body></html>"
    )


def header(shop: str, money: str = "$", menu: tuple[str, ...] = ("Women", "Men", "Home", "Sale")) -> str:
    """Top links, logo, search, mini-cart and a menu with a "Brands" drop-down."""
    items = "".join(f"<li class='level0'><a href='/{slug(m)}'>{m}</a></li>" for m in menu)
    brands = "".join(
        f"<li><a href='/brands/{slug(b)}'>{b}</a></li>"
        for b in ("Adidas", "Calvin Klein", "KitchenAid", "Sony")
    )
    return (
        "<div class='header-container'><div class='top-bar'><span class='promo'>FREE SHIPPING ON ORDERS OVER "
        f"{money}49</span> <a href='/customer/account/'>My Account</a> <a href='/wishlist/'>Wish List</a></div>"
        f"<header id='header' class='page-header'><a class='logo' href='/'><img src='/skin/logo.png' alt='{shop}'></a>"
        "<form id='search_mini_form' action='/catalogsearch/result/'><input id='search' type='text' name='q' "
        "placeholder='Search entire store here...'><button type='submit' class='search-button'>Search</button></form>"
        "<div class='header-minicart'><a href='/checkout/cart/' class='skip-cart'><span class='label'>Cart</span>"
        f"<span class='count'>0</span></a><div class='minicart-wrapper'><p class='empty'>You have no items in your "
        f"shopping cart.</p><span class='subtotal'>Subtotal: <span class='price'>{money}0.00</span></span></div></div>"
        f"<nav id='nav'><ol class='nav-primary'>{items}<li class='level0 parent'><a href='/brands'>Brands</a>"
        f"<ul class='level1'>{brands}</ul></li></ol></nav></header></div>"
    )


def footer(shop: str, brands: tuple[str, ...] = ("Nike", "The North Face", "Le Creuset", "Samsung")) -> str:
    """Footer: brands we carry, help links, newsletter, copyright."""
    carried = "".join(f"<li><a href='/brands/{slug(b)}'>{b}</a></li>" for b in brands)
    return (
        "<footer class='footer'><div class='footer-brands'><h4>Brands We Carry</h4>"
        f"<ul>{carried}</ul></div><div class='links'><h4>Customer Service</h4><ul><li><a href='/contact'>Contact "
        "Us</a></li><li><a href='/shipping'>Shipping &amp; Returns</a></li><li><a href='/track'>Track Your Order</a>"
        "</li></ul></div><div class='newsletter'><h4>Sign up for our newsletter</h4><form action='/newsletter/'>"
        "<input type='email' name='email' placeholder='Enter your email'><button type='submit'>Subscribe</button>"
        f"</form></div><address class='copyright'>&copy; 2017 {shop}. All Rights Reserved.</address></footer>"
    )


def crumbs(*names: str) -> str:
    """Breadcrumbs, the last one unlinked."""
    links = "".join(f"<li><a href='/{slug(n)}'>{n}</a> <span>/</span></li>" for n in names[:-1])
    return f"<div class='breadcrumbs'><ul><li><a href='/'>Home</a> <span>/</span></li>{links}<li><strong>{names[-1]}</strong></li></ul></div>"


def cards(heading: str, items: tuple[tuple[str, str, str, str], ...], cls: str = "related-products") -> str:
    """A carousel of other products: (maker, name, price, badge) each; the badge may be ""."""
    lis = "".join(
        f"<li class='item product-tile'><a href='/{slug(b + ' ' + n)}.html' class='product-image'><img "
        f"src='/media/catalog/product/small/{slug(n)}.jpg' alt='{b} {n}'></a><div class='tile-brand'>{b}</div>"
        f"<h3 class='product-name'><a href='/{slug(b + ' ' + n)}.html'>{n}</a></h3><div class='price-box'><span "
        f"class='price'>{p}</span></div>"
        + (f"<span class='badge stock-badge'>{s}</span>" if s else "")
        + "</li>"
        for b, n, p, s in items
    )
    return f"<div class='{cls} carousel'><h2>{heading}</h2><ul class='products-grid'>{lis}</ul></div>"


def reviews(*texts: tuple[str, str]) -> str:
    """Customer reviews: (author, text) each."""
    items = "".join(
        f"<li class='review'><div class='rating'>&#9733;&#9733;&#9733;&#9733;&#9734;</div><p>{t}</p>"
        f"<span class='review-author'>Reviewed by {a}</span></li>"
        for a, t in texts
    )
    return f"<div id='customer-reviews' class='reviews'><h2>Customer Reviews</h2><ul>{items}</ul></div>"


def gallery(name: str, n: int = 3) -> str:
    """Main image and thumbnails."""
    s = slug(name)
    thumbs = "".join(
        f"<li><a href='/media/catalog/product/{s}-{i}.jpg'><img src='/media/catalog/product/thumb/{s}-{i}.jpg' "
        f"alt='{name}' width='75'></a></li>"
        for i in range(2, n + 2)
    )
    return (
        f"<div class='product-img-box'><div class='product-image'><img id='image-main' src='/media/catalog/product/"
        f"{s}-1.jpg' alt='{name}' title='{name}' width='600' height='600'></div><ul class='more-views'>{thumbs}</ul></div>"
    )


SHIP_NOTE = (
    "<div class='shipping-note'><p>Free standard shipping on orders over $49. Orders placed by 2pm EST ship the same "
    "business day. Out-of-stock items ship separately when they arrive at no extra charge.</p></div>"
)


# ---- Magento 1.9 ------------------------------------------------------------------------------------------


def magento(
    shop: str, name: str, price: str, stock: str, buy: str, above: str = "", specs: str = "", extra: str = ""
) -> str:
    """A Magento 1.9 rwd product view: name, price, `stock` (the availability paragraph), `buy` (the add-to-cart
    block), `above` (what the theme puts over the name), the "Additional Information" rows `specs`."""
    table = f"<table class='data-table' id='product-attribute-specs-table'><tbody>{specs}</tbody></table>"
    return doc(
        f"{name} | {shop}",
        header(shop)
        + "<div class='main-container col1-layout'><div class='main'>"
        + crumbs("Outdoor", "Gear", name)
        + "<div class='product-view'><div class='product-essential'><form action='/checkout/cart/add/' "
        "method='post' id='product_addtocart_form'>"
        + gallery(name)
        + f"<div class='product-shop'>{above}<div class='product-name'><span class='h1'>{name}</span></div>"
        f"<div class='price-info'><div class='price-box'><span class='regular-price' id='product-price-311'>"
        f"<span class='price'>{price}</span></span></div></div><div class='extra-info'>{stock}</div>"
        "<div class='short-description'><div class='std'>Built for long days on the trail and years of use.</div>"
        f"</div>{extra}<div class='add-to-cart-wrapper'>{buy}<ul class='add-to-links'><li><a href='/wishlist/add/' "
        "class='link-wishlist'>Add to Wishlist</a></li><li><a href='/catalog/product_compare/add/' "
        "class='link-compare'>Add to Compare</a></li></ul></div></div></form></div>"
        "<div class='product-collateral toggle-content tabs'><dl id='collateral-tabs' class='collateral-tabs'>"
        "<dt class='tab'><span>Description</span></dt><dd class='tab-container'><div class='std'>Designed and "
        "tested in the field.</div></dd><dt class='tab'><span>Additional Information</span></dt><dd "
        f"class='tab-container'>{table}</dd></dl></div></div>"
        + cards(
            "You may also be interested in the following product(s)",
            (
                ("Deuter", "Aircontact 65+10 Pack", "$229.95", "Out of stock"),
                ("Gregory", "Baltoro 75 Pack", "$329.95", "Only 2 left"),
                ("Kelty", "Coyote 80 Pack", "$189.95", ""),
            ),
        )
        + reviews(("TrailMike", "Great pack, carried 40 lb with no issue."))
        + "</div></div>"
        + footer(shop),
        body_class="catalog-product-view product-" + slug(name),
    )


M_BUY = (
    "<div class='add-to-cart'><div class='qty-wrapper'><label for='qty'>Qty:</label><input type='text' name='qty' "
    "id='qty' value='1' class='input-text qty'></div><div class='add-to-cart-buttons'><button type='button' "
    "title='Add to Cart' class='button btn-cart' onclick='productAddToCartForm.submit(this)'><span><span>Add to "
    "Cart</span></span></button></div></div>"
)


def row(label: str, value: str) -> str:
    """An "Additional Information" row."""
    return f"<tr><th class='label'>{label}</th><td class='data'>{value}</td></tr>"


add(
    "m1-in-stock-manufacturer-row",
    "https://www.summitgearco.com/osprey-atmos-ag-65-pack.html",
    magento(
        "Summit Gear Co.",
        "Atmos AG 65 Backpack - Men's",
        "$259.95",
        "<p class='availability in-stock'><span class='label'>Availability:</span> <span class='value'>In stock"
        "</span></p>",
        M_BUY,
        specs=row("SKU", "OSP-ATM65-GRY") + row("Manufacturer", "Osprey") + row("Capacity", "65 L"),
    ),
    "InStock",
    "Osprey",
)
add(
    "m1-out-of-stock-alert-link-brand-logo",
    "https://www.kitchenkapers.com/signature-round-dutch-oven-5-5-qt.html",
    magento(
        "Kitchen Kapers",
        "Signature Round Dutch Oven 5.5 qt. - Marseille",
        "$349.95",
        "<p class='availability out-of-stock'><span class='label'>Availability:</span> <span class='value'>Out of "
        "stock</span></p><p class='alert-stock link-stock-alert'><a href='/productalert/add/stock/product/311/' "
        "title='Sign up to get notified when this product is back in stock'>Sign up to get notified when this "
        "product is back in stock</a></p>",
        "",
        above="<div class='brand-logo'><a href='/brands/le-creuset.html'><img src='/media/brands/le-creuset.png' "
        "alt='Le Creuset' width='120'></a></div>",
        specs=row("SKU", "LS2501-265") + row("Color", "Marseille"),
    ),
    "OutOfStock",
    "Le Creuset",
)
add(
    "m1-configurable-options-sold-out-brand-row",
    "https://www.summitgearco.com/better-sweater-fleece-jacket.html",
    magento(
        "Summit Gear Co.",
        "Better Sweater Fleece Jacket - Women's",
        "$139.00",
        "<p class='availability in-stock'><span class='label'>Availability:</span> <span class='value'>In stock"
        "</span></p>",
        M_BUY,
        specs=row("Brand", "Patagonia") + row("Material", "100% polyester"),
        extra="<dl class='product-options'><dt><label class='required'>Size</label></dt><dd><select name='super_"
        "attribute[180]' id='attribute180' class='required-entry super-attribute-select'><option value=''>Choose "
        "an Option...</option><option value='41'>XS - Sold Out</option><option value='42'>S</option><option "
        "value='43'>M</option><option value='44'>L - Sold Out</option></select></dd></dl>",
    ),
    "InStock",
    "Patagonia",
)
add(
    "m1-backordered-cart-live-brand-in-short-list",
    "https://www.blendersdirect.com/vitamix-5200-blender.html",
    magento(
        "Blenders Direct",
        "Vitamix 5200 Blender - Black",
        "$449.00",
        "<p class='availability backorder'><span class='label'>Availability:</span> <span class='value'>"
        "Backordered - ships in 4-6 weeks</span></p>",
        M_BUY,
        specs=row("Brand", "Vitamix") + row("Warranty", "7 years"),
    ),
    "BackOrder",
    "Vitamix",
)


# ---- Demandware SiteGenesis -----------------------------------------------------------------------------


def sitegenesis(shop: str, name: str, price: str, brand: str, avail: str, buy: str, sizes: str = "") -> str:
    """A SiteGenesis 2016 product detail page: `brand` (what sits above the name), `avail` (inside
    `div.availability-web`), `buy` (the add-to-cart form's button)."""
    return doc(
        f"{name} | {shop}",
        header(shop, menu=("New Arrivals", "Women", "Men", "Shoes", "Clearance"))
        + "<div id='main' class='pt_product-details'>"
        + crumbs("Women", "Shoes", "Boots", name)
        + "<div id='primary' class='primary-content'><div id='pdpMain' class='pdp-main'>"
        "<div class='product-col-1 product-image-container'>"
        + gallery(name, 4)
        + f"</div><div class='product-col-2 product-detail'>{brand}<h1 class='product-name'>{name}</h1>"
        "<div class='product-number'>Item# <span>190410</span></div><div class='product-price'><span "
        f"class='price-sales'>{price}</span></div><div class='product-variations'><ul><li class='attribute'>"
        f"<span class='label'>Size</span><div class='value'><ul class='swatches size'>{sizes}</ul></div></li></ul>"
        "</div><div class='product-add-to-cart'><form action='/on/demandware.store/Sites-Site/default/Cart-AddProduct'"
        " method='post' id='dwfrm_product_addtocart'><div class='inventory'><div class='quantity'><label>Qty</label>"
        f"<input type='text' name='Quantity' value='1'></div></div><div class='availability-web'><label>"
        f"Availability</label><div class='value availability-msg'>{avail}</div></div>{buy}</form></div>"
        "<div class='product-actions'><a class='button add-to-wishlist' href='/wishlist'>Add to Wishlist</a>"
        "<a class='share-icon' href='mailto:?subject=Look'>Share</a></div></div></div>"
        + cards(
            "You May Also Like",
            (
                ("Sam Edelman", "Petty Chelsea Boot", "$139.95", "Sold Out"),
                ("Dr. Martens", "1460 Smooth Leather Boot", "$135.00", "Pre-Order"),
                ("UGG", "Classic Short II Boot", "$159.95", ""),
            ),
            cls="recommendations",
        )
        + reviews(("bootlover", "Fits true to size. I ordered my usual 8."))
        + "</div></div>"
        + footer(shop),
    )


SG_SIZES = (
    "<li class='selectable'><a class='swatchanchor' href='?size=6'>6</a></li><li class='unselectable'><a "
    "class='swatchanchor' title='7 is out of stock'>7</a></li><li class='selectable'><a class='swatchanchor' "
    "href='?size=8'>8</a></li>"
)
SG_BUY = "<button id='add-to-cart' type='submit' title='Add to Cart' value='Add to Cart' class='add-to-cart'>Add to Cart</button>"

add(
    "sg-in-stock-brand-link-above-name",
    "https://www.shoecarnival.com/troopa-combat-boot/190410.html",
    sitegenesis(
        "Shoe Palace",
        "Troopa Combat Boot",
        "$99.95",
        "<div class='product-brand'><a href='/steve-madden/'>Steve Madden</a></div>",
        "<p class='in-stock-msg'>In Stock</p>",
        SG_BUY,
        SG_SIZES,
    ),
    "InStock",
    "Steve Madden",
)
add(
    "sg-preorder-ship-date-shop-all-brand",
    "https://www.fairwaygolfshop.com/epic-flash-sub-zero-driver/GF1032.html",
    sitegenesis(
        "Fairway Golf Shop",
        "Epic Flash Sub Zero Driver",
        "$529.99",
        "<div class='brand-shop-all'><a href='/brands/callaway/'>Shop all Callaway</a></div>",
        "<p class='preorder-msg'>Pre-Order</p><p class='in-stock-date'>This item is expected to ship on 02/15/2019"
        "</p>",
        "<button id='add-to-cart' type='submit' title='Pre-Order' class='add-to-cart'>Pre-Order</button>",
        "<li class='selectable'><a class='swatchanchor'>9.0&deg;</a></li><li class='selectable'><a "
        "class='swatchanchor'>10.5&deg;</a></li>",
    ),
    "PreOrder",
    "Callaway",
)
add(
    "sg-not-available-disabled-button-crumb-brand",
    "https://www.totesandmore.com/iconic-campus-backpack/2417.html",
    sitegenesis(
        "Totes & More",
        "Iconic Campus Backpack - Lilac Tapestry",
        "$118.00",
        "<div class='brand-crumb'><a href='/brands/'>Brands</a> &rsaquo; <a href='/brands/vera-bradley/'>Vera "
        "Bradley</a></div>",
        "<p class='not-available-msg'>This item is currently not available.</p>",
        "<button id='add-to-cart' type='submit' title='Add to Cart' class='add-to-cart disabled' disabled='disabled'>"
        "Add to Cart</button>",
    ),
    "OutOfStock",
    "Vera Bradley",
)


# ---- Oracle ATG / IBM WebSphere department stores ---------------------------------------------------------


def dept_store(
    shop: str, name: str, price: str, brand: str, avail: str, buy: str, details: str, money: str = "$"
) -> str:
    """A department store's product page of 2017 (ATG / WebSphere Commerce): `brand` above the title, `avail`
    (the fulfilment box), `buy`, a "Product Details" bullet list `details`."""
    return doc(
        f"{name} | {shop}",
        header(shop, money, ("Women", "Men", "Kids", "Home", "Beauty", "Clearance"))
        + "<div id='pdp-container' class='pdp'>"
        + crumbs("Home", "Kitchen", "Small Appliances", name)
        + "<div class='pdp-left'>"
        + gallery(name)
        + f"</div><div class='pdp-right'>{brand}<div class='pdp-product-title'><h1 class='product-title'>{name}</h1>"
        "</div><div class='pdp-rating'><span class='stars'>4.5</span> <a href='#reviews'>(212 reviews)</a></div>"
        f"<div class='pdp-pricing'><span class='pdp-sale-price'>Sale {price}</span> <span class='pdp-regular-price'>"
        f"Reg. {money}99.99</span></div><div class='pdp-fulfillment'>{avail}</div><div class='pdp-qty'><label>"
        f"Quantity</label><select name='qty'><option>1</option><option>2</option></select></div>{buy}"
        "<div class='pdp-promo'>Take an extra 20% off with code SAVE20. Exclusions apply.</div></div>"
        f"<div class='pdp-details'><h2>Product Details</h2><ul>{details}</ul></div>"
        + cards(
            "Customers Also Viewed",
            (
                ("Hamilton Beach", "2-Slice Toaster", f"{money}24.99", "Out of Stock Online"),
                ("Keurig", "K-Classic Coffee Maker", f"{money}89.99", "Only 3 left!"),
                ("Ninja", "Professional Blender", f"{money}99.99", ""),
            ),
        )
        + reviews(
            (
                "Karen G.",
                "Bought this on sale and love it. It was out of stock for a while but worth the wait.",
            )
        )
        + "</div>"
        + footer(shop),
    )


ATG_BUY = "<button type='submit' id='addtobagbtn' class='btn btn-primary add-to-bag'>Add to Bag</button>"

add(
    "atg-ship-in-stock-pickup-unavailable-shop-all",
    "https://www.kohlsdept.com/product/prd-2841175/columbia-glennaker-lake-rain-jacket.jsp",
    dept_store(
        "Kohlman's",
        "Columbia Men's Glennaker Lake Rain Jacket",
        "$39.99",
        "<div class='pdp-brand'><a href='/catalog/columbia.jsp?CN=Brand:Columbia'>Shop All Columbia</a></div>",
        "<ul class='fulfillment-options'><li class='ship'><strong>Ship To Me:</strong> <span class='in-stock'>In "
        "Stock</span></li><li class='pickup'><strong>Free Store Pickup:</strong> <span class='unavailable'>"
        "Unavailable at Mall of America</span> <a href='#'>Change Store</a></li></ul>",
        ATG_BUY,
        "<li>Omni-Shield water resistance</li><li>Packable</li><li>Nylon</li><li>Imported</li>",
    ),
    "InStock",
    "Columbia",
)
add(
    "atg-store-pickup-only-manufacturer-bullet",
    "https://www.penneysplace.com/p/cuisinart-14-cup-food-processor/ppr5007146",
    dept_store(
        "Penney's Place",
        "14-Cup Food Processor DFP-14BCNY",
        "$149.99",
        "",
        "<p class='fulfillment-msg'><strong>Available for store pickup only.</strong> Not available for shipping."
        "</p>",
        "<button type='submit' class='btn btn-primary'>Pick Up In Store</button>",
        "<li>Manufacturer: Cuisinart</li><li>720-watt motor</li><li>Dishwasher-safe parts</li><li>Model no. DFP-14BCNY"
        "</li>",
    ),
    "InStock",
    "Cuisinart",
)
add(
    "wcs-uk-brand-above-title-sizes-out",
    "https://www.debenhall.co.uk/webapp/wcs/stores/servlet/prod_10701_10001_132015438999",
    dept_store(
        "Debenhall",
        "Navy floral print tea dress",
        "&pound;45.00",
        "<div class='pdp-brand'><a href='/women/mantaray'>Mantaray</a></div>",
        "<div class='size-picker'><span class='label'>Select size</span><ul><li><a>8</a></li><li class='oos' "
        "title='Out of stock'>10 - Out of stock</li><li><a>12</a></li><li><a>14</a></li></ul></div><p class='stock'>"
        "In stock</p>",
        ATG_BUY,
        "<li>Floral print</li><li>Knee length</li><li>Machine washable</li>",
        money="&pound;",
    ),
    "InStock",
    "Mantaray",
)
add(
    "wcs-temporarily-out-of-stock-brand-logo-alt",
    "https://www.searsoutlet.com/craftsman-230-piece-mechanics-tool-set/p-00936280000P",
    dept_store(
        "Sears Hometown",
        "230 pc. Mechanics Tool Set with 3-Drawer Case",
        "$179.99",
        "<div class='brand-logo'><a href='/craftsman/b-1234'><img src='/brandlogos/craftsman.gif' "
        "alt='Craftsman logo'></a></div>",
        "<p class='availability'><span class='oos'>Temporarily out of stock</span></p>",
        "<button type='button' class='btn btn-disabled' disabled>Add to Cart</button>",
        "<li>230 pieces</li><li>Full lifetime warranty</li><li>Sold by Sears</li>",
    ),
    "OutOfStock",
    "Craftsman",
)


# ---- hybris ------------------------------------------------------------------------------------------------


def hybris(shop: str, name: str, price: str, heading: str, stock: str, buy: str, classification: str) -> str:
    """A hybris 5 accelerator product page (UK electronics): `heading` (the h1's inner markup), `stock`,
    `buy`, the "Specifications" classification table rows."""
    return doc(
        f"{name} | {shop}",
        header(shop, "&pound;", ("TV & Audio", "Computing", "Phones", "Appliances", "Deals"))
        + "<div id='content' class='productDetailsPage'>"
        + crumbs("TV & Audio", "Televisions", "4K Ultra HD TVs", name)
        + "<div class='productDetailsPanel'><div class='productImage'>"
        + gallery(name)
        + f"</div><div class='productDescription'><h1 class='page-title nosp'>{heading}</h1><p class='prd-code'>"
        "Product code: 421477</p><div class='big-price'><strong class='current'>"
        f"{price}</strong></div><div class='stock-status'>{stock}</div><div class='addToCart'>{buy}</div></div>"
        "</div><div class='product-classifications'><h2>Specifications</h2><table class='classification'><tbody>"
        f"{classification}</tbody></table></div>"
        + cards(
            "Related products",
            (
                ("LG", "43UJ630V 43&quot; 4K TV", "&pound;379.00", "Out of stock"),
                ("Sony", "KD49XE7003 49&quot; 4K TV", "&pound;549.00", ""),
                ("Panasonic", "TX-40ES400B 40&quot; TV", "&pound;299.00", "Coming soon"),
            ),
        )
        + "</div>"
        + footer(shop, ("LG", "Sony", "Samsung", "Panasonic", "Philips")),
    )


add(
    "hybris-brand-span-in-heading-in-stock-delivery",
    "https://www.curryworld.co.uk/gbuk/tv/samsung-ue55mu6400-55-smart-4k-ultra-hd-10159201-pdt.html",
    hybris(
        "Curry World",
        "SAMSUNG UE55MU6400 55&quot; Smart 4K Ultra HD HDR LED TV",
        "&pound;699.00",
        "<span class='brand'>SAMSUNG</span> <span>UE55MU6400 55&quot; Smart 4K Ultra HD HDR LED TV</span>",
        "<p class='in-stock'><i class='icon-tick'></i> In stock - order now for delivery from tomorrow</p>",
        "<button type='submit' class='btn btn-primary'>Add to basket</button>",
        row("Screen size", "55&quot;") + row("Resolution", "4K Ultra HD"),
    ),
    "InStock",
    "SAMSUNG",
)
add(
    "hybris-de-ausverkauft-disabled-marke-row",
    "https://www.modewelt24.de/tom-tailor-strickpullover-mit-zopfmuster/p/1022533",
    hybris(
        "Modewelt24",
        "Strickpullover mit Zopfmuster",
        "39,99 &euro;",
        "Strickpullover mit Zopfmuster",
        "<p class='out-of-stock'>Leider ausverkauft</p>",
        "<button type='submit' class='btn btn-primary' disabled='disabled'>In den Warenkorb</button>",
        row("Marke", "Tom Tailor") + row("Material", "100% Baumwolle"),
    ),
    "OutOfStock",
    "Tom Tailor",
)


# ---- Shopify (2015-2017 themes) ------------------------------------------------------------------------------


def shopify(shop: str, name: str, price: str, vendor: str, options: str, button: str, extra: str = "") -> str:
    """A Shopify Timber / Supply / Minimal product template: `vendor` (the theme's vendor markup), `options`
    (the variant select), `button`."""
    return doc(
        f"{name} &ndash; {shop}",
        f"<div id='shopify-section-header'><header class='site-header'><h1 class='site-header__logo'><a href='/'>"
        f"{shop}</a></h1><nav><ul class='site-nav'><li><a href='/collections/all'>Shop</a></li><li><a "
        "href='/collections/new'>New</a></li><li><a href='/pages/about'>About</a></li></ul></nav><a href='/cart' "
        "class='cart-link'>Cart (0)</a></header></div><main class='main-content'><div class='grid product-single'>"
        "<div class='grid__item large--seven-twelfths'>"
        + gallery(name, 2)
        + f"</div><div class='grid__item large--five-twelfths'>{vendor}<h1>{name}</h1><form action='/cart/add' "
        f"method='post' enctype='multipart/form-data' id='AddToCartForm'>{options}<div class='product-single__prices'>"
        f"<span id='ProductPrice' class='product-single__price'>{price}</span></div>{button}</form>{extra}"
        "<div class='product-description rte'><p>Made to last. Free returns within 30 days.</p></div>"
        "<div class='social-sharing'><a href='//www.facebook.com/sharer.php'>Share</a> <a "
        "href='//twitter.com/share'>Tweet</a></div></div></div>"
        + cards(
            "More from this collection",
            (
                (shop, "Canvas Tote", "$48.00", "Sold Out"),
                (shop, "Wool Beanie", "$32.00", ""),
                (shop, "Field Cap", "$36.00", "Sold Out"),
            ),
            cls="grid-uniform",
        )
        + f"</main><footer class='site-footer'><p>&copy; 2017, {shop}. Powered by Shopify</p></footer>",
        body_class="template-product",
    )


add(
    "shopify-timber-sold-out-disabled-vendor",
    "https://www.packandpine.com/products/little-america-backpack",
    shopify(
        "Pack & Pine",
        "Little America Backpack - Navy",
        "$99.99",
        "<h3 class='product-vendor'>Herschel Supply Co.</h3>",
        "<select name='id' id='productSelect' class='product-single__variants' style='display:none'><option "
        "disabled='disabled'>Navy - Sold Out</option></select>",
        "<button type='submit' name='add' id='AddToCart' class='btn' disabled='disabled'><span id='AddToCartText'>"
        "Sold Out</span></button>",
    ),
    "OutOfStock",
    "Herschel Supply Co.",
)
add(
    "shopify-brand-own-store-options-sold-out",
    "https://www.taylorstitch.com/products/the-jack-in-heather-grey",
    shopify(
        "Taylor Stitch",
        "The Jack in Heather Grey",
        "$98.00",
        "",
        "<select name='id' id='productSelect'><option disabled='disabled'>S - Sold Out</option><option "
        "selected='selected' value='2201'>M - $98.00</option><option value='2202'>L - $98.00</option></select>",
        "<button type='submit' name='add' id='AddToCart' class='btn'><span id='AddToCartText'>Add to Cart</span>"
        "</button>",
    ),
    "InStock",
    "Taylor Stitch",
)
add(
    "shopify-preorder-button-vendor-collection-link",
    "https://www.northtrailoutfitters.com/products/kanken-classic-backpack-ox-red",
    shopify(
        "North Trail Outfitters",
        "Kanken Classic Backpack - Ox Red",
        "$80.00",
        "<p class='product-meta'><a href='/collections/vendors?q=Fj%C3%A4llr%C3%A4ven'>Fj&auml;llr&auml;ven</a></p>",
        "<select name='id' id='productSelect' style='display:none'><option value='1'>Ox Red</option></select>",
        "<button type='submit' name='add' id='AddToCart' class='btn'><span id='AddToCartText'>Pre-order</span>"
        "</button>",
        "<p class='preorder-note'>Ships early December.</p>",
    ),
    "PreOrder",
    "Fjällräven",
)


# ---- BigCommerce ---------------------------------------------------------------------------------------------


def blueprint(shop: str, name: str, price: str, rows: str, buy: str) -> str:
    """A BigCommerce Blueprint product page: `.DetailRow`s `rows` (brand, availability, shipping)."""
    return doc(
        f"{name} - {shop}",
        header(shop, menu=("Cookware", "Bakeware", "Cutlery", "Gadgets"))
        + "<div id='Container'><div id='Wrapper'><div class='Content Wide' id='LayoutColumn2'><div "
        "class='Block Moveable Panel Breadcrumb' id='ProductBreadcrumb'><ul><li><a href='/'>Home</a></li><li><a "
        f"href='/cookware/'>Cookware</a></li><li>{name}</li></ul></div><div class='Block Moveable Panel' "
        "id='ProductDetails'><div class='BlockContent'><div class='ProductThumb'>"
        + gallery(name, 2)
        + f"</div><div class='ProductMain'><h1>{name}</h1><div class='ProductDetailsGrid'><div class='DetailRow "
        f"PriceRow'><div class='Label'>Price:</div><div class='Value'><em class='ProductPrice VariationProductPrice'>"
        f"{price}</em></div></div>{rows}</div><div class='productAddToCartRight'>{buy}</div></div></div></div>"
        + cards(
            "Customers Who Viewed This Product Also Viewed",
            (
                ("Staub", "Cast Iron Round Cocotte", "$299.95", "Out of stock"),
                ("Tramontina", "Enameled Dutch Oven", "$59.95", ""),
            ),
            cls="SideProductRelated",
        )
        + "</div></div></div>"
        + footer(shop),
    )


def detail_row(label: str, value: str) -> str:
    """A Blueprint `.DetailRow`."""
    return f"<div class='DetailRow'><div class='Label'>{label}:</div><div class='Value'>{value}</div></div>"


BC_BUY = (
    "<div class='AddCartButton'><span class='FloatLeft'>Quantity:</span> <select name='qty[]'><option>1</option>"
    "</select> <input type='image' src='/templates/__custom/images/AddCartButton.gif' alt='Add To Cart' "
    "class='AddCartButton'></div>"
)

add(
    "bc-blueprint-usually-ships-brand-row",
    "https://www.skilletsandmore.com/lodge-10-25-inch-cast-iron-skillet/",
    blueprint(
        "Skillets and More",
        "Lodge 10.25 Inch Cast Iron Skillet",
        "$19.95",
        detail_row("Brand", "<a href='/brands/Lodge.html'>Lodge</a>")
        + detail_row("Availability", "Usually ships in 24 hours")
        + detail_row("Shipping", "Calculated at checkout"),
        BC_BUY,
    ),
    "InStock",
    "Lodge",
)
add(
    "bc-blueprint-no-add-button-availability-row",
    "https://www.skilletsandmore.com/wusthof-classic-8-inch-chefs-knife/",
    blueprint(
        "Skillets and More",
        "Classic 8 Inch Chef's Knife",
        "$149.95",
        detail_row("Brand", "<a href='/brands/Wusthof.html'>W&uuml;sthof</a>")
        + detail_row("Availability", "Currently unavailable"),
        "",
    ),
    "OutOfStock",
    "Wüsthof",
)


def stencil(shop: str, name: str, price: str, brand: str, alert: str, button: str) -> str:
    """A BigCommerce Stencil Cornerstone product view: `brand` (`h2.productView-brand`), an `alert` box, `button`
    (the add-to-cart input)."""
    return doc(
        f"{shop} - {name}",
        f"<header class='header'><h1 class='header-logo'><a href='/'><span class='header-logo-text'>{shop}</span>"
        "</a></h1><nav class='navPages'><ul class='navPages-list'><li><a href='/drinkware/'>Drinkware</a></li><li><a "
        "href='/coolers/'>Coolers</a></li><li><a href='/brands/'>Brands</a></li></ul></nav><a class='navUser-action' "
        "href='/cart.php'>Cart <span class='countPill'>0</span></a></header><main class='body'><div class='container'>"
        "<ul class='breadcrumbs'><li class='breadcrumb'><a href='/'>Home</a></li><li class='breadcrumb'><a "
        f"href='/coolers/'>Coolers</a></li><li class='breadcrumb is-active'>{name}</li></ul><div class='productView'>"
        "<section class='productView-images'>"
        + gallery(name, 2)
        + f"</section><section class='productView-details'><div class='productView-product'><h1 "
        f"class='productView-title'>{name}</h1>{brand}<div class='productView-price'><div class='price-section'>"
        f"<span class='price price--withoutTax'>{price}</span></div></div></div><div class='productView-options'>"
        f"<form class='form' method='post' action='/cart.php'>{alert}<div class='form-action'>{button}</div></form>"
        "</div></section></div>"
        + cards(
            "Related Products",
            (
                ("RTIC", "20 oz Tumbler", "$14.99", "Out of stock"),
                ("Hydro Flask", "32 oz Wide Mouth", "$44.95", ""),
            ),
            cls="productCarousel",
        )
        + f"</div></main><footer class='footer'><p class='powered-by'>&copy; {shop} 2018. Powered by BigCommerce"
        "</p></footer>",
    )


add(
    "bc-stencil-out-of-stock-alert-disabled-input",
    "https://www.coolercountry.com/roadie-20-cooler/",
    stencil(
        "Cooler Country",
        "Roadie 20 Cooler - Tan",
        "$199.99",
        "<h2 class='productView-brand'><a href='/yeti/'><span>YETI</span></a></h2>",
        "<div class='alertBox productAttributes-message' style=''><div class='alertBox-column alertBox-icon'>"
        "<icon glyph='ic-success' class='icon'></icon></div><p class='alertBox-column alertBox-message'><span>Out of"
        " stock</span></p></div>",
        "<input id='form-action-addToCart' class='button button--primary' type='submit' value='Out of stock' "
        "disabled>",
    ),
    "OutOfStock",
    "YETI",
)


# ---- Volusion, 3dcart, Yahoo Store -----------------------------------------------------------------------------


def volusion(shop: str, name: str, price: str, avail: str, buy: str, code: str) -> str:
    """A Volusion 2016 product page (tables and `font` tags)."""
    return doc(
        f"{name}",
        header(shop, menu=("GPS", "Watches", "Fitness", "Sale"))
        + "<table id='content_area' width='100%'><tr><td><b><a href='/' class='nav'>Home</a> &gt; <a "
        "href='/category-s/101.htm' class='nav'>Running Watches</a></b><table width='100%'><tr><td width='50%' "
        "valign='top'>"
        + gallery(name, 1)
        + f"</td><td valign='top'><font class='productnamecolorLARGE colors_productname'><span>{name}</span></font>"
        f"<br><br><b><font class='text colors_text'><i>Product Code: {code}</i></font></b><br><br><font "
        f"class='pricecolor colors_productprice'><font class='text colors_text'><b>Our Price: </b></font>{price}"
        f"</font><br><br><font class='text colors_text'><b>Availability:</b> {avail}</font><br><br>{buy}"
        "</td></tr></table><div id='ProductDetail_ProductDetails_div'><b>Description</b><br>GPS, heart rate at the"
        " wrist, up to 9 days of battery.</div></td></tr></table>"
        + cards(
            "Customers who bought this also bought",
            (
                ("Polar", "M430 GPS Watch", "$229.95", "Out of Stock"),
                ("Suunto", "Spartan Trainer", "$279.00", ""),
            ),
        )
        + footer(shop),
    )


add(
    "volusion-out-of-stock-email-me-title-only-brand",
    "https://www.runnersgpsdepot.com/garmin-forerunner-235-p/010-03717-54.htm",
    volusion(
        "Runner's GPS Depot",
        "Garmin Forerunner 235 GPS Running Watch",
        "$249.99",
        "Out of Stock <a href='/EmailWhenBackInStock.asp?ProductCode=010-03717-54'>Email me when back in stock</a>",
        "",
        "010-03717-54",
    ),
    "OutOfStock",
    "Garmin",
)


def threedcart(shop: str, name: str, price: str, fields: str, buy: str) -> str:
    """A 3dcart core-template product page."""
    return doc(
        f"{name} - {shop}",
        header(shop, menu=("Bakeware", "Storage", "Glassware"))
        + "<div id='mainContent'><div class='breadcrumbs'><a href='/'>Home</a> &gt; <a href='/bakeware_c_12.html'>"
        "Bakeware</a></div><div id='product-detail-div'><div class='prod-thumb'>"
        + gallery(name, 2)
        + f"</div><div class='product-info'><h1 class='page_headers'>{name}</h1><div class='item-fields'>{fields}"
        f"</div><div class='prod-price'><span class='price'>{price}</span></div><div class='add-to-cart'>{buy}"
        "</div></div></div>"
        + cards(
            "Related Items",
            (
                ("Anchor Hocking", "8x8 Glass Baking Dish", "$12.99", "Out of Stock"),
                ("OXO", "Pie Server", "$9.99", ""),
            ),
        )
        + "</div>"
        + footer(shop),
    )


add(
    "3dcart-backordered-manufacturer-link",
    "https://www.bakersbasics.com/pyrex-easy-grab-3-quart-casserole_p_231.html",
    threedcart(
        "Baker's Basics",
        "Easy Grab 3-Quart Oblong Baking Dish",
        "$17.99",
        "<div class='item-field'><span class='field-label'>Item Number:</span> 1085800</div><div class='item-field'>"
        "<span class='field-label'>Manufacturer:</span> <a href='/pyrex_m_5.html'>Pyrex</a></div><div "
        "class='item-field'><span class='field-label'>Availability:</span> <span id='availability'>Backordered"
        "</span></div>",
        "<input type='text' name='qty-0' value='1' size='3'> <input type='submit' class='btn' value='Add To Cart'>",
    ),
    "BackOrder",
    "Pyrex",
)


def yahoo(shop: str, name: str, price: str, info: str, buy: str) -> str:
    """A Yahoo Store page of the era (RTML tables)."""
    return doc(
        f"{name}",
        f"<table width='100%'><tr><td><a href='index.html'><img src='/lib/{slug(shop)}/logo.gif' alt='{shop}'></a>"
        "</td><td align='right'><a href='/cgi-bin/wg-order?shop'>View Cart</a></td></tr></table><table "
        "width='100%'><tr><td valign='top' width='160' class='leftnav'><a href='grills.html'>Grills</a><br><a "
        "href='smokers.html'>Smokers</a><br><a href='brands.html'>Shop by Brand</a></td><td valign='top'>"
        f"<div class='breadcrumbs'><a href='index.html'>Home</a> &gt; <a href='grills.html'>Grills</a></div><h1 "
        f"class='itemtitle'>{name}</h1><table><tr><td>"
        + gallery(name, 1)
        + f"</td><td valign='top'>{info}<div class='price'>Our Price: <b>{price}</b></div><form method='post' "
        f"action='https://order.store.yahoo.net/cgi-bin/wg-order?{slug(shop)}'>{buy}</form></td></tr></table>"
        "</td></tr></table>"
        + cards("You may also like", (("Char-Broil", "Performance 4-Burner Grill", "$299.00", "Sold Out"),))
        + f"<div class='footer'>Copyright &copy; 2016 {shop}. All rights reserved.</div>",
    )


add(
    "yahoo-ships-in-2-3-weeks-manufacturer-bold",
    "https://www.grillsandsmokersonline.com/weber-spirit-e310.html",
    yahoo(
        "Grills and Smokers Online",
        "Spirit E-310 Natural Gas Grill - Black",
        "$549.00",
        "<table class='specs'><tr><td><b>Manufacturer:</b> Weber</td></tr><tr><td><b>Model:</b> 46510001</td></tr>"
        "<tr><td><b>Ships:</b> Ships in 2-3 weeks</td></tr></table>",
        "<input name='vwquantity' type='text' value='1' size='2'> <input type='submit' value='Add to Cart'>",
    ),
    "InStock",
    "Weber",
)


# ---- WooCommerce ---------------------------------------------------------------------------------------------


def woo(shop: str, name: str, price: str, stock: str, cart: str, meta: str, before: str = "") -> str:
    """A WooCommerce 3.x (Storefront) single product: `stock` (`p.stock`), `cart` (the form), `meta`
    (`div.product_meta`), `before` (a brands plugin's block above the title)."""
    return doc(
        f"{name} &#8211; {shop}",
        f"<header id='masthead' class='site-header'><div class='site-branding'><a href='/' class='custom-logo-link'>"
        f"<img src='/wp-content/uploads/logo.png' alt='{shop}'></a><p class='site-title'>{shop}</p></div><nav "
        "class='main-navigation'><ul><li><a href='/shop/'>Shop</a></li><li><a href='/brands/'>Brands</a></li><li><a "
        "href='/blog/'>Journal</a></li></ul></nav><ul class='site-header-cart'><li><a class='cart-contents' "
        "href='/cart/'><span class='woocommerce-Price-amount amount'>$0.00</span> <span class='count'>0 items</span>"
        "</a></li></ul></header><div id='content' class='site-content'><nav class='woocommerce-breadcrumb'><a "
        f"href='/'>Home</a>&nbsp;/&nbsp;<a href='/product-category/stationery/'>Stationery</a>&nbsp;/&nbsp;{name}</nav>"
        "<div class='product type-product'><div class='woocommerce-product-gallery images'>"
        + gallery(name, 2)
        + f"</div><div class='summary entry-summary'>{before}<h1 class='product_title entry-title'>{name}</h1><p "
        f"class='price'><span class='woocommerce-Price-amount amount'><span class='woocommerce-Price-currencySymbol'>"
        f"$</span>{price}</span></p><div class='woocommerce-product-details__short-description'><p>Acid-free pages, "
        f"ribbon marker, elastic closure.</p></div>{stock}{cart}<div class='product_meta'>{meta}</div></div>"
        "<div class='woocommerce-tabs wc-tabs-wrapper'><ul class='tabs wc-tabs'><li><a href='#tab-description'>"
        "Description</a></li><li><a href='#tab-reviews'>Reviews (2)</a></li></ul></div>"
        "<section class='related products'><h2>Related products</h2><ul class='products'><li class='product'><a "
        "href='/product/leuchtturm-a5/'><img src='/wp-content/uploads/leuchtturm.jpg' alt=''><h2 "
        "class='woocommerce-loop-product__title'>Leuchtturm1917 A5 Dotted</h2><span class='price'><span "
        "class='woocommerce-Price-amount amount'>$19.95</span></span></a><span class='outofstock-badge'>Out of stock"
        "</span></li><li class='product'><a href='/product/rhodia-pad/'><h2 "
        "class='woocommerce-loop-product__title'>Rhodia No. 16 Pad</h2><span class='price'>$8.50</span></a><a "
        "href='?add-to-cart=77' class='button add_to_cart_button'>Add to cart</a></li></ul></section></div></div>"
        f"<footer class='site-footer'><div class='site-info'>&copy; {shop} 2018 &middot; Built with Storefront &amp;"
        " WooCommerce.</div></footer>",
        body_class="product-template-default single single-product woocommerce",
    )


WOO_CART = (
    "<form class='cart' method='post' enctype='multipart/form-data'><div class='quantity'><input type='number' "
    "class='input-text qty text' step='1' min='1' name='quantity' value='1'></div><button type='submit' "
    "name='add-to-cart' value='412' class='single_add_to_cart_button button alt'>Add to cart</button></form>"
)

add(
    "woo-count-in-stock-brand-meta-tag",
    "https://www.inkandleaf.com/product/moleskine-classic-notebook-large-ruled/",
    woo(
        "Ink &amp; Leaf",
        "Classic Notebook Large Ruled Hard Cover",
        "19.95",
        "<p class='stock in-stock'>3 in stock</p>",
        WOO_CART,
        "<span class='sku_wrapper'>SKU: <span class='sku'>MOL-QP060</span></span> <span class='posted_in'>Category:"
        " <a href='/product-category/notebooks/' rel='tag'>Notebooks</a></span> <span class='posted_in'>Brand: <a "
        "href='/brand/moleskine/' rel='tag'>Moleskine</a></span>",
    ),
    "InStock",
    "Moleskine",
)
add(
    "woo-variable-out-of-stock-pwb-logo",
    "https://www.inkandleaf.com/product/wide-mouth-bottle-32-oz/",
    woo(
        "Ink &amp; Leaf",
        "Wide Mouth Tritan Bottle 32 oz",
        "11.99",
        "<p class='stock out-of-stock'>This product is currently out of stock and unavailable.</p>",
        "",
        "<span class='sku_wrapper'>SKU: <span class='sku'>N/A</span></span> <span class='posted_in'>Category: <a "
        "href='/product-category/bottles/' rel='tag'>Bottles</a></span>",
        before="<div class='pwb-single-product-brands pwb-clearfix'><a href='/brand/nalgene/' title='View brand'>"
        "<img width='150' height='60' src='/wp-content/uploads/nalgene-logo.png' alt='Nalgene'></a></div>",
    ),
    "OutOfStock",
    "Nalgene",
)
add(
    "woo-available-on-backorder-no-brand",
    "https://www.inkandleaf.com/product/linen-journal-a5/",
    woo(
        "Ink &amp; Leaf",
        "Linen Journal A5 - Natural",
        "24.00",
        "<p class='stock available-on-backorder'>Available on backorder</p>",
        WOO_CART,
        "<span class='sku_wrapper'>SKU: <span class='sku'>IL-LJ-A5</span></span> <span class='posted_in'>Category: "
        "<a href='/product-category/journals/' rel='tag'>Journals</a></span> <span class='tagged_as'>Tags: <a "
        "href='/tag/gift/' rel='tag'>Gift</a>, <a href='/tag/linen/' rel='tag'>Linen</a></span>",
    ),
    "BackOrder",
    None,
)


# ---- PrestaShop 1.6 -----------------------------------------------------------------------------------------


def prestashop(name: str, price: str, avail: str, cart_class: str, extra: str, brand: str = "") -> str:
    """A PrestaShop 1.6 default-bootstrap product page: `avail` (`#availability_statut`), `cart_class` (the
    add-to-cart box's class: "unvisible" hides it by CSS), `extra` (the stock-alert or last-items block)."""
    shop = "Maison Cuisine"
    return doc(
        f"{name} - {shop}",
        f"<div id='page'><div class='header-container'><header id='header'><div class='nav'><a href='/contact-us'>"
        f"Contact us</a> <a href='/my-account' class='login'>Sign in</a></div><div id='header_logo'><a href='/'>"
        f"<img class='logo img-responsive' src='/img/logo.jpg' alt='{shop}'></a></div><div class='shopping_cart'>"
        "<a href='/order' title='View my shopping cart'><b>Cart</b> <span class='ajax_cart_no_product'>(empty)"
        "</span></a></div><div id='block_top_menu'><ul class='sf-menu'><li><a href='/3-cookware'>Cookware</a></li>"
        "<li><a href='/manufacturers'>Brands</a></li></ul></div></header></div><div class='columns-container'>"
        "<div class='breadcrumb clearfix'><a class='home' href='/'>Home</a><span class='navigation-pipe'>&gt;</span>"
        f"<a href='/3-cookware'>Cookware</a><span class='navigation-pipe'>&gt;</span>{name}</div>"
        "<div class='primary_block row'><div class='pb-left-column col-xs-12 col-sm-4 col-md-5'>"
        + gallery(name, 2)
        + f"</div><div class='pb-center-column col-xs-12 col-sm-4'>{brand}<h1>{name}</h1><p id='product_reference'>"
        "<label>Reference: </label><span class='editable'>demo_12</span></p><p id='product_condition'><label>"
        f"Condition: </label><span class='editable'>New product</span></p>{avail}{extra}</div><div "
        "class='pb-right-column col-xs-12 col-sm-4 col-md-3'><form id='buy_block' action='/cart' method='post'>"
        f"<div class='box-info-product'><div class='content_prices clearfix'><p class='our_price_display'><span "
        f"id='our_price_display' class='price'>{price}</span></p></div><div class='box-cart-bottom'><div "
        f"class='{cart_class}'><p id='add_to_cart' class='buttons_bottom_block no-print'><button type='submit' "
        "name='Submit' class='exclusive'><span>Add to cart</span></button></p></div></div></div></form></div></div>"
        "<section class='page-product-box blockproductscategory'><h3 class='productscategory_h3 page-product-heading'>"
        "12 other products in the same category:</h3><ul class='product_list'><li><a href='/casserole-24'>Casserole 24"
        " cm</a><span class='price'>59,90 &euro;</span><span class='availability'><span class='label-warning'>"
        "Out of stock</span></span></li></ul></section></div></div>",
        lang="en",
    )


add(
    "ps16-no-longer-in-stock-hidden-cart-manufacturer-logo",
    "https://www.maisoncuisine.eu/cookware/38-moulinex-multicuiseur.html",
    prestashop(
        "Cookeo Multicooker CE7011",
        "149,90 &euro;",
        "<p id='availability_statut'><span id='availability_label'>Availability:</span> <span id='availability_value'"
        " class='label label-danger'>This product is no longer in stock</span></p>",
        "unvisible",
        "<p id='oosHook'><span>Notify me when available</span> <input type='text' id='oos_customer_email' "
        "name='customer_email' value='your@email.com'> <a href='#' id='mailalert_link'>Notify me when available</a>"
        "</p>",
        brand="<div class='manufacturer-logo'><a href='/manufacturer/12-moulinex'><img src='/img/m/12.jpg' "
        "alt='Moulinex'></a></div>",
    ),
    "OutOfStock",
    "Moulinex",
)
add(
    "ps16-last-items-warning-data-sheet-brand",
    "https://www.maisoncuisine.eu/cookware/41-tefal-ingenio-set.html",
    prestashop(
        "Ingenio Essential 10-Piece Pan Set",
        "89,90 &euro;",
        "<p id='availability_statut'><span id='availability_label'>Availability:</span> <span id='availability_value'"
        " class='label label-success'>In stock</span></p>",
        "",
        "<p id='pQuantityAvailable'><span id='quantityAvailable'>2</span> <span id='quantityAvailableTxt'>Items"
        "</span></p><p class='warning_inline' id='last_quantities'>Warning: Last items in stock!</p><section "
        "class='page-product-box'><h3 class='page-product-heading'>Data sheet</h3><table class='table-data-sheet'>"
        "<tr class='odd'><td>Brand</td><td>Tefal</td></tr><tr class='even'><td>Pieces</td><td>10</td></tr></table>"
        "</section>",
    ),
    "InStock",
    "Tefal",
)


# ---- marketplaces ---------------------------------------------------------------------------------------------


def ebay(name: str, price: str, qty: str, status: str, buy: str, specifics: str) -> str:
    """An eBay 2017 View Item page: `qty` (the quantity line), `status` (an ended-listing message or ""), `buy`."""
    return doc(
        f"{name} | eBay",
        "<div id='gh-gb'><a id='gh-la' href='https://www.ebay.com/'><img alt='eBay Logo' src='/ebay.png'></a><form "
        "id='gh-f' action='/sch/i.html'><input id='gh-ac' name='_nkw' placeholder='Search for anything'><input "
        "type='submit' id='gh-btn' value='Search'></form><a href='/myb/Summary'>My eBay</a> <a href='/cart'>Cart</a>"
        f"</div><div id='vi-VR'>{status}<div id='CenterPanel'><div id='PicturePanel'>"
        + gallery(name, 2)
        + f"</div><div id='LeftSummaryPanel'><h1 class='it-ttl' id='itemTitle'><span class='g-hdn'>Details about "
        f"&nbsp;</span>{name}</h1><div class='nonActPanel'><div id='vi-itm-cond'>New</div><div id='qtySubTxt'>{qty}"
        "</div><span class='notranslate' id='prcIsum'>"
        f"{price}</span>{buy}</div></div><div id='RightSummaryPanel'><div class='si-cnt'><h2>Seller information</h2>"
        "<a href='/usr/techdeals2017'><span class='mbg-nw'>techdeals2017</span></a> (12045) 99.6% Positive feedback"
        "</div></div></div><div id='viTabs_0_is'><div class='itemAttr'><h2>Item specifics</h2><table><tbody>"
        f"{specifics}</tbody></table></div></div>"
        + cards(
            "Similar sponsored items",
            (
                ("Samsung", "Galaxy S7 32GB Unlocked", "$289.99", "Last one"),
                ("Apple", "iPhone 6s 64GB", "$229.00", "Almost gone"),
            ),
            cls="merch-module",
        )
        + "</div><footer id='glbfooter'><p>Copyright &copy; 1995-2017 eBay Inc. All Rights Reserved.</p></footer>",
    )


def spec(label: str, value: str) -> str:
    """An eBay item specifics pair."""
    return f"<tr><td class='attrLabels'>{label}:</td><td><span>{value}</span></td></tr>"


EBAY_BUY = (
    "<div id='qtyDiv'><label for='qtyTextBox'>Quantity:</label><input id='qtyTextBox' name='quantity' value='1'>"
    "</div><a id='binBtn_btn' class='btn btn-prim' href='https://offer.ebay.com/ws/eBayISAPI.dll?BinConfirm'>Buy It "
    "Now</a> <a id='isCartBtn_btn' class='btn btn-scnd' href='https://cart.payments.ebay.com/sc/add'>Add to cart</a>"
)

add(
    "ebay-more-than-10-available-specifics-brand",
    "https://www.ebay.com/itm/Apple-iPhone-7-32GB-Black-Unlocked/282415736012",
    ebay(
        "Apple iPhone 7 32GB Black (Unlocked) A1660 Smartphone",
        "US $449.99",
        "More than 10 available / <a href='/bin/purchaseHistory'>235 sold</a>",
        "",
        EBAY_BUY,
        spec("Condition", "New")
        + spec("Brand", "Apple")
        + spec("Model", "iPhone 7")
        + spec("Storage Capacity", "32GB"),
    ),
    "InStock",
    "Apple",
)
add(
    "ebay-ended-no-longer-available-specifics-brand",
    "https://www.ebay.com/itm/Dooney-Bourke-Florentine-Satchel/302231954870",
    ebay(
        "Dooney &amp; Bourke Florentine Vachetta Small Satchel Natural NWT",
        "US $168.00",
        "",
        "<div class='msgPad'><div class='statusContent'><span class='statusLeftContent'><span id='w1-3-_msg' "
        "class='msgTextAlign'>This listing was ended by the seller because the item is no longer available.</span>"
        "</span></div></div>",
        "",
        spec("Condition", "New with tags") + spec("Brand", "Dooney &amp; Bourke") + spec("Style", "Satchel"),
    ),
    "OutOfStock",
    "Dooney & Bourke",
)


def etsy(name: str, shop: str, price: str, buy: str) -> str:
    """An Etsy 2017 listing page (the shop's name is the seller's, not a maker label)."""
    return doc(
        f"{name} | Etsy",
        "<header id='gnav-header'><a href='/' class='etsy-logo'>Etsy</a><form action='/search'><input name='q' "
        "placeholder='Search for items or shops'></form><a href='/cart'>Cart</a></header><div id='content'><div "
        "class='listing-page'><div class='image-col'>"
        + gallery(name, 3)
        + f"</div><div class='buy-box'><div class='shop-name'><a href='/shop/{slug(shop)}'>{shop}</a></div><h1 "
        f"data-buy-box-listing-title='true'>{name}</h1><p class='text-largest'>{price}</p>{buy}<div "
        "class='shipping'><p>Ready to ship in 1&ndash;3 business days from United States</p></div></div></div>"
        + cards(
            "You may also like",
            (
                ("CedarAndSage", "Leather Key Fob", "$14.00", "Only 1 available"),
                ("OakStudio", "Ring Dish", "$22.00", ""),
            ),
        )
        + "</div><footer><p>&copy; 2017 Etsy, Inc.</p></footer>",
    )


add(
    "etsy-sorry-sold-out-similar-items",
    "https://www.etsy.com/listing/512347722/personalized-leather-journal-cover",
    etsy(
        "Personalized Leather Journal Cover, Refillable A5 Notebook",
        "WildHideGoods",
        "$48.00",
        "<div class='sold-out-message'><p class='text-body-larger'>Sorry, this item is sold out</p><a "
        "href='/shop/wildhidegoods'>Browse similar items</a></div>",
    ),
    "OutOfStock",
    SKIP,
)


def amazon_like(name: str, byline: str, price: str, avail: str, buy: str, shop: str = "Amazon.com") -> str:
    """An Amazon 2017 detail page (`#productTitle`, `#bylineInfo`, `#availability`, the buy box)."""
    return doc(
        f"Amazon.com: {name}: Home &amp; Kitchen",
        "<header id='navbar'><a href='/ref=nav_logo' class='nav-logo-link'>Amazon</a><form name='site-search'><input "
        "id='twotabsearchtextbox' name='field-keywords'><input type='submit' value='Go'></form><a "
        "href='/gp/cart/view.html' id='nav-cart'>Cart 0</a></header><div id='dp-container'><div id='leftCol'>"
        + gallery(name, 4)
        + f"</div><div id='centerCol'><div id='title_feature_div'><h1 id='title'><span id='productTitle'>{name}</span>"
        f"</h1></div><div id='bylineInfo_feature_div'>{byline}</div><div id='averageCustomerReviews'><span>4.4 out of "
        "5 stars</span> <a href='#customerReviews'>1,284 customer reviews</a></div><div id='price'><table><tr><td>"
        f"Price:</td><td><span id='priceblock_ourprice' class='a-size-medium a-color-price'>{price}</span></td></tr>"
        f"</table></div><div id='availability' class='a-section a-spacing-none'>{avail}</div><div "
        f"id='merchant-info'>Ships from and sold by {shop}.</div></div><div id='rightCol'><div id='buybox'>{buy}"
        "</div></div>"
        + cards(
            "Customers who bought this item also bought",
            (
                ("Mpow", "Bluetooth Receiver", "$19.99", "Only 5 left in stock - order soon."),
                ("Aukey", "USB C Charger", "$15.99", "Currently unavailable."),
            ),
            cls="a-carousel",
        )
        + "</div><div id='navFooter'><p>&copy; 1996-2017, Amazon.com, Inc. or its affiliates</p></div>",
    )


AMZ_BUY = (
    "<form id='addToCart' method='post' action='/gp/product/handle-buy-box'><select name='quantity' "
    "id='quantity'><option>1</option></select><input id='add-to-cart-button' name='submit.add-to-cart' "
    "type='submit' value='Add to Cart'><input id='buy-now-button' type='submit' value='Buy Now'></form>"
)

add(
    "amazon-like-currently-unavailable-byline-brand-link",
    "https://www.amazon.com/Anker-PowerCore-20100-Ultra-High-Capacity/dp/B00X5RV14Y",
    amazon_like(
        "PowerCore 20100 - Ultra High Capacity Power Bank with 4.8A Output",
        "<a id='bylineInfo' class='a-link-normal' href='/Anker/b/ref=bl_dp_s_web_2529470011?ie=UTF8&amp;node="
        "2529470011'>Anker</a>",
        "",
        "<span class='a-size-medium a-color-price'>Currently unavailable.</span><br>We don't know when or if this "
        "item will be back in stock.",
        "<div id='outOfStock'><span class='a-color-price'>Currently unavailable.</span><a href='/gp/offer-listing/'"
        ">See All Buying Options</a></div>",
    ),
    "OutOfStock",
    "Anker",
)
add(
    "amazon-like-only-2-left-by-brand-line",
    "https://www.amazon.com/Hamilton-Beach-49981A-Single-Brewer/dp/B00VKNZ7NE",
    amazon_like(
        "Single Serve Coffee Maker and Coffee Pot Brewer, 49981A",
        "by <a id='brand' class='a-link-normal' href='/s?field-brandtextbin=Hamilton+Beach'>Hamilton Beach</a>",
        "$59.99",
        "<span class='a-size-medium a-color-success'>Only 2 left in stock - order soon.</span>",
        AMZ_BUY,
    ),
    "InStock",
    "Hamilton Beach",
)


def walmart_like(name: str, brand: str, price: str, avail: str, buy: str, seller: str) -> str:
    """A Walmart 2017 item page (brand link above the title, "Sold &amp; shipped by")."""
    return doc(
        f"{name} - Walmart.com",
        header("Walmart", menu=("Departments", "Services", "Savings"))
        + crumbs("Home", "Furniture", "Living Room", "TV Stands", name)
        + "<div class='ProductPage'><div class='prod-HeroImage'>"
        + gallery(name, 3)
        + f"</div><div class='prod-ProductOffer'>{brand}<h1 class='prod-ProductTitle'><div>{name}</div></h1><div "
        f"class='prod-PriceHero'><span class='price-characteristic'>{price}</span></div><div class='prod-SoldShipByMsg'>"
        f"Sold &amp; shipped by <a href='/seller/101'>{seller}</a></div><div class='prod-ProductCTA'>{avail}{buy}"
        "</div></div></div>"
        + cards(
            "Customers also considered",
            (
                ("Ameriwood Home", "Parsons TV Stand", "$49.99", "Out of stock"),
                ("Sauder", "Corner TV Stand", "$89.00", ""),
            ),
        )
        + footer("Walmart.com", ("Mainstays", "Better Homes &amp; Gardens", "Sauder")),
    )


add(
    "walmart-like-out-of-stock-alert-brand-link",
    "https://www.walmart.com/ip/Mainstays-TV-Stand-for-TVs-up-to-42/46471651",
    walmart_like(
        "TV Stand for TVs up to 42&quot;, Espresso",
        "<a class='prod-brandName' href='/brand/mainstays/10401224'>Mainstays</a>",
        "$39.88",
        "<div class='prod-ProductOffer-oosMsg'><span>Out of stock</span></div>",
        "<button class='button button--primary' type='button'>Get In-Stock Alert</button>",
        "Walmart",
    ),
    "OutOfStock",
    "Mainstays",
)


# ---- fashion department stores, UK / EU ---------------------------------------------------------------------


def fashion(
    shop: str,
    name: str,
    price: str,
    brand: str,
    sizes: str,
    stock: str,
    buy: str,
    lang: str = "en",
    money: str = "$",
) -> str:
    """A fashion shop's product page of 2016-2018 (Nordstrom, Selfridges, Zalando, ASOS-like): the designer
    (`brand`) above the name, a size list, a stock line, the bag button."""
    return doc(
        f"{name} | {shop}",
        header(shop, money, ("Designers", "Women", "Men", "Shoes", "Beauty"))
        + "<div class='pdp-page'><div class='pdp-gallery'>"
        + gallery(name, 4)
        + f"</div><div class='pdp-info'>{brand}<h1 class='product-title'>{name}</h1><div class='price-display'>"
        f"<span class='current-price'>{price}</span></div><div class='size-selector'><h4>Size</h4><ul "
        f"class='size-list'>{sizes}</ul><a href='#size-guide' class='size-guide'>Size guide</a></div>{stock}{buy}"
        "<div class='delivery-info'><p>Free standard delivery and free returns. Express delivery available.</p></div>"
        "</div></div>"
        + cards(
            "Complete the look",
            (
                ("Topshop", "Ribbed Tank", f"{money}18.00", "Low in stock"),
                ("Vince", "Cashmere Crewneck", f"{money}295.00", "Sold out"),
                ("Rag &amp; Bone", "Dre Jeans", f"{money}225.00", ""),
            ),
        )
        + reviews(("Anna", "Love it, size down."))
        + footer(shop, ("Acne Studios", "Gucci", "Topshop", "Vince")),
        lang=lang,
    )


SIZES = "<li><button type='button'>XS</button></li><li><button type='button'>S</button></li><li><button type='button'>M</button></li>"
BAG = "<button type='submit' class='add-to-bag btn-primary'>Add to Bag</button>"

add(
    "nordstrom-like-brand-section-over-title",
    "https://shop.nordstromrack.com/s/zella-live-in-high-waist-leggings/3967225",
    fashion(
        "Nordstrand",
        "Live In High Waist Leggings",
        "$54.00",
        "<section class='brand-title'><h2><a href='/brands/zella--7085'>Zella</a></h2></section>",
        SIZES,
        "<p class='low-stock'>Only a few left</p>",
        BAG,
    ),
    "InStock",
    "Zella",
)
add(
    "selfridges-like-brand-span-sizes-sold-out",
    "https://www.selfbridges.com/GB/en/cat/acne-studios-mustang-leather-jacket_R00012345/",
    fashion(
        "Selfbridges",
        "Mustang leather jacket",
        "&pound;1,200.00",
        "<p class='pdp-brand'><a href='/GB/en/cat/acne-studios/'>ACNE STUDIOS</a></p>",
        "<li class='sold-out'><button type='button' disabled>34 - Sold out</button></li><li><button type='button'>36"
        "</button></li><li class='sold-out'><button type='button' disabled>38 - Sold out</button></li>",
        "",
        BAG,
        money="&pound;",
    ),
    "InStock",
    "ACNE STUDIOS",
)
add(
    "zalando-like-ausverkauft-benachrichtigen",
    "https://www.zalanda.de/nike-sportswear-air-max-90-sneaker-low-ni112o0bb-a11.html",
    fashion(
        "Zalanda",
        "AIR MAX 90 - Sneaker low",
        "129,95 &euro;",
        "<h2 class='brand-name'><a href='/nike-sportswear/'>Nike Sportswear</a></h2>",
        "<li class='out'>40</li><li class='out'>41</li><li class='out'>42</li>",
        "<p class='sold-out-msg'>Dieser Artikel ist leider ausverkauft.</p>",
        "<button type='button' class='notify-me'>Benachrichtigen, wenn verf&uuml;gbar</button>",
        lang="de",
        money="&euro;",
    ),
    "OutOfStock",
    "Nike Sportswear",
)
add(
    "johnlewis-like-out-of-stock-online-email-me-brand-spec",
    "https://www.johnlouis.com/joseph-joseph-nest-9-plus-bowl-set/p231542",
    fashion(
        "John Louis",
        "Nest 9 Plus Food Preparation Bowl Set",
        "&pound;40.00",
        "",
        "",
        "<div class='stock-panel'><p class='out-of-stock'>Out of stock online</p><a class='email-me' "
        "href='/stock-alert?p=231542'>Email me when it's back in stock</a></div><table class='product-specs'><tr>"
        "<th>Brand</th><td>Joseph Joseph</td></tr><tr><th>Dishwasher safe</th><td>Yes</td></tr></table>",
        "",
        money="&pound;",
    ),
    "OutOfStock",
    "Joseph Joseph",
)


# ---- electronics ----------------------------------------------------------------------------------------------


def electronics(
    shop: str, name: str, price: str, above: str, lines: str, buy: str, doc_title: str = ""
) -> str:
    """An electronics retailer's product page of 2017 (Best Buy, Newegg, Crutchfield-like): `above` the title,
    `lines` (model / sku / stock lines), `buy`."""
    return doc(
        doc_title or f"{name} - {shop}",
        header(shop, menu=("TV & Home Theater", "Computers", "Cameras", "Deals"))
        + crumbs("TV & Home Theater", "TVs", name)
        + "<div class='pdp-main'><div class='shop-media-gallery'>"
        + gallery(name, 3)
        + f"</div><div class='sku-details'>{above}<div class='sku-title'><h1>{name}</h1></div>{lines}<div "
        f"class='priceView'><div class='priceView-customer-price'><span>{price}</span></div></div><div "
        f"class='fulfillment-add-to-cart-button'>{buy}</div></div></div>"
        + cards(
            "Customers also viewed",
            (
                ("LG", "55&quot; Class OLED 4K TV", "$1,799.99", "Sold Out"),
                ("Vizio", "65&quot; Class 4K SmartCast TV", "$899.99", "Coming Soon"),
            ),
        )
        + footer(shop, ("Sony", "LG", "Samsung", "Vizio")),
    )


add(
    "bestbuy-like-sold-out-button-brand-dash-title",
    "https://www.bestbuys.com/site/sony-65-class-led-2160p-smart-4k-uhd-tv-with-hdr/5770903.p?skuId=5770903",
    electronics(
        "Best Buys",
        "Sony - 65&quot; Class (64.5&quot; Diag.) - LED - 2160p - Smart - 4K UHD TV with HDR - Black",
        "$1,499.99",
        "",
        "<div class='sku-model'><span class='product-data'>Model: <span>XBR65X900E</span></span> <span "
        "class='product-data'>SKU: <span>5770903</span></span></div>",
        "<button type='button' class='btn btn-disabled btn-lg add-to-cart-button' disabled>Sold Out</button>",
    ),
    "OutOfStock",
    "Sony",
)
add(
    "newegg-like-out-of-stock-auto-notify-brand-logo",
    "https://www.neweggs.com/Product/Product.aspx?Item=N82E16814487335",
    electronics(
        "Neweggs",
        "EVGA GeForce GTX 1080 Ti FTW3 GAMING, 11G-P4-6696-KR, 11GB GDDR5X",
        "$779.99",
        "<div class='brand'><a href='/EVGA/BrandStore/ID-1441'><img src='/brandimage/Brand1441.gif' alt='EVGA' "
        "title='EVGA'></a></div>",
        "<div id='landingpage-stock'><span>OUT OF STOCK.</span></div>",
        "<a class='btn btn-secondary' href='/Common/AutoNotify'>Auto Notify</a>",
    ),
    "OutOfStock",
    "EVGA",
)
add(
    "crutchfield-like-in-stock-ships-today-shop-all",
    "https://www.crutchfeld.com/p_150RP600MB/Klipsch-RP-600M-Ebony.html",
    electronics(
        "Crutchfeld",
        "RP-600M (Ebony) Bookshelf speakers",
        "$549.00 pair",
        "",
        "<div class='stock-line'><span class='in-stock'>In stock</span> &middot; <span>Ships today</span></div>"
        "<div class='shop-brand'><a href='/g_150/Klipsch/Klipsch.html'>Shop all Klipsch</a></div>",
        "<button type='submit' class='btn btn-primary addToCart'>Add to Cart</button>",
    ),
    "InStock",
    "Klipsch",
)


# ---- sporting goods ------------------------------------------------------------------------------------------


def sports(
    shop: str, name: str, price: str, above: str, picker: str, stock: str, buy: str, money: str = "$"
) -> str:
    """A sporting goods shop's product page (REI, Backcountry, Sports Direct-like)."""
    return doc(
        f"{name} | {shop}",
        header(shop, money, ("Camp & Hike", "Climb", "Cycle", "Run", "Brands"))
        + crumbs("Men", "Jackets", "Rain Jackets", name)
        + "<div id='product-page' class='product-page'><div class='product-media'>"
        + gallery(name, 4)
        + f"</div><div class='product-buy-box'>{above}<h1 class='product-title'>{name}</h1><div class='product-price'>"
        f"<span class='price-value'>{price}</span></div><div class='product-sizes'>{picker}</div>{stock}{buy}"
        "<p class='ship-note'>Free shipping on orders over $50. Free returns.</p></div></div>"
        + cards(
            "Similar products",
            (
                ("Marmot", "PreCip Jacket", f"{money}99.95", "Backordered"),
                ("Arc'teryx", "Beta AR Jacket", f"{money}575.00", "Sold out"),
                ("Outdoor Research", "Helium II Jacket", f"{money}159.00", ""),
            ),
        )
        + reviews(
            ("ridge_runner", "Kept me dry in the Cascades. Sold out in my size last spring, glad it's back.")
        )
        + footer(shop, ("Patagonia", "Marmot", "Arc'teryx", "The North Face")),
    )


SPORT_BUY = "<button type='submit' class='btn add-to-cart-button'>Add to Cart</button>"

add(
    "rei-like-ships-in-2-3-weeks-brand-link-above",
    "https://www.reicoop.com/product/895342/patagonia-torrentshell-jacket-mens",
    sports(
        "REI Co-op Outfitters",
        "Torrentshell Jacket - Men's",
        "$129.00",
        "<a href='/b/patagonia' class='product-brand'>Patagonia</a>",
        "<label for='size'>Size</label><select id='size'><option>S</option><option>M</option><option>L</option>"
        "</select>",
        "<p class='availability-msg'>Ships in 2-3 weeks</p>",
        SPORT_BUY,
    ),
    "InStock",
    "Patagonia",
)
add(
    "backcountry-like-per-size-stock-table-logo-shop-all",
    "https://www.backcountryhub.com/the-north-face-venture-2-jacket-mens",
    sports(
        "Backcountry Hub",
        "Venture 2 Jacket - Men's",
        "$99.00",
        "<div class='product-brand-logo'><a href='/the-north-face'><img src='/images/brand/tnf.png' alt='The North "
        "Face'></a><a href='/the-north-face' class='shop-all'>Shop all The North Face</a></div>",
        "<table class='size-stock'><tr><th>Size</th><th>Stock</th></tr><tr><td>S</td><td>Out of stock</td></tr><tr>"
        "<td>M</td><td>In stock (2 left)</td></tr><tr><td>L</td><td>Out of stock</td></tr></table>",
        "",
        SPORT_BUY,
    ),
    "InStock",
    "The North Face",
)
add(
    "sportsdirect-like-all-sizes-out-email-me-brand-above",
    "https://www.sportsdirectory.co.uk/karrimor-sierra-mens-waterproof-jacket-611027",
    sports(
        "Sports Directory",
        "Sierra Mens Waterproof Jacket",
        "&pound;29.99",
        "<span class='brandTitle'><a href='/karrimor'>Karrimor</a></span>",
        "<ul class='sizeButtons'><li class='greyOut' title='Out of stock'>S</li><li class='greyOut' title='Out of "
        "stock'>M</li><li class='greyOut' title='Out of stock'>L</li></ul>",
        "<div class='outOfStock'><p>Sorry, this item is out of stock</p><a href='#' class='emailMe'>Email me when "
        "back in stock</a></div>",
        "",
        money="&pound;",
    ),
    "OutOfStock",
    "Karrimor",
)


# ---- must not fire ---------------------------------------------------------------------------------------------

quiet(
    "quiet-oos-only-in-cards-and-reviews-brand-footer-only",
    "https://www.summitgearco.com/trail-cast-iron-skillet-12.html",
    magento(
        "Summit Gear Co.",
        "Cast Iron Camp Skillet 12 in.",
        "$34.95",
        "<p class='availability in-stock'><span class='label'>Availability:</span> <span class='value'>In stock"
        "</span></p>",
        M_BUY,
        specs=row("SKU", "SGC-SK12") + row("Weight", "6.2 lb"),
    ),
    "InStock",
    None,
)
quiet(
    "quiet-retailer-name-in-title-and-logo-no-maker",
    "https://www.bobshardware.com/bobs-heavy-duty-work-gloves-large.html",
    magento(
        "Bob's Hardware",
        "Heavy Duty Leather Work Gloves - Large",
        "$12.99",
        "<p class='availability in-stock'><span class='label'>Availability:</span> <span class='value'>In stock"
        "</span></p>",
        M_BUY,
        specs=row("SKU", "BH-GLV-L") + row("Material", "Cowhide"),
        extra="<p class='sold-by'>Sold by Bob's Hardware</p>",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-hidden-sold-out-template-live-cart",
    "https://www.packandpine.com/products/waxed-canvas-tote",
    shopify(
        "Pack & Pine",
        "Waxed Canvas Field Tote",
        "$78.00",
        "",
        "<select name='id' id='productSelect' style='display:none'><option value='3'>Olive</option></select>",
        "<button type='submit' name='add' id='AddToCart' class='btn'><span id='AddToCartText'>Add to Cart</span>"
        "</button>",
        "<div class='sold-out-message' style='display:none'>Sold Out - email me when available</div>",
    ),
    "InStock",
    SKIP,
)
quiet(
    "quiet-preorder-menu-and-card-badges-live-cart",
    "https://www.summitgearco.com/trail-running-vest-8l.html",
    magento(
        "Summit Gear Co.",
        "Trail Running Vest 8L",
        "$89.95",
        "",
        M_BUY,
        specs=row("SKU", "SGC-TRV8"),
        extra="<div class='promo-banner'><a href='/pre-order'>Shop Pre-Order Styles</a></div>",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-only-left-in-card-main-sold-out",
    "https://www.bestbuys.com/site/lg-oled55b7a/5774400.p",
    electronics(
        "Best Buys",
        "LG - 55&quot; Class OLED B7A Series 2160p Smart 4K UHD TV with HDR",
        "$1,699.99",
        "",
        "<div class='sku-model'><span class='product-data'>Model: <span>OLED55B7A</span></span></div>",
        "<button type='button' class='btn btn-disabled add-to-cart-button' disabled>Sold Out</button>",
    ),
    "OutOfStock",
    "LG",
)
quiet(
    "quiet-shop-all-category-link-not-brand",
    "https://www.kohlsdept.com/product/prd-3310014/12-piece-nonstick-cookware-set.jsp",
    dept_store(
        "Kohlman's",
        "12-Piece Nonstick Cookware Set",
        "$59.99",
        "<div class='pdp-shop-all'><a href='/catalog/cookware.jsp'>Shop All Cookware</a></div>",
        "<ul class='fulfillment-options'><li class='ship'><strong>Ship To Me:</strong> <span class='in-stock'>In "
        "Stock</span></li></ul>",
        ATG_BUY,
        "<li>Aluminum</li><li>Oven safe to 350 degrees</li>",
    ),
    "InStock",
    None,
)
quiet(
    "quiet-compare-table-other-brands-no-own-brand",
    "https://www.skilletsandmore.com/enameled-cast-iron-dutch-oven-6-qt/",
    blueprint(
        "Skillets and More",
        "Enameled Cast Iron Dutch Oven 6 Qt",
        "$69.95",
        detail_row("Availability", "In Stock")
        + "<div class='compare-similar'><h3>Compare with similar items</h3><table><tr><th></th><th>This item</th><th>"
        "Staub Cocotte</th><th>Le Creuset Round</th></tr><tr><td>Brand</td><td></td><td>Staub</td><td>Le Creuset"
        "</td></tr><tr><td>Price</td><td>$69.95</td><td>$299.95</td><td>$349.95</td></tr></table></div>",
        BC_BUY,
    ),
    "InStock",
    None,
)
quiet(
    "quiet-shipping-tab-backorder-terms-in-stock",
    "https://www.inkandleaf.com/product/brass-bullet-pen/",
    woo(
        "Ink &amp; Leaf",
        "Brass Bullet Pocket Pen",
        "32.00",
        "<p class='stock in-stock'>In stock</p>",
        WOO_CART
        + "<div class='shipping-tab'><h3>Shipping &amp; Returns</h3><p>Backordered items ship as soon as they "
        "arrive. Pre-order items ship on their release date.</p></div>",
        "<span class='posted_in'>Brand: <a href='/brand/kaweco/' rel='tag'>Kaweco</a></span>",
    ),
    "InStock",
    "Kaweco",
)
quiet(
    "quiet-marketplace-seller-not-brand",
    "https://www.ebay.com/itm/Handmade-Ceramic-Mug-Speckled/223456789012",
    ebay(
        "Handmade Ceramic Coffee Mug Speckled White 12 oz",
        "US $24.00",
        "3 available / 12 sold",
        "",
        EBAY_BUY,
        spec("Condition", "New") + spec("Material", "Stoneware") + spec("Capacity", "12 oz"),
    ),
    "InStock",
    None,
)
quiet(
    "quiet-size-picker-sold-out-others-live-bag",
    "https://www.selfbridges.com/GB/en/cat/vince-cashmere-crewneck_R00055555/",
    fashion(
        "Selfbridges",
        "Boyfriend cashmere jumper",
        "&pound;395.00",
        "<p class='pdp-brand'><a href='/GB/en/cat/vince/'>VINCE</a></p>",
        "<li class='sold-out'><button type='button' disabled>XS - Sold out</button></li><li class='sold-out'><button "
        "type='button' disabled>S - Sold out</button></li><li><button type='button'>M</button></li>",
        "<p class='stock-note'>Only 1 left in M</p>",
        BAG,
        money="&pound;",
    ),
    "InStock",
    "VINCE",
)


# ---- batch 2 (written after batch 1's fixes) ------------------------------------------------------------------

add(
    "b2-volusion-stock-image-alt-in-stock-manufacturer",
    "https://www.hobbytrainsupply.com/bachmann-ez-track-set-p/bac00706.htm",
    volusion(
        "Hobby Train Supply",
        "Thoroughbred HO Scale Ready-To-Run Electric Train Set",
        "$169.99",
        "<img src='/v/vspfiles/templates/trains/images/instock.gif' alt='In Stock' border='0'><br><b>Manufacturer:"
        "</b> <a href='/SearchResults.asp?Brand=Bachmann'>Bachmann</a>",
        "<input type='image' src='/v/vspfiles/templates/trains/images/buttons/btn_addtocart.gif' name='btnaddtocart'"
        " alt='Add to cart' border='0'>",
        "BAC00706",
    ),
    "InStock",
    "Bachmann",
)
add(
    "b2-volusion-stock-image-alt-out-of-stock",
    "https://www.hobbytrainsupply.com/lionel-polar-express-set-p/lio6-31960.htm",
    volusion(
        "Hobby Train Supply",
        "The Polar Express O Gauge Train Set",
        "$329.99",
        "<img src='/v/vspfiles/templates/trains/images/outofstock.gif' alt='Out of Stock' border='0'><br>"
        "<b>Manufacturer:</b> <a href='/SearchResults.asp?Brand=Lionel'>Lionel</a>",
        "",
        "LIO6-31960",
    ),
    "OutOfStock",
    "Lionel",
)
add(
    "b2-shopify-debut-unavailable-button-vendor-label",
    "https://www.packandpine.com/products/roll-top-daypack-olive",
    shopify(
        "Pack & Pine",
        "Roll Top Daypack - Olive",
        "$120.00",
        "<p class='product-single__meta-list'>Vendor: <a href='/collections/vendors?q=Topo%20Designs'>Topo Designs"
        "</a></p>",
        "<select name='id' id='ProductSelect' style='display:none'><option disabled='disabled'>Olive - Sold Out"
        "</option></select>",
        "<button type='submit' name='add' id='AddToCart-product-template' class='btn product-form__cart-submit' "
        "disabled='disabled'><span id='AddToCartText-product-template'>Unavailable</span></button>",
    ),
    "OutOfStock",
    "Topo Designs",
)
add(
    "b2-magento-discontinued-no-button-brand-row",
    "https://www.summitgearco.com/hubba-hubba-nx-2-person-tent.html",
    magento(
        "Summit Gear Co.",
        "Hubba Hubba NX 2-Person Tent",
        "$399.95",
        "<p class='availability discontinued'><span class='value'>This item has been discontinued.</span></p>",
        "",
        specs=row("Brand", "MSR") + row("Weight", "3 lb 7 oz"),
    ),
    "OutOfStock",
    "MSR",
)
add(
    "b2-magento-preorder-release-date-cart-live",
    "https://www.gamevaultusa.com/super-mario-odyssey-nintendo-switch.html",
    magento(
        "Game Vault USA",
        "Super Mario Odyssey - Nintendo Switch",
        "$59.99",
        "<p class='availability preorder'><span class='label'>Availability:</span> <span class='value'>Pre-Order"
        "</span></p><p class='release-date'>Release Date: 10/27/2017</p>",
        M_BUY,
        specs=row("Publisher", "Nintendo") + row("ESRB Rating", "E10+"),
    ),
    "PreOrder",
    "Nintendo",
)
add(
    "b2-designer-link-to-designers-path-no-class",
    "https://www.luxeclosetonline.com/designers/stella-mccartney/falabella-shoulder-bag",
    fashion(
        "Luxe Closet",
        "Falabella shoulder bag",
        "$895.00",
        "<h2><a href='/designers/stella-mccartney'>Stella McCartney</a></h2>",
        "",
        "<p class='stock'>In stock</p>",
        BAG,
    ),
    "InStock",
    "Stella McCartney",
)
add(
    "b2-stock-zero-row-no-cart",
    "https://www.skilletsandmore.com/all-clad-d3-10-inch-fry-pan/",
    blueprint(
        "Skillets and More",
        "D3 Stainless 10 Inch Fry Pan",
        "$99.95",
        detail_row("Brand", "<a href='/brands/All%2dClad.html'>All-Clad</a>")
        + detail_row("Current Stock", "0"),
        "<p class='SoldOutMessage'>This item is currently sold out.</p>",
    ),
    "OutOfStock",
    "All-Clad",
)
add(
    "b2-woo-coming-soon-preorder-button",
    "https://www.inkandleaf.com/product/2019-weekly-planner/",
    woo(
        "Ink &amp; Leaf",
        "2019 Weekly Planner - Forest Green",
        "28.00",
        "<p class='stock in-stock'>Pre-order: ships November 15</p>",
        WOO_CART.replace(">Add to cart<", ">Pre-order now<"),
        "<span class='posted_in'>Brand: <a href='/brand/leuchtturm1917/' rel='tag'>Leuchtturm1917</a></span>",
    ),
    "PreOrder",
    "Leuchtturm1917",
)
add(
    "b2-amazon-like-available-from-these-sellers-visit-store",
    "https://www.amazon.com/Cuisinart-DCC-3200-Programmable-Coffeemaker/dp/B00MVWGQX0",
    amazon_like(
        "PerfecTemp 14-Cup Programmable Coffeemaker, Stainless Steel",
        "<a id='bylineInfo' class='a-link-normal' href='/stores/Cuisinart/page/1A2B'>Visit the Cuisinart Store</a>",
        "$99.95",
        "<span class='a-size-medium a-color-success'>In Stock.</span>",
        AMZ_BUY,
    ),
    "InStock",
    "Cuisinart",
)
quiet(
    "quiet-b2-low-stock-card-only-main-image-in-stock",
    "https://www.hobbytrainsupply.com/atlas-ho-code-83-track-p/atl540.htm",
    volusion(
        "Hobby Train Supply",
        "HO Code 83 Flex Track 36 in. (5 pack)",
        "$24.99",
        "<img src='/v/vspfiles/templates/trains/images/instock.gif' alt='In Stock' border='0'>",
        "<input type='submit' value='Add to cart' class='vCSS_input_addtocart'>",
        "ATL540",
    ),
    "InStock",
    None,
)


# ---- tests ------------------------------------------------------------------------------------------------------

AVAILABILITY_XFAIL: dict[str, str] = {}
BRAND_XFAIL: dict[str, str] = {
    "volusion-out-of-stock-email-me-title-only-brand": "the maker only as the title's first word ('Garmin "
    "Forerunner 235 ...', the document title and the slug repeating the title): test_brand_review5/6/9's left "
    "kind; nothing tells it from a product line or a type word opening a title",
    "bestbuy-like-sold-out-button-brand-dash-title": "Best Buy's 'Sony - 65\" Class ...' heading whose document "
    "title repeats the dash form: `_dash_heading_brand` needs the document title to glue the brand to the next "
    "part; the slug 'sony-65-class-...' opens with it, but a name and its options ('Linen Shirt - Blue', slug "
    "'linen-shirt-blue') are written the same way",
    "b2-magento-preorder-release-date-cart-live": "ambiguous: a game's 'Publisher: Nintendo' row; a publisher is "
    "no brand label in general (a book's publisher is not its brand), and the title's '- Nintendo Switch' names "
    "the platform",
}


ALL = CASES + MUST_NOT_FIRE


@pytest.mark.parametrize("c", case_params([c for c in ALL if c.availability != SKIP], AVAILABILITY_XFAIL))
def test_availability(c: Case) -> None:
    check_availability(c)


@pytest.mark.parametrize("c", case_params([c for c in ALL if c.brand != SKIP], BRAND_XFAIL))
def test_brand(c: Case) -> None:
    check_brand(c)


def test_counts() -> None:
    assert len(CASES) >= 35 and len(MUST_NOT_FIRE) >= 10


def test_cases_have_no_structured_data() -> None:
    for c in ALL:
        assert not carries_structured_data(c.html), c.id
