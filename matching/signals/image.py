"""Image signals: a logo in a photo, the brand's official photo reused, the brand's name in an image.

Each reads the detections `matching.engine.Matcher.detect` made (one row per image, brand and
method) and keeps the best one on any of the listing's images, if it reaches the signal's minimum
(`match.fusion.min_signal`).
"""

from __future__ import annotations

from dataclasses import dataclass

from knockoff.config import DEFAULT_FUSION_WEIGHTS
from knockoff.matching.signals.base import BaseSignal, Case, Score

# Detection methods that are logo evidence (the rest name their signal: official_photo, ocr).
LOGO_METHODS = frozenset({"cnn", "cnn+sift", "cnn+shape"})


def signal_of_method(method: str) -> str:
    """The signal a detection method feeds: 'logo' for the CNN methods, else the method itself."""
    return "logo" if method in LOGO_METHODS else method


def box_of(r: dict) -> list[float] | None:
    """The detection's box [x0, y0, x1, y1] in image pixels (0.1 px), or None."""
    if r.get("x0") is None:
        return None
    return [round(float(r[k]), 1) for k in ("x0", "y0", "x1", "y1")]


@dataclass(frozen=True)
class ImageSignal(BaseSignal):
    """The best detection of this signal on the listing's images, at or above its minimum."""

    def pick(self, case: Case) -> dict | None:
        best = None
        for r in case.detections(self.name):
            if best is None or r["score"] > best["score"]:
                best = r
        minimum = case.config.min_signal.get(self.name, 0.0)
        return best if best is not None and best["score"] >= minimum else None

    def score(self, case: Case) -> Score | None:
        best = self.pick(case)
        if best is None:
            return None
        value = round(float(best["score"]), 4)
        return Score(value, self.reason(case, value), detection=best)

    def reason(self, case: Case, value: float) -> str | None:
        return None


@dataclass(frozen=True)
class LogoSignal(ImageSignal):
    def reason(self, case: Case, value: float) -> object:
        def text(done: Case) -> str:
            best = done.best_image
            b = box_of(best) if best and best["method"] in LOGO_METHODS else None
            return f"logo match {value:.2f}" + (f" at box {[int(v) for v in b]}" if b else "")

        return text  # the box is quoted only when the logo's image is the one shown


@dataclass(frozen=True)
class OfficialPhotoSignal(ImageSignal):
    def reason(self, case: Case, value: float) -> str:
        return f"reuses {case.brand.name}'s official photo ({value:.2f})"


@dataclass(frozen=True)
class OcrSignal(ImageSignal):
    def reason(self, case: Case, value: float) -> str:
        return f"text in image ~ {case.brand.name} ({value:.2f})"


LOGO = LogoSignal("logo", DEFAULT_FUSION_WEIGHTS["logo"], reason_order=20)
OFFICIAL_PHOTO = OfficialPhotoSignal(
    "official_photo", DEFAULT_FUSION_WEIGHTS["official_photo"], reason_order=10
)
OCR = OcrSignal("ocr", DEFAULT_FUSION_WEIGHTS["ocr"], reason_order=50)
