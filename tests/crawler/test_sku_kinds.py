"""sku kinds found on the seventh marketplace batch (tests/crawler/pages_market7: Zara, eMAG, Alza,
Fnac), each written small, each beside an ordinary page where the rule must not fire.

A slashed reference after the colour name and a bar ("Blanco | 2298/162/250"); the shop's own code
labels in Romanian, Czech, Slovak, Hungarian, Polish, Turkish and Greek ("Cod produs", "Kód"), read
before a manufacturer's "Part number" / "Kód výrobce"; the item ids of eMAG ("/pd/DT7N3YMBM/") and Fnac
("/a17226135/slug") URLs.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.sku import url_code

URL = "https://shop.example/p/1"  # carries no item id
BUY = "<button class='u-b'>Adaugă în coș</button>"
PRICE = "<div class='u-p'>1.899,99 Lei</div>"


def sku_of(codes: str, url: str = URL) -> str | None:
    """The sku `extract_product` reads from a product page of shop.example whose classes name nothing:
    header, heading, `codes`, price, buy button, footer."""
    html = (
        "<html><head><title>Telefon Galaxy A55 | Shop</title></head><body><header class='u-h'><a href='/'>"
        "Shop</a></header><main class='u-m'><h1 class='u-t'>Telefon Galaxy A55</h1>"
        f"{codes}{PRICE}{BUY}</main><footer class='u-f'>Shop Example</footer></body></html>"
    )
    got = extract_product(html, url)
    assert got is not None
    return got["sku"]


# ---- a reference after the colour and a bar -------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Blanco | 2298/162/250", "2298/162/250"),
        ("Off White | 0624/309", "0624/309"),
        # must not fire: a size, a date, prices after the bar
        ("Blanco | Talla M", None),
        ("Blanco | 12/05/2024", None),
        ("Blanco | 2024/05/12", None),
        ("Blanco | 29.95", None),
        ("Blanco | 29,95 €", None),
    ],
)
def test_reference_after_colour_and_bar(line: str, want: str | None) -> None:
    assert sku_of(f"<p class='u-c'>{line}</p>") == want


# ---- shop code labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("codes", "want"),
    [
        ("<span class='u-x'>Cod produs: DT7N3YMBM</span>", "DT7N3YMBM"),  # ro (eMAG)
        ("<span class='u-x'>Kód: <span>LOGk1002a</span></span>", "LOGk1002a"),  # cs (Alza)
        ("<span class='u-x'>Kód zboží: NB-4411</span>", "NB-4411"),  # cs
        ("<span class='u-x'>Kód tovaru: SK-20931</span>", "SK-20931"),  # sk
        ("<span class='u-x'>Kod: 7781203</span>", "7781203"),  # pl
        ("<span class='u-x'>Kod towaru: PL-55012</span>", "PL-55012"),  # pl
        ("<span class='u-x'>Termékazonosító: HU-99120</span>", "HU-99120"),  # hu
        ("<span class='u-x'>Ürün No: TR-884120</span>", "TR-884120"),  # tr
        ("<span class='u-x'>Κωδ. προϊόντος: 45781236</span>", "45781236"),  # el
        # the bare "Kód"/"Kod" is any code: not a coupon's or a postcode
        ("<span class='u-x'>Kód kupónu: SLEVA10</span>", None),
        ("<span class='u-x'>Kod pocztowy: 00-950</span>", None),
    ],
)
def test_shop_code_labels(codes: str, want: str | None) -> None:
    assert sku_of(codes) == want


def test_shop_code_before_part_number() -> None:
    table = "<table class='u-s'><tr><th>Part number</th><td>920-011587</td></tr></table>"
    assert sku_of("<div class='u-x'><span>Kód: <span>LOGk1002a</span></span></div>" + table) == "LOGk1002a"
    # a part number alone is still read
    assert sku_of(table) == "920-011587"


@pytest.mark.parametrize(
    ("maker", "shop"),
    [
        ("Cod producător: SM-A556BZKCEUE", "Cod produs: DT7N3YMBM"),
        ("Kód výrobce: 920-011587", "Kód: LOGk1002a"),
        ("Gyártói cikkszám: 920-011587", "Cikkszám: LOGk1002a"),
    ],
)
def test_makers_code_is_a_last_resort(maker: str, shop: str) -> None:
    maker_row = f"<p class='u-y'>{maker}</p>"
    assert sku_of(maker_row + f"<p class='u-x'>{shop}</p>") == shop.split(": ")[1]
    assert sku_of(maker_row) == maker.split(": ")[1]


# ---- URL ids --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://www.emag.example/telefon-mobil-samsung-galaxy-a55/pd/DT7N3YMBM/", "DT7N3YMBM"),
        ("https://www.emag.example/telefon-mobil-samsung-galaxy-a55/pd/DT7N3YMBM", "DT7N3YMBM"),
        ("https://www.fnac.example/a17226135/Apple-AirPods-Pro-2e-generation", "17226135"),
        ("https://www.fnac.example/a17226135", "17226135"),
        # must not fire: short or all-digit or all-letter ids, the marker not closing/opening the path
        ("https://shop.example/a1/", None),
        ("https://blog.example/a1/how-we-ship", None),
        ("https://shop.example/pd/123/", None),
        ("https://shop.example/category/pd/SUMMER/", None),
        ("https://shop.example/pd/DT7N3YMBM/reviews", None),
        ("https://shop.example/blog/a17226135/post", None),
    ],
)
def test_url_ids(url: str, want: str | None) -> None:
    assert url_code(url) == want


def test_url_id_is_the_last_resort() -> None:
    url = "https://www.emag.example/telefon/pd/DT7N3YMBM/"
    assert sku_of("<p class='u-x'>Telefon nou</p>", url) == "DT7N3YMBM"
    assert sku_of("<span class='u-x'>Cod produs: D5S8VYMBM</span>", url) == "D5S8VYMBM"
