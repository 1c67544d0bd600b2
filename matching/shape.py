"""Shape verification: a mark's silhouette matched by edge orientation, whatever the ink's colour or contrast.

A print in a colour taken from the garment, at low contrast or half transparent, keeps its outline while its
colours, and with them the CNN features and SIFT descriptors, change. The outline's edge orientations do not
depend on the ink: each pixel's gradient direction, with the angle doubled so that dark-on-light and
light-on-dark give the same value, weighted by |g|^2 / (|g|^2 + soft^2) so that a faint edge counts almost as
much as a strong one. The score of a template at a place is the mean, over the template's edge pixels, of
cos(2 x (angle in the image - angle in the mark)): 1 where every edge of the mark lies on an edge of the same
direction, about 0 on texture or flat cloth. This is the polarity-free gradient-orientation similarity of
Steger, "Similarity measures for occlusion, clutter, and illumination invariant object recognition" (DAGM
2001), computed with OpenCV's matchTemplate (TM_CCORR) over the two channels (cos 2a, sin 2a). The image's edges
can also be read in colour (`colour_orientation_field`, CIELAB as Di Zenzo's tensor), for a print whose ink
differs from the cloth in hue more than in lightness; the Matcher keeps the stronger of the two readings.

A match must also stand out from the same template's best score elsewhere in the image (`best_elsewhere`): on
real logo-free clothing photos, folds, stripes and weave give some marks (ladder-like or letter-shaped ones)
scores as high as a faint print, but about as high all over the photo.

A print partly hidden (a fold, a strap, a hand) keeps some of its edges whole: `match_halves` matches each half
of the best template on its own, scored over its own edge pixels, and the Matcher measures each against its own
best score elsewhere, keeping the best margin (model v28).

A score falls fast off the print's exact pose (its edges are 1-2 px wide), and the templates are 8 degrees and
about 14 % in size apart: where the best of them matches, `ShapeRefs.score` refines its pose (foreshortened on
each side, as a print on a tilted surface; turned and sized half a step), except for plain outlines and
wordmarks, whose refined templates fit too many other things (`ShapeRefs.refines`; model v29).

Only marks with a silhouette (a vector or a PNG with real transparency: `has_silhouette`) get shape templates:
an opaque photo crop's outline is its rectangle, unless its border is one colour, which then is its background
(matching/marks.py `border_matte`; the crop's matte is its silhouette). Used by matching/engine.py on the best
windows of an image (`match.detect.shape_*` in knockoff/config.py).

Cost (model v17): a mark is rendered once per power-of-two size for all template sizes under it
(`ShapeRefs._source`); templates over MAX_SIDE px are matched on the image reduced by a whole factor
(`Fields`), where an edge keeps its width and weight; the Matcher matches the windows the CNN gate rules out
only where they can be rivals. Templates are made from the rendering's alpha channel alone
(`marks.crop_resize`'s `band`, `_turned`), the same arrays to the bit as from the whole RGBA (2026-12-04: 60
real photos, 1,000 brands, one thread, alternating runs: every row identical, shape verification 156 / 160 ->
125 / 127 CPU ms per photo, the Matcher 522 / 535 -> 489 / 483).
"""

from __future__ import annotations

from collections import OrderedDict
from functools import cache
from pathlib import Path
from typing import NamedTuple

import cv2
import numpy as np
from PIL import Image

from knockoff.matching.marks import (
    OPAQUE_COVER,
    crop_resize,
    is_photo_crop,
    mark_source,
    matted,
)

ROTATIONS = (-24.0, -16.0, -8.0, 0.0, 8.0, 16.0, 24.0)  # degrees: prints turned up to about 25 degrees
SCALES = (0.8, 0.92, 1.06, 1.22)  # template sizes relative to the window's longer side
SIGMA = 1.0  # px: Gaussian smoothing before the Sobel gradients
SOFT = 8.0  # Sobel magnitude at which an edge counts half (a 2-grey-level step gives about 8)
MIN_SIDE = 12  # px: smaller templates have too few edge pixels to mean anything
EDGE_SHARE = 0.05  # template edge pixels: gradient energy above this share of the mark's strongest
CACHE_SIZES = 256  # (mark, size) template sets kept, least recently used dropped
CACHE_SOURCES = 64  # (mark, power of two) renderings (mark_source) kept, least recently used dropped
MAX_SIDE = 96  # px: larger templates are matched on the image reduced by a whole factor (`Fields`) instead
HALF_MIN_SHARE = 0.3  # a template's half is matched on its own where it holds this share of its edge pixels
# a half that a plain disc, ellipse or rectangle explains this well is not matched on its own
GENERIC_MAX = 0.8
GENERIC_SIDE = 64  # px: the size at which a mark's halves are compared with the plain shapes
WORDMARK_ASPECT = 2.5  # a mark this many times as wide as tall (or tall as wide) is read as a wordmark
# pose refinement (`ShapeRefs.score` with `refine`, model v29): around the best of the templates above, the same
# template foreshortened (one side's ends pulled in by KEYSTONE x the size, each side in turn: a print on a surface
# tilted away from the camera), turned REFINE_TURN degrees either way (half the ROTATIONS step) and sized
# REFINE_SIZES times (about half the SCALES step)
KEYSTONE = 0.14
REFINE_TURN = 4.0
REFINE_SIZES = (0.93, 1.07)


def _gradients(g: np.ndarray, sigma: float) -> tuple[np.ndarray, np.ndarray]:
    """Sobel x and y gradients (float32) of a float32 image after Gaussian smoothing of `sigma` px."""
    if sigma > 0:
        g = cv2.GaussianBlur(g, (0, 0), sigma)
    return cv2.Sobel(g, cv2.CV_32F, 1, 0, ksize=3), cv2.Sobel(g, cv2.CV_32F, 0, 1, ksize=3)


def _field(xx: np.ndarray, yy: np.ndarray, xy: np.ndarray, soft: float) -> np.ndarray:
    """The doubled-angle field of a structure tensor (xx, yy, xy = gx^2, gy^2, gx gy, or their weighted sums
    over channels): (cos 2a, sin 2a) = (xx - yy, 2 xy) / (xx + yy), times (xx + yy) / (xx + yy + soft^2)."""
    w = 1.0 / (xx + yy + soft * soft)
    return np.dstack([(xx - yy) * w, 2.0 * xy * w]).astype(np.float32)


def orientation_field(gray: np.ndarray, sigma: float = SIGMA, soft: float = SOFT) -> np.ndarray:
    """H x W x 2 float32 (cos 2a, sin 2a) x |g|^2 / (|g|^2 + soft^2) of a H x W grey image (any dtype, 0-255
    scale), `a` the gradient angle. ValueError for an array that is not 2-D."""
    if gray.ndim != 2:
        raise ValueError(f"orientation_field needs a 2-D grey image, got shape {gray.shape}")
    gx, gy = _gradients(gray.astype(np.float32), sigma)
    return _field(gx * gx, gy * gy, gx * gy, soft)


def colour_orientation_field(
    rgb: np.ndarray, chroma: float, sigma: float = SIGMA, soft: float = SOFT
) -> np.ndarray:
    """orientation_field of a colour image: H x W x 2 float32 from a H x W x 3 uint8 RGB image, whose edges
    are those of its CIELAB lightness and, weighted by `chroma` (>= 0), of its a* and b* channels (OpenCV's
    8-bit Lab: L* scaled to 0-255, a* and b* in their own units). The channels' gradients are summed as Di
    Zenzo's structure tensor (Di Zenzo, "A note on the gradient of a multi-image", CVGIP 1986) in the doubled-angle
    form: (sum w (gx^2 - gy^2), sum w 2 gx gy) / (sum w |g|^2 + soft^2), still the same for dark-on-light and
    light-on-dark ink. A print whose ink differs from the cloth more in hue than in lightness (a brand's red
    on a green shirt) keeps its edges; folds and shading, which change the lightness only, add nothing in a*, b*.
    ValueError for an array that is not H x W x 3."""
    if rgb.ndim != 3 or rgb.shape[2] != 3:
        raise ValueError(f"colour_orientation_field needs an H x W x 3 RGB image, got shape {rgb.shape}")
    lab = cv2.cvtColor(np.ascontiguousarray(rgb, dtype=np.uint8), cv2.COLOR_RGB2LAB).astype(np.float32)
    xx, yy, xy = (np.zeros(rgb.shape[:2], np.float32) for _ in range(3))
    for channel, weight in ((0, 1.0), (1, chroma), (2, chroma)):
        if weight > 0:
            gx, gy = _gradients(lab[..., channel], sigma)
            xx += weight * gx * gx
            yy += weight * gy * gy
            xy += weight * gx * gy
    return _field(xx, yy, xy, soft)


def has_silhouette(path: Path) -> bool:
    """Whether a mark file draws an outline of its own: an SVG, or a raster whose own alpha channel leaves at
    least 5 % of it transparent (alpha < 128). An opaque photo crop has none, even where load_mark_rgba
    clears its near-white background."""
    if path.suffix.lower() == ".svg":
        return True
    with Image.open(path) as img:
        if "A" not in img.getbands() and "transparency" not in img.info:
            return False
        alpha = np.asarray(img.convert("RGBA").getchannel("A"))
    return bool((alpha < 128).mean() >= 0.05)


def _inked(out: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """`out` (a warped copy of the mark's alpha `alpha`, or of alpha stacked with other channels, alpha first)
    cropped to where its alpha exceeds 8 with a 2 px margin; `alpha` itself where nothing does."""
    ys, xs = np.nonzero((out if out.ndim == 2 else out[..., 0]) > 8)
    return out[ys.min() - 2 : ys.max() + 3, xs.min() - 2 : xs.max() + 3] if len(xs) else alpha


def _turned(alpha: np.ndarray, angle: float) -> np.ndarray:
    """A mark's alpha (H x W uint8; or H x W x C, alpha first, every channel turned alike) turned by `angle`
    degrees about its centre (bilinear), cropped to where the alpha exceeds 8 with a 2 px margin."""
    h, w = alpha.shape[:2]
    pad = int(0.25 * max(h, w)) + 2
    big = np.pad(alpha, ((pad, pad), (pad, pad)) + ((0, 0),) * (alpha.ndim - 2))
    m = cv2.getRotationMatrix2D((big.shape[1] / 2, big.shape[0] / 2), angle, 1.0)
    return _inked(cv2.warpAffine(big, m, (big.shape[1], big.shape[0]), flags=cv2.INTER_LINEAR), alpha)


def keystone(alpha: np.ndarray, side: int, pull: float = KEYSTONE) -> np.ndarray:
    """A mark's alpha (H x W uint8) foreshortened as a print on a surface tilted away from the camera: the two
    corners of `side` (0 top, 1 right, 2 bottom, 3 left) pulled towards that side's middle by `pull` x the mark's
    longer side (a perspective warp, bilinear), cropped to where it exceeds 8 with a 2 px margin."""
    h, w = alpha.shape
    pad = int(0.3 * max(h, w)) + 2
    big = np.pad(alpha, pad)
    src = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    dst, a, b = src.copy(), side % 4, (side + 1) % 4
    mid = (src[a] + src[b]) / 2
    for c in (a, b):
        v = mid - src[c]
        dst[c] += v / np.linalg.norm(v) * pull * max(h, w)
    warp = cv2.getPerspectiveTransform(src, dst)
    return _inked(cv2.warpPerspective(big, warp, (big.shape[1], big.shape[0]), flags=cv2.INTER_LINEAR), alpha)


def drawing(rgba: np.ndarray) -> np.ndarray:
    """A badge's drawing as one channel (H x W uint8) in place of its alpha: its lightness (Rec. 601 luma)
    where its rim is light, the lightness inverted where the rim is dark, times the alpha. The outline keeps a
    strong edge against the zero background and the drawing inside keeps its own edges (orientation is
    polarity-free, so the choice only keeps the rim off zero). `rgba`: H x W x 4 uint8 as marks.crop_resize
    gives. The rim is the alpha-weighted mean lightness of the pixels within 2 px of the silhouette's edge."""
    a = rgba[..., 3].astype(np.float32) / 255.0
    lum = cv2.cvtColor(np.ascontiguousarray(rgba[..., :3]), cv2.COLOR_RGB2GRAY).astype(np.float32)
    inside = cv2.erode((a > 0.5).astype(np.uint8), np.ones((5, 5), np.uint8))
    rim = (a > 0.5) & (inside == 0)
    light = float((lum[rim] * a[rim]).sum() / max(1e-6, a[rim].sum())) >= 128 if rim.any() else True
    return np.clip(a * (lum if light else 255.0 - lum), 0, 255).astype(np.uint8)


OUTLINE_BAND = 2  # px: a drawn template leaves out its edges within this distance of the silhouette's outline


ROUND_FILL = 0.9  # a badge whose silhouette fills less of its box than this is round (a disc fills 0.785)
RING_TURN = 20.0  # degrees: edges within this of a ring concentric with a round badge's outline are left out


def _off_rings(t: np.ndarray, alpha: np.ndarray) -> np.ndarray:
    """`t` (a drawn template, 2 px wider than `alpha` all round) less its edge pixels that run along a ring
    concentric with the round badge's outline (gradient within RING_TURN degrees of the concentric ellipse's,
    from the silhouette's centroid and second moments): the rings inside a round badge are as common to round
    badges as its outline. A box badge (fill >= ROUND_FILL) is returned as it is: its letters run along its
    sides too."""
    ys, xs = np.nonzero(alpha > 127)
    if len(xs) < 16 or len(xs) >= ROUND_FILL * (np.ptp(xs) + 1) * (np.ptp(ys) + 1):
        return t
    inv = np.linalg.pinv(np.cov(np.stack([xs, ys]).astype(np.float64)))
    yy, xx = np.mgrid[0 : t.shape[0], 0 : t.shape[1]].astype(np.float64)
    dx, dy = xx - 2 - xs.mean(), yy - 2 - ys.mean()
    gx, gy = inv[0, 0] * dx + inv[0, 1] * dy, inv[1, 0] * dx + inv[1, 1] * dy
    a = 2.0 * np.arctan2(gy, gx)
    along = t[..., 0] * np.cos(a) + t[..., 1] * np.sin(a) > np.cos(np.radians(2 * RING_TURN))
    out = t.copy()
    out[along] = 0.0
    return out


def drawn_template(
    rgba: np.ndarray, angle: float = 0.0, outline: bool = True
) -> tuple[np.ndarray, int] | None:
    """(shape template of a badge's drawing inside its outline, number of edge pixels): `shape_template` of
    `drawing(rgba)` turned by `angle` degrees, less its edge pixels within OUTLINE_BAND px of the silhouette's
    own edges. The outline of a plain disc or box is what every round or boxy thing shares; what is drawn
    inside is the badge's own. Where too little is drawn inside (fewer edge pixels than a quarter of the
    outline's), the outline's template as it is, or None with `outline` False: a badge that has a drawing at
    a larger size (`ShapeRefs.has_drawing`) whose drawing this size blurs into its outline band (the demo
    shop's sun badge at 35 px and under) says nothing here that a cap's button does not."""
    big = _turned(np.dstack([rgba[..., 3], drawing(rgba)]), angle)
    edges, n_outline = shape_template(big[..., 0])
    t, _ = shape_template(big[..., 1])
    band = cv2.dilate(
        (np.abs(edges).sum(-1) > 0).astype(np.uint8), np.ones((3, 3), np.uint8), iterations=OUTLINE_BAND
    )
    t[band > 0] = 0.0
    t = _off_rings(t, big[..., 0])
    n = int(np.count_nonzero(np.abs(t).sum(-1)))
    if n >= n_outline // 4:
        return t, n
    return (edges, n_outline) if outline else None


def shape_template(alpha: np.ndarray) -> tuple[np.ndarray, int]:
    """(h x w x 2 orientation template of a mark's alpha channel (h-4 x w-4, any dtype), zero off its edges;
    number of edge pixels)."""
    gx, gy = _gradients(np.pad(alpha.astype(np.float32), 2), SIGMA)  # once: the field and the edges
    m2 = gx * gx + gy * gy
    f = _field(gx * gx, gy * gy, gx * gy, soft=1.0)
    on = m2 > EDGE_SHARE * float(m2.max()) if m2.max() > 0 else np.zeros_like(m2, bool)
    # unit length on the edge: the template's own contrast does not weigh its pixels
    norm = np.sqrt((f * f).sum(-1, keepdims=True)) + 1e-6
    return np.where(on[..., None], f / norm, 0.0).astype(np.float32), max(1, int(on.sum()))


class Template(NamedTuple):
    """A matched shape template: the orientation template (h x w x 2), its number of edge pixels and the
    factor the image was reduced by to match it (1: image pixels)."""

    t: np.ndarray
    n: int
    reduction: int


class Part(NamedTuple):
    """A half of a matched template matched on its own (`match_halves`): its score (-1..1), its box and template
    (image pixels; the template as matched, a Template), the box the whole template would have there, and which
    half it is (0 left, 1 right, 2 top, 3 bottom)."""

    score: float
    box: tuple[int, int, int, int]
    template: Template
    whole: tuple[int, int, int, int]
    which: int


class ShapeMatch(NamedTuple):
    """A window's shape match: the mark (brand, mark), the best template's score (-1..1), box (image pixels)
    and Template, and the matches of its halves on their own (`match_halves`; empty where not looked for)."""

    key: tuple[str, str]
    score: float
    box: tuple[int, int, int, int]
    template: Template
    parts: list[Part]


class Fields:
    """The orientation field of one image at whole-factor reductions, each computed on first use: `at(f)` is
    the field of the image reduced f times (area averaging), H // f x W // f x 2. An edge keeps its 1-2 px width
    and full weight at every reduction, so scores keep one scale. `image`: H x W uint8 grey (orientation_field),
    or H x W x 3 uint8 RGB with `chroma` > 0 (colour_orientation_field; its grey is used where chroma is 0)."""

    def __init__(self, image: np.ndarray, chroma: float = 0.0) -> None:
        if image.ndim == 3 and chroma <= 0:
            image = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
        self.image, self.chroma = image, chroma
        self.size: tuple[int, int] = image.shape[:2]  # (H, W) px
        self._by: dict[int, np.ndarray] = {}

    def at(self, factor: int) -> np.ndarray:
        if factor not in self._by:
            g, (h, w) = self.image, self.size
            if factor > 1:
                g = cv2.resize(g, (max(1, w // factor), max(1, h // factor)), interpolation=cv2.INTER_AREA)
            self._by[factor] = (
                colour_orientation_field(g, self.chroma) if g.ndim == 3 else orientation_field(g)
            )
        return self._by[factor]


def _snap(side: float) -> int:
    """A template size in px: `side` rounded to a 6 % grid (so nearby windows share templates), >= MIN_SIDE."""
    return max(MIN_SIDE, int(round(1.06 ** round(np.log(max(side, 1.0)) / np.log(1.06)))))


class ShapeRefs:
    """Shape templates of the registered marks that have a silhouette, built on first use per size.

    `marks` maps (brand, mark) to the mark's file (SVG or PNG); with `crops`, an opaque photo crop whose border
    gives a matte gets templates of the matte (the Matcher passes whether logo.MATTE_VARIANTS is set). Sizes
    are rounded to a 6 % grid and at most CACHE_SIZES (mark, size) sets are kept, so memory stays bounded with
    many brands. The files were checked where the brands were loaded (matching/brands.py)."""

    def __init__(
        self, marks: dict[tuple[str, str], Path], crops: bool = True, drawing_badges: bool = True
    ) -> None:
        self.paths = {k: p for k, p in marks.items() if has_silhouette(p)}
        # with `crops`, the others may be photo crops on a one-colour border (marks.border_matte): decided on
        # first use
        self._crops = {k: p for k, p in marks.items() if k not in self.paths} if crops else {}
        # a matted crop's rendering, made once on the first question (a raster is the same at every size)
        self._matted: dict[tuple[str, str], Image.Image] = {}
        # read now: templates are rendered on first use, when the files may have moved (a finished job's folder)
        self._data = {k: p.read_bytes() for k, p in (self.paths | self._crops).items()}
        self._cache: OrderedDict[tuple[tuple[str, str], int], list[tuple[np.ndarray, int]]] = OrderedDict()
        # (mark, size, rotation index) -> the pose refinement's templates (`refined`)
        self._refined: OrderedDict[tuple[tuple[str, str], int, int], list[tuple[np.ndarray, int]]] = (
            OrderedDict()
        )
        self._sources: OrderedDict[tuple[tuple[str, str], int], Image.Image] = OrderedDict()
        self._specific: dict[tuple[str, str], tuple[bool, bool, bool, bool]] = {}
        self._refines: dict[tuple[str, str], bool] = {}
        self._drawn: dict[tuple[str, str], bool] = {}
        self._has_drawing: dict[tuple[str, str], bool] = {}
        self.drawing_badges = drawing_badges

    def __contains__(self, key: tuple[str, str]) -> bool:
        """Whether the mark has shape templates: a silhouette of its own, or, for an opaque photo crop (decided on
        the first question, once), a border that gives a matte."""
        path = self._crops.pop(key, None)
        if path is not None and is_photo_crop(path, self._data[key]):
            rgba = np.asarray(mark_source(path, 256, self._data[key]))  # a raster: as stored
            mark = matted(rgba) if (rgba[..., 3] > 8).mean() >= OPAQUE_COVER else None
            if mark is not None:
                self.paths[key] = path
                self._matted[key] = Image.fromarray(mark, "RGBA")
        return key in self.paths

    @property
    def matted(self) -> set[tuple[str, str]]:
        """The photo crops found so far to have a matte (and so shape templates)."""
        return set(self._matted)

    def templates(self, key: tuple[str, str], side: float) -> list[tuple[np.ndarray, int]]:
        """The mark's templates (one per ROTATIONS angle) with its longer side about `side` px."""
        size = _snap(side)
        if (key, size) in self._cache:
            self._cache.move_to_end((key, size))
        else:
            if self.drawn(key):
                rgba = crop_resize(self._source(key, size), size)
                made = [drawn_template(rgba, a, outline=not self.has_drawing(key)) for a in ROTATIONS]
                self._cache[(key, size)] = [m for m in made if m is not None]
            else:
                alpha = crop_resize(self._source(key, size), size, band="A")
                self._cache[(key, size)] = [shape_template(_turned(alpha, a)) for a in ROTATIONS]
            if len(self._cache) > CACHE_SIZES:
                self._cache.popitem(last=False)
        return self._cache[(key, size)]

    def refined(self, key: tuple[str, str], side: float, turn: int) -> list[tuple[np.ndarray, int]]:
        """The pose refinement's templates around the template `turn` (an index into ROTATIONS) of size about
        `side` px: the four foreshortened ones (`keystone`, each side in turn), then the two turned REFINE_TURN
        degrees less and more. At most CACHE_SIZES sets kept, least recently used dropped."""
        ck = (key, _snap(side), turn)
        if ck in self._refined:
            self._refined.move_to_end(ck)
        else:
            alpha = crop_resize(self._source(key, ck[1]), ck[1], band="A")
            angle = ROTATIONS[turn]
            self._refined[ck] = [shape_template(_turned(keystone(alpha, k), angle)) for k in range(4)] + [
                shape_template(_turned(alpha, angle + d)) for d in (-REFINE_TURN, REFINE_TURN)
            ]
            if len(self._refined) > CACHE_SIZES:
                self._refined.popitem(last=False)
        return self._refined[ck]

    def specific_halves(self, key: tuple[str, str]) -> tuple[bool, bool, bool, bool]:
        """Which halves (left, right, top, bottom) of the mark's templates are matched on their own
        (`specific_halves` of its alpha at GENERIC_SIDE px, upright; decided once per mark)."""
        if key not in self._specific:
            self._specific[key] = specific_halves(self._upright(key))
        return self._specific[key]

    def drawn(self, key: tuple[str, str]) -> bool:
        """Whether the mark's templates are made from its drawing (`drawing`) instead of its silhouette: where
        the silhouette is a plain outline (`plain_outline`: a round or square badge), whose edges any disc or
        box matches as well as the badge (a cap's dome or button, another brand's round badge: with one brand
        registered, the demo shop's Solenne badge scored 0.9 on 17 logo-free caps). Decided once per mark on its
        alpha at GENERIC_SIDE px, upright."""
        if key not in self._drawn:
            self._drawn[key] = self.drawing_badges and plain_outline(self._upright(key))
        return self._drawn[key]

    def has_drawing(self, key: tuple[str, str]) -> bool:
        """Whether a drawn badge (`drawn`) has a drawing of its own inside its outline: its upright drawn template
        at GENERIC_SIDE px is not the outline's (`drawn_template`). Such a badge has no template at the sizes
        where its drawing does not survive, rather than its outline's, which any disc or box matches. Decided
        once per mark."""
        if key not in self._has_drawing:
            rgba = crop_resize(self._source(key, GENERIC_SIDE), GENERIC_SIDE)
            self._has_drawing[key] = drawn_template(rgba, 0.0, outline=False) is not None
        return self._has_drawing[key]

    def refines(self, key: tuple[str, str]) -> bool:
        """Whether the mark's pose is refined (`score` with `refine`; decided once per mark on its alpha at
        GENERIC_SIDE px, upright): not for a plain outline (`plain_outline`: a round or square badge, which
        foreshortened is an ellipse or a trapezium that fits every round or boxy thing better too), nor for a
        wordmark (`is_wordmark`: its refined templates fit other printed words better too; the demo shop's
        wordmarks on text decoys, 0.0 -> 0.59)."""
        if key not in self._refines:
            alpha = self._upright(key)
            self._refines[key] = not is_wordmark(alpha) and not plain_outline(alpha)
        return self._refines[key]

    def _upright(self, key: tuple[str, str]) -> np.ndarray:
        """The mark's alpha at GENERIC_SIDE px on its longer side, upright: what its per-mark decisions
        (`specific_halves`, `refines`) are made on."""
        return crop_resize(self._source(key, GENERIC_SIDE), GENERIC_SIDE, band="A")

    def _source(self, key: tuple[str, str], size: int) -> Image.Image:
        """The mark's rendering (mark_source) for templates of `size` px: made for the power of two at or above
        it, so that a template depends on its size alone, never on which windows came before; a window's
        four sizes share one or two renderings. A matted crop's is its matted raster, the same at every size."""
        if key in self._matted:
            return self._matted[key]
        made_for = 1 << max(0, int(size) - 1).bit_length()
        if (key, made_for) not in self._sources:
            self._sources[(key, made_for)] = mark_source(self.paths[key], made_for, self._data[key])
            if len(self._sources) > CACHE_SOURCES:
                self._sources.popitem(last=False)
        self._sources.move_to_end((key, made_for))
        return self._sources[(key, made_for)]

    def score(
        self,
        fields: Fields,
        area: tuple[int, int, int, int],
        key: tuple[str, str],
        side: float,
        refine: float | None = None,
    ) -> tuple[float, tuple[int, int, int, int] | None, Template | None]:
        """Best shape score (-1..1) of mark `key` at sizes around `side` px anywhere in `area` (x0, y0, x1, y1,
        image pixels) of the image whose `fields` are given, the template's box there in image pixels and the
        template; (0.0, None, None) where no template fits. Where the largest size exceeds MAX_SIDE, the
        image reduced by the whole factor that brings it under is searched (`Fields.at`). Where `refine` is
        given and the best template scores at least that, its pose is then refined (`refined`: foreshortened,
        turned half a step, sized half a step), a refined template replacing it where it scores higher: never a
        lower score. A match is sharpened, not made: where no flat template reaches `refine`, more templates
        would mostly fit the cloth's folds better. Only for marks whose pose says something (`refines`: not a
        plain outline, not a wordmark)."""
        f = max(1, int(side * SCALES[-1] // MAX_SIDE))
        x0, y0, x1, y1 = (v // f for v in area)
        field, side = fields.at(f)[y0:y1, x0:x1], side / f
        found: list = [0.0, None, None]  # score, box, Template

        def match(t: np.ndarray, n: int) -> bool:
            """Whether template `t` (n edge pixels) beats the best so far in the area (which it then becomes)."""
            if t.shape[0] > field.shape[0] or t.shape[1] > field.shape[1]:
                return False
            _, v, _, (x, y) = cv2.minMaxLoc(cv2.matchTemplate(field, t, cv2.TM_CCORR))
            if v / n <= found[0]:
                return False
            box = (f * (x0 + x), f * (y0 + y), f * (x0 + x + t.shape[1]), f * (y0 + y + t.shape[0]))
            found[:] = [v / n, box, Template(t, n, f)]
            return True

        pose = None
        for sc in SCALES:
            if side * sc >= MIN_SIDE:
                for turn, (t, n) in enumerate(self.templates(key, side * sc)):
                    pose = (side * sc, turn) if match(t, n) else pose
        if refine is not None and pose is not None and found[0] >= refine and self.refines(key):
            size, turn = pose
            for t, n in self.refined(key, size, turn):
                match(t, n)
            for sized in (size * r for r in REFINE_SIZES if size * r >= MIN_SIDE):
                match(*self.templates(key, sized)[turn])
        return float(found[0]), found[1], found[2]


def best_elsewhere(fields: Fields, template: Template, box: tuple[int, int, int, int]) -> float:
    """The template's best shape score over the whole image (its `fields`, at the template's reduction) at
    places more than half its size away from `box` (its match, image pixels); 0.0 where there is no such
    place. The null a match must stand out from: a mark whose edges follow folds, weave or stripes scores
    about as well elsewhere in the same photo."""
    t, n, f = template
    field = fields.at(f)
    if t.shape[0] > field.shape[0] or t.shape[1] > field.shape[1]:
        return 0.0
    r = cv2.matchTemplate(field, t, cv2.TM_CCORR)
    th, tw = t.shape[:2]
    x, y = box[0] // f, box[1] // f
    r[max(0, y - th // 2) : y + th // 2 + 1, max(0, x - tw // 2) : x + tw // 2 + 1] = -np.inf
    v = float(r.max())
    return v / n if np.isfinite(v) else 0.0


def halves(template: Template) -> list[tuple[int, Template, tuple[int, int]]]:
    """The left, right, top and bottom halves (0, 1, 2, 3) of a shape template that hold at least
    HALF_MIN_SHARE of its edge pixels and are at least 6 px a side: (which, the half as a Template of the same
    reduction, its offset (x, y) in the template's pixels)."""
    t, n, f = template
    h, w = t.shape[:2]
    out = []
    for which, (ys, xs) in enumerate(
        (
            (slice(0, h), slice(0, w // 2)),
            (slice(0, h), slice(w // 2, w)),
            (slice(0, h // 2), slice(0, w)),
            (slice(h // 2, h), slice(0, w)),
        )
    ):
        u = np.ascontiguousarray(t[ys, xs])
        nu = int(np.count_nonzero(np.abs(u).sum(-1)))
        if nu >= HALF_MIN_SHARE * n and min(u.shape[:2]) >= 6:
            out.append((which, Template(u, nu, f), (xs.start, ys.start)))
    return out


@cache
def _plain_shapes() -> list[np.ndarray]:
    """Orientation fields (2 GENERIC_SIDE px square, x 2) of plain silhouettes about GENERIC_SIDE px across:
    discs and squares, upright and lying ellipses and rectangles (sides 0.6 and 0.35 of the other), at 0.8-1.25
    x (50 fields)."""
    c = GENERIC_SIDE
    out = []
    for k in (0.8, 0.9, 1.0, 1.1, 1.25):
        for ratio in (1.0, 0.6, 0.35):
            a, b = int(c * k) // 2, int(c * k * ratio) // 2  # half sides (px)
            for rx, ry in ((a, b), (b, a)) if ratio < 1 else ((a, a),):
                for ellipse in (True, False):
                    canvas = np.zeros((2 * c, 2 * c), np.float32)
                    if ellipse:
                        cv2.ellipse(canvas, (c, c), (rx, ry), 0, 0, 360, 255, -1)
                    else:
                        cv2.rectangle(canvas, (c - rx, c - ry), (c + rx, c + ry), 255, -1)
                    out.append(orientation_field(canvas))
    return out


def _plain_fit(t: np.ndarray, n: int) -> float:
    """The best score of shape template `t` (n edge pixels) anywhere on any of the plain shapes
    (`_plain_shapes`)."""
    return max(cv2.minMaxLoc(cv2.matchTemplate(f, t, cv2.TM_CCORR))[1] for f in _plain_shapes()) / n


def is_wordmark(alpha: np.ndarray) -> bool:
    """Whether a mark's silhouette (alpha, h x w uint8) is WORDMARK_ASPECT times as wide as tall or as tall as
    wide (a few letters), or empty."""
    ys, xs = np.nonzero(alpha > 8)
    return not len(xs) or max(np.ptp(xs), np.ptp(ys)) + 1 >= WORDMARK_ASPECT * (
        min(np.ptp(xs), np.ptp(ys)) + 1
    )


def plain_outline(alpha: np.ndarray) -> bool:
    """Whether a mark's silhouette is a plain disc, ellipse or rectangle: its shape template's best score on
    those (`_plain_shapes`) is at least GENERIC_MAX. `alpha`: the mark's alpha channel, GENERIC_SIDE px on its
    longer side (h x w uint8). The demo shop's three round badges score 0.96-0.98; the 40 marks of the
    composites by another hand 0.17-0.58."""
    return _plain_fit(*shape_template(alpha)) >= GENERIC_MAX


def specific_halves(alpha: np.ndarray) -> tuple[bool, bool, bool, bool]:
    """Whether each half (left, right, top, bottom) of a mark's shape template says something of the mark:
    False where the half's best score on a plain disc, ellipse or rectangle of about the mark's size is at
    least GENERIC_MAX. `alpha`: the mark's alpha channel, GENERIC_SIDE px on its longer side (h x w uint8).
    A badge's round or square outline is such a shape: half a disc is an arc, which the rim of a bag, a
    cap or a plate matches as well as a print (the demo shop's three round marks score 0.98 as wholes and as
    halves; of the 40 marks of the composites by another hand, no half above 0.74). A wordmark (WORDMARK_ASPECT)
    has none either: its halves are a few letters each, which any printed text matches about as well (the demo
    shop's Acme wordmark on a cap's decoy text: a half 0.75 against 0.49 elsewhere in the photo; of the
    composites' 40 marks only Dior's is that wide)."""
    if is_wordmark(alpha):
        return False, False, False, False
    template = Template(*shape_template(alpha), 1)
    out = [False] * 4
    for which, half, _ in halves(template):
        out[which] = _plain_fit(half.t, half.n) < GENERIC_MAX
    return out[0], out[1], out[2], out[3]


def match_halves(fields: Fields, area: tuple[int, int, int, int], template: Template) -> list[Part]:
    """Each half of a matched `template` (`halves`) at its best place in `area` (x0, y0, x1, y1, image pixels)
    of the image whose `fields` are given, scored over its own edge pixels: a print partly hidden (a fold, a
    strap, a hand, another garment over it) keeps one half whole, whose score then is what the whole mark
    would score unhidden, where the whole template's mean is pulled down by the hidden part. A half is less
    specific than the whole mark, so the Matcher measures it against its own best score elsewhere
    (`best_elsewhere`) like any template, and leaves out the halves that say nothing of the mark
    (`ShapeRefs.specific_halves`)."""
    f = template.reduction
    x0, y0, x1, y1 = (v // f for v in area)
    field = fields.at(f)[y0:y1, x0:x1]
    th, tw = template.t.shape[:2]
    out = []
    for which, half, (ox, oy) in halves(template):
        h, w = half.t.shape[:2]
        if h > field.shape[0] or w > field.shape[1]:
            continue
        _, v, _, (x, y) = cv2.minMaxLoc(cv2.matchTemplate(field, half.t, cv2.TM_CCORR))
        bx, by = f * (x0 + x), f * (y0 + y)
        wx, wy = bx - f * ox, by - f * oy
        whole = (wx, wy, wx + f * tw, wy + f * th)
        out.append(Part(v / half.n, (bx, by, bx + f * w, by + f * h), half, whole, which))
    return out
