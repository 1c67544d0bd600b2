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

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from knockoff.matching.marks import render_svg
from training.shared_data import Logo, fontawesome, is_eval_logo, photos, simple_icons
from training.synth import (
    load_photo,
    paste,
    pick_colour,
    recolour,
    shape_rgba,
    svg_with_fill,
    text_image,
    to_jpeg,
)

SIZES = (48, 56, 64, 80, 96, 112, 128, 160)
SMALL_SIZES = (28, 32, 36, 40, 44)
MAX_SIDE = 300  # longest side of a pasted mark (photos are 384 x 512)


@dataclass
class Sample:
    """One composite image and its truth."""

    name: str
    jpeg: bytes
    kind: str  # positive | positive_small | positive_other_hand | clean | other_logo | text | shape
    brand: str | None = None  # registered brand planted (positives only)
    box: tuple[float, float, float, float] | None = None  # truth box, original-image pixels
    meta: dict = field(default_factory=dict)


@dataclass
class EvalSet:
    brands: list[Logo]  # registered brands (one flat reference each)
    samples: list[Sample]


def _negative(
    r: int,
    base: np.ndarray,
    rng: np.random.Generator,
    distractors: list[Logo],
    fa_distractors: list[Path],
    mark,
) -> tuple[np.ndarray, str]:
    """Negative number r (mod 5) on `base`: clean, an unregistered logo (two hands), text or a shape."""
    if r == 0:
        return base, "clean"
    if r == 1 and distractors:
        lg = distractors[int(rng.integers(len(distractors)))]
        return paste(base, mark(lg.svg, int(rng.choice(SIZES)), lg.hex), rng)[0], "other_logo"
    if r == 2 and fa_distractors:
        p = fa_distractors[int(rng.integers(len(fa_distractors)))]
        return paste(base, mark(p, int(rng.choice(SIZES)), "202020"), rng)[0], "other_logo"
    if r == 3:
        return text_image(base, rng), "text"
    return paste(base, shape_rgba(rng, int(rng.choice(SIZES))), rng)[0], "shape"


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
        return recolour(render_svg(text, longer), pick_colour(hexc, rng))

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
        img, kind = _negative(k % 5, photo(), rng, distractors, fa_distractors, mark)
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
