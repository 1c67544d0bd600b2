"""Synthetic composites: a mark pasted into a product photo the way a print sits on a garment.

Shared by the training script (training/train_head.py, train split) and the evaluation set
(benchmarks/eval_composites.py, held-out split): warp (perspective, rotation), fabric-like shading, blur,
partial opacity, occlusion, JPEG. Also the hard negatives: printed words and plain shapes.

`paste(..., wide=Widen())` (training only, issue 12; `wide=None`, the default, draws exactly what it drew
before, so the held-out benchmark built from `paste` is unchanged) widens the hard conditions towards prints
the project's own synthesis never made: ink taken from the garment (the cloth's colour under the mark, or a
colour of elsewhere in the photo, moved only to a luminance gap of `gap` grey levels from the cloth: no
forced contrast), opacity down to `opacity[0]`, occlusion of up to half the mark by a patch of the same photo
laid over it (a strap, fold or hand; besides the old cut-out), and fabric shading of random strength.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

PHOTO_SIDE = 512
WORDS = ["SPORT", "ORIGINAL", "Premium", "Quality", "Cotton 100%", "SALE", "Classic", "URBAN", "Team", "2024"]


def svg_with_fill(svg_text: str, hex_colour: str) -> str:
    """Colour a single-path icon by setting fill on its <svg> element."""
    svg_text = re.sub(r'\sfill="[^"]*"', "", svg_text, count=0) if "currentColor" in svg_text else svg_text
    return re.sub(r"<svg\b", f'<svg fill="#{hex_colour}"', svg_text, count=1)


def load_photo(path: Path) -> np.ndarray:
    img = Image.open(path).convert("RGB")
    w, h = img.size
    s = PHOTO_SIDE / max(w, h)
    return np.asarray(img.resize((round(w * s), round(h * s)), Image.BILINEAR))


def recolour(rgba: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    out = rgba.copy()
    out[..., :3] = rgb
    return out


@dataclass(frozen=True)
class Widen:
    """The widened hard conditions of `paste` (training only; see the module docstring). Probabilities per
    hard paste; `gap` and `opacity` (low, high) ranges drawn uniformly; `occlude_share` the (low, high) share
    of the mark's box a photo patch covers."""

    garment_ink: float = 0.45  # ink from the photo, low contrast (else the old brand/black/white + contrast)
    ink_elsewhere: float = 0.3  # of those: a colour from anywhere in the photo rather than under the mark
    gap: tuple[float, float] = (
        8.0,
        45.0,
    )  # grey levels between ink and cloth luma (under 8 x 0.4 opacity: unseen)
    opacity: tuple[float, float] = (0.4, 1.0)
    photo_occlusion: float = 0.3  # a patch of the photo laid over the mark
    occlude_share: tuple[float, float] = (0.15, 0.5)
    shade: float = 0.8  # fabric shading (strength 0.5-1.0)


def luminance(rgb: np.ndarray) -> np.ndarray:
    """ITU-R BT.601 luma of ... x 3 RGB values (0-255), as float."""
    return np.asarray(rgb, np.float64) @ np.array([0.299, 0.587, 0.114])


def garment_ink(
    photo: np.ndarray, region: np.ndarray, alpha: np.ndarray, rng: np.random.Generator, wide: Widen
) -> tuple[np.ndarray, float]:
    """An ink colour taken from the photo with a low luminance gap to the cloth under the mark.

    `photo` H x W x 3 and `region` (the cloth the mark covers, h x w x 3) float 0-255, `alpha` h x w x 1 the
    mark's coverage. The base colour is the cloth's mean colour under the mark or (`wide.ink_elsewhere` of
    the time) a blurred pixel anywhere in the photo; it is shifted evenly on its three channels until its luma
    is `gap` ~ U(wide.gap) grey levels above or below the cloth's mean luma under the mark (the other side
    where that would leave 0-255). Returns (rgb float array of 3, |luma(ink) - luma(cloth)|)."""
    wsum = float(alpha.sum()) + 1e-6
    cloth = (region * alpha).reshape(-1, 3).sum(0) / wsum
    if rng.random() < wide.ink_elsewhere:
        blurred = cv2.GaussianBlur(photo, (0, 0), 3.0)
        base = blurred[int(rng.integers(photo.shape[0])), int(rng.integers(photo.shape[1]))].astype(
            np.float64
        )
    else:
        base = cloth.astype(np.float64)
    l_cloth = float(luminance(cloth))
    gap = float(rng.uniform(*wide.gap))
    sign = 1.0 if rng.random() < 0.5 else -1.0
    if not 0.0 <= l_cloth + sign * gap <= 255.0:
        sign = -sign
    target = l_cloth + sign * gap
    ink = base + (target - float(luminance(base)))  # equal shift on R, G, B moves luma by the same amount
    # Where a channel leaves 0-255, pull the colour towards the grey of the same luma until it fits (the grey
    # itself fits: 0 <= target <= 255), so that the luma stays at the target.
    t = 1.0
    if ink.min() < 0:
        t = min(t, target / (target - float(ink.min())))
    if ink.max() > 255:
        t = min(t, (255.0 - target) / (float(ink.max()) - target))
    ink = np.clip(target + (ink - target) * t, 0, 255)
    return ink, abs(float(luminance(ink)) - l_cloth)


def photo_patch_occlusion(
    photo: np.ndarray, out: np.ndarray, box: tuple[int, int, int, int], rng: np.random.Generator, share: float
) -> np.ndarray:
    """Lay a patch of the photo itself over part of the mark at `box` (x0, y0, x1, y1 px) in `out` (float
    H x W x 3, changed in place): a band across the box at a random angle or an ellipse, covering about
    `share` of the box, filled with the photo's pixels from a random offset (strap, fold, hand). Returns the
    h x w boolean mask laid over the box."""
    x0, y0, x1, y1 = box
    h, w = y1 - y0, x1 - x0
    mask = np.zeros((h, w), np.uint8)
    if rng.random() < 0.5:  # a band through a random point, width set by the share
        ang = rng.uniform(0, np.pi)
        yy, xx = np.mgrid[0:h, 0:w]
        cx, cy = rng.uniform(0, w), rng.uniform(0, h)
        d = np.abs((xx - cx) * np.sin(ang) - (yy - cy) * np.cos(ang))
        mask = (d < share * max(h, w) / 2 + 1).astype(np.uint8)
    else:
        r = np.sqrt(share * h * w / np.pi)
        axes = (max(2, int(r * rng.uniform(0.7, 1.4))), max(2, int(r * rng.uniform(0.7, 1.4))))
        centre = (int(rng.uniform(0, w)), int(rng.uniform(0, h)))
        cv2.ellipse(mask, centre, axes, float(rng.uniform(0, 180)), 0, 360, 1, -1)
    H, W = photo.shape[:2]
    sx = int(rng.integers(0, max(1, W - w)))
    sy = int(rng.integers(0, max(1, H - h)))
    patch = photo[sy : sy + h, sx : sx + w].astype(np.float32)
    m = cv2.GaussianBlur(mask.astype(np.float32), (0, 0), 1.0)[..., None]
    region = out[y0:y1, x0:x1]
    region[:] = region * (1 - m) + patch * m
    return mask > 0


def paste(
    photo: np.ndarray,
    rgba: np.ndarray,
    rng: np.random.Generator,
    hard: bool = True,
    wide: Widen | None = None,
) -> tuple:
    """Warp the mark (perspective + rotation), shade it like fabric, blur, occlude and blend it into the photo.
    With `wide` (hard pastes only), the widened conditions of `Widen` (module docstring); `wide=None` draws
    and returns exactly what paste drew before they were added.

    Returns (image, box) with box the bounds of the mark pixels (occluded ones included)."""
    h, w = rgba.shape[:2]
    pad = int(0.6 * max(h, w)) + 4
    src = np.zeros((h + 2 * pad, w + 2 * pad, 4), np.uint8)
    src[pad : pad + h, pad : pad + w] = rgba
    cx, cy = src.shape[1] / 2, src.shape[0] / 2
    ang = np.deg2rad(rng.uniform(-25, 25) if hard else rng.uniform(-8, 8))
    corners = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (corners - [cx, cy]) @ rot.T + [cx, cy]
    jitter = (0.12 if hard else 0.04) * max(h, w)
    dst = (dst + rng.uniform(-jitter, jitter, size=dst.shape)).astype(np.float32)
    M = cv2.getPerspectiveTransform(corners, dst)
    warped = cv2.warpPerspective(src, M, (src.shape[1], src.shape[0]), flags=cv2.INTER_LINEAR)
    ys, xs = np.nonzero(warped[..., 3] > 8)
    if len(xs) == 0:
        return photo.copy(), None
    x0, x1, y0, y1 = xs.min(), xs.max() + 1, ys.min(), ys.max() + 1
    warped = warped[y0:y1, x0:x1]
    wh, ww = warped.shape[:2]
    H, W = photo.shape[:2]
    if ww >= W - 4 or wh >= H - 4:
        return photo.copy(), None
    # Place on the central area more often (where garments are), anywhere else sometimes.
    if rng.random() < 0.75:
        px = int(rng.uniform(0.15 * W, max(0.15 * W + 1, 0.85 * W - ww)))
        py = int(rng.uniform(0.15 * H, max(0.15 * H + 1, 0.85 * H - wh)))
    else:
        px, py = int(rng.integers(0, W - ww)), int(rng.integers(0, H - wh))
    px, py = min(px, W - ww), min(py, H - wh)
    out = photo.astype(np.float32).copy()
    region = out[py : py + wh, px : px + ww]
    alpha = warped[..., 3:4].astype(np.float32) / 255.0
    colour = warped[..., :3].astype(np.float32)
    # A print is made to be seen: keep some contrast with the garment under it.
    under = float((region * alpha).sum() / (3 * alpha.sum() + 1e-6))
    ink = float((colour * alpha).sum() / (3 * alpha.sum() + 1e-6))
    wide = wide if hard else None
    if wide is not None and rng.random() < wide.garment_ink:  # a print in a colour of the photo, low contrast
        colour[:] = garment_ink(photo.astype(np.float32), region, alpha, rng, wide)[0]
    elif abs(under - ink) < 80:
        colour[:] = 20.0 if under > 128 else 240.0
    if hard:
        if rng.random() < (0.6 if wide is None else wide.shade):  # fabric-like: follow the garment's shading
            lum = cv2.GaussianBlur(region.mean(axis=2), (0, 0), 2.0)
            shade = np.clip(lum / (lum.mean() + 1e-3), 0.6, 1.4)[..., None]
            colour = np.clip(colour * shade ** (0.7 if wide is None else rng.uniform(0.5, 1.0)), 0, 255)
        sigma = rng.choice([0.0, 0.0, 0.6, 1.0, 1.5])
        if sigma > 0:
            colour = cv2.GaussianBlur(colour, (0, 0), sigma)
            alpha = cv2.GaussianBlur(alpha, (0, 0), sigma)[..., None]
        alpha = alpha * (rng.uniform(0.7, 1.0) if wide is None else rng.uniform(*wide.opacity))
        if rng.random() < 0.25:  # occlude up to a quarter of the mark
            ox = int(rng.integers(0, ww))
            oy = int(rng.integers(0, wh))
            alpha[oy : oy + wh // 2, ox : ox + ww // 2] = 0
    region[:] = region * (1 - alpha) + colour * alpha
    if wide is not None and rng.random() < wide.photo_occlusion:  # a patch of the photo over the print
        share = float(rng.uniform(*wide.occlude_share))
        photo_patch_occlusion(photo, out, (px, py, px + ww, py + wh), rng, share)
    box = (float(px), float(py), float(px + ww), float(py + wh))
    return np.clip(out, 0, 255).astype(np.uint8), box


def to_jpeg(rgb: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=int(quality))
    return buf.getvalue()


def pick_colour(logo_hex: str, rng: np.random.Generator) -> tuple[int, int, int]:
    r = rng.random()
    if r < 0.5:
        return tuple(int(logo_hex[i : i + 2], 16) for i in (0, 2, 4))
    if r < 0.75:
        return (20, 20, 20)
    return (240, 240, 240)


def text_image(photo: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    out = photo.copy()
    H, W = out.shape[:2]
    for _ in range(int(rng.integers(1, 3))):
        word = WORDS[int(rng.integers(len(WORDS)))]
        scale = rng.uniform(0.8, 2.0)
        colour = tuple(int(c) for c in rng.integers(0, 256, 3))
        org = (int(rng.integers(5, W // 2)), int(rng.integers(40, H - 10)))
        cv2.putText(
            out, word, org, cv2.FONT_HERSHEY_SIMPLEX + int(rng.integers(0, 4)), scale, colour, 2, cv2.LINE_AA
        )
    return out


def shape_rgba(rng: np.random.Generator, size: int) -> np.ndarray:
    img = np.zeros((size, size, 4), np.uint8)
    colour = tuple(int(c) for c in rng.integers(0, 256, 3)) + (255,)
    kind = int(rng.integers(4))
    c, r = size // 2, size // 2 - 2
    if kind == 0:
        cv2.circle(img, (c, c), r, colour, -1)
    elif kind == 1:
        pts = np.array([[c + r * np.cos(a), c + r * np.sin(a)] for a in np.linspace(0, 2 * np.pi, 11)[:-1]])
        pts[1::2] = c + (pts[1::2] - c) * 0.45
        cv2.fillPoly(img, [pts.astype(np.int32)], colour)
    elif kind == 2:
        cv2.fillPoly(img, [np.array([[c, 2], [size - 2, size - 2], [2, size - 2]], np.int32)], colour)
    else:
        cv2.ellipse(img, (c, c), (r, r // 2), 20, 200, 340, colour, max(3, size // 10))
    return img
