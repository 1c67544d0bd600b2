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


def crop_resize(img: Image.Image, size: int) -> np.ndarray:
    """RGBA uint8 H x W x 4 of `img` cropped to its visible pixels (alpha > 0), longer side `size` px
    (Lanczos)."""
    bbox = img.getchannel("A").getbbox()
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
