"""Brands compete within an image (matching/engine.py compete_in_image, match.detect.brand_competition)."""

from __future__ import annotations

import numpy as np
import pytest

from knockoff.matching.engine import compete_in_image


def _r(brand: str, score: float, method: str = "cnn", mark: str = "m") -> dict:
    return {"image_sha256": "one", "brand": brand, "mark": mark, "score": score, "method": method}


def test_the_unconfirmed_windows_of_a_weaker_brand_are_lowered_by_its_ratio_to_the_best_other() -> None:
    rows = [
        _r("A", 0.9, "cnn+sift"),
        _r("B", 0.6),
        _r("B", 0.3, mark="n"),
        _r("C", 0.3),
        _r("A", 0.2, mark="n"),
    ]
    out = compete_in_image(rows, 2.0)
    by = {(r["brand"], r["mark"]): r["score"] for r in out}
    assert by[("A", "m")] == 0.9 and by[("A", "n")] == 0.2  # the image's best brand keeps all its rows
    assert by[("B", "m")] == pytest.approx(0.6 * (0.6 / 0.9) ** 2)  # B's best, 0.6, against A's 0.9
    assert by[("B", "n")] == pytest.approx(0.3 * (0.6 / 0.9) ** 2)
    assert by[("C", "m")] == pytest.approx(0.3 * (0.3 / 0.9) ** 2)
    assert [r["score"] for r in rows] == [0.9, 0.6, 0.3, 0.3, 0.2]  # the input rows are not changed


def test_confirmed_rows_and_other_evidence_keep_their_scores() -> None:
    """A second brand's logo that SIFT or shape verification boxed, a brand name read by OCR or an official
    photo reused: a photo can show two brands, and evidence of its own is not a chance window."""
    rows = [
        _r("A", 0.95),
        _r("B", 0.7, "cnn+sift"),
        _r("C", 0.6, "cnn+shape"),
        _r("D", 0.5, "ocr"),
        _r("E", 0.4, "official"),
    ]
    out = compete_in_image(rows, 2.0)
    assert [r["score"] for r in out] == [0.95, 0.7, 0.6, 0.5, 0.4]


def test_no_competition_without_a_stronger_brand_or_with_weight_zero() -> None:
    rows = [_r("A", 0.5), _r("B", 0.5), _r("C", 0.0)]
    assert [r["score"] for r in compete_in_image(rows, 2.0)] == [0.5, 0.5, 0.0]  # ties and zeros stay
    rows = [_r("A", 0.9), _r("B", 0.3)]
    assert compete_in_image(rows, 0.0) is rows
    assert compete_in_image([], 2.0) == []
    lone = [_r("A", 0.4)]
    assert compete_in_image(lone, 2.0)[0]["score"] == 0.4


def test_the_matcher_lowers_an_unconfirmed_second_brand_and_keeps_a_confirmed_one(brands) -> None:
    """A clear Starling print beside a half-transparent Quadra print. Where the Quadra print is only an
    unconfirmed CNN window it is lowered by its ratio to Starling's score (the cost in a photo that shows two
    brands: the second must be confirmed to keep its score); where SIFT or shape verification confirms it, it
    keeps its score. Starling's best row is the same with the knob off and on. The unconfirmed case runs with
    shape verification off: since model v26 (shape_low 0.05) that faint print's outline confirms it."""
    from knockoff.matching.marks import render_svg
    from tests.matching.conftest import (
        SVG_MARK,
        background,
        best_rows_off_and_on,
        draw_mark,
        jpeg_bytes,
        knob_matcher,
        plant,
    )

    faint = render_svg(SVG_MARK, 256).copy()
    faint[..., 3] = (faint[..., 3] * 0.4).astype(np.uint8)
    methods = []
    for seed, knobs in ((20, {"shape_top": 0}), (21, {})):
        off, on = knob_matcher(brands, brand_competition=0.0, **knobs), knob_matcher(brands, **knobs)
        rgb, _ = plant(background(seed, 480, 640), draw_mark(256), 140, (60, 150))
        rgb, _ = plant(rgb, faint, 56, (420, 220))
        blob = jpeg_bytes(rgb)
        star_off, star_on = best_rows_off_and_on(off, on, blob, "Starling")
        assert star_on["score"] == star_off["score"] >= 0.9
        quadra_off, quadra_on = best_rows_off_and_on(off, on, blob, "Quadra")
        methods.append(quadra_off["method"])
        if quadra_off["method"] == "cnn":
            ratio = quadra_off["score"] / star_off["score"]
            assert 0.0 < ratio < 1.0
            assert quadra_on["score"] == pytest.approx(quadra_off["score"] * ratio**2, rel=1e-4)
        else:
            assert quadra_on["score"] == quadra_off["score"]
    assert methods[0] == "cnn" and methods[1] in ("cnn+sift", "cnn+shape"), methods
