"""The trained logo-matching head: a small projection of the backbone's features, run in numpy.

Input per stride-16 cell: the backbone's stride-16 features (112) next to its stride-8 features averaged
over the cell's 2 x 2 block (40). Two 1x1 layers (Linear -> ReLU -> Linear) map them to an embedding in
which a mark's cells and the same mark printed on a product (any colour, tilted, shaded, blurred) are
close, and other marks, text and fabric texture are not. Trained by training/train_head.py on composites
of the training split of ../shared/data; the weights ship in matching/weights/ and their digest is part
of the model version. WEIGHTS is the head of the frozen ImageNet features (`match.detect.stage: imagenet`,
model v18). TUNED_WEIGHTS is the head trained together with the backbone's fine-tuned stride-16 stage by
training/train_backbone.py (`stage: tuned`); MIXED_WEIGHTS, the default's since model v19 (`stage: mixed`),
lies 0.2 of the way from WEIGHTS to TUNED_WEIGHTS, as its stage does (WiSE-FT; matching/backbone.py). A fine-tuning
on real photographs (training/train_head_real.py) was tried on 2026-11-30 and not shipped: it raised logo-free
photos' scores (its docstring). Without the weights file the matcher falls back to the raw stride-16 features.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

WEIGHTS = Path(__file__).resolve().parent / "weights" / "logo_head.npz"
TUNED_WEIGHTS = WEIGHTS.with_name("logo_head_st16.npz")  # the head of backbone.TUNED_STAGE
MIXED_WEIGHTS = WEIGHTS.with_name("logo_head_mixed.npz")  # the head of backbone.MIXED_STAGE (the default)


def stack_features(f8: np.ndarray, f16: np.ndarray) -> np.ndarray:
    """(C8 x 2H x 2W, C16 x H x W) -> (C16 + C8) x H x W: stride-8 features averaged onto the stride-16 grid."""
    c8 = f8.shape[0]
    h, w = f16.shape[1:]
    f8 = f8[:, : 2 * h, : 2 * w]
    if f8.shape[1] < 2 * h or f8.shape[2] < 2 * w:
        f8 = np.pad(f8, ((0, 0), (0, 2 * h - f8.shape[1]), (0, 2 * w - f8.shape[2])), mode="edge")
    pooled = f8.reshape(c8, h, 2, w, 2).mean(axis=(2, 4))
    return np.concatenate([f16, pooled], axis=0)


class LogoHead:
    """`head(x)` maps a C x H x W stacked feature map to D x H x W embeddings (not normalised)."""

    def __init__(self, path: Path = WEIGHTS) -> None:
        data = path.read_bytes()
        self.version = "head-" + hashlib.sha256(data).hexdigest()[:10]
        with np.load(path) as z:
            self.w1 = z["w1"].astype(np.float32)  # hidden x C
            self.b1 = z["b1"].astype(np.float32)
            self.w2 = z["w2"].astype(np.float32)  # D x hidden
            self.b2 = z["b2"].astype(np.float32)
            self.mean = z["mean"].astype(np.float32)  # C: input centring
            self.scale = z["scale"].astype(np.float32)  # C: input scaling
            centre, width = (float(v) for v in z["calibration"])
        self.calibration = (centre, width)  # logistic P(logo | peak correlation), fitted on validation

    @property
    def in_channels(self) -> int:
        return int(self.w1.shape[1])

    def __call__(self, x: np.ndarray) -> np.ndarray:
        c, h, w = x.shape
        flat = (x.reshape(c, -1) - self.mean[:, None]) * self.scale[:, None]
        hid = np.maximum(self.w1 @ flat + self.b1[:, None], 0.0)
        out = self.w2 @ hid + self.b2[:, None]
        return out.reshape(-1, h, w).astype(np.float32)


def load_head(path: Path = WEIGHTS) -> LogoHead | None:
    """The shipped head, or None where the weights file is absent (raw features are used then)."""
    return LogoHead(path) if path.is_file() else None
