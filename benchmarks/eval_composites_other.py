"""Logo composites made by another hand: registered marks printed on held-out clothing photos (issue 12).

An independent generator, written without reading the project's own synthesis code (training/synth.py) or
its composite benchmark (benchmarks/eval_composites.py), so that the Matcher is measured on composites it was
not built around. Everything here is OpenCV + NumPy + PIL, seeded: the same seed gives the same bytes.

What is drawn from where (training/shared_data.py's split; nothing from the training split is read):
- brands: 40 simple-icons logos of the held-out quarter (`is_eval_logo`), chosen by the seed among those
  whose 64 px rendering is neither a hairline nor a full block; each registers ONE flat reference, its SVG
  with `fill` set to the brand colour (`reference_svg`). 40 more held-out logos are the unregistered marks.
- photos: the held-out clothing photos (`photos("eval")`), one composite per photo, in a seeded order.

Kinds of image (shares of the set, in a seeded order): 60 % positives (one registered mark; brands dealt
round-robin, so 10-11 each over 720 images), 14 % clean photos, 14 % an unregistered brand's mark, 12 %
printed text (garment slogans and unregistered brand names, never a registered brand's name or alias).

How a mark (or text) is printed, each condition drawn independently per image so that results split by it:
- place: a point on the garment (GrabCut from a centre rectangle on a half-size copy of the photo, largest
  component, eroded); the mark's square must lie mostly on it (the best of 40 tries);
- size: the mark's longer side before rotation, log-uniform in [28, min(230, 0.5 x shorter photo side)] px
  (`Sample.size`; about a quarter of positives are under 48 px);
- rotation: half the marks turned 8-25 degrees either way, the rest -3..3 (`angle`);
- perspective: half the marks foreshortened (one side pulled in by 8-20 % of the size, every corner
  jittered by a third of that; `perspective`, the largest corner shift over the size, 0 when off);
- transparency: 35 % of marks at opacity 0.45-0.75, the rest 0.9-1.0 (`opacity`);
- ink: half in the brand colour (`ink == "brand"`), half in a colour taken from the photo (`ink == "photo"`: a
  blurred pixel of the garment, or 30 % of the time anywhere in the photo, pushed only as far as a
  luminance gap of 10-45 grey levels from the cloth under the mark, so contrast is low); `contrast` is the
  final |luminance(ink) - luminance(cloth)| in grey levels;
- fabric shading, always: the ink is multiplied by the cloth's own luminance relative to its local mean
  (folds, shadows and weave darken and lighten the print), raised to a strength of 0.6-1.0;
- occlusion: 30 % of marks partly covered (a band or an ellipse filled with a patch of the same photo, like a
  strap, fold or hand) aimed at hiding 15-45 % of the ink (`occluded`, the share hidden: 0.15-0.5);
- camera: half the images Gaussian-blurred (sigma 0.4-1.2, `blur`), every image re-encoded as JPEG at
  quality 55-92 (`quality`), clean photos too, so that re-encoding is no cue.

Truth per positive: the brand and the box of the whole printed mark (ink with alpha > 0.1 before occlusion:
an amodal box, so an occluded mark keeps its full extent).

    python -m benchmarks.eval_composites_other [--n 12] [--out /tmp/composites]   # writes a few for a look
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

SEED = 12
N_BRANDS = 40
N_IMAGES = 720
MIN_SIZE = 28
MAX_SIZE = 230
VERSION = "oc1"  # bump when what is drawn changes

KIND_SHARES = (("positive", 0.60), ("clean", 0.14), ("unregistered", 0.14), ("text", 0.12))

SLOGANS = (
    "SUMMER VIBES", "NEW YORK", "ATHLETIC DEPT", "ORIGINAL", "PREMIUM QUALITY", "EST. 1987", "BROOKLYN",
    "GOOD VIBES ONLY", "CALIFORNIA", "TEAM 23", "VINTAGE", "STAY WILD", "UNIVERSITY", "LOVE", "TOKYO",
    "NO LIMITS", "WEEKEND", "SPORT CLUB", "LIMITED EDITION", "HELLO", "DREAMER", "PARIS", "AUTHENTIC",
    "NATURE", "COLLEGE", "RUN", "BASIC", "URBAN STYLE", "SAN FRANCISCO", "MIAMI BEACH",
)  # fmt: skip
FONTS = (
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSerif-Bold.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
)

Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class BrandMark:
    """A simple-icons logo used here: its title (the registered brand name), slug, colour and SVG text."""

    title: str
    slug: str
    hex: str
    svg: str
    aliases: tuple[str, ...] = ()


@dataclass
class Sample:
    """One composite. `kind`: positive, clean, unregistered or text; `brand` (registered title) and `box`
    (x0, y0, x1, y1 in pixels) only for positives; `slug` the logo drawn (positive or unregistered); the
    condition fields are those drawn for the print (0 / "" where nothing was printed)."""

    name: str
    photo: str  # CLASS/file.jpg of the source photo
    jpeg: bytes
    width: int
    height: int
    kind: str
    brand: str | None = None
    slug: str | None = None
    text: str | None = None
    box: Box | None = None
    size: int = 0  # longer side of the mark before rotation, px
    angle: float = 0.0  # degrees
    perspective: float = 0.0  # largest corner shift / size (0: none)
    opacity: float = 1.0
    ink: str = ""  # "brand" or "photo"
    contrast: float = 0.0  # |L(ink) - L(cloth)|, grey levels
    occluded: float = 0.0  # share of the ink hidden
    blur: float = 0.0
    quality: int = 0
    extra: dict = field(default_factory=dict)


# -- brands ---------------------------------------------------------------------------------------


def reference_svg(svg: str, hex_colour: str) -> str:
    """A simple-icons SVG with `fill="#HEX"` on its <svg> element (../shared/data/README.md): the flat
    reference a brand registers. Raises ValueError where there is no <svg> element."""
    if "<svg" not in svg:
        raise ValueError("not an SVG: no <svg> element")
    svg = re.sub(r"(<svg\b[^>]*?)\sfill=\"[^\"]*\"", r"\1", svg, count=1)
    return svg.replace("<svg", f'<svg fill="#{hex_colour}"', 1)


def mark_alpha(svg: str, size: int) -> np.ndarray:
    """The mark's coverage as float32 in [0, 1], longer side `size` px (knockoff.matching.marks.render_svg)."""
    from knockoff.matching.marks import render_svg

    return render_svg(svg, size)[..., 3].astype(np.float32) / 255.0


def _usable(svg: str) -> bool:
    """A logo that can be printed and seen: at 64 px its ink covers 8-80 % of its box, aspect at most 5."""
    a = mark_alpha(svg, 64)
    h, w = a.shape
    return max(h, w) / max(1, min(h, w)) <= 5 and 0.08 <= float((a > 0.5).mean()) <= 0.80


def pick_brands(seed: int = SEED, n: int = N_BRANDS) -> tuple[list[BrandMark], list[BrandMark]]:
    """(registered, unregistered): 2n usable held-out simple-icons logos in a seeded order, distinct titles
    (case and punctuation ignored). Raises FileNotFoundError where the shared data is absent."""
    from training.shared_data import is_eval_logo, simple_icons

    logos = [lg for lg in simple_icons() if is_eval_logo(lg.slug)]
    if not logos:
        raise FileNotFoundError("no held-out simple-icons logos (is ../shared/data present?)")
    order = np.random.default_rng([seed, 1]).permutation(len(logos))
    out: list[BrandMark] = []
    seen: set[str] = set()
    for i in order:
        lg = logos[int(i)]
        key = _letters(lg.title)
        if not key or key in seen:
            continue
        svg = lg.svg.read_text(encoding="utf-8")
        if not _usable(svg):
            continue
        seen.add(key)
        out.append(BrandMark(lg.title, lg.slug, lg.hex, svg, lg.aliases))
        if len(out) == 2 * n:
            break
    return out[:n], out[n:]


def _letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.casefold())


# -- the photo ------------------------------------------------------------------------------------


def garment_mask(rgb: np.ndarray) -> np.ndarray:
    """Where the garment is (bool, photo size): GrabCut from a rectangle 8 % inside the border, on a
    half-size copy; the largest component, eroded by 4 % of the shorter side. Falls back to a centred
    ellipse where the cut finds under 10 % of the photo."""
    h, w = rgb.shape[:2]
    small = cv2.resize(rgb, (w // 2, h // 2), interpolation=cv2.INTER_AREA)
    sh, sw = small.shape[:2]
    mask = np.zeros((sh, sw), np.uint8)
    rect = (int(sw * 0.08), int(sh * 0.08), int(sw * 0.84), int(sh * 0.84))
    cv2.setRNGSeed(0)  # GrabCut's GMM initialisation draws from OpenCV's global generator
    try:
        cv2.grabCut(
            cv2.cvtColor(small, cv2.COLOR_RGB2BGR),
            mask,
            rect,
            np.zeros((1, 65), np.float64),
            np.zeros((1, 65), np.float64),
            3,
            cv2.GC_INIT_WITH_RECT,
        )
        fg = np.isin(mask, (cv2.GC_FGD, cv2.GC_PR_FGD)).astype(np.uint8)
    except cv2.error:
        fg = np.zeros((sh, sw), np.uint8)
    n, lab, stats, _ = cv2.connectedComponentsWithStats(fg, connectivity=4)
    if n > 1:
        fg = (lab == 1 + int(np.argmax(stats[1:, cv2.CC_STAT_AREA]))).astype(np.uint8)
    k = max(3, int(min(sh, sw) * 0.04) | 1)
    fg = cv2.erode(fg, cv2.getStructuringElement(cv2.MORPH_ELLIPSE, (k, k)))
    if fg.mean() < 0.10:
        fg = np.zeros((sh, sw), np.uint8)
        cv2.ellipse(fg, (sw // 2, sh // 2), (int(sw * 0.3), int(sh * 0.3)), 0, 0, 360, 1, -1)
    return cv2.resize(fg, (w, h), interpolation=cv2.INTER_NEAREST).astype(bool)


def _luma(rgb: np.ndarray) -> np.ndarray:
    return rgb.astype(np.float32) @ np.float32([0.299, 0.587, 0.114])


def _room(garment: np.ndarray) -> np.ndarray:
    """Distance (px, float32) from each garment pixel to the nearest non-garment pixel or photo border."""
    padded = np.pad(garment.astype(np.uint8), 1)
    return cv2.distanceTransform(padded, cv2.DIST_L2, 5)[1:-1, 1:-1]


def _place(rng: np.random.Generator, room: np.ndarray, half: float) -> tuple[float, float]:
    """A centre on the garment with at least `half` px of garment around it (or the roomiest point)."""
    ys, xs = np.nonzero(room >= half)
    if not len(xs):
        y, x = np.unravel_index(int(np.argmax(room)), room.shape)
        return float(x), float(y)
    j = int(rng.integers(len(xs)))
    return float(xs[j]), float(ys[j])


# -- printing -------------------------------------------------------------------------------------


def _text_alpha(text: str, size: int, font: str) -> np.ndarray:
    """Printed words as coverage in [0, 1], longer side `size` px (PIL, a system TrueType font)."""
    if not os.path.exists(font):
        raise FileNotFoundError(
            f"font {font} missing: install.sh installs it (fonts-dejavu-extra, fonts-liberation)"
        )
    f = ImageFont.truetype(font, 64)
    x0, y0, x1, y1 = f.getbbox(text)
    img = Image.new("L", (x1 - x0 + 8, y1 - y0 + 8), 0)
    ImageDraw.Draw(img).text((4 - x0, 4 - y0), text, fill=255, font=f)
    a = np.asarray(img, np.float32) / 255.0
    s = size / max(a.shape)
    return cv2.resize(
        a, (max(1, round(a.shape[1] * s)), max(1, round(a.shape[0] * s))), interpolation=cv2.INTER_AREA
    )


def _warp(
    alpha: np.ndarray, centre: tuple[float, float], angle: float, persp: float, rng, shape
) -> tuple[np.ndarray, float]:
    """The mark's coverage (rendered at twice its size) turned by `angle` degrees, its corners moved by up
    to `persp` x size, centred at `centre`, on a canvas of `shape`. Returns (coverage, largest shift/size)."""
    ah, aw = alpha.shape
    src = np.float32([[0, 0], [aw, 0], [aw, ah], [0, ah]])
    corners = (src - np.float32([aw / 2, ah / 2])) / 2.0  # back to print size, centred
    t = np.deg2rad(angle)
    rot = np.float32([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    dst = corners @ rot.T
    shift = 0.0
    if persp > 0:
        size = max(aw, ah) / 2.0
        # a tilted print: one side shrinks towards its middle, plus a small random jitter of each corner
        side = int(rng.integers(4))
        k = persp * size
        d = np.zeros((4, 2), np.float32)
        a_, b_ = side, (side + 1) % 4
        mid = (dst[a_] + dst[b_]) / 2
        for c in (a_, b_):
            v = mid - dst[c]
            d[c] += v / max(1e-6, float(np.linalg.norm(v))) * k
        d += rng.uniform(-0.35, 0.35, (4, 2)).astype(np.float32) * k
        dst = dst + d
        shift = float(np.linalg.norm(d, axis=1).max() / size)
    dst = dst + np.float32(centre)
    H = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    out = cv2.warpPerspective(alpha, H, (shape[1], shape[0]), flags=cv2.INTER_LINEAR, borderValue=0)
    return np.clip(out, 0, 1), shift


def _ink_from_photo(rng, rgb_blur: np.ndarray, garment: np.ndarray, cloth_l: float) -> np.ndarray:
    """A colour taken from the photo (the garment, or 30 % of the time anywhere), moved only as far as a
    luminance gap of 10-45 grey levels from the cloth under the print."""
    h, w = garment.shape
    ys, xs = np.nonzero(garment)
    if len(xs) and rng.random() < 0.7:
        j = int(rng.integers(len(xs)))
        y, x = int(ys[j]), int(xs[j])
    else:
        y, x = int(rng.integers(h)), int(rng.integers(w))
    ink = rgb_blur[y, x].astype(np.float32)
    gap = float(rng.uniform(10, 45))
    lum = float(_luma(ink[None, None])[0, 0])
    diff = lum - cloth_l
    if abs(diff) < gap:
        sign = np.sign(diff) if diff != 0 else (1.0 if cloth_l < 128 else -1.0)
        if (sign > 0 and cloth_l + gap > 250) or (sign < 0 and cloth_l - gap < 5):
            sign = -sign
        ink = np.clip(ink + sign * (gap - abs(diff)), 0, 255)
    return ink


def _occluder(rng, alpha: np.ndarray, box: Box, shape) -> np.ndarray:
    """A mask (float32, 0..1, soft edge) of a band or an ellipse that crosses the mark's box from one side
    and hides about 15-45 % of its ink (the best of 12 tries)."""
    h, w = shape
    x0, y0, x1, y1 = box
    bw, bh = x1 - x0, y1 - y0
    want = float(rng.uniform(0.15, 0.45))
    ink = float(alpha.sum()) or 1.0
    best, best_err = np.zeros(shape, np.float32), 9.0
    for _ in range(12):
        m = np.zeros(shape, np.uint8)
        if rng.random() < 0.5:  # a band (strap, fold) across the box, entering from one side
            ang = rng.uniform(0, np.pi)
            cx = x0 + bw * rng.uniform(0, 1)
            cy = y0 + bh * rng.uniform(0, 1)
            width = max(3.0, max(bw, bh) * rng.uniform(0.15, 0.5))
            L = 4 * max(bw, bh)
            d = np.array([np.cos(ang), np.sin(ang)])
            n = np.array([-d[1], d[0]]) * width / 2
            c = np.array([cx, cy])
            pts = np.array([c - d * L + n, c + d * L + n, c + d * L - n, c - d * L - n])
            cv2.fillPoly(m, [pts.round().astype(np.int32)], 1, cv2.LINE_AA)
        else:  # an ellipse (a hand, a pocket edge) from one corner
            cx = x0 + bw * rng.choice([0.0, 1.0]) + rng.uniform(-0.1, 0.1) * bw
            cy = y0 + bh * rng.uniform(0, 1)
            ax = (int(bw * rng.uniform(0.3, 0.8)) + 2, int(bh * rng.uniform(0.3, 0.9)) + 2)
            cv2.ellipse(m, (int(cx), int(cy)), ax, float(rng.uniform(0, 180)), 0, 360, 1, -1, cv2.LINE_AA)
        hidden = float((alpha * m).sum()) / ink
        if abs(hidden - want) < best_err:
            best, best_err = m.astype(np.float32), abs(hidden - want)
    return cv2.GaussianBlur(best, (0, 0), 0.8)


def print_mark(
    rng: np.random.Generator,
    rgb: np.ndarray,
    garment: np.ndarray,
    room: np.ndarray,
    alpha2x: np.ndarray,
    size: int,
    brand_rgb: np.ndarray | None,
    conditions: dict,
) -> tuple[np.ndarray, Box, dict]:
    """Print a mark (coverage at twice `size`) on the garment of `rgb` (uint8 HxWx3; `room`: `_room` of
    the garment mask) under `conditions`
    (rotate, perspective, transparent, photo_ink, occlude: bools). `brand_rgb` None prints in a photo
    colour. Returns (new rgb, amodal box, the drawn values)."""
    h, w = rgb.shape[:2]
    drawn: dict = {}
    angle = rng.uniform(8, 25) * rng.choice([-1, 1]) if conditions["rotate"] else rng.uniform(-3, 3)
    persp = float(rng.uniform(0.08, 0.20)) if conditions["perspective"] else 0.0
    centre = _place(rng, room, 0.45 * size)
    cov, shift = _warp(alpha2x, centre, float(angle), persp, rng, (h, w))
    ys, xs = np.nonzero(cov > 0.1)
    if not len(xs):
        raise ValueError("the mark fell outside the photo")
    box = (float(xs.min()), float(ys.min()), float(xs.max() + 1), float(ys.max() + 1))
    drawn.update(angle=float(angle), perspective=shift)

    img = rgb.astype(np.float32)
    lum = _luma(img)
    inked = cov > 0.3
    cloth = img[inked].mean(axis=0) if inked.any() else img[int(centre[1]), int(centre[0])]
    cloth_l = float(_luma(cloth[None, None])[0, 0])
    if conditions["photo_ink"] or brand_rgb is None:
        ink = _ink_from_photo(rng, cv2.GaussianBlur(rgb, (0, 0), 3).astype(np.float32), garment, cloth_l)
        drawn["ink"] = "photo"
    else:
        ink = brand_rgb.astype(np.float32)
        drawn["ink"] = "brand"
    drawn["contrast"] = abs(float(_luma(ink[None, None])[0, 0]) - cloth_l)

    # fabric shading: the cloth's luminance over its local mean modulates the ink
    sigma = max(4.0, size / 3)
    local = cv2.GaussianBlur(lum, (0, 0), sigma) + 1.0
    fine = cv2.GaussianBlur(lum, (0, 0), 0.7) + 1.0
    strength = float(rng.uniform(0.6, 1.0))
    shade = np.clip(fine / local, 0.35, 1.7) ** strength
    printed = np.clip(ink[None, None, :] * shade[..., None], 0, 255)
    opacity = float(rng.uniform(0.45, 0.75)) if conditions["transparent"] else float(rng.uniform(0.9, 1.0))
    a = (cov * opacity)[..., None]
    out = img * (1 - a) + printed * a
    drawn.update(opacity=opacity, shading=strength)

    hidden = 0.0
    if conditions["occlude"]:
        occ = _occluder(rng, cov, box, (h, w))
        # cloth from elsewhere on the garment, moved under the mark
        gy, gx = _place(rng, room, 0.45 * size)[::-1]
        dy, dx = int(centre[1] - gy), int(centre[0] - gx)
        if abs(dy) < size and abs(dx) < size:
            dy += size * int(rng.choice([-1, 1]))
        patch = np.roll(img, (dy, dx), axis=(0, 1))
        patch = patch * float(rng.uniform(0.75, 1.1))
        out = out * (1 - occ[..., None]) + np.clip(patch, 0, 255) * occ[..., None]
        hidden = float((cov * occ).sum() / max(1e-6, cov.sum()))
    drawn["occluded"] = hidden
    return np.clip(out, 0, 255).round().astype(np.uint8), box, drawn


# -- the set --------------------------------------------------------------------------------------


def _plan(n: int, seed: int, brands: list[BrandMark]) -> list[tuple[str, int]]:
    """(kind, index) per image in a seeded order: index is the brand (positives), the unregistered logo,
    or the text (a slogan index)."""
    counts = [round(n * share) for _, share in KIND_SHARES]
    counts[0] += n - sum(counts)
    rng = np.random.default_rng([seed, 2])
    items: list[tuple[str, int]] = []
    for (kind, _), c in zip(KIND_SHARES, counts, strict=True):
        items += [(kind, i % len(brands)) for i in range(c)]
    return [items[int(i)] for i in rng.permutation(len(items))]


def _jpeg(rgb: np.ndarray, quality: int) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def make_sample(
    i: int,
    kind: str,
    k: int,
    photo: Path,
    registered: list[BrandMark],
    unregistered: list[BrandMark],
    seed: int = SEED,
) -> Sample:
    """The i-th composite (its own generator seeded by (seed, i), so any subset is the same)."""
    rng = np.random.default_rng([seed, 3, i])
    rgb = np.asarray(Image.open(photo).convert("RGB"))
    h, w = rgb.shape[:2]
    s = Sample(name=f"{VERSION}-{i:04d}", photo=f"{photo.parent.name}/{photo.name}", jpeg=b"", width=w,
               height=h, kind=kind)  # fmt: skip
    conditions = {
        "rotate": rng.random() < 0.5,
        "perspective": rng.random() < 0.5,
        "transparent": rng.random() < 0.35,
        "photo_ink": rng.random() < 0.5,
        "occlude": rng.random() < 0.3,
    }
    u_size = float(rng.random())
    blur = float(rng.uniform(0.4, 1.2)) if rng.random() < 0.5 else 0.0
    quality = int(rng.integers(55, 93))
    if kind != "clean":
        garment = garment_mask(rgb)
        room = _room(garment)
        # log-uniform up to the roomiest spot of the garment (a print stays on the cloth), 60 px at least
        top = int(np.clip(1.8 * float(room.max()), 60, min(MAX_SIZE, 0.5 * min(h, w))))
        size = int(round(np.exp(np.log(MIN_SIZE) + u_size * np.log(top / MIN_SIZE))))
        if kind == "text":
            pool = [*SLOGANS, *(u.title.upper() for u in unregistered)]
            taken = {_letters(t) for b in registered for t in (b.title, *b.aliases)}
            pool = [t for t in pool if not any(x and x in _letters(t) for x in taken)]
            s.text = pool[int(rng.integers(len(pool)))]
            alpha2x = _text_alpha(s.text, 2 * size, FONTS[int(rng.integers(len(FONTS)))])
            brand_rgb = None if conditions["photo_ink"] else rng.integers(0, 256, 3).astype(np.float32)
        else:
            mark = registered[k] if kind == "positive" else unregistered[k % len(unregistered)]
            s.slug = mark.slug
            alpha2x = mark_alpha(mark.svg, 2 * size)
            brand_rgb = np.array([int(mark.hex[j : j + 2], 16) for j in (0, 2, 4)], np.float32)
        rgb, box, drawn = print_mark(rng, rgb, garment, room, alpha2x, size, brand_rgb, conditions)
        s.size, s.angle, s.perspective = size, drawn["angle"], drawn["perspective"]
        s.opacity, s.ink, s.contrast, s.occluded = (
            drawn["opacity"],
            drawn["ink"],
            drawn["contrast"],
            drawn["occluded"],
        )
        s.extra = {"shading": drawn["shading"]}
        if kind == "positive":
            s.brand, s.box = registered[k].title, box
    if blur:
        rgb = cv2.GaussianBlur(rgb, (0, 0), blur)
    s.blur, s.quality = blur, quality
    s.jpeg = _jpeg(rgb, quality)
    return s


def generate(n: int = N_IMAGES, seed: int = SEED) -> tuple[list[BrandMark], list[Sample]]:
    """(registered brands, the first n composites of the set for `seed`). The first n of a larger set are
    the same images, so a quick run is a subset of the full one. Raises FileNotFoundError without the data,
    ValueError for n larger than the held-out photos."""
    from training.shared_data import photos

    registered, unregistered = pick_brands(seed)
    pool = photos("eval")
    if n > len(pool):
        raise ValueError(f"n={n}: only {len(pool)} held-out photos")
    order = np.random.default_rng([seed, 4]).permutation(len(pool))
    plan = _plan(N_IMAGES if n <= N_IMAGES else n, seed, registered)
    return registered, [
        make_sample(i, kind, k, pool[int(order[i])], registered, unregistered, seed)
        for i, (kind, k) in enumerate(plan[:n])
    ]


def digest(samples: list[Sample]) -> str:
    """SHA-256 (16 hex) of the samples' bytes and truth: equal for equal sets."""
    h = hashlib.sha256()
    for s in samples:
        h.update(s.jpeg)
        h.update(repr((s.name, s.kind, s.brand, s.box)).encode())
    return h.hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="write a few composites by another hand for a look")
    p.add_argument("--n", type=int, default=12)
    p.add_argument("--out", default="/tmp/composites-other")
    args = p.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    _, samples = generate(args.n)
    for s in samples:
        rgb = np.asarray(Image.open(io.BytesIO(s.jpeg)).convert("RGB")).copy()
        if s.box:
            x0, y0, x1, y1 = (int(v) for v in s.box)
            cv2.rectangle(rgb, (x0, y0), (x1, y1), (0, 255, 0), 1)
        label = f"{s.kind} {s.brand or s.slug or s.text or ''} {s.size}px {s.ink} c{s.contrast:.0f} occ{s.occluded:.2f}"
        Image.fromarray(rgb).save(out / f"{s.name}.png")
        print(s.name, s.photo, label)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
