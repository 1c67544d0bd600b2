"""A labelled logo-detection set built from /work/shared/data: held-out logos pasted into held-out photos.

Each registered brand gets one flat reference (its simple-icons SVG in the brand colour). Positives paste
that brand's logo into a product photo at 48-160 px (size = sqrt(width x height) of the mark; a separate small group at 28-44 px) in the brand
colour, black or white; half under hard conditions (perspective, rotation up to 25 degrees, fabric-like
shading, blur, partial opacity, occlusion, JPEG 45-91), half mild (tilt up to 8 degrees, slight
perspective, JPEG 75-94); where Font Awesome draws the same brand, some positives use that other
drawing instead ("drawn by another hand"). Negatives: clean photos, unregistered brands' logos, plain
text, simple geometric shapes. Everything is deterministic for a seed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image

from benchmarks.eval_split import Logo, fontawesome, is_eval_logo, photos, simple_icons
from matching.marks import render_svg

PHOTO_SIDE = 512
SIZES = (48, 56, 64, 80, 96, 112, 128, 160)
SMALL_SIZES = (28, 32, 36, 40, 44)
MAX_SIDE = 300  # longest side of a pasted mark (photos are 384 x 512)
WORDS = ["SPORT", "ORIGINAL", "Premium", "Quality", "Cotton 100%", "SALE", "Classic", "URBAN", "Team", "2024"]


@dataclass
class Sample:
    """One composite image and its truth."""

    name: str
    jpeg: bytes
    kind: str  # positive | positive_small | positive_other_hand | clean | other_logo | text | shape
    brand: str | None = None  # registered brand planted (positives only)
    box: tuple[float, float, float, float] | None = None  # truth box, original-image pixels
    meta: dict = field(default_factory=dict)


def svg_with_fill(svg_text: str, hex_colour: str) -> str:
    """Colour a single-path icon by setting fill on its <svg> element."""
    svg_text = re.sub(r'\sfill="[^"]*"', "", svg_text, count=0) if "currentColor" in svg_text else svg_text
    return re.sub(r"<svg\b", f'<svg fill="#{hex_colour}"', svg_text, count=1)


def load_photo(path: Path) -> np.ndarray:
    img = Image.open(path).convert("RGB")
    w, h = img.size
    s = PHOTO_SIDE / max(w, h)
    return np.asarray(img.resize((round(w * s), round(h * s)), Image.BILINEAR))


def _recolour(rgba: np.ndarray, rgb: tuple[int, int, int]) -> np.ndarray:
    out = rgba.copy()
    out[..., :3] = rgb
    return out


def paste(photo: np.ndarray, rgba: np.ndarray, rng: np.random.Generator, hard: bool = True) -> tuple:
    """Warp the mark (perspective + rotation), shade it like fabric, blur, occlude and blend it into the photo.

    Returns (image, box) with box the bounds of the visible mark pixels."""
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
    if abs(under - ink) < 80:
        colour[:] = 20.0 if under > 128 else 240.0
    if hard:
        if rng.random() < 0.6:  # fabric-like: follow the garment's shading
            lum = cv2.GaussianBlur(region.mean(axis=2), (0, 0), 2.0)
            shade = np.clip(lum / (lum.mean() + 1e-3), 0.6, 1.4)[..., None]
            colour = np.clip(colour * shade**0.7, 0, 255)
        sigma = rng.choice([0.0, 0.0, 0.6, 1.0, 1.5])
        if sigma > 0:
            colour = cv2.GaussianBlur(colour, (0, 0), sigma)
            alpha = cv2.GaussianBlur(alpha, (0, 0), sigma)[..., None]
        alpha = alpha * rng.uniform(0.7, 1.0)
        if rng.random() < 0.25:  # occlude up to a quarter of the mark
            ox = int(rng.integers(0, ww))
            oy = int(rng.integers(0, wh))
            alpha[oy : oy + wh // 2, ox : ox + ww // 2] = 0
    region[:] = region * (1 - alpha) + colour * alpha
    box = (float(px), float(py), float(px + ww), float(py + wh))
    return np.clip(out, 0, 255).astype(np.uint8), box


def to_jpeg(rgb: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=int(quality))
    return buf.getvalue()


def _colour(logo_hex: str, rng: np.random.Generator) -> tuple[int, int, int]:
    r = rng.random()
    if r < 0.5:
        return tuple(int(logo_hex[i : i + 2], 16) for i in (0, 2, 4))
    if r < 0.75:
        return (20, 20, 20)
    return (240, 240, 240)


def _text_image(photo: np.ndarray, rng: np.random.Generator) -> np.ndarray:
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


def _shape_rgba(rng: np.random.Generator, size: int) -> np.ndarray:
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


@dataclass
class EvalSet:
    brands: list[Logo]  # registered brands (one flat reference each)
    samples: list[Sample]


def build_eval_set(n_brands: int = 16, pos_per_brand: int = 24, n_neg: int = 240, small_per_brand: int = 4,
                   seed: int = 0) -> EvalSet:  # fmt: skip
    """The held-out composite set (see the module docstring)."""
    rng = np.random.default_rng(seed)
    logos = [lg for lg in simple_icons() if is_eval_logo(lg.slug)]
    fa = fontawesome()
    order = rng.permutation(len(logos))
    chosen = [logos[i] for i in order]
    # Register brands with enough drawn detail to be a plausible mark (skip near-empty icons).
    registered: list[Logo] = []
    distractors: list[Logo] = []
    for lg in chosen:
        if len(registered) < n_brands:
            registered.append(lg)
        else:
            distractors.append(lg)
    fa_distractors = [
        p for slug, p in fa.items() if is_eval_logo(slug) and slug not in {b.slug for b in registered}
    ]
    pics = photos("eval")
    samples: list[Sample] = []
    svg_cache: dict[Path, str] = {}

    def svg_text(p: Path) -> str:
        if p not in svg_cache:
            svg_cache[p] = p.read_text(encoding="utf-8")
        return svg_cache[p]

    def photo() -> np.ndarray:
        return load_photo(pics[int(rng.integers(len(pics)))])

    aspect: dict[Path, float] = {}

    def mark(svg: Path, size: int, hexc: str) -> np.ndarray:
        """Rendered so that sqrt(width * height) == size: a wide wordmark at '48 px' stays legible."""
        text = svg_with_fill(svg_text(svg), "000000")
        if svg not in aspect:
            probe = render_svg(text, 256)
            h, w = probe.shape[:2]
            aspect[svg] = max(h, w) / max(1, min(h, w))
        longer = min(MAX_SIDE, round(size * aspect[svg] ** 0.5))
        return _recolour(render_svg(text, longer), _colour(hexc, rng))

    for bi, b in enumerate(registered):
        for k in range(pos_per_brand + small_per_brand):
            small = k >= pos_per_brand
            size = int(rng.choice(SMALL_SIZES if small else SIZES))
            other_hand = not small and b.slug in fa and k % 4 == 3
            src = fa[b.slug] if other_hand else b.svg
            hard = k % 2 == 0  # half under hard conditions, half mild (small tilt, no blur or occlusion)
            img, box = paste(photo(), mark(src, size, b.hex), rng, hard=hard)
            if box is None:
                continue
            kind = "positive_small" if small else ("positive_other_hand" if other_hand else "positive")
            q = int(rng.integers(45, 92)) if hard else int(rng.integers(75, 95))
            meta = {"size": size, "q": q, "hard": hard}
            samples.append(Sample(f"b{bi:02d}_{k:02d}", to_jpeg(img, q), kind, b.title, box, meta))
    for k in range(n_neg):
        r = k % 5
        base = photo()
        if r == 0:
            img, kind = base, "clean"
        elif r == 1 and distractors:
            lg = distractors[int(rng.integers(len(distractors)))]
            img, _ = paste(base, mark(lg.svg, int(rng.choice(SIZES)), lg.hex), rng)
            kind = "other_logo"
        elif r == 2 and fa_distractors:
            p = fa_distractors[int(rng.integers(len(fa_distractors)))]
            img, _ = paste(base, mark(p, int(rng.choice(SIZES)), "202020"), rng)
            kind = "other_logo"
        elif r == 3:
            img, kind = _text_image(base, rng), "text"
        else:
            img, _ = paste(base, _shape_rgba(rng, int(rng.choice(SIZES))), rng)
            kind = "shape"
        samples.append(Sample(f"n{k:03d}", to_jpeg(img, int(rng.integers(45, 92))), kind))
    return EvalSet(registered, samples)


def write_brands(es: EvalSet, out_dir: Path) -> Path:
    """brands.yaml with one flat reference per brand (the coloured simple-icons SVG)."""
    import yaml

    marks = out_dir / "marks"
    marks.mkdir(parents=True, exist_ok=True)
    entries = []
    for b in es.brands:
        p = marks / f"{b.slug}.svg"
        p.write_text(svg_with_fill(b.svg.read_text(encoding="utf-8"), b.hex), encoding="utf-8")
        entries.append({"name": b.title, "marks": [f"marks/{p.name}"], "keywords": [b.title]})
    path = out_dir / "brands.yaml"
    path.write_text(yaml.safe_dump({"brands": entries}, sort_keys=False), encoding="utf-8")
    return path
