"""Fixtures for matching tests: synthetic marks drawn with OpenCV (no shared data needed) and one Matcher."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import cv2
import numpy as np
import pyarrow as pa
import pytest
import yaml
from PIL import Image

SVG_MARK = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">
<path fill="#1a4fd8" d="M2 2h9v9H2z M13 2l9 9h-9z M2 13h9l-9 9z M17.5 13a4.5 4.5 0 1 1 0 9a4.5 4.5 0 0 1 0-9z"/>
</svg>
"""


def draw_mark(size: int = 256) -> np.ndarray:
    """A distinctive synthetic logo (RGBA): ring, star, bars and a triangle, on transparency."""
    img = np.zeros((size, size, 4), np.uint8)
    s = size / 256
    red, dark = (200, 30, 40, 255), (20, 20, 90, 255)
    cv2.circle(img, (int(128 * s), int(128 * s)), int(118 * s), red, max(2, int(16 * s)), cv2.LINE_AA)
    star = [
        [
            128 + 80 * np.cos(a) * (1 if i % 2 == 0 else 0.42),
            128 + 80 * np.sin(a) * (1 if i % 2 == 0 else 0.42),
        ]
        for i, a in enumerate(np.linspace(-np.pi / 2, 1.5 * np.pi, 11)[:-1])
    ]
    cv2.fillPoly(img, [(np.array(star) * s).astype(np.int32)], dark, cv2.LINE_AA)
    for k in range(3):
        x = int((40 + 18 * k) * s)
        cv2.rectangle(img, (x, int(180 * s)), (x + int(10 * s), int(220 * s)), red, -1)
    tri = np.array([[180, 175], [225, 175], [202, 222]]) * s
    cv2.fillPoly(img, [tri.astype(np.int32)], dark, cv2.LINE_AA)
    return img


def png_bytes(arr: np.ndarray, mode: str | None = None) -> bytes:
    buf = io.BytesIO()
    (Image.fromarray(arr, mode) if mode else Image.fromarray(arr)).save(buf, format="PNG")
    return buf.getvalue()


def jpeg_bytes(rgb: np.ndarray, quality: int = 88) -> bytes:
    buf = io.BytesIO()
    Image.fromarray(rgb).save(buf, format="JPEG", quality=quality)
    return buf.getvalue()


def background(seed: int, h: int = 480, w: int = 400) -> np.ndarray:
    """A fabric-like photo stand-in: smooth colour field, weave texture, a garment-shaped blob."""
    rng = np.random.default_rng(seed)
    base = rng.integers(40, 215, 3).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    shade = 0.85 + 0.3 * (yy / h) * (xx / w)
    img = base[None, None, :] * shade[..., None]
    weave = 10 * np.sin(xx * 0.9) * np.sin(yy * 0.9)
    img += weave[..., None] + cv2.GaussianBlur(rng.normal(0, 18, (h, w, 3)).astype(np.float32), (0, 0), 1.2)
    body = np.zeros((h, w), np.uint8)
    cv2.ellipse(body, (w // 2, h // 2), (w // 3, h // 2 - 20), 0, 0, 360, 255, -1)
    other = rng.integers(40, 215, 3).astype(np.float32)
    img[body > 0] = img[body > 0] * 0.4 + other * 0.6
    return np.clip(img, 0, 255).astype(np.uint8)


def plant(bg: np.ndarray, mark: np.ndarray, size: int, xy: tuple[int, int], angle: float = 0.0):
    """Paste the mark (longer side `size`, rotated) at xy; returns (rgb, truth box)."""
    m = cv2.resize(mark, (size, size), interpolation=cv2.INTER_AREA)
    if angle:
        pad = size // 3
        m = cv2.copyMakeBorder(m, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=(0, 0, 0, 0))
        R = cv2.getRotationMatrix2D((m.shape[1] / 2, m.shape[0] / 2), angle, 1.0)
        m = cv2.warpAffine(m, R, (m.shape[1], m.shape[0]))
        ys, xs = np.nonzero(m[..., 3] > 8)
        m = m[ys.min() : ys.max() + 1, xs.min() : xs.max() + 1]
    x, y = xy
    h, w = m.shape[:2]
    out = bg.astype(np.float32).copy()
    a = m[..., 3:4].astype(np.float32) / 255
    out[y : y + h, x : x + w] = out[y : y + h, x : x + w] * (1 - a) + m[..., :3] * a
    return out.astype(np.uint8), (float(x), float(y), float(x + w), float(y + h))


def images_table(blobs: list[bytes | None], shas: list[str] | None = None) -> pa.Table:
    shas = shas or [hashlib.sha256(b or b"").hexdigest() for b in blobs]
    return pa.table({"image_sha256": shas, "bytes": pa.array(blobs, pa.binary())})


@pytest.fixture(scope="session")
def marks_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """brands.yaml with a PNG brand (drawn here), an SVG brand, and the mark files."""
    d = tmp_path_factory.mktemp("brands")
    (d / "marks").mkdir()
    (d / "marks" / "starling.png").write_bytes(png_bytes(draw_mark(256)))
    (d / "marks" / "quadra.svg").write_text(SVG_MARK, encoding="utf-8")
    doc = {
        "brands": [
            {
                "name": "Starling",
                "marks": ["marks/starling.png"],
                "keywords": ["starling"],
                "aliases": ["Starling Sports"],
                "price_floor": 60.0,
                "authorized_sellers": ["starling-official"],
            },
            {"name": "Quadra", "marks": ["marks/quadra.svg"], "keywords": ["quadra"], "price_floor": 30.0},
        ]
    }
    (d / "brands.yaml").write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    return d


@pytest.fixture(scope="session")
def brands(marks_dir: Path):
    from knockoff.matching.brands import load_brands

    return load_brands(marks_dir / "brands.yaml")


@pytest.fixture(scope="session")
def matcher(brands):
    """One CPU Matcher for the session (OCR off: the logo path is what these tests exercise)."""
    from knockoff.config import MatchConfig
    from knockoff.matching.engine import Matcher

    return Matcher(brands, MatchConfig(ocr=False, device="cpu"), device="cpu")


def brand_best_by_image(rows: list[dict], brand: str) -> dict[str, float]:
    """image_sha256 -> the best `score` of `brand`'s detection rows in that image."""
    best: dict[str, float] = {}
    for r in rows:
        if r["brand"] == brand:
            best[r["image_sha256"]] = max(best.get(r["image_sha256"], 0.0), r["score"])
    return best


def best_rows_off_and_on(off, on, blob: bytes, brand: str) -> tuple[dict, dict]:
    """`brand`'s best detection row on one image from two Matchers that differ by one knob, after checking
    that their model versions differ and that neither reports an error for the image."""
    assert off.model_version != on.model_version
    table = images_table([blob], ["one"])
    out = []
    for m in (off, on):
        rows, errors = m.detect(table)
        assert errors.num_rows == 0, errors.to_pylist()
        out.append(max((r for r in rows.to_pylist() if r["brand"] == brand), key=lambda r: r["score"]))
    return out[0], out[1]


def knob_matcher(brands, ocr: bool = False, **knobs):
    """A CPU Matcher with these match.detect `knobs` (OCR off unless asked)."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    return Matcher(brands, MatchConfig(ocr=ocr, device="cpu", detect=DetectConfig(**knobs)), device="cpu")


def small_print_jpeg(seed: int, size: int, xy: tuple[int, int]) -> tuple[bytes, tuple[float, ...]]:
    """A `size` px print of the drawn mark at `xy` in a 640 x 480 photo stand-in (JPEG bytes), and its box."""
    rgb, box = plant(background(seed, 480, 640), draw_mark(256), size, xy)
    return jpeg_bytes(rgb), box
