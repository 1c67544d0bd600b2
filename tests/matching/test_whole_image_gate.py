"""Whole-image SIFT verification: skipped where the image is already settled, and its boxes land in decoded
pixels."""

from __future__ import annotations

import pytest

from benchmarks.eval_metrics import iou
from knockoff.matching import logo
from tests.matching.conftest import background, draw_mark, images_table, jpeg_bytes, plant


def _matcher(brands, **knobs):
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    return Matcher(brands, MatchConfig(ocr=False, device="cpu", detect=DetectConfig(**knobs)), device="cpu")


@pytest.fixture(scope="module")
def photos():
    planted, box = plant(background(1), draw_mark(256), 150, (120, 150))
    return {"planted": jpeg_bytes(planted, 88), "clean": jpeg_bytes(background(2), 88), "box": box}


def test_a_window_verified_strongly_settles_the_image(brands, photos) -> None:
    m = _matcher(brands, whole_image_skip_inliers=12)
    det, err = m.detect(images_table([photos["planted"]], ["planted"]))
    assert err.num_rows == 0
    assert m.counters["whole_image_skipped"] == 1, m.counters
    best = max(r["score"] for r in det.to_pylist() if r["brand"] == "Starling")
    assert best >= 0.8, best
    # a photo with no mark is not settled: its brands go to whole-image verification
    m.detect(images_table([photos["clean"]], ["clean"]))
    assert m.counters["whole_image_skipped"] == 1, m.counters


def test_without_a_gate_nothing_is_skipped(brands, photos) -> None:
    m = _matcher(brands, whole_image_skip_inliers=0, whole_image_skip_ocr=1.0)
    m.detect(images_table([photos["planted"], photos["clean"]], ["p", "c"]))
    assert m.counters["whole_image_skipped"] == 0
    assert m.counters["verified_windows"] >= 2  # the clean photo's brands went to whole-image verification


def test_a_brand_name_read_clearly_settles_the_image(brands) -> None:
    from knockoff.matching.ocr import OcrHit

    m = _matcher(brands, whole_image_skip_ocr=0.9)
    cands = [logo.Candidate("Starling", "starling", 0.3, (0, 0, 64, 64))]
    box = (0.0, 0.0, 80.0, 20.0)
    assert m._decided(cands, ([("QUADRA", 0.97, box)], [OcrHit("Quadra", 0.97, "QUADRA", box)]))
    assert not m._decided(cands, ([("QUADRA", 0.6, box)], [OcrHit("Quadra", 0.6, "QUADRA", box)]))
    assert not m._decided(cands, None)  # OCR off or read by window: no text gate


def test_whole_image_keypoints_box_the_mark(brands, photos) -> None:
    from knockoff.matching.imageio import decode

    m = _matcher(brands)
    d = decode(photos["planted"], m.size)
    # a window far from the mark: only the whole image's keypoints can place it
    cand = logo.Candidate("Starling", "starling", 0.3, (0.0, 0.0, 32.0, 32.0))
    m._verify_whole(d, [cand])
    assert cand.inliers >= 12, cand.inliers
    assert cand.box is not None and iou(cand.box, photos["box"]) >= 0.5, (cand.box, photos["box"])
