"""Parametrisation shared by the review files of issue 14 (test_us_shop_review, test_platform_review,
test_market_price_review, test_locale_review, test_structured_review): one pytest param per page case,
its id the case's, a strict xfail where the case is left failing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
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
