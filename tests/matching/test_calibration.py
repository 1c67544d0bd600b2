"""Per-brand score calibration (matching/calibration.py) and the Matcher with a calibration folder."""

from __future__ import annotations

import math

import cv2
import numpy as np
import pytest

from knockoff.matching.calibration import TAIL_SHARE, BrandCalibration, best_per_image, best_per_key, family
from tests.matching.conftest import background, brand_best_by_image, images_table, jpeg_bytes, plant


def _fit() -> BrandCalibration:
    rng = np.random.default_rng(0)
    # "loud" fires on distractors (a plain wordmark), "quiet" hardly does (a detailed crest)
    return BrandCalibration.fit(
        {"loud": list(rng.uniform(0.3, 0.7, 100)), "quiet": list(rng.uniform(0.0, 0.1, 100))}
    )


def test_same_raw_score_means_more_for_the_quiet_brand() -> None:
    cal = _fit()
    assert cal.apply("quiet", 0.6) > cal.apply("loud", 0.6)
    assert cal.tail_probability("loud", 0.6) > 10 * cal.tail_probability("quiet", 0.6)


def test_calibrated_score_is_monotone_and_bounded() -> None:
    cal = _fit()
    for brand in ("loud", "quiet"):
        xs = np.linspace(0.0, 1.0, 201)
        ys = [cal.apply(brand, x) for x in xs]
        assert all(0.0 <= y < 1.0 for y in ys)
        assert all(b >= a for a, b in zip(ys, ys[1:], strict=False))
        # strictly increasing above the tail threshold: ranking within the brand is kept there
        top = [cal.apply(brand, x) for x in xs if x > cal.tails[brand].threshold]
        assert all(b > a for a, b in zip(top, top[1:], strict=False))


def test_tail_probability_matches_the_empirical_share_at_the_threshold() -> None:
    cal = _fit()
    t = cal.tails["loud"]
    emp = (sum(v >= t.threshold for v in t.scores) + 1) / (t.n + 1)
    assert cal.tail_probability("loud", t.threshold) == pytest.approx(emp)
    assert cal.tail_probability("loud", t.threshold + 1e-6) == pytest.approx(t.share, rel=1e-3)
    assert t.share == pytest.approx(TAIL_SHARE)


def test_unknown_brand_keeps_raw_score_and_fit_checks_shapes() -> None:
    cal = _fit()
    assert cal.apply("other", 0.42) == pytest.approx(0.42)
    with pytest.raises(ValueError, match="no distractor score for b"):
        BrandCalibration.fit({"a": [0.1, 0.2], "b": []})
    assert BrandCalibration.fit({"a": [0.1, 0.2], "b": [0.1]}).tails["b"].n == 1


def test_round_trip_and_digest(tmp_path) -> None:
    cal = _fit()
    path = tmp_path / "cal.json"
    cal.save(path)
    back = BrandCalibration.load(path)
    assert back.digest() == cal.digest()
    assert back.apply("loud", 0.77) == cal.apply("loud", 0.77)
    bad = cal.to_dict() | {"version": "old"}
    with pytest.raises(ValueError, match="refit"):
        BrandCalibration.from_dict(bad)


def test_best_per_key_and_image() -> None:
    rows = [
        {"image_sha256": "a", "brand": "x", "method": "cnn", "score": 0.2},
        {"image_sha256": "a", "brand": "x", "method": "cnn+sift", "score": 0.5},
        {"image_sha256": "a", "brand": "x", "method": "ocr", "score": 0.9},
        {"image_sha256": "b", "brand": "y", "method": "official_photo", "score": 0.3},
    ]
    a = best_per_key(rows[:3], ["x", "y"])
    assert a["x\tlogo"] == 0.5 and a["x\tocr"] == 0.9 and a["y\tlogo"] == 0.0 and len(a) == 6
    per = best_per_image(rows, ["x", "y"])
    assert per["b"]["y\tofficial"] == 0.3 and per["b"]["x\tocr"] == 0.0
    assert [family(m) for m in ("cnn", "cnn+sift", "ocr", "official_photo")] == [
        "logo",
        "logo",
        "ocr",
        "official",
    ]


def test_rows_are_calibrated_in_their_family() -> None:
    """A text hit and a logo match of the same raw score are judged against their own nulls."""
    cal = BrandCalibration.fit({"x\tlogo": [0.6] * 50 + [0.1] * 50, "x\tocr": [0.0] * 100})
    logo_row = {"brand": "x", "method": "cnn+sift", "score": 0.7}
    text_row = {"brand": "x", "method": "ocr", "score": 0.7}
    assert cal.apply_row(text_row) > cal.apply_row(logo_row)
    assert cal.apply_row({"brand": "z", "method": "cnn", "score": 0.3}) == pytest.approx(0.3)


def test_batched_ratio_matches_equal_bruteforce_knn() -> None:
    """logo.match_refs finds the same Lowe matches as OpenCV's brute-force matcher, so the same inliers."""
    from knockoff.matching import logo
    from tests.matching.conftest import draw_mark

    sift = cv2.SIFT_create(nfeatures=800)
    mark = draw_mark(256)
    rgb, _ = plant(background(3), mark, 150, (60, 90), angle=12)
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    kps, desc = sift.detectAndCompute(gray, None)
    rdesc = sift.detectAndCompute(cv2.cvtColor(mark[..., :3], cv2.COLOR_RGB2GRAY), None)[1]
    bf = cv2.BFMatcher(cv2.NORM_L2).knnMatch(rdesc, desc, k=2)
    want = {m.queryIdx: m.trainIdx for m, n in bf if m.distance < 0.8 * n.distance}
    got = logo._ratio_matches(rdesc, desc.astype(np.float32))
    assert {i: int(j) for i, j in enumerate(got) if j >= 0} == want
    assert len(want) >= 8


def test_matcher_with_calibration_folder(brands, matcher, tmp_path) -> None:
    """Scores of a calibrated Matcher are the calibration of the raw scores, fitted on the folder's photos;
    the fit is cached (a second Matcher reads it back) and shows in the model version."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    folder = tmp_path / "distractors"
    folder.mkdir()
    for i in range(12):
        (folder / f"p{i}.jpg").write_bytes(jpeg_bytes(background(100 + i, 320, 280)))
    (folder / "notes.txt").write_text("not an image")
    cfg = MatchConfig(
        ocr=False,
        device="cpu",
        detect=DetectConfig(calibration_folder=str(folder), calibration_images=10, score_calibration="tail"),
    )
    cal_matcher = Matcher(brands, cfg, device="cpu")
    cal = cal_matcher.brand_calibration
    assert cal_matcher.raw_version == matcher.raw_version
    assert cal is not None and cal_matcher.model_version == matcher.raw_version + "+" + cal.digest()
    assert (
        cal is not None
        and {t.n for t in cal.tails.values()} == {10}
        and set(cal.tails) == {f"{b.name}\t{f}" for b in brands for f in ("logo", "ocr", "official")}
    )

    from tests.matching.conftest import draw_mark

    rgb, _ = plant(background(7), draw_mark(256), 140, (80, 120))
    table = images_table([jpeg_bytes(rgb), jpeg_bytes(background(8))])
    raw = [dict(r, score=r["score_raw"]) for r in matcher.detect(table)[0].to_pylist()]
    got = cal_matcher.detect(table)[0].to_pylist()
    assert [(r["image_sha256"], r["brand"], r["mark"]) for r in raw] == [
        (r["image_sha256"], r["brand"], r["mark"]) for r in got
    ]
    for r, g in zip(raw, got, strict=True):
        assert g["score"] == pytest.approx(cal.apply_row(r), abs=1e-6)
        assert g["score_raw"] == pytest.approx(r["score"], abs=1e-6)
    # the planted mark still outranks the plain photo for its brand after calibration
    star = brand_best_by_image(got, "Starling")
    first, second = table.column("image_sha256").to_pylist()
    assert star[first] > star[second]
    again = Matcher(brands, cfg, device="cpu")
    assert again.model_version == cal_matcher.model_version
    assert not math.isnan(again.brand_calibration.apply("Starling\tlogo", 0.5))


def test_empty_calibration_folder_is_a_clear_error(brands, tmp_path) -> None:
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    detect = DetectConfig(calibration_folder=str(tmp_path), score_calibration="tail")
    cfg = MatchConfig(ocr=False, device="cpu", detect=detect)
    with pytest.raises(ValueError, match="no .jpg"):
        Matcher(brands, cfg, device="cpu")


def test_a_calibration_with_a_failed_photo_is_fitted_again_not_cached(brands, tmp_path, monkeypatch) -> None:
    """A photo whose scoring raises is left out of the null, and that smaller fit is not cached: the next
    Matcher (a rerun) fits the null again on every photo and caches that one."""
    import uuid

    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.lake import sha256_hex
    from knockoff.matching.engine import Matcher

    folder = tmp_path / "distractors"
    folder.mkdir()
    tag = np.frombuffer(uuid.uuid4().bytes, np.uint8)  # photos new to the cache whatever ran before
    blobs = []
    for i in range(10):
        rgb = background(300 + i, 240, 200)
        rgb[0, : len(tag)] = tag[:, None]
        blobs.append(jpeg_bytes(rgb))
        (folder / f"p{i}.jpg").write_bytes(blobs[-1])
    doomed = sha256_hex(blobs[2])
    cfg = MatchConfig(
        ocr=False,
        device="cpu",
        detect=DetectConfig(calibration_folder=str(folder), calibration_images=10, score_calibration="tail"),
    )
    score_one = Matcher._score_one

    def failing(self, sha, *a, **k):
        if sha == doomed:
            raise RuntimeError("worker fault")
        return score_one(self, sha, *a, **k)

    monkeypatch.setattr(Matcher, "_score_one", failing)
    first = Matcher(brands, cfg, device="cpu")
    path = first.calibration_cache(sorted(sha256_hex(b) for b in blobs))
    assert {t.n for t in first.brand_calibration.tails.values()} == {9}
    assert not path.exists()  # the smaller null was not cached
    monkeypatch.setattr(Matcher, "_score_one", score_one)
    again = Matcher(brands, cfg, device="cpu")
    assert {t.n for t in again.brand_calibration.tails.values()} == {10}
    assert path.is_file()
    assert Matcher(brands, cfg, device="cpu").brand_calibration == again.brand_calibration  # read back
    path.unlink()
