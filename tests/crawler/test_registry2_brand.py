"""Kinds of brand misreading found on real shop pages saved by other hands (product-dl 0.0.0.dev4, htmldate
1.3.2; stop 65, issue 14), each fixed as a kind, with the ordinary pages the fix must leave as they were
(must-not-fire cases). The saved pages stay out of the repository (the shops' content); the pages below are
written anew, each showing one kind.

1. A brand-named control whose text is a heading about the maker, not its name: Amazon's 2026 side-sheet pill
   "Manufacturer information" (`brands._CALL_TO_ACTION`).
2. A sentence after a brand label word is no value: Amazon's sponsored heading "Brand in this category on
   Amazon" read "in this category on Amazon" as the brand row's value (`brands._PROSE_VALUE`, `_name_like`).
3. A maker's logo drawn by a transparent placeholder image ("trans.webp", "spacer.gif") shows no name: its
   alt text ("Frei", Shopware's record for no maker) is no brand, nor a row naming that record
   (`brands._blank_image`, `_blank_logo_of`).
4. A theme's colour class "btn-brand" (a Bootstrap theme's colour variant: "btn-brand", "bg-brand") names no
   brand: a bookmark button "Merken" styled so is no brand element (`brands._no_claim`).
5. An Amazon store byline whose name opens the manufacturer row's ("Visit the UGREEN Store" over "Manufacturer |
   Ugreen Group Limited") keeps the brand, not the company behind it (`brands._store_or_row`).
"""

from __future__ import annotations

from knockoff.crawler.extract import extract_product
from tests.crawler.test_saved_pages_kinds import buy, page

URL = "https://www.example-shop.com/products/item-1001.html"
AMAZON = "https://www.amazon.com/Lumora-Desk-Lamp-Dimmable/dp/B0TEST1234"


def brand(html: str, url: str = URL) -> str | None:
    got = extract_product(html, url)
    assert got is not None
    return got["brand_claimed"]


# ---- 1. a heading about the maker on a brand-named control ---------------------------------------------

_PILL = (
    "<div class='sidesheet-pills'><span id='sidesheet-manufacturer-pill' class='a-button a-button-toggle'>"
    "<span class='a-button-inner'><input type='submit' role='radio' class='a-button-input'>"
    "<span id='sidesheet-manufacturer-pill-announce' class='a-button-text'>{label}</span></span></span></div>"
)


def _amazon(byline: str, rows: str, pill: str = "Manufacturer information") -> str:
    return page(
        _PILL.format(label=pill)
        + "<div id='centerCol'><h1 id='title'><span id='productTitle'>Lumora Desk Lamp, Dimmable LED, 3 Colour"
        " Modes</span></h1>"
        f"<div id='bylineInfo_feature_div'><a id='bylineInfo' href='/stores/Lumora/page/1'>{byline}</a></div>"
        f"{buy('$29.99')}</div><table id='productOverview'>" + rows + "</table>",
        title="Amazon.com: Lumora Desk Lamp, Dimmable LED, 3 Colour Modes : Tools &amp; Home Improvement",
    )


_BRAND_ROW = "<tr class='po-brand'><td><span>Brand</span></td><td><span>Lumora</span></td></tr>"


def test_manufacturer_information_pill_is_no_brand() -> None:
    assert brand(_amazon("Visit the Lumora Store", _BRAND_ROW), AMAZON) == "Lumora"


def test_manufacturer_information_pill_before_brand_byline() -> None:
    assert brand(_amazon("Brand: Lumora", ""), AMAZON) == "Lumora"


def test_store_byline_over_the_company_behind_it() -> None:
    rows = "<tr><th>Manufacturer</th><td>Lumora Lighting Co., Ltd.</td></tr>"
    assert brand(_amazon("Visit the Lumora Store", rows), AMAZON) == "Lumora"


def test_store_byline_under_another_makers_row() -> None:  # must not fire: the row names another maker
    rows = "<tr><th>Manufacturer</th><td>Brightwell Industries</td></tr>"
    assert brand(_amazon("Visit the Amazon Renewed Store", rows), AMAZON) == "Brightwell Industries"


def test_ordinary_amazon_byline_still_reads() -> None:  # must not fire
    html = page(
        "<h1 id='title'><span id='productTitle'>Anker USB C Charger, 65W</span></h1>"
        "<a id='bylineInfo' href='/stores/Anker/page/1'>Visit the Anker Store</a>"
        + buy()
        + "<table><tr class='po-brand'><td>Brand</td><td>Anker</td></tr></table>",
        title="Amazon.com: Anker USB C Charger, 65W : Electronics",
    )
    assert brand(html, AMAZON) == "Anker"


def test_amazon_manufacturer_row_still_reads() -> None:  # must not fire
    html = page(
        "<h1 id='title'><span id='productTitle'>Cordless Drill Driver 18V</span></h1>"
        + buy()
        + "<table id='productDetails_techSpec'><tr><th>Manufacturer</th><td>Kestrel Tools</td></tr>"
        "<tr><th>Item Weight</th><td>3.1 pounds</td></tr></table>",
        title="Amazon.com: Cordless Drill Driver 18V : Tools",
    )
    assert brand(html, AMAZON) == "Kestrel Tools"


# ---- 2. a sentence after a brand label word ------------------------------------------------------------


def test_brand_heading_sentence_is_no_value() -> None:
    html = page(
        "<h1 id='title'><span id='productTitle'>Vault Boy Wrist Radio Replica</span></h1>"
        "<div id='bylineInfo_feature_div'><a id='bylineInfo' href='/stores/Pelloby/page/2'>Visit the Pelloby"
        " Company Store</a></div>" + buy("$249.00") + "<div><h2>Brand in this category on Amazon</h2>"
        "<a href='/dp/B0OTHER'><span>Zenwave AM/FM Pocket Radio</span></a></div>",
        title="Amazon.com: Vault Boy Wrist Radio Replica : Toys &amp; Games",
    )
    assert brand(html, AMAZON) == "Pelloby Company"


def test_brand_of_the_week_heading_is_no_value() -> None:
    html = page(
        "<h1>Linen Tea Towel, Set of 2</h1>" + buy() + "<div><h3>Brand of the week</h3>"
        "<a href='/c/towels'>See towels</a></div>",
    )
    assert brand(html) is None


def test_plain_brand_row_without_colon_still_reads() -> None:  # must not fire
    html = page(
        "<h1>Linen Tea Towel, Set of 2</h1>" + buy() + "<ul class='specs'><li>Brand Hearthside Linens</li>"
        "<li>Material Linen</li></ul>",
    )
    assert brand(html) == "Hearthside Linens"


# ---- 3. a maker's logo drawn by a transparent placeholder ----------------------------------------------


def _logo(alt: str, src: str, srcset: str = "") -> str:
    return page(
        "<div class='product-detail'><div class='product-heading-manufacturer-logo-container'>"
        "<div class='cms-element-manufacturer-logo'><a class='product-detail-manufacturer-link' href='#'>"
        f"<img class='product-detail-manufacturer-logo' src='{src}' srcset='{srcset}' alt='{alt}'>"
        "</a></div></div><h1>USB-C Hub, 4 Ports, grau</h1>" + buy("12,90 €") + "</div>",
        title="USB-C Hub, 4 Ports, grau - kaufen bei Example Shop",
    )


def test_transparent_logo_alt_is_no_brand() -> None:
    assert brand(_logo("Frei", "/media/ab/trans.webp?ts=1", "/thumb/ab/trans_800x800.webp 800w")) is None


def test_spacer_logo_alt_is_no_brand() -> None:
    assert brand(_logo("Ohne", "/img/spacer.gif")) is None


def _logo_and_row(alt: str, src: str, maker: str) -> str:
    return _logo(alt, src).replace(
        "</main>",
        "<table class='product-detail-properties'><tr><th>Herkunftsland:</th><td>China</td></tr>"
        f"<tr><th class='properties-label'>Hersteller:</th><td><span>{maker}</span></td></tr></table></main>",
    )


def test_row_naming_the_transparent_logos_record_is_no_brand() -> None:
    assert brand(_logo_and_row("Frei", "/media/ab/trans.webp", "Frei")) is None


def test_row_naming_another_maker_than_the_blank_logo_still_reads() -> None:  # must not fire
    assert brand(_logo_and_row("Frei", "/media/ab/trans.webp", "Voltrix")) == "Voltrix"


def test_row_under_a_real_logo_still_reads() -> None:  # must not fire
    assert brand(_logo_and_row("Voltrix", "/media/cd/voltrix-logo.png", "Voltrix")) == "Voltrix"


def test_real_maker_logo_still_reads() -> None:  # must not fire
    assert brand(_logo("Voltrix", "/media/cd/voltrix-logo.png")) == "Voltrix"


def test_lazy_logo_still_reads() -> None:  # must not fire: a placeholder now, the logo in data-src
    html = page(
        "<div class='product-brand'><img src='/img/blank.gif' data-src='/media/voltrix-logo.png' alt='Voltrix'>"
        "</div><h1>USB-C Hub, 4 Ports</h1>" + buy(),
    )
    assert brand(html) == "Voltrix"


# ---- 4. a theme's colour class "btn-brand" -------------------------------------------------------------


def test_bookmark_button_in_brand_colour_is_no_brand() -> None:
    html = page(
        "<h1>Zwölf Wege durch den Garten</h1>" + buy("24,00 €") + "<a class='btn btn-brand' title='Auf die"
        " Merkliste' href='/merkliste?add=1'><span class='btn-list-add'>Bookmark</span>Merken</a>",
        title="Zwölf Wege durch den Garten | Example Verlag",
    )
    assert brand(html) is None


def test_brand_link_styled_as_button_still_reads() -> None:  # must not fire
    html = page(
        "<h1>Trail Runner 3 Shoe</h1>"
        + buy()
        + "<a class='btn btn-brand product-brand' href='/brands/fellpace'>"
        "Fellpace</a>",
    )
    assert brand(html) == "Fellpace"
