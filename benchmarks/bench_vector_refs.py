"""Real photographs against one flat vector reference per brand (../shared/data/real-logos, its second condition).

Issue 12's real-photo figure that the product stands on came from a set we do not have: photos in the wild
with one flat vector reference per brand (mAP 0.498 then). ../shared/data/real-logos registers photo crops
instead; four of its brands also have a vector mark in ../shared/data/logos (`VECTOR_MARKS`: New Balance,
The North Face, Uniqlo, Zara; the set's README calls it "a useful second reference condition"). This
benchmark registers those four brands alone, each with its simple-icons SVG in its brand colour and nothing
else, and ranks every scored image of the set (2,241 less the crops' source images, the other 36 brands'
photos among the negatives) per brand, as `knockoff match --min-score 0` ranks them. Beside it in the same
run: the vector marks with OCR off (the visual evidence alone), the same four brands with their photo crops
alone (the set's first condition, four brands registered), and SIFT + RANSAC and multi-scale matchTemplate given the vector mark rendered at 256 px.

Uniqlo and The North Face are development brands of bench_real_logos.split_brands, New Balance and Zara
held-out ones: the figures are reported per half, and nothing is tuned on this benchmark.

    python -m benchmarks.bench_vector_refs [--quick] [--workers N]

Metrics (benchmarks/eval_metrics.py): per-brand AP and P@10, their mean, top-1 brand among the four on the
four brands' photos, mean IoU of the brand's box with the labelled box. `--quick` (about a minute): from the
quarter of images whose SHA-256 starts with 0-3, the first QUICK_LIMIT photos of the four brands and the first
QUICK_LIMIT of the others.
"""

from __future__ import annotations

import argparse
import os
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from benchmarks.bench_real_logos import (
    VECTOR_MARKS,
    Pred,
    Sample,
    baseline_preds,
    evaluate,
    load_samples,
    matcher_preds,
    shard,
    split_brands,
    with_vector_marks,
    write_brands,
)
from benchmarks.eval_metrics import fmt

NAN = float("nan")
QUICK_LIMIT = 24  # photos of the four brands, and of the others, in a quick run
CONDITIONS = ("vector", "vector_no_ocr", "crops")  # the Matcher's conditions, in the table's order
LABELS = {
    "vector": "knockoff Matcher, vector mark alone",
    "vector_no_ocr": "knockoff Matcher, vector mark alone, OCR off",
    "crops": "knockoff Matcher, photo crops alone",
    "sift": "SIFT + RANSAC, vector mark",
    "template": "matchTemplate, vector mark",
}


def vector_marks(folder: Path, size: int | None = None) -> dict[str, list[Path]]:
    """{brand: [its simple-icons mark]} for the VECTOR_MARKS brands, written to `folder` by bench_real_logos'
    `with_vector_marks` (the SVG with its brand colour as fill; a brand whose icon is missing is left out), or
    with `size`, each SVG rendered as an RGBA PNG whose longer side is `size` px (what the baselines read)."""
    from PIL import Image

    from knockoff.matching.marks import render_svg

    svgs = with_vector_marks({brand: [] for brand in VECTOR_MARKS}, folder)
    if size is None:
        return svgs
    out = {}
    for brand, (svg,) in svgs.items():
        png = svg.with_name(f"{svg.stem}-{size}.png")
        Image.fromarray(render_svg(svg.read_text(encoding="utf-8"), size), "RGBA").save(png)
        out[brand] = [png]
    return out


def chosen_samples(quick: bool, limit: int | None = None) -> tuple[list[Sample], dict[str, list[Path]]]:
    """load_samples(quick), and with `limit` only the first `limit` photos of the four brands and the first
    `limit` of the others (a smoke run); with each brand's crops."""
    samples, crops = load_samples(quick)
    if limit is not None:
        ours = [s for s in samples if s.brand in VECTOR_MARKS][:limit]
        samples = ours + [s for s in samples if s.brand not in VECTOR_MARKS][:limit]
    return samples, crops


def _score(condition: str, part: tuple[int, int], quick: bool, limit: int | None) -> tuple[Pred, float]:
    """One worker's task (a fresh process): the Matcher of `condition` over shard part[0] of part[1]; a
    baseline ("sift", "template") over every image. Returns (pred, seconds)."""
    from benchmarks.bench_real_logos import bench_matcher
    from knockoff.matching.brands import load_brands

    samples, crops = chosen_samples(quick, limit)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        if condition in ("sift", "template"):
            return baseline_preds(condition, vector_marks(folder, 256), samples)
        marks = (
            vector_marks(folder) if condition.startswith("vector") else {b: crops[b] for b in VECTOR_MARKS}
        )
        matcher, _, _ = bench_matcher(condition != "vector_no_ocr", load_brands(write_brands(marks, folder)))
        return matcher_preds(matcher, shard(samples, *part))


def score_all(
    quick: bool, workers: int, limit: int | None = None
) -> tuple[dict[str, Pred], dict[str, float]]:
    """Every method's (image, brand) scores, from `workers` single-threaded processes (the Matcher's
    conditions in `workers` shards each; the vector condition first, so that with
    KNOCKOFF_BENCH_FEATURE_CACHE=1 the crops condition reads its backbone features and OCR lines). Returns
    ({method: pred}, {method: seconds summed over its tasks})."""
    for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ.setdefault(var, "1")  # read by the spawned workers before numpy loads
    tasks = [(c, (i, workers)) for c in CONDITIONS for i in range(workers)]
    tasks += [("sift", (0, 1)), ("template", (0, 1))]
    preds: dict[str, Pred] = {}
    seconds: dict[str, float] = {}
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as pool:
        futures = [(c, pool.submit(_score, c, part, quick, limit)) for c, part in tasks]
        for c, fut in futures:
            pred, dt = fut.result()
            preds.setdefault(c, {}).update(pred)
            seconds[c] = seconds.get(c, 0.0) + dt
    return preds, seconds


def report(samples: list[Sample], preds: dict[str, Pred], seconds: dict[str, float]) -> list[str]:
    """The section's Markdown lines: one row per method and half, then per brand."""
    brands = sorted(VECTOR_MARKS)
    dev, held = split_brands(sorted({s.brand for s in samples}))
    halves = {
        "all four": brands,
        "development (" + ", ".join(b for b in brands if b in dev) + ")": [b for b in brands if b in dev],
        "held-out (" + ", ".join(b for b in brands if b in held) + ")": [b for b in brands if b in held],
    }
    lines = [
        "| brands | method | positives | mAP | min P@10 | top-1 brand (of 4) | mean IoU | s / image |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    scores = {m: evaluate(samples, samples, brands, brands, p) for m, p in preds.items()}
    for half, chosen in halves.items():
        for m, pred in preds.items():
            r = evaluate(samples, samples, chosen, brands, pred)
            lines.append(
                f"| {half} | {LABELS[m]} | {r.n} | {fmt(r.mAP)} | {fmt(min(r.p10.values(), default=NAN))} | {fmt(r.top1)} | "
                f"{fmt(r.mean_iou)} | {seconds.get(m, 0.0) / max(1, len(samples)):.3f} |"
            )
    lines += [
        "",
        "Per brand (AP / P@10):",
        "",
        "| brand | positives | " + " | ".join(LABELS[m] for m in preds) + " |",
    ]
    lines.append("|---|---:|" + "---|" * len(preds))
    for b in brands:
        n = sum(s.brand == b for s in samples)
        cells = " | ".join(
            f"{fmt(scores[m].ap.get(b, NAN))} / {fmt(scores[m].p10.get(b, NAN))}" for m in preds
        )
        lines.append(f"| {b} | {n} | {cells} |")
    return lines


def run(quick: bool = False, workers: int | None = None, limit: int | None = None) -> str:
    """The benchmark's Markdown section (see the module docstring); `limit`: `chosen_samples`'s smoke run."""
    workers = workers or int(os.environ.get("KNOCKOFF_BENCH_WORKERS", "2"))
    limit = QUICK_LIMIT if quick and limit is None else limit
    t0 = time.perf_counter()
    samples, _ = chosen_samples(quick, limit)
    preds, seconds = score_all(quick, workers, limit)
    lines = [
        "## Real photographs, one flat vector reference per brand (`benchmarks/bench_vector_refs.py`)",
        "",
        f"{len(samples)} scored images of ../shared/data/real-logos (reference source images left out"
        f"{'; a quick run: see the module docstring' if quick else ''}); the four brands that have a "
        "simple-icons mark registered alone, each ranked over every image (the other 36 brands' photos are "
        "negatives). 's / image' is the sum over the method's worker tasks per image (single-threaded "
        f"processes; {workers} at once), so it is CPU-like time; wall {time.perf_counter() - t0:.0f} s."
        + (
            " The Matcher's backbone features and OCR lines were read from the development caches where "
            "another run had filled them (KNOCKOFF_BENCH_FEATURE_CACHE=1), so its s / image leaves most of "
            "their cost out."
            if os.environ.get("KNOCKOFF_BENCH_FEATURE_CACHE") == "1"
            else ""
        ),
        "",
        *report(samples, preds, seconds),
    ]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--quick",
        action="store_true",
        help="about a minute: QUICK_LIMIT photos each of the four brands and others",
    )
    ap.add_argument(
        "--workers", type=int, default=None, help="processes (default KNOCKOFF_BENCH_WORKERS or 2)"
    )
    args = ap.parse_args()
    print(run(args.quick, args.workers))


if __name__ == "__main__":
    main()
