"""Trademark text inside images: RapidOCR (PP-OCR models shipped in the wheel, ONNX Runtime), fuzzy-matched."""

from __future__ import annotations

import logging
from dataclasses import dataclass

import numpy as np
from knockoff.matching.brands import Brand
from knockoff.matching.text import find_brand


@dataclass
class OcrHit:
    brand: str
    score: float
    text: str
    box: tuple[float, float, float, float]


class Ocr:
    """Lazy RapidOCR engine; `read(rgb)` -> [(text, confidence, box)]."""

    def __init__(self) -> None:
        from rapidocr import RapidOCR

        logging.getLogger("RapidOCR").setLevel(logging.WARNING)
        self.engine = RapidOCR(params={"Global.log_level": "warning"})

    def read(self, rgb: np.ndarray) -> list[tuple[str, float, tuple[float, float, float, float]]]:
        res = self.engine(np.ascontiguousarray(rgb[..., ::-1]))
        if res is None or res.txts is None:
            return []
        out = []
        for text, conf, quad in zip(res.txts, res.scores, res.boxes, strict=False):
            q = np.asarray(quad, dtype=np.float32)
            out.append(
                (
                    str(text),
                    float(conf),
                    (float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())),
                )
            )
        return out


def match_text(lines, brands: list[Brand]) -> list[OcrHit]:
    """Brand terms found (exactly or fuzzily) in OCR lines."""
    hits: list[OcrHit] = []
    for b in brands:
        best: OcrHit | None = None
        for text, conf, box in lines:
            hit = find_brand(text, b.terms, threshold=80.0)
            if hit and hit.kind != "real_word":  # "STERLING" printed on a shirt is no Starling mark
                score = conf * (1.0 if hit.kind == "mention" else hit.score)
                if best is None or score > best.score:
                    best = OcrHit(b.name, score, text, box)
        if best:
            hits.append(best)
    return hits
