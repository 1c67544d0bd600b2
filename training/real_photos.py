"""Real photographs for the head's objective: ../shared/data/real-logos development brands, split once more.

The benchmark (benchmarks/bench_real_logos.py, `split_brands`) halves the 40 brands into a development half
and a held-out half. Training on real photos splits the development half again, by a rule fixed here once
(`split_development`): dev-A (trained on: images, labelled boxes, references) and dev-B (used only to select
a head and to report it). The held-out half is never read here: `development_examples` refuses any brand
outside the development half before it opens a file.

Features: the frozen backbone's stride-8 and stride-16 maps of each photo, exactly as the Matcher computes
them (decoded to 512 px, preprocessed, edge-padded to a multiple of 32), read from the benchmark's feature
cache (cache_dir()/bench-features/<backbone weights digest>, keyed by the SHA-256 of the padded input) and computed only where absent.
Templates: the engine's own canvases of each reference (logo.mark_canvases, every size, variant and turn).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field

import numpy as np

from knockoff.matching import logo
from knockoff.matching.head import stack_features
from knockoff.matching.imageio import decode
from knockoff.matching.marks import is_photo_crop, load_mark_rgba
from training.shared_data import RealImage, RealReference, real_logos


def development_brands(all_brands: list[str]) -> list[str]:
    """The benchmark's development half (bench_real_logos.split_brands), sorted."""
    from benchmarks.bench_real_logos import split_brands

    return split_brands(sorted(all_brands))[0]


def split_development(all_brands: list[str]) -> tuple[list[str], list[str]]:
    """The fixed dev-A / dev-B split of the development half, made once (2026-11-30) and never changed:
    development brands sorted by SHA-256 of "real-logos-dev:" + name, the first half is dev-A (training), the
    rest dev-B (selection and reporting only). Held-out brands are in neither. Returns (dev_a, dev_b) sorted."""
    dev = development_brands(all_brands)
    order = sorted(dev, key=lambda b: hashlib.sha256(f"real-logos-dev:{b}".encode()).hexdigest())
    half = len(order) // 2
    return sorted(order[:half]), sorted(order[half:])


@dataclass
class RealExample:
    """One photograph: stacked features (C x H x W float16, the image's valid stride-16 cells), its brand and
    the brand's boxes in stride-16 cell units."""

    name: str  # image sha256
    brand: str
    feats: np.ndarray
    boxes: list[tuple[float, float, float, float]]
    small: bool = False  # the brand's largest box under 1/4 of the image's longer side


@dataclass
class TemplateBank:
    """Raw (pre-head) template features of a set of marks, grouped by shape: (kh, kw) -> (T x C x kh x kw
    float16, brand index per template); `brands` names the indices."""

    brands: list[str]
    groups: dict[tuple[int, int], tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)


def _padded_input(rgb: np.ndarray) -> np.ndarray:
    """The Matcher's backbone input for one decoded image (engine._padded, edge padding)."""
    from knockoff.matching.backbone import Backbone

    h, w = rgb.shape[:2]
    hh, ww = -(-h // 32) * 32, -(-w // 32) * 32
    return np.pad(Backbone.preprocess(rgb), ((0, 0), (0, hh - h), (0, ww - w)), mode="edge")


class _Lazy:
    """The backbone, loaded on the first cache miss."""

    def __init__(self, owner: Features) -> None:
        self.owner = owner

    def features(self, batch: np.ndarray) -> list[np.ndarray]:
        return self.owner.backbone().features(batch)


class Features:
    """Backbone features through the benchmark's on-disk cache (computed and stored where absent)."""

    def __init__(self) -> None:
        from knockoff.matching.backbone import cache_dir, weights_digest

        self.folder = cache_dir() / "bench-features" / weights_digest()
        self._backbone = None
        self.misses = 0

    def backbone(self):
        if self._backbone is None:
            from knockoff.matching.backbone import Backbone

            self._backbone = Backbone("cpu")
        return self._backbone

    def image(self, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """(f8, f16) of one padded, preprocessed 3 x H x W input (float32)."""
        from benchmarks.bench_real_logos import CachedBackbone

        file = self.folder / f"{hashlib.sha256(x.tobytes()).hexdigest()[:32]}.npz"
        if not file.is_file():
            self.misses += 1
        f8, f16 = CachedBackbone(_Lazy(self), self.folder).features(x[None])
        return f8[0], f16[0]

    def canvas(self, rgb: np.ndarray) -> np.ndarray:
        """Stacked features of a template canvas, as Matcher._match_features_rgb computes them (no cache)."""
        from knockoff.matching.backbone import Backbone

        f8, f16 = self.backbone().features(Backbone.preprocess(rgb)[None])
        return stack_features(f8[0], f16[0])


def _check_development(brands: set[str], all_brands: list[str]) -> None:
    dev = set(development_brands(all_brands))
    bad = sorted(brands - dev)
    if bad:
        raise ValueError(f"not development brands (held-out or unknown): {bad}")


def development_examples(brands: set[str], features: Features | None = None) -> list[RealExample]:
    """The photos of `brands` (development brands only; ValueError otherwise), reference source images left
    out, with their features and boxes, sorted by sha256."""
    images, refs = real_logos()
    _check_development(brands, sorted({r.brand for r in refs}))
    features = features or Features()
    excluded = {r.from_image for r in refs}
    out = []
    for im in images:
        if im.brand not in brands or im.sha256 in excluded:
            continue
        out.append(_example(im, features))
    return sorted(out, key=lambda e: e.name)


def _valid_features(data: bytes, features: Features):
    """(decoded image, its valid stacked features C x vh x vw float16), as the Matcher sees it at 512 px."""
    d = decode(data, 512)
    h, w = d.rgb.shape[:2]
    vh, vw = max(1, h // logo.STRIDE), max(1, w // logo.STRIDE)
    f8, f16 = features.image(_padded_input(d.rgb))
    return d, stack_features(f8[:, : 2 * vh, : 2 * vw], f16[:, :vh, :vw]).astype(np.float16)


def clean_examples(n: int, seed: int, features: Features | None = None) -> list[RealExample]:
    """`n` logo-free clothing photos of the TRAINING split of ../shared/data/photos (shared_data.photos
    ("train"); the held-out "eval" split is never read), drawn with `seed`, as RealExamples with no brand ("")
    and no boxes: negatives for every brand. Their features go through the same on-disk cache as the
    real-logos photos (computed once). None of them carries a dev-A mark by construction of the two sets
    (clothing product photos vs. the real-logos photographs); not inspected one by one."""
    from training.shared_data import photos

    pool = photos("train")
    features = features or Features()
    pick = sorted(np.random.default_rng(seed).choice(len(pool), size=min(n, len(pool)), replace=False))
    out = []
    for i in pick:
        _d, feats = _valid_features(pool[i].read_bytes(), features)
        out.append(RealExample(f"clean:{pool[i].name}", "", feats, []))
    return out


def _example(im: RealImage, features: Features) -> RealExample:
    d, feats = _valid_features(im.file.read_bytes(), features)
    own = [b for b in im.boxes if b[0] == im.brand]
    boxes = [tuple(float(v) / d.scale / logo.STRIDE for v in b[2:]) for b in own]
    longest = max(max(b[4] - b[2], b[5] - b[3]) for b in own) / max(im.width, im.height)
    return RealExample(im.sha256, im.brand, feats, boxes, small=longest < 0.25)  # type: ignore[arg-type]


def references(brands: set[str]) -> list[RealReference]:
    """The references of `brands` (development brands only; ValueError otherwise)."""
    _images, refs = real_logos()
    _check_development(brands, sorted({r.brand for r in refs}))
    return [r for r in refs if r.brand in brands]


def template_bank(
    refs: list[RealReference],
    features: Features | None = None,
    rotations: tuple[float, ...] = logo.TEMPLATE_ROTATIONS,
) -> TemplateBank:
    """The templates the engine builds from these references (logo.mark_canvases: every size and colour
    variant; turned ones as the engine turns them, or only `rotations`), raw."""
    features = features or Features()
    brands = sorted({r.brand for r in refs})
    parts: dict[tuple[int, int], list[tuple[np.ndarray, int]]] = {}
    for r in refs:
        canvases = logo.mark_canvases(
            lambda s, p=r.file: load_mark_rgba(p, s), rotations=rotations, matte=is_photo_crop(r.file)
        )
        for _size, _v, canvas, kh, kw in canvases:
            f = features.canvas(canvas)[:, 1 : 1 + kh, 1 : 1 + kw]
            parts.setdefault((kh, kw), []).append((f.astype(np.float16), brands.index(r.brand)))
    bank = TemplateBank(brands)
    for shape, items in sorted(parts.items()):
        bank.groups[shape] = (np.stack([f for f, _ in items]), np.array([b for _, b in items], np.int64))
    return bank
