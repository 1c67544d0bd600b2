"""Placeholders where a listing has no sku or no brand, and the code kinds read since issue 14, each
beside cases where the rule must not fire.

A shop prints "SKU: N/A" (WooCommerce, for an empty SKU field), "-", "None", "nicht verfügbar" where it
has no code, and a marketplace writes "Brand | Unbranded" (eBay), "Generic" (Amazon), "Markenlos",
"ノーブランド" where the product has no brand: these are no value (`sku._NO_CODE`,
`brands.no_brand`), but only as the whole value: "NA-1234", "N/A-12" are codes and "Generic Surf Co."
is a brand (a company whose name holds the word). Also read now: the Portuguese label "Referência"
(not "Referências" in prose), an item code in Cyrillic letters ("Артикул | П-26/800ЭР"), and an
upper-case code as the URL's last segment after a product marker ("/p/BX-4471.html", not a slug of
words).
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.brands import no_brand
from knockoff.crawler.sku import no_code, url_code

URL = "https://shop.example/product/race-cap/"  # carries no item id


def read(rows: str, url: str = URL) -> dict:
    """What `extract_product` reads from a plain product page (heading, price, buy button) with
    `rows` under the heading."""
    html = (
        "<!DOCTYPE html><html><head><title>Race Cap | Shop</title></head><body><header><a href='/'>Shop</a>"
        "</header><main><h1>Race Cap</h1><p class='price'>$28.00</p>"
        f"{rows}<form method='post'><button type='submit' name='add-to-cart'>Add to cart</button></form>"
        "</main><footer>Shop Example</footer></body></html>"
    )
    got = extract_product(html, url)
    assert got is not None
    return got


def spec(label: str, value: str) -> str:
    """A one-row spec table: `label` in one cell, `value` in the next."""
    return f"<table class='specs'><tr><td>{label}</td><td>{value}</td></tr></table>"


# ---- sku placeholders ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rows",
    [
        "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>N/A</span></span></div>",
        "<p>SKU: n/a</p>",
        "<p>SKU: N.A.</p>",
        "<p>SKU: -</p>",
        "<p>SKU: —</p>",
        "<p>SKU: None</p>",
        "<p>SKU: null</p>",
        spec("Artikelnummer", "nicht verfügbar"),
        spec("Артикул", "нет"),
    ],
)
def test_sku_placeholder_is_no_code(rows: str) -> None:
    assert read(rows)["sku"] is None


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        ("<p>SKU: NA-1234</p>", "NA-1234"),  # opens with the letters of "NA", but is a code
        ("<p>SKU: N/A-12</p>", "N/A-12"),
        ("<p>SKU: NONE-5</p>", "NONE-5"),
        (
            "<div class='product_meta'><span class='sku_wrapper'>SKU: <span class='sku'>0042</span></span></div>",
            "0042",
        ),
    ],
)
def test_code_opening_like_a_placeholder_is_read(rows: str, want: str) -> None:
    assert read(rows)["sku"] == want
    assert not no_code(want)


@pytest.mark.parametrize("value", ["N/A", "n/a", " N.A. ", "-", "—", "None", "null", "nicht verfügbar"])
def test_no_code(value: str) -> None:
    assert no_code(value)


# ---- Portuguese and Cyrillic codes ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("rows", "want"),
    [
        ("<p>Marca: Hario</p><p>Referência: MSS-1DTB</p>", "MSS-1DTB"),
        ("<p>Ref.: MSS-1DTB</p>", "MSS-1DTB"),
        (spec("Артикул", "П-26/800ЭР"), "П-26/800ЭР"),  # Interskol writes its codes in Cyrillic
        (spec("Артикул", "P-26/800ER"), "P-26/800ER"),  # a Latin code in the same row
        (spec("Артикул", "152233"), "152233"),
        (spec("Код товара", "ДШ-12А"), "ДШ-12А"),
    ],
)
def test_label_and_code_read(rows: str, want: str) -> None:
    assert read(rows)["sku"] == want


@pytest.mark.parametrize(
    "rows",
    [
        "<p>Referências de qualidade desde 1990.</p>",  # the plural word in prose, no label
        spec("Артикул", "уточняйте у менеджера"),  # "ask the manager": words, no code
        spec("Производитель", "Интерскол 2024"),
    ],
)
def test_no_code_in_prose(rows: str) -> None:
    assert read(rows)["sku"] is None


# ---- a code in the URL ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://fastenerhub.example/p/BX-4471.html", "BX-4471"),
        ("https://shop.example/product/KT-DBV-20/", "KT-DBV-20"),
        ("https://shop.example/p/merino-beanie", None),  # a slug of words
        ("https://shop.example/p/iphone-15-case", None),  # words and a number, lower case
        ("https://shop.example/p/Bx-4471.html", None),  # mixed case: a slug, not a code
        ("https://shop.example/collections/SALE-2024", None),  # no product marker before it
        ("https://shop.example/p/SALE", None),  # no digit
        ("https://shop.example/p/2024-SALE", None),  # opens with digits
    ],
)
def test_url_code_segment(url: str, want: str | None) -> None:
    assert url_code(url) == want


def test_code_in_url_when_page_has_none_and_page_code_first() -> None:
    assert read("", "https://fastenerhub.example/p/BX-4471.html")["sku"] == "BX-4471"
    assert read("<p>SKU: RB-1</p>", "https://fastenerhub.example/p/BX-4471.html")["sku"] == "RB-1"


# ---- brand placeholders --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "value"),
    [
        ("Brand", "Unbranded"),
        ("Brand", "Generic"),
        ("Brand", "No brand"),
        ("Brand", "N/A"),
        ("Marke", "Markenlos"),
        ("Marke", "No Name"),
        ("Marque", "Sans marque"),
        ("Marca", "Sin marca"),
        ("Marca", "Senza marca"),
        ("Marca", "Genérico"),
        ("ブランド", "ノーブランド"),
        ("브랜드", "노브랜드"),
        ("Бренд", "Без бренда"),
        ("品牌", "无品牌"),
    ],
)
def test_brand_placeholder_is_no_brand(label: str, value: str) -> None:
    assert no_brand(value)
    assert read(spec(label, value))["brand_claimed"] is None


def test_ebay_item_specifics_unbranded() -> None:
    rows = "<dl><dt>Brand</dt><dd>Unbranded</dd><dt>Compatible Model</dt><dd>Apple iPhone 15</dd></dl>"
    assert read(rows)["brand_claimed"] is None


@pytest.mark.parametrize(
    "value",
    [
        "Generic Surf Co.",  # a company whose name holds the word: the whole value is not a placeholder
        "Unbranded Brewing",
        "NoName Studio",
        "Generation",
        "Ciele",
        "OEM",  # kept: it says something about the maker, and it is what some counterfeit listings claim
    ],
)
def test_brand_holding_a_placeholder_word_is_read(value: str) -> None:
    assert not no_brand(value)
    assert read(spec("Brand", value))["brand_claimed"] == value


def _jsonld_page(brand: object, sku: str) -> str:
    """A product page whose JSON-LD Product gives `brand` and `sku` (WooCommerce + Yoast, Amazon-like data)."""
    import json

    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": "Race Cap",
        "sku": sku,
        "brand": brand,
        "image": "https://shop.example/media/race-cap.jpg",
        "offers": {"@type": "Offer", "price": "28.00", "priceCurrency": "USD"},
    }
    return (
        "<!DOCTYPE html><html><head><title>Race Cap | Shop</title>"
        f"<script type='application/ld+json'>{json.dumps(data)}</script></head><body><main><h1>Race Cap</h1>"
        "<p class='price'>$28.00</p><button type='submit' name='add-to-cart'>Add to cart</button></main></body></html>"
    )


@pytest.mark.parametrize(
    ("brand", "sku"),
    [({"@type": "Brand", "name": "Unbranded"}, "N/A"), ("Generic", "n/a"), ({"name": "Markenlos"}, "-")],
)
def test_placeholders_in_structured_data_are_no_value(brand: object, sku: str) -> None:
    got = extract_product(_jsonld_page(brand, sku), URL)
    assert got is not None and got["price"] == 28.0 and got["title"] == "Race Cap"
    assert got["brand_claimed"] is None and got["sku"] is None
    assert "brand_claimed" not in got["field_sources"] and "sku" not in got["field_sources"]


def test_structured_brand_and_code_holding_a_placeholders_letters_stand() -> None:
    got = extract_product(_jsonld_page({"@type": "Brand", "name": "Generic Surf Co."}, "NA-1234"), URL)
    assert got is not None and got["brand_claimed"] == "Generic Surf Co." and got["sku"] == "NA-1234"
    assert got["field_sources"]["brand_claimed"] == "jsonld" and got["field_sources"]["sku"] == "jsonld"
