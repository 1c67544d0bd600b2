"""The benchmark's metrics: AP, P@k, recall at a precision, IoU (hand-checked values)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.eval_metrics import (
    average_precision,
    evaluate,
    iou,
    precision_at_k,
    r_precision,
    recall_at_precision,
)


def test_average_precision_and_ties() -> None:
    assert average_precision(np.array([0.9, 0.8, 0.7, 0.1]), np.array([1, 0, 1, 0])) == pytest.approx(5 / 6)
    # Ties are ranked pessimistically: a positive tied with a negative does not get the benefit.
    assert average_precision(np.array([0.5, 0.5]), np.array([1, 0])) == pytest.approx(0.5)


def test_precision_recall_and_iou() -> None:
    s, lab = np.array([0.9, 0.8, 0.7, 0.6]), np.array([1, 1, 0, 1])
    assert precision_at_k(s, lab, 2) == 1.0
    assert recall_at_precision(s, lab, 0.95) == pytest.approx(2 / 3)
    assert iou((0, 0, 10, 10), (5, 0, 15, 10)) == pytest.approx(1 / 3)
    assert iou(None, (0, 0, 1, 1)) == 0.0


def test_brand_without_positives_has_no_p_at_k() -> None:
    r = evaluate(["a", "b"], ["X", "Y"], {"a": ("X", (0, 0, 10, 10))}, {("a", "X"): (0.9, (0, 0, 10, 10))})
    assert r.mAP == 1.0 and r.min_p20 == 1.0 and np.isnan(r.per_brand_p20["Y"]) and r.mean_iou == 1.0


def test_p_at_k_and_r_precision_differ_when_a_brand_has_more_positives_than_k() -> None:
    # 3 positives, k = 2: the top 2 are right (P@2 = 1) but one positive sits below a negative (R-prec 2/3).
    s, lab = np.array([0.9, 0.8, 0.7, 0.6, 0.1]), np.array([1, 1, 0, 1, 0])
    assert precision_at_k(s, lab, 2) == 1.0
    assert r_precision(s, lab) == pytest.approx(2 / 3)
    names = list("abcde")
    truth = {n: ("X", None) for n, y in zip(names, lab, strict=True) if y}
    pred = {(n, "X"): (float(v), None) for n, v in zip(names, s, strict=True)}
    r = evaluate(names, ["X"], truth, pred, k=2)
    assert r.min_p20 == 1.0 and r.min_rprec == pytest.approx(2 / 3)
