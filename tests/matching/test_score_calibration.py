"""Scores that mean the same for every brand (match.detect.score_calibration "probability", opt-in:
matching/engine.py applies matching/calibration.py's ProbabilityCalibration.no_null()); the raw score kept."""

from __future__ import annotations

import math

import pytest

from knockoff.matching.calibration import ProbabilityCalibration
from tests.matching.conftest import (
    background,
    brand_best_by_image,
    draw_mark,
    images_table,
    jpeg_bytes,
    plant,
)


def _logit(v: float) -> float:
    return math.log(v / (1 - v))


def _image(sha: str, rows: list[tuple[str, str, float]]) -> list[dict]:
    return [{"image_sha256": sha, "brand": b, "method": m, "score": s} for b, m, s in rows]


def test_loud_and_quiet_brands_get_comparable_probabilities_for_comparable_evidence() -> None:
    """A loud brand (raw 0.9 on its own photo, 0.6 on another brand's) and a quiet one (raw 0.5 on its own,
    0.1 elsewhere), each leading its own photo's other brands by the same logit margin: no raw threshold
    keeps both brands' true photos and drops both false ones; one probability threshold does, and the two
    true photos' probabilities are closer than their raw scores."""
    cal = ProbabilityCalibration.no_null()
    margin = _logit(0.9) - _logit(0.5)
    other = 1 / (1 + math.exp(-(_logit(0.5) - margin)))  # the quiet photo's best other brand: same margin
    rows = (
        _image("loud-photo", [("loud", "cnn", 0.9), ("quiet", "cnn", 0.5), ("x", "cnn", 0.3)])
        + _image("quiet-photo", [("quiet", "cnn", 0.5), ("loud", "cnn", other), ("x", "cnn", 0.05)])
        + _image("x-photo-1", [("loud", "cnn", 0.6), ("x", "cnn", 0.8), ("quiet", "cnn", 0.05)])
        + _image("x-photo-2", [("quiet", "cnn", 0.1), ("x", "cnn", 0.4), ("loud", "cnn", 0.3)])
    )
    p = {(r["image_sha256"], r["brand"]): r["score"] for r in cal.apply_rows(rows)}
    raw = {(r["image_sha256"], r["brand"]): r["score"] for r in rows}
    true = [("loud-photo", "loud"), ("quiet-photo", "quiet")]
    false = [("x-photo-1", "loud"), ("x-photo-2", "quiet")]
    # raw: the loud brand's false photo outscores the quiet brand's true one
    assert max(raw[k] for k in false) > min(raw[k] for k in true)
    assert max(p[k] for k in false) < min(p[k] for k in true)
    assert abs(p[true[0]] - p[true[1]]) < 0.5 * abs(raw[true[0]] - raw[true[1]])
    assert all(0.0 < v < 1.0 for v in p.values())


def test_detect_scores_are_probabilities_with_the_raw_score_kept(brands, matcher) -> None:
    """With score_calibration "probability" every score is the shipped model's probability of the batch's raw
    rows (in (0, 1)), `score_raw` holds what the default Matcher ("none") scores, and the model version names
    the calibration (the raw version is shared)."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    assert matcher.knobs.score_calibration == "none"
    prob_matcher = Matcher(
        brands,
        MatchConfig(ocr=False, device="cpu", detect=DetectConfig(score_calibration="probability")),
        "cpu",
    )
    cal = ProbabilityCalibration.no_null()
    assert prob_matcher.raw_version == matcher.raw_version
    assert matcher.model_version == matcher.raw_version + "+cal-none"
    assert prob_matcher.model_version == matcher.raw_version + "+" + cal.digest()

    rgb, _ = plant(background(7), draw_mark(256), 140, (80, 120))
    table = images_table([jpeg_bytes(rgb), jpeg_bytes(background(8))])
    got = prob_matcher.detect(table)[0].to_pylist()
    raw = matcher.detect(table)[0].to_pylist()
    assert [(r["image_sha256"], r["brand"], r["mark"], r["method"]) for r in got] == [
        (r["image_sha256"], r["brand"], r["mark"], r["method"]) for r in raw
    ]
    assert all(r["score_raw"] == pytest.approx(r["score"], abs=1e-6) for r in raw)
    assert [r["score_raw"] for r in got] == pytest.approx([r["score"] for r in raw], abs=1e-6)
    want = cal.apply_rows([dict(r, score=r["score_raw"]) for r in got])
    assert [r["score"] for r in got] == pytest.approx([r["score"] for r in want], abs=1e-6)
    assert all(0.0 < r["score"] < 1.0 for r in got)
    assert [r["score"] for r in got] != pytest.approx([r["score"] for r in raw], abs=1e-3)
    # the planted mark still ranks its photo first for its brand
    star = brand_best_by_image(got, "Starling")
    first, second = table.column("image_sha256").to_pylist()
    assert star[first] > star[second]


def test_calibration_folder_needs_the_tail_mode(brands, tmp_path) -> None:
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    # a folder alone means the tail calibration (configs written before score_calibration existed)
    assert DetectConfig(calibration_folder=str(tmp_path)).score_calibration == "tail"
    for mode in ("none", "probability"):
        detect = DetectConfig(calibration_folder=str(tmp_path), score_calibration=mode)
        cfg = MatchConfig(ocr=False, device="cpu", detect=detect)
        with pytest.raises(ValueError, match="score_calibration 'tail'"):
            Matcher(brands, cfg, device="cpu")
    cfg = MatchConfig(ocr=False, device="cpu", detect=DetectConfig(score_calibration="tail"))
    with pytest.raises(ValueError, match="needs match.detect.calibration_folder"):
        Matcher(brands, cfg, device="cpu")
