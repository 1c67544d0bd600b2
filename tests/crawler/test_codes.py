"""The maker's codes of a listing (crawler/codes.py): GTIN and MPN beside the shop's sku."""

from __future__ import annotations

import json

import pyarrow as pa
import pytest

from knockoff.crawler.codes import gtin, gtin14, mpn, structured_gtin
from knockoff.crawler.extract import extract_product
from knockoff.lake import LISTINGS_SCHEMA, conform

URL = "https://shop.example/p/kettle-2000"


@pytest.mark.parametrize(
    ("raw", "want"),
    [
        ("036000291452", "036000291452"),  # UPC-A
        ("0 36000 29145 2", "036000291452"),  # printed in groups
        ("4006381333931", "4006381333931"),  # EAN-13
        (4006381333931, "4006381333931"),  # a number in JSON-LD
        ("96385074", "96385074"),  # EAN-8
        ("10036000291459", "10036000291459"),  # GTIN-14
        ("978-3-16-148410-0", "9783161484100"),  # ISBN-13 with hyphens
        ("0-306-40615-2", "9780306406157"),  # ISBN-10 becomes its ISBN-13
        ("isbn:9783161484100", "9783161484100"),  # a feed's productID with its scheme
        ("gtin13: 4006381333931", "4006381333931"),
        ("4006381333932", None),  # wrong check digit
        # GS1's restricted-circulation and coupon numbers name no trade item (GS1 General Specifications 1.4.4)
        ("2001234567893", None),  # EAN 20-29: a shop's in-store number
        ("201234567899", None),  # UPC number system 2: variable-measure goods
        ("401234567893", None),  # UPC number system 4: in-store use
        ("9812345678902", None),  # coupon
        ("9912345678909", None),  # coupon
        ("9771234567898", "9771234567898"),  # an ISSN's GTIN-13 (serials) is a trade item
        ("036000291453", None),
        ("12345", None),  # a shop's internal number under a UPC label
        ("12345678901", None),  # 11 digits: no GTIN length
        ("N/A", None),
        ("", None),
        (None, None),
        (True, None),
        ({"x": 1}, None),
    ],
)
def test_gtin_keeps_only_codes_whose_check_digit_holds(raw, want) -> None:
    assert gtin(raw) == want


def test_gtin14_pads_so_a_upc_and_its_ean_compare_equal() -> None:
    assert gtin14("036000291452") == gtin14("0036000291452") == "00036000291452"


def test_mpn_drops_its_scheme_and_collapses_spaces() -> None:
    assert mpn("mpn: WH-1000XM5 /B ") == "WH-1000XM5 /B"
    assert mpn(12345) == "12345"
    assert mpn("  ") is None and mpn(None) is None and mpn(False) is None


def test_a_gtin_property_whose_leading_zeros_were_lost() -> None:
    """UPC-A 036000291452 written as a JSON number (36000291452) or through a spreadsheet."""
    assert structured_gtin({"gtin12": 36000291452}) == "036000291452"
    assert structured_gtin({"gtin13": "36000291452"}) == "036000291452"
    assert structured_gtin({"gtin": 10036000291459}) == "10036000291459"  # a GTIN-14 as it is
    assert structured_gtin({"gtin12": 36000291453}) is None  # the check digit fails however padded
    assert structured_gtin({"gtin12": "036000291453"}) is None
    assert structured_gtin({"gtin12": 12345}) is None  # too short to be a GTIN that lost its zeros
    got = extract_product(_jsonld_page({"gtin12": 36000291452, "offers": OFFER}), URL)
    assert got["gtin"] == "036000291452"


def test_structured_gtin_reads_every_gtin_property_and_value_forms() -> None:
    assert structured_gtin({"gtin12": "036000291452"}) == "036000291452"
    assert structured_gtin({"gtin": ["bad", {"@value": "4006381333931"}]}) == "4006381333931"
    assert structured_gtin({"productID": "isbn:0306406152"}) == "9780306406157"
    # a productID without a scheme is the shop's own id, not a GTIN, even with 13 digits
    assert structured_gtin({"productID": "4006381333931"}) is None
    assert structured_gtin({"gtin13": "4006381333932"}) is None


def _jsonld_page(product: dict, body: str = "") -> str:
    data = {"@context": "https://schema.org", "@type": "Product", "name": "Kettle 2000", **product}
    return (
        f"<html><head><title>Kettle 2000</title><script type='application/ld+json'>{json.dumps(data)}</script>"
        f"</head><body><h1>Kettle 2000</h1>{body}</body></html>"
    )


OFFER = {
    "@type": "Offer",
    "price": "49.00",
    "priceCurrency": "EUR",
    "availability": "https://schema.org/InStock",
}


def test_structured_codes_of_the_product_and_of_its_offer() -> None:
    got = extract_product(
        _jsonld_page({"sku": "K-2000", "mpn": "KT2000-EU", "offers": {**OFFER, "gtin13": "4006381333931"}}),
        URL,
    )
    assert (got["sku"], got["gtin"], got["mpn"]) == ("K-2000", "4006381333931", "KT2000-EU")
    assert got["field_sources"]["gtin"] == got["field_sources"]["mpn"] == "jsonld"
    # the product's own code comes before its offer's
    got = extract_product(
        _jsonld_page({"gtin12": "036000291452", "offers": {**OFFER, "gtin13": "4006381333931"}}), URL
    )
    assert got["gtin"] == "036000291452"


def test_an_invalid_structured_gtin_is_none_and_the_page_label_can_give_the_code() -> None:
    body = "<table><tr><th>EAN</th><td>4006381333931</td></tr></table>"
    got = extract_product(_jsonld_page({"gtin13": "4006381333932", "offers": OFFER}, body), URL)
    assert got["gtin"] == "4006381333931" and got["field_sources"]["gtin"] == "heuristic"
    got = extract_product(_jsonld_page({"gtin13": "4006381333932", "offers": OFFER}), URL)
    assert got["gtin"] is None and "gtin" not in got["field_sources"]


def test_a_placeholder_mpn_is_no_code() -> None:
    got = extract_product(_jsonld_page({"mpn": "N/A", "sku": "K-2000", "offers": OFFER}), URL)
    assert got["mpn"] is None and got["sku"] == "K-2000"


def test_microdata_codes() -> None:
    html = """<html><body><div itemscope itemtype="https://schema.org/Product">
      <h1 itemprop="name">Kettle 2000</h1><meta itemprop="gtin13" content="4006381333931">
      <span itemprop="mpn">KT2000-EU</span>
      <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
        <span itemprop="price" content="49.00">49,00 €</span><meta itemprop="priceCurrency" content="EUR">
      </div></div></body></html>"""
    got = extract_product(html, URL)
    assert (got["gtin"], got["mpn"]) == ("4006381333931", "KT2000-EU")
    assert got["field_sources"]["gtin"] == "microdata"


def test_the_shown_variant_of_a_product_group_gives_its_gtin() -> None:
    group = {
        "@context": "https://schema.org",
        "@type": "ProductGroup",
        "name": "Kettle 2000",
        "productGroupID": "KT2000",
        "hasVariant": [
            {"@type": "Product", "name": "Kettle 2000 red", "sku": "KT-R", "gtin13": "4006381333931",
             "url": URL + "?variant=red", "offers": OFFER},
            {"@type": "Product", "name": "Kettle 2000 blue", "sku": "KT-B", "gtin12": "036000291452",
             "url": URL + "?variant=blue", "offers": OFFER},
        ],
    }  # fmt: skip
    html = (
        f"<html><head><script type='application/ld+json'>{json.dumps(group)}</script></head>"
        "<body><h1>Kettle 2000</h1></body></html>"
    )
    assert extract_product(html, URL + "?variant=blue")["gtin"] == "036000291452"


def test_page_labels_without_structured_data() -> None:
    html = """<html><head><title>Kettle 2000 | Shop</title></head><body><h1>Kettle 2000</h1>
      <div class="price">$49.00</div><button>Add to cart</button><img src="/k.jpg" width="600" height="600">
      <table><tr><td>UPC</td><td>0 36000 29145 2</td></tr><tr><td>Model #</td><td>KT2000-US</td></tr>
      <tr><td>SKU</td><td>118822</td></tr></table></body></html>"""
    got = extract_product(html, URL)
    assert (got["sku"], got["gtin"], got["mpn"]) == ("118822", "036000291452", "KT2000-US")
    assert got["field_sources"]["gtin"] == got["field_sources"]["mpn"] == "heuristic"


def test_a_gtin_written_under_a_model_label_is_no_mpn_and_a_bad_upc_no_gtin() -> None:
    html = """<html><head><title>Kettle 2000 | Shop</title></head><body><h1>Kettle 2000</h1>
      <div class="price">$49.00</div><button>Add to cart</button>
      <ul><li>UPC: 036000291452</li><li>Model: 036000291452</li></ul></body></html>"""
    got = extract_product(html, URL)
    assert got["gtin"] == "036000291452" and got["mpn"] is None
    html = html.replace("UPC: 036000291452", "UPC: 1234").replace("Model: 036000291452", "Model: 2024")
    got = extract_product(html, URL)
    assert got["gtin"] is None and got["mpn"] is None  # a model year is no part number


def test_older_listings_partitions_read_with_null_codes() -> None:
    """A listings file written before the codes existed (no gtin/mpn columns, field_sources without them)
    reads under the contract schema with nulls (`lake.conform`)."""
    old_sources = pa.struct([(f, pa.string()) for f in ("title", "sku")])
    old = pa.table(
        {
            "listing_id": ["a"],
            "sku": ["K-2000"],
            "field_sources": pa.array([{"title": "jsonld", "sku": "jsonld"}], old_sources),
        }
    )
    row = conform(old, LISTINGS_SCHEMA, "listings").to_pylist()[0]
    assert row["gtin"] is None and row["mpn"] is None and row["sku"] == "K-2000"
    assert row["field_sources"]["gtin"] is None and row["field_sources"]["sku"] == "jsonld"


def _shopify_page(variants: list[dict], extra: str = "") -> str:
    product = {"id": 6512, "title": "Canvas Tote Natural", "vendor": "Tote Co", "price": 3400, "available": True,
               "variants": variants}  # fmt: skip
    return (
        "<html><head><title>Canvas Tote Natural | Tote Co</title></head><body>"
        "<h1 class='product-single__title'>Canvas Tote Natural</h1><span class='price-item'>$34.00</span>"
        "<form action='/cart/add'><button type='submit' name='add'>Add to cart</button></form>"
        f"<script type='application/json' id='ProductJson-product-template'>{json.dumps(product)}</script>"
        f"{extra}</body></html>"
    )


def test_state_json_codes_shopify_variant_barcodes() -> None:
    """Shopify themes' product JSON writes each variant's GTIN as "barcode": one shared by every variant is the
    product's; several different ones say nothing of the variant shown (the page's labels may still)."""
    url = "https://totes.example/products/canvas-tote"
    one = [{"id": 1, "title": "Natural", "price": 3400, "barcode": "036000291452", "available": True}]
    got = extract_product(_shopify_page(one), url)
    assert got["gtin"] == "036000291452" and got["field_sources"]["gtin"] == "state"
    two = [*one, {"id": 2, "title": "Black", "price": 3400, "barcode": "4006381333931", "available": True}]
    assert extract_product(_shopify_page(two), url)["gtin"] is None
    bad = [{"id": 1, "title": "Natural", "price": 3400, "barcode": "TOTE-NAT", "available": True}]  # no GTIN
    assert extract_product(_shopify_page(bad), url)["gtin"] is None
    labelled = _shopify_page(two, "<p>UPC: 036000291452</p>")
    assert extract_product(labelled, url)["gtin"] == "036000291452"


def test_state_json_codes_of_a_client_rendered_product() -> None:
    state = {"props": {"pageProps": {"product": {
        "productName": "Cordless Drill Driver 20V", "price": {"value": 99.0, "currency": "USD"},
        "upc": "036000291452", "modelNumber": "DCD771C2", "images": ["https://cdn.example/drill.jpg"],
    }}}}  # fmt: skip
    html = (
        "<html><head><title>Cordless Drill Driver 20V - Tools</title></head><body><div id='root'></div>"
        f"<script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script></body></html>"
    )
    got = extract_product(html, "https://tools.example/p/drill-20v")
    assert (got["gtin"], got["mpn"]) == ("036000291452", "DCD771C2")
    assert got["field_sources"]["gtin"] == got["field_sources"]["mpn"] == "state"
