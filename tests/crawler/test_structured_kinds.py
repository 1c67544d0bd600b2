"""Structured data as shop platforms really write it (issue 14, tests/crawler/pages_market6): each
kind `extract_product` reconciles, and an ordinary page beside it that the rule must leave alone."""

from __future__ import annotations

import json
from pathlib import Path

from knockoff.crawler.extract import extract_product

MARKET6 = Path(__file__).parent / "pages_market6"


def _page(product: dict, *, h1: str, title: str, site: str = "Oak Studio", body: str = "") -> str:
    """A small product page: JSON-LD `product`, a `<title>`, og:site_name, an h1, a price, a cart button."""
    return f"""<!doctype html><html lang="en"><head><title>{title}</title>
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{json.dumps(product)}</script></head>
<body><header><a href="/">{site}</a></header><main><div class="product">
<img class="product-image" src="https://shop.example/img/main-photo-1200.jpg" width="800" height="800" alt="{h1}">
<h1 class="product-title">{h1}</h1><div class="price">£22.00</div>
<form action="/cart/add" method="post"><button type="submit" name="add">Add to cart</button></form>
{body}</div></main></body></html>"""


def _product(name: str, price: str = "22.00", **extra: object) -> dict:
    return {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": name,
        "image": "https://shop.example/img/main-photo-1200.jpg",
        "offers": {"@type": "Offer", "price": price, "priceCurrency": "GBP", "availability": "InStock"},
        **extra,
    }


def _market6(name: str, url: str | None = None) -> dict:
    truth = json.loads((MARKET6 / "truth.json").read_text(encoding="utf-8"))
    return extract_product((MARKET6 / name).read_text(encoding="utf-8"), url or truth[name]["url"])


# ---- a price of "0": price on request --------------------------------------------------------


def test_price_zero_in_json_ld_and_opengraph_is_no_price() -> None:
    got = _market6("rankmath_de_on_request.html")  # Rank Math: "price":"0", product:price:amount 0
    assert got is not None
    assert (got["price"], got["currency"]) == (None, None)
    assert got["availability"] == "OutOfStock" and got["sku"] == "WS-WB2000-LW"


def test_an_ordinary_price_is_read_as_before() -> None:
    got = extract_product(
        _page(_product("Stoneware Mug"), h1="Stoneware Mug", title="Stoneware Mug"),
        "https://shop.example/p/1",
    )
    assert (got["price"], got["currency"]) == (22.0, "GBP")


# ---- a structured name with the shop's name as a suffix -----------------------------------------


def test_structured_name_with_the_shops_name_appended_gives_the_shown_name() -> None:
    html = _page(
        _product("Stoneware Mug, Speckled Oat — Oak Studio"),
        h1="Stoneware Mug, Speckled Oat",
        title="Stoneware Mug, Speckled Oat — Oak Studio",
    )
    assert extract_product(html, "https://shop.example/p/1")["title"] == "Stoneware Mug, Speckled Oat"
    assert _market6("squarespace_uk_sale.html")["title"] == "Stoneware Mug, Speckled Oat"
    assert _market6("rankmath_de_on_request.html")["title"] == "Werkbank Profi 2000 mit Lochwand"


def test_structured_name_with_a_variant_suffix_is_kept() -> None:
    # "— Speckled Oat" is the variant, not the shop's name: the structured name stays whole
    html = _page(
        _product("Stoneware Mug — Speckled Oat"),
        h1="Stoneware Mug",
        title="Stoneware Mug — Speckled Oat | Oak Studio",
    )
    assert extract_product(html, "https://shop.example/p/1")["title"] == "Stoneware Mug — Speckled Oat"


# ---- the <title> adds only the brand -------------------------------------------------------------


def test_title_tag_adding_only_the_brand_leaves_the_structured_name() -> None:
    html = _page(
        _product("Ceramic Pour-Over Dripper", brand={"@type": "Brand", "name": "Hearth &amp; Kiln"}),
        h1="Ceramic Pour-Over Dripper",
        title="Hearth &amp; Kiln Ceramic Pour-Over Dripper - Hearth &amp; Kiln Goods",
    )
    got = extract_product(html, "https://shop.example/p/1")
    assert (got["title"], got["brand_claimed"]) == ("Ceramic Pour-Over Dripper", "Hearth & Kiln")
    assert _market6("bigcommerce_us.html")["title"] == "Ceramic Pour-Over Coffee Dripper"


def test_title_tag_with_a_fuller_product_name_still_wins() -> None:
    html = _page(
        _product("Ceramic Dripper", brand={"@type": "Brand", "name": "Hearth"}),
        h1="Ceramic Dripper",
        title="Ceramic Dripper Stoneware Oat 350 ml - Hearth Goods",
    )
    assert (
        extract_product(html, "https://shop.example/p/1")["title"] == "Ceramic Dripper Stoneware Oat 350 ml"
    )


# ---- AggregateOffer beside a buy button waiting for a variant --------------------------------------


def test_aggregate_offer_in_stock_beside_a_control_waiting_for_a_variant_stays_in_stock() -> None:
    got = _market6("woocommerce_variable_nl.html")
    assert (got["availability"], got["price"], got["currency"]) == ("InStock", 89.0, "EUR")


def _single_offer(html: str) -> str:
    single = html.replace(
        '"@type":"AggregateOffer","lowPrice":"89.00","highPrice":"139.00","offerCount":2',
        '"@type":"Offer","price":"89.00"',
    )
    assert single != html
    return single


def test_single_offer_in_stock_beside_a_control_only_disabled_stays_in_stock() -> None:
    """A single Offer's InStock beside WooCommerce's add-to-cart disabled until a variant is chosen
    (no "sold out" words): the offer stands (stop 34; it gave way to the disabled control before)."""
    html = _single_offer((MARKET6 / "woocommerce_variable_nl.html").read_text(encoding="utf-8"))
    got = extract_product(html, "https://dewolkamer.example/product/wollen-plaid-visgraat/")
    assert (got["price"], got["availability"]) == (89.0, "InStock")


def test_single_offer_in_stock_beside_a_control_saying_sold_out_gives_way() -> None:
    html = _single_offer((MARKET6 / "woocommerce_variable_nl.html").read_text(encoding="utf-8"))
    sold = html.replace(">Toevoegen aan winkelwagen</button>", ">Uitverkocht</button>")
    assert sold != html
    got = extract_product(sold, "https://dewolkamer.example/product/wollen-plaid-visgraat/")
    assert (got["price"], got["availability"]) == (89.0, "OutOfStock")  # the control says so


# ---- Wix "Offers" --------------------------------------------------------------------------------


def test_capitalised_offers_key_is_read() -> None:
    got = _market6("wix_it.html")
    assert (got["price"], got["currency"], got["seller"]) == (185.0, "EUR", "Pelletteria Arno")
    assert got["field_sources"]["price"] == "jsonld"


# ---- Shopify ProductGroup: the variant the URL names shows its own picture ---------------------------


def test_variant_named_in_the_url_leads_with_its_own_image() -> None:
    got = _market6("shopify_us_variant.html")
    assert (got["price"], got["sku"]) == (118.0, "NF-MCS-FO-M")
    assert "merino-crew-forest.jpg" in got["image_urls"][0]


def test_without_a_variant_in_the_url_the_first_in_stock_variant_is_read_as_before() -> None:
    got = _market6("shopify_us_variant.html", "https://northfold.example/products/merino-crew-sweater")
    assert (got["price"], got["sku"]) == (98.0, "NF-MCS-HG-M")
    assert "merino-crew-heather-grey.jpg" in got["image_urls"][0]


# ---- a bare "$" of no known region: the ISO code the page writes beside the same amount ----------

TIENDANUBE = Path(__file__).parent / "pages_market4" / "tiendanube_ar_sinstock.html"
TIENDANUBE_URL = "https://ferrinicalzados.example/productos/zapatilla-urbana-cuero-negro/"


def test_bare_dollar_takes_the_code_the_variant_json_writes_beside_the_amount() -> None:
    got = extract_product(TIENDANUBE.read_text(encoding="utf-8"), TIENDANUBE_URL)
    assert (got["price"], got["currency"]) == (36999.0, "ARS")


def test_bare_dollar_without_a_written_code_stays_unknown() -> None:
    html = TIENDANUBE.read_text(encoding="utf-8").replace("$36.999,00 ARS", "$36.999,00")
    got = extract_product(html, TIENDANUBE_URL)
    assert (got["price"], got["currency"]) == (36999.0, None)  # which peso, nothing says: as before


# ---- a structured sku that is the shown item number plus the variant's suffix -------------------


def test_structured_sku_extending_the_shown_item_number_gives_the_shown_number() -> None:
    assert _market6("sfcc_us_related.html")["sku"] == "RL20451"  # JSON-LD "RL20451-210-080"
    html = _page(
        _product("Trail Boot", sku="TB4410-210-080"),
        h1="Trail Boot",
        title="Trail Boot | Oak Studio",
        body='<div class="product-number">Item No. <span class="product-id">TB4410</span></div>',
    )
    assert extract_product(html, "https://shop.example/p/1")["sku"] == "TB4410"


def test_structured_sku_that_only_shares_a_prefix_with_the_shown_code_stays() -> None:
    html = _page(
        _product("Trail Boot", sku="TB44107"),
        h1="Trail Boot",
        title="Trail Boot | Oak Studio",
        body='<div class="product-number">Item No. <span class="product-id">TB4410</span></div>',
    )
    assert extract_product(html, "https://shop.example/p/1")["sku"] == "TB44107"
