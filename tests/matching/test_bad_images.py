"""Bad image bytes never raise: each row is scored or gets a one-line error (decompression-bomb safe)."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
from PIL import Image

from tests.matching.conftest import background, images_table, jpeg_bytes, png_bytes


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bomb(side: int = 20000) -> bytes:
    """A valid 1-bit PNG of side x side pixels that is ~50 KB on disk (400 megapixels decoded)."""
    row = b"\x00" + b"\x00" * ((side + 7) // 8)
    ihdr = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)
    comp = zlib.compressobj(9)
    idat = b"".join(comp.compress(row) for _ in range(side)) + comp.flush()
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def jpeg_claiming(side: int = 20000) -> bytes:
    """A small JPEG whose frame header (SOF0) claims side x side pixels."""
    data = bytearray(jpeg_bytes(background(5, 64, 64)))
    i = data.index(b"\xff\xc0")
    data[i + 5 : i + 9] = struct.pack(">HH", side, side)
    return bytes(data)


def _save(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, format=fmt, **kw)
    return buf.getvalue()


def bad_and_odd_images() -> tuple[dict[str, bytes | None], set[str], set[str]]:
    rgb = background(3, 300, 240)
    good_jpeg = jpeg_bytes(rgb)
    frames = [Image.fromarray(background(k, 120, 100)) for k in range(3)]
    anim = io.BytesIO()
    frames[0].save(anim, format="GIF", save_all=True, append_images=frames[1:], duration=80, loop=0)
    wide16 = (np.linspace(0, 65535, 200 * 160).reshape(160, 200)).astype(np.uint16)
    blobs: dict[str, bytes | None] = {
        "zero_byte": b"",
        "null": None,
        "corrupt": b"\xff\xd8\xff\xe0" + bytes(range(256)) * 8,
        "text": b"<html>not an image</html>",
        "truncated": good_jpeg[: len(good_jpeg) // 3],
        "one_pixel": png_bytes(np.zeros((1, 1, 3), np.uint8)),
        "png_bomb_20000": png_bomb(),
        "jpeg_header_20000": jpeg_claiming(),
        "cmyk_jpeg": _save(Image.fromarray(rgb).convert("CMYK"), "JPEG", quality=90),
        "png16": _save(Image.fromarray(wide16), "PNG"),
        "animated_gif": anim.getvalue(),
        "rgba_png": png_bytes(np.dstack([rgb, np.full(rgb.shape[:2], 200, np.uint8)])),
        "grey_png": png_bytes(rgb[..., 0]),
        "good_jpeg": good_jpeg,
    }
    must_fail = {"zero_byte", "null", "corrupt", "text", "one_pixel", "png_bomb_20000", "jpeg_header_20000"}
    must_score = {"cmyk_jpeg", "png16", "animated_gif", "rgba_png", "grey_png", "good_jpeg"}
    return blobs, must_fail, must_score


def test_bad_images_get_per_row_errors(matcher) -> None:
    blobs, must_fail, must_score = bad_and_odd_images()
    names = list(blobs)
    shas = [f"{k:02d}-{n}" for k, n in enumerate(names)]  # ids only need to be unique here
    det, err = matcher.detect(images_table(list(blobs.values()), shas))
    errors = dict(zip(err.column("image_sha256").to_pylist(), err.column("error").to_pylist(), strict=True))
    scored = set(det.column("image_sha256").to_pylist())
    for sha, name in zip(shas, names, strict=True):
        assert (sha in errors) != (sha in scored), f"{name}: must be either scored or an error row"
        if name in must_fail:
            assert sha in errors, f"{name} should be rejected"
            assert errors[sha] and "\n" not in errors[sha]
        if name in must_score:
            assert sha in scored, f"{name} should be scored, got error {errors.get(sha)!r}"
    assert err.schema.names == ["image_sha256", "error"]


def test_empty_batch(matcher) -> None:
    det, err = matcher.detect(images_table([], []))
    assert det.num_rows == 0 and err.num_rows == 0
    from knockoff.lake import DETECTIONS_SCHEMA

    assert det.schema.equals(DETECTIONS_SCHEMA)
