"""Comments and processing instructions anywhere in a page change nothing that is read from it.

React and other server renderers write `<!-- -->` between the text parts of one element
("$<!-- -->99.00"), shops leave template comments and `<?xml ...?>` instructions in their markup;
the heuristics read elements and their text only (`heuristics.layout.Layout` strips both), so a
comment beside, inside or between any elements must neither crash `extract_product` (which never
raises on bad HTML) nor change a field. The pages are the hand-written marketplace pages of this
folder (tests/crawler/pages_market*).
"""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from lxml import etree

from knockoff.crawler.extract import extract_product

PAGES = sorted(Path(__file__).parent.glob("pages_market*/*.html"))
URL = "https://shop.example/item/1"
FIELDS = ("title", "price", "currency", "sku", "availability", "brand_claimed", "seller", "image_urls")


def _with_comments(html: str) -> tuple[str, str]:
    """(the page re-serialised as is, the same page with a comment as every element's first child
    and after every element, and an instruction after every third), both through lxml so that only
    the comments differ."""
    plain = lxml.html.document_fromstring(html)
    noisy = lxml.html.document_fromstring(html)
    for i, el in enumerate(list(noisy.iter())):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "html", "head", "title", "textarea"):
            continue
        el.insert(0, etree.Comment(" "))
        if el.getparent() is not None:
            el.addnext(etree.Comment(f" /{el.tag} "))
            if i % 3 == 0:
                el.addnext(etree.ProcessingInstruction("php", "echo 1;"))
    return lxml.html.tostring(plain, encoding="unicode"), lxml.html.tostring(noisy, encoding="unicode")


def test_the_pages_exist() -> None:
    assert len(PAGES) >= 40


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_comments_anywhere_change_no_field(path: Path) -> None:
    plain, noisy = _with_comments(path.read_text(encoding="utf-8"))
    want = extract_product(plain, URL)
    got = extract_product(noisy, URL)
    assert (got is None) == (want is None)
    if want is not None and got is not None:
        assert {f: got.get(f) for f in FIELDS} == {f: want.get(f) for f in FIELDS}


def test_react_text_separators_inside_a_price() -> None:
    html = (
        "<html lang='en'><head><title>Trail Runner 2 Shoe | Shop</title></head><body>"
        "<h1>Trail Runner 2 <!-- -->Shoe</h1><img src='/media/trail-runner-2_1000.jpg' alt='Trail Runner 2 Shoe'>"
        "<div><span>$<!-- -->35<!-- -->.00</span></div><button>Add to cart</button></body></html>"
    )
    got = extract_product(html, URL)
    assert got is not None and (got["title"], got["price"]) == ("Trail Runner 2 Shoe", 35.0)
