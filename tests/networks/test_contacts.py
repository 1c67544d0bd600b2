"""Contact extraction: what a person would read as the same contact comes out as the same value."""

from __future__ import annotations

import pytest

from knockoff.matching.contacts import extract_contacts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mail Sales@Fast-Shop.com", [("email", "sales@fast-shop.com")]),
        ("sales [at] fast-shop [dot] com", [("email", "sales@fast-shop.com")]),
        ("WhatsApp +44 7911 123456", [("phone", "+447911123456")]),
        ("chat: wa.me/447911123456", [("phone", "+447911123456")]),
        ("call 0044 7911 123456", [("phone", "+447911123456")]),
        ("telegram: @CheapKicks_EU", [("telegram", "cheapkicks_eu")]),
        ("see t.me/cheapkicks_eu", [("telegram", "cheapkicks_eu")]),
        ("WeChat: kicksdeal88", [("wechat", "kicksdeal88")]),
        ("our shop https://www.My-Outlet.shop/store/?ref=1", [("url", "my-outlet.shop/store")]),
        ("or www.my-outlet.shop/store.", [("url", "my-outlet.shop/store")]),
    ],
)
def test_contacts_are_normalised(text, expected):
    assert extract_contacts(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Men's cotton t-shirt. Comfortable, durable and easy to care for. Ships in 2-4 days.",
        "Price 129.99 EUR, SKU DS-00012, EAN 4006381333931 in stock",
        "made at home. Ships fast",
        "",
        None,
    ],
)
def test_ordinary_text_has_no_contacts(text):
    assert extract_contacts(text) == []


def test_national_numbers_need_a_region_and_own_host_is_not_external():
    text = "Tel 0151 2345 6789, http://127.0.0.1:8731/seller/x and https://other.example/shop"
    assert extract_contacts(text, own_hosts={"127.0.0.1"}) == [("url", "other.example/shop")]
    assert ("phone", "+4915123456789") in extract_contacts(text, region="DE", own_hosts={"127.0.0.1"})
