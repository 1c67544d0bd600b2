"""Audit (stop 68): brands.yaml names that differ only in case or separators are one brand listed twice."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from knockoff.errors import ConfigError
from knockoff.matching.brands import brand_key, load_brands
from tests.matching.conftest import draw_mark, png_bytes


def _brands_file(d: Path, names: list[str]) -> Path:
    (d / "m.png").write_bytes(png_bytes(draw_mark(96)))
    p = d / "brands.yaml"
    p.write_text(
        yaml.safe_dump({"brands": [{"name": n, "marks": ["m.png"]} for n in names]}), encoding="utf-8"
    )
    return p


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Acme", "acme"),  # brands/Acme and brands/acme: one folder on a case-insensitive file system
        ("Nordvik", "NORDVIK"),
        ("Acme Co", "acme-co"),
        ("Acme Co", "ACME_CO."),
        ("Levi's", "Levis"),
        ("Café", "Cafe\u0301"),  # the same letters, composed and decomposed
        ("Acme", "Ａｃｍｅ"),  # fullwidth
    ],
)
def test_names_differing_only_in_case_or_separators_are_one_line_errors(tmp_path, first, second) -> None:
    p = _brands_file(tmp_path, ["Quadra", first, second])
    with pytest.raises(ConfigError) as err:
        load_brands(p)
    msg = str(err.value)
    assert "\n" not in msg and repr(first) in msg and repr(second) in msg and str(p) in msg


def test_the_same_name_twice_keeps_its_message(tmp_path) -> None:
    with pytest.raises(ConfigError, match="brand 'Acme' is listed twice"):
        load_brands(_brands_file(tmp_path, ["Acme", "Acme"]))


def test_distinct_names_stay_distinct(tmp_path) -> None:
    names = ["Acme", "Acme Co", "Café", "Cafe", "索尼", "松下", "C", "C++", "A&E", "AE", "Acme!"]
    assert [b.name for b in load_brands(_brands_file(tmp_path, names))] == names
    assert len({brand_key(n) for n in names}) == len(names)
