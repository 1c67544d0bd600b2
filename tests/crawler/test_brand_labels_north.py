"""Brand labels of the Nordic and Baltic languages (issue 14: brand from the visible HTML).

"Merke" (Norwegian), "Merkki" (Finnish), "Vörumerki" (Icelandic), "Kaubamärk" (Estonian), "Zīmols"
(Latvian) and "Prekės ženklas" (Lithuanian) label the brand as "Marke" and "Märke" do; the Norwegian
one was a strict xfail of tests/crawler/test_today_breadth.py. Must not fire: a German "Merke:" note (a
sentence, not a name) and the labels inside a longer word.
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product


def _page(line: str) -> str:
    return f"""<html lang="nb"><head><title>Ullgenser Fjell – Nordbutikk</title></head><body>
<header><a href="/">Nordbutikk</a><nav><a href="/dame">Dame</a> <a href="/herre">Herre</a></nav></header>
<main><div class="product"><img src="/img/genser-fjell-01.jpg" alt="Ullgenser Fjell">
<h1>Ullgenser Fjell</h1><p class="price">1 299,00 kr</p>{line}
<button type="submit" class="add-to-cart">Legg i handlekurv</button></div></main>
<footer><p>© Nordbutikk AS</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("line", "brand"),
    [
        ("<p>Merke: Fjellstrikk</p>", "Fjellstrikk"),
        ("<dl><dt>Merke</dt><dd>Fjellstrikk</dd></dl>", "Fjellstrikk"),
        ("<p>Merkki: Nordstrikk</p>", "Nordstrikk"),
        ("<p>Vörumerki: Ístex</p>", "Ístex"),
        ("<p>Kaubamärk: Villane</p>", "Villane"),
        ("<p>Zīmols: Rīgas Adīklis</p>", "Rīgas Adīklis"),
        ("<p>Prekės ženklas: Baltija</p>", "Baltija"),
        # must not fire
        ("<p>Merke: Nicht in der Waschmaschine waschen, bitte von Hand.</p>", None),
        ("<p>Merkevare i ull fra Norge</p>", None),
        ("<p>Merkelapp: sydd inn i nakken</p>", None),
    ],
)
def test_brand_label(line: str, brand: str | None) -> None:
    got = extract_product(_page(line), "https://nordbutikk.example/p/ullgenser-fjell")
    assert got is not None and got["price"] == 1299.0
    assert got["brand_claimed"] == brand
