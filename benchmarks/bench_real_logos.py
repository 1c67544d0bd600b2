"""Real-photo benchmark: ../shared/data/real-logos under its fixed one-shot protocol (the headline figure).

40 apparel brands (45 marks), photographs by other hands (product photos, signs, ads, screenshots). Each
brand registers the references of its marks (references.json: one crop per mark); the images those crops
were cut from are left out of scoring; every other image is ranked per brand by the brand's best score,
as `knockoff match --min-score 0` ranks them. The same command scores the same images with SIFT + RANSAC
and multi-scale cv2.matchTemplate (benchmarks/eval_baselines.py) given the same references.

Reported per brand split (development half / held-out half, fixed once in `split_brands`): mAP, per-brand
AP, P@10, top-1 brand accuracy (the image's highest-scoring brand is its brand), box IoU of the true
brand's box; by subset (product photos vs other, logo size).

    python -m benchmarks.bench_real_logos [--quick] [--split dev|both] [--no-baselines]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from benchmarks.eval_metrics import average_precision, iou, precision_at_k

Pred = dict[tuple[str, str], tuple[float, tuple | None]]
P_AT = 10
BASELINE_CACHE_VERSION = "v1"

# ImageNet-1k classes of worn or carried goods. An image whose top-1 class under the EfficientNet-Lite0
# classifier is one of them counts as a product photo (a documented proxy: the set has no such label; its
# README says about 30% are product photos).
PRODUCT_CLASSES = frozenset(
    [399, 400, 409, 411, 414, 433, 445, 451, 452, 457, 459, 464, 465, 474, 501, 502, 514, 515, 518, 531, 560]
    + [568, 578, 601, 608, 610, 614, 615, 617, 630, 636, 638, 639, 652, 655, 658, 679, 689, 697, 735, 748]
    + [770, 774, 793, 806, 808, 824, 826, 834, 836, 837, 841, 842, 869, 887, 893, 906, 911]
)


def split_brands(brands: list[str]) -> tuple[list[str], list[str]]:
    """The fixed development / held-out split of the 40 brands, made once (2026-11-30) and never changed:
    brands sorted by SHA-256 of "real-logos:" + name, the first half is the development half (tuned on), the
    second the held-out half (reported, never tuned on). Returns (dev, held_out), each sorted by name."""
    order = sorted(brands, key=lambda b: hashlib.sha256(f"real-logos:{b}".encode()).hexdigest())
    half = len(order) // 2
    return sorted(order[:half]), sorted(order[half:])


@dataclass
class Sample:
    name: str  # image sha256
    jpeg: bytes
    brand: str
    boxes: list[tuple[float, float, float, float]]  # the brand's boxes, original pixels
    width: int
    height: int


def load_samples(quick: bool) -> tuple[list[Sample], dict[str, list[Path]]]:
    """Scored images (reference source images excluded; quick: the quarter whose sha256 starts with 0-3)
    and each brand's reference files."""
    from training.shared_data import real_logos

    images, refs = real_logos()
    excluded = {r.from_image for r in refs}
    marks: dict[str, list[Path]] = {}
    for r in refs:
        marks.setdefault(r.brand, []).append(r.file)
    out = []
    for im in images:
        if im.sha256 in excluded or (quick and im.sha256[0] not in "0123"):
            continue
        b = im.brand
        boxes = [tuple(x[2:]) for x in im.boxes if x[0] == b]
        out.append(Sample(im.sha256, im.file.read_bytes(), b, boxes, im.width, im.height))
    return out, marks


def write_brands(marks: dict[str, list[Path]], folder: Path) -> Path:
    """brands.yaml registering every brand with all its references (absolute paths)."""
    import yaml

    data = {"brands": [{"name": b, "marks": [str(p) for p in ps]} for b, ps in sorted(marks.items())]}
    path = folder / "brands.yaml"
    path.write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return path


def product_flags(samples: list[Sample]) -> dict[str, bool]:
    """Image sha256 -> product photo (top-1 ImageNet class in PRODUCT_CLASSES); cached on disk per image."""
    from knockoff.matching.backbone import Backbone, build_classifier, cache_dir, weights_digest

    path = cache_dir() / f"real-logos-product-{weights_digest()}.json"
    known: dict[str, int] = json.loads(path.read_text()) if path.exists() else {}
    todo = [s for s in samples if s.name not in known]
    if todo:
        import io

        import torch
        from PIL import Image

        model = build_classifier()
        for i in range(0, len(todo), 32):
            chunk = todo[i : i + 32]
            x = np.stack(
                [
                    Backbone.preprocess(
                        np.asarray(Image.open(io.BytesIO(s.jpeg)).convert("RGB").resize((224, 224)))
                    )
                    for s in chunk
                ]
            )
            with torch.inference_mode():
                top = model(torch.from_numpy(x)).argmax(1).tolist()
            known.update({s.name: int(t) for s, t in zip(chunk, top, strict=True)})
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_text(json.dumps(known))
        os.replace(tmp, path)
    return {s.name: known[s.name] in PRODUCT_CLASSES for s in samples}


def size_bucket(s: Sample) -> str:
    """Longer side of the brand's largest box over the image's longer side."""
    r = max(max(b[2] - b[0], b[3] - b[1]) for b in s.boxes) / max(s.width, s.height)
    return "logo < 1/4 of the image" if r < 0.25 else "logo 1/4 - 1/2" if r < 0.5 else "logo >= 1/2"


class CachedBackbone:
    """Development aid (KNOCKOFF_BENCH_FEATURE_CACHE=1): the Matcher's backbone with its per-image feature maps
    kept on disk (float16, keyed by the SHA-256 of the preprocessed pixels), so that tuning what follows the
    backbone does not pay for it again. Scores move by float16 rounding only."""

    def __init__(self, backbone, folder: Path) -> None:
        self.inner = backbone
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def features(self, batch: np.ndarray) -> list[np.ndarray]:
        outs = []
        for x in batch:
            file = self.folder / f"{hashlib.sha256(x.tobytes()).hexdigest()[:32]}.npz"
            try:
                with np.load(file) as z:
                    outs.append((z["f8"].astype(np.float32), z["f16"].astype(np.float32)))
                    continue
            except (OSError, ValueError, KeyError, EOFError):
                pass
            f8, f16 = self.inner.features(x[None])
            tmp = file.with_name(f".{file.stem}.{os.getpid()}.tmp.npz")
            np.savez(tmp, f8=f8[0].astype(np.float16), f16=f16[0].astype(np.float16))
            os.replace(tmp, file)
            outs.append((f8[0], f16[0]))
        return [np.stack([o[0] for o in outs]), np.stack([o[1] for o in outs])]


def matcher_preds(matcher, samples: list[Sample], batch: int = 32) -> tuple[Pred, float]:
    """Per (image, brand): the best score of any detection row (logo, OCR), as `knockoff match` ranks."""
    import pyarrow as pa

    pred: Pred = {}
    t0 = time.perf_counter()
    for i in range(0, len(samples), batch):
        chunk = samples[i : i + batch]
        tbl = pa.table(
            {"image_sha256": [s.name for s in chunk], "bytes": pa.array([s.jpeg for s in chunk], pa.binary())}
        )
        det, _err = matcher.detect(tbl)
        for r in det.to_pylist():
            key = (r["image_sha256"], r["brand"])
            box = None if r["x0"] is None else (r["x0"], r["y0"], r["x1"], r["y1"])
            if key not in pred or r["score"] > pred[key][0]:
                pred[key] = (float(r["score"]), box)
    return pred, time.perf_counter() - t0


def _before_preds(brands, ocr: bool, samples: list[Sample]) -> tuple[Pred, float]:
    """The Matcher with the logo path of ALGO_VERSION v6 (no half-size pyramid level, no whole-image
    verification, photo-crop references treated as silhouettes), for a before/after in one run."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching import engine, logo

    saved = logo.OPAQUE_VARIANTS
    logo.OPAQUE_VARIANTS = ()
    try:
        knobs = DetectConfig(pyramid=False, whole_image_top=0)
        cfg = MatchConfig(ocr=ocr, device="cpu", detect=knobs)
        return matcher_preds(engine.Matcher(brands, cfg, device="cpu"), samples)
    finally:
        logo.OPAQUE_VARIANTS = saved


def _rgb_refs(marks: dict[str, list[Path]]) -> dict[str, np.ndarray]:
    """Mark name -> the reference as RGBA (opaque crops stay opaque: the baselines use their grey pixels)."""
    from PIL import Image

    return {
        f"{b}\t{p.stem}": np.asarray(Image.open(p).convert("RGBA")) for b, ps in marks.items() for p in ps
    }


def baseline_preds(kind: str, marks: dict[str, list[Path]], samples: list[Sample]) -> tuple[Pred, float]:
    """Scores of a baseline ("sift" or "template"), best mark per brand; cached on disk per image (the
    baselines do not change while the Matcher is tuned). Returns (pred, seconds spent scoring now)."""
    from benchmarks.eval_baselines import SiftBaseline, TemplateBaseline
    from knockoff.matching.backbone import cache_dir

    refs = _rgb_refs(marks)
    digest = hashlib.sha256(
        repr((kind, BASELINE_CACHE_VERSION, sorted((k, v.tobytes()) for k, v in refs.items()))).encode()
    ).hexdigest()[:16]
    path = cache_dir() / f"real-logos-{kind}-{digest}.json"
    known: dict[str, dict[str, list]] = json.loads(path.read_text()) if path.exists() else {}
    todo = [s for s in samples if s.name not in known]
    t0 = time.perf_counter()
    if todo:
        model = (SiftBaseline if kind == "sift" else TemplateBaseline)(refs)
        for i, s in enumerate(todo):
            per: dict[str, list] = {}
            for key, (score, box) in model.score(s.jpeg).items():
                brand = key.split("\t")[0]
                if brand not in per or score > per[brand][0]:
                    per[brand] = [score, box]
            known[s.name] = per
            if i % 50 == 49 or i == len(todo) - 1:  # kept as it goes: a stopped run resumes
                tmp = path.with_suffix(f".{os.getpid()}.tmp")
                tmp.write_text(json.dumps(known))
                os.replace(tmp, path)
    dt = time.perf_counter() - t0
    pred: Pred = {}
    for s in samples:
        for brand, (score, box) in known[s.name].items():
            pred[(s.name, brand)] = (float(score), None if box is None else tuple(box))
    return pred, dt


@dataclass
class Scores:
    mAP: float
    ap: dict[str, float]
    p10: dict[str, float]
    top1: float
    mean_iou: float
    iou50: float
    n_images: int


def evaluate(
    samples: list[Sample], positives: list[Sample], brands: list[str], all_brands: list[str], pred: Pred
):
    """Rank every sample per brand of `brands`; positives are the samples of `positives` (a subset) showing
    the brand, every sample of another brand is a negative. Top-1 and IoU over `positives` of `brands`."""
    pos = {s.name for s in positives}
    ranked = [s for s in samples if s.name in pos or s.brand not in set(brands)]
    ap, p10 = {}, {}
    for b in brands:
        sc = np.array([pred.get((s.name, b), (0.0, None))[0] for s in ranked])
        lab = np.array([s.brand == b for s in ranked], np.int64)
        if lab.sum() == 0:
            continue
        ap[b] = average_precision(sc, lab)
        p10[b] = precision_at_k(sc, lab, min(P_AT, int(lab.sum())))
    mine = [s for s in positives if s.brand in set(brands)]
    top1, ious = [], []
    for s in mine:
        own = pred.get((s.name, s.brand), (0.0, None))
        other = max(pred.get((s.name, b), (0.0, None))[0] for b in all_brands if b != s.brand)
        top1.append(own[0] > other)
        ious.append(max(iou(own[1], box) for box in s.boxes))
    return Scores(
        float(np.mean(list(ap.values()))) if ap else float("nan"),
        ap,
        p10,
        float(np.mean(top1)) if top1 else float("nan"),
        float(np.mean(ious)) if ious else float("nan"),
        float(np.mean([v >= 0.5 for v in ious])) if ious else float("nan"),
        len(mine),
    )


def _f(v: float) -> str:
    return "n/a" if v != v else f"{v:.3f}"


def _all_preds(samples: list, marks: dict, baselines: bool) -> tuple[dict, dict, str, float, bool]:
    """Predictions of every method on `samples`: (preds, seconds, model version, index seconds, ocr)."""
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    ocr = os.environ.get("KNOCKOFF_BENCH_OCR", "1") != "0"
    preds: dict[str, Pred] = {}
    times: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(marks, Path(tmp)))
        t0 = time.perf_counter()
        matcher = Matcher(brands, MatchConfig(ocr=ocr, device="cpu"), device="cpu")
        t_index = time.perf_counter() - t0
        if os.environ.get("KNOCKOFF_BENCH_FEATURE_CACHE") == "1":
            from knockoff.matching.backbone import cache_dir

            matcher.backbone = CachedBackbone(matcher.backbone, cache_dir() / "bench-features")
        preds["knockoff Matcher"], times["knockoff Matcher"] = matcher_preds(matcher, samples)
        if os.environ.get("KNOCKOFF_BENCH_BEFORE") == "1":  # the matcher as it was before issue 12, same run
            preds["knockoff v6 (before)"], times["knockoff v6 (before)"] = _before_preds(brands, ocr, samples)
    if baselines:
        preds["SIFT + RANSAC"], times["SIFT + RANSAC"] = baseline_preds("sift", marks, samples)
        preds["matchTemplate"], times["matchTemplate"] = baseline_preds("template", marks, samples)
    return preds, times, matcher.model_version, t_index, ocr


def _subsets(samples: list) -> tuple[dict[str, list], int]:
    """Subset name -> its samples (all, product photos by the proxy, other, logo-size buckets)."""
    product = product_flags(samples)
    subsets = {
        "all images": samples,
        "product photos (proxy)": [s for s in samples if product[s.name]],
        "other photos": [s for s in samples if not product[s.name]],
    }
    for bucket in ("logo < 1/4 of the image", "logo 1/4 - 1/2", "logo >= 1/2"):
        subsets[bucket] = [s for s in samples if size_bucket(s) == bucket]
    return subsets, sum(product.values())


def _subset_rows(samples, subsets, halves, splits, all_brands, preds) -> tuple[list[str], dict]:
    """Table rows per (half, subset, method), and the 'all images' Scores per (half, method)."""
    rows: list[str] = []
    main: dict[tuple[str, str], Scores] = {}
    for half in splits:
        for subset, ss in subsets.items():
            for method, pred in preds.items():
                r = evaluate(samples, ss, halves[half], all_brands, pred)
                if subset == "all images":
                    main[(half, method)] = r
                p = list(r.p10.values())
                rows.append(
                    f"| {half} | {subset} | {method} | {r.n_images} | {_f(r.mAP)} | {_f(np.mean(p) if p else float('nan'))} "
                    f"| {_f(min(p) if p else float('nan'))} | {sum(v >= 0.8 for v in p)} of {len(p)} | "
                    f"{_f(r.top1)} | {_f(r.mean_iou)} | {_f(r.iou50)} |"
                )
    return rows, main


def _per_brand_rows(samples, halves, splits, preds, main) -> list[str]:
    """The per-brand AP / P@10 table."""
    lines = [
        "",
        f"Per brand (all images): AP / P@{P_AT}",
        "",
        "| half | brand | images | " + " | ".join(preds) + " |",
    ]
    lines.append("|---|---|---|" + "---|" * len(preds))
    for half in splits:
        for b in halves[half]:
            n = sum(s.brand == b for s in samples)
            cells = [
                f"{_f(main[(half, m)].ap.get(b, float('nan')))} / {_f(main[(half, m)].p10.get(b, float('nan')))}"
                for m in preds
            ]
            lines.append(f"| {half} | {b} | {n} | " + " | ".join(cells) + " |")
    return lines


def _timing_lines(times: dict[str, float], n: int) -> list[str]:
    """One paragraph: scoring time per method."""
    cached = os.environ.get("KNOCKOFF_BENCH_FEATURE_CACHE") == "1"
    return [
        "",
        "Scoring time, one process on this CPU (load average "
        f"{os.getloadavg()[0]:.1f}): "
        + ", ".join(
            f"{m} {t:.0f} s ({n / t:.1f} img/s)" if t > 1 else f"{m} cached" for m, t in times.items()
        )
        + "."
        + (
            " Backbone features came from the development cache (KNOCKOFF_BENCH_FEATURE_CACHE=1): these "
            "times leave the backbone out; throughput is in the matching section."
            if cached
            else ""
        ),
        "",
    ]


def run(quick: bool = False, splits: tuple[str, ...] = ("dev", "held-out"), baselines: bool = True) -> str:
    """The Markdown section for benchmarks/RESULTS.md."""
    from training.shared_data import REAL_LOGOS

    title = "## Real photographs: ../shared/data/real-logos, one-shot (headline)"
    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        return f"{title}\n\nSkipped: {REAL_LOGOS} is not present.\n"
    samples, marks = load_samples(quick)
    all_brands = sorted(marks)
    dev, held = split_brands(all_brands)
    preds, times, model_version, t_index, ocr = _all_preds(samples, marks, baselines)
    subsets, n_prod = _subsets(samples)
    halves = {"dev": dev, "held-out": held}
    lines = [
        title,
        "",
        f"{len(all_brands)} brands, {sum(len(v) for v in marks.values())} marks, each brand registered with its "
        f"marks' references (references.json); {len(samples)} scored images"
        f"{' (quick: the quarter whose sha256 starts with 0-3)' if quick else ''}, reference source images "
        "excluded. Every image is ranked for every brand by the brand's best detection score (the Matcher as "
        f"`knockoff match --min-score 0` runs it, OCR {'on' if ocr else 'off'}; model `{model_version}`, "
        f"index built in {t_index:.0f} s). Brands split once by SHA-256 of their names "
        f"(`split_brands`): development half {', '.join(dev)}; held-out half (never tuned on) "
        f"{', '.join(held)}.",
        "",
        f"Subsets rank the subset's images of the half's brands against every other brand's images. Product "
        f"photos: a proxy, top-1 ImageNet class of EfficientNet-Lite0 is a garment, shoe, bag, watch or "
        f"accessory ({n_prod} of {len(samples)} images). Logo size: the brand's largest box, longer side over "
        f"the image's longer side. P@{P_AT}: k capped at the brand's positives; top-1: the true brand outscores "
        "all 39 others; IoU: the true brand's box against its best-matching labelled box.",
        "",
        f"| half | subset | method | images | mAP | mean P@{P_AT} | min P@{P_AT} | brands P@{P_AT} >= 0.8 | "
        "top-1 brand | mean IoU | IoU >= 0.5 |",
        "|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    rows, main = _subset_rows(samples, subsets, halves, splits, all_brands, preds)
    lines += rows
    lines += _per_brand_rows(samples, halves, splits, preds, main)
    lines += _timing_lines(times, len(samples))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a quarter of the images")
    ap.add_argument("--split", choices=["dev", "both"], default="both", help="halves to report")
    ap.add_argument("--no-baselines", action="store_true")
    args = ap.parse_args()
    splits = ("dev",) if args.split == "dev" else ("dev", "held-out")
    print(run(quick=args.quick, splits=splits, baselines=not args.no_baselines))


if __name__ == "__main__":
    main()
