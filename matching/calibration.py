"""Per-brand score calibration without per-brand training: a raw score becomes the chance that a photo
showing none of the brand's marks scores at least as high for that brand.

Why: the Matcher's raw score (best of logo correlation + SIFT, OCR) has a different null distribution per
brand: a plain wordmark or a simple emblem correlates with much of any photo, a detailed crest with little.
One threshold then means high precision for one brand and noise for another, and an image's brands cannot
be compared by raw score. The remedy is score normalisation as in speaker verification (Z-norm: Auckenthaler
et al., "Score normalization for text-independent speaker verification systems", DSP 10, 2000), with the
tail modelled by peaks over a threshold (an exponential tail, the generalised Pareto with shape 0:
Pickands 1975) rather than a Gaussian, because only the high tail decides precision.

Fitting: each brand's best score (over its rows) on a fixed set of distractor images that do not show the
brand, raw scores of the same Matcher. For a brand with null scores n_1 >= n_2 >= ... (N images), the k = ceil(TAIL_SHARE * N)
highest define a threshold t = n_k and a tail scale beta (the mean excess over t, shrunk towards the
median of all brands with weight PRIOR_WEIGHT images, floored at MIN_SCALE). Then

    P(null >= s) = (k / N) * exp(-(s - t) / beta)        for s > t
                 = (#{n_i >= s} + 1) / (N + 1)           for s <= t (empirical, never 0)

and the calibrated score is -log10 P / (-log10 P + HALF_AT): 0 for a score every distractor reaches, 0.5
at P = 10^-HALF_AT, strictly increasing in s for s > t (ranking per brand is unchanged there), in [0, 1).

Each brand has one null per score family (`family`: logo, OCR text, official photo), keyed "brand<TAB>family"
(`score_key`): on real-logos' development half, calibrating logo and text rows in one null per brand left mAP at
0.869 and top-1 at 0.856 -> 0.857; one null per family gave 0.878 and 0.858 (model v11, full set less the calibration
photos).

Shapes: `BrandCalibration.fit({key: [scores on N images]})`; `apply(key, score) -> float`; `apply_row(row)`.
A key absent from the fit keeps its raw score (ValueError never raised on scores; scores are clipped to 0..1).

What it does not do: even out PRECISION at one threshold. A null evens out the false-positive rate at best;
precision also depends on how well each brand's own photos score, and a brand's damaging false positives are
other brands' photos. On real-logos (v12 rows, 247-photo null, one global threshold at pooled development
precision 0.9) the lowest development brand's precision is 0.43 calibrated vs 0.55 raw.

`ProbabilityCalibration` (below) is one logistic regression for every brand (Platt scaling with several
inputs: Platt 1999) from a row's features (`row_features`: its surprise under this module's family null, the
logit of its score, its logit margin over the best OTHER brand in the same image, OCR evidence for the brand,
SIFT verification) to P(the image shows the brand), fitted across brands on real photos and applied to brands
it never saw (benchmarks/eval_calibration.py fits it). On real-logos' development half, cross-fitted over
groups of brands, one global threshold gives per-brand precision min / median / max 0.68 / 0.90 / 1.00 (raw
0.55 / 0.97 / 1.00; standard deviation over brands 0.071 vs 0.111), largest false positives per 1000
negatives 4.6 (raw 12.8), mAP 0.918 (raw 0.873), top-1 brand 0.862 (0.857); held-out half, measured once:
0.17 / 0.96 / 1.00 (raw 0.60 / 0.94 / 1.00 with one brand never above the threshold), one brand below 0.8
(raw two and one with nothing above), false positives at most 4.7 (11.9), mAP 0.918 (0.882), top-1 0.897
(0.891). It needs the image's rows of every brand together (`apply_rows`). `ProbabilityCalibration.no_null()`
is the model fitted without a null (`NO_NULL`): the Matcher applies it to each batch's rows in `detect` with
match.detect.score_calibration "probability" (opt-in; matching/engine.py), keeping the raw score in
`score_raw`; its digest is part of the model version. Since prob-v2 the margin is taken over the best other
brand or `OTHER_FLOOR`, whichever is higher, so that it no longer grows as fewer brands compete (prob-v1, fitted
with 40 brands, gave a logo-free photo's rows P about 0.8 with 3 brands), and official-photo rows keep their raw
score. It is still not the default: on the demo shop (3 brands) per-brand AP is 0.946 / 0.874 / 0.743 against raw
0.946 / 0.907 / 0.951, because two of its brands' marks match the same logos about equally and the margin then
makes both unlikely (benchmarks/bench_demo.py; benchmarks/eval_calibration.py docstring for what was tried).
"""

from __future__ import annotations

import hashlib
import json
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knockoff.lake import replace_atomic

VERSION = "pot-v2"  # v2: one null per brand and score family
# Chosen on real-logos' development half (quick quarter, null = 247 calibration photos, one global threshold
# at pooled precision 0.9): tail share 0.02 / 0.05 / 0.1 / 0.2 with prior weight 20 gave the largest per-brand
# false-positive rate 7.5 / 7.5 / 7.6 / 9.2 per 1000 (raw scores 13.1), median recall 0.92 / 0.92 / 0.92 / 0.79
# (raw 0.85), top-1 brand 0.853 / 0.845 / 0.845 / 0.845 (raw 0.845); prior weight 0 / 100 were worse or mixed.
TAIL_SHARE = 0.05  # share of the distractor scores that forms the modelled tail
PRIOR_WEIGHT = 20.0  # images' worth of the all-brand median scale in each brand's tail scale
MIN_SCALE = 0.01  # floor of the tail scale (raw score units)
HALF_AT = 3.0  # -log10 tail probability that maps to 0.5


@dataclass(frozen=True)
class BrandTail:
    """One brand's null: its sorted distractor scores (descending) and the tail model above `threshold`."""

    scores: tuple[float, ...]
    n: int  # distractor images
    threshold: float
    share: float  # k / N: null probability of exceeding the threshold
    scale: float  # beta, raw score units


@dataclass
class BrandCalibration:
    """Brand -> its null tail; `apply` maps a raw score to a calibrated one (see the module docstring)."""

    tails: dict[str, BrandTail]
    half_at: float = HALF_AT

    @classmethod
    def fit(
        cls,
        null_scores: dict[str, list[float]],
        tail_share: float = TAIL_SHARE,
        prior_weight: float = PRIOR_WEIGHT,
        min_scale: float = MIN_SCALE,
        half_at: float = HALF_AT,
    ) -> BrandCalibration:
        """`null_scores`: brand -> its best raw score on each distractor image (photos that do not show the
        brand; the image sets may differ per brand). ValueError when a brand has no score."""
        empty = sorted(b for b, v in null_scores.items() if not len(v))
        if empty:
            raise ValueError(f"no distractor score for {', '.join(empty)}: need at least one per brand")
        raw: dict[str, tuple[tuple[float, ...], int, float, float]] = {}
        for brand, vals in null_scores.items():
            s = tuple(sorted((float(np.clip(v, 0.0, 1.0)) for v in vals), reverse=True))
            k = max(1, math.ceil(tail_share * len(s)))
            t = s[k - 1]
            excess = float(np.mean([v - t for v in s[: k - 1]])) if k > 1 else 0.0
            raw[brand] = (s, k, t, excess)
        prior = float(np.median([e for *_, e in raw.values()])) if raw else min_scale
        tails = {}
        for brand, (s, k, t, excess) in raw.items():
            m = k - 1
            scale = (m * excess + prior_weight * prior) / (m + prior_weight) if m + prior_weight else prior
            tails[brand] = BrandTail(s, len(s), t, k / len(s), max(min_scale, scale))
        return cls(tails, half_at)

    def tail_probability(self, brand: str, score: float) -> float:
        """P(a distractor's score for `brand` >= score); 1.0 for a brand not fitted."""
        tail = self.tails.get(brand)
        if tail is None:
            return 1.0
        s = float(np.clip(score, 0.0, 1.0))
        if s > tail.threshold:
            return tail.share * math.exp(-(s - tail.threshold) / tail.scale)
        above = int(np.searchsorted(-np.asarray(tail.scores), -s, side="right"))  # count of scores >= s
        return (above + 1) / (tail.n + 1)

    def apply(self, brand: str, score: float) -> float:
        """The calibrated score in [0, 1) (a brand not fitted keeps its raw score)."""
        if brand not in self.tails:
            return float(np.clip(score, 0.0, 1.0))
        surprise = -math.log10(max(self.tail_probability(brand, score), 1e-300))
        return surprise / (surprise + self.half_at)

    def apply_row(self, row: dict) -> float:
        """A detection row's calibrated score (row: brand, method, score), in its brand's family null."""
        return self.apply(score_key(row["brand"], row["method"]), row["score"])

    def digest(self) -> str:
        """Short hash of the fitted calibration (part of a model version)."""
        return _digest(VERSION, self.to_dict())

    def to_dict(self) -> dict:
        return {
            "version": VERSION,
            "half_at": self.half_at,
            "tails": {
                b: {"scores": list(t.scores), "threshold": t.threshold, "share": t.share, "scale": t.scale}
                for b, t in sorted(self.tails.items())
            },
        }

    @classmethod
    def from_dict(cls, d: dict) -> BrandCalibration:
        """Inverse of to_dict; ValueError on another VERSION (refit instead)."""
        if d.get("version") != VERSION:
            raise ValueError(f"calibration version {d.get('version')!r} is not {VERSION!r}: refit it")
        tails = {
            b: BrandTail(tuple(t["scores"]), len(t["scores"]), t["threshold"], t["share"], t["scale"])
            for b, t in d["tails"].items()
        }
        return cls(tails, float(d["half_at"]))

    def save(self, path: Path) -> None:
        """Write to_dict as JSON atomically (a temporary name unique to this process and call, then renamed):
        concurrent writers of the same path never see or leave half a file."""
        _write_json_atomic(path, self.to_dict())

    @classmethod
    def load(cls, path: Path) -> BrandCalibration:
        return cls.from_dict(json.loads(path.read_text(encoding="utf-8")))


FAMILIES = ("logo", "ocr", "official")


def family(method: str) -> str:
    """The score family a detection row is calibrated in: "ocr" (brand text read in the image), "official"
    (reuse of an official photo) or "logo" (every other method). Each brand has one null per family: a
    text hit and a logo match of the same raw score are not equally rare."""
    return "ocr" if method == "ocr" else "official" if method == "official_photo" else "logo"


def score_key(brand: str, method: str) -> str:
    """The calibration's key of a brand's rows of one method: "brand<TAB>family"."""
    return f"{brand}\t{family(method)}"


def best_per_key(rows: list[dict], brands: list[str]) -> dict[str, float]:
    """One image's detection rows (dicts with brand, method, score) -> score_key: best score, for every
    brand x family (0.0 where none)."""
    best = {f"{b}\t{f}": 0.0 for b in brands for f in FAMILIES}
    for r in rows:
        k = score_key(r["brand"], r["method"])
        if k in best and r["score"] > best[k]:
            best[k] = float(r["score"])
    return best


def best_per_image(rows: list[dict], brands: list[str]) -> dict[str, dict[str, float]]:
    """Detection rows of several images (with image_sha256) -> image: best_per_key of its rows."""
    by_image: dict[str, list[dict]] = {}
    for r in rows:
        by_image.setdefault(r["image_sha256"], []).append(r)
    return {h: best_per_key(rs, brands) for h, rs in by_image.items()}


def _digest(version: str, d: dict) -> str:
    """`version` and the first 8 hex digits of the SHA-256 of `d` as sorted-key JSON: a calibration's digest."""
    return f"{version}-" + hashlib.sha256(json.dumps(d, sort_keys=True).encode()).hexdigest()[:8]


def _write_json_atomic(path: Path, obj: dict) -> None:
    """`obj` as JSON at `path`, written atomically (knockoff.lake.replace_atomic)."""
    text = json.dumps(obj)
    replace_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))


# -- probability calibration across brands ---------------------------------------------------------------
PROB_VERSION = "prob-v2"  # v2: margin over max(best other brand, OTHER_FLOOR); official-photo rows kept raw
PROB_FEATURES = ("surprise", "logit_raw", "logit_margin", "has_ocr", "verified")
_EPS = 1e-4  # scores are clipped to [_EPS, 1 - _EPS] before the logit
# The margin is taken over the best other brand's raw score or this floor, whichever is higher: competitors
# below it are noise, and without the floor the margin grows without bound as fewer brands compete (a logo-free
# photo where every one of 3 registered brands scores about 0 got P about 0.9). Chosen on real-logos'
# development half and the demo shop together (issue 12, v13 rows; floor 0 / 0.05 / 0.07 / 0.08 / 0.09 / 0.1 /
# 0.2 / 0.3): cross-fitted development lowest brand precision at one threshold 0.63 / 0.63 / 0.63 / 0.61 / 0.63 /
# 0.61 / 0.52 / 0.43 (mAP 0.909-0.914), demo per-brand AP Acme 0.76 / 0.92 / 0.92 / 0.93 / 0.94 / 0.95 / 0.95 /
# 0.95 (benchmarks/eval_calibration.py docstring for the rest). With 40 brands it seldom binds: the second-best
# brand of a development photo scores >= 0.09 in 95% of them.
OTHER_FLOOR = 0.1


def _logit(v: float) -> float:
    v = min(max(v, _EPS), 1.0 - _EPS)
    return math.log(v / (1.0 - v))


def row_features(rows: list[dict], tails: BrandCalibration) -> np.ndarray:
    """One image's detection rows (dicts with brand, method, score) -> their features (`PROB_FEATURES`),
    shape (len(rows), 5): the row's surprise in its brand's family null (-log10 of `tails`'s tail
    probability, 0 for a key not fitted), the logit of its raw score, that logit less the logit of the best
    raw score of any OTHER brand's row in the image or `OTHER_FLOOR`, whichever is higher, whether the row's
    brand has an OCR row in the image, whether the row is SIFT-verified (method cnn+sift). Official-photo rows
    (`family` "official") are left out of the image context (best other brand, OCR); the model never saw one
    (`ProbabilityCalibration.probabilities` keeps their raw score)."""
    best: dict[str, float] = {}
    ocr: set[str] = set()
    for r in rows:
        if family(r["method"]) == "official":
            continue
        best[r["brand"]] = max(best.get(r["brand"], 0.0), float(r["score"]))
        if r["method"] == "ocr":
            ocr.add(r["brand"])
    top = sorted(best.items(), key=lambda kv: -kv[1])[:2]
    out = np.zeros((len(rows), len(PROB_FEATURES)))
    for i, r in enumerate(rows):
        s = float(r["score"])
        other = max(OTHER_FLOOR, next((v for b, v in top if b != r["brand"]), 0.0))
        p = tails.tail_probability(score_key(r["brand"], r["method"]), s)
        out[i] = (
            -math.log10(max(p, 1e-300)),
            _logit(s),
            _logit(s) - _logit(other),
            float(r["brand"] in ocr),
            float(r["method"] == "cnn+sift"),
        )
    return out


# The model without a null (surprise 0, its weight 0) fitted by benchmarks/eval_calibration.py on every
# real-logos development pair (model v13 rows, 819 images x 20 brands): what score_calibration "probability" applies.
# v12 rows, cross-fitted on the development half: per-brand precision min 0.63 (raw 0.55), standard deviation
# over brands 0.093 (0.111), mAP 0.909 (0.873); held-out, measured once: mAP 0.918 (0.882), top-1 0.887 (0.891).
# Refitted on v13 rows (the whole-image gate leaves fewer rows SIFT-verified: that feature's mean 0.41 -> 0.16);
# the weights barely move (v12's w -1.34 / +4.44 / +1.07 / -0.19, b -7.16) and v12's weights on v13 rows gave
# the same development mAP 0.910 in-sample (v13's 0.910; cross-fitted 0.909, lowest brand precision 0.63, raw
# 0.42, at one global threshold), held-out 0.918 with either. Weights fitted on v8 or v11 rows did as well on
# v12 rows as v12's own (with the null: mAP 0.918 / 0.917 vs 0.918): they survive a change of the matcher; not
# across kinds of null. Logo-free photos (300 training-split clothing photos x 32 shortlisted brands, v13): pairs
# >= 0.5 raw 38 -> 26 with it, >= 0.4 65 -> 88, >= 0.3 138 -> 345 (its development threshold is about 0.3).
# prob-v2 (OTHER_FLOOR, issue 12): refitted on the same v13 rows (prob-v1: mean margin -10.306377, its std
# 5.659828, w -1.386823 / +4.431054 / +1.076372 / -0.089714, b -7.053904); 300 logo-free training-split photos,
# (photo, brand) pairs >= 0.5 with 3 / 10 / 40 random registered brands: 389 / 264 / 32 -> 4 / 22 / 16.
NO_NULL = {
    "mean": (0.0, -5.8579, -10.310623, 0.038156, 0.163492),
    "std": (1.0, 3.915062, 5.645227, 0.191573, 0.369814),
    "w": (0.0, -1.438895, 4.510584, 1.072585, -0.093239),
    "b": -7.125286,
}


@dataclass
class ProbabilityCalibration:
    """One model for every brand: a detection row -> P(the image shows the row's brand), by logistic
    regression on `row_features` (standardised by `mean` / `std`, weights `w`, bias `b`), with each brand's
    family nulls in `tails`. Fitted across brands on real photos (benchmarks/eval_calibration.py); a brand
    needs no labelled photo of its own, only its null (`tails`)."""

    tails: BrandCalibration
    mean: tuple[float, ...]
    std: tuple[float, ...]
    w: tuple[float, ...]
    b: float

    @classmethod
    def no_null(cls) -> ProbabilityCalibration:
        """The shipped model without a null (`NO_NULL`): P from the row's score, its margin over the image's
        best other brand, OCR evidence and SIFT verification."""
        return cls(BrandCalibration({}), NO_NULL["mean"], NO_NULL["std"], NO_NULL["w"], NO_NULL["b"])

    def probabilities(self, rows: list[dict]) -> np.ndarray:
        """One image's rows -> P per row, shape (len(rows),), in (0, 1); an official-photo row keeps its raw
        score (clipped to 0..1): the model was fitted on logo and OCR rows only."""
        if not rows:
            return np.zeros(0)
        z = (row_features(rows, self.tails) - np.asarray(self.mean)) / np.asarray(self.std)
        p = 1.0 / (1.0 + np.exp(-(z @ np.asarray(self.w) + self.b)))
        official = np.array([family(r["method"]) == "official" for r in rows])
        raw = np.clip([float(r["score"]) for r in rows], 0.0, 1.0)
        return np.where(official, raw, p)

    def apply_rows(self, rows: list[dict]) -> list[dict]:
        """Rows of any images (with image_sha256) -> the same rows, each score its probability (features
        taken within each row's image)."""
        by_image: dict[str, list[int]] = {}
        for i, r in enumerate(rows):
            by_image.setdefault(r["image_sha256"], []).append(i)
        out = list(rows)
        for idx in by_image.values():
            for i, p in zip(idx, self.probabilities([rows[i] for i in idx]), strict=True):
                out[i] = dict(rows[i], score=float(p))
        return out

    def to_dict(self) -> dict:
        return {
            "version": PROB_VERSION,
            "features": list(PROB_FEATURES),
            "tails": self.tails.to_dict(),
            "mean": list(self.mean),
            "std": list(self.std),
            "w": list(self.w),
            "b": self.b,
        }

    def digest(self) -> str:
        """Short hash of the fitted model (part of a model version)."""
        return _digest(PROB_VERSION, self.to_dict())
