"""A listing's product identifiers beside its `sku`: the GTIN and the manufacturer's part number (MPN).

schema.org names three kinds of code for a Product or Offer: `sku` (the seller's own item code), `mpn`
(the manufacturer's part number) and `gtin` / `gtin8` / `gtin12` / `gtin13` / `gtin14` (GS1's Global
Trade Item Number: UPC-A is a 12-digit GTIN, EAN-13 and ISBN-13 13-digit ones). A listing's `sku` keeps
the code the shop shows as its own (crawler/extract.py `_reconcile_codes`); the maker's codes are what a
brand's catalogue is keyed by, so they are kept apart here (docs/ARCHITECTURE.md, listings):

- `gtin`: the digits as written (8, 12, 13 or 14 of them; an ISBN-10 as its ISBN-13), only when GS1's
  check digit holds (python-stdnum's `stdnum.ean`, which checks GTIN-8/12/13/14 by the GS1 mod-10 rule);
  `gtin14` pads one to 14 digits for comparing a UPC-A with the same item's EAN-13;
- `mpn`: the maker's part or model number as written.

Structured data first (the product node, then its shown offer), then the page's own labels
(`crawler.sku.shown_gtin`, `crawler.sku.shown_mpn`: "UPC: 0 81234 56789 0", "Model #: WH-1000XM5").
"""

from __future__ import annotations

import re
from typing import Any

from stdnum import ean, isbn

GTIN_KEYS = ("gtin", "gtin13", "gtin12", "gtin14", "gtin8", "isbn")
# a feed-style productID naming its scheme first: "isbn:9788437604572", "gtin13:4006381333931", "upc:..."
_SCHEMED = re.compile(r"^\s*(?:isbn|ean|upc|gtin(?:8|12|13|14)?)\s*:\s*(.+)$", re.I)
# the scheme some shops write before an MPN ("mpn:WH-1000XM5")
_MPN_SCHEME = re.compile(r"^\s*mpn\s*:\s*", re.I)


def gtin(raw: Any) -> str | None:
    """`raw` (a string or an int) as a GTIN's digits, or None.

    Spaces, hyphens and dots between digit groups are dropped ("0 81234 56789 0", "978-3-16-148410-0"); an
    ISBN-10 ("0-306-40615-2") becomes its ISBN-13, a GTIN-13. The result is 8, 12, 13 or 14 digits whose GS1
    check digit holds (`stdnum.ean.is_valid`) and whose prefix is no restricted-circulation or coupon one
    (`restricted`); anything else (a shop's internal number under a "UPC" label, an in-store "2..." number,
    a mistyped code, "N/A") is None.
    """
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    text = str(raw).strip()
    if m := _SCHEMED.match(text):
        text = m.group(1)
    compact = re.sub(r"(?<=[\dXx])[\s.-]+(?=[\dXx])", "", text)
    if re.fullmatch(r"\d{9}[\dXx]", compact) and isbn.is_valid(compact):
        return isbn.to_isbn13(compact)
    if re.fullmatch(r"\d{8}|\d{12,14}", compact) and ean.is_valid(compact) and not restricted(compact):
        return compact
    return None


# GS1 prefixes (GTIN-13 form) of numbers that name no trade item anywhere: restricted circulation (in-store and
# variable-measure numbers: UPC number systems 2 and 4, EAN 20-29), refund receipts (980) and coupons (981-984,
# 99). Source: GS1 General Specifications, "GS1 Prefixes" (section 1.4.4).
_RESTRICTED = re.compile(r"^(?:0[24]\d|2\d\d|98[0-4]|99\d)")


def restricted(code: str) -> bool:
    """`code` (12 to 14 digits, a GS1 check digit) is a number GS1 keeps for restricted circulation, refund
    receipts or coupons (`_RESTRICTED`, read on its GTIN-13 form: a UPC-A gains a 0 in front, a GTIN-14
    loses its packaging digit): a shop's in-store or weighed-goods number, not a GTIN of the product."""
    return len(code) >= 12 and bool(_RESTRICTED.match(code.zfill(14)[1:]))


# the separators of a value listing several GTINs: Amazon's detail bullets give every UPC linked to the item
# ("UPC : 073642012342 073642012359"), feeds and spec tables "4006381333931, 4006381333948" or "... / ..."
_LIST_SEPARATOR = re.compile(r"\s*[,;/|]\s*|\s+")


def listed_gtin(raw: Any) -> str | None:
    """`raw` as a GTIN (`gtin`: one code, digit groups joined), else the first of the GTINs it lists, when
    every member of the list (`_LIST_SEPARATOR`: Amazon's "073642012342 073642012359", the item's codes
    of several packagings) is one; None otherwise (a list holding any other word is no list of codes)."""
    if code := gtin(raw):
        return code
    if not isinstance(raw, str):
        return None
    parts = [p for p in _LIST_SEPARATOR.split(raw.strip()) if p]
    codes = [gtin(p) for p in parts]
    return codes[0] if len(parts) > 1 and all(codes) else None


def gtin14(code: str) -> str:
    """A GTIN (`gtin`'s digits) as 14 digits, zeros in front: the form GS1 compares GTINs in (UPC-A
    "036000291452" and EAN-13 "0036000291452" are one item)."""
    return code.zfill(14)


def mpn(raw: Any) -> str | None:
    """`raw` as a manufacturer's part number (a leading "mpn:" dropped, spaces collapsed, at most 200
    characters), or None for an empty value or a non-string."""
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    text = " ".join(_MPN_SCHEME.sub("", str(raw)).split())
    return text[:200] or None


def unpadded_gtin(raw: Any) -> str | None:
    """`raw` as a GTIN (`gtin`), or, for a value a GTIN property holds whose leading zeros were lost (written as
    a JSON number, or through a spreadsheet: UPC-A "036000291452" as 36000291452), its 10 to 13 digits padded
    with zeros to the next GTIN length (12, 13, 14) when the check digit then holds (leading zeros do not
    change GS1's mod-10 sum); None otherwise. Only for values that a property names as a GTIN: a bare number
    on a page is not padded."""
    if code := gtin(raw):
        return code
    if isinstance(raw, bool) or not isinstance(raw, str | int):
        return None
    digits = str(raw).strip()
    if not re.fullmatch(r"\d{10,13}", digits) or digits.startswith("0"):
        return None  # a value that kept a leading zero lost none
    padded = digits.zfill(next(n for n in (12, 13, 14) if n > len(digits)))
    return padded if ean.is_valid(padded) and not restricted(padded) else None


def structured_gtin(node: dict) -> str | None:
    """The first valid GTIN of a schema.org Product or Offer node's GTIN properties (`GTIN_KEYS`, in that
    order; a list's first valid member; `unpadded_gtin`: leading zeros a JSON number lost put back) or of
    a `productID` that names a GTIN scheme ("isbn:978...", "gtin13:..."); None without one."""
    for key in GTIN_KEYS:
        for value in _values(node.get(key)):
            if code := unpadded_gtin(value):
                return code
    for value in _values(node.get("productID")):
        if isinstance(value, str) and _SCHEMED.match(value) and (code := gtin(value)):
            return code
    return None


def structured_mpn(node: dict) -> str | None:
    """A schema.org Product or Offer node's `mpn` (`mpn`), the first of a list; None without one."""
    return next((code for value in _values(node.get("mpn")) if (code := mpn(value))), None)


def _values(value: Any) -> list[Any]:
    """A property's values as a list (a JSON-LD value may be one value, a list or a {"@value": ...})."""
    items = value if isinstance(value, list) else [value]
    return [v.get("@value") if isinstance(v, dict) else v for v in items if v not in (None, "")]
