"""The logo path end to end on real CNN weights: a planted mark is found with a box; a clean image scores low."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from benchmarks.eval_metrics import iou
from tests.matching.conftest import SVG_MARK, background, draw_mark, images_table, jpeg_bytes, plant


def _best(det, sha: str, brand: str) -> tuple[float, tuple | None]:
    best: tuple[float, tuple | None] = (0.0, None)
    for r in det.to_pylist():
        if r["image_sha256"] == sha and r["brand"] == brand and r["method"] not in ("ocr", "official_photo"):
            box = None if r["x0"] is None else (r["x0"], r["y0"], r["x1"], r["y1"])
            if r["score"] > best[0]:
                best = (r["score"], box)
    return best


def _svg_rgba(size: int) -> np.ndarray:
    import resvg_py

    png = bytes(resvg_py.svg_to_bytes(svg_string=SVG_MARK, width=size))
    return np.asarray(Image.open(io.BytesIO(png)).convert("RGBA"))


@pytest.fixture(scope="module")
def scene(matcher):
    mark = draw_mark(256)
    planted, box = plant(background(1), mark, 110, (150, 170), angle=12)
    svg_planted, svg_box = plant(background(4), _svg_rgba(256), 100, (60, 300))
    clean = background(2)
    blobs = [jpeg_bytes(planted, 85), jpeg_bytes(clean, 85), jpeg_bytes(svg_planted, 85)]
    tbl = images_table(blobs, ["planted", "clean", "svg"])
    det, err = matcher.detect(tbl)
    return {"det": det, "err": err, "box": box, "svg_box": svg_box, "tbl": tbl}


def test_planted_logo_found_with_box(scene) -> None:
    assert scene["err"].num_rows == 0
    assert set(scene["det"].column("brand").to_pylist()) <= {"Starling", "Quadra"}  # no pseudo-brand rows
    score, box = _best(scene["det"], "planted", "Starling")
    assert score >= 0.5, score
    assert box is not None and iou(box, scene["box"]) >= 0.3, (box, scene["box"])
    other, _ = _best(scene["det"], "planted", "Quadra")
    assert other < score


def test_svg_mark_found(scene) -> None:
    score, box = _best(scene["det"], "svg", "Quadra")
    assert score >= 0.5, score
    assert box is not None and iou(box, scene["svg_box"]) >= 0.3, (box, scene["svg_box"])


def test_clean_image_scores_low(scene) -> None:
    planted, _ = _best(scene["det"], "planted", "Starling")
    for brand in ("Starling", "Quadra"):
        clean, _ = _best(scene["det"], "clean", brand)
        assert clean < 0.35 and clean < planted - 0.3, (brand, clean, planted)


def test_boxes_are_original_pixels(matcher) -> None:
    """A 2x larger original: the box scales with it (detections are in original-image pixels)."""
    big_bg = np.asarray(Image.fromarray(background(1)).resize((800, 960), Image.BILINEAR))
    img, truth = plant(big_bg, draw_mark(256), 220, (300, 340), angle=12)
    det, _ = matcher.detect(images_table([jpeg_bytes(img, 90)], ["big"]))
    score, box = _best(det, "big", "Starling")
    assert score >= 0.5 and box is not None and iou(box, truth) >= 0.3, (score, box, truth)


def test_deterministic_and_batch_independent(matcher, scene) -> None:
    det2, _ = matcher.detect(scene["tbl"])
    assert det2.equals(scene["det"])
    alone, _ = matcher.detect(scene["tbl"].slice(0, 1))
    a = [r for r in scene["det"].to_pylist() if r["image_sha256"] == "planted"]
    b = alone.to_pylist()
    assert [(r["brand"], r["mark"], r["method"]) for r in a] == [
        (r["brand"], r["mark"], r["method"]) for r in b
    ]
    assert np.allclose([r["score"] for r in a], [r["score"] for r in b], atol=1e-3)


def test_model_version_is_stable(matcher, brands) -> None:
    from knockoff.config import MatchConfig
    from knockoff.matching.engine import Matcher

    assert isinstance(matcher.model_version, str) and matcher.model_version
    again = Matcher(brands, MatchConfig(ocr=False, device="cpu"), device="cpu")
    assert again.model_version == matcher.model_version


def test_a_logo_that_fills_the_photo_is_found(matcher) -> None:
    """Larger than the largest template: found on the half-size level of the pyramid, box in full-size pixels."""
    planted, box = plant(background(5, 512, 512), draw_mark(256), 400, (56, 56))
    det, err = matcher.detect(images_table([jpeg_bytes(planted, 88)], ["big"]))
    assert err.num_rows == 0
    score, found = _best(det, "big", "Starling")
    assert score >= 0.5, score
    assert found is not None and iou(found, box) >= 0.5, (found, box)
