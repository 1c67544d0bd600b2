"""One-shot logo evidence: dense CNN correlation against every brand's mark templates, then SIFT + RANSAC.

Each mark is rendered at several sizes and colour variants and passed through the backbone once; the
stride-16 cells that cover the mark form a template. An image's stride-16 feature map (computed once per
image) is correlated with every template (cosine per cell, averaged over the template), the peak of each
mark gives a candidate window, and the best windows are verified with SIFT keypoints matched to the mark
and a RANSAC homography, which also gives the box. Plain functions on numpy arrays: no Dask, no Scrapy.
"""

from __future__ import annotations

import hashlib
import itertools
import math
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from numpy.lib.stride_tricks import as_strided

from knockoff.lake import replace_atomic
from knockoff.matching.brands import Brand
from knockoff.matching.marks import (
    BORDER_RING,
    BORDER_SPREAD,
    MATTE_SHARE,
    MATTE_SOFT,
    OPAQUE_COVER,
    is_photo_crop,
    load_mark_rgba,
    matted,
    on_background,
    variants,
)

STRIDE = 16
TEMPLATE_SIZES = (48, 80, 128, 192)
TEMPLATE_VARIANTS = ("orig", "black")
# Turned templates, of the silhouette only. Held-out composites (12 brands, 20 logos >= 48 px each, the
# 4000-composite head), mAP / min brand R-precision: upright only 0.928 / 0.65; +-18 deg silhouettes at every
# size 0.944 / 0.75; both colour variants turned 0.944 / 0.75 at 1.2x the correlation time; +-12 and +-24 deg
# 0.946 / 0.65, slower again; wordmarks left upright 0.938 / 0.65. Largest turned size, with the shipped head
# (40 logos per brand; 2 single-threaded processes): 128 px mAP 0.960 at 40.5 img/s, 80 px 0.954 at 43.5 img/s
# (kept: the 40 img/s target needs the margin).
TEMPLATE_ROTATIONS = (0.0, -18.0, 18.0)  # degrees
ROTATED_VARIANTS = ("black",)
ROTATED_MAX_SIZE = 80
BACKGROUNDS = ((128, 128, 128),)
# A reference that is a photo crop (alpha covers >= OPAQUE_COVER of its box once near-white is cleared) has no
# silhouette: its "black" variant would be a filled rectangle that matches any dark box. Its templates are the
# crop as registered and its inverted grey (light-on-dark print of a dark-on-light mark, and back).
OPAQUE_VARIANTS = ("orig", "grey_inverted")
OPAQUE_ROTATED = ("orig",)
# Beside those, a crop whose border is one colour gets its mark's silhouette (marks.border_matte, the figures
# there): these variants of the matted mark, named "matte_" + variant, turned as MATTE_ROTATED.
MATTE_VARIANTS = ("black",)
MATTE_ROTATED = ("black",)
# Extra views of each reference tried on the real-logos development half (quick quarter, model v12: mAP 0.897, top-1
# 0.849, 17 of 20 brands P@10 >= 0.8, 15 of 6,000 logo-free (photo, brand) pairs >= 0.5) and not kept: a white
# silhouette beside the black one (light-on-dark print) 0.895 / 0.849 / 16; every variant also mirrored 0.896 /
# 0.845, logo-free pairs >= 0.3 56 -> 64; an outline view (Sobel magnitude as ink: embossed marks) 0.898 / 0.849 /
# 17, no brand moved by more than 0.01. Thin marks rendered larger so no template is one row of cells (shorter side
# >= 24 px), with the whole-image gate on the full half: 0.886 -> 0.887 (Calvin Klein's thin wordmark only), one more
# logo-free pair >= 0.5; at >= 32 px that wordmark matched 300 logo-free photos.
# Foreshortened silhouettes (2026-12-03; for the composites by another hand, whose perspective prints are one of
# their weakest conditions: mAP 0.317 against 0.487 without): the black silhouette squeezed to 0.75 of its width
# and, separately, of its height at the sizes up to 128 px, beside the others. First 360 of those composites, OCR
# off: mAP 0.4444 -> 0.4416, perspective 0.317 -> 0.310 (top-1 0.437 -> 0.442); not kept.
SIFT_REF_SIZE = 256


@dataclass
class Template:
    brand: str
    mark: str
    cells: np.ndarray  # C x kh x kw, each cell L2-normalised
    offset: float = 0.0  # subtracted from every score (see set_background_offsets)


@dataclass
class MarkRef:
    """SIFT keypoints of one mark (and of its inverted version) for geometric verification."""

    brand: str
    mark: str
    size: tuple[int, int]  # w, h of the reference image
    keypoints: list[np.ndarray] = field(default_factory=list)  # per polarity: N x 2 points
    descriptors: list[np.ndarray] = field(default_factory=list)


@dataclass
class Candidate:
    brand: str
    mark: str
    corr: float
    window: tuple[float, float, float, float]  # decoded-image pixels
    inliers: int = 0
    box: tuple[float, float, float, float] | None = None
    shape: float = 0.0  # shape verification strength 0..1 (matching/shape.py; 0: not run or no match)
    shape_box: tuple[float, float, float, float] | None = None


def normalise_cells(f: np.ndarray) -> np.ndarray:
    """L2-normalise a C x H x W map per cell."""
    return f / (np.linalg.norm(f, axis=0, keepdims=True) + 1e-6)


def mark_canvases(
    rgba_at, rotations: tuple[float, ...] = TEMPLATE_ROTATIONS, crops: bool = True, matte: bool = False
) -> list[tuple[int, str, np.ndarray, int, int]]:
    """A mark rendered at every template size and colour variant on a grey canvas one cell wider all round.

    `rgba_at(size)` gives the mark as RGBA with its longer side `size`. Returns (size, variant, canvas,
    kh, kw): the mark fills kh x kw stride-16 cells in the middle of the canvas; a turned variant is named
    like "black@+18" (`rotations=(0.0,)`: upright only). The trainers build their templates with this same
    function: training/train_head.py upright only (as the shipped head was trained), the real-photo
    fine-tuning training/train_head_real.py (not shipped) the engine's full set. With `crops`, a mark
    that is an opaque photo crop gets OPAQUE_VARIANTS instead (plain shapes pass False: a filled square is a
    silhouette). With `matte` (the mark's file is a photo crop, marks.is_photo_crop), an opaque crop whose
    border is one colour also gets MATTE_VARIANTS of its matted mark ("matte_black")."""
    out = []
    seen: set[bytes] = set()
    for size in TEMPLATE_SIZES:
        rgba = rgba_at(size)
        names, turned, views = TEMPLATE_VARIANTS, ROTATED_VARIANTS, variants(rgba)
        if crops and OPAQUE_VARIANTS and (rgba[..., 3] > 8).mean() >= OPAQUE_COVER:
            names, turned = OPAQUE_VARIANTS, OPAQUE_ROTATED
            if matte and MATTE_VARIANTS:
                views, names, turned = _with_matte(rgba, views, names, turned)
        for (vname, var), angle in itertools.product(views.items(), rotations):
            if vname not in names or (angle and (vname not in turned or size > ROTATED_MAX_SIZE)):
                continue
            var = rotated(var, angle)
            key = var.tobytes()
            if key in seen:
                continue
            seen.add(key)
            h, w = var.shape[:2]
            kh, kw = max(1, round(h / STRIDE)), max(1, round(w / STRIDE))
            for bg in BACKGROUNDS:
                canvas = on_background(var, STRIDE, bg)
                canvas = cv2.resize(
                    canvas, (STRIDE * (kw + 2), STRIDE * (kh + 2)), interpolation=cv2.INTER_AREA
                )
                out.append((size, f"{vname}@{angle:+.0f}" if angle else vname, canvas, kh, kw))
    return out


def _with_matte(
    rgba: np.ndarray, views: dict[str, np.ndarray], names: tuple[str, ...], turned: tuple[str, ...]
) -> tuple[dict[str, np.ndarray], tuple[str, ...], tuple[str, ...]]:
    """`views`, `names` and `turned` of an opaque crop, with MATTE_VARIANTS of its matted mark added where its
    border gives a matte (marks.matted); as they are otherwise."""
    mark = matted(rgba)
    if mark is None:
        return views, names, turned
    extra = {f"matte_{v}": img for v, img in variants(mark).items() if v in MATTE_VARIANTS}
    return (
        {**views, **extra},
        (*names, *extra),
        (*turned, *(f"matte_{v}" for v in MATTE_ROTATED if v in MATTE_VARIANTS)),
    )


def rotated(rgba: np.ndarray, angle: float) -> np.ndarray:
    """The mark turned by `angle` degrees on a canvas grown to hold it, cropped to its visible pixels."""
    if not angle:
        return rgba
    h, w = rgba.shape[:2]
    m = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    c, s = abs(m[0, 0]), abs(m[0, 1])
    nw, nh = int(math.ceil(h * s + w * c)), int(math.ceil(h * c + w * s))
    m[:, 2] += ((nw - w) / 2, (nh - h) / 2)
    out = cv2.warpAffine(rgba, m, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    ys, xs = np.nonzero(out[..., 3] > 8)
    return out[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1] if len(xs) else rgba


def template_cells(fmap: np.ndarray, kh: int, kw: int) -> np.ndarray:
    """The kh x kw cells covering the mark in a canvas's feature map, each L2-normalised."""
    return normalise_cells(fmap[:, 1 : 1 + kh, 1 : 1 + kw]).astype(np.float32)


GENERIC = "~generic"  # brand name of the generic-shape templates (never a registered brand's name)


def generic_shape(kind: str, size: int) -> np.ndarray:
    """A plain shape (RGBA, black on transparency) of the kind printed on goods without being anyone's mark."""
    img = np.zeros((size, size, 4), np.uint8)
    c, r, ink = size // 2, size // 2 - 2, (0, 0, 0, 255)
    if kind == "disc":
        cv2.circle(img, (c, c), r, ink, -1, cv2.LINE_AA)
    elif kind == "ring":
        cv2.circle(img, (c, c), r - max(2, size // 10), ink, max(3, size // 5), cv2.LINE_AA)
    elif kind == "star":
        a = np.linspace(-np.pi / 2, 1.5 * np.pi, 11)[:-1]
        rad = np.where(np.arange(10) % 2 == 0, r, 0.42 * r)
        cv2.fillPoly(img, [np.stack([c + rad * np.cos(a), c + rad * np.sin(a)], 1).astype(np.int32)], ink)
    elif kind == "triangle":
        cv2.fillPoly(img, [np.array([[c, 2], [size - 2, size - 2], [2, size - 2]], np.int32)], ink)
    elif kind == "square":
        cv2.rectangle(img, (2, 2), (size - 3, size - 3), ink, -1)
    else:
        raise ValueError(kind)
    return img


GENERIC_SHAPES = ("disc", "ring", "star", "triangle", "square")


def build_generic_templates(features_fn) -> list[Template]:
    """Templates of plain shapes, correlated beside the brands' so that a brand's window where a plain shape
    explains the image better loses that margin (suppress_rivals), as it would to another brand's mark."""
    out = []
    for kind in GENERIC_SHAPES:
        # upright; the shape is its own silhouette, so it has one colour variant
        for _size, _v, canvas, kh, kw in mark_canvases(
            lambda s, k=kind: generic_shape(k, s), rotations=(0.0,), crops=False
        ):
            out.append(Template(GENERIC, kind, template_cells(features_fn(canvas), kh, kw)))
    return out


def build_templates(
    brands: list[Brand], features_fn, cache: Path | None = None, tag: str = ""
) -> list[Template]:
    """Every mark at several sizes and variants; `features_fn(rgb) -> C x H x W` matching features (stride 16).

    With `cache` (a folder) and `tag` (the model version of `features_fn`), each mark's templates are
    stored once under the SHA-256 of the mark file and the tag, so a worker or a new night with the same
    marks and model skips the backbone for them."""
    out: list[Template] = []
    for b in brands:
        for path in b.marks:
            mark = b.mark_name(path)
            cells = _cached_cells(path, features_fn, cache, tag)
            out += [Template(b.name, mark, c) for c in cells]
    return out


def template_params() -> tuple:
    """Every setting that shapes a mark's templates (part of their cache key)."""
    return (
        STRIDE,
        TEMPLATE_SIZES,
        TEMPLATE_VARIANTS,
        BACKGROUNDS,
        TEMPLATE_ROTATIONS,
        ROTATED_VARIANTS,
        ROTATED_MAX_SIZE,
        (OPAQUE_COVER, OPAQUE_VARIANTS, OPAQUE_ROTATED),
        ("matte", "photo-crop files", MATTE_VARIANTS, MATTE_ROTATED, BORDER_RING, BORDER_SPREAD, MATTE_SOFT),
        MATTE_SHARE,
    )


def _cached_cells(path: Path, features_fn, cache: Path | None, tag: str) -> list[np.ndarray]:
    file = None
    if cache is not None:
        key = hashlib.sha256(path.read_bytes() + repr((tag, *template_params())).encode())
        file = cache / f"{key.hexdigest()[:32]}.npz"
        try:
            with np.load(file) as z:
                return [z[k] for k in sorted(z.files, key=int)]
        except (OSError, ValueError, KeyError, EOFError):  # absent or damaged: recompute
            pass
    cells = [
        template_cells(features_fn(canvas), kh, kw)
        for _s, _v, canvas, kh, kw in mark_canvases(
            lambda s: load_mark_rgba(path, s), matte=is_photo_crop(path)
        )
    ]
    if file is not None:
        replace_atomic(file, lambda tmp: np.savez(tmp, **{str(i): c for i, c in enumerate(cells)}))
    return cells


def build_sift_refs(brands: list[Brand]) -> list[MarkRef]:
    sift = cv2.SIFT_create(nfeatures=600)
    refs: list[MarkRef] = []
    done: set[tuple[str, str]] = set()
    for b in brands:
        for path in b.marks:
            mark = b.mark_name(path)
            rgba = load_mark_rgba(path, SIFT_REF_SIZE)
            ref = MarkRef(b.name, mark, (rgba.shape[1], rgba.shape[0]))
            for vname in ("grey", "grey_inverted"):
                img = on_background(variants(rgba)[vname], 24, (128, 128, 128))
                gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
                kps, desc = sift.detectAndCompute(gray, None)
                if desc is None or len(kps) < 4:
                    continue
                ref.keypoints.append(np.float32([k.pt for k in kps]) - 24)
                ref.descriptors.append(desc)
            key = (b.name, mark)
            if ref.descriptors and key not in done:
                done.add(key)
                refs.append(ref)
            elif key in done:  # same mark in two formats (PNG and SVG): keep both sets of keypoints
                prev = next(r for r in refs if (r.brand, r.mark) == key)
                prev.keypoints += ref.keypoints
                prev.descriptors += ref.descriptors
    return refs


class Correlator:
    """Dense correlation of image feature maps with all templates, grouped by template shape.

    One matrix product per group (all template cells against all image cells), then a shift-and-add
    over the template's cells: the cost is a single BLAS call per shape.
    """

    def __init__(self, templates: list[Template]) -> None:
        self.groups: dict[tuple[int, int], tuple[list[Template], np.ndarray]] = {}
        by_shape: dict[tuple[int, int], list[Template]] = {}
        for t in templates:
            by_shape.setdefault(t.cells.shape[1:], []).append(t)
        for (kh, kw), ts in sorted(by_shape.items()):
            w = np.stack([t.cells for t in ts]) / float(kh * kw)  # T x C x kh x kw
            mat = np.ascontiguousarray(
                w.transpose(2, 3, 0, 1).reshape(kh * kw * len(ts), -1), dtype=np.float32
            )
            self.groups[(kh, kw)] = (ts, mat)

    def maps(self, fmap: np.ndarray):
        """Correlation maps per template shape on one C x H x W map: yields (templates, T x oh x ow, kh, kw)."""
        vh, vw = fmap.shape[1:]
        flat = normalise_cells(fmap).astype(np.float32).reshape(fmap.shape[0], -1)
        for (kh, kw), (ts, mat) in self.groups.items():
            if kh > vh or kw > vw:
                continue
            s = (mat @ flat).reshape(kh, kw, len(ts), vh, vw)
            oh, ow = vh - kh + 1, vw - kw + 1
            # shift-and-add as one sum over a strided view: shifted[i, j, t, y, x] = s[i, j, t, y + i, x + j]
            st = s.strides
            shifted = as_strided(
                s, (kh, kw, len(ts), oh, ow), (st[0] + st[3], st[1] + st[4], *st[2:]), writeable=False
            )
            yield ts, shifted.sum(axis=(0, 1)), kh, kw

    def peaks(
        self, fmap: np.ndarray, valid_hw: tuple[int, int]
    ) -> dict[tuple[str, str], tuple[float, tuple]]:
        """Best (score, window in stride-16 cells) for every (brand, mark) on one C x H x W map."""
        vh, vw = valid_hw
        best: dict[tuple[str, str], tuple[float, tuple]] = {}
        for ts, r, kh, kw in self.maps(fmap[:, :vh, :vw]):
            ow = r.shape[2]
            rf = r.reshape(len(ts), -1)
            idx = rf.argmax(axis=1)
            for t, k, row in zip(ts, idx, rf, strict=True):
                score = float(row[k]) - t.offset
                key = (t.brand, t.mark)
                if key not in best or score > best[key][0]:
                    y, x = divmod(int(k), ow)
                    best[key] = (score, (x, y, x + kw, y + kh))
        return best


# The rival weight, match.detect.rival_weight (its default, the one value, is in knockoff/config.py). Model v18
# (2026-12-03): 2.0 instead of 1.0. The calibrated score is steep (the head's
# logistic: centre 0.26, width 0.03), so a clear print saturates it on every brand whose mark resembles it, and a
# rival's margin of 0.05 took a loser from p 0.999 only to 0.99: Nordvik's compass on the demo's Solenne suns
# (corr 0.43 vs 0.48) kept logo 0.585 against 0.60. Measured in one session, weight 1.0 / 1.5 / 2.0 / 2.5 / 3.0:
# real-logos development half (1,066 photos, 40 brands registered) mAP 0.9011 / 0.9012 / 0.9013 / 0.9008 / 0.9003,
# top-1 0.8565 / 0.8565 / 0.8546 / 0.8546 / 0.8546; first 360 composites by another hand (OCR off) 0.4444 /
# 0.4460 / 0.4448 / 0.4423 / 0.4420; demo shop (240 listings) fused AP Acme / Nordvik / Solenne at 1.0
# 0.949 / 0.903 / 0.936 (flagged 28 / 42 / 35, decoys 4 / 6 / 6), 1.5 0.949 / 0.909 / 0.940, 2.0 0.949 / 0.925 /
# 0.945 (flagged 22 / 38 / 31 with the same true listings, decoys 1 / 3 / 2). Not kept: a ratio test that also
# lowers a winner whose rival is within 0.03 (development half 0.9003, composites 0.4406), and one against the
# plain shapes only (within 0.05, weight 2: 0.8977, 0.4413). Checked after the choice: all 720 composites by
# another hand, OCR on, 1.0 / 2.0: 0.4135 / 0.4116 (top-1 0.4144 / 0.4120); real-logos held-out half 0.887 / 0.887.
RIVAL_OVERLAP = 0.5  # intersection over the smaller window at which two brands' windows are one region


def plain_backgrounds(side: int = 256) -> list[np.ndarray]:
    """Featureless images (flat colours, gradients, fine noise): what a template must not match."""
    rng = np.random.default_rng(0)
    out = [np.full((side, side, 3), v, np.uint8) for v in (255, 200, 128, 40)]
    out += [np.full((side, side, 3), c, np.uint8) for c in ((200, 40, 40), (40, 60, 160), (230, 200, 60))]
    ramp = np.linspace(30, 230, side, dtype=np.float32)
    out.append(np.repeat(np.repeat(ramp[None, :, None], side, 0), 3, 2).astype(np.uint8))
    out.append(np.clip(128 + rng.normal(0, 40, (side, side, 1)), 0, 255).repeat(3, 2).astype(np.uint8))
    return out


def set_background_offsets(templates: list[Template], maps: list[np.ndarray], weight: float) -> None:
    """Set each template's offset to `weight` x its best correlation on plain backgrounds (their feature
    maps), so a mark made of flat areas does not score on every flat garment."""
    best = {id(t): -1.0 for t in templates}
    corr = Correlator(templates)
    for fmap in maps:
        for ts, r, _kh, _kw in corr.maps(fmap):
            for t, v in zip(ts, r.reshape(len(ts), -1).max(axis=1), strict=True):
                best[id(t)] = max(best[id(t)], float(v))
    for t in templates:
        t.offset = weight * best[id(t)]


def overlap(a: tuple, b: tuple) -> float:
    """Intersection over the smaller of two windows."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return ix * iy / small if small > 0 else 0.0


def suppress_rivals(cands: list[Candidate], weight: float) -> None:
    """Lower a brand's correlation where another registered brand's mark explains the same region better.

    A logo of brand B scores on brand A's templates too (shared shapes, strokes, letters); it scores
    higher on B's. Each candidate loses `weight` x the margin by which the best other-brand candidate
    overlapping its window (intersection >= half the smaller window) beats it. Two brands' logos in
    different places of one image do not affect each other."""
    raw = [c.corr for c in cands]
    for c in cands:
        rival = max(
            (
                r
                for o, r in zip(cands, raw, strict=True)
                if o.brand != c.brand and overlap(o.window, c.window) >= RIVAL_OVERLAP
            ),
            default=None,
        )
        if rival is not None and rival > c.corr:
            c.corr -= weight * (rival - c.corr)


VERIFIED_WEIGHT = 0.3


def yield_to_verified(cands: list[Candidate], weight: float = VERIFIED_WEIGHT) -> None:
    """Lower a brand's correlation where another brand's mark was confirmed by geometric verification.

    A region holds one logo: once SIFT + RANSAC has placed brand B's mark there, an unverified candidate of
    brand A overlapping it loses `weight` x B's verification strength (sift_score, 0..1)."""
    done = [c for c in cands if c.box is not None and c.inliers > 0]
    for c in cands:
        if c.box is not None:
            continue
        s = max(
            (
                sift_score(v.inliers)
                for v in done
                if v.brand != c.brand and overlap(v.box, c.window) >= RIVAL_OVERLAP
            ),
            default=0.0,
        )
        c.corr -= weight * s


def verify(
    gray: np.ndarray, window: tuple[float, float, float, float], ref: MarkRef, sift
) -> tuple[int, tuple | None]:
    """SIFT + RANSAC inside an enlarged window; returns (inliers, box in decoded-image pixels)."""
    x0, y0, x1, y1 = window
    w, h = x1 - x0, y1 - y0
    H, W = gray.shape
    cx0, cy0 = max(0, int(x0 - 0.6 * w)), max(0, int(y0 - 0.6 * h))
    cx1, cy1 = min(W, int(math.ceil(x1 + 0.6 * w))), min(H, int(math.ceil(y1 + 0.6 * h)))
    crop = gray[cy0:cy1, cx0:cx1]
    if crop.shape[0] < 16 or crop.shape[1] < 16:
        return 0, None
    scale = 1.0
    if max(crop.shape) < 160:  # small logos: upsample so SIFT finds keypoints
        scale = 160 / max(crop.shape)
        crop = cv2.resize(crop, None, fx=scale, fy=scale, interpolation=cv2.INTER_CUBIC)
    kps, desc = sift.detectAndCompute(crop, None)
    if desc is None or len(kps) < 4:
        return 0, None
    return match_ref(np.float32([k.pt for k in kps]), desc, ref, scale, (cx0, cy0), (W, H))


def match_ref(
    pts: np.ndarray,
    desc: np.ndarray,
    ref: MarkRef,
    scale: float = 1.0,
    offset: tuple[int, int] = (0, 0),
    size: tuple[int, int] | None = None,
) -> tuple[int, tuple | None]:
    """The mark's keypoints matched to an image's (N x 2 points, N x 128 SIFT descriptors; Lowe's ratio 0.8),
    a RANSAC similarity transform, and the mark's box through it. Points are in an image resized by `scale`
    and offset by `offset` from the decoded image, whose (W, H) is `size`. Returns (inliers, box in decoded
    pixels), (0, None) without a consistent transform (scale outside 0.05..5)."""
    return match_refs(pts, desc, [ref], scale, offset, size)[0]


def _ratio_matches(rdesc: np.ndarray, desc: np.ndarray) -> np.ndarray:
    """For every row of `rdesc` (M x 128), its nearest row of `desc` (N x 128, N >= 2) where that passes
    Lowe's ratio test (nearest < 0.8 x second nearest, L2), else -1. One float32 product instead of a
    brute-force matcher per reference: the same nearest neighbours up to float rounding."""
    rd = rdesc.astype(np.float32)
    g = rd @ desc.T  # M x N; squared distance = |r|^2 + |d|^2 - 2 r.d, |r|^2 added after the row minima
    g *= -2.0
    g += (desc * desc).sum(1)[None, :]
    rows = np.arange(len(rd))
    near = g.argmin(axis=1)
    d_near = g[rows, near]
    g[rows, near] = np.inf
    r2 = (rd * rd).sum(1)
    d_near = np.maximum(d_near + r2, 0.0)
    d_second = np.maximum(g.min(axis=1) + r2, 0.0)
    return np.where(d_near < 0.64 * d_second, near, -1)


def distinct_pairs(ref_pts: np.ndarray, img_pts: np.ndarray) -> int:
    """Inliers counted as distinct point correspondences: the smaller of the number of distinct reference
    positions and of distinct image positions among them (K x 2 each, pixels, to 0.1 px).

    SIFT puts several keypoints on one place (one per dominant orientation, and across scales), and Lowe's
    test lets several reference keypoints take the same image keypoint, so a raw RANSAC inlier count can
    hold one place many times: a chance fit of a few texture points to a flat mark's few places counts as a
    real match. Measured (2026-12-04, every SIFT match of the Matcher with >= 5 inliers, labelled by the
    image's brand, true / false): whole-image matches on the 720 composites by another hand 12 / 418 raw,
    5 / 2 counted this way; on the real-logos development half 138 / 258 -> 119 / 13, window matches there
    121 / 21 -> 108 / 1 (matching/engine.py notes, model v25)."""
    if len(ref_pts) == 0:
        return 0
    ref = np.unique(np.round(np.asarray(ref_pts, np.float64), 1), axis=0)
    img = np.unique(np.round(np.asarray(img_pts, np.float64), 1), axis=0)
    return int(min(len(ref), len(img)))


def match_refs(
    pts: np.ndarray,
    desc: np.ndarray,
    refs: list[MarkRef],
    scale: float = 1.0,
    offset: tuple[int, int] = (0, 0),
    size: tuple[int, int] | None = None,
) -> list[tuple[int, tuple | None]]:
    """`match_ref` for several marks against the same image keypoints, their nearest neighbours found in
    one matrix product. Returns (inliers, box) per mark of `refs`."""
    W, H = size if size is not None else (math.inf, math.inf)
    parts = [
        (i, rkp, rdesc)
        for i, ref in enumerate(refs)
        for rkp, rdesc in zip(ref.keypoints, ref.descriptors, strict=True)
    ]
    out: list[tuple[int, tuple | None]] = [(0, None)] * len(refs)
    if not parts or len(desc) < 2:
        return out
    nearest = _ratio_matches(np.concatenate([p[2] for p in parts]), np.asarray(desc, np.float32))
    start = 0
    for i, rkp, rdesc in parts:
        near = nearest[start : start + len(rdesc)]
        start += len(rdesc)
        q = np.nonzero(near >= 0)[0]
        if len(q) < 4:
            continue
        M, mask = cv2.estimateAffinePartial2D(
            rkp[q], pts[near[q]], method=cv2.RANSAC, ransacReprojThreshold=6.0
        )
        if M is None:
            continue
        keep = mask.ravel().astype(bool)
        inl = distinct_pairs(rkp[q][keep], pts[near[q][keep]])
        s = math.hypot(M[0, 0], M[1, 0])
        if inl > out[i][0] and 0.05 < s < 5:
            rw, rh = refs[i].size
            corners = np.float32([[0, 0], [rw, 0], [rw, rh], [0, rh]])
            proj = corners @ M[:, :2].T + M[:, 2]
            proj = proj / scale + list(offset)
            bx0, by0 = proj.min(axis=0)
            bx1, by1 = proj.max(axis=0)
            out[i] = (inl, (max(0.0, bx0), max(0.0, by0), min(float(W), bx1), min(float(H), by1)))
    return out


RAW_CALIBRATION = (0.58, 0.06)  # raw stride-16 features (no trained head)


def corr_score(corr: float, calibration: tuple[float, float] = RAW_CALIBRATION) -> float:
    """Map a template correlation (cosine) to 0..1: a logistic (centre, width), strictly increasing."""
    centre, width = calibration
    return float(1.0 / (1.0 + math.exp(-(corr - centre) / width)))


def corr_at(p: float, calibration: tuple[float, float] = RAW_CALIBRATION) -> float:
    """The correlation whose corr_score is `p` (0 < p <= 1; inf for 1): corr_score's inverse."""
    if p >= 1.0:
        return math.inf
    centre, width = calibration
    return float(centre + width * math.log(p / (1.0 - p)))


def sift_score(inliers: int) -> float:
    """Strength 0..1 of a geometric verification with `inliers` distinct correspondences (`distinct_pairs`):
    0 up to 4, 1 from 8. Since model v25 (distinct counting) the ramp is 4 wide instead of 8: a true match
    has fewer distinct places than raw inliers (real-logos development half, every SIFT match labelled by the
    image's brand, distinct 7 and 8: whole image true 24 / false 2, windows 13 / 0), and with the ramp of
    8 the demo shop's marks lost verification strength (Nordvik's fused AP 0.937 -> 0.931, Solenne prints
    rising in its list; 0.937 with this ramp; benchmarks/RESULTS.md, headline section)."""
    return float(np.clip((inliers - 4) / 4.0, 0.0, 1.0))


def fuse_logo(
    corr: float, inliers: int, calibration: tuple[float, float] = RAW_CALIBRATION, shape: float = 0.0
) -> float:
    """Noisy-or of dense correlation, geometric verification and shape verification (`shape`: its weighted
    strength 0..1, matching/engine.py `Matcher._verify_shapes`)."""
    logo = 1.0 - (1.0 - 0.6 * corr_score(corr, calibration)) * (1.0 - 0.97 * sift_score(inliers))
    return float(1.0 - (1.0 - logo) * (1.0 - shape))
