"""Probability calibration across brands (matching/calibration.py ProbabilityCalibration, fitted by
benchmarks/eval_calibration.py) and the calibration files' atomic writes."""

from __future__ import annotations

import math
import multiprocessing as mp
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest

from benchmarks.eval_calibration import (
    brand_folds,
    cross_fit,
    cross_fitted_rows,
    fit_logistic,
    fpr_scores,
    null_best,
    pair_examples,
)
from knockoff.matching.calibration import (
    OTHER_FLOOR,
    PROB_FEATURES,
    BrandCalibration,
    ProbabilityCalibration,
    row_features,
)


def _logit(v: float) -> float:
    return math.log(v / (1 - v))


def _tails() -> BrandCalibration:
    rng = np.random.default_rng(0)
    # "loud" fires on photos that do not show it (a plain wordmark), "quiet" hardly does
    return BrandCalibration.fit(
        {"loud\tlogo": list(rng.uniform(0.4, 0.7, 200)), "quiet\tlogo": list(rng.uniform(0.0, 0.15, 200))}
    )


def test_row_features_read_the_image_context() -> None:
    tails = _tails()
    rows = [
        {"brand": "loud", "method": "cnn", "score": 0.8},
        {"brand": "loud", "method": "ocr", "score": 0.6},
        {"brand": "quiet", "method": "cnn+sift", "score": 0.3},
    ]
    f = row_features(rows, tails)
    assert f.shape == (3, len(PROB_FEATURES))
    col = {k: i for i, k in enumerate(PROB_FEATURES)}
    # margin against the best OTHER brand: loud's rows against quiet's 0.3, quiet's against loud's 0.8
    assert f[0, col["logit_margin"]] == pytest.approx(_logit(0.8) - _logit(0.3))
    assert f[1, col["logit_margin"]] == pytest.approx(_logit(0.6) - _logit(0.3))
    assert f[2, col["logit_margin"]] == pytest.approx(_logit(0.3) - _logit(0.8))
    assert f[:, col["has_ocr"]].tolist() == [1.0, 1.0, 0.0]
    assert f[:, col["verified"]].tolist() == [0.0, 0.0, 1.0]
    # surprise in the row's family null: loud's OCR family is not fitted (tail probability 1)
    assert f[0, col["surprise"]] > 0 and f[1, col["surprise"]] == 0.0
    # the same raw score is rarer for the quiet brand
    alone = row_features([{"brand": b, "method": "cnn", "score": 0.3} for b in ("loud", "quiet")], tails)
    assert alone[1, col["surprise"]] > alone[0, col["surprise"]]


def _rows(rng, brand: str, shown: bool, loud: bool) -> list[dict]:
    """One synthetic image's row for `brand`: a loud brand's negatives score high, a quiet one's low."""
    if shown:
        s = rng.uniform(0.72, 0.95) if loud else rng.uniform(0.3, 0.6)
    else:
        s = rng.uniform(0.4, 0.7) if loud else rng.uniform(0.0, 0.15)
    return [{"brand": brand, "method": "cnn", "score": float(s)}]


def _world(seed: int = 1):
    """Images of brands a..f (loud: a, b, c), one row per brand; returns (names, image brand, rows)."""
    rng = np.random.default_rng(seed)
    brands = list("abcdef")
    names, shows, rows = [], [], {}
    for i in range(240):
        b = brands[i % 6]
        name = f"img{i}"
        names.append(name)
        shows.append(b)
        rows[name] = [dict(r, image_sha256=name) for c in brands for r in _rows(rng, c, c == b, c in "abc")]
    null = {
        f"{c}\tlogo": [r["score"] for _ in range(150) for r in _rows(rng, c, False, c in "abc")]
        for c in brands
    }
    return brands, names, shows, rows, BrandCalibration.fit(null)


def _precision(pred: dict, names, shows, brand: str, t: float) -> float:
    hit = [(n, s) for n, s in zip(names, shows, strict=True) if pred[(n, brand)] >= t]
    return sum(s == brand for _, s in hit) / max(1, len(hit))


def test_one_threshold_means_the_same_for_loud_and_quiet_brands() -> None:
    brands, names, shows, rows, tails = _world()
    by_brand, full = cross_fit(rows, names, shows, brands, brands, tails)
    cal = cross_fitted_rows(rows, names, by_brand)
    prob = {(n, r["brand"]): r["score"] for n in names for r in cal[n]}
    raw = {(n, r["brand"]): r["score"] for n in names for r in rows[n]}
    # one threshold: raw 0.5 passes every quiet-brand hit but also loud brands' negatives
    assert min(_precision(raw, names, shows, b, 0.5) for b in brands) < 0.5
    assert min(_precision(prob, names, shows, b, 0.5) for b in brands) > 0.9
    # a score is strictly more likely the higher it is, and less when another brand outscores it
    img = [{"image_sha256": "x", "brand": "d", "method": "cnn", "score": s} for s in (0.2, 0.4)]
    p = [r["score"] for r in full.apply_rows(img)]
    assert p[1] > p[0]
    rival = full.apply_rows(img[1:] + [{"image_sha256": "x", "brand": "a", "method": "cnn", "score": 0.95}])
    assert rival[0]["score"] < p[1]


def test_cross_fit_scores_a_fold_with_a_model_that_never_saw_it() -> None:
    brands, names, shows, rows, tails = _world()
    dev = brands[:4]
    folds = brand_folds(dev, 2)
    assert sorted(b for g in folds for b in g) == dev and all(len(g) == 2 for g in folds)
    by_brand, full = cross_fit(rows, names, shows, brands, dev, tails)
    assert by_brand["e"] is full and by_brand["f"] is full  # brands outside dev: the model of every dev pair
    fold = next(g for g in brand_folds(dev) if "a" in g)
    assert all(by_brand[b] is by_brand["a"] for b in fold) and by_brand["a"] is not full
    # the fold's model is the one fitted on the pairs whose image and brand are both outside the fold
    x = pair_examples(rows, names, brands, tails)
    inside = [i for i, s in enumerate(shows) if s in dev and s not in fold]
    cols = [j for j, b in enumerate(brands) if b in dev and b not in fold]
    y = np.array([[shows[i] == brands[j] for j in cols] for i in inside], float).reshape(-1)
    _, _, w, _ = fit_logistic(x[inside][:, cols].reshape(-1, x.shape[-1]), y)
    assert np.allclose(w, by_brand["a"].w) and not np.allclose(w, full.w)


def test_fit_logistic_recovers_the_direction_and_needs_both_classes() -> None:
    rng = np.random.default_rng(0)
    x = rng.normal(size=(2000, 2))
    y = (rng.uniform(size=2000) < 1 / (1 + np.exp(-(3 * x[:, 0] - 1 * x[:, 1])))).astype(float)
    _, _, w, _ = fit_logistic(x, y, l2=0.0)
    assert w[0] == pytest.approx(3.0, rel=0.2) and w[1] == pytest.approx(-1.0, rel=0.3)
    with pytest.raises(ValueError, match="positive and negative"):
        fit_logistic(x, np.zeros(2000))


def test_threshold_at_one_null_false_positive_rate() -> None:
    rows = {
        "n1": [{"brand": "a", "method": "cnn", "score": 0.5}, {"brand": "b", "method": "cnn", "score": 0.1}],
        "n2": [{"brand": "a", "method": "cnn", "score": 0.7}],
        "n3": [{"brand": "b", "method": "ocr", "score": 0.9}],
    }
    null = [
        SimpleNamespace(name="n1", brand=""),
        SimpleNamespace(name="n2", brand=""),
        SimpleNamespace(name="n3", brand="b"),
    ]
    nulls = null_best(rows, null, ["a", "b"])
    assert nulls["a"].tolist() == [0.5, 0.7, 0.0] and nulls["b"].tolist() == [0.1, 0.0]  # n3 shows b
    out = fpr_scores({("x", "a"): (0.6, None), ("x", "b"): (0.6, (0, 0, 1, 1))}, nulls)
    assert out[("x", "a")] == (pytest.approx(1 - 1 / 3), None) and out[("x", "b")][0] == 1.0


def test_probability_digest_names_the_fitted_model() -> None:
    """The digest (part of the Matcher's model version) is the same for the same fit and changes with
    any weight, so score caches of two calibrations never mix."""
    brands, names, shows, rows, tails = _world()
    _, full = cross_fit(rows, names, shows, brands, brands, tails)
    same = ProbabilityCalibration(full.tails, full.mean, full.std, full.w, full.b)
    moved = ProbabilityCalibration(full.tails, full.mean, full.std, full.w, full.b + 0.01)
    assert same.digest() == full.digest() != moved.digest()


def _save_many(path: str, seed: int) -> None:
    rng = np.random.default_rng(seed)
    cal = BrandCalibration.fit({f"b{seed}\tlogo": list(rng.uniform(0, 1, 50))})
    for _ in range(30):
        cal.save(Path(path))


def test_concurrent_saves_never_collide(tmp_path) -> None:
    path = tmp_path / "cal.json"
    ctx = mp.get_context("fork")
    procs = [ctx.Process(target=_save_many, args=(str(path), i)) for i in range(4)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
    assert [p.exitcode for p in procs] == [0, 0, 0, 0]
    assert len(BrandCalibration.load(path).tails) == 1  # one writer's whole file
    assert [p.name for p in tmp_path.iterdir()] == ["cal.json"]  # no temporary file left


def test_shipped_model_without_a_null() -> None:
    model = ProbabilityCalibration.no_null()

    def p(rows: list[tuple[str, str, float]]) -> list[float]:
        return [
            r["score"]
            for r in model.apply_rows(
                [{"image_sha256": "x", "brand": b, "method": m, "score": s} for b, m, s in rows]
            )
        ]

    low, high = p([("a", "cnn", 0.4)])[0], p([("a", "cnn", 0.9)])[0]
    assert 0.0 < low < high < 1.0
    assert p([("a", "cnn", 0.9), ("b", "cnn", 0.95)])[0] < high  # another brand outscores it
    assert p([("a", "cnn", 0.9), ("a", "ocr", 0.5)])[0] > high  # the brand's text read as well
    # the surprise has no weight: a null changes nothing
    fitted = ProbabilityCalibration(_tails(), model.mean, model.std, model.w, model.b)
    row = [{"image_sha256": "x", "brand": "loud", "method": "cnn", "score": 0.8}]
    assert fitted.apply_rows(row)[0]["score"] == pytest.approx(model.apply_rows(row)[0]["score"])


def test_shipped_model_does_not_grow_as_fewer_brands_compete() -> None:
    """A photo showing none of the brands (every brand near 0) gets the same low probability with 3
    registered brands as with 40: the margin is taken over the best other brand or OTHER_FLOOR (prob-v1 gave
    this row 0.79 with 3 brands, 0.72 with 40: every real-logos photo shows a brand, so a photo where every
    brand is near 0 never occurred in its fit)."""
    model = ProbabilityCalibration.no_null()
    rng = np.random.default_rng(0)

    def best_p(n_brands: int) -> float:
        rows = [{"image_sha256": "x", "brand": "b0", "method": "cnn", "score": 0.002}] + [
            {"image_sha256": "x", "brand": f"b{i}", "method": "cnn", "score": float(rng.uniform(0.0, 0.002))}
            for i in range(1, n_brands)
        ]
        return model.apply_rows(rows)[0]["score"]

    assert best_p(3) == pytest.approx(best_p(40)) and best_p(3) < 0.15
    col = PROB_FEATURES.index("logit_margin")
    alone = row_features([{"brand": "a", "method": "cnn", "score": 0.5}], BrandCalibration({}))
    weak = row_features(
        [{"brand": "a", "method": "cnn", "score": 0.5}, {"brand": "b", "method": "cnn", "score": 0.01}],
        BrandCalibration({}),
    )
    assert alone[0, col] == pytest.approx(weak[0, col]) == pytest.approx(_logit(0.5) - _logit(OTHER_FLOOR))


def test_official_photo_rows_keep_their_raw_score_and_leave_the_context_alone() -> None:
    """The model was fitted on logo and OCR rows: an official-photo row keeps its raw score, and another
    brand's official-photo row does not count as that brand's competing evidence."""
    model = ProbabilityCalibration.no_null()
    logo = {"image_sha256": "x", "brand": "a", "method": "cnn", "score": 0.8}
    rows = [logo, {"image_sha256": "x", "brand": "b", "method": "official_photo", "score": 0.95}]
    out = model.apply_rows(rows)
    assert out[1]["score"] == pytest.approx(0.95)
    assert out[0]["score"] == pytest.approx(model.apply_rows([logo])[0]["score"])
    zero = model.apply_rows([{"image_sha256": "y", "brand": "a", "method": "official_photo", "score": 0.0}])
    assert zero[0]["score"] == 0.0
