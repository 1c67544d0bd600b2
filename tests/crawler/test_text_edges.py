"""Invisible marks at the ends of a listing's text fields (stop 66, the lead's probe): an RTL shop wraps a name in
direction marks ("\u200fNAME\u200f"), a CMS leaves a zero-width space or a BOM before a code; none is part of the
value (`extract._finish`, `dom.MARKS`). Marks inside a value stay (a zero-width joiner inside an emoji sequence).
And a sign several currencies write ("$", "kr") beside the ISO code that names the currency ("$1,299 MXN"); JSON
or markup in a lazy-loader's attribute is no picture URL."""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.srcset import img_urls
from knockoff.crawler.values import parse_price


def _page(name: str, ld_name: str | None = None, alt: str = "Brass Task Lamp") -> str:
    ld = (
        "<script type='application/ld+json'>"
        f'{{"@context":"https://schema.org","@type":"Product","name":"{ld_name}","sku":"\\ufeffBTL-12\\u200b",'
        '"offers":{"@type":"Offer","price":"129.00","priceCurrency":"ILS"}}</script>'
        if ld_name is not None
        else ""
    )
    return (
        f"<html dir='rtl'><head><title>Lamp Shop</title>{ld}</head><body><div class='product'><h1>{name}</h1>"
        f"<img src='/m/btl-12.jpg' alt='{alt}' width='500'><div class='price'>129.00 ₪</div>"
        "<button type='submit' class='btn-cart'>הוספה לסל</button></div></body></html>"
    )


@pytest.mark.parametrize("mark", ["\u200f", "\u200e", "\u200b", "\ufeff", "\u202b"])
def test_marks_around_a_shown_name_are_no_part_of_it(mark: str) -> None:
    got = extract_product(_page(f"{mark}Brass Task Lamp{mark}"), "https://lamps.example/btl-12")
    assert got is not None and got["title"] == "Brass Task Lamp"


def test_marks_around_structured_values_are_no_part_of_them() -> None:
    got = extract_product(
        _page("Brass Task Lamp", ld_name="\u200fBrass Task Lamp\u200f"), "https://lamps.example/btl-12"
    )
    assert got is not None and got["title"] == "Brass Task Lamp" and got["sku"] == "BTL-12"


def test_a_joiner_inside_a_name_stays() -> None:
    # must not fire: marks inside the value ("👩\u200d🔧" is one emoji)
    got = extract_product(
        _page("Mechanic 👩\u200d🔧 Figure Set", alt="Mechanic Figure Set"), "https://lamps.example/btl-12"
    )
    assert got is not None and got["title"] == "Mechanic 👩\u200d🔧 Figure Set"


@pytest.mark.parametrize(
    "shown, want",
    [
        ("$1,299 MXN", (1299.0, "MXN")),
        ("MXN $1,299", (1299.0, "MXN")),
        ("$ 1.299.000 COP", (1299000.0, "COP")),
        ("$1.299,00 ARS", (1299.0, "ARS")),
        ("kr 1 299 NOK", (1299.0, "NOK")),
        # must not fire: no code, a code of another amount, a word that is no ISO 4217 code
        ("$1,299", (1299.0, "USD")),
        ("$129 (approx. 2,500 MXN)", (129.0, "USD")),
        ("$1,299 ABC", (1299.0, "USD")),
    ],
)
def test_the_iso_code_beside_a_shared_sign_says_the_currency(shown: str, want: tuple[float, str]) -> None:
    # "$" and "kr" are written by several currencies; the code beside the amount names which (price-parser reads
    # "$" as USD): `values._code_beside_amount`, the lead's probe, stop 66
    assert parse_price(shown) == want


@pytest.mark.parametrize(
    "value", ['{"400":"/m/btl-400.jpg"}', '["/m/btl-400.jpg"]', '/m/btl.jpg" onerror="x']
)
def test_a_lazy_attribute_holding_json_or_markup_is_no_picture_url(value: str) -> None:
    # JSON or markup written into a lazy-loader's attribute was read as a page-relative URL ('{"400":...'):
    # `srcset._NOT_URL`, the lead's probe, stop 66
    placeholder = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
    assert img_urls({"src": placeholder, "data-srcset": value}) == []
    # must not fire: a URL with a space or brackets is still one
    assert img_urls({"src": "/m/brass task lamp [2].jpg"}) == ["/m/brass task lamp [2].jpg"]


def _two_headings(doc: str, banner: str, product: str = "<h1>Brass Task Lamp</h1>") -> str:
    return (
        f"<html><head><title>{doc}</title></head><body>{banner}<div class='product'>{product}"
        "<img src='/media/brass-task-lamp.jpg' alt='Brass Task Lamp' width='500'><div class='price'>$129.00</div>"
        "<button type='submit' class='btn-cart'>Add to Cart</button></div></body></html>"
    )


@pytest.mark.parametrize(
    "doc, banner",
    [
        ("Brass Task Lamp | Lamp Shop", "<header><h1 class='logo'>Lamp Shop</h1></header>"),
        ("Brass Task Lamp | Lamp Shop", "<div id='header'><h1>Lamp Shop</h1></div>"),
        ("Lamp Shop | Brass Task Lamp", "<div role='banner'><h1>Lamp Shop</h1></div>"),
    ],
)
def test_the_shops_name_as_a_banner_heading_is_no_title(doc: str, banner: str) -> None:
    # the shop's name in an <h1> above the product's, where neither the host nor og:site_name names the shop, was
    # read as the title and the product's name as its brand (`titles._banner_heading`, the lead's probe, stop 66)
    got = extract_product(_two_headings(doc, banner), "https://lamps.example/brass-task-lamp")
    assert got is not None and got["title"] == "Brass Task Lamp" and got["brand_claimed"] is None


def test_a_second_heading_after_the_products_is_no_banner() -> None:
    # must not fire: the product's <h1> first, the other out of any banner
    html = _two_headings("Brass Task Lamp | Lamp Shop", "", "<h1>Brass Task Lamp</h1><h1>Lamp Shop</h1>")
    got = extract_product(html, "https://lamps.example/brass-task-lamp")
    assert got is not None and got["title"] == "Brass Task Lamp"
