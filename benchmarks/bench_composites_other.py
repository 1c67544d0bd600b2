"""Composites by another hand (issue 12): the Matcher beside two classical baselines on logo prints that an
independent generator (benchmarks/eval_composites_other.py) made on held-out clothing photos.

40 held-out simple-icons brands, each registered with ONE flat reference (its SVG filled with the brand
colour); 720 held-out clothing photos, one composite each: 60 % carry one registered mark (rotated, warped,
half-transparent, shaded by the cloth, occluded, in the brand colour or a low-contrast colour of the photo,
blurred, JPEG), the rest are clean photos, unregistered brands' marks and printed text.

Every image is ranked per brand by the brand's best score of any row, as `knockoff match --min-score 0` ranks
them (the Matcher with its defaults: OCR on, CPU). Beside it, in the same run and on the same images, SIFT +
RANSAC and multi-scale cv2.matchTemplate (benchmarks/eval_baselines.py) given the same reference (the SVG
rendered at 256 px). Reported: mAP over brands (AP: benchmarks.eval_metrics.average_precision), min P@10
(k capped at the brand's positives), top-1 brand (the true brand scores strictly above every other
registered brand), box IoU of the true brand's best box with the truth (amodal) box; the same by subset of
positives (size, each condition), where a subset's positives are ranked against every image that does not
show the brand (its other positives are left out); and mAP against one kind of negative at a time.

    python -m benchmarks.bench_composites_other [--quick]        # prints the section
    python -m benchmarks --only composites_other [--quick]      # splices it into benchmarks/RESULTS.md
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np

from benchmarks.eval_composites_other import (
    N_IMAGES,
    SEED,
    BrandMark,
    Sample,
    digest,
    generate,
    reference_svg,
)
from benchmarks.eval_metrics import BrandScores, average_precision, brand_scores, precision_at_k
from benchmarks.eval_metrics import fmt as _f

Pred = dict[tuple[str, str], tuple[float, tuple | None]]
QUICK_N = 32
P_AT = 10
SMALL = 48  # px: the split


def write_brands(registered: list[BrandMark], folder: Path) -> Path:
    """One SVG per brand (filled with its colour) and a brands.yaml registering it as the brand's one mark."""
    import yaml

    entries = []
    for b in registered:
        path = folder / f"{b.slug}.svg"
        path.write_text(reference_svg(b.svg, b.hex), encoding="utf-8")
        entries.append({"name": b.title, "marks": [path.name]})
    out = folder / "brands.yaml"
    out.write_text(yaml.safe_dump({"brands": entries}, sort_keys=False), encoding="utf-8")
    return out


def matcher_preds(
    brands_yaml: Path,
    samples: list[Sample],
    ocr: bool,
    batch: int = 16,
    detect: dict | None = None,
    match: dict | None = None,
) -> tuple[Pred, float]:
    """Per (image, brand): the best score of any detection row (logo, OCR) and its box, from the Matcher
    as `knockoff match` builds it (defaults, or with the match.detect overrides `detect` and the match
    overrides `match`; `ocr` on or off; CPU). Returns (pred, seconds scoring); RuntimeError where the Matcher reports an image error."""
    from benchmarks.bench_real_logos import _with_bench_head
    from benchmarks.bench_real_logos import matcher_preds as best_rows
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    cfg = MatchConfig(ocr=ocr, device="cpu", detect=DetectConfig(**(detect or {})), **(match or {}))
    matcher = _with_bench_head(  # KNOCKOFF_BENCH_HEAD=FILE: a candidate head (bench_real_logos)
        lambda: Matcher(load_brands(brands_yaml), cfg, device="cpu")
    )
    return best_rows(matcher, samples, batch, strict=True)


def baseline_preds(kind: str, registered: list[BrandMark], samples: list[Sample]) -> tuple[Pred, float]:
    """Per (image, brand) score and box of a baseline ("sift" or "template") given each brand's reference
    rendered at 256 px (RGBA, brand colour). Returns (pred, seconds scoring)."""
    from benchmarks.eval_baselines import SiftBaseline, TemplateBaseline
    from knockoff.matching.marks import render_svg

    refs = {b.title: render_svg(reference_svg(b.svg, b.hex), 256) for b in registered}
    model = (SiftBaseline if kind == "sift" else TemplateBaseline)(refs)
    pred: Pred = {}
    t0 = time.perf_counter()
    for s in samples:
        for brand, (score, box) in model.score(s.jpeg).items():
            pred[(s.name, brand)] = (float(score), box)
    return pred, time.perf_counter() - t0


def evaluate(
    samples: list[Sample],
    brands: list[str],
    pred: Pred,
    keep: Callable[[Sample], bool] = lambda s: True,
    negatives: Callable[[Sample], bool] = lambda s: True,
) -> BrandScores:
    """Per brand: its positives that `keep` accepts ranked against every image not showing it that
    `negatives` accepts (other positives of the brand are left out). Top-1 and IoU over the kept positives."""
    ap, p10 = {}, {}
    for b in brands:
        ranked = [s for s in samples if (s.brand == b and keep(s)) or (s.brand != b and negatives(s))]
        lab = np.array([s.brand == b for s in ranked], np.int64)
        if not lab.sum():
            continue
        sc = np.array([pred.get((s.name, b), (0.0, None))[0] for s in ranked], np.float64)
        ap[b] = average_precision(sc, lab)
        p10[b] = precision_at_k(sc, lab, min(P_AT, int(lab.sum())))
    pos = [(s.name, s.brand, [s.box]) for s in samples if s.kind == "positive" and keep(s)]
    return brand_scores(pred, ap, p10, pos, brands)


# conditions, each drawn independently per image: (name, (label, test) with it, (label, test) without it)
Subset = tuple[str, Callable[[Sample], bool]]
CONDITIONS: list[tuple[str, Subset, Subset]] = [
    ("small size", (f"logo < {SMALL} px", lambda s: s.size < SMALL), (f"logo >= {SMALL} px", lambda s: s.size >= SMALL)),
    ("rotation", ("rotated 8-25 deg", lambda s: abs(s.angle) >= 8), ("not rotated (<= 3 deg)", lambda s: abs(s.angle) < 8)),
    ("perspective", ("perspective warp", lambda s: s.perspective > 0), ("no perspective", lambda s: s.perspective == 0)),
    ("transparency", ("half transparent (opacity 0.45-0.75)", lambda s: s.opacity < 0.8), ("opaque (0.9-1.0)", lambda s: s.opacity >= 0.8)),
    ("ink from the photo", ("ink colour from the photo", lambda s: s.ink == "photo"), ("ink in the brand colour", lambda s: s.ink == "brand")),
    ("low contrast", ("contrast < 40 grey levels", lambda s: s.contrast < 40), ("contrast >= 40 grey levels", lambda s: s.contrast >= 40)),
    ("occlusion", ("occluded (15-50 % hidden)", lambda s: s.occluded > 0), ("not occluded", lambda s: s.occluded == 0)),
    ("blur", ("blurred (sigma 0.4-1.2)", lambda s: s.blur > 0), ("not blurred", lambda s: s.blur == 0)),
]  # fmt: skip
COMBOS: list[Subset] = [
    (f"photo ink, contrast < 40, >= {SMALL} px", lambda s: s.ink == "photo" and s.contrast < 40 and s.size >= SMALL),
    (f"brand ink, opaque, not occluded, >= {SMALL} px", lambda s: s.ink == "brand" and s.opacity >= 0.8 and s.occluded == 0 and s.size >= SMALL),
]  # fmt: skip

NEGATIVE_KINDS = [
    ("clean photos only", lambda s: s.kind == "clean"),
    ("unregistered marks only", lambda s: s.kind == "unregistered"),
    ("printed text only", lambda s: s.kind == "text"),
    ("other brands' positives only", lambda s: s.kind == "positive"),
]


def diagnosis(
    scores: dict[str, BrandScores],
    preds: dict[str, Pred],
    samples: list[Sample],
    brands: list[str],
    drops: list[tuple[float, str, float, float]],
    by_neg: list[tuple[float, str]],
) -> str:
    """The section's opening sentences: how this set differs from the issue's, and where the Matcher loses
    (computed from this run's figures; `drops`: (mAP without - with, condition, with, without))."""
    m = scores["knockoff Matcher"]
    pred = preds["knockoff Matcher"]
    big = evaluate(samples, brands, pred, keep=CONDITIONS[0][2][1]).mAP
    small = evaluate(samples, brands, pred, keep=CONDITIONS[0][1][1]).mAP
    pos = [s for s in samples if s.kind == "positive"]
    missed = np.mean([pred.get((s.name, s.brand), (0.0, None))[0] <= 0 for s in pos])
    negs = [s for s in samples if s.kind != "positive"]
    top_neg = {b: max(pred.get((s.name, b), (0.0, None))[0] for s in negs) for b in brands}
    beaten = np.mean([pred.get((s.name, s.brand), (0.0, None))[0] <= top_neg[s.brand] for s in pos])
    worst = sorted(drops, reverse=True)
    lost = ", ".join(f"{name} ({w:.3f} with, {wo:.3f} without)" for _, name, w, wo in worst[:3])
    least = ", ".join(f"{name} ({w:.3f} / {wo:.3f})" for _, name, w, wo in worst[-2:])
    by_neg = sorted(by_neg)
    ocr = ""
    if "Matcher, OCR off" in scores:
        ocr = f"; with OCR off it is {_f(scores['Matcher, OCR off'].mAP)}"
    return " ".join(
        [
            "The issue's set is not available, so this one was drawn by an independent generator "
            "(`benchmarks/eval_composites_other.py`, written without reading the project's synthesis code or "
            "its composite benchmark). It follows the issue's list of conditions but draws each one "
            "independently per positive (rotation and perspective half the time, transparency 35 %, ink from "
            "the photo half the time, occlusion 30 %, blur half the time; fabric shading always), places the "
            "print on the garment found by GrabCut, occludes it with a patch of the same photo, and gives "
            "40 % of the images to hard negatives (clean photos, unregistered marks, printed text) that every "
            "brand ranks.",
            f"The Matcher's mAP is {_f(m.mAP)}: {_f(big)} for logos >= {SMALL} px and {_f(small)} below "
            f"(the issue's other-hand set: 0.666 and 0.602 overall, target >= 0.90), against SIFT + RANSAC "
            f"{_f(scores['SIFT + RANSAC'].mAP)} and matchTemplate {_f(scores['matchTemplate'].mAP)}{ocr}.",
            f"Its largest losses by condition (mAP with / without) are {lost}; the smallest {least}.",
            f"It gives the true brand no row at all on {missed:.0%} of positives, and {beaten:.0%} of positives "
            f"score at or below their brand's best score on a negative image (clean, unregistered, text); "
            f"by kind of negative it ranks "
            f"worst against {by_neg[0][1].replace(' only', '')} (mAP {_f(by_neg[0][0])}) and best against "
            f"{by_neg[-1][1].replace(' only', '')} ({_f(by_neg[-1][0])}).",
            f"Top-1 brand {_f(m.top1)}, box IoU >= 0.5 on {_f(m.iou50)} of positives.",
        ]
    )


MAIN = ["knockoff Matcher", "SIFT + RANSAC", "matchTemplate"]
# the comparison row run beside the defaults: the label, its MatchConfig overrides, its short column name
COMPARE = "Matcher, shortlist without its second tier (match.brand_rescue 0)"
COMPARE_MATCH = {"brand_rescue": 0}
COMPARE_COLUMN = "tier off mAP"


def _subset_row(label: str, samples, brands, preds: dict[str, Pred], keep) -> tuple[str, float]:
    ev = {m: evaluate(samples, brands, preds[m], keep=keep) for m in MAIN}
    k = ev["knockoff Matcher"]
    off = f" {_f(evaluate(samples, brands, preds[COMPARE], keep=keep).mAP)} |" if COMPARE in preds else ""
    row = (
        f"| {label} | {k.n} | {_f(k.mAP)} |{off} {_f(ev['SIFT + RANSAC'].mAP)} | "
        f"{_f(ev['matchTemplate'].mAP)} | {_f(k.top1)} | {_f(k.iou50)} |"
    )
    return row, k.mAP


def headline_table(samples, brands, preds: dict[str, Pred], secs: dict[str, float]) -> list[str]:
    """Per method: mAP (all, >= 48 px, < 48 px), min P@10, top-1, IoU, seconds per image."""
    lines = [
        "| method | mAP | mAP >= 48 px | mAP < 48 px | min P@10 | top-1 brand | mean IoU | IoU >= 0.5 "
        "| s / image |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    small_f, big_f = CONDITIONS[0][1][1], CONDITIONS[0][2][1]
    for m, pred in preds.items():
        sc = evaluate(samples, brands, pred)
        big = evaluate(samples, brands, pred, keep=big_f)
        sm = evaluate(samples, brands, pred, keep=small_f)
        lines.append(
            f"| {m} | {_f(sc.mAP)} | {_f(big.mAP)} | {_f(sm.mAP)} | {_f(min(sc.p10.values()))} "
            f"| {_f(sc.top1)} | {_f(sc.mean_iou)} | {_f(sc.iou50)} | {secs[m] / len(samples):.3f} |"
        )
    return lines


def subset_table(samples, brands, preds: dict[str, Pred]) -> tuple[list[str], list]:
    """Rows per condition (with / without) and per combination; and (drop, name, with, without) per
    condition for the Matcher."""
    off = COMPARE in preds
    lines = [
        "| positives | n | Matcher mAP |"
        + (f" {COMPARE_COLUMN} |" if off else "")
        + " SIFT mAP | template mAP | Matcher top-1 | Matcher IoU >= 0.5 |",
        "|---|---|---|" + ("---|" if off else "") + "---|---|---|---|",
    ]
    drops = []
    for name, with_c, without_c in CONDITIONS:
        got = []
        for label, keep in (with_c, without_c):
            row, v = _subset_row(label, samples, brands, preds, keep)
            lines.append(row)
            got.append(v)
        drops.append((got[1] - got[0], name, got[0], got[1]))
    lines += [_subset_row(label, samples, brands, preds, keep)[0] for label, keep in COMBOS]
    return lines, drops


def negative_table(samples, brands, preds: dict[str, Pred]) -> tuple[list[str], list]:
    """mAP against one kind of negative at a time; and (Matcher mAP, label) per kind."""
    lines = ["| negatives | n | Matcher mAP | SIFT mAP | template mAP |", "|---|---|---|---|---|"]
    by_neg = []
    for label, neg in NEGATIVE_KINDS:
        ev = {m: evaluate(samples, brands, preds[m], negatives=neg) for m in MAIN}
        by_neg.append((ev["knockoff Matcher"].mAP, label))
        lines.append(
            f"| {label} | {sum(neg(s) for s in samples)} | {_f(ev['knockoff Matcher'].mAP)} | "
            f"{_f(ev['SIFT + RANSAC'].mAP)} | {_f(ev['matchTemplate'].mAP)} |"
        )
    return lines, by_neg


def brand_table(samples, scores: dict[str, BrandScores]) -> list[str]:
    """Per brand, weakest first: positives, the Matcher's AP and P@10, the baselines' AP."""
    lines = ["| brand | n | Matcher AP | Matcher P@10 | SIFT AP | template AP |", "|---|---|---|---|---|---|"]
    k = scores["knockoff Matcher"]
    for b in sorted(k.ap, key=lambda b: (k.ap[b], b)):
        n = sum(s.brand == b for s in samples)
        sift = scores["SIFT + RANSAC"].ap.get(b, float("nan"))
        tpl = scores["matchTemplate"].ap.get(b, float("nan"))
        lines.append(f"| {b} | {n} | {_f(k.ap[b])} | {_f(k.p10[b])} | {_f(sift)} | {_f(tpl)} |")
    return lines


def score_all(registered: list[BrandMark], samples: list[Sample], ocr_off: bool):
    """(preds, seconds) per method: the Matcher (and with OCR off, and with the COMPARE overrides, when
    `ocr_off`), SIFT, matchTemplate."""
    preds: dict[str, Pred] = {}
    secs: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        brands_yaml = write_brands(registered, Path(tmp))
        preds[MAIN[0]], secs[MAIN[0]] = matcher_preds(brands_yaml, samples, ocr=True)
        if ocr_off:
            preds["Matcher, OCR off"], secs["Matcher, OCR off"] = matcher_preds(
                brands_yaml, samples, ocr=False
            )
            preds[COMPARE], secs[COMPARE] = matcher_preds(brands_yaml, samples, True, match=COMPARE_MATCH)
    preds[MAIN[1]], secs[MAIN[1]] = baseline_preds("sift", registered, samples)
    preds[MAIN[2]], secs[MAIN[2]] = baseline_preds("template", registered, samples)
    return preds, secs


def run(quick: bool = False) -> str:
    """The Markdown section (## Composites by another hand ...). Quick: the first QUICK_N composites of the
    same set, no OCR-off pass unless KNOCKOFF_BENCH_NOOCR=1. Raises FileNotFoundError without the data."""
    t0 = time.perf_counter()
    registered, samples = generate(QUICK_N if quick else N_IMAGES)
    t_gen = time.perf_counter() - t0
    brands = [b.title for b in registered]
    preds, secs = score_all(registered, samples, not quick or os.environ.get("KNOCKOFF_BENCH_NOOCR") == "1")
    scores = {m: evaluate(samples, brands, p) for m, p in preds.items()}
    subsets, drops = subset_table(samples, brands, preds)
    negatives, by_neg = negative_table(samples, brands, preds)
    kinds = {k: sum(s.kind == k for s in samples) for k in ("positive", "clean", "unregistered", "text")}
    small = sum(s.kind == "positive" and s.size < SMALL for s in samples)
    lines = [
        f"## Composites by another hand ({'quick, ' if quick else ''}{len(samples)} images, {len(brands)} "
        f"held-out brands, `benchmarks/bench_composites_other.py`)",
        "",
        diagnosis(scores, preds, samples, brands, drops, by_neg),
        "",
        f"Set: `benchmarks/eval_composites_other.py` seed {SEED}, digest {digest(samples)}: {len(samples)} "
        f"held-out clothing photos, {kinds['positive']} positives ({small} under {SMALL} px), "
        f"{kinds['clean']} clean, {kinds['unregistered']} unregistered marks, {kinds['text']} printed text; "
        f"each brand registered with one flat reference (SVG in its colour). Matcher: defaults as "
        f"`knockoff match --min-score 0` (OCR on, CPU, raw scores); the baselines get the same reference "
        f"rendered at 256 px. Generated in {t_gen:.0f} s; `python -m benchmarks --only composites_other`.",
        "",
        *headline_table(samples, brands, preds, secs),
        "",
        "By subset of the positives (each ranked against every image not showing the brand); mAP per method, "
        "then the Matcher's top-1 brand and IoU >= 0.5:",
        "",
        *subsets,
        "",
        "Against one kind of negative at a time (all positives):",
        "",
        *negatives,
        "",
        "Per brand, weakest first (AP; P@10 of the Matcher; n = positives):",
        "",
        *brand_table(samples, scores),
    ]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--quick", action="store_true")
    args = p.parse_args(argv)
    print(run(quick=args.quick))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
