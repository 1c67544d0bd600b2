"""Official-photo reuse, trademark text inside images (OCR), and a real product photo from the shared data."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import yaml
from PIL import Image

from benchmarks.eval_metrics import iou
from knockoff.config import MatchConfig
from tests.matching.conftest import background, draw_mark, images_table, jpeg_bytes, png_bytes


def _best(det, sha: str, brand: str, methods: set[str] | None = None) -> tuple[float, tuple | None]:
    best: tuple[float, tuple | None] = (0.0, None)
    for r in det.to_pylist():
        if r["image_sha256"] != sha or r["brand"] != brand:
            continue
        if methods is not None and r["method"] not in methods:
            continue
        if r["score"] > best[0]:
            best = (r["score"], None if r["x0"] is None else (r["x0"], r["y0"], r["x1"], r["y1"]))
    return best


def _wordmark(text: str, h: int = 90) -> np.ndarray:
    w = int(h * 0.62 * len(text)) + 20
    img = np.zeros((h, w, 4), np.uint8)
    cv2.putText(
        img, text, (10, int(h * 0.78)), cv2.FONT_HERSHEY_DUPLEX, h / 34, (15, 15, 15, 255), 4, cv2.LINE_AA
    )
    ys, xs = np.nonzero(img[..., 3])
    return img[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


@pytest.fixture(scope="module")
def official_setup(tmp_path_factory):
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    d = tmp_path_factory.mktemp("official")
    (d / "mark.png").write_bytes(png_bytes(draw_mark(200)))
    photo = background(7, 600, 480)
    cv2.putText(photo, "Model 2026", (40, 80), cv2.FONT_HERSHEY_SIMPLEX, 1.5, (250, 250, 250), 3)
    (d / "official.jpg").write_bytes(jpeg_bytes(photo, 95))
    (d / "wordmark.png").write_bytes(png_bytes(_wordmark("STARLING")))
    doc = {
        "brands": [
            {"name": "Starling", "marks": ["mark.png", "wordmark.png"], "official_images": ["official.jpg"]}
        ]
    }
    (d / "brands.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    brands = load_brands(d / "brands.yaml")
    return brands, photo, Matcher(brands, MatchConfig(ocr=True, device="cpu"), device="cpu")


def test_official_photo_reuse_is_found(official_setup) -> None:
    _, photo, matcher = official_setup
    small = np.asarray(Image.fromarray(photo).resize((384, 480), Image.BILINEAR))
    reused = jpeg_bytes(small, 60)  # re-encoded and resized: not byte-identical
    other = jpeg_bytes(background(8, 600, 480), 90)
    det, err = matcher.detect(images_table([reused, other], ["reused", "other"]))
    assert err.num_rows == 0
    hit, _ = _best(det, "reused", "Starling", {"official_photo"})
    miss, _ = _best(det, "other", "Starling", {"official_photo"})
    assert hit >= 0.5 and miss < 0.3, (hit, miss)


def test_wordmark_text_in_image_is_read(official_setup) -> None:
    """A printed brand name (no logo shape) is found by OCR and fuzzy matching, misspelt too."""
    _, _, matcher = official_setup
    blobs, truths = [], []
    for k, text in enumerate(["STARLING", "STARLlNG"]):
        bg = background(20 + k)
        wm = _wordmark(text, 60)
        h, w = wm.shape[:2]
        a = wm[..., 3:4].astype(np.float32) / 255
        x, y = 40, 200
        region = bg[y : y + h, x : x + w].astype(np.float32)
        bg[y : y + h, x : x + w] = (region * (1 - a) + np.float32([245, 245, 245]) * a).astype(np.uint8)
        blobs.append(jpeg_bytes(bg, 90))
        truths.append((float(x), float(y), float(x + w), float(y + h)))
    det, _ = matcher.detect(images_table(blobs, ["exact", "misspelt"]))
    for sha, truth in zip(["exact", "misspelt"], truths, strict=True):
        score, box = _best(det, sha, "Starling")
        assert score >= 0.5, (sha, score, det.to_pylist())
        assert box is not None and iou(box, truth) > 0.2, (sha, box, truth)


def test_real_photo_with_held_out_logo() -> None:
    """One flat reference of an unseen brand; its logo pasted into an unseen real product photo."""
    from training.shared_data import data_available

    if not data_available():
        pytest.skip("shared data (../shared/data: logos and photos) not present on this machine")
    from benchmarks.eval_composites import build_eval_set, write_brands
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    es = build_eval_set(n_brands=2, pos_per_brand=3, n_neg=4, small_per_brand=0, seed=3)
    tmp = Path(__import__("tempfile").mkdtemp())
    brands = load_brands(write_brands(es, tmp))
    m = Matcher(brands, MatchConfig(ocr=False, device="cpu"), device="cpu")
    names = {s.name: s for s in es.samples}
    det, err = m.detect(images_table([s.jpeg for s in es.samples], list(names)))
    assert err.num_rows == 0
    neg_max = {b.name: max(_best(det, n, b.name)[0] for n, s in names.items() if not s.brand) for b in brands}
    pos = [(n, s) for n, s in names.items() if s.brand]
    above = sum(_best(det, n, s.brand)[0] > neg_max[s.brand] for n, s in pos)
    assert above >= len(pos) // 2, (above, len(pos), neg_max)
