"""Procedural product photos: garment/shoe/bag silhouettes with fabric texture on a backdrop.

Everything is drawn with numpy and OpenCV from a seeded generator, so a photo is a pure function
of its seed. `plant_mark` pastes a brand mark the way counterfeits carry it: on the product,
in perspective, scaled, slightly blurred and modulated by the fabric's shading.
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

KINDS = ["t-shirt", "hoodie", "jacket", "sneakers", "bag", "cap"]

PALETTE = [
    (30, 30, 34),
    (235, 235, 230),
    (120, 20, 30),
    (20, 50, 110),
    (60, 100, 60),
    (200, 170, 120),
    (90, 90, 95),
    (230, 200, 40),
    (170, 60, 140),
    (40, 140, 160),
    (210, 110, 60),
    (150, 150, 160),
]

# Outlines in a unit square (x right, y down) and the region where a chest/side logo sits.
_SHAPES: dict[str, tuple[list[tuple[float, float]], tuple[float, float, float, float]]] = {
    "t-shirt": (
        [
            (0.32, 0.12),
            (0.42, 0.10),
            (0.5, 0.16),
            (0.58, 0.10),
            (0.68, 0.12),
            (0.90, 0.28),
            (0.80, 0.40),
            (0.72, 0.34),
            (0.72, 0.90),
            (0.28, 0.90),
            (0.28, 0.34),
            (0.20, 0.40),
            (0.10, 0.28),
        ],
        (0.34, 0.24, 0.66, 0.62),
    ),
    "hoodie": (
        [
            (0.36, 0.10),
            (0.5, 0.04),
            (0.64, 0.10),
            (0.70, 0.16),
            (0.86, 0.30),
            (0.94, 0.86),
            (0.82, 0.88),
            (0.74, 0.44),
            (0.72, 0.92),
            (0.28, 0.92),
            (0.26, 0.44),
            (0.18, 0.88),
            (0.06, 0.86),
            (0.14, 0.30),
            (0.30, 0.16),
        ],
        (0.34, 0.28, 0.66, 0.64),
    ),
    "jacket": (
        [
            (0.38, 0.10),
            (0.5, 0.14),
            (0.62, 0.10),
            (0.84, 0.22),
            (0.94, 0.84),
            (0.82, 0.86),
            (0.74, 0.40),
            (0.74, 0.92),
            (0.26, 0.92),
            (0.26, 0.40),
            (0.18, 0.86),
            (0.06, 0.84),
            (0.16, 0.22),
        ],
        (0.54, 0.26, 0.72, 0.52),
    ),
    "sneakers": (
        [
            (0.08, 0.58),
            (0.14, 0.40),
            (0.30, 0.36),
            (0.46, 0.30),
            (0.56, 0.34),
            (0.70, 0.46),
            (0.88, 0.52),
            (0.94, 0.62),
            (0.92, 0.70),
            (0.08, 0.70),
        ],
        (0.30, 0.42, 0.66, 0.64),
    ),
    "bag": (
        [(0.16, 0.34), (0.84, 0.34), (0.90, 0.88), (0.10, 0.88)],
        (0.30, 0.44, 0.70, 0.80),
    ),
    "cap": (
        [
            (0.18, 0.60),
            (0.22, 0.40),
            (0.34, 0.28),
            (0.5, 0.24),
            (0.66, 0.28),
            (0.78, 0.40),
            (0.82, 0.60),
            (0.96, 0.66),
            (0.90, 0.72),
            (0.18, 0.70),
        ],
        (0.36, 0.34, 0.64, 0.58),
    ),
}


@dataclass
class Photo:
    """A drawn product photo (RGB) and where a logo may be placed on the product."""

    rgb: np.ndarray
    mask: np.ndarray  # uint8 product mask
    logo_region: tuple[int, int, int, int]  # x0, y0, x1, y1 in pixels


_BANK: list[np.ndarray] = []


def _noise(rng: np.random.Generator, h: int, w: int, sigma: float) -> np.ndarray:
    """Gaussian noise: a random window of a fixed noise bank (much cheaper than fresh noise)."""
    if not _BANK:
        _BANK.append(np.random.default_rng(12345).standard_normal((1024, 1024), dtype=np.float32))
    bank = _BANK[0]
    y, x = int(rng.integers(0, bank.shape[0] - h + 1)), int(rng.integers(0, bank.shape[1] - w + 1))
    win = bank[y : y + h, x : x + w]
    if rng.random() < 0.5:
        win = win.T[:h, :w] if h == w else win[::-1]
    return win * np.float32(sigma)


def _soft(mask: np.ndarray, sigma: float) -> np.ndarray:
    """A wide blur of a uint8 mask to 0..1 floats, computed at quarter resolution."""
    h, w = mask.shape
    small = cv2.resize(mask, (w // 4, h // 4), interpolation=cv2.INTER_AREA).astype(np.float32) / 255
    return cv2.resize(cv2.GaussianBlur(small, (0, 0), sigma / 4), (w, h), interpolation=cv2.INTER_LINEAR)


def _backdrop(rng: np.random.Generator, h: int, w: int) -> np.ndarray:
    style = int(rng.integers(0, 3))
    base = rng.integers(180, 250, size=3).astype(np.float32)
    if style == 0:  # studio gradient
        t = np.linspace(0, 1, h, dtype=np.float32)[:, None, None]
        img = base * (1.0 - 0.25 * t) + np.zeros((h, w, 3), np.float32)
    elif style == 1:  # wood-like planks
        x = np.arange(w, dtype=np.float32)[None, :]
        y = np.arange(h, dtype=np.float32)[:, None]
        grain = np.sin(x / rng.uniform(3, 7) + 4 * np.sin(y / rng.uniform(20, 60))) * 12
        planks = ((x // rng.integers(60, 120)) % 2) * 10
        wood = np.array([150, 110, 70], np.float32) + rng.uniform(-20, 20, 3).astype(np.float32)
        img = wood + (grain + planks)[..., None] + np.zeros((h, w, 3), np.float32)
    else:  # fabric/paper noise
        noise = cv2.GaussianBlur(_noise(rng, h, w, 12), (0, 0), 2.0)
        img = base + noise[..., None]
    return img


def _fabric(rng: np.random.Generator, h: int, w: int, colour: np.ndarray) -> np.ndarray:
    pattern = int(rng.integers(0, 5))
    fine = _noise(rng, h, w, 7)
    tex = cv2.GaussianBlur(fine, (0, 0), 0.8)
    if pattern == 1:  # stripes
        period = int(rng.integers(10, 30))
        y = np.arange(h)[:, None]
        tex = tex + np.where((y // period) % 2 == 0, 0.0, -35.0).astype(np.float32)
    elif pattern == 2:  # checks
        period = int(rng.integers(16, 40))
        y, x = np.arange(h)[:, None], np.arange(w)[None, :]
        tex = tex + (((y // period) + (x // period)) % 2 * -25.0).astype(np.float32)
    elif pattern == 3:  # heather
        tex = tex + cv2.GaussianBlur(_noise(rng, h, w, 14), (0, 0), 1.5)
    return colour[None, None, :] + tex[..., None]


def _extras(mask: np.ndarray, kind: str, ox: float, oy: float, side: float) -> None:
    """Parts a polygon draws badly: a hoodie's hood, a bag's handle, a cap's button."""

    def at(x: float, y: float) -> tuple[int, int]:
        return (round(ox + x * side), round(oy + y * side))

    def size(a: float, b: float) -> tuple[int, int]:
        return (max(1, round(a * side)), max(1, round(b * side)))

    if kind == "hoodie":
        cv2.ellipse(mask, at(0.5, 0.12), size(0.15, 0.11), 0, 0, 360, 255, -1, cv2.LINE_AA)
    elif kind == "bag":
        cv2.ellipse(
            mask, at(0.5, 0.34), size(0.22, 0.2), 0, 180, 360, 255, max(3, round(0.035 * side)), cv2.LINE_AA
        )
    elif kind == "cap":
        cv2.circle(mask, at(0.5, 0.235), max(2, round(0.025 * side)), 255, -1, cv2.LINE_AA)


def draw_product(rng: np.random.Generator, kind: str, size: tuple[int, int] | None = None) -> Photo:
    """Draw one product of `kind` on a backdrop."""
    if size is None:
        w = int(rng.integers(40, 61)) * 10
        h = int(rng.integers(40, 61)) * 10
    else:
        w, h = size
    img = _backdrop(rng, h, w)
    outline, region = _SHAPES[kind]
    scale = rng.uniform(0.80, 0.96)
    side = min(w, h) * scale
    ox = (w - side) / 2 + rng.uniform(-0.04, 0.04) * w
    oy = (h - side) / 2 + rng.uniform(-0.04, 0.04) * h
    jitter = rng.normal(0, 0.008, (len(outline), 2))
    pts = (np.array(outline) + jitter) * side + np.array([ox, oy])
    pts_i = np.round(pts * 4).astype(np.int32)  # 2 fractional bits
    mask = np.zeros((h, w), np.uint8)
    cv2.fillPoly(mask, [pts_i], 255, cv2.LINE_AA, shift=2)
    _extras(mask, kind, ox, oy, side)
    # drop shadow
    shadow = _soft(np.roll(mask, (10, 8), axis=(0, 1)), 8)
    img = img * (1 - 0.35 * shadow[..., None])
    colour = np.array(PALETTE[int(rng.integers(0, len(PALETTE)))], np.float32)
    fabric = _fabric(rng, h, w, colour)
    # shading: light from the top-left, darker towards the outline
    xs = (np.arange(w, dtype=np.float32) - ox) / side
    ys = (np.arange(h, dtype=np.float32) - oy) / side
    light = 1.08 - 0.125 * (ys[:, None] + xs[None, :])
    inner = _soft(mask, 6)
    fabric = fabric * (light * (0.75 + 0.25 * inner))[..., None]
    if kind in ("jacket", "hoodie") and rng.random() < 0.6:  # zip or seam line
        zx = round(ox + 0.5 * side)
        cv2.line(fabric, (zx, round(oy + 0.16 * side)), (zx, round(oy + 0.9 * side)), (60, 60, 60), 2)
    if kind == "sneakers":  # white sole
        y0 = round(oy + 0.64 * side)
        fabric[y0 : round(oy + 0.72 * side)] = 238
    a = mask.astype(np.float32)[..., None] / 255
    img = img * (1 - a) + fabric * a
    edge = cv2.Canny(mask, 50, 150)
    img[edge > 0] *= 0.6
    rgb = np.clip(img, 0, 255).astype(np.uint8)
    rx0, ry0, rx1, ry1 = region
    box = (
        round(ox + rx0 * side),
        round(oy + ry0 * side),
        round(ox + rx1 * side),
        round(oy + ry1 * side),
    )
    return Photo(rgb=rgb, mask=mask, logo_region=box)


def plant_mark(
    rng: np.random.Generator, photo: Photo, mark_rgba: np.ndarray, scale_px: tuple[int, int] = (48, 160)
) -> tuple[int, int, int, int]:
    """Paste an RGBA mark onto the product in perspective; returns its box (x0, y0, x1, y1)."""
    rgb = photo.rgb.astype(np.float32)
    h, w = rgb.shape[:2]
    rx0, ry0, rx1, ry1 = photo.logo_region
    mh, mw = mark_rgba.shape[:2]
    room = max(24, min(rx1 - rx0, ry1 - ry0))
    long_side = int(rng.integers(scale_px[0], scale_px[1] + 1))
    long_side = min(long_side, max(scale_px[0], room))
    s = long_side / max(mh, mw)
    tw, th = mw * s, mh * s
    cx = rng.uniform(rx0 + tw / 2, max(rx0 + tw / 2, rx1 - tw / 2) + 1)
    cy = rng.uniform(ry0 + th / 2, max(ry0 + th / 2, ry1 - th / 2) + 1)
    cx, cy = float(np.clip(cx, tw / 2 + 2, w - tw / 2 - 2)), float(np.clip(cy, th / 2 + 2, h - th / 2 - 2))
    dst = np.array(
        [
            [cx - tw / 2, cy - th / 2],
            [cx + tw / 2, cy - th / 2],
            [cx + tw / 2, cy + th / 2],
            [cx - tw / 2, cy + th / 2],
        ],
        np.float32,
    )
    dst += rng.normal(0, 0.06, (4, 2)).astype(np.float32) * np.array([tw, th], np.float32)
    angle = np.radians(rng.uniform(-12, 12))
    rot = np.array([[np.cos(angle), -np.sin(angle)], [np.sin(angle), np.cos(angle)]], np.float32)
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    src = np.array([[0, 0], [mw, 0], [mw, mh], [0, mh]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    warped = cv2.warpPerspective(mark_rgba, m, (w, h), flags=cv2.INTER_AREA, borderValue=(0, 0, 0, 0))
    sigma = rng.uniform(0.4, 1.2)
    warped = cv2.GaussianBlur(warped, (0, 0), sigma).astype(np.float32)
    alpha = warped[..., 3:] / 255 * rng.uniform(0.82, 0.97)
    # the fabric's shading and texture show through the print
    lum = cv2.cvtColor(photo.rgb, cv2.COLOR_RGB2GRAY).astype(np.float32)
    local = cv2.GaussianBlur(lum, (0, 0), 9)
    shade = np.clip(lum / np.maximum(local, 1) * (0.85 + 0.15 * local / 255), 0.6, 1.3)[..., None]
    out = rgb * (1 - alpha) + warped[..., :3] * shade * alpha
    photo.rgb = np.clip(out, 0, 255).astype(np.uint8)
    x0, y0 = np.floor(dst.min(axis=0)).astype(int)
    x1, y1 = np.ceil(dst.max(axis=0)).astype(int)
    return (max(0, int(x0)), max(0, int(y0)), min(w, int(x1)), min(h, int(y1)))


def to_jpeg(rgb: np.ndarray, quality: int = 88) -> bytes:
    """Encode RGB as baseline JPEG bytes (deterministic for a given OpenCV build)."""
    ok, buf = cv2.imencode(".jpg", cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, quality])
    if not ok:
        raise RuntimeError("JPEG encoding failed")
    return buf.tobytes()


def draw_text(rng: np.random.Generator, photo: Photo, text: str) -> None:
    """Print unrelated text on the product (a hard negative for OCR)."""
    rx0, ry0, rx1, ry1 = photo.logo_region
    scale = rng.uniform(0.6, 1.2)
    colour = tuple(int(c) for c in rng.integers(0, 256, 3))
    org = (rx0 + 4, int((ry0 + ry1) / 2))
    cv2.putText(photo.rgb, text, org, cv2.FONT_HERSHEY_SIMPLEX, scale, colour, 2, cv2.LINE_AA)
