"""One decode for every reader of image bytes (issue 15, cases 1 and 2 and their siblings).

Matching (`imageio.decode`), report thumbnails (`thumbs.make_thumb`) and the width/height the crawler
and `knockoff ingest` store (`crawler.images.validate_image`) must see the same picture: the displayed
frame (EXIF orientation 1-8 applied), every mode as 8-bit RGB with transparency on white.
"""

from __future__ import annotations

import base64
import io

import numpy as np
import pytest
from PIL import Image

from knockoff.crawler.images import ImageRejected as CrawlRejected
from knockoff.crawler.images import validate_image
from knockoff.jobs.delivery.thumbs import make_thumb
from knockoff.matching import imageio
from tests.matching.conftest import background

T = Image.Transpose
# stored = STORE[o](displayed): the inverse of what EXIF orientation o asks a viewer to do
STORE = {
    1: None,
    2: T.FLIP_LEFT_RIGHT,
    3: T.ROTATE_180,
    4: T.FLIP_TOP_BOTTOM,
    5: T.TRANSPOSE,
    6: T.ROTATE_90,
    7: T.TRANSVERSE,
    8: T.ROTATE_270,
}


def exif_jpeg(displayed: Image.Image, orientation: int, quality: int = 92) -> bytes:
    """JPEG bytes that a viewer honouring EXIF shows as `displayed`."""
    stored = displayed.transpose(STORE[orientation]) if STORE[orientation] is not None else displayed
    ex = Image.Exif()
    ex[0x0112] = orientation  # EXIF Orientation
    buf = io.BytesIO()
    stored.save(buf, "JPEG", quality=quality, exif=ex.tobytes())
    return buf.getvalue()


def upright_picture(w: int = 300, h: int = 150) -> Image.Image:
    """An asymmetric picture: a red block top-left, a blue bar at the bottom, on grey."""
    a = np.full((h, w, 3), 128, np.uint8)
    a[: h // 3, : w // 4] = (220, 20, 20)
    a[-h // 6 :, w // 3 :] = (20, 20, 220)
    return Image.fromarray(a)


def thumb_pixels(data: bytes, side: int = 256) -> tuple[np.ndarray, int, int]:
    t = make_thumb(data, side)
    assert t is not None
    im = Image.open(io.BytesIO(base64.b64decode(t.uri.split(",", 1)[1]))).convert("RGB")
    return np.asarray(im), t.width, t.height


def _close(a: np.ndarray, b: np.ndarray, tol: float = 12.0) -> bool:
    return a.shape == b.shape and float(np.abs(a.astype(float) - b.astype(float)).mean()) < tol


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_reader_sees_the_displayed_frame(orientation):
    shown = upright_picture(300, 150)
    data = exif_jpeg(shown, orientation)
    ref = np.asarray(shown)
    pic = imageio.decode_image(data)
    assert pic.info.orientation == orientation
    assert (pic.info.width, pic.info.height) == (300, 150) == pic.image.size
    assert _close(np.asarray(pic.image), ref)
    # matching: downscaled, same frame; thumbnails: same frame; crawler/ingest: same size
    d = imageio.decode(data, 100)
    assert d.rgb.shape == (50, 100, 3) and (d.width, d.height) == (300, 150) and d.scale == 3.0
    assert _close(d.rgb, np.asarray(shown.resize((100, 50), Image.BILINEAR)), 16)
    px, tw, th = thumb_pixels(data, 120)
    assert (tw, th) == (300, 150) and px.shape == (60, 120, 3)
    assert _close(px, np.asarray(shown.resize((120, 60), Image.BILINEAR)), 16)
    assert validate_image(data, "image/jpeg", 10**7, 10**7) == ("image/jpeg", 300, 150)


def test_reported_case_orientation_6_scale():
    """1200x600 stored, orientation 6: displayed 600x1200; at a 512 px long side the scale is 2.34."""
    data = exif_jpeg(Image.fromarray(background(1, 1200, 600)), 6)
    assert Image.open(io.BytesIO(data)).size == (1200, 600)  # as stored
    d = imageio.decode(data, 512)
    assert d.rgb.shape == (512, 256, 3)
    assert (d.width, d.height) == (600, 1200)
    assert d.scale == pytest.approx(2.34375)


def test_scale_keeps_boxes_inside():
    """Rounded decoded sizes: the full decoded image, times scale, stays inside the displayed image."""
    for w, h in [(1203, 601), (601, 1203), (999, 998), (513, 17)]:
        d = imageio.decode(_png(np.full((h, w, 3), 90, np.uint8)), 512)
        dh, dw = d.rgb.shape[:2]
        assert dw * d.scale <= w + 1e-6 and dh * d.scale <= h + 1e-6
        assert dw * d.scale >= w - d.scale and dh * d.scale >= h - d.scale  # within a decoded pixel


def _png(a: np.ndarray, mode: str | None = None, **kw) -> bytes:
    buf = io.BytesIO()
    (Image.fromarray(a, mode) if mode else Image.fromarray(a)).save(buf, "PNG", **kw)
    return buf.getvalue()


def _save(img: Image.Image, fmt: str = "PNG", **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def _logo_mask(h: int = 64, w: int = 96) -> np.ndarray:
    m = np.zeros((h, w), bool)
    m[16:48, 24:72] = True
    return m


def transparent_black_logo_variants() -> dict[str, bytes]:
    """The same picture (a black logo, transparent around it) in every mode that can carry it."""
    m = _logo_mask()
    rgba = np.zeros((*m.shape, 4), np.uint8)
    rgba[m, 3] = 255
    p = Image.new("P", (m.shape[1], m.shape[0]), 1)
    p.putpalette([0, 0, 0, 77, 77, 77] + [0] * 762)
    p.paste(0, (24, 16, 72, 48))
    pa_bytes = bytes([255, 0]) + bytes(254)  # palette entry 1 fully transparent
    grey16 = np.where(m, 0, 4242).astype(np.uint16)
    return {
        "RGBA": _png(rgba, "RGBA"),
        "LA": _save(Image.fromarray(rgba, "RGBA").convert("LA")),
        "P+tRNS index": _save(p, transparency=1),
        "P+tRNS alpha table": _save(p, transparency=pa_bytes),
        "L colour key": _png(np.where(m, 0, 99).astype(np.uint8), "L", transparency=99),
        "RGB colour key": _png(
            np.dstack([np.where(m, 0, 99).astype(np.uint8)] * 3), transparency=(99, 99, 99)
        ),
        "I;16 colour key": _png(grey16, transparency=4242),
        "GIF transparency": _save(p, "GIF", transparency=1),
        "WEBP alpha": _save(Image.fromarray(rgba, "RGBA"), "WEBP", lossless=True),
    }


@pytest.mark.parametrize("name", list(transparent_black_logo_variants()))
def test_transparency_composited_on_white_everywhere(name):
    data = transparent_black_logo_variants()[name]
    m = _logo_mask()
    want = np.where(m[..., None], 0, 255).astype(np.uint8).repeat(3, axis=2)
    got = np.asarray(imageio.decode_image(data).image)
    assert np.array_equal(got, want), name
    assert np.array_equal(imageio.decode(data, 512).rgb, want)
    px, w, h = thumb_pixels(data)
    assert (w, h) == (96, 64) and _close(px, want, 6)  # JPEG thumbnail: logo visible on white
    assert px[32, 48].max() < 60 and px[4, 4].min() > 200


def test_bit_depth_and_colour_modes_same_picture():
    rgb = background(3, 120, 160)
    grey = np.asarray(Image.fromarray(rgb).convert("L"))
    g16 = grey.astype(np.uint16) * 257  # the same grey levels in 16 bits
    cases = {
        "L": (_png(grey), grey),
        "I;16": (_png(g16), grey),  # 16-bit grey: scaled by 255/65535, not stretched to its own range
        "I;16 dark": (_png((g16 // 4).astype(np.uint16)), np.rint((g16 // 4).astype(float) * 255 / 65535)),
        "1-bit": (_save(Image.fromarray(grey > 128)), np.where(grey > 128, 255, 0)),
        "CMYK JPEG": (_save(Image.fromarray(rgb).convert("CMYK"), "JPEG", quality=95), rgb),
        "TIFF CMYK": (_save(Image.fromarray(rgb).convert("CMYK"), "TIFF"), rgb),
        "palette": (_save(Image.fromarray(rgb).convert("P", palette=Image.Palette.ADAPTIVE)), rgb),
    }
    for name, (data, want) in cases.items():
        got = np.asarray(imageio.decode_image(data).image).astype(float)
        want3 = np.asarray(want, float)
        want3 = want3[..., None].repeat(3, axis=2) if want3.ndim == 2 else want3
        assert got.shape == want3.shape, name
        assert np.abs(got - want3).mean() < 6, name


def test_limits_are_one_line_errors():
    from tests.matching.test_bad_images import jpeg_claiming, png_bomb

    for data, words in [
        (png_bomb(), "decompression bomb|too many pixels"),
        (jpeg_claiming(), "decompression bomb|too many pixels"),
        (b"", "empty"),
        (b"<html>", "undecodable"),
    ]:
        with pytest.raises(imageio.ImageRejected, match=words) as exc:
            imageio.decode_image(data)
        assert "\n" not in str(exc.value)
        assert make_thumb(data) is None
        with pytest.raises(CrawlRejected):
            validate_image(data, None, 10**8, imageio.MAX_PIXELS)
    with pytest.raises(imageio.ImageRejected, match="too small"):
        imageio.decode(_png(np.zeros((8, 40, 3), np.uint8)))
    with pytest.raises(imageio.ImageRejected, match="too many pixels"):
        imageio.decode_image(_png(np.zeros((100, 100, 3), np.uint8)), max_pixels=9999)
    good = _save(Image.fromarray(background(4, 200, 300)), "JPEG")
    with pytest.raises(imageio.ImageRejected, match="corrupt"):
        imageio.probe(good[: len(good) // 2])


def test_broken_or_odd_exif_is_upright():
    shown = upright_picture(90, 60)
    for value in (0, 9, 65535):
        ex = Image.Exif()
        ex[imageio.ORIENTATION_TAG] = value
        data = _save(shown, "JPEG", quality=95, exif=ex.tobytes())
        info = imageio.decode_image(data).info
        assert (info.orientation, info.width, info.height) == (1, 90, 60)
