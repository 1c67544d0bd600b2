"""Two classical baselines for one-shot logo detection, scored on the same set as the Matcher.

- SIFT + RANSAC alone: SIFT keypoints of the flat reference (dark and light versions) matched to the whole
  image with Lowe's ratio test; a RANSAC homography; score = inlier count; box = projected reference.
- Multi-scale template matching: cv2.matchTemplate (TM_CCOEFF_NORMED, greyscale) of the reference,
  rendered dark-on-light and light-on-dark at several sizes; score = best correlation; box = that window.
"""

from __future__ import annotations

import io

import cv2
import numpy as np
from PIL import Image

Box = tuple[float, float, float, float]


def _gray(jpeg: bytes) -> np.ndarray:
    return np.asarray(Image.open(io.BytesIO(jpeg)).convert("L"))


def _on(rgba: np.ndarray, ink: int, paper: int, pad: int = 0) -> np.ndarray:
    """The mark in grey: `ink` on `paper` from its alpha; an opaque reference (a photo crop) keeps its grey
    pixels, inverted where ink is lighter than paper, and its border is replicated into the padding."""
    if rgba[..., 3].min() == 255:
        g = cv2.cvtColor(np.ascontiguousarray(rgba[..., :3]), cv2.COLOR_RGB2GRAY)
        if ink > paper:
            g = 255 - g
        return cv2.copyMakeBorder(g, pad, pad, pad, pad, cv2.BORDER_REPLICATE) if pad else g
    a = rgba[..., 3].astype(np.float32) / 255.0
    g = paper * (1 - a) + ink * a
    if pad:
        g = cv2.copyMakeBorder(g, pad, pad, pad, pad, cv2.BORDER_CONSTANT, value=paper)
    return g.astype(np.uint8)


class SiftBaseline:
    """SIFT + RANSAC against the whole image."""

    def __init__(self, refs: dict[str, np.ndarray]) -> None:
        self.sift = cv2.SIFT_create(nfeatures=1000)
        self.refs: dict[str, list[tuple[np.ndarray, np.ndarray, tuple[int, int]]]] = {}
        for brand, rgba in refs.items():
            sets = []
            for ink, paper in ((20, 235), (235, 20)):
                g = _on(rgba, ink, paper, pad=16)
                kps, desc = self.sift.detectAndCompute(g, None)
                if desc is not None and len(kps) >= 4:
                    sets.append((np.float32([k.pt for k in kps]) - 16, desc, (rgba.shape[1], rgba.shape[0])))
            self.refs[brand] = sets
        self.bf = cv2.BFMatcher(cv2.NORM_L2)

    def score(self, jpeg: bytes) -> dict[str, tuple[float, Box | None]]:
        g = _gray(jpeg)
        kps, desc = self.sift.detectAndCompute(g, None)
        out: dict[str, tuple[float, Box | None]] = {}
        for brand, sets in self.refs.items():
            best: tuple[float, Box | None] = (0.0, None)
            if desc is None or len(kps) < 4:
                out[brand] = best
                continue
            pts = np.float32([k.pt for k in kps])
            for rpts, rdesc, (rw, rh) in sets:
                pairs = self.bf.knnMatch(rdesc, desc, k=2)
                good = [m for m, *n in pairs if n and m.distance < 0.8 * n[0].distance]
                if len(good) < 4:
                    continue
                src = rpts[[m.queryIdx for m in good]]
                dst = pts[[m.trainIdx for m in good]]
                H, mask = cv2.findHomography(src, dst, cv2.RANSAC, 5.0)
                if H is None:
                    continue
                inl = float(mask.sum())
                if inl > best[0]:
                    c = np.float32([[0, 0], [rw, 0], [rw, rh], [0, rh]])[None]
                    p = cv2.perspectiveTransform(c, H)[0]
                    best = (
                        inl,
                        (
                            float(p[:, 0].min()),
                            float(p[:, 1].min()),
                            float(p[:, 0].max()),
                            float(p[:, 1].max()),
                        ),
                    )
            out[brand] = best
        return out


class TemplateBaseline:
    """Plain multi-scale cv2.matchTemplate."""

    SIZES = (40, 56, 80, 112, 160)

    def __init__(self, refs: dict[str, np.ndarray]) -> None:
        self.templates: dict[str, list[np.ndarray]] = {}
        for brand, rgba in refs.items():
            ts = []
            for size in self.SIZES:
                h, w = rgba.shape[:2]
                s = size / max(h, w)
                small = cv2.resize(
                    rgba, (max(4, round(w * s)), max(4, round(h * s))), interpolation=cv2.INTER_AREA
                )
                ts += [_on(small, 20, 235, pad=2), _on(small, 235, 20, pad=2)]
            self.templates[brand] = ts

    def score(self, jpeg: bytes) -> dict[str, tuple[float, Box | None]]:
        g = _gray(jpeg)
        out: dict[str, tuple[float, Box | None]] = {}
        for brand, ts in self.templates.items():
            best: tuple[float, Box | None] = (0.0, None)
            for t in ts:
                if t.shape[0] >= g.shape[0] or t.shape[1] >= g.shape[1]:
                    continue
                r = cv2.matchTemplate(g, t, cv2.TM_CCOEFF_NORMED)
                _, mx, _, loc = cv2.minMaxLoc(r)
                if mx > best[0]:
                    best = (
                        float(mx),
                        (
                            float(loc[0]),
                            float(loc[1]),
                            float(loc[0] + t.shape[1]),
                            float(loc[1] + t.shape[0]),
                        ),
                    )
            out[brand] = best
        return out
