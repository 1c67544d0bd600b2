"""Real-photo benchmark: ../shared/data/real-logos under its fixed one-shot protocol (the headline figure).

40 apparel brands (45 marks), photographs by other hands (product photos, signs, ads, screenshots). Each
brand registers the references of its marks (references.json: one crop per mark); the images those crops
were cut from are left out of scoring; every other image is ranked per brand by the brand's best score,
as `knockoff match --min-score 0` ranks them. The same command scores the same images with SIFT + RANSAC
and multi-scale cv2.matchTemplate (benchmarks/eval_baselines.py) given the same references.

Reported per brand split (development half / held-out half, fixed once in `split_brands`): mAP, per-brand
AP, P@10, top-1 brand accuracy (the image's highest-scoring brand is its brand), box IoU of the true
brand's box; by subset (product photos vs other, logo size).

Per-brand calibration (matching/calibration.py) is fitted on a fixed quarter of the development half's
images (`is_calibration`) and compared with the raw scores at one global threshold on the other images.

The Matcher's rows are kept per image on disk (`ScoreCache`, one folder per model version): a stopped run
resumes, a finished one is read back, and `--workers N` scores disjoint shards in N single-threaded
processes first (KNOCKOFF_BENCH_WORKERS for `python -m benchmarks`). `--fill --shard i/n` only fills the
cache (background accumulation over several runs).

    python -m benchmarks.bench_real_logos [--quick] [--split dev|both] [--no-baselines] [--workers N]
    python -m benchmarks.bench_real_logos --fill [--quick] [--shard i/n]
    python -m benchmarks.bench_real_logos --dev-only [--quick]     # (--fill --dev-only first, to shard it)

`--dev-only` is for selecting a trained head (training/train_head_real.py) without reading the held-out half:
only the 20 development brands are registered and only their images scored (their files alone are opened);
figures are reported for dev-A (the brands the head was trained on: in-sample) and dev-B
(training.real_photos.split_development), each brand ranked against every development image, top-1 among
the 20 development brands. KNOCKOFF_BENCH_HEAD=FILE scores a candidate head's weights instead of the shipped
ones (the head's digest is in the model version, so each has its own score cache).
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

from benchmarks.eval_metrics import BrandScores, average_precision, brand_scores, precision_at_k
from benchmarks.eval_metrics import fmt as _f

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


def load_samples(
    quick: bool, brands: set[str] | None = None, prefixes: str | None = None
) -> tuple[list[Sample], dict[str, list[Path]]]:
    """Scored images (reference source images excluded; quick: the quarter whose sha256 starts with 0-3;
    `prefixes`: those whose sha256 starts with one of these hex digits instead) and each brand's reference
    files; with `brands`, only those brands' images and references (the others' files are not opened)."""
    from training.shared_data import real_logos

    images, refs = real_logos()
    excluded = {r.from_image for r in refs}
    marks: dict[str, list[Path]] = {}
    for r in refs:
        if brands is None or r.brand in brands:
            marks.setdefault(r.brand, []).append(r.file)
    chosen = prefixes if prefixes is not None else ("0123" if quick else None)
    out = []
    for im in images:
        if im.sha256 in excluded or (chosen is not None and im.sha256[0] not in chosen):
            continue
        if brands is not None and im.brand not in brands:
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


# The set's second reference condition (../shared/data/README.md): brands with a vector mark in ../shared/data/logos
VECTOR_MARKS = {
    "New Balance": "newbalance",
    "The North Face": "thenorthface",
    "Uniqlo": "uniqlo",
    "Zara": "zara",
}
VECTOR_LABEL = "knockoff + vector marks"


def with_vector_marks(marks: dict[str, list[Path]], folder: Path) -> dict[str, list[Path]]:
    """`marks` with each VECTOR_MARKS brand's simple-icons SVG (in its brand colour, written to `folder`) added
    beside its photo crops: a brand that sends a clean vector mark as well as what it has."""
    from benchmarks.eval_composites import svg_with_fill
    from training.shared_data import simple_icons

    icons = {lg.slug: lg for lg in simple_icons()}
    out = {b: list(ps) for b, ps in marks.items()}
    for brand, slug in VECTOR_MARKS.items():
        if brand in out and slug in icons:
            path = folder / f"{slug}.svg"
            path.write_text(svg_with_fill(icons[slug].svg.read_text(encoding="utf-8"), icons[slug].hex))
            out[brand].append(path)
    return out


def vector_condition() -> bool:
    """KNOCKOFF_BENCH_VECTOR=1: also score the second reference condition (`with_vector_marks`)."""
    return os.environ.get("KNOCKOFF_BENCH_VECTOR") == "1"


def write_json_atomic(path: Path, obj) -> None:
    """`obj` as JSON at `path`, through a temporary file in the same folder renamed over it: a reader (or
    another process scoring a disjoint shard) never sees a partial file."""
    from knockoff.lake import replace_atomic

    text = json.dumps(obj)
    replace_atomic(path, lambda tmp: tmp.write_text(text))


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
        write_json_atomic(path, known)
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
            from knockoff.lake import replace_atomic

            half = {"f8": f8[0].astype(np.float16), "f16": f16[0].astype(np.float16)}
            replace_atomic(file, lambda tmp, half=half: np.savez(tmp, **half))
            outs.append((f8[0], f16[0]))
        return [np.stack([o[0] for o in outs]), np.stack([o[1] for o in outs])]


class CachedOcr:
    """Development aid (with KNOCKOFF_BENCH_FEATURE_CACHE=1): the Matcher's OCR with its lines per image kept
    on disk (keyed by the OCR version and the SHA-256 of the pixels read), so that retuning what follows the
    OCR does not read every image again. Lines are the engine's own (JSON round trip of floats)."""

    def __init__(self, make, folder: Path) -> None:
        self.make = make
        self.inner = None
        self.folder = folder
        folder.mkdir(parents=True, exist_ok=True)

    def recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        if self.inner is None:
            self.inner = self.make()
        return self.inner.recognize(crops)

    def read(self, rgb: np.ndarray) -> list[tuple[str, float, tuple[float, float, float, float]]]:
        key = hashlib.sha256(repr(rgb.shape).encode() + np.ascontiguousarray(rgb).tobytes()).hexdigest()[:32]
        file = self.folder / f"{key}.json"
        try:
            return [(t, c, tuple(b)) for t, c, b in json.loads(file.read_text())]
        except (OSError, ValueError):
            pass
        if self.inner is None:
            self.inner = self.make()
        lines = self.inner.read(rgb)
        write_json_atomic(file, [[t, c, list(b)] for t, c, b in lines])
        return lines


class ScoreCache:
    """The Matcher's detection rows per image on disk, one JSON file per image under a folder named for the
    matcher's model version (cache_dir()/real-logos-scores/<sha256(model version)[:16]>/): an interrupted run
    resumes where it stopped, a finished one is read back, and processes scoring disjoint shards share it
    (each file is written atomically). A different model version never reads another's rows."""

    def __init__(self, model_version: str, root: Path | None = None) -> None:
        from knockoff.matching.backbone import cache_dir

        digest = hashlib.sha256(model_version.encode()).hexdigest()[:16]
        self.folder = (root or cache_dir() / "real-logos-scores") / digest
        self.folder.mkdir(parents=True, exist_ok=True)
        (self.folder / "model_version.txt").write_text(model_version + "\n", encoding="utf-8")

    def _file(self, name: str) -> Path:
        return self.folder / f"{name}.json"

    def has(self, name: str) -> bool:
        return self._file(name).is_file()

    def get(self, name: str) -> list[dict]:
        """Rows of image `name` (dicts with brand, mark, method, score, x0..y1); OSError when absent."""
        return json.loads(self._file(name).read_text())

    def put(self, name: str, rows: list[dict]) -> None:
        write_json_atomic(self._file(name), rows)


ROW_KEYS = ("brand", "mark", "method", "score", "x0", "y0", "x1", "y1", "score_raw")


def raw_rows(rows_by_image: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Rows with `score` set to the Matcher's uncalibrated score (`score_raw`; rows cached before it have
    only the raw `score`): what the calibrations are fitted and compared on."""
    return {
        name: [dict(r, score=r["score_raw"]) if r.get("score_raw") is not None else r for r in rs]
        for name, rs in rows_by_image.items()
    }


def fill_cache(matcher, samples: list[Sample], cache: ScoreCache, batch: int = 8) -> tuple[int, float]:
    """Score the samples not yet in `cache` and store their rows. Returns (images scored, seconds)."""
    import pyarrow as pa

    todo = [s for s in samples if not cache.has(s.name)]
    t0 = time.perf_counter()
    for i in range(0, len(todo), batch):
        chunk = [s for s in todo[i : i + batch] if not cache.has(s.name)]  # another process may have done it
        if not chunk:
            continue
        tbl = pa.table(
            {"image_sha256": [s.name for s in chunk], "bytes": pa.array([s.jpeg for s in chunk], pa.binary())}
        )
        det, err = matcher.detect(tbl)
        per: dict[str, list[dict]] = {s.name: [] for s in chunk}
        for r in det.to_pylist():
            per[r["image_sha256"]].append({k: r.get(k) for k in ROW_KEYS})
        failed = set(err.column("image_sha256").to_pylist())
        for name, rows in per.items():
            if name not in failed:  # an image that failed is retried by the next run
                cache.put(name, rows)
    return len(todo), time.perf_counter() - t0


def rows_to_pred(rows_by_image: dict[str, list[dict]]) -> Pred:
    """Per (image, brand): the best score of any detection row (logo, OCR) and its box, as `knockoff match`
    ranks."""
    pred: Pred = {}
    for name, rows in rows_by_image.items():
        for r in rows:
            key = (name, r["brand"])
            box = None if r["x0"] is None else (r["x0"], r["y0"], r["x1"], r["y1"])
            if key not in pred or r["score"] > pred[key][0]:
                pred[key] = (float(r["score"]), box)
    return pred


def matcher_preds(matcher, samples: list, batch: int = 32, strict: bool = False) -> tuple[Pred, float]:
    """Per (image, brand): the best score of any detection row (logo, OCR), as `knockoff match` ranks.
    `samples`: anything with `.name` and `.jpeg`. With `strict`, RuntimeError where the Matcher reports an
    image error (otherwise such an image just has no rows)."""
    import pyarrow as pa

    rows: dict[str, list[dict]] = {}
    t0 = time.perf_counter()
    for i in range(0, len(samples), batch):
        chunk = samples[i : i + batch]
        tbl = pa.table(
            {"image_sha256": [s.name for s in chunk], "bytes": pa.array([s.jpeg for s in chunk], pa.binary())}
        )
        det, err = matcher.detect(tbl)
        if strict and err.num_rows:
            raise RuntimeError(f"the Matcher failed on {err.column('image_sha256').to_pylist()}")
        for r in det.to_pylist():
            rows.setdefault(r["image_sha256"], []).append(r)
    pred = rows_to_pred(rows)
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
                write_json_atomic(path, known)
    dt = time.perf_counter() - t0
    pred: Pred = {}
    for s in samples:
        for brand, (score, box) in known[s.name].items():
            pred[(s.name, brand)] = (float(score), None if box is None else tuple(box))
    return pred, dt


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
    mine = [(s.name, s.brand, s.boxes) for s in positives if s.brand in set(brands)]
    return brand_scores(pred, ap, p10, mine, all_brands)


def bench_matcher(ocr: bool, brands) -> tuple[object, str, float]:
    """The Matcher as `knockoff match` builds it (with the development caches where
    KNOCKOFF_BENCH_FEATURE_CACHE=1), its score-cache key and the index build seconds."""
    from knockoff.config import MatchConfig
    from knockoff.matching.backbone import cache_dir
    from knockoff.matching.engine import Matcher

    t0 = time.perf_counter()
    matcher = _with_bench_head(lambda: Matcher(brands, MatchConfig(ocr=ocr, device="cpu"), device="cpu"))
    t_index = time.perf_counter() - t0
    key = matcher.model_version
    if os.environ.get("KNOCKOFF_BENCH_FEATURE_CACHE") == "1":
        from knockoff.matching.ocr import VERSION as OCR_VERSION
        from knockoff.matching.ocr import Ocr

        folder = cache_dir() / "bench-features" / matcher.backbone.digest
        matcher.backbone = CachedBackbone(matcher.backbone, folder)
        matcher._ocr = CachedOcr(lambda: Ocr(device="cpu"), cache_dir() / "bench-ocr" / OCR_VERSION)
        key += "+bench-f16-features"
    return matcher, key, t_index


def _with_bench_head(make):
    """make() with the engine loading the head weights named by KNOCKOFF_BENCH_HEAD on the stride-16 stage that
    match.detect.stage names (development aid: a candidate head scored without replacing the shipped one; its
    digest is in the model version, so its rows get their own score cache; a head of train_head's fits stage
    "imagenet", not the default "mixed"); make() as is where it is unset."""
    path = os.environ.get("KNOCKOFF_BENCH_HEAD")
    if not path:
        return make()
    from knockoff.matching import engine
    from knockoff.matching.head import LogoHead

    saved = engine.load_head
    engine.load_head = lambda *_default: LogoHead(Path(path))
    try:
        return make()
    finally:
        engine.load_head = saved


def vector_matcher(ocr: bool, marks: dict[str, list[Path]], tmp: Path) -> tuple[object, str, float]:
    """bench_matcher for the second reference condition (`with_vector_marks`; its brand files written to
    tmp/vector, which must not exist yet)."""
    from knockoff.matching.brands import load_brands

    folder = tmp / "vector"
    folder.mkdir()
    return bench_matcher(ocr, load_brands(write_brands(with_vector_marks(marks, folder), folder)))


def shard(samples: list, i: int, n: int) -> list:
    """The i-th of n disjoint shards (every n-th image of `samples`, in their order)."""
    return [s for k, s in enumerate(samples) if k % n == i]


def _spawn_workers(n: int, quick: bool) -> None:
    """Fill the score cache with n single-threaded processes over disjoint shards; waits for all."""
    import subprocess
    import sys

    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
    procs = []
    for i in range(n):
        cmd = [sys.executable, "-m", "benchmarks.bench_real_logos", "--fill", "--shard", f"{i}/{n}"]
        cmd += ["--quick"] if quick else []
        procs.append(subprocess.Popen(cmd, env=env))
    bad = [p.args for p in procs if p.wait() != 0]
    if bad:
        raise RuntimeError(f"score workers failed: {bad}")


CALIBRATION_PREFIXES = "cdef"


def is_calibration(s: Sample, dev: set[str]) -> bool:
    """The per-brand calibration's real photos: images of development-half brands whose SHA-256 starts with
    c-f (a fixed quarter of that half's images, disjoint from the quick quarter). They are the null set of
    every brand they do not show, and are left out wherever calibrated and raw scores are compared."""
    return s.brand in dev and s.name[0] in CALIBRATION_PREFIXES


def calibration_samples(marks: dict[str, list[Path]]) -> list[Sample]:
    """The calibration images (`is_calibration`) of the whole set, whatever the run's size."""
    dev = set(split_brands(sorted(marks))[0])
    return [s for s in load_samples(False)[0] if is_calibration(s, dev)]


def fill(quick: bool, part: tuple[int, int], dev_only: bool = False) -> None:
    """Worker entry point: score this process's shard of the samples (and of the calibration images) into
    the score cache (`dev_only`: the development half alone, as `dev_only_report` scores it)."""
    samples, marks = development_samples(quick) if dev_only else load_samples(quick)
    dev = set(split_brands(sorted(marks))[0])
    if quick and not dev_only:
        samples += calibration_samples(marks)
    # scoring order: the quick quarter, the calibration images, then the rest (a stopped run has the most
    # useful part); names are unique, so shards of this order are disjoint
    samples.sort(key=lambda s: (s.name[0] not in "0123", not is_calibration(s, dev), s.name))
    ocr = os.environ.get("KNOCKOFF_BENCH_OCR", "1") != "0"
    with tempfile.TemporaryDirectory() as tmp:
        from knockoff.matching.brands import load_brands

        conditions = [bench_matcher(ocr, load_brands(write_brands(marks, Path(tmp))))]
        if vector_condition() and not dev_only:
            conditions.append(vector_matcher(ocr, marks, Path(tmp)))
    mine = shard(samples, *part)
    for matcher, key, _ in conditions:
        cache = ScoreCache(key)
        n, dt = fill_cache(matcher, mine, cache)
        print(f"shard {part[0]}/{part[1]}: {n} of {len(mine)} images scored in {dt:.0f} s ({cache.folder})")


def cached_version(digest: str, samples: list[Sample]) -> tuple[str, dict[str, list[dict]]]:
    """Rows of an earlier model version from its score-cache folder (KNOCKOFF_BENCH_COMPARE names folders),
    labelled by its algorithm version, head and brand shortlist; ValueError when that folder lacks any of the samples."""
    from knockoff.matching.backbone import cache_dir

    folder = cache_dir() / "real-logos-scores" / digest
    version = (folder / "model_version.txt").read_text(encoding="utf-8").strip()
    cache = ScoreCache(version)  # the same folder: it is named for this version
    missing = [s.name for s in samples if not cache.has(s.name)]
    if missing:
        raise ValueError(f"score cache {digest} lacks {len(missing)} of the {len(samples)} images")
    algo = next((p for p in version.split("+") if p.startswith("dense16")), version).rsplit("-", 1)[-1]
    head = next((p for p in version.split("+") if p.startswith("head-")), "no head")
    idx = next((p for p in version.split("+") if p.startswith("idx-")), None)
    top, _, tier = idx.rsplit("-top", 1)[-1].partition("-rescue") if idx else ("", "", "")
    brands = f"shortlist {top}" if idx else "every brand correlated"
    if tier:  # "32-p0.85": the second tier's brands and threshold (matching/index.py)
        brands += ", second tier {} at p {}".format(*tier.split("-p", 1))
    return f"knockoff {algo}, {head}, {brands} (cached)", {s.name: cache.get(s.name) for s in samples}


def _all_preds(
    samples: list,
    marks: dict,
    baselines: bool,
    quick: bool,
    workers: int = 1,
    extra: list | None = None,
) -> tuple[dict, dict, str, float, bool, dict]:
    """Predictions of every method on `samples`: (preds, seconds, model version, index seconds, ocr,
    raw Matcher rows per image of `samples` and `extra`: `score` is the uncalibrated score). The Matcher's
    rows come from the score cache (ScoreCache), filled first for the images it lacks, by `workers`
    processes when more than one; "knockoff Matcher" ranks by their `score` (the default configuration);
    beside it the same rows ranked the other way (like with like): RAW_LABEL by their `score_raw` when the
    Matcher calibrates, else PROB_LABEL by ProbabilityCalibration.no_null() of their raw scores, which is
    what Matcher.detect gives with match.detect.score_calibration "probability"
    (tests/matching/test_score_calibration.py)."""
    from knockoff.matching.brands import load_brands

    ocr = os.environ.get("KNOCKOFF_BENCH_OCR", "1") != "0"
    preds: dict[str, Pred] = {}
    times: dict[str, float] = {}
    everything = samples + (extra or [])
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(marks, Path(tmp)))
        matcher, key, t_index = bench_matcher(ocr, brands)
        cache = ScoreCache(key)
        missing = sum(not cache.has(s.name) for s in everything)
        t0 = time.perf_counter()
        if missing and workers > 1:
            _spawn_workers(workers, quick)
        fill_cache(matcher, everything, cache)
        times["knockoff Matcher"] = (time.perf_counter() - t0) * len(samples) / max(1, len(everything))
        scored = {s.name: cache.get(s.name) for s in everything}
        rows = raw_rows(scored)
        preds["knockoff Matcher"] = rows_to_pred({s.name: scored[s.name] for s in samples})
        if matcher.knobs.score_calibration != "none":  # calibrated: its raw scores beside it
            preds[RAW_LABEL] = rows_to_pred({s.name: rows[s.name] for s in samples})
        else:  # raw: the opt-in probability calibration of the same rows beside it
            preds[PROB_LABEL] = rows_to_pred(probability_rows({s.name: rows[s.name] for s in samples}))
        if not missing:
            times["knockoff Matcher"] = 0.0  # read back from the score cache
        for digest in os.environ.get("KNOCKOFF_BENCH_COMPARE", "").split():  # earlier versions, from cache
            label, old_rows = cached_version(digest, samples)
            preds[label], times[label] = rows_to_pred(old_rows), 0.0
        if vector_condition():  # the second reference condition, filled by the same workers
            vmatcher, vkey, _ = vector_matcher(ocr, marks, Path(tmp))
            vcache = ScoreCache(vkey)
            t0 = time.perf_counter()
            fill_cache(vmatcher, samples, vcache)
            preds[VECTOR_LABEL] = rows_to_pred({s.name: vcache.get(s.name) for s in samples})
            times[VECTOR_LABEL] = time.perf_counter() - t0
        if os.environ.get("KNOCKOFF_BENCH_BEFORE") == "1":  # the matcher as it was before issue 12, same run
            preds["knockoff v6 (before)"], times["knockoff v6 (before)"] = _before_preds(brands, ocr, samples)
    if baselines:
        preds["SIFT + RANSAC"], times["SIFT + RANSAC"] = baseline_preds("sift", marks, samples)
        preds["matchTemplate"], times["matchTemplate"] = baseline_preds("template", marks, samples)
    return preds, times, matcher.model_version, t_index, ocr, rows


RAW_LABEL = "knockoff Matcher, score_raw"
PROB_LABEL = "knockoff Matcher, probability (opt-in)"


def probability_rows(rows_by_image: dict[str, list[dict]]) -> dict[str, list[dict]]:
    """Raw rows with each score the shipped probability calibration's (ProbabilityCalibration.no_null(),
    features within each image), as match.detect.score_calibration "probability" scores them."""
    from knockoff.matching.calibration import ProbabilityCalibration

    cal = ProbabilityCalibration.no_null()
    return {
        name: cal.apply_rows([dict(r, image_sha256=name) for r in rs]) for name, rs in rows_by_image.items()
    }


def calibrated_rows(rows: dict[str, list[dict]], calibration) -> dict[str, list[dict]]:
    """Rows with each score mapped by its brand's calibration in its family (matching/calibration.py)."""
    return {name: [dict(r, score=calibration.apply_row(r)) for r in rs] for name, rs in rows.items()}


def fit_calibration(rows: dict[str, list[dict]], null: list[Sample], brands: list[str]):
    """BrandCalibration from raw rows: each brand's null, per score family, is its best score on the images
    of `null` that do not show it (the calibration images, `is_calibration`)."""
    from knockoff.matching.calibration import BrandCalibration, best_per_key

    best = {s.name: best_per_key(rows[s.name], brands) for s in null}
    return BrandCalibration.fit(
        {k: [best[s.name][k] for s in null if s.brand != k.split("\t")[0]] for k in best_per_key([], brands)}
    )


def precision_spread(
    samples: list[Sample], brands: list[str], pred: Pred, threshold: float
) -> tuple[list[float], list[float], int, list[float]]:
    """At one threshold over all images: per brand of `brands`, precision and recall of "score >=
    threshold" (precision only for brands with at least one image above it) and the false-positive rate
    (share of the images not showing the brand that score above it). Returns (precisions, recalls, brands
    with nothing above, false-positive rates)."""
    prec, rec, empty, fpr = [], [], 0, []
    for b in brands:
        lab = np.array([s.brand == b for s in samples])
        hit = np.array([pred.get((s.name, b), (0.0, None))[0] >= threshold for s in samples])
        if lab.sum() == 0:
            continue
        rec.append(float((hit & lab).sum() / lab.sum()))
        fpr.append(float((hit & ~lab).sum() / max(1, (~lab).sum())))
        if hit.sum():
            prec.append(float((hit & lab).sum() / hit.sum()))
        else:
            empty += 1
    return prec, rec, empty, fpr


def pooled_threshold(samples: list[Sample], brands: list[str], pred: Pred, target: float) -> float:
    """The lowest threshold at which the pooled precision of every (image, brand of `brands`) pair with
    score >= threshold is at least `target` (fitted on the development half only)."""
    sc, lab = [], []
    for b in brands:
        for s in samples:
            sc.append(pred.get((s.name, b), (0.0, None))[0])
            lab.append(s.brand == b)
    order = np.argsort(-np.asarray(sc), kind="stable")
    sc_sorted = np.asarray(sc)[order]
    tp = np.cumsum(np.asarray(lab)[order])
    precision = tp / np.arange(1, len(sc) + 1)
    ok = np.nonzero(precision >= target)[0]
    if not len(ok):
        return float(sc_sorted[0]) + 1e-9
    # the last rank whose cumulative precision still meets the target, at a score boundary
    return float(sc_sorted[ok[-1]])


PRECISION_TARGET = 0.9  # pooled precision on the development half that fixes the one global threshold


def _calibration_lines(samples, extra, rows, halves, splits, all_brands) -> list[str]:
    """Raw scores, the per-brand tail calibration, per-brand thresholds at one null false-positive rate and the
    probability calibration at one global threshold each (benchmarks/eval_calibration.py): per-brand
    precision spread, recall, mAP, top-1. The calibration images are those of `samples` and `extra` (the
    calibration images beyond a quick run); they are left out of the figures."""
    from benchmarks.eval_calibration import report_lines

    dev = set(halves["dev"])
    null = [s for s in samples + extra if is_calibration(s, dev)]
    rest = [s for s in samples if not is_calibration(s, dev)]
    return report_lines(rest, null, rows, halves, splits, all_brands) if null else []


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
    main: dict[tuple[str, str], BrandScores] = {}
    for half in splits:
        for subset, ss in subsets.items():
            for method, pred in preds.items():
                r = evaluate(samples, ss, halves[half], all_brands, pred)
                if subset == "all images":
                    main[(half, method)] = r
                p = list(r.p10.values())
                rows.append(
                    f"| {half} | {subset} | {method} | {r.n} | {_f(r.mAP)} | {_f(np.mean(p) if p else float('nan'))} "
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


def run(
    quick: bool = False,
    splits: tuple[str, ...] = ("dev", "held-out"),
    baselines: bool = True,
    workers: int | None = None,
) -> str:
    """The Markdown section for benchmarks/RESULTS.md."""
    from training.shared_data import REAL_LOGOS

    title = "## Real photographs: ../shared/data/real-logos, one-shot (headline)"
    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        return f"{title}\n\nSkipped: {REAL_LOGOS} is not present.\n"
    samples, marks = load_samples(quick)
    all_brands = sorted(marks)
    dev, held = split_brands(all_brands)
    workers = workers or int(os.environ.get("KNOCKOFF_BENCH_WORKERS", "1"))
    names = {s.name for s in samples}
    null = [s for s in calibration_samples(marks) if s.name not in names] if quick else []
    preds, times, model_version, t_index, ocr, rows = _all_preds(
        samples, marks, baselines, quick, workers, null
    )
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
    table, main = _subset_rows(samples, subsets, halves, splits, all_brands, preds)
    lines += table
    lines += _calibration_lines(samples, null, rows, halves, splits, all_brands)
    lines += _per_brand_rows(samples, halves, splits, preds, main)
    lines += _timing_lines(times, len(samples))
    return "\n".join(lines)


def development_samples(quick: bool) -> tuple[list[Sample], dict[str, list[Path]]]:
    """load_samples of the development half alone (held-out brands' files are not opened)."""
    from training.shared_data import real_logos

    brands = sorted({r.brand for r in real_logos()[1]})
    return load_samples(quick, set(split_brands(brands)[0]))


def dev_only_report(quick: bool = False) -> str:
    """Head selection figures (see the module docstring, `--dev-only`): a Markdown table per dev-A (in-sample)
    / dev-B and subset (all images, product photos, logo < 1/4 of the image): mAP, top-1 brand, min and mean
    P@10, and per-brand AP. The score cache is filled first where rows are missing."""
    from knockoff.matching.brands import load_brands
    from training.real_photos import split_development
    from training.shared_data import real_logos

    samples, marks = development_samples(quick)
    dev = sorted(marks)
    dev_a, dev_b = split_development(sorted({r.brand for r in real_logos()[1]}))
    ocr = os.environ.get("KNOCKOFF_BENCH_OCR", "1") != "0"
    with tempfile.TemporaryDirectory() as tmp:
        matcher, key, _t = bench_matcher(ocr, load_brands(write_brands(marks, Path(tmp))))
    cache = ScoreCache(key)
    fill_cache(matcher, samples, cache)
    pred = rows_to_pred({s.name: cache.get(s.name) for s in samples})
    product = product_flags(samples)
    subsets = {
        "all images": samples,
        "product photos (proxy)": [s for s in samples if product[s.name]],
        "logo < 1/4 of the image": [s for s in samples if size_bucket(s) == "logo < 1/4 of the image"],
    }
    lines = [
        f"Development half only ({len(dev)} brands registered, {len(samples)} images); model `{matcher.model_version}`",
        "",
        f"| brands | subset | images | mAP | top-1 brand | min P@{P_AT} | mean P@{P_AT} |",
        "|---|---|---|---|---|---|---|",
    ]
    per_brand = []
    for label, brands in (("dev-A (trained on: in-sample)", dev_a), ("dev-B (selection)", dev_b)):
        for subset, ss in subsets.items():
            r = evaluate(samples, ss, brands, dev, pred)
            p = list(r.p10.values())
            lines.append(
                f"| {label} | {subset} | {r.n} | {_f(r.mAP)} | {_f(r.top1)} | {_f(min(p))} | {_f(np.mean(p))} |"
            )
            if subset == "all images":
                per_brand += [f"{b} {_f(r.ap[b])}" for b in brands if b in r.ap]
    return "\n".join(lines + ["", "Per-brand AP (all images): " + ", ".join(per_brand), ""])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="a quarter of the images")
    ap.add_argument("--split", choices=["dev", "both"], default="both", help="halves to report")
    ap.add_argument("--no-baselines", action="store_true")
    ap.add_argument("--workers", type=int, default=None, help="processes scoring disjoint shards (default 1)")
    ap.add_argument("--fill", action="store_true", help="only fill the score cache (no report)")
    ap.add_argument("--shard", default="0/1", help="with --fill: this process's shard, i/n")
    ap.add_argument(
        "--dev-only",
        action="store_true",
        help="head selection: development brands alone registered and scored, reported as dev-A / dev-B",
    )
    args = ap.parse_args()
    if args.fill:
        i, n = (int(v) for v in args.shard.split("/"))
        if not 0 <= i < n:
            ap.error(f"--shard {args.shard}: need 0 <= i < n")
        fill(args.quick, (i, n), args.dev_only)
        return
    if args.dev_only:
        print(dev_only_report(args.quick))
        return
    splits = ("dev",) if args.split == "dev" else ("dev", "held-out")
    print(run(quick=args.quick, splits=splits, baselines=not args.no_baselines, workers=args.workers))


if __name__ == "__main__":
    main()
