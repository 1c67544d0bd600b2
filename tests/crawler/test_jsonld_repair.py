"""JSON-LD blocks that neither `json` nor chompjs reads (stop 66, the lead's probe of broken blocks): a string
holding an unescaped quote, as a CMS writes a product named with an inch mark, is read by json-repair
(`jsonld._repaired`); a block nested deeper than the interpreter's stack is skipped, not raised; a long block of
garbage is not given to the repairer (`jsonld.REPAIR_MAX_CHARS`: it slows faster than the text grows)."""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.jsonld import REPAIR_MAX_CHARS, jsonld_blocks, parse_lenient

PRODUCT = (
    '{"@context":"https://schema.org","@type":"Product","name":"Brass 12" Task Lamp","sku":"BTL-12",'
    '"image":"/img/btl-12.jpg","offers":{"@type":"Offer","price":"129.00","priceCurrency":"USD",'
    '"availability":"https://schema.org/InStock"}}'
)


def _page(block: str) -> str:
    return (
        "<html><head><title>Brass Task Lamp | Lamp Shop</title>"
        f"<script type='application/ld+json'>{block}</script></head><body><main><p>Welcome</p></main></body></html>"
    )


def test_a_block_with_an_unescaped_quote_is_read() -> None:
    got = extract_product(_page(PRODUCT), "https://lamps.example/brass-task-lamp")
    assert got is not None
    assert got["title"] == 'Brass 12" Task Lamp' and got["sku"] == "BTL-12"
    assert got["price"] == 129.0 and got["field_sources"]["price"] == "jsonld"


def test_valid_and_lenient_blocks_are_read_as_before() -> None:
    # must not change: strict JSON, and what chompjs reads (a trailing comma, a comment)
    valid = PRODUCT.replace('12" Task', '12\\" Task')
    assert jsonld_blocks(_page(valid))[0]["name"] == 'Brass 12" Task Lamp'
    lenient = "/* product */ " + valid[:-2] + ",}}"
    assert jsonld_blocks(_page(lenient))[0]["sku"] == "BTL-12"


@pytest.mark.parametrize("junk", ["not json at all", "var x = 5;", "{", ""])
def test_a_block_that_is_no_object_gives_nothing(junk: str) -> None:
    assert [v for v in parse_lenient(junk) if isinstance(v, dict) and v] == []


@pytest.mark.parametrize("deep", ["[" * 5000, '{"a":' * 5000])
def test_a_block_nested_deeper_than_the_stack_is_skipped(deep: str) -> None:
    assert jsonld_blocks(_page(deep)) == []


def test_a_long_broken_block_is_not_repaired() -> None:
    broken = '{"name":"Lamp 12" x", "description":"' + "x" * REPAIR_MAX_CHARS + '"}'
    assert parse_lenient(broken) == []


@pytest.mark.parametrize(
    "cut", ['{"@type": "Product", "name": ', '{"@type": "Product", "name": "Lamp 12" x", "offers": {']
)
def test_a_block_cut_off_is_not_closed_by_the_repairer(cut: str) -> None:
    assert parse_lenient(cut) == []
