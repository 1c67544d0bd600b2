"""Kinds found by reading the registries' real pages saved by other hands WITHOUT their structured data (stop 68,
issue 14): the probe of `benchmarks.bench_extraction.strip_structured` (JSON-LD, microdata, RDFa and OpenGraph
removed, so that only the HTML heuristics read the page), run over the three batches described in
test_registry_pages.py, test_registry2_pages.py and test_registry3_pages.py. The pages stay out of the
repository; each kind is written anew here.

1. An old shop's image button whose alt text names the item or the cart in full (`<input type="image"
   alt="Add Item To Cart">`, firemountaingems.com 2015, formasaurus 0.10.0; also "Add This Item to Cart", "Add to
   My Cart", "Add To Shopping Cart") is a buy control (`controls._BUY`): without it, a page whose photo scored
   below a main image's bar gave no listing. "Add selected items to cart" (a bundle's or a list's control) and
   "Add to Wish List" stay none.
2. An image button with no alt text reads the words of its picture's file name (`<input type="image"
   src="/images/buttons/addtocart-small.jpg">`, campingworld.com 2015; `controls._picture_words`).
3. A Q&A's question naming the discontinued state ("Is this the discontinued model?") is asked, not stated:
   the generator it was asked about was in stock (campingworld.com). A discontinued state reported in the past
   ("It was discontinued in 2024") still reads as the state now (`controls.current_text`).
4. The Czech and Slovak neuter and masculine "nedostupné" / "nedostupný" (unavailable; Shoptet's "Momentálně
   nedostupné", blacklotus.cz 2025, cz-mtg-compare-mcp) read OutOfStock like "nedostupno" / "nedostupna"
   (`values.AVAILABILITY_TEXT`).
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.controls import _BUY

URL = "https://www.beads.example/itemdetails/h206447pb"


def _old_shop_page(button_alt: str) -> str:
    return f"""<html><head><title>Bead, acrylic, multicolored, 32mm flat round - Beads Example</title></head>
<body><div id="header"><a href="/"><img src="/grafx/logo.gif" alt="Beads Example"></a></div>
<div id="ItemDetails">
 <div class="photo"><img src="//img.beads.example/images/Beads-Acrylic---p6447pbb.jpg" alt="" width="120"></div>
 <div class="info">
  <h1 class="itemTitle">Bead, acrylic, multicolored, 32mm flat round. Sold per pkg of 6.</h1>
  <table class="multiPrice"><tr><th>1-14</th><th>15-49</th></tr>
   <tr><td class="tier1">$3.46</td><td class="tier2">$2.49</td></tr></table>
  <form action="/cart/updateitem" method="post" onsubmit="AddToCart(this); return false;">
   <input type="hidden" name="ITN" value="H206447PB">
   <input type="text" size="3" name="QTY" value="1">
   <input type="image" src="//img.beads.example/grafx/buttons/btn-1.png" alt="{button_alt}">
  </form>
 </div>
</div></body></html>"""


@pytest.mark.parametrize(
    "alt", ["Add Item To Cart", "Add This Item to Cart", "Add to My Cart", "Add To Shopping Cart"]
)
def test_image_button_naming_the_item_or_cart_in_full_is_a_buy_control(alt: str) -> None:
    got = extract_product(_old_shop_page(alt), URL)
    assert got is not None, alt
    assert got["price"] == 3.46
    assert got["title"].startswith("Bead, acrylic")
    assert got["availability"].endswith("InStock")


@pytest.mark.parametrize(
    "text",
    ["Add selected items to cart", "Add to Wish List", "Add a note to order", "Add gift wrap to order"],
)
def test_other_add_phrases_are_no_buy_phrase(text: str) -> None:
    assert not _BUY.search(text)


def _generator_page(button: str, extra: str = "") -> str:
    return f"""<html><head><title>Honda EU2000i Generator - Camping Example</title></head><body>
<div id="nav"><a href="/">Home</a> <a href="/cart">Cart</a></div>
<div class="product"><div class="images"><img src="/images/products/425x425/34961n.jpg" width="425"
 height="425" alt="Honda EU2000i Generator"></div>
<div class="details"><h1>Honda EU2000i Generator - CARB Compliant</h1>
 <div class="club">Internet SALE <span class="saleprice">$899.00</span></div>
 <div class="addtocart">Qty <input type="text" name="qty" value="1"> {button}</div>
</div></div>
<div class="qanda"><h3>Questions &amp; Answers</h3>
 <div class="q"><span>Is this the discontinued model?</span></div>
 <div class="a">No, this is not a discontinued model generator.</div>{extra}</div>
</body></html>"""


def test_image_button_without_alt_reads_its_picture_file_name() -> None:
    page = _generator_page('<input type="image" src="/images/buttons/addtocart-small.jpg" id="btnpop">')
    got = extract_product(page, "https://www.camping.example/shopping/item/honda-eu2000i/34961")
    assert got is not None and got["price"] == 899.0
    assert got["availability"].endswith("InStock")


def test_image_button_named_otherwise_is_no_buy_control() -> None:
    from knockoff.crawler.heuristics.controls import _picture_words

    assert _picture_words("/img/search-go.gif") == "search go"
    assert _picture_words("data:image/gif;base64,R0lGOD") == ""
    assert not _BUY.search(_picture_words("/images/buttons/wishlist-small.jpg"))


def test_a_question_naming_the_discontinued_state_is_no_state() -> None:
    from knockoff.crawler.heuristics.controls import current_text

    assert "discontinued" not in current_text("Is this the discontinued model?")
    assert "discontinued" in current_text("It was discontinued in 2024")
    assert current_text("Discontinued") == "Discontinued"
    page = _generator_page('<input type="submit" value="Add to Cart">')
    got = extract_product(page, "https://www.camping.example/shopping/item/honda-eu2000i/34961")
    assert got is not None and got["availability"].endswith("InStock")


def test_discontinued_stated_on_the_page_still_reads() -> None:
    page = _generator_page("", extra="").replace(
        '<div class="addtocart">Qty <input type="text" name="qty" value="1"> </div>',
        "<p>This model has been discontinued.</p>",
    )
    got = extract_product(page, "https://www.camping.example/shopping/item/honda-eu2000i/34961")
    assert got is not None and got["availability"].endswith("Discontinued")


@pytest.mark.parametrize("state", ["Momentálně nedostupné", "Nedostupný", "Dočasne nedostupné"])
def test_czech_and_slovak_unavailable_forms(state: str) -> None:
    from knockoff.crawler.values import normalize_availability

    assert normalize_availability(state) == "OutOfStock"
