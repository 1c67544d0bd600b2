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
