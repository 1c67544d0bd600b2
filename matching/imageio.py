"""Safe image decoding: limits against decompression bombs, odd modes to RGB, per-row errors."""

from __future__ import annotations

import contextlib
import io
import re
import warnings
from dataclasses import dataclass

import numpy as np
from PIL import Image, ImageOps

MIN_SIDE = 16


class ImageRejected(ValueError):
    """The bytes are not an image knockoff can score; the message is the per-row error."""


@dataclass
class Decoded:
    rgb: np.ndarray  # HxWx3 uint8, longer side <= target
    scale: float  # original pixels per decoded pixel
    width: int  # original size
    height: int


def decode(data: bytes | None, target: int = 512, max_pixels: int = 50_000_000) -> Decoded:
    """Decode to RGB with the longer side at most `target`, or raise ImageRejected with a reason."""
    if not data:
        raise ImageRejected("empty image (0 bytes)")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            img = Image.open(io.BytesIO(data))
            w, h = img.size
            if w * h > max_pixels:
                raise ImageRejected(f"too many pixels ({w}x{h} > {max_pixels})")
            if min(w, h) < MIN_SIDE:
                raise ImageRejected(f"image too small ({w}x{h})")
            if img.format == "JPEG":
                img.draft("RGB", (target, target))  # decode at 1/2, 1/4, 1/8 scale when possible
            img.seek(0)  # animated: first frame
            img.load()
    except ImageRejected:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRejected(f"decompression bomb refused ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a per-row error
        detail = re.sub(r" at 0x[0-9a-fA-F]+", "", str(exc))[
            :80
        ]  # no memory addresses: errors stay reproducible
        raise ImageRejected(f"undecodable image ({type(exc).__name__}: {detail})") from exc
    with contextlib.suppress(Exception):  # a broken EXIF block is not worth rejecting the image
        img = ImageOps.exif_transpose(img)
    if img.mode in ("I;16", "I;16B", "I;16L", "I"):
        arr = np.asarray(img, dtype=np.float64)
        peak = arr.max() or 1.0
        img = Image.fromarray((arr / peak * 255).astype(np.uint8), "L")
    if img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info):
        img = img.convert("RGBA")
        bg = Image.new("RGBA", img.size, (255, 255, 255, 255))
        img = Image.alpha_composite(bg, img)
    img = img.convert("RGB")
    dw, dh = img.size
    s = target / max(dw, dh)
    if s < 1:
        img = img.resize((max(1, round(dw * s)), max(1, round(dh * s))), Image.BILINEAR)
    rgb = np.asarray(img, dtype=np.uint8)
    return Decoded(rgb=rgb, scale=max(w / rgb.shape[1], h / rgb.shape[0]), width=w, height=h)
