"""Ordinary pages on which the rules added for the fifth marketplace batch (pages_market5; the
kinds of test_market5_kinds.py) must NOT fire, or must still give the right answer: the usual
markup of shops where a rule's trigger turns up by accident (a promotional banner loaded first,
colour photos named by one letter, a grid of photos each in a button, a product name that keeps
its set number, a coupon code in Greek, a "Popular brands" block, a site sidebar `<aside>` with
its own `<h1>`), each written small with the field the rule could misread checked.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import fuller_title
from knockoff.crawler.heuristics.titles import clean_title
from knockoff.crawler.sku import url_code
from tests.crawler.blank_page import BUY, H1, IMG, NAME, PHOTO, URL, block, page

_FULL = f"https://shop.example{PHOTO}"

# ---- title: a 6+ word name kept when the <title> only adds a brand or a model code ---------------


@pytest.mark.parametrize(
    ("name", "doc", "want"),
    [
        # the <title> adds a real word of the name (who it is for, its colour), not a brand or code
        (
            "Insulated Stainless Steel Water Bottle 750 ml",
            "Kids Insulated Stainless Steel Water Bottle 750 ml | Shop Example",
            "Kids Insulated Stainless Steel Water Bottle 750 ml",
        ),
        (
            "Trail Runner 2 Waterproof Hiking Shoe",
            "Trail Runner 2 Waterproof Hiking Shoe Black | Shop Example",
            "Trail Runner 2 Waterproof Hiking Shoe Black",
        ),
        (
            "Linen Blend Relaxed Fit Summer Shirt",
            "Men's Linen Blend Relaxed Fit Summer Shirt | Shop Example",
            "Men's Linen Blend Relaxed Fit Summer Shirt",
        ),
        # still kept: a shouted badge word, the brand in capitals and the model code (The Home Depot's form)
        (
            "Insulated Stainless Steel Water Bottle 750 ml",
            "NEW Insulated Stainless Steel Water Bottle 750 ml | Shop Example",
            "Insulated Stainless Steel Water Bottle 750 ml",
        ),
        (
            "20V MAX Cordless Drill Driver Kit with Battery",
            "DEWALT 20V MAX Cordless Drill Driver Kit with Battery DCD771C2 | Shop Example",
            "20V MAX Cordless Drill Driver Kit with Battery",
        ),
    ],
)
def test_a_title_adding_a_real_word_to_a_long_name_is_its_fuller_form(name: str, doc: str, want: str) -> None:
    assert fuller_title(name, doc, "shop.example") == want


def test_a_long_heading_takes_the_word_its_document_title_adds() -> None:
    name = "Insulated Stainless Steel Water Bottle 750 ml"
    html = page(f"<h1 class='sc-a1'>{name}</h1>" + IMG + block("$24.00") + BUY, f"Kids {name} | Shop Example")
    got = extract_product(html, URL)
    assert got is not None and got["title"] == f"Kids {name}"


# ---- title: a trailing "#00076723" item number dropped -------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "LEGO Star Wars Millennium Falcon #75192",  # a set number is part of the name
        "Bosch Aerotwin Wiper Blade Set #3397007297",  # the maker's part number the listing is for
        "LEGO Technic Bugatti Chiron Supercar Model Kit #42083",  # a long name: no fuller form puts it back
    ],
)
def test_a_number_the_document_title_writes_stays_in_the_name(name: str) -> None:
    html = page(f"<h1 class='sc-a1'>{name}</h1>" + IMG + block("$849.99") + BUY, f"{name} | Shop Example")
    got = extract_product(html, URL)
    assert got is not None and got["title"] == name


@pytest.mark.parametrize(
    "text",
    [
        "Pantone Color Bridge Guide Coated #000",  # short: a colour code
        "Chanel No. 5 Eau de Parfum 100 ml",
        "Product Page Holder - Walnut",
        "Item Page Marker Tabs, Set of 24",
    ],
)
def test_clean_title_leaves_ordinary_names(text: str) -> None:
    assert clean_title(text) == text


# ---- main image: fetchpriority=high -------------------------------------------------------------


def test_a_campaign_banner_loaded_first_is_no_product_photo() -> None:
    """A Next.js shop marks its campaign banner above the product `fetchpriority="high"` (the
    first large paint); the banner links to the sale, its alt text is the campaign's."""
    banner = (
        "<div class='sc-k1'><a href='/sale/winter'><img class='sc-k2' src='/media/campaign/winter-sale_1920x600.jpg'"
        " alt='Winter sale: up to 40% off outdoor gear' fetchpriority='high'></a></div>"
    )
    html = page(banner + H1 + IMG + block("$89.00") + BUY)
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == _FULL, got["image_urls"]


def test_the_shop_logo_loaded_first_is_no_product_photo() -> None:
    html = page(H1 + IMG + block("$89.00") + BUY).replace(
        "<a href='/'>Shop</a>",
        "<a href='/'><img src='/static/shop-example-2x.png' alt='Shop Example' width='180' height='40'"
        " fetchpriority='high'></a>",
    )
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == _FULL, got["image_urls"]


# ---- main image: one photo whose sizes differ in a one-letter file-name prefix -------------------


def test_colour_photos_named_by_one_letter_are_not_one_photo_in_two_sizes() -> None:
    """The colour picker shows a photo of each colour, named by the colour's letter before the style
    number ("k204170.jpg" black, "w204170.jpg" white): two photos, not one in two sizes."""
    colours = "".join(
        f"<a class='sc-c' href='?color={c}'><img src='/media/colors/{k}204170.jpg' alt='{NAME} {c}' width='300'"
        " height='300'></a>"
        for k, c in (("k", "Black"), ("w", "White"))
    )
    html = page(H1 + IMG + block("$89.00") + BUY + f"<div class='sc-cp'>{colours}</div>")
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == _FULL, got["image_urls"]


# ---- main image: the pictures of a strip of 3+ picture buttons are thumbnails --------------------


@pytest.mark.parametrize("cells", [True, False], ids=["button per cell", "buttons side by side"])
def test_a_grid_of_large_photos_each_in_a_zoom_button_is_the_gallery(cells: bool) -> None:
    """A grid gallery (Nike's, Adidas's): every large photo sits in a button that opens the zoom
    view; there is no other picture the buttons select. The first photo stays the main one, not a
    lifestyle picture further down whose alt text names the product."""
    grid = "".join(
        ("<div class='sc-gc'>" if cells else "")
        + f"<button class='sc-gb' aria-label='Open zoom view'><img src='/media/trail-runner-2-{i}"
        f"_1200x1200.jpg' alt='{NAME} {view}'></button>" + ("</div>" if cells else "")
        for i, view in enumerate(("front", "side", "sole", "back"))
    )
    story = (
        "<section class='sc-s'><h2>Made for the long run</h2><img src='/media/stories/trail-runner-2-on-the-ridge.jpg'"
        f" alt='{NAME} on a mountain ridge' width='1600' height='900'><p>Grip on every surface.</p></section>"
    )
    html = page(f"<div class='sc-g'>{grid}</div>" + H1 + block("$89.00") + BUY + story)
    got = extract_product(html, URL)
    assert (
        got is not None
        and got["image_urls"][0] == "https://shop.example/media/trail-runner-2-0_1200x1200.jpg"
    ), got["image_urls"]


def test_colour_swatch_buttons_still_lose_to_the_main_photo() -> None:
    # the rule's own kind, written with product photos as swatches: they stay thumbnails
    swatches = "".join(
        f"<button class='sc-sw'><img src='/media/trail-runner-2-{c}_1000x1000.jpg' alt='{NAME} {c}'></button>"
        for c in ("black", "white", "red")
    )
    html = page(H1 + block("$89.00") + f"<div class='sc-sws'>{swatches}</div>" + BUY + IMG)
    got = extract_product(html, URL)
    assert got is not None and got["image_urls"][0] == _FULL, got["image_urls"]


# ---- sku: ar/he/el labels, Internet # -------------------------------------------------------------


def test_a_greek_coupon_code_is_not_the_item_code() -> None:
    """ "Κωδικός έκπτωσης" is a discount code: the product code is the "Κωδικός προϊόντος" line."""
    body = (
        "<h1 class='sc-a1'>Παπούτσια τρεξίματος Trail Runner 2</h1>"
        "<p class='sc-pr'>Κωδικός έκπτωσης: BLACK20 για 20% έκπτωση</p>"
        + block("89,00 €")
        + "<div class='sc-c'><span class='sc-l'>Κωδικός προϊόντος:</span> <span class='sc-v'>204511</span></div>"
        + "<button class='sc-b9'>Προσθήκη στο καλάθι</button>"
    )
    got = extract_product(page(body, "Παπούτσια τρεξίματος Trail Runner 2 | Shop Example", "el"), URL)
    assert got is not None and got["sku"] == "204511"


@pytest.mark.parametrize(
    ("lang", "line", "buy"),
    [
        ("el", "Μοντέλο 2024 με νέα σόλα", "Προσθήκη στο καλάθι"),  # "2024 model with a new sole"
        ("he", "דגם 2024 עם סוליה חדשה", "הוספה לסל"),
        ("el", "Μοντέλο 2024", "Προσθήκη στο καλάθι"),  # a badge: "2024 model"
        ("he", "דגם 2024", "הוספה לסל"),
    ],
)
def test_a_model_year_in_running_text_is_no_model_number(lang: str, line: str, buy: str) -> None:
    body = (
        H1 + IMG + f"<p class='sc-d'>{line}</p>" + block("89,00 €") + f"<button class='sc-b9'>{buy}</button>"
    )
    got = extract_product(page(body, lang=lang), URL)
    assert got is not None and got["sku"] is None


def test_a_hebrew_model_cell_still_names_the_model() -> None:
    body = (
        H1 + IMG + block("349 ₪") + "<table class='sc-t'><tr><td>דגם</td><td>TR-2-BLK</td></tr></table>"
        "<button class='sc-b9'>הוספה לסל</button>"
    )
    got = extract_product(page(body, lang="he"), URL)
    assert got is not None and got["sku"] == "TR-2-BLK"


@pytest.mark.parametrize("label", ['מק"ט', "מק״ט"])  # the quote or the gershayim Hebrew shops type
def test_a_hebrew_sku_label_with_either_quote_mark(label: str) -> None:
    body = (
        H1
        + IMG
        + block("349 ₪")
        + f"<p class='sc-k'>{label}: 7290012345</p><button class='sc-b9'>הוספה לסל</button>"
    )
    got = extract_product(page(body, lang="he"), URL)
    assert got is not None and got["sku"] == "7290012345"


def test_internet_number_in_one_line_with_the_model_and_store_sku() -> None:
    """The Home Depot's codes written in one text: "Internet # 204279858 Model # DCD771C2 Store SKU #
    1000021456": the Internet number is the item's."""
    body = (
        H1
        + "<p class='sc-cd'>Internet # 204279858 Model # DCD771C2 Store SKU # 1000021456</p>"
        + IMG
        + block("$99.00")
        + BUY
    )
    got = extract_product(page(body), URL)
    assert got is not None and got["sku"] == "204279858"


# ---- sku: item ids in marketplace URLs ------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "want"),
    [
        # a release date opening a product handle is no item id
        ("https://shop.example/products/20241129-black-friday-mystery-box", None),
        ("https://shop.example/products/202411-drop-hoodie-black", None),
        # still ids: a marker and its id before a slug, an id glued to its letters
        ("https://shop.example/products/4123456789-trail-runner-2", "4123456789"),
        ("https://shop.example/items/2024112345-jean-levis-501", "2024112345"),  # an id, not a date
        ("https://shop.example/item/m48210937561", "m48210937561"),
    ],
)
def test_url_code_of_ordinary_product_urls(url: str, want: str | None) -> None:
    assert url_code(url) == want


@pytest.mark.parametrize(
    "url",
    [
        "https://shop.example/blog/items/1234567-how-to-choose-trail-shoes",
        "https://shop.example/items/1234567-trail-running-shoes",
        "https://shop.example/listing/1234567/trail-running-shoes",
    ],
)
def test_pages_that_list_or_tell_are_no_listings_whatever_their_url(url: str) -> None:
    """A blog article and category pages under /items/ID-slug and /listing/ID/slug URLs, the category
    heading in a block named "listing-title" (the kind of name the title-block rule reads): no
    product, no sku."""
    cards = "".join(
        f"<li class='sc-c1'><a href='/items/{i}123456-shoe-{i}'><img src='/m/s{i}_300x300.jpg'>Shoe {i}</a>"
        f"<span class='sc-c3'>${i}9.00</span></li>"
        for i in range(2, 8)
    )
    if "blog" in url:
        body = (
            "<article class='sc-ar'><h1 class='sc-a1'>How to choose trail shoes</h1><p>Grip, drop and fit matter"
            " more than the price tag. Good shoes start at $89.</p><p>Read on.</p></article>"
        )
    elif "listing" in url:
        body = (
            "<div class='listing-title'><h1>Trail running shoes</h1><span>128 results</span></div>"
            f"<ul class='sc-l'>{cards}</ul>"
        )
    else:
        body = f"<h1 class='sc-a1'>Trail running shoes</h1><ul class='sc-l'>{cards}</ul>"
    assert extract_product(page(body, "Trail shoes | Shop Example"), url) is None


# ---- brand: brand links with ids in the URL, logos linking to brand pages -------------------------


def _brands_block(logos: bool) -> str:
    links = "".join(
        f"<a class='sc-bl' href='/brands/{slug}/{n}'>"
        + (f"<img src='/media/brand-marks/{n}.png' alt='{text}' width='120' height='60'>" if logos else text)
        + "</a>"
        for slug, text, n in (("salomon", "Salomon", 31), ("hoka", "Hoka", 47), ("brooks", "Brooks", 52))
    )
    return f"<section class='sc-pb'><h2>Popular brands</h2><div class='sc-bg'>{links}</div></section>"


@pytest.mark.parametrize("logos", [False, True], ids=["text links", "logo links"])
def test_a_popular_brands_block_names_no_brand_of_the_product(logos: bool) -> None:
    """A "Popular brands" block under the product (links to /brands/<name>/<id>, as text or as logos
    with the brand in the alt text): other brands, not the product's."""
    html = page(H1 + IMG + block("$89.00") + BUY + _brands_block(logos))
    got = extract_product(html, URL)
    assert got is not None and got["brand_claimed"] is None


@pytest.mark.parametrize("logos", [False, True], ids=["text link", "logo link"])
def test_the_products_own_brand_link_beside_a_popular_brands_block(logos: bool) -> None:
    own = (
        "<a class='sc-ob' href='/brands/altra/61'>"
        + ("<img src='/media/brand-marks/61.png' alt='Altra' width='120' height='60'>" if logos else "Altra")
        + "</a>"
    )
    html = page(H1 + own + IMG + block("$89.00") + BUY + _brands_block(logos))
    got = extract_product(html, URL)
    assert got is not None and got["brand_claimed"] == "Altra"


def test_the_shops_logo_in_the_header_linking_to_its_brand_page_is_no_brand() -> None:
    html = page(H1 + IMG + block("$89.00") + BUY).replace(
        "<a href='/'>Shop</a>",
        "<a href='/brands/shop-example/1'><img src='/static/mark.png' alt='Shop Example'></a>",
    )
    got = extract_product(html, URL)
    assert got is not None and got["brand_claimed"] is None


def test_a_category_link_under_the_title_is_no_brand() -> None:
    """ "Dresses" under the title links to /c/dresses; the document title opens with the category
    as its own part ("Dresses - Be the One Sleeveless Dress | Shop Example"), not as the first words of
    the product's part."""
    body = (
        "<h1 class='sc-a1'>Be the One Sleeveless Dress</h1><div class='sc-x'><a href='/c/dresses'>Dresses</a></div>"
        + IMG
        + block("$89.00")
        + BUY
    )
    got = extract_product(page(body, "Dresses - Be the One Sleeveless Dress | Shop Example"), URL)
    assert got is not None and got["brand_claimed"] is None


# ---- layout: an <aside> holding the h1 is the product's sidebar ----------------------------------


@pytest.mark.parametrize("heading", ["h1", "h2"])
def test_a_site_sidebar_aside_with_the_site_title_stays_a_strip(heading: str) -> None:
    """A sidebar theme: `<aside>` holds the site's `<h1>` (a link home), the menu and a "Deal of the
    day" box with its price; the product's heading in the main column is an `<h1>` or an `<h2>`."""
    aside = (
        "<aside class='sc-sd'><h1 class='sc-st'><a href='/'>Shop Example</a></h1><ul class='sc-mn'>"
        "<li><a href='/c/shoes'>Shoes</a></li><li><a href='/c/bags'>Bags</a></li></ul>"
        "<div class='sc-dd'><p>Deal of the day</p><a href='/p/9'>Camp Mug</a><span class='sc-dp'>$12.00</span></div></aside>"
    )
    head = H1.replace("h1", heading)
    html = page(aside + "<div class='sc-col'>" + head + IMG + block("$89.00") + BUY + "</div>")
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 89.0 and got["title"] == NAME


def test_a_widget_aside_with_an_h1_heading_stays_a_strip() -> None:
    """HTML5 themes head each sidebar widget with an `<h1>` (Twenty Fourteen): a "Best sellers"
    widget's product and price are not the page's."""
    aside = (
        "<aside class='sc-w'><h1 class='sc-wt'>Best seller</h1><a href='/p/9'><img src='/media/camp-mug_600x600.jpg'"
        " alt='Camp Mug'>Camp Mug</a><span class='sc-wp'>$12.00</span></aside>"
    )
    html = page(aside + "<div class='sc-col'>" + H1 + IMG + block("$89.00") + BUY + "</div>")
    got = extract_product(html, URL)
    assert got is not None and got["price"] == 89.0 and got["image_urls"][0] == _FULL


def test_a_vinted_like_sidebar_with_a_logo_heading_in_the_header() -> None:
    # the rule's own kind where the shop also sets its logo in an <h1> in the header
    aside = (
        "<aside class='sc-as'><h1 class='sc-t'>Jean 501 W32 L32</h1><p class='sc-p'>25,00 €</p>"
        "<div class='sc-r'><div class='sc-k'>Marque</div><div class='sc-v'><a href='/brand/10-levis'>Levi's</a></div></div>"
        "<button class='sc-b'>Acheter</button></aside>"
    )
    body = "<div class='sc-ph'><img src='/media/f800/1732871044.jpeg' alt='Jean 501'></div>" + aside
    html = page(body, "Jean 501 W32 L32 | Shop Example", "fr").replace(
        "<a href='/'>Shop</a>", "<h1 class='sc-logo'><a href='/'>Shop Example</a></h1>"
    )
    got = extract_product(html, URL)
    assert got is not None and got["brand_claimed"] == "Levi's" and got["price"] == 25.0


def test_a_wide_lifestyle_banner_loaded_first_is_no_product_photo() -> None:
    """A brand shop's wide hero picture above the product (1920x640, its alt naming the product on
    the trail), loaded first: a banner by its proportions, not the product photo."""
    hero = (
        "<div class='sc-k1'><img class='sc-k2' src='/media/stories/trail-runner-2-hero.jpg' width='1920' height='640'"
        f" alt='{NAME} on the trail' fetchpriority='high'></div>"
    )
    got = extract_product(page(hero + H1 + IMG + block("$89.00") + BUY), URL)
    assert got is not None and got["image_urls"][0] == _FULL, got["image_urls"]


def test_a_collaboration_of_two_brands_names_the_first() -> None:
    # must not be taken for a list of brands: two brand links side by side under the title
    collab = "<div class='sc-cb'><a href='/brands/nike/12'>Nike</a> x <a href='/brands/off-white/88'>Off-White</a></div>"
    html = page(H1 + collab + IMG + block("$189.00") + BUY)
    got = extract_product(html, URL)
    assert got is not None and got["brand_claimed"] == "Nike"


def test_a_main_photo_loaded_first_with_a_generic_alt_text() -> None:
    """The main photo's alt text only counts the gallery ("Image 1 of 6"): no campaign banner, it
    keeps the load-first bonus over a size chart further down."""
    main = "<div class='sc-g7'><img class='sc-i8' src='/media/p/8812-1.jpg' alt='Image 1 of 6' fetchpriority='high'></div>"
    chart = (
        "<div class='sc-sz'><img src='/media/size-chart.png' alt='Size chart' width='600' height='400'></div>"
    )
    got = extract_product(page(main + H1 + block("$89.00") + BUY + chart), URL)
    assert got is not None and got["image_urls"][0] == "https://shop.example/media/p/8812-1.jpg", got[
        "image_urls"
    ]
