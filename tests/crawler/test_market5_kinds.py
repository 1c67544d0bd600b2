"""Kinds found on the fifth marketplace batch (tests/crawler/pages_market5: Etsy, Best Buy, The Home
Depot, IKEA, Mercari, Ozon, Tokopedia, noon, Takealot, Vinted) and on the development pages read
without names, each written small, each beside an ordinary page where the rule must not fire.

Title: a full product name kept when the document `<title>` only adds the brand or a model code; the
heading of a block named for the product title over a named card title; the space markup puts
before a comma; a screen-reader page-type prefix and a trailing "#00076723" item number. Main image:
`fetchpriority="high"`; one photo whose sizes differ in a one-letter file-name prefix; Alibaba's
appended size variant ("S8a7f.jpg_640x640q75.jpg_.avif"). sku: item ids in marketplace URLs;
"Internet #"; Arabic model-number labels.
"""

from __future__ import annotations

import pytest
from parsel import Selector

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import Page, fuller_title
from knockoff.crawler.heuristics.photos import original_picture
from knockoff.crawler.heuristics.titles import clean_title
from knockoff.crawler.sku import url_code

URL = "https://shop.example/p/1"


def page(body: str, title: str, head: str = "") -> str:
    """A product page of shop.example whose classes name nothing: header, `body`, footer."""
    return (
        f"<html><head><title>{title}</title>{head}</head><body><header class='u-h'><a href='/'>Shop</a>"
        f"</header><main class='u-m'>{body}</main><footer class='u-f'>Shop Example</footer></body></html>"
    )


BUY = "<button class='u-b'>Add to cart</button>"
PRICE = "<div class='u-p'>$99.00</div>"


# ---- title ----------------------------------------------------------------------------------------


def test_a_full_name_stays_when_the_document_title_only_adds_brand_and_model_code() -> None:
    name = "Sony - WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones - Black"
    doc = "Sony WH-1000XM5 Wireless Noise-Canceling Over-the-Ear Headphones Black WH1000XM5/B - Best Buy"
    assert fuller_title(name, doc, "www.bestbuy.example") == name
    name = "20V MAX Cordless 1/2 in. Drill/Driver with (2) 20V 1.3Ah Batteries, Charger and Bag"
    doc = f"DEWALT {name} DCD771C2 - The Home Depot"
    assert fuller_title(name, doc, "www.homedepot.example") == name


def test_a_short_name_still_takes_its_fuller_document_title_form() -> None:
    # must not fire: a 3-word name, and a 6-word one the <title> adds more than a brand and code to
    doc = "Parrot Orak Minidrone Hydrofoil air and water drone at Crutchfield.com"
    assert fuller_title("Parrot Orak Minidrone", doc, "www.crutchfield.com") == (
        "Parrot Orak Minidrone Hydrofoil air and water drone"
    )
    doc = "Astrophysics for People in a Hurry by Neil deGrasse Tyson, Hardcover | Barnes & Noble®"
    assert fuller_title("Astrophysics for People in a Hurry", doc, "www.barnesandnoble.com") == (
        "Astrophysics for People in a Hurry by Neil deGrasse Tyson, Hardcover"
    )


def _cards(n: int) -> str:
    return "".join(
        f"<div class='card card-module_x{i}'><a href='/p/{i + 2}'><img src='/c{i}.jpg' alt=''>"
        f"<h3 class='product-card-module_product-title_16xh8'>Galaxy A1{i} 128GB Dual Sim - Blue Black</h3>"
        f"<span class='u-cp'>R 3,299</span></a></div>"
        for i in range(n)
    )


def test_the_heading_of_a_block_named_for_the_title_beats_a_named_card_title() -> None:
    name = "Galaxy A25 5G 128GB Dual Sim - Blue Black"
    body = (
        f"<div class='product-title'><h1>{name}</h1><span>6.5 inch screen</span></div>{PRICE}{BUY}"
        f"<div class='u-s'><h2>Customers Also Bought</h2>{_cards(2)}</div>"
    )
    got = extract_product(page(body, f"{name} | Buy Online | takealot.example"), URL)
    assert got is not None and got["title"] == name


def test_a_bare_h1_is_not_taken_for_a_named_title_block() -> None:
    # must not fire: an h1 in an unnamed block; the element named for the product title wins
    name = "Trail Runner 2 Shoe"
    body = f"<div class='u-x'><h1>Shop Example</h1></div><div class='product-name'>{name}</div>{PRICE}{BUY}"
    got = extract_product(page(body, f"{name} | Shop Example"), URL)
    assert got is not None and got["title"] == name


@pytest.mark.parametrize(
    ("shown", "want"),
    [
        ("BILLY Bücherregal, weiß , 80x28x202 cm", "BILLY Bücherregal, weiß, 80x28x202 cm"),
        (
            "Product description page - Hairpin Stool Walnut - Room Essentials",
            "Hairpin Stool Walnut - Room Essentials",
        ),
        (
            "Funny Big Nose Shaped Shower Gel Dispenser #00076723",
            "Funny Big Nose Shaped Shower Gel Dispenser",
        ),
        # must not fire: a seller's bracket spacing, a number in the name, a product named "... Page"
        ("Cue Stick Rack ( Brand New In Box)", "Cue Stick Rack ( Brand New In Box)"),
        ("Chanel N°5 Eau de Parfum #5", "Chanel N°5 Eau de Parfum #5"),
        ("Product Page Holder - Walnut", "Product Page Holder - Walnut"),
        ("Vase No. 123456 - Blue", "Vase No. 123456 - Blue"),
    ],
)
def test_clean_title(shown: str, want: str) -> None:
    assert clean_title(shown) == want


def test_a_heading_split_into_spans_reads_without_a_space_before_its_comma() -> None:
    h1 = "<h1 class='u-t'><span>BILLY</span> <span><span>Bücherregal, weiß</span><span>, 80x28x202 cm</span></span></h1>"
    got = extract_product(page(h1 + PRICE + BUY, "BILLY Bücherregal, weiß, 80x28x202 cm - IKEA"), URL)
    assert got is not None and got["title"] == "BILLY Bücherregal, weiß, 80x28x202 cm"


# ---- main image -----------------------------------------------------------------------------------


def _gallery(main_attrs: str) -> str:
    thumbs = "".join(
        f"<button class='u-tb'><img class='u-w' src='https://img.example/{k}/svn/drill-{k}_100.jpg' alt='Drill {k}'></button>"
        for k in ("64", "40", "e1")
    )
    return (
        f"<div class='u-g'><div class='u-col'>{thumbs}</div><div class='u-main'><img class='u-w' "
        f"src='https://img.example/64/svn/drill-64_600.jpg' alt='Drill 64' {main_attrs}></div></div>"
    )


def test_the_picture_loaded_first_is_the_main_photo() -> None:
    body = "<h1 class='u-t'>Cordless Drill Driver</h1>" + _gallery("fetchpriority='high'") + PRICE + BUY
    got = extract_product(page(body, "Cordless Drill Driver - Shop"), URL)
    assert got is not None and got["image_urls"][0] == "https://img.example/64/svn/drill-64_600.jpg"


def test_a_logo_loaded_first_is_still_no_product_photo() -> None:
    # must not fire: fetchpriority on the header logo; the named product image wins
    body = (
        "<h1 class='u-t'>Cordless Drill Driver</h1><div class='product-gallery'><img "
        "src='https://img.example/drill_1000x1000.jpg' alt='Cordless Drill Driver'></div>" + PRICE + BUY
    )
    html = page(body, "Cordless Drill Driver - Shop").replace(
        "<a href='/'>Shop</a>",
        "<a href='/'><img src='https://img.example/brand-logo.png' fetchpriority='high'></a>",
    )
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == "https://img.example/drill_1000x1000.jpg"


def test_one_photo_whose_sizes_differ_in_a_letter_prefix_beats_a_lifestyle_picture() -> None:
    base = "https://images.example/ImageHandler"
    body = (
        "<h1 class='u-t'>Parrot Orak Minidrone</h1>"
        f"<div class='u-a'><img class='u-x' src='{base}/trim/620/378/products/37/g333ORAK-F.jpg' alt='Parrot Orak Minidrone Front'></div>"
        + PRICE
        + BUY
        + f"<div class='u-th'><img class='u-y' src='{base}/fixedscale/90/90/products/37/x333ORAK-F.jpg' alt='Front'>"
        f"<img class='u-y' src='{base}/fixedscale/90/90/products/40/x333ORAK-o_lifestyle.jpg' alt='Lifestyle'></div>"
        f"<div class='u-d'><img src='{base}/scale/489/489/products/40/x333ORAK-o_lifestyle.jpg' alt='Parrot Orak Minidrone in the water' width='100%'></div>"
    )
    page_ = Page(Selector(text=page(body, "Parrot Orak Minidrone at Shop.example")), URL)
    title, title_el = page_.find_title()
    assert page_.find_images(title_el, title)[0][0] == f"{base}/trim/620/378/products/37/g333ORAK-F.jpg"


@pytest.mark.parametrize(
    ("url", "want"),
    [
        (
            "https://ae01.alicdn.example/kf/S8a7f1c2.jpg_640x640q75.jpg_.avif",
            "https://ae01.alicdn.example/kf/S8a7f1c2.jpg",
        ),
        (
            "https://ae01.alicdn.example/kf/S8a7f1c2.jpg_80x80.jpg",
            "https://ae01.alicdn.example/kf/S8a7f1c2.jpg",
        ),
        (
            "https://ae01.alicdn.example/kf/S8a7f1c2.png_.webp?v=2",
            "https://ae01.alicdn.example/kf/S8a7f1c2.png?v=2",
        ),
        # must not fire: a size inside the file name, a plain file, an underscore name
        ("https://cdn.example/p/shoe_640x640.jpg", "https://cdn.example/p/shoe_640x640.jpg"),
        ("https://cdn.example/p/shoe.jpg", "https://cdn.example/p/shoe.jpg"),
        ("https://cdn.example/p/shoe_front.jpg", "https://cdn.example/p/shoe_front.jpg"),
    ],
)
def test_original_picture(url: str, want: str) -> None:
    assert original_picture(url) == want


# ---- sku ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.etsy.example/listing/1467823590/personalized-leather-keychain", "1467823590"),
        ("https://www.vinted.example/items/4123456789-jean-levis-501-w32-l32", "4123456789"),
        ("https://jp.mercari.example/item/m48210937561", "m48210937561"),
        ("https://www.takealot.example/samsung-galaxy-a25/PLID94872611", "PLID94872611"),
        # must not fire: words, short numbers, a year and a date in a blog path, a marker before words
        ("https://shop.example/products/trail-runner-2", None),
        ("https://shop.example/page2", None),
        ("https://shop.example/blog/2024/11/summer-sale", None),
        ("https://shop.example/products/summer-2024-collection", None),
    ],
)
def test_url_code(url: str, want: str | None) -> None:
    assert url_code(url) == want


def test_internet_number_before_model_and_store_sku() -> None:
    codes = (
        "<div class='u-c'><h2>Internet #<!-- -->204279858</h2><h2>Model #<!-- -->DCD771C2</h2>"
        "<h2>Store SKU #<!-- -->1000021456</h2></div>"
    )
    body = "<h1 class='u-t'>Cordless Drill Driver</h1>" + codes + PRICE + BUY
    got = extract_product(page(body, "Cordless Drill Driver - Shop"), URL)
    assert got is not None and got["sku"] == "204279858"


def test_an_arabic_model_number_label() -> None:
    body = (
        "<h1 class='u-t'>هاتف سامسونج جالاكسي S24 الترا</h1><div class='u-mn'><span>رقم الموديل</span> : "
        "<span>SM-S928BZKCMEA</span></div>" + PRICE + BUY
    )
    got = extract_product(
        page(body, "هاتف سامسونج جالاكسي S24 الترا | نون"), "https://www.noon.example/uae-ar/s24/p/"
    )
    assert got is not None and got["sku"] == "SM-S928BZKCMEA"


def test_no_sku_from_a_page_without_a_code() -> None:
    # must not fire: "Model" as a word in the description is no label
    body = "<h1 class='u-t'>Trail Runner 2 Shoe</h1><p>Model shown is 1.85 m tall.</p>" + PRICE + BUY
    got = extract_product(page(body, "Trail Runner 2 Shoe | Shop Example"), URL)
    assert got is not None and got["sku"] is None


def test_thumbnail_buttons_lose_to_the_picture_they_select() -> None:
    folder = "https://media.example/covers/4f7e2a1c9b3d"
    strip = "".join(
        f"<li class='u-li'><button class='u-bt'><img src='{folder}{k}/s-xlpreview.file' alt='{alt}'></button></li>"
        for k, alt in (("", "Galaxy A25 5G 128GB"), ("a", ""), ("b", ""))
    )
    body = (
        f"<div class='u-g'><ul class='u-ul'>{strip}</ul><div class='u-mw'><img class='u-im' src='{folder}/s-pdpxl.file'"
        f" srcset='{folder}/s-pdpxl.file 1x, {folder}/s-zoom.file 2x' alt='Galaxy A25 5G 128GB'></div></div>"
        "<h1 class='u-t'>Galaxy A25 5G 128GB</h1>" + PRICE + BUY
    )
    got = extract_product(page(body, "Galaxy A25 5G 128GB | Shop"), URL)
    assert got is not None and got["image_urls"][0] in (f"{folder}/s-zoom.file", f"{folder}/s-pdpxl.file")


def test_a_single_button_around_the_main_photo_is_no_thumbnail_strip() -> None:
    # must not fire: the main photo in a button that opens the gallery (Best Buy), beside named thumbnails
    body = (
        "<div class='u-g'><button class='u-open'><img src='https://img.example/6505727_sd.jpg;maxHeight=640' "
        "alt='Wireless Headphones'></button><ol class='thumbnail-list'>"
        + "".join(
            f"<li><button><img src='https://img.example/6505727cv1{k}d.jpg;maxHeight=100' alt='{k}'></button></li>"
            for k in range(3)
        )
        + "</ol></div><h1 class='u-t'>Wireless Headphones</h1>"
        + PRICE
        + BUY
    )
    got = extract_product(page(body, "Wireless Headphones - Shop"), URL)
    assert got is not None and got["image_urls"][0] == "https://img.example/6505727_sd.jpg;maxHeight=640"


# ---- brand ----------------------------------------------------------------------------------------


def test_a_brand_field_in_the_product_sidebar_aside() -> None:
    # Vinted: title, price, details and buy button in an <aside> beside the photos
    aside = (
        "<aside class='u-as'><h1 class='u-t'>Jean 501 W32 L32</h1><p class='u-p'>25,00 €</p>"
        "<div class='u-r'><div class='u-k'>Marque</div><div class='u-v'><a href='/brand/10-levis'>Levi's</a></div></div>"
        "<div class='u-r'><div class='u-k'>Taille</div><div class='u-v'>W32</div></div>"
        "<button class='u-b'>Acheter</button></aside>"
    )
    body = (
        "<div class='u-ph'><img src='https://img.example/f800/1732871044.jpeg' alt='Jean 501'></div>" + aside
    )
    got = extract_product(
        page(body, "Jean 501 W32 L32 | Vinted"), "https://www.vinted.example/items/4123456789-jean"
    )
    assert got is not None and got["brand_claimed"] == "Levi's" and got["price"] == 25.0


def test_an_aside_without_the_heading_stays_a_strip() -> None:
    # must not fire: an <aside> of other products beside the product's own block
    body = (
        "<h1 class='u-t'>Trail Runner 2 Shoe</h1>"
        + PRICE
        + BUY
        + "<aside class='u-as'><div class='u-k'>Marque</div><div class='u-v'>Salomon</div><p>$89.00</p></aside>"
    )
    got = extract_product(page(body, "Trail Runner 2 Shoe | Shop Example"), URL)
    assert got is not None and got["brand_claimed"] is None and got["price"] == 99.0


def test_a_brand_link_with_an_id_segment_after_the_name() -> None:
    body = (
        "<div class='u-x'><a class='u-l' href='/site/brands/sony/pcmcat145100050002.c?id=pcmcat145100050002'>Sony</a></div>"
        "<h1 class='u-t'>Sony - WH-1000XM5 Wireless Headphones - Black</h1>" + PRICE + BUY
    )
    got = extract_product(page(body, "Sony WH-1000XM5 Wireless Headphones Black - Best Buy"), URL)
    assert got is not None and got["brand_claimed"] == "Sony"


def test_a_link_into_a_brand_listing_with_words_after_it_names_no_brand() -> None:
    # must not fire: "/brands/sony/headphones" is a category of the brand, its text not the brand name
    body = (
        "<div class='u-x'><a class='u-l' href='/brands/sony/headphones'>Headphones</a></div>"
        "<h1 class='u-t'>WH-1000XM5 Wireless Headphones</h1>" + PRICE + BUY
    )
    got = extract_product(page(body, "WH-1000XM5 Wireless Headphones - Shop"), URL)
    assert got is not None and got["brand_claimed"] is None


def test_a_brand_logo_linking_to_the_brand_page() -> None:
    body = (
        "<h1 class='u-t'>Orak Minidrone</h1>" + PRICE + BUY + "<a class='u-l' href='/brands/Parrot/'>"
        "<img src='https://img.example/graphics/vendors/333.gif' alt='Parrot'></a>"
    )
    got = extract_product(page(body, "Orak Minidrone at Shop.example"), URL)
    assert got is not None and got["brand_claimed"] == "Parrot"


def test_a_logo_link_to_another_brand_page_whose_alt_differs_names_no_brand() -> None:
    # must not fire: the alt text is not the brand the URL names
    body = (
        "<h1 class='u-t'>Orak Minidrone</h1>" + PRICE + BUY + "<a class='u-l' href='/brands/Parrot/'>"
        "<img src='https://img.example/graphics/promo.gif' alt='Spring sale'></a>"
    )
    got = extract_product(page(body, "Orak Minidrone at Shop.example"), URL)
    assert got is not None and got["brand_claimed"] is None


def test_a_brand_link_under_the_title_that_the_document_title_opens_with() -> None:
    body = (
        "<section class='u-s'><h1 class='u-t'>Be the One Sleeveless Dress</h1></section><section class='u-b'>"
        "<h2><a href='https://shop.example/c/keepsake-the-label?origin=productBrandLink'><span>Keepsake the Label"
        "</span></a></h2></section>" + PRICE + BUY
    )
    got = extract_product(page(body, "Keepsake the Label Be the One Sleeveless Dress | Shop Example"), URL)
    assert got is not None and got["brand_claimed"] == "Keepsake the Label"


def test_a_plain_line_under_the_title_that_the_document_title_opens_with_is_no_brand() -> None:
    # must not fire: Tesla's "Model S" under "P100D", titled "Model S P100D ... | Tesla" (no link)
    body = "<h1 class='u-t'>P100D</h1><div class='u-m'>Model S</div>" + PRICE + BUY
    got = extract_product(page(body, "Model S P100D 5YJSA1E47HF | Tesla"), URL)
    assert got is not None and got["brand_claimed"] is None


def test_a_brand_url_with_its_id_before_the_name() -> None:
    # PrestaShop "/brand/3-atelier-camille", Vinted "/brand/10-levis"
    body = (
        "<h1 class='u-t'>Veste en cuir Camille noire</h1>" + PRICE + BUY + "<div class='u-x'><a "
        "href='https://maisoncuir.example/brand/3-atelier-camille'><img src='https://maisoncuir.example/img/m/3.jpg' "
        "alt='Atelier Camille'></a></div>"
    )
    got = extract_product(page(body, "Veste en cuir Camille noire - Maison Cuir"), URL)
    assert got is not None and got["brand_claimed"] == "Atelier Camille"
