"""The one way knockoff reads image bytes: the displayed picture, as RGB, within size limits.

Every reader of image bytes goes through this module: matching (`decode`), report thumbnails
(jobs/delivery/thumbs.py, `decode_image`), and the width/height the crawler's image pipeline and
`knockoff ingest` store in the lake (`probe`). They all see the same pixels:

- Frame: the *displayed* frame, as photo viewers and browsers show the image: the EXIF orientation
  (tag 274, values 1-8) is applied, so a 1200x600 JPEG with orientation 6 is 600 wide and 1200 tall.
  Widths, heights and detection boxes in the lake are in this frame (lake.py, DETECTIONS_SCHEMA).
- Mode: palette (with or without transparency), grey, grey+alpha, RGBA, premultiplied alpha,
  16-bit grey (I;16, scaled by 255/65535, not stretched to the image's own range), 32-bit integer
  and float grey, CMYK, YCbCr, and colour-key transparency (a tRNS colour in an L/RGB/I;16 PNG)
  all become 8-bit RGB; transparent pixels are composited on white.
- Animation: the first frame.
- Limits: the pixel count is checked from the header before any pixel is decoded (decompression
  bombs, including Pillow's own DecompressionBombWarning, are refused); failures raise
  `ImageRejected` with a one-line message that callers record as the row's error.
"""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image

MIN_SIDE = 16  # matching: smaller images cannot be scored
MAX_PIXELS = 50_000_000
ORIENTATION_TAG = 0x0112
# EXIF orientation -> the transpose that shows the image upright (as PIL.ImageOps.exif_transpose)
_TRANSPOSE = {
    2: Image.Transpose.FLIP_LEFT_RIGHT,
    3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM,
    5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270,
    7: Image.Transpose.TRANSVERSE,
    8: Image.Transpose.ROTATE_90,
}
_GREY_WIDE = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")


class ImageRejected(ValueError):
    """The bytes are not an image knockoff can read; the message is the per-row error (one line)."""


@dataclass(frozen=True)
class ImageInfo:
    """What the header says, in the displayed frame."""

    format: str  # Pillow format name, e.g. "JPEG"
    mime: str  # e.g. "image/jpeg"
    width: int  # displayed pixels (EXIF orientation applied)
    height: int
    orientation: int  # EXIF orientation 1-8 (1 when absent or invalid)


@dataclass
class Picture:
    """A decoded image: 8-bit RGB in the displayed frame, possibly downscaled."""

    image: Image.Image  # mode "RGB"
    info: ImageInfo

    @property
    def scale(self) -> float:
        """Displayed (full-size) pixels per decoded pixel, >= 1.

        The smaller of the two axes' ratios (they differ by the rounding of the decoded size), so
        a box inside the decoded image, times `scale`, is inside the displayed image.
        """
        w, h = self.image.size
        return min(self.info.width / w, self.info.height / h)


@dataclass
class Decoded:
    """The Matcher's view of an image (see `decode`)."""

    rgb: np.ndarray  # HxWx3 uint8, displayed frame, longer side <= target
    scale: float  # displayed pixels per decoded pixel: a box in `rgb` times scale is in the lake's frame
    width: int  # displayed size (EXIF orientation applied)
    height: int


def _detail(exc: BaseException) -> str:
    # no memory addresses: errors stay byte-identical from run to run
    return re.sub(r" at 0x[0-9a-fA-F]+", "", str(exc)).replace("\n", " ")[:80]


def _orientation(img: Image.Image) -> int:
    with contextlib.suppress(Exception):  # a broken EXIF block is not worth rejecting the image
        value = int(img.getexif().get(ORIENTATION_TAG, 1))
        if 1 <= value <= 8:
            return value
    return 1


def open_image(
    data: bytes | None, max_pixels: int = MAX_PIXELS, min_side: int = 1
) -> tuple[Image.Image, ImageInfo]:
    """Open image bytes lazily (header only, nothing decoded) and check the limits.

    Returns the lazily opened PIL image (stored frame) and its ImageInfo (displayed frame).
    Raises ImageRejected: empty bytes, not an image, too many pixels (`max_pixels`, or Pillow's
    decompression-bomb limit), a side under `min_side`.
    """
    if not data:
        raise ImageRejected("empty image (0 bytes)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(f"decompression bomb refused ({_detail(exc)})") from exc
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a per-row error
        raise ImageRejected(f"undecodable image ({type(exc).__name__}: {_detail(exc)})") from exc
    w, h = img.size
    if w <= 0 or h <= 0 or w * h > max_pixels:
        raise ImageRejected(f"too many pixels ({w}x{h} > {max_pixels})")
    if min(w, h) < min_side:
        raise ImageRejected(f"image too small ({w}x{h})")
    orientation = _orientation(img)
    if orientation >= 5:
        w, h = h, w
    fmt = img.format or ""
    mime = Image.MIME.get(fmt, f"image/{fmt.lower()}" if fmt else "application/octet-stream")
    return img, ImageInfo(fmt, mime, w, h, orientation)


def _grey_wide_to_l(img: Image.Image) -> tuple[Image.Image, Image.Image | None]:
    """16/32-bit integer or float grey -> 8-bit L, plus a colour-key alpha mask when the PNG has one."""
    arr = np.asarray(img)
    if arr.dtype.kind == "f":
        top = 1.0 if float(np.nanmax(arr, initial=0.0)) <= 1.0 else 255.0
        grey = np.nan_to_num(arr / top * 255.0)
    else:
        arr = arr.astype(np.int64)
        # 16-bit samples (I;16, or I holding a 16-bit PNG) scale by 255/65535; 8-bit values stay
        grey = (
            arr * (255.0 / 65535.0) if int(arr.max(initial=0)) > 255 or img.mode.startswith("I;16") else arr
        )
    l_img = Image.fromarray(np.clip(np.rint(grey), 0, 255).astype(np.uint8), "L")
    key = img.info.get("transparency")
    mask = None
    if isinstance(key, int) and not isinstance(key, bool):
        mask = Image.fromarray(np.where(np.asarray(img) == key, 0, 255).astype(np.uint8), "L")
    return l_img, mask


def to_rgb(img: Image.Image) -> Image.Image:
    """Any Pillow mode -> 8-bit RGB, transparent pixels composited on white (see the module doc)."""
    alpha = None
    if img.mode in _GREY_WIDE:
        img, alpha = _grey_wide_to_l(img)
    if img.mode == "1":
        img = img.convert("L")
    if img.mode == "CMYK" or img.mode == "YCbCr" or img.mode == "LAB" or img.mode == "HSV":
        img = img.convert("RGB")
    has_alpha = img.mode in ("RGBA", "LA", "PA", "RGBa", "La") or "transparency" in img.info
    if alpha is not None:
        img = img.convert("RGB")
        img.putalpha(alpha)
    elif has_alpha:
        img = img.convert("RGBA")  # palette/L/RGB colour keys and premultiplied alpha included
    if img.mode == "RGBA":
        white = Image.new("RGBA", img.size, (255, 255, 255, 255))
        return Image.alpha_composite(white, img).convert("RGB")
    return img if img.mode == "RGB" else img.convert("RGB")


def decode_image(
    data: bytes | None, max_side: int | None = None, max_pixels: int = MAX_PIXELS, min_side: int = 1
) -> Picture:
    """Decode image bytes to the displayed picture: RGB, upright, longer side at most `max_side`.

    JPEGs are decoded at 1/2, 1/4 or 1/8 scale when that still gives `max_side` pixels (draft).
    Raises ImageRejected (see `open_image`, plus truncated or corrupt pixel data).
    """
    img, info = open_image(data, max_pixels, min_side)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            if max_side and img.format == "JPEG":
                img.draft(None, (max_side, max_side))
            img.seek(0)  # animated: the first frame
            img.load()
            rgb = to_rgb(img)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(f"decompression bomb refused ({_detail(exc)})") from exc
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a per-row error
        raise ImageRejected(f"undecodable image ({type(exc).__name__}: {_detail(exc)})") from exc
    if info.orientation in _TRANSPOSE:
        rgb = rgb.transpose(_TRANSPOSE[info.orientation])
    if max_side:
        w, h = rgb.size
        s = max_side / max(w, h)
        if s < 1:
            rgb = rgb.resize((max(1, round(w * s)), max(1, round(h * s))), Image.BILINEAR)
    return Picture(rgb, info)


def decode(data: bytes | None, target: int = 512, max_pixels: int = MAX_PIXELS) -> Decoded:
    """The Matcher's decode: RGB array in the displayed frame, longer side at most `target`.

    `scale` maps decoded pixels to displayed full-size pixels (a 1200x600 JPEG with orientation 6
    decodes to 256x512 with scale 2.34). Raises ImageRejected, including for a side under MIN_SIDE.
    """
    pic = decode_image(data, target, max_pixels, MIN_SIDE)
    return Decoded(np.asarray(pic.image, dtype=np.uint8), pic.scale, pic.info.width, pic.info.height)


def probe(data: bytes | None, max_pixels: int = MAX_PIXELS) -> ImageInfo:
    """Check that bytes are a whole, decodable image within limits; its format and displayed size.

    The pixels are decoded (JPEGs at 1/8 scale) to catch truncated or corrupt files.
    Raises ImageRejected with the reason.
    """
    img, info = open_image(data, max_pixels)
    load_reduced(img)
    return info


def load_reduced(img: Image.Image) -> None:
    """Decode an image opened by `open_image` (JPEGs at 1/8 scale) to catch truncated or corrupt
    pixel data. Raises ImageRejected with the reason."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            if img.format == "JPEG":
                img.draft(None, (max(1, img.size[0] // 8), max(1, img.size[1] // 8)))
            img.load()
    except Exception as exc:  # noqa: BLE001
        raise ImageRejected(f"corrupt image data ({type(exc).__name__}: {_detail(exc)})") from exc
