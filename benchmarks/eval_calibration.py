"""Scores that mean the same for every brand? Raw scores, the per-brand tail calibration, per-brand
thresholds at one false-positive rate and a brand-agnostic probability calibration, compared at one global
threshold on real photos (../shared/data/real-logos; called by benchmarks/bench_real_logos.py).

The probability calibration (matching/calibration.py `ProbabilityCalibration`) is one L2-regularised
logistic regression for every brand (numpy + scipy L-BFGS; scikit-learn is not installed) mapping a
detection row's features (`row_features`: its surprise in its brand's family null, the logit of its raw
score, its logit margin over the best other brand in the image, OCR evidence for the brand, SIFT
verification) to P(the image shows the brand). It is fitted on development-half pairs only (images of
development brands outside the calibration quarter x development brands; the pair's best raw row as its
example, label: the image shows the brand). The development figures are cross-fitted: the development
brands are cut into FOLDS groups and a group's brands are scored by a model fitted on pairs whose image AND
brand are both outside the group. Held-out brands are scored by the model fitted on every development pair;
their features come from their rows and their null (the calibration photos, which show development brands
only), never their labels.

Method sources: Platt scaling (a logistic map from a classifier's score to a probability; Platt, "Probabilistic
outputs for support vector machines", 1999) with more than one input; cross-fitting as in double machine
learning (Chernozhukov et al., Econometrics Journal 21, 2018), here over groups of brands.

Chosen on the development half only (model v12 rows from the score cache, 1,994 images outside the 247
calibration photos; cross-fitted, 5 folds, L2 1; lowest per-brand precision at the global threshold, brands
below 0.8, largest false positives per 1000 negatives, mAP; raw scores: 0.55, 1, 12.8, 0.873):
- pair features as linear terms (raw, logo, OCR, verified, logo x OCR, best other brand, margin, the null's
  90th / 99th percentile and maximum, excess over the 99th, number of marks, log SIFT keypoints of the
  reference): 0.28, 2, 15.7, 0.911 -- the two brands with the quietest nulls got P about 0.6 at raw score 0
  (Converse 26, Sergio Tacchini 31 false positives; linear extrapolation): null statistics enter only
  through the surprise since;
- logit raw + logit margin 0.55, 2, 11.2, 0.907; surprise + logit raw 0.45, 3, 8.6, 0.878; surprise + logit
  raw + logit margin 0.74, 3, 5.1, 0.919; the same + OCR + verified (kept) 0.68, 1, 4.6, 0.919; the same + log
  keypoints and verified x keypoints 0.65, 3, 12.9, 0.919;
- with the kept features: 4 / 10 / 20 folds 0.77 / 0.68 / 0.68; L2 0.1 / 10 0.67 / 0.63; 8 random brand
  partitions into 5 folds: lowest precision 0.68-0.77, its standard deviation over brands 0.066-0.080 (raw
  0.111), brands below 0.8 2-3 (raw 1), largest false positives 5.1-6.2 per 1000, mAP 0.916-0.917, top-1
  0.860-0.863 (raw 0.857);
- the null's kind: a Matcher's calibration folder holds logo-free photos, not other brands' photos. Fitted and
  applied with a null of the first 200 / all 2,274 logo-free training-split clothing photos
  (training.shared_data.photos("train"), scored into the same cache): 0.62 / 0.68 lowest, sd 0.095 / 0.083,
  largest false positives 13.3 / 7.7, mAP 0.911 / 0.910 -- hardly better than no null at all (0.63, sd 0.093,
  8.1, 0.909); weights fitted with the 247-photo null but applied with the 200 logo-free photos: 0.42, sd
  0.126, 29.7 (weights do not carry over between kinds of null);
- the tail calibration with a larger null (the 247 photos plus all 2,274 logo-free training-split clothing
  photos, 2,521): lowest development precision 0.55 (raw 0.55), largest false positives 17.0 per 1000, brands
  below 0.8 2 (Calvin Klein 23 of 39, Kenzo 40 of 73: Kenzo's false positives are Napapijri 13, Zara 5, Uniqlo
  4 photos); tail share 0.01-0.1 with prior weight 0-100 left that minimum at 0.44-0.57;
- across matcher versions (development half, cross-fitted, each version's own rows and null): v8 raw -> with
  the null -> without: lowest precision 0.47 -> 0.71 -> 0.55, sd 0.144 -> 0.076 -> 0.109, mAP 0.821 -> 0.882
  -> 0.866; v11 0.55 -> 0.68 -> 0.65, sd 0.111 -> 0.074 -> 0.086, mAP 0.869 -> 0.916 -> 0.908. Fold models
  fitted on v8 or v11 rows applied to v12 rows (v12 null): lowest 0.68 / 0.68, sd 0.072 / 0.073, mAP 0.918 /
  0.917 (v12's own: 0.68, 0.071, 0.918): the weights survive a change of the matcher;
- most of the mAP gain comes from the margin over the image's best other brand: a photo of one brand that
  another brand outscores is seldom the first brand's (real-logos shows one labelled brand per image; a
  listing showing two brands would lose the weaker one's score).

prob-v1 (before the floor below) depended on how many brands are registered (issue 12, v13 rows): its main input is the margin over
the best OTHER brand, larger on a logo-free photo when few brands compete. 300 logo-free training-split clothing
photos, (photo, brand) pairs with P >= 0.5 keeping only the rows of k random brands: 24 at k = 40, 209-263 at
k = 10, 353-421 at k = 3; on the demo shop (3 brands) per-brand AP falls 0.946 / 0.903 / 0.940 -> 0.664 / 0.427 /
0.430 (benchmarks/bench_demo.py), so match.detect.score_calibration "probability" is opt-in. Tried on the
development half (exploratory script, not kept): fitting on each image's rows restricted to random brand subsets
(k = 3, 5, 10, 20, 40) removes the dependence (logo-free pairs >= 0.5: 0-3 at k = 3, 10 and 40) at cross-fitted
mAP 0.904 (plain 0.909, raw 0.883) but widens the precision spread at one threshold (lowest brand 0.35, largest
false positives 25.9 per 1000; plain 0.63 / 8.1); the same with log(brands in the image) as a sixth feature:
0.908, lowest 0.43, 18.3, logo-free 0-3. (That script also printed the held-out figures of the first variant;
neither variant was chosen or shipped.) A lead: a registry-size-aware model selected on the development half and
the demo together.

A fixed bank of distractor marks, tried and not kept (issue 12, v13 rows, exploratory scripts not kept): 40 (or
120) simple-icons marks (PyPI simple-icons-pack 16.36.0, CC0; the first by SHA-256 of the slug, titles equal to a
registered brand's term left out; brand colour on white) scored beside the user's brands, so that the margin is
taken over user brands + bank, and their rows dropped after calibration. Demo shop (240 listings, same run: the
bank's rivals move the raw rows a little), per-brand AP Acme / Nordvik / Solenne: raw 0.949 / 0.903 / 0.937;
shipped model, user rows only 0.740 / 0.361 / 0.414 (listings flagged at deliver.min_score 208 / 193 / 192, raw
26 / 41 / 35); shipped model with the bank 0.615 / 0.634 / 0.594 (115 / 88 / 97; 120 marks, 120 listings: 0.568 /
0.712 / 0.467); refitted with the bank present (819 development-brand images, bank scored on them): 0.575 / 0.590
/ 0.529, development figures unchanged (cross-fitted, pooled over those 819 images only: lowest brand precision
0.49 vs 0.48 without the bank, raw 0.39; mAP 0.929 vs 0.931, raw 0.902). The bank halves the false flags but the
lists stay far below raw: the model never saw a logo-free photo (every real-logos image shows a brand), so a
margin over weak competitors reads as evidence whatever the competitors are. Closer, also not enough: the same
refit with logo-free training-split clothing photos as negatives for every brand (development pairs + N photos x
40 brands): N = 200: demo 0.846 / 0.750 / 0.707 (with the bank 0.874 / 0.713 / 0.680), development lowest
precision 0.43, largest false positives per 1000 44.2-45.5 (no logo-free: 36.6), mAP 0.927-0.929; N = 909: demo
0.897 / 0.713 / 0.614 (flagged 18 / 19 / 16, all true), development 0.43 / 45.5 / 0.924. Neither meets raw on the
demo, so "probability" stays opt-in and unchanged.

Where the demo loss happened, and prob-v2 (issue 12, v13 rows; the demo's rows scored once and reused, raw per-brand
AP Acme / Nordvik / Solenne 0.946 / 0.903 / 0.940; "logo row": listings ranked by the brand's best logo row, before
fusion, benchmarks/bench_demo.py). prob-v1: logo row raw 0.514 / 0.621 / 0.617 -> 0.539 / 0.390 / 0.387, fused
0.664 / 0.427 / 0.430: the calibration itself fell, fusion only passed it on. Cause: on a logo-free photo every
one of 3 brands scores about 0, the margin over the best other brand is then about 0 instead of the development
pairs' usual -10, and a row of raw score 0 got P about 0.9 (clean listings' logo rows: median raw 0.000, median P
0.47); official-photo rows (a signal the model never saw: real-logos registers no official photos) were also
mapped, raw 0 -> P up to 0.9, with a "reuses the official photo" reason. prob-v2 (kept, still opt-in): the margin
is taken over max(best other brand, OTHER_FLOOR = 0.1) and official-photo rows keep their raw score. Floors
(cross-fitted development lowest brand precision / mAP; demo fused AP; logo-free pairs >= 0.5 with 3 / 10 / 40 of
the 40 brands on 300 training-split photos): 0: 0.63 / 0.909; 0.759 / 0.581 / 0.480 (official rows kept raw);
389 / 264 / 32; 0.05: 0.63 / 0.909; 0.915 / 0.866 / 0.718; 43 / 76 / 27; 0.07: 0.63 / 0.910; 0.923 / 0.868 / 0.740;
0.08: 0.61 / 0.910; 0.933 / 0.871 / 0.742; 0.09: 0.63 / 0.910; 0.943 / 0.872 / 0.742; 9 / 24 / 16; 0.1 (kept): 0.61
/ 0.910; 0.946 / 0.872 / 0.743 (flagged 29 / 25 / 24, raw 29 / 42 / 35); 4 / 22 / 16; 0.2: 0.52 / 0.912; 0.949 /
0.874 / 0.743; 0.3: 0.43 / 0.914; 0.949 / 0.874 / 0.769 (the development minimum moves between 0.61 and 0.63 by one
brand's hits at the threshold). Held-out half, measured once after the choice (no null): lowest brand precision
0.00 as v1 and raw (Polo Ralph Lauren), largest false positives per 1000 4.2 (raw 10.0), mAP 0.918 (raw 0.888),
top-1 0.886 (raw 0.893); with the 247-photo null 0.17 / 4.6 / 0.919. What is left on the demo is in the margin
itself: prob-v2's logo-row AP 0.676 / 0.628 / 0.465 (Solenne falls): Solenne's and Nordvik's marks match the same
logo at about 0.6 each (tied rows get P about 0.2 each, below fusion's min_signal 0.4, while a lone raw 0.3 row on
a clean photo gets 0.54). The same rows with each brand calibrated alone (no rival in the margin): logo row 0.585
/ 0.581 / 0.610, fused 0.874 / 0.807 / 0.827, flagged 63 / 64 / 64: a monotone map of raw scores needs fusion's
logo min_signal near 0.6 in probability units. Tried with the floor and not kept (development lowest precision /
mAP; demo fused AP): a cap on the margin (0 / 1 / 2 / 4 logit): 0.31 / 0.47 / 0.53 / 0.60; 0.689-0.931 / 0.548-0.871
/ 0.548-0.743; logo-free negatives in the fit (200 / 800 photos x the training brands): 0.46 / 0.41, 0.911 / 0.910;
0.846 / 0.745 / 0.548 and 0.742 / 0.614 / 0.548; P times an image-level factor P(a registered brand is shown |
the image's best score), fitted on development images vs 800 logo-free photos: 0.41, 0.909; 0.794 / 0.713 / 0.548;
rivals on the same window (IoU >= 0.5) left out of / halved in the margin: 0.49 / 0.56, 0.907 / 0.908; 0.943 /
0.842 / 0.845 and 0.946 / 0.896 / 0.762; a sixth feature, the margin over the second other brand: weight -0.12,
figures unchanged (0.63, 0.910; 0.946 / 0.872 / 0.743); a non-linear margin, because development ties are
under-predicted (raw 0.55-0.65 with margin within +-0.3 logit: 36% positive, mean P 0.19): margin split at 0 into
two features / a hinge max(margin, -1) / max(margin, -0.5) / raw logit x sigmoid(margin) / sigmoid(margin) as a
sixth feature: 0.59 / 0.57 / 0.59 / 0.42 / 0.54 lowest, mAP 0.910-0.916; demo Solenne 0.761 / 0.744 / 0.748 / 0.745 /
0.746 (Nordvik up to 0.933 with the hinge at -1, Acme down to 0.871); fewer logo-free negatives (25 / 50 / 100
photos): 0.56 / 0.54 / 0.50, demo 0.949 / 0.874 / 0.745-0.713; fusion's logo min_signal 0.3 / 0.35 / 0.45 / 0.5 / 0.6 for
probabilities: 0.946 / 0.885 / 0.753 (flagged 70 / 63 / 74) ... 0.949 / 0.874 / 0.713 (17 / 24 / 19). None reaches
raw on the demo (each brand >= raw - 0.01) with the development minimum >= 0.63, so "probability" stays opt-in.

The rows given here carry the Matcher's raw score in `score` (benchmarks/bench_real_logos.py `raw_rows`
maps the cached `score_raw` back), since the Matcher's own `score` is calibrated when
match.detect.score_calibration is not "none".

Held-out half, measured once with the choice above (never inspected to choose): see the table in
benchmarks/RESULTS.md; the one held-out brand below 0.8 with the probability calibration is Polo Ralph Lauren,
whose photos the Matcher hardly finds (raw: no image above the threshold; calibrated: 1 of 6 hits right, 1 of
its 20 photos found), while raw scores left Louis Vuitton (0.73) and Tommy Hilfiger (0.60) below 0.8.

The gain is a closed-world effect (issue 12, stop 73, 2026-12-06, model v35 rows; exploratory scripts, not
kept). Real-logos labels one registered brand in every image, so "another registered brand outscores this one"
is strong evidence against a brand; a marketplace's photos mostly show no registered brand, or an unregistered
one. Development half (20 development brands registered, every development image scored; then only the rows of
k random brands kept, 12 draws per k, so the other brands' photos become photos of unregistered brands), raw /
prob-v2 as shipped / refitted on v35 rows and cross-fitted over brand folds, mAP and the lowest brand's
precision at one pooled-0.9 threshold: k = 20 (closed world) 0.936 / 0.959 / 0.959, 0.46 / 0.52 / 0.53; k = 10
0.938 / 0.935 / 0.934, 0.62 / 0.60 / 0.55; k = 5 0.922 / 0.918 / 0.918, 0.72 / 0.70 / 0.69; k = 3 0.942 / 0.936 /
0.936, 0.81 / 0.81 / 0.80 (top-1 brand 0.952 / 0.927 / 0.929). The composites by another hand (720 images, 40 %
of them clean photos, unregistered marks or printed text; 40 brands): mAP raw 0.5340, prob-v2 0.5138, the refit
0.5000; expected calibration error of the (image, brand) best score over 10 bins: raw 0.0097, prob-v2 0.0145, the
refit 0.0226 (its P >= 0.5 holds 46 pairs, all right, 11 % of the positives). On the development pairs the refit
is better calibrated (cross-fitted ECE 0.0021 vs prob-v2's 0.0041, log loss 0.0262 vs 0.0279) but that does not
carry to other images, so prob-v2 stays as shipped and opt-in: for registries whose images all show one of the
registered brands. With `verified` counting shape matches too, the refit is no better (its weight 0.158 vs
0.127; composites mAP 0.5036, ECE 0.0269, P >= 0.5 precision 0.44).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from scipy.optimize import minimize

from knockoff.matching.calibration import (
    PROB_FEATURES,
    BrandCalibration,
    ProbabilityCalibration,
    row_features,
)

FOLDS = 5
L2 = 1.0  # ridge penalty on the standardised weights: sum of log losses + L2 * |w|^2 / 2


def pair_examples(
    rows: dict[str, list[dict]], names: Sequence[str], brands: Sequence[str], tails: BrandCalibration
) -> np.ndarray:
    """Per image of `names` x brand of `brands`: the features of the pair's best raw row (a row of score 0,
    method cnn, where the brand has none). Shape (images, brands, len(PROB_FEATURES))."""
    col = {b: j for j, b in enumerate(brands)}
    out = np.zeros((len(names), len(brands), len(PROB_FEATURES)))
    for i, name in enumerate(names):
        rs = [r for r in rows[name] if r["brand"] in col]
        have = {r["brand"] for r in rs}
        rs = rs + [{"brand": b, "method": "cnn", "score": 0.0} for b in brands if b not in have]
        feats = row_features(rs, tails)
        best: dict[str, int] = {}
        for k, r in enumerate(rs):
            if r["brand"] not in best or r["score"] > rs[best[r["brand"]]]["score"]:
                best[r["brand"]] = k
        for b, k in best.items():
            out[i, col[b]] = feats[k]
    return out


def fit_logistic(
    x: np.ndarray, y: np.ndarray, l2: float = L2
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """L2-regularised logistic regression on standardised features. x: (pairs, features), y: (pairs,) 0/1.
    Returns (mean, std, weights, bias). ValueError when y holds one class only."""
    if y.min() == y.max():
        raise ValueError("need positive and negative pairs to fit")
    mean, std = x.mean(0), x.std(0)
    std[std == 0] = 1.0
    z = (x - mean) / std

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        w, b = theta[:-1], theta[-1]
        t = z @ w + b
        g = 1.0 / (1.0 + np.exp(-t)) - y
        ll = np.sum(np.logaddexp(0.0, t) - y * t) + 0.5 * l2 * w @ w
        return float(ll), np.concatenate([z.T @ g + l2 * w, [g.sum()]])

    res = minimize(loss, np.zeros(z.shape[1] + 1), jac=True, method="L-BFGS-B")
    return mean, std, res.x[:-1], float(res.x[-1])


def brand_folds(brands: Sequence[str], k: int = FOLDS) -> list[list[str]]:
    """The development brands cut into k groups by name order (every k-th brand)."""
    order = sorted(brands)
    return [order[i::k] for i in range(k)]


def fit_probability(
    x: np.ndarray,
    image_brand: Sequence[str],
    brands: Sequence[str],
    train: set[str],
    tails: BrandCalibration,
    l2: float = L2,
) -> ProbabilityCalibration:
    """The model fitted on the pairs of `x` (pair_examples) whose image shows a brand of `train` and whose
    brand is in `train`; labels: the image shows the brand."""
    rows = np.array([b in train for b in image_brand])
    cols = [j for j, b in enumerate(brands) if b in train]
    y = np.array(
        [[ib == brands[j] for j in cols] for ib, keep in zip(image_brand, rows, strict=True) if keep]
    )
    mean, std, w, b = fit_logistic(x[rows][:, cols].reshape(-1, x.shape[-1]), y.reshape(-1).astype(float), l2)
    return ProbabilityCalibration(tails, tuple(mean), tuple(std), tuple(w), b)


def cross_fitted_rows(
    rows: dict[str, list[dict]], names: Sequence[str], by_brand: dict[str, ProbabilityCalibration]
) -> dict[str, list[dict]]:
    """Rows of `names` with every score replaced by the probability of the model its brand is scored by
    (`by_brand`); features are the same whichever model reads them."""
    models = {id(m): m for m in by_brand.values()}
    out = {}
    for name in names:
        rs = rows[name]
        if not rs:
            out[name] = []
            continue
        probs = {k: m.probabilities(rs) for k, m in models.items()}
        out[name] = [dict(r, score=float(probs[id(by_brand[r["brand"]])][i])) for i, r in enumerate(rs)]
    return out


def cross_fit(
    rows: dict[str, list[dict]],
    train_names: Sequence[str],
    train_brand: Sequence[str],
    brands: Sequence[str],
    dev: Sequence[str],
    tails: BrandCalibration,
    l2: float = L2,
) -> tuple[dict[str, ProbabilityCalibration], ProbabilityCalibration]:
    """Brand -> the model that scores it (a development brand: its fold's model, fitted without the fold's
    brands and images; any other brand: the model of every development pair), and that full model.
    `train_names` / `train_brand`: the images that may train and the brand each shows."""
    x = pair_examples(rows, train_names, brands, tails)
    full = fit_probability(x, train_brand, brands, set(dev), tails, l2)
    by_brand = dict.fromkeys(brands, full)
    for group in brand_folds(dev):
        model = fit_probability(x, train_brand, brands, set(dev) - set(group), tails, l2)
        by_brand.update(dict.fromkeys(group, model))
    return by_brand, full


def null_best(rows: dict[str, list[dict]], null: Sequence, brands: Sequence[str]) -> dict[str, np.ndarray]:
    """Brand -> its best raw score (any method) on each photo of `null` (objects with name, brand) that does
    not show it."""
    best = {s.name: {} for s in null}
    for s in null:
        for r in rows[s.name]:
            best[s.name][r["brand"]] = max(best[s.name].get(r["brand"], 0.0), float(r["score"]))
    return {b: np.array([best[s.name].get(b, 0.0) for s in null if s.brand != b]) for b in brands}


def fpr_scores(pred: dict, nulls: dict[str, np.ndarray]) -> dict:
    """Raw (image, brand) -> (score, box) made into 1 - the share of the brand's null photos scoring at
    least as high: one global threshold on it is a per-brand threshold at one false-positive rate on the
    null."""
    out = {}
    for (name, b), (s, box) in pred.items():
        n = nulls[b]
        out[(name, b)] = (1.0 - float((n >= s).sum()) / max(1, len(n)), box)
    return out


def table(
    rest: list, null: list, rows: dict[str, list[dict]], halves: dict, splits, all_brands
) -> tuple[list[str], ProbabilityCalibration, dict[tuple[str, str], dict[str, float]]]:
    """Markdown table rows: per half and kind of score (raw, per-brand tail calibration, per-brand threshold
    at one null false-positive rate, probability calibration with and without a null): the global threshold
    (fitted on the development half: pooled precision >= PRECISION_TARGET), per-brand precision min / median /
    max and standard deviation, brands below 0.8, brands with nothing above, recall, false positives per 1000,
    mAP, top-1 brand. `rest`: the scored images (objects with name, brand, boxes), `null`: the calibration
    photos (not in `rest`). Returns (the rows, the probability model fitted on every development pair,
    (kind, half) -> {"min", "sd", "below", "fp_max", "mAP", "top1"})."""
    from benchmarks.bench_real_logos import (
        PRECISION_TARGET,
        calibrated_rows,
        evaluate,
        fit_calibration,
        pooled_threshold,
        precision_spread,
        rows_to_pred,
    )

    dev = halves["dev"]
    tails = fit_calibration(rows, null, all_brands)
    mine = {s.name: rows[s.name] for s in rest}
    train = [s for s in rest if s.brand in set(dev)]
    names, shows = [s.name for s in train], [s.brand for s in train]
    by_brand, full = cross_fit(rows, names, shows, all_brands, dev, tails)
    # the same model without a null (surprise 0 everywhere): what a Matcher without a calibration folder has
    no_null, _ = cross_fit(rows, names, shows, all_brands, dev, BrandCalibration({}))
    raw = rows_to_pred(mine)
    preds = {
        "raw": raw,
        "tail calibration": rows_to_pred(calibrated_rows(mine, tails)),
        "threshold at one null FPR": fpr_scores(raw, null_best(rows, null, all_brands)),
        "probability (new)": rows_to_pred(cross_fitted_rows(rows, list(mine), by_brand)),
        "probability, no null (new)": rows_to_pred(cross_fitted_rows(rows, list(mine), no_null)),
    }
    out, stats = [], {}
    for kind, pred in preds.items():
        t = pooled_threshold(rest, dev, pred, PRECISION_TARGET)
        for half in splits:
            prec, rec, empty, fpr = precision_spread(rest, halves[half], pred, t)
            r = evaluate(rest, rest, halves[half], all_brands, raw if kind.startswith("threshold") else pred)
            prec = prec or [float("nan")]
            below = sum(p < 0.8 for p in prec)
            stats[(kind, half)] = {
                "min": min(prec),
                "sd": float(np.std(prec)),
                "below": below,
                "fp_max": 1000 * max(fpr),
                "mAP": r.mAP,
                "top1": r.top1,
            }
            out.append(
                f"| {half} | {kind} | {t:.3f} | {min(prec):.2f} / {np.median(prec):.2f} / {max(prec):.2f} | "
                f"{np.std(prec):.3f} | {below} | {empty} | {min(rec):.2f} / {np.median(rec):.2f} | "
                f"{1000 * np.median(fpr):.1f} / {1000 * max(fpr):.1f} | {r.mAP:.3f} | {r.top1:.3f} |"
            )
    return out, full, stats


def _summary(stats: dict[tuple[str, str], dict[str, float]], splits) -> str:
    """One sentence per half: the probability calibration against raw scores (read from `stats`)."""
    parts = []
    for half in splits:
        a, b = stats[("raw", half)], stats[("probability (new)", half)]
        parts.append(
            f"{half}{' (cross-fitted)' if half == 'dev' else ' (measured once)'}: lowest brand precision "
            f"{a['min']:.2f} -> {b['min']:.2f}, standard deviation over brands {a['sd']:.3f} -> {b['sd']:.3f}, "
            f"brands below 0.8 {a['below']} -> {b['below']}, largest false positives per 1000 {a['fp_max']:.1f} "
            f"-> {b['fp_max']:.1f}, mAP {a['mAP']:.3f} -> {b['mAP']:.3f}, top-1 {a['top1']:.3f} -> {b['top1']:.3f}"
        )
    return (
        "Raw -> probability calibration at one threshold each, "
        + "; ".join(parts)
        + ". A per-brand null alone (tail calibration, threshold at one null FPR) does not even out precision: "
        "a brand's damaging false positives are other brands' photos. The variants tried on the development half and the held-out brand the "
        "calibration cannot help (one whose own photos the Matcher hardly finds) are in the docstring of "
        "benchmarks/eval_calibration.py. Every kind here is fitted and compared on the rows' raw score "
        "(`score_raw`); the Matcher applies the 'no null' model with match.detect.score_calibration "
        "'probability' (opt-in: demo section; shipped weights fitted on every development pair, so the opt-in row's "
        "development figures in the table above are in-sample; the cross-fitted row here is the honest one)."
    )


def report_lines(
    rest: list, null: list, rows: dict[str, list[dict]], halves: dict, splits, all_brands
) -> list[str]:
    """The calibration paragraph, table and summary of the real-photo section of benchmarks/RESULTS.md."""
    from benchmarks.bench_real_logos import CALIBRATION_PREFIXES, PRECISION_TARGET

    body, full, stats = table(rest, null, rows, halves, splits, all_brands)
    w = ", ".join(f"{f} {v:+.2f}" for f, v in zip(PROB_FEATURES, full.w, strict=True))
    return [
        "",
        "Scores that mean the same for every brand? (benchmarks/eval_calibration.py; one global threshold per "
        "kind of score: the lowest at which the pooled precision of every (image, development brand) pair "
        f"above it is >= {PRECISION_TARGET} on the development half, applied unchanged to the held-out half.) "
        f"The null of every method: {len(null)} real photos of development-half brands (SHA-256 starting "
        f"{CALIBRATION_PREFIXES[0]}-{CALIBRATION_PREFIXES[-1]}), for each brand those not showing it; the "
        f"figures leave them out ({len(rest)} images). Tail calibration: matching/calibration.py "
        f"`BrandCalibration` (`match.detect.calibration_folder`, `{full.tails.digest()}`). Threshold at one null "
        "FPR: per brand, the share of its null photos scoring at least as high (mAP and top-1 as raw). "
        "Probability: `ProbabilityCalibration`, one logistic regression for every brand mapping a row's "
        "family-null surprise, logit score, logit margin over the best other brand in the image, OCR evidence "
        "and SIFT verification to P(the image shows the brand), fitted on development pairs only; development "
        f"rows cross-fitted ({FOLDS} groups of brands, each scored by a model fitted without its brands' pairs "
        "and images), held-out brands scored by the model of every development pair (standardised weights: "
        f"{w}; `{full.digest()}`); 'no null': the same without the surprise (fitted and applied with no null, "
        "as a Matcher without a calibration folder would run it). Precision per brand over the brands with any "
        "image above the threshold (sd: their standard deviation); 'none above': brands with no image above it.",
        "",
        "| half | scores | threshold | precision min / median / max | precision sd | brands < 0.8 | none above "
        "| recall min / median | false positives per 1000 negatives, median / max | mAP | top-1 brand |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
        *body,
        "",
        _summary(stats, splits),
    ]
