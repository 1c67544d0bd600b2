"""The demo shop's three fictional brands and their marks, drawn by the project itself.

Each brand has a symbol (pure geometry on a 512x512 canvas, written as PNG and SVG from the same
shapes) and a wordmark (Hershey-font text, PNG). Nothing is read from disk, so the marks are the
same on every machine with the same OpenCV.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import cv2
import numpy as np

CANVAS = 512

# A shape: ("poly", colour, [(x, y), ...]) or ("circle", colour, (cx, cy, r)); colours are RGB.
Shape = tuple[str, tuple[int, int, int], object]


@dataclass(frozen=True)
class DemoBrand:
    """A fictional brand of the demo marketplace."""

    name: str
    slug: str
    keywords: list[str]
    misspellings: list[str]
    price_floor: float
    authorized_sellers: list[str]
    colour: tuple[int, int, int]
    symbol: list[Shape] = field(default_factory=list)
    wordmark: str = ""


def _star(cx: float, cy: float, r_out: float, r_in: float, points: int, phase: float = -90.0) -> list:
    pts = []
    for k in range(points * 2):
        r = r_out if k % 2 == 0 else r_in
        a = math.radians(phase + k * 180.0 / points)
        pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def _acme_symbol() -> list[Shape]:
    red, white = (214, 40, 40), (255, 255, 255)
    return [
        ("circle", red, (256, 256, 240)),
        ("circle", white, (256, 256, 200)),
        ("circle", red, (256, 256, 184)),
        ("poly", white, [(96, 360), (216, 150), (276, 250), (316, 196), (416, 360)]),
        ("poly", red, [(196, 360), (256, 258), (316, 360)]),
    ]


def _nordvik_symbol() -> list[Shape]:
    navy, sky, white = (24, 52, 130), (60, 150, 230), (255, 255, 255)
    return [
        ("circle", navy, (256, 256, 244)),
        ("circle", white, (256, 256, 214)),
        ("poly", sky, _star(256, 256, 200, 70, 8, phase=-90 + 22.5)),
        ("poly", navy, _star(256, 256, 206, 52, 4)),
        ("circle", white, (256, 256, 30)),
    ]


def _solenne_symbol() -> list[Shape]:
    orange, green, cream = (244, 140, 20), (30, 130, 80), (255, 246, 224)
    shapes: list[Shape] = [("circle", cream, (256, 256, 250))]
    for k in range(12):
        a = math.radians(k * 30)
        b1, b2 = math.radians(k * 30 - 9), math.radians(k * 30 + 9)
        tip = (256 + 240 * math.cos(a), 256 + 240 * math.sin(a))
        shapes.append(
            (
                "poly",
                orange,
                [
                    (256 + 150 * math.cos(b1), 256 + 150 * math.sin(b1)),
                    tip,
                    (256 + 150 * math.cos(b2), 256 + 150 * math.sin(b2)),
                ],
            )
        )
    shapes += [
        ("circle", orange, (256, 256, 150)),
        ("circle", green, (236, 256, 96)),
        ("circle", orange, (276, 236, 92)),
    ]
    return shapes


BRANDS: list[DemoBrand] = [
    DemoBrand(
        name="Acme",
        slug="acme",
        keywords=["acme", "acme sports"],
        misspellings=["Acmee", "Acrne", "\u0410\u0441me", "Ac-me", "AKME"],
        price_floor=40.0,
        authorized_sellers=["acme-official", "sportshaus-berlin"],
        colour=(214, 40, 40),
        symbol=_acme_symbol(),
        wordmark="ACME",
    ),
    DemoBrand(
        name="Nordvik",
        slug="nordvik",
        keywords=["nordvik", "nordvik outdoor"],
        misspellings=["Nordvick", "N0rdvik", "Nordv1k", "Nord\u0432ik", "Nordwik"],
        price_floor=60.0,
        authorized_sellers=["nordvik-store"],
        colour=(24, 52, 130),
        symbol=_nordvik_symbol(),
        wordmark="NORDVIK",
    ),
    DemoBrand(
        name="Solenne",
        slug="solenne",
        keywords=["solenne", "solenne paris"],
        misspellings=["Solene", "S0lenne", "Sollenne", "Sol\u0435nne", "Soienne"],
        price_floor=80.0,
        authorized_sellers=["solenne-boutique"],
        colour=(244, 140, 20),
        symbol=_solenne_symbol(),
        wordmark="SOLENNE",
    ),
]


def render_shapes(shapes: list[Shape], size: int = CANVAS) -> np.ndarray:
    """Rasterise shapes to an RGBA image (transparent background, anti-aliased edges)."""
    ss = 4  # supersample for smooth edges
    big = size * ss
    rgb = np.zeros((big, big, 3), np.uint8)
    alpha = np.zeros((big, big), np.uint8)
    scale = big / CANVAS
    for kind, colour, geom in shapes:
        if kind == "circle":
            cx, cy, r = geom  # type: ignore[misc]
            center = (round(cx * scale), round(cy * scale))
            cv2.circle(rgb, center, round(r * scale), colour, -1, cv2.LINE_8)
            cv2.circle(alpha, center, round(r * scale), 255, -1, cv2.LINE_8)
        else:
            pts = np.round(np.array(geom, np.float64) * scale).astype(np.int32)
            cv2.fillPoly(rgb, [pts], colour, cv2.LINE_8)
            cv2.fillPoly(alpha, [pts], 255, cv2.LINE_8)
    rgba = np.dstack([rgb, alpha])
    return cv2.resize(rgba, (size, size), interpolation=cv2.INTER_AREA)


def shapes_to_svg(shapes: list[Shape]) -> str:
    """The same shapes as an SVG document (viewBox 0 0 512 512)."""
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {CANVAS} {CANVAS}" '
        f'width="{CANVAS}" height="{CANVAS}">'
    ]
    for kind, colour, geom in shapes:
        fill = "#{:02x}{:02x}{:02x}".format(*colour)
        if kind == "circle":
            cx, cy, r = geom  # type: ignore[misc]
            parts.append(f'  <circle cx="{cx:.2f}" cy="{cy:.2f}" r="{r:.2f}" fill="{fill}"/>')
        else:
            pts = " ".join(f"{x:.2f},{y:.2f}" for x, y in geom)  # type: ignore[union-attr]
            parts.append(f'  <polygon points="{pts}" fill="{fill}"/>')
    parts.append("</svg>\n")
    return "\n".join(parts)


def render_wordmark(text: str, colour: tuple[int, int, int], height: int = 128) -> np.ndarray:
    """A bold Hershey-font wordmark as RGBA, tightly cropped with a small margin."""
    font, scale, thick = cv2.FONT_HERSHEY_TRIPLEX, 4.0, 14
    (w, h), base = cv2.getTextSize(text, font, scale, thick)
    pad = 24
    alpha = np.zeros((h + base + 2 * pad, w + 2 * pad), np.uint8)
    cv2.putText(alpha, text, (pad, pad + h), font, scale, 255, thick, cv2.LINE_AA)
    ys, xs = np.nonzero(alpha)
    alpha = alpha[max(ys.min() - 8, 0) : ys.max() + 9, max(xs.min() - 8, 0) : xs.max() + 9]
    rgb = np.empty((*alpha.shape, 3), np.uint8)
    rgb[:] = colour
    rgba = np.dstack([rgb, alpha])
    new_w = max(1, round(rgba.shape[1] * height / rgba.shape[0]))
    return cv2.resize(rgba, (new_w, height), interpolation=cv2.INTER_AREA)


def symbol_rgba(brand: DemoBrand, size: int = CANVAS) -> np.ndarray:
    return render_shapes(brand.symbol, size)


def write_png(path, rgba: np.ndarray) -> None:
    """Write an RGBA array as PNG (OpenCV wants BGRA)."""
    bgra = cv2.cvtColor(rgba, cv2.COLOR_RGBA2BGRA)
    ok, buf = cv2.imencode(".png", bgra, [cv2.IMWRITE_PNG_COMPRESSION, 6])
    if not ok:
        raise RuntimeError(f"could not encode {path}")
    path.write_bytes(buf.tobytes())


# Hard negatives: logo-like shapes that belong to no demo brand.
DECOYS: list[list[Shape]] = [
    [
        ("circle", (200, 40, 60), (256, 256, 240)),
        ("poly", (255, 255, 255), [(150, 150), (362, 150), (362, 362), (150, 362)]),
    ],
    [("poly", (40, 90, 200), _star(256, 256, 240, 120, 6))],
    [("circle", (250, 200, 40), (256, 256, 220)), ("circle", (255, 255, 255), (256, 256, 120))],
    [
        ("poly", (20, 20, 20), [(40, 400), (256, 60), (472, 400)]),
        ("poly", (230, 230, 230), [(150, 360), (256, 180), (362, 360)]),
    ],
    [("poly", (30, 140, 90), _star(256, 256, 240, 200, 5)), ("circle", (255, 255, 255), (256, 256, 90))],
]
DECOY_WORDS = ["QUANTO", "ZEPHYR", "URBAN CO", "VELTA", "MORO"]
