"""Kinds left on the second batch of real pages saved by other hands (stop 66, issue 14; the batch is described in
test_registry2_pages.py). The pages stay out of the repository; each kind is written anew here.

1. A classified ad whose price element says in full that no amount is asked ("VB", a price to agree on; "Zu
   verschenken", given away; "Preis auf Anfrage") has no price: Kleinanzeigen's "+ Versand ab 5,90 €" beside it
   was read as the price, and once that line was set apart, the seller's other ads' "40 €" and the
   description's "25,-" (`prices.no_amount_stated`).
2. A shipping cost written with its amount after the "paid apart" sign ("+ Versand ab 4,89 €", "zzgl. Versand:
   4,95 €") is no price, where "29,90 € + Versand" stays a note on the price (`price_text._SHIPPING_COST`).
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.price_text import OLD_TEXT

URL = "https://www.anzeigen.example/s-anzeige/darkthrone-lp-vinyl/3358399479-78-3465"


def _ad(price_box: str, description: str = "", others: str = "") -> str:
    """A classified ad as Kleinanzeigen serves it (its 2026 markup, names and texts written anew)."""
    cards = "".join(
        f"<li class='ad-listitem'><article class='aditem'><h2><a href='/s-anzeige/{i}'>{name}</a></h2>"
        f"<div class='aditem-main--middle--price-shipping'><p class='aditem-main--middle--price-shipping--price'>"
        f"{price}</p></div></article></li>"
        for i, (name, price) in enumerate(o.split("=") for o in others.split(";") if o)
    )
    return (
        "<!DOCTYPE html><html lang='de'><head><meta charset='utf-8'>"
        "<title>DARKTHRONE LP Vinyl in Berlin - Friedrichshain | Anzeigen</title></head><body>"
        "<header><a href='/' id='site-logo'>Anzeigen</a><a href='/p-anzeige-aufgeben.html'>Anzeige aufgeben</a>"
        "</header><main><section id='viewad-main'>"
        "<div class='galleryimage-element current'><img id='viewad-image' "
        "src='https://img.anzeigen.example/api/v1/prod-ads/images/e9/e993cdb9?rule=$_59.JPG' "
        "alt='DARKTHRONE LP Vinyl Berlin - Friedrichshain Vorschau'></div>"
        "<div class='contentbox--vip boxedarticle' id='viewad-main-info' itemscope "
        "itemtype='https://schema.org/Offer'><meta itemprop='price' content=''/>"
        "<meta itemprop='currency' content='EUR'/>"
        "<h1 id='viewad-title' class='boxedarticle--title' itemprop='name'>DARKTHRONE LP Vinyl</h1>"
        "<div class='boxedarticle--flex--container'>"
        f"<h2 class='boxedarticle--price' id='viewad-price'>{price_box}</h2>"
        "<span class='boxedarticle--details--shipping'>+ Versand ab 5,90 €</span></div>"
        "<div id='viewad-locality'>10245 Berlin - Friedrichshain</div></div>"
        f"<div id='viewad-description'><p id='viewad-description-text'>{description}</p></div>"
        "<div id='viewad-contact'><a class='button-secondary' href='#'>Nachricht schreiben</a></div>"
        "</section>"
        f"<section><h2>Weitere Anzeigen des Anbieters</h2><ul>{cards}</ul></section>"
        "</main><footer><p>Anzeigen GmbH</p></footer></body></html>"
    )


DESCRIPTION = (
    "Aus meiner Sammlung:<br>// A Blaze In The Northern Sky (LP, Reissue 2022)<br>Zustand: M (neu, OVP)<br>25,-"
    "<br><br>// Under A Funeral Moon (LP, Reissue 2023)<br>Zustand: NM-<br>25,-<br><br>"
    "* Versicherter Versand gegen 5,90 Aufpreis"
)


@pytest.mark.parametrize("says", ["VB", "Zu verschenken", "Preis auf Anfrage"])
def test_an_ad_whose_price_element_asks_no_amount_has_no_price(says: str) -> None:
    got = extract_product(_ad(says, DESCRIPTION, "Tischchen=40 €;Lampe=12 € VB"), URL)
    assert got is not None and got["title"].startswith("DARKTHRONE LP Vinyl")
    assert got["price"] is None


def test_an_ad_with_an_amount_keeps_it_beside_the_shipping_line() -> None:
    # must not fire: the price element names its amount ("25 € VB")
    got = extract_product(_ad("25 € VB", DESCRIPTION, "Tischchen=40 €"), URL)
    assert got is not None and got["price"] == 25.0 and got["currency"] == "EUR"


def test_a_price_word_inside_a_longer_text_asks_an_amount_all_the_same() -> None:
    # must not fire: "Free shipping" under a product's price box is no statement that no amount is asked
    html = (
        "<html lang='en'><head><title>Trail Runner 2 | Shop</title></head><body><main>"
        "<h1>Trail Runner 2</h1><img src='/img/trail-runner-2.jpg' alt='Trail Runner 2' width='600'>"
        "<div class='product-price'>Free shipping</div><div class='price'>$89.00</div>"
        "<button type='submit' name='add'>Add to cart</button></main></body></html>"
    )
    got = extract_product(html, "https://shop.example/products/trail-runner-2")
    assert got is not None and got["price"] == 89.0


@pytest.mark.parametrize(
    "text, shipping",
    [
        ("+ Versand ab 4,89 €", True),
        ("+ Versand 5,90 €", True),
        ("zzgl. Versand: 4,95 €", True),
        ("+ shipping from $4.99", True),
        ("84,99 € + Versand", False),
        ("29,90 € inkl. MwSt. zzgl. Versand", False),
    ],
)
def test_a_shipping_cost_named_after_the_paid_apart_sign_is_set_apart(text: str, shipping: bool) -> None:
    assert bool(OLD_TEXT.search(text)) is shipping
