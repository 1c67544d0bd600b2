"""Rendering a brand's marks: PNG/JPEG/SVG to RGBA at a given size, and colour variants."""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np
from PIL import Image


def _rasterise_svg(svg_text: str, size: int, width: int | None = None) -> Image.Image:
    """The SVG rendered `width` px wide (default: twice `size`, at least 64) as a PIL RGBA image."""
    import resvg_py

    png = bytes(resvg_py.svg_to_bytes(svg_string=svg_text, width=width or max(64, size * 2)))
    return Image.open(io.BytesIO(png)).convert("RGBA")


CHECK_SIDE = 16  # px: an SVG is rasterised this small to check that it renders (resvg 0.23 ms vs 4 ms at 128)


def check_mark(path: Path) -> None:
    """Raise where the mark file does not decode: an SVG that resvg cannot render (rasterised at CHECK_SIDE px:
    parsing is the same at any size, so 1,000 brands load in about 0.5 s instead of 5), a raster that PIL
    cannot read whole. Any exception of the decoders propagates (matching/brands.py turns it into a
    ConfigError)."""
    data = path.read_bytes()
    if path.suffix.lower() == ".svg":
        _rasterise_svg(data.decode("utf-8"), CHECK_SIDE, width=CHECK_SIDE)
    else:
        with Image.open(io.BytesIO(data)) as img:
            img.load()
            img.convert("RGBA")


def crop_resize(img: Image.Image, size: int, band: str | None = None) -> np.ndarray:
    """RGBA uint8 H x W x 4 of `img` (an RGBA image) cropped to its visible pixels (alpha > 0), longer side
    `size` px (Lanczos); with `band`, that band alone, H x W. For "A" that is the whole result's alpha to the
    bit at about a quarter of the work (Pillow resamples each band with the same weights, RGBA's colour bands
    premultiplied by alpha, its alpha as is); shape templates need nothing else."""
    bbox = img.getchannel("A").getbbox()
    if band is not None:
        img = img.getchannel(band)
    if bbox:
        img = img.crop(bbox)
    w, h = img.size
    scale = size / max(w, h)
    img = img.resize((max(1, round(w * scale)), max(1, round(h * scale))), Image.LANCZOS)
    return np.asarray(img)


def render_svg(svg_text: str, size: int) -> np.ndarray:
    """An SVG as RGBA uint8 with its longer side `size` px, cropped to the drawn pixels."""
    return crop_resize(_rasterise_svg(svg_text, size), size)


def mark_source(path: Path, size: int, data: bytes | None = None) -> Image.Image:
    """The mark file as a PIL RGBA image from which `crop_resize` gives it at any longer side up to `size` px:
    an SVG rasterised at twice that side (resvg), a raster as stored. An opaque raster's near-white
    (all channels > 240) is made transparent: its background. `data`: the file's bytes, read earlier (the
    file is then not opened; `path` gives its format)."""
    data = path.read_bytes() if data is None else data
    if path.suffix.lower() == ".svg":
        img = _rasterise_svg(data.decode("utf-8"), size)
    else:
        img = Image.open(io.BytesIO(data))
        img.load()
        img = img.convert("RGBA")
    if img.getchannel("A").getextrema()[0] == 255:  # opaque raster: treat near-white as background
        arr = np.asarray(img).copy()
        light = arr[..., :3].min(axis=2) > 240
        arr[light, 3] = 0
        img = Image.fromarray(arr, "RGBA")
    return img


def load_mark_rgba(path: Path, size: int) -> np.ndarray:
    """The mark as RGBA uint8 with its longer side `size` px (SVG rendered, rasters resized)."""
    return crop_resize(mark_source(path, size), size)


# A photo crop registered as a mark (an embroidered or printed logo cut from a product photo; `is_photo_crop`: a
# raster file without transparency of its own) carries its cloth.
# Where the crop's border is one colour, that colour is its background (`border_matte`): the mark's outline is
# then known, so it also gets silhouette templates and shape verification, which do not depend on the colours
# it was photographed in. real-logos development half (40 brands registered, 7 of the 45 references matted),
# model v20 -> v21: mAP 0.9009 -> 0.9011, top-1 0.8537 -> 0.8546 (Armani 0.797 -> 0.807; Uniqlo, not matted,
# 0.877 -> 0.867); replacing the crop by its matte instead of adding to it 0.8997 / 0.8508 (Hugo Boss's shop
# sign 0.909 -> 0.866: the wall round it was evidence); the matte's own colours as one more template 0.9010.
# Tried after, on the same half, and not kept: where the border is not one colour, OpenCV's GrabCut (Rother et
# al. 2004) started from the crop less its ring (3 development and 7 held-out references matted so) 0.9001 /
# 0.8537 (American Eagle 0.865 -> 0.848); shape verification also of crops whose near-white was cleared (the
# crops that already get "black" templates) 0.9009 / 0.8546.
OPAQUE_COVER = 0.9  # a mark whose alpha (> 8) covers this share of its box is an opaque photo crop
BORDER_RING = 2  # px: the crop's outer rows and columns that sample its background
BORDER_SPREAD = 40.0  # RGB distance: the ring's 90th-percentile distance to its median above this: no matte
MATTE_SOFT = 30.0  # RGB distance over which alpha ramps from 0 to 1 past the background's own spread
MATTE_SHARE = (0.05, 0.85)  # the share of the crop the mark must cover (alpha >= 0.5) for the matte to count


def is_photo_crop(path: Path, data: bytes | None = None) -> bool:
    """Whether a mark file is a raster with no transparency of its own (every pixel opaque): a photo crop, the
    only kind of mark whose border is matted (`border_matte`). SVGs, and rasters with an alpha channel that
    hides anything or a transparent colour, draw their own outline. `data`: the file's bytes, read earlier."""
    if path.suffix.lower() == ".svg":
        return False
    with Image.open(io.BytesIO(path.read_bytes() if data is None else data)) as img:
        if "transparency" in img.info:
            return False
        return "A" not in img.getbands() or img.getchannel("A").getextrema()[0] == 255


def border_matte(rgb: np.ndarray) -> np.ndarray | None:
    """Alpha (H x W uint8) of a photo crop's mark against its background, taken to be the colour of the crop's
    border ring (BORDER_RING px; its median), as chroma keying does with a known backdrop colour: 0 within
    max(20, 1.5 x the ring's spread) of that colour, ramping to 255 over MATTE_SOFT, values under 8 cleared.
    None where the border is not one colour (90th-percentile distance to the median above BORDER_SPREAD) or the
    mark would cover less or more of the crop than MATTE_SHARE. `rgb`: H x W x 3 uint8, H and W >= 2 x
    BORDER_RING + 1; ValueError for another shape."""
    if rgb.ndim != 3 or rgb.shape[2] != 3 or min(rgb.shape[:2]) <= 2 * BORDER_RING:
        raise ValueError(
            f"border_matte needs an H x W x 3 image larger than its border ring, got {rgb.shape}"
        )
    f = rgb.astype(np.float32)
    r = BORDER_RING
    ring = np.concatenate(
        [f[:r].reshape(-1, 3), f[-r:].reshape(-1, 3), f[:, :r].reshape(-1, 3), f[:, -r:].reshape(-1, 3)]
    )
    med = np.median(ring, axis=0)
    spread = float(np.percentile(np.linalg.norm(ring - med, axis=1), 90))
    if spread > BORDER_SPREAD:
        return None
    a = np.clip((np.linalg.norm(f - med, axis=2) - max(20.0, 1.5 * spread)) / MATTE_SOFT, 0.0, 1.0)
    if not MATTE_SHARE[0] <= float((a >= 0.5).mean()) <= MATTE_SHARE[1]:
        return None
    alpha = (a * 255).round().astype(np.uint8)
    alpha[alpha < 8] = 0
    return alpha


def matted(rgba: np.ndarray) -> np.ndarray | None:
    """An opaque photo crop (H x W x 4 uint8) with its `border_matte` as alpha, cut to the mark's visible pixels;
    None where the border gives no matte or the crop is too thin to have a border ring and a middle (a long
    wordmark at the smallest template size)."""
    if min(rgba.shape[:2]) <= 2 * BORDER_RING:
        return None
    alpha = border_matte(np.ascontiguousarray(rgba[..., :3]))
    if alpha is None:
        return None
    ys, xs = np.nonzero(alpha)
    out = np.concatenate([rgba[..., :3], alpha[..., None]], axis=2)
    return out[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]


def variants(rgba: np.ndarray) -> dict[str, np.ndarray]:
    """Colour variants of a mark (alpha kept): as registered, grey, inverted grey, black and white silhouettes."""
    rgb, a = rgba[..., :3], rgba[..., 3:]
    lum = (rgb.astype(np.float32) @ np.float32([0.299, 0.587, 0.114])).round().astype(np.uint8)[..., None]
    out = {"orig": rgba}
    out["grey"] = np.concatenate([np.repeat(lum, 3, axis=2), a], axis=2)
    out["grey_inverted"] = np.concatenate([np.repeat(255 - lum, 3, axis=2), a], axis=2)
    out["black"] = np.concatenate([np.zeros_like(rgb), a], axis=2)
    out["white"] = np.concatenate([np.full_like(rgb, 255), a], axis=2)
    out["inverted"] = np.concatenate([255 - rgb, a], axis=2)
    return out


def on_background(rgba: np.ndarray, pad: int, colour: tuple[int, int, int]) -> np.ndarray:
    """Composite the mark on a plain background with `pad` px of margin (RGB uint8)."""
    h, w = rgba.shape[:2]
    canvas = np.empty((h + 2 * pad, w + 2 * pad, 3), np.float32)
    canvas[:] = colour
    alpha = rgba[..., 3:4].astype(np.float32) / 255.0
    region = canvas[pad : pad + h, pad : pad + w]
    canvas[pad : pad + h, pad : pad + w] = region * (1 - alpha) + rgba[..., :3].astype(np.float32) * alpha
    return canvas.round().astype(np.uint8)
