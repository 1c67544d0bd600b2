"""training.synth's widened (training-only) conditions: low-contrast garment ink, photo-patch occlusion, and
the default `paste` left as it was (the held-out composite benchmark is built from it)."""

from __future__ import annotations

import hashlib

import cv2
import numpy as np
import pytest

from training.synth import Widen, garment_ink, luminance, paste, photo_patch_occlusion

# sha256 of `_digest()` computed with training/synth.py as it was before Widen was added (commit 750ce0d^),
# per OpenCV minor version: its warps round differently from one release to the next (opencv-python-headless
# 5.1.0.95, published 2026-12-02, gives another digest than 5.0.0.93 for the same pre-Widen code; both were
# computed by running 750ce0d^'s synth.py under each build). Another build: compute it the same way.
BEFORE_WIDEN_BY_OPENCV = {
    "5.0": "800e242345feda65a68d0a1691c0d4de7b265339e22bbbdbea8df78bb21a6eff",
    "5.1": "24d48608fda6b3393df800f7c798f1f60e8b67ede2fe05522e77c77ebd201464",
}


def _scene() -> tuple[np.ndarray, np.ndarray]:
    """A 384 x 512 colour ramp photo and a 50 x 80 red mark with a hole."""
    yy, xx = np.mgrid[0:384, 0:512]
    photo = np.stack([(xx * 255 // 511), (yy * 255 // 383), ((xx + yy) % 256)], -1).astype(np.uint8)
    rgba = np.zeros((50, 80, 4), np.uint8)
    rgba[8:42, 6:74] = (200, 40, 30, 255)
    rgba[18:32, 20:60, 3] = 0
    return photo, rgba


def _digest(**kw) -> str:
    photo, rgba = _scene()
    h = hashlib.sha256()
    for seed in range(12):
        for hard in (True, False):
            img, box = paste(photo, rgba, np.random.default_rng(seed), hard=hard, **kw)
            h.update(img.tobytes())
            h.update(repr(box).encode())
    return h.hexdigest()


def test_default_paste_draws_what_it_drew_before_the_widened_conditions() -> None:
    default = _digest()
    assert _digest(wide=None) == default
    assert _digest(wide=Widen()) != default  # the flag does change the training composites
    minor = ".".join(cv2.__version__.split(".")[:2])
    if minor not in BEFORE_WIDEN_BY_OPENCV:
        pytest.skip(f"no pre-Widen digest recorded for OpenCV {cv2.__version__} (see BEFORE_WIDEN_BY_OPENCV)")
    assert default == BEFORE_WIDEN_BY_OPENCV[minor]


@pytest.mark.parametrize("cloth", [(0, 0, 0), (255, 255, 255), (30, 120, 200), (128, 128, 128), (250, 10, 5)])
def test_garment_ink_is_within_the_stated_grey_gap_of_the_cloth(cloth: tuple[int, int, int]) -> None:
    wide = Widen()
    rng = np.random.default_rng(0)
    photo = np.random.default_rng(1).integers(0, 256, (64, 64, 3)).astype(np.float32)
    region = np.empty((20, 30, 3), np.float32)
    region[:] = cloth
    alpha = np.ones((20, 30, 1), np.float32)
    for _ in range(200):
        ink, gap = garment_ink(photo, region, alpha, rng, wide)
        assert ink.shape == (3,) and ink.min() >= 0 and ink.max() <= 255
        assert gap == pytest.approx(abs(float(luminance(ink)) - float(luminance(np.float64(cloth)))))
        assert wide.gap[0] - 1e-6 <= gap <= wide.gap[1] + 1e-6


def test_widened_paste_prints_a_faint_mark_on_plain_cloth() -> None:
    """Garment ink every time, no photo patch: on flat grey cloth every pixel stays within the gap of it."""
    photo = np.full((384, 512, 3), 128, np.uint8)
    _, rgba = _scene()
    wide = Widen(garment_ink=1.0, photo_occlusion=0.0)
    moved = 0
    for seed in range(20):
        img, box = paste(photo, rgba, np.random.default_rng(seed), hard=True, wide=wide)
        assert box is not None
        diff = np.abs(luminance(img.astype(np.float64)) - 128.0)
        assert diff.max() <= wide.gap[1] + 1.0  # never the old forced 20 / 240 ink
        moved += diff.max() >= wide.gap[0] * wide.opacity[0] - 1.0
    assert moved >= 15  # the mark is there (faint), not hidden


def test_photo_patch_occlusion_lays_the_photo_over_part_of_the_mark() -> None:
    photo, _ = _scene()
    out = photo.astype(np.float32).copy()
    box = (100, 80, 180, 130)
    out[80:130, 100:180] = (255, 0, 0)  # the printed mark
    for seed, share in ((0, 0.15), (1, 0.3), (2, 0.5), (3, 0.5)):
        shown = out.copy()
        mask = photo_patch_occlusion(photo, shown, box, np.random.default_rng(seed), share)
        assert mask.shape == (50, 80) and 0.02 < mask.mean() < 0.9
        region = shown[80:130, 100:180]
        assert (region[mask] != (255, 0, 0)).any(axis=1).mean() > 0.9  # covered by photo pixels
        assert (region[~mask] == (255, 0, 0)).all(axis=1).mean() > 0.5  # the rest of the mark stays
        assert (shown[:80] == out[:80]).all()  # nothing outside the box is touched
