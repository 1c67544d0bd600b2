"""Retrieval and localisation metrics for per-brand logo detection.

Input everywhere: for every (image, brand) pair a score (0 when nothing was found) and optionally a box;
the truth is which images carry which brand's logo and where.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

Box = tuple[float, float, float, float]


def average_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Non-interpolated AP (area under the precision-recall steps), ties broken pessimistically."""
    n_pos = int(labels.sum())
    if n_pos == 0:
        return float("nan")
    order = np.lexsort((labels, -scores))  # equal scores: negatives first
    lab = labels[order]
    tp = np.cumsum(lab)
    prec = tp / np.arange(1, len(lab) + 1)
    return float((prec * lab).sum() / n_pos)


def precision_at_k(scores: np.ndarray, labels: np.ndarray, k: int) -> float:
    order = np.lexsort((labels, -scores))[:k]
    return float(labels[order].sum() / max(1, len(order)))


def r_precision(scores: np.ndarray, labels: np.ndarray) -> float:
    """Precision at k = the number of positives (every positive ranked above every negative gives 1)."""
    n_pos = int(labels.sum())
    return precision_at_k(scores, labels, n_pos) if n_pos else float("nan")


def recall_at_precision(scores: np.ndarray, labels: np.ndarray, min_precision: float) -> float:
    """Highest recall reachable with precision >= min_precision at some threshold."""
    n_pos = int(labels.sum())
    if n_pos == 0:
        return float("nan")
    order = np.lexsort((labels, -scores))
    lab, sc = labels[order], scores[order]
    tp = np.cumsum(lab)
    prec = tp / np.arange(1, len(lab) + 1)
    # Only cut between distinct scores.
    cut = np.r_[sc[1:] != sc[:-1], True]
    ok = (prec >= min_precision) & cut & (sc > 0)
    return float(tp[ok].max() / n_pos) if ok.any() else 0.0


def iou(a: Box | None, b: Box | None) -> float:
    if a is None or b is None:
        return 0.0
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return float(inter / union) if union > 0 else 0.0


@dataclass
class BrandScores:
    """Ranking and localisation figures of one subset: mAP over brands (each brand ranks the images by its
    score), per-brand AP and P@k, the share of positives whose own brand outscores every other (top-1),
    mean IoU of the own brand's box with the truth (0 without a box) and the share of IoU >= 0.5; `n` is the
    number of positives."""

    mAP: float
    ap: dict[str, float]
    p10: dict[str, float]
    top1: float
    mean_iou: float
    iou50: float
    n: int


def brand_scores(
    pred: dict[tuple[str, str], tuple[float, Box | None]],
    ap: dict[str, float],
    p10: dict[str, float],
    positives: list[tuple[str, str, list[Box]]],
    brands: list[str],
) -> BrandScores:
    """`BrandScores` from per-brand AP / P@k already computed and the positives as (image, brand, truth
    boxes): top-1 against every other brand of `brands`, IoU with the best-matching truth box."""
    top1, ious = [], []
    for name, brand, boxes in positives:
        own = pred.get((name, brand), (0.0, None))
        other = max(pred.get((name, b), (0.0, None))[0] for b in brands if b != brand)
        top1.append(own[0] > other)
        ious.append(max(iou(own[1], box) for box in boxes))
    return BrandScores(
        float(np.mean(list(ap.values()))) if ap else float("nan"),
        ap,
        p10,
        float(np.mean(top1)) if top1 else float("nan"),
        float(np.mean(ious)) if ious else float("nan"),
        float(np.mean([v >= 0.5 for v in ious])) if ious else float("nan"),
        len(positives),
    )


def fmt(v: float) -> str:
    """A figure with three decimals, "n/a" for NaN."""
    return "n/a" if v != v else f"{v:.3f}"


@dataclass
class Report:
    mAP: float
    per_brand_ap: dict[str, float]
    per_brand_p20: dict[str, float]
    min_p20: float
    per_brand_rprec: dict[str, float]  # R-precision: precision at k = the brand's positives
    min_rprec: float
    recall_at_p95: float  # pooled over all (image, brand) pairs
    mean_iou: float  # on positives with a box
    iou50: float  # share of positives whose best box has IoU >= 0.5
    n_images: int
    n_pos: int


def evaluate(
    names: list[str],
    brands: list[str],
    truth: dict[str, tuple[str, Box | None]],
    pred: dict[tuple[str, str], tuple[float, Box | None]],
    k: int = 20,
) -> Report:
    """names: image ids; truth: image -> (brand, box) for positives; pred: (image, brand) -> (score, box)."""
    aps, p20s, rprec = {}, {}, {}
    all_s, all_l = [], []
    for b in brands:
        s = np.array([pred.get((n, b), (0.0, None))[0] for n in names], np.float64)
        lab = np.array([truth.get(n, (None,))[0] == b for n in names], np.int64)
        aps[b] = average_precision(s, lab)
        # P@k with k capped at the brand's positives; a brand with none in this subset has no P@k.
        p20s[b] = precision_at_k(s, lab, min(k, int(lab.sum()))) if lab.sum() else float("nan")
        rprec[b] = r_precision(s, lab)
        all_s.append(s)
        all_l.append(lab)
    ious = []
    for n, (b, box) in truth.items():
        if n in names:
            ious.append(iou(pred.get((n, b), (0.0, None))[1], box))
    ap_vals = [v for v in aps.values() if not np.isnan(v)]
    return Report(
        mAP=float(np.mean(ap_vals)) if ap_vals else float("nan"),
        per_brand_ap=aps,
        per_brand_p20=p20s,
        min_p20=min((v for v in p20s.values() if not np.isnan(v)), default=float("nan")),
        per_brand_rprec=rprec,
        min_rprec=min((v for v in rprec.values() if not np.isnan(v)), default=float("nan")),
        recall_at_p95=recall_at_precision(np.concatenate(all_s), np.concatenate(all_l), 0.95),
        mean_iou=float(np.mean(ious)) if ious else float("nan"),
        iou50=float(np.mean([v >= 0.5 for v in ious])) if ious else float("nan"),
        n_images=len(names),
        n_pos=sum(1 for n in names if n in truth),
    )
