"""Parametrisation shared by the review files of issue 14 (test_us_shop_review, test_platform_review,
test_market_price_review, test_locale_review, test_structured_review): one pytest param per page case,
its id the case's, a strict xfail where the case is left failing; and the brand reviews' check that a page
written without structured data carries none."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import pytest


def case_params(cases: Iterable[Any], xfail: Mapping[str, str] | None = None) -> list[Any]:
    """`cases` (objects with an `id` and, optionally, an `xfail` reason) as pytest params; a case is a
    strict xfail when `xfail` maps its id to a reason or its own `xfail` is set.

    Raises ValueError when two cases share an id (pytest would suffix one and a case could hide)."""
    cases = list(cases)
    twice = [i for i, n in Counter(c.id for c in cases).items() if n > 1]
    if twice:
        raise ValueError(f"page cases sharing an id: {twice}")
    xfail = xfail or {}
    params = []
    for c in cases:
        reason = xfail.get(c.id) or getattr(c, "xfail", "")
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        params.append(pytest.param(c, id=c.id, marks=marks))
    return params


def field_mistakes(
    got: dict[str, Any], price: float | None, title: str, images: Iterable[str], url: str
) -> list[str]:
    """What extraction `got` reads wrong against a case's `price` (to the cent; None: no price),
    `title` (`bench_extraction.title_match`) and main image (`image_match` against `images`, the
    first the one named in the message), each a short line; [] when all three are right."""
    from benchmarks.bench_extraction import image_match, title_match

    images = list(images)
    image = (got.get("image_urls") or [None])[0]
    wrong = []
    if price is None:
        if got.get("price") is not None:
            wrong.append(f"price {got.get('price')!r}")
    elif got.get("price") is None or abs(got["price"] - price) > 0.005:
        wrong.append(f"price {got.get('price')!r} != {price}")
    if not title_match(got.get("title"), title):
        wrong.append(f"title {got.get('title')!r} != {title!r}")
    if not image_match(image, set(images), url):
        wrong.append(f"image {image!r} != {images[0]!r}")
    return wrong


STRUCTURED_MARKERS = ("ld+json", "itemprop", "og:", "product:")


def carries_structured_data(html: str) -> bool:
    """Whether a page written WITHOUT structured data carries some after all: a JSON-LD script, a microdata
    property, or OpenGraph / `product:` meta (case-insensitive substring test, as the brand reviews' pages are
    checked)."""
    low = html.lower()
    return any(m in low for m in STRUCTURED_MARKERS)


SKIP = "<skip>"  # a field a labeller could not tell: left unchecked


@dataclass(frozen=True)
class AvailBrandCase:
    """A page of the availability-and-brand reviews (test_avail_brand_review11, _review13): the availability
    and brand a careful labeller reads (SKIP: unchecked)."""

    id: str
    url: str
    html: str
    availability: str | None
    brand: str | None


def fold_availability(name: str | None) -> str | None:
    """An availability folded as benchmarks.bench_extraction folds it (`AVAILABILITY_CLASS`)."""
    from benchmarks.bench_extraction import AVAILABILITY_CLASS

    return AVAILABILITY_CLASS.get(name, name) if name else None


def norm_brand(brand: str | None) -> str | None:
    """A brand as benchmarks.bench_extraction compares it (marks dropped, case-folded)."""
    from benchmarks.bench_extraction import _norm_brand

    return _norm_brand(brand) if brand else None


def check_availability(c: AvailBrandCase) -> None:
    """AssertionError unless the extractor reads page `c` as a listing whose availability folds to the case's."""
    from knockoff.crawler.extract import extract_product

    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    assert fold_availability(got.get("availability")) == fold_availability(c.availability), got.get(
        "availability"
    )


def check_brand(c: AvailBrandCase) -> None:
    """AssertionError unless the extractor reads page `c` as a listing whose claimed brand is the case's."""
    from knockoff.crawler.extract import extract_product

    got = extract_product(c.html, c.url)
    assert got is not None, "no listing"
    assert norm_brand(got.get("brand_claimed")) == norm_brand(c.brand), got.get("brand_claimed")
