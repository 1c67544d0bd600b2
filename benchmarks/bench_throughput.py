"""Throughput at default settings: OCR where it pays, and the cost per image from 10 to 1,000 brands.

Real photos from ../shared/data/real-logos (bench_real_logos.py's protocol: each brand registers its
references, the images they were cut from are not scored). Every figure is measured in one run, side by
side with today's path, in one process with one ONNX Runtime thread, so that "CPU ms per image" is what one
single-threaded Dask worker spends; "img/s on 2 cores" is 2000 / that figure (two such workers). Wall-clock
rates on this shared machine are printed too, but other load makes them noisy: read the CPU figures.

Sections:
- Stages (`--only stages`): exclusive CPU ms per image of every stage (decode, backbone, head, shortlist,
  correlation, windows, SIFT in windows and on the whole image, OCR detection / recognition / the rest) at 100
  and 1,000 brands, timers around the Matcher's parts (StageTimer), and the 2-core ceiling they set; each
  brand count without the shortlist's second tier (RESCUE_OFF, the path before 2026-12-03 17:00 UTC) and at
  default settings (`stages_section(..., ZOOM_OFF, "zoom off")` compares proposal zoom instead, v13's path;
  UNGATED the whole-image SIFT gate, v12's; SHAPE_OFF shape verification, v15's; FINE_OFF the enlarged level,
  v19's; MATTE_OFF photo crops without their matte, v20's, a template setting; SHORTLIST_64 a shortlist of 64
  brands, a MatchConfig override). The real-logo brands' references are photo crops, which have no
  silhouette: shape verification runs on the simple-icons brands added to reach 100 and 1,000, and since
  model v21 on the 7 crops whose one-colour border gives a matte.
- Compare (`--only compare`): today's path against `use_before` (the backbone's dynamic-padding export, the
  idx-v1 faiss lookup and per-brand correlation) at 100 and 1,000 brands: CPU per image and mAP (development
  brands and all 40).
- OCR: the 40 real-logo brands with OCR off, OCR as it was (RapidOCR defaults on the crop around the best
  wordmark window), that crop with detection at the crop's size (no angle classifier, one thread), and the
  whole image read once with text detection at 512 (the reference: OCR on every image), 384 and 320 px.
  mAP over every scored image and brand, and images OCR'd per image.
- Brands: 10, 100 and 1,000 brands (the real-logo brands, then simple-icons marks as extra brands): the brand
  index built the first time and from its cache, CPU per image with the shortlist and scanning every brand,
  peak RSS, and mAP of the real-logo brands in each setting.
- Start (`--only start`): what a worker pays before its first image with 1,000 brands whose index is cached:
  load_brands (brands.yaml parsed, every mark file checked) and the Matcher, today's path against the one
  before 2026-12-03 20:00 UTC (PyYAML's pure-Python loader, each mark rasterised at 64 px to check it, the index
  read mark by mark: `_before_start`), in one process, each timed `repeat` times after one untimed warm-up of
  each (page cache warm; the pack written).
- Spawn (`--only spawn`): a fresh worker process from its first line to its first image matched, 100 brands,
  device "auto" as `knockoff match` asks: today's path against PyTorch imported first, as every CPU worker did
  before 2026-12-06 (`process_start_section`).

    python -m benchmarks.bench_throughput [--quick]
"""

from __future__ import annotations

import argparse
import os
import resource
import tempfile
import time
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one worker thread, as a Dask worker runs it


from benchmarks.bench_real_logos import Sample, evaluate, load_samples, matcher_preds, write_brands  # noqa: E402

RAPIDOCR_DEFAULTS = {"Global.log_level": "error"}  # how matching/ocr.py ran RapidOCR before (all defaults)


def _subset(samples: list[Sample], prefixes: str) -> list[Sample]:
    return [s for s in samples if s.name[0] in prefixes]


def _timed(matcher, samples: list[Sample]) -> tuple[dict, float, float]:
    """(predictions, CPU ms per image, wall ms per image) of matcher.detect over `samples`."""
    matcher_preds(matcher, samples[:2])  # models and lazy engines loaded outside the timing
    c0, t0 = time.process_time(), time.perf_counter()
    pred, _ = matcher_preds(matcher, samples)
    n = max(1, len(samples))
    return pred, 1000 * (time.process_time() - c0) / n, 1000 * (time.perf_counter() - t0) / n


def ocr_section(samples: list[Sample], marks: dict, folder: Path, shortlist: int = 10**6) -> list[str]:
    """mAP and CPU per image of each OCR mode (every brand correlated unless `shortlist` says otherwise)."""
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from knockoff.matching.ocr import Ocr

    brands = load_brands(write_brands(marks, folder))
    names = sorted(marks)
    modes = {  # label: (ocr, scope, Ocr keyword arguments)
        "OCR off": (False, "image", None),
        "crop by the best wordmark window, RapidOCR defaults (before)": (True, "window", RAPIDOCR_DEFAULTS),
        "crop by the best wordmark window, crop-size detection": (True, "window", {}),
        "whole image, detection at 512 px (reference: OCR on every image)": (
            True,
            "image",
            {"det_side": 512},
        ),
        "whole image, detection at 384 px": (True, "image", {"det_side": 384}),
        "whole image, detection at 320 px": (True, "image", {"det_side": 320}),
    }
    lines = [
        f"### OCR where it pays: {len(samples)} real photos, {len(names)} brands (every one correlated), 512 px, "
        "one thread",
        "",
        "| mode | mAP | CPU ms / image | img/s on 2 cores (from CPU) | wall ms / image | OCR crops / image |",
        "|---|---|---|---|---|---|",
    ]
    for label, (ocr, scope, kw) in modes.items():
        cfg = MatchConfig(device="cpu", ocr=ocr, ocr_scope=scope, brand_shortlist=shortlist)
        m = Matcher(brands, cfg, device="cpu")
        if ocr:
            m._ocr = Ocr(params=kw) if kw is RAPIDOCR_DEFAULTS else Ocr(threads=1, **kw)
        pred, cpu, wall = _timed(m, samples)
        sc = evaluate(samples, samples, names, names, pred)
        crops = m.counters["ocr_crops"] / max(1, m.counters["images"])
        lines.append(f"| {label} | {sc.mAP:.3f} | {cpu:.0f} | {2000 / cpu:.1f} | {wall:.0f} | {crops:.2f} |")
        print(lines[-1], flush=True)
    return lines


class StageTimer:
    """CPU seconds (time.process_time) spent in wrapped callables, exclusive of wrapped callables they call:
    `wrap(owner, attribute, stage)` replaces owner.attribute with a timed version; `restore()` puts every
    original back. A stage's figure is what one single-threaded worker spends in it. `clock`: another timer
    (time.perf_counter: wall seconds, for a GPU worker whose stages wait on the device or use several threads)."""

    def __init__(self, clock=time.process_time) -> None:
        self.clock = clock
        self.seconds: dict[str, float] = {}
        self._stack: list[float] = []  # time spent in wrapped children of each open call
        self._undo: list[tuple[object, str, object, bool]] = []

    def wrap(self, owner: object, name: str, stage: str) -> None:
        import functools

        inner = getattr(owner, name)
        own = name in vars(owner)

        @functools.wraps(inner)
        def timed(*args, **kwargs):
            self._stack.append(0.0)
            c0 = self.clock()
            try:
                return inner(*args, **kwargs)
            finally:
                spent = self.clock() - c0
                children = self._stack.pop()
                self.seconds[stage] = self.seconds.get(stage, 0.0) + spent - children
                if self._stack:
                    self._stack[-1] += spent

        setattr(owner, name, timed)
        self._undo.append((owner, name, inner if own else None, own))

    def restore(self) -> None:
        for owner, name, inner, own in reversed(self._undo):
            if own:
                setattr(owner, name, inner)
            else:
                delattr(owner, name)
        self._undo.clear()


STAGES = (  # (label, what it covers)
    ("decode", "JPEG/PNG bytes to RGB at 512 px (matching/imageio.py)"),
    ("backbone", "EfficientNet-Lite0 in ONNX Runtime: whole image, half-size and enlarged levels, crops"),
    ("head", "trained matching head on the backbone maps"),
    ("shortlist", "brand lookup: proposals scored against every template key (index.py; beyond 32 brands)"),
    ("correlation", "dense template correlation: every level and crop (index.py / logo.Correlator)"),
    ("enlarged level", "the image enlarged 2x for the small templates (engine._fine_peaks's own work)"),
    ("mark proposals", "printed-mark detector, ddddocr common_det at 416 px (matching/proposals.py)"),
    ("proposal zoom", "small proposals cut out and enlarged (engine._zoom_peaks's own work)"),
    ("windows", "candidates, rival suppression, fusion, rows (engine._score_one's own work)"),
    ("SIFT in windows", "SIFT + RANSAC around the best window (logo.verify)"),
    ("SIFT whole image", "SIFT keypoints of the whole image + matching of the best brands' marks"),
    ("shape verification", "edge-orientation matching of the best windows' silhouettes (matching/shape.py)"),
    ("OCR detection", "RapidOCR text detection (PP-OCRv6 det small) on the whole image"),
    ("OCR recognition", "RapidOCR recognition (PP-OCRv6 rec small) of the text boxes found"),
    ("OCR other", "crops of text boxes, brand terms matched in the lines, veto"),
    ("official photo", "pHash/global-feature lookup of brands' official photos"),
)


def _wrap_stages(timer: StageTimer, m) -> None:
    """Timers on every stage of Matcher `m` (no change to what it computes)."""
    import rapidocr.ch_ppocr_det.main as rdet
    import rapidocr.ch_ppocr_rec.main as rrec

    from knockoff.matching import engine, logo

    timer.wrap(engine, "decode", "decode")
    timer.wrap(m.backbone, "features", "backbone")
    timer.wrap(m, "_match_features", "head")
    timer.wrap(m, "_coarse_map", "backbone")  # its own work: the half-size resize and padding
    if hasattr(m.index, "shortlisted"):
        timer.wrap(m.index, "shortlisted", "shortlist")
        timer.wrap(m.index, "ranked", "shortlist")  # the lookup, when the second tier asks for its order
    timer.wrap(m.index, "peaks", "correlation")
    if m.coarse is not None:
        timer.wrap(m.coarse, "peaks", "correlation")
    if m.fine is not None:
        timer.wrap(m.fine, "peaks", "correlation")
        timer.wrap(m, "_fine_peaks", "enlarged level")
    timer.wrap(m, "_score_one", "windows")
    if m.proposer is not None:
        timer.wrap(m.proposer, "propose", "mark proposals")
        timer.wrap(m, "_zoom_peaks", "proposal zoom")
    timer.wrap(logo, "verify", "SIFT in windows")
    timer.wrap(m, "_verify_whole", "SIFT whole image")
    if m.shape_refs is not None:
        timer.wrap(m, "_verify_shapes", "shape verification")
    timer.wrap(rdet.TextDetector, "__call__", "OCR detection")
    timer.wrap(rrec.TextRecognizer, "__call__", "OCR recognition")
    timer.wrap(m, "_ocr_rows", "OCR other")
    timer.wrap(m, "_read_text", "OCR other")  # lines and brand terms (the whole image is read first)
    timer.wrap(m, "_official", "official photo")


# the whole-image SIFT gate off: every image's best brands verified on the whole image (model v12)
UNGATED = {"whole_image_skip_inliers": 0, "whole_image_skip_ocr": 1.0}
# no zoomed crops of mark proposals (model v13)
ZOOM_OFF = {"proposal_zoom": False}
# no enlarged level (model v19)
FINE_OFF = {"fine_level": False}
# no shape verification (model v15)
SHAPE_OFF = {"shape_top": 0}
# 64 brands correlated per image beyond 64 (match.brand_shortlist; the default is 32)
SHORTLIST_64 = {"brand_shortlist": 64}
# the shortlist alone, without its second tier (match.brand_rescue)
RESCUE_OFF = {"brand_rescue": 0}
# no matte of photo crops on a one-colour border (model v20): a template setting of matching/logo.py, not a knob
MATTE_OFF = {"logo.MATTE_VARIANTS": ()}


def _built_with(settings: dict, build):
    """`build()` with matching/logo.py's module settings in `settings` ("logo.NAME": value) in force, put back
    after: template settings that are constants, not knobs (their values are in the model version)."""
    from knockoff.matching import logo

    saved = {k: getattr(logo, k.split(".", 1)[1]) for k in settings}
    try:
        for k, v in settings.items():
            setattr(logo, k.split(".", 1)[1], v)
        return build()
    finally:
        for k, v in saved.items():
            setattr(logo, k.split(".", 1)[1], v)


def stages_section(
    samples: list[Sample],
    marks: dict,
    sizes: tuple[int, ...] = (100, 1000),
    baseline: dict | None = None,
    off: str = "gate off",
) -> list[str]:
    """Per-stage CPU ms per image of one single-threaded worker at default settings, and what the 2-core
    rate would be without each stage (the ceiling it sets). Each brand count is run twice in the same
    process: with `baseline` (MatchConfig or match.detect overrides, or "logo.NAME" template settings that the
    Matcher is built with, labelled `off`; default UNGATED, the
    whole-image SIFT gate off) and at default settings, so the two columns are measured under the same load."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    baseline = UNGATED if baseline is None else baseline
    sets = brand_sets(marks, sizes)
    cols: dict[tuple[int, str], tuple[dict[str, float], float]] = {}
    skipped: dict[tuple[int, str], float] = {}
    runs = [(n, label) for n in sizes for label in (off, "default")]
    for n, label in runs:
        brands = load_brands(write_brands(sets[n], Path(tempfile.mkdtemp())))
        over = baseline if label == off else {}
        settings = {k: v for k, v in over.items() if k.startswith("logo.")}
        match = {k: v for k, v in over.items() if k in MatchConfig.model_fields}  # the rest: match.detect
        knobs = DetectConfig(**{k: v for k, v in over.items() if k not in match and k not in settings})
        config = MatchConfig(device="cpu", detect=knobs, **match)
        m = _built_with(settings, lambda b=brands, c=config: Matcher(b, c, device="cpu"))
        matcher_preds(m, samples[:2])  # models and lazy engines loaded outside the timing
        before = dict(m.counters)
        timer = StageTimer()
        _wrap_stages(timer, m)
        c0 = time.process_time()
        try:
            matcher_preds(m, samples)
        finally:
            timer.restore()
        total = 1000 * (time.process_time() - c0) / len(samples)
        per = {k: 1000 * v / len(samples) for k, v in timer.seconds.items()}
        per["other (batching, rows, Arrow)"] = total - sum(per.values())
        cols[(n, label)] = (per, total)
        skipped[(n, label)] = (m.counters["whole_image_skipped"] - before["whole_image_skipped"]) / len(
            samples
        )
        print(n, label, {k: round(v, 1) for k, v in per.items()}, round(total, 1), flush=True)
    head = " | ".join(f"{n} brands, {label}: CPU ms / image (share)" for n, label in runs)
    lines = [
        f"### Where the time goes: {len(samples)} real photos, default settings, 512 px, one thread "
        f"(`--only stages`; '{off}': {', '.join(f'{k}={v}' for k, v in baseline.items())})",
        "",
        f"| stage | what | {head} | img/s on 2 cores without this stage ({sizes[0]} brands, default) |",
        "|---|---|" + "---|" * (len(runs) + 1),
    ]
    what = dict(STAGES)
    first = cols[(sizes[0], "default")]
    for stage in [*what, "other (batching, rows, Arrow)"]:
        cells = " | ".join(
            f"{cols[r][0].get(stage, 0.0):.1f} ({cols[r][0].get(stage, 0.0) / cols[r][1]:.0%})" for r in runs
        )
        rest = first[1] - first[0].get(stage, 0.0)
        lines.append(f"| {stage} | {what.get(stage, '')} | {cells} | {2000 / rest:.1f} |")
    totals = " | ".join(f"**{cols[r][1]:.1f}** ({2000 / cols[r][1]:.1f} img/s on 2 cores)" for r in runs)
    lines.append(f"| **total** | | {totals} | |")
    lines.append(
        "| images settled before whole-image SIFT | | "
        + " | ".join(f"{skipped[r]:.0%}" for r in runs)
        + " | |"
    )
    per = first[0]
    ocr = per.get("OCR detection", 0.0) + per.get("OCR recognition", 0.0)
    model = ocr + per.get("backbone", 0.0)
    lines += [
        "",
        f"Ceilings on 2 cores ({sizes[0]} brands): OCR models alone {ocr:.1f} ms = {2000 / ocr:.0f} img/s; OCR + "
        f"backbone {model:.1f} ms = {2000 / model:.0f} img/s (with OCR on every image, nothing else counted).",
    ]
    return lines


def use_before(m) -> None:
    """Put Matcher `m` back on the code path of before 2026-11-30 12:00 UTC (the baseline of `compare_section`):
    the backbone's dynamic-padding export only, each proposal looked up in a faiss flat inner-product index
    keeping its 256 nearest keys, and each shortlisted brand correlated with its own logo.Correlator (the image
    map normalised and the BLAS product run once per brand and template shape)."""
    import faiss
    import numpy as np

    from knockoff.matching import index as idx_mod
    from knockoff.matching import logo
    from knockoff.matching.backbone import Backbone

    m.backbone = Backbone(m.device, folded=False)
    index = m.index
    if index._all is not None:
        return
    flat = faiss.IndexFlatIP(index._keys.shape[1])
    flat.add(index._keys)

    def shortlisted(fmap):
        query = idx_mod.proposals(fmap)
        if not len(query):
            return []
        sims, ids = flat.search(query, min(256, flat.ntotal))
        best = np.full(len(index.brands), -np.inf, np.float32)
        np.maximum.at(best, index._key_brand[ids.ravel()], sims.ravel())
        top = np.argsort(-best, kind="stable")[: index.shortlist]
        return sorted(index.brands[i] for i in top if np.isfinite(best[i]))

    def per_brand(stacked):
        names = {i: b for b, i in stacked.brand_ids.items()}
        by_brand: dict[str, list] = {}
        for ts, owner, _stack in stacked.groups.values():
            for t, o in zip(ts, owner.tolist(), strict=True):
                by_brand.setdefault(names.get(o, ""), []).append(t)
        generic = by_brand.pop("", [])
        correlators = {b: logo.Correlator(ts) for b, ts in by_brand.items()}
        rivals = logo.Correlator(generic) if generic else None

        def peaks(fmap, valid_hw, chosen):
            best = {}
            for b in chosen:
                if b in correlators:
                    best.update(correlators[b].peaks(fmap, valid_hw))
            if rivals is not None:
                best.update(rivals.peaks(fmap, valid_hw))
            return best

        stacked.peaks = peaks

    index.shortlisted = shortlisted
    index.rescue = 0  # the shortlist alone, as then
    per_brand(index._stacked)
    if m.coarse is not None:
        per_brand(m.coarse._stacked)


def _one_compare(marks: dict, real: list[str], samples: list[Sample], n: int) -> dict:
    """In a fresh process: CPU ms per image and mAP on the code path before (`use_before`) and now."""
    from benchmarks.bench_real_logos import split_brands
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    brands = load_brands(write_brands(marks, Path(tempfile.mkdtemp())))
    dev = split_brands(real)[0]
    out = {}
    for label in ("before", "now"):
        m = Matcher(brands, MatchConfig(device="cpu"), device="cpu")
        if label == "before":
            use_before(m)
        pred, cpu, _wall = _timed(m, samples)
        out[label] = {
            "cpu_ms": cpu,
            "map_dev": evaluate(samples, samples, dev, sorted(marks), pred).mAP,
            "map": evaluate(samples, samples, [b for b in real if b in marks], sorted(marks), pred).mAP,
        }
        print(n, label, out[label], flush=True)
    return out


def compare_section(samples: list[Sample], marks: dict, sizes: tuple[int, ...] = (100, 1000)) -> list[str]:
    """Default settings, today's code against the path before (`use_before`), in one run (one fresh process
    per brand count, before and now on the same Matcher settings)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    sets = brand_sets(marks, sizes)
    lines = [
        f"### Before / now in one run: {len(samples)} real photos, default settings, 512 px, one thread "
        "(`--only compare`; before = `use_before`: dynamic-padding backbone, brand index idx-v1)",
        "",
        "| brands | CPU ms / image before -> now | img/s on 2 cores before -> now | mAP development brands before -> "
        "now | mAP all 40 real-logo brands before -> now |",
        "|---|---|---|---|---|",
    ]
    for n in sizes:
        with ProcessPoolExecutor(1, mp_context=mp.get_context("spawn")) as ex:
            r = ex.submit(_one_compare, sets[n], sorted(marks), samples, n).result()
        b, a = r["before"], r["now"]
        lines.append(
            f"| {n} | {b['cpu_ms']:.1f} -> {a['cpu_ms']:.1f} | {2000 / b['cpu_ms']:.1f} -> {2000 / a['cpu_ms']:.1f} | "
            f"{b['map_dev']:.3f} -> {a['map_dev']:.3f} | {b['map']:.3f} -> {a['map']:.3f} |"
        )
    return lines


def _slug(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def brand_sets(marks: dict[str, list[Path]], sizes: tuple[int, ...]) -> dict[int, dict[str, list[Path]]]:
    """size -> {brand: mark files}: the first `size` real-logo brands (by name), then simple-icons marks as
    extra brands (sorted by file name; icons named like a real-logo brand left out)."""
    from training.shared_data import SIMPLE_ICONS

    real = sorted(marks)
    icons_dir = SIMPLE_ICONS / "icons"
    taken = {_slug(b) for b in real}
    icons = [p for p in sorted(icons_dir.glob("*.svg")) if _slug(p.stem) not in taken]
    out = {}
    for n in sizes:
        chosen = {b: marks[b] for b in real[:n]}
        for p in icons[: max(0, n - len(real))]:
            chosen[f"si:{p.stem}"] = [p]
        out[n] = chosen
    return out


def _fresh_cache(folder: Path) -> None:
    """Point KNOCKOFF_CACHE at an empty folder holding only the exported backbone (the index starts empty)."""
    from knockoff.matching.backbone import cache_dir

    src = cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    for f in src.glob("*.onnx"):
        (folder / f.name).symlink_to(f)
    os.environ["KNOCKOFF_CACHE"] = str(folder)


def _one_brand_set(
    marks: dict[str, list[Path]], real: list[str], samples: list[Sample], n_full: int, fresh: str | None
) -> dict:
    """Runs in a fresh process (its peak RSS is one worker's): build the Matcher (fresh cache: first time;
    then again from the cache), match `samples` with the shortlist and the first `n_full` of them scanning
    every brand."""
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    if fresh:
        _fresh_cache(Path(fresh))
    folder = Path(tempfile.mkdtemp())
    brands = load_brands(write_brands(marks, folder))
    out: dict = {}
    t0 = time.perf_counter()
    Matcher(brands, MatchConfig(device="cpu"), device="cpu")
    out["build_first_s" if fresh else "build_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    m = Matcher(brands, MatchConfig(device="cpu"), device="cpu")
    out["build_cached_s"] = time.perf_counter() - t0
    names = sorted(marks)
    scored = [b for b in real if b in marks]
    pred, out["cpu_ms"], out["wall_ms"] = _timed(m, samples)
    out["map"] = evaluate(samples, samples, scored, names, pred).mAP
    out["correlated"] = m.index.counters["brands_correlated"] / max(1, m.index.counters["images"])
    full = Matcher(brands, MatchConfig(device="cpu", brand_shortlist=10**6), device="cpu")
    sub = samples[:n_full]
    pred_full, out["cpu_ms_full"], out["wall_ms_full"] = _timed(full, sub)
    pred_short = {k: v for k, v in pred.items() if k[0] in {s.name for s in sub}}
    out["map_full_sub"] = evaluate(sub, sub, scored, names, pred_full).mAP
    out["map_short_sub"] = evaluate(sub, sub, scored, names, pred_short).mAP
    out["rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return out


def _build_only(marks: dict[str, list[Path]], fresh: str) -> tuple[float, int, float]:
    """(seconds, marks built here, CPU seconds) to construct the Matcher on the cache folder `fresh` (a
    worker's start)."""
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    os.environ["KNOCKOFF_CACHE"] = fresh
    brands = load_brands(write_brands(marks, Path(tempfile.mkdtemp())))
    t0, c0 = time.perf_counter(), time.process_time()
    m = Matcher(brands, MatchConfig(device="cpu"), device="cpu")
    return time.perf_counter() - t0, m.index.built, time.process_time() - c0


def first_build_two_workers(marks: dict[str, list[Path]]) -> list[str]:
    """The index of `marks` built from nothing by two worker processes starting together (as a 2-worker
    LocalCluster does: they share the marks through claim files). On a loaded machine the wall time says
    little; the CPU seconds of the busier worker are what it takes on two idle cores (plus the waits)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with tempfile.TemporaryDirectory() as tmp:
        _fresh_cache(Path(tmp) / "cache")
        fresh = os.environ["KNOCKOFF_CACHE"]
        t0 = time.perf_counter()
        with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as ex:
            runs = [ex.submit(_build_only, marks, fresh) for _ in range(2)]
            got = [r.result() for r in runs]
        wall = time.perf_counter() - t0
    n = sum(len(v) for v in marks.values())
    cpu = [g[2] for g in got]
    return [
        f"{len(marks)} brands ({n} marks), index built from nothing by two worker processes starting together: "
        f"{wall:.1f} s wall (workers ready after {got[0][0]:.1f} / {got[1][0]:.1f} s; marks built "
        f"{got[0][1]} / {got[1][1]}; CPU {cpu[0]:.1f} / {cpu[1]:.1f} s, {1000 * sum(cpu) / n:.0f} ms per mark; "
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores).",
        "",
    ]


def brands_section(
    samples: list[Sample], marks: dict, sizes: tuple[int, ...], n_full: int, first_time: tuple[int, ...]
) -> list[str]:
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    sets = brand_sets(marks, sizes)
    real = sorted(marks)
    lines = [
        f"### Cost per image from {sizes[0]} to {sizes[-1]} brands: {len(samples)} real photos (scan-every-brand "
        f"columns on the first {n_full}), default settings (OCR where it pays), 512 px, one thread",
        "",
        "| brands | matcher built, first time (s) | built again, index cached (s) | CPU ms / image | img/s on 2 cores "
        "(from CPU) | brands correlated / image | mAP (real-logo brands) | scan every brand: CPU ms / image "
        "| mAP shortlist vs scan (same images) | peak RSS (MB) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    base = None
    for n in sizes:
        with tempfile.TemporaryDirectory() as tmp:
            fresh = str(Path(tmp) / "cache") if n in first_time else None
            ctx = mp.get_context("spawn")
            with ProcessPoolExecutor(1, mp_context=ctx) as ex:
                r = ex.submit(_one_brand_set, sets[n], real, samples, n_full, fresh).result()
        base = base or r["cpu_ms"]
        first = f"{r['build_first_s']:.1f}" if "build_first_s" in r else f"(on disk: {r['build_s']:.1f})"
        lines.append(
            f"| {n} | {first} | {r['build_cached_s']:.1f} | {r['cpu_ms']:.0f} ({r['cpu_ms'] / base:.2f}x) | "
            f"{2000 / r['cpu_ms']:.1f} | {r['correlated']:.1f} | {r['map']:.3f} | {r['cpu_ms_full']:.0f} | "
            f"{r['map_short_sub']:.3f} vs {r['map_full_sub']:.3f} | {r['rss_mb']:.0f} |"
        )
        print(lines[-1], flush=True)
    return lines


def _before_start():
    """Patch load_brands' YAML loader and mark check and build_index's pack reading back to their state before
    the pack (matching/index_pack.py); returns a function that undoes it."""
    import yaml

    from knockoff import config as config_mod
    from knockoff.matching import index as index_mod
    from knockoff.matching import marks as marks_mod

    saved = marks_mod.check_mark, index_mod.load_pack, index_mod.save_pack, config_mod._SAFE_LOADER
    marks_mod.check_mark = lambda path: marks_mod.load_mark_rgba(path, 64)  # brands.py imports it per call
    index_mod.load_pack = lambda *a: None
    index_mod.save_pack = lambda *a: None
    config_mod._SAFE_LOADER = yaml.SafeLoader  # PyYAML's pure-Python loader

    def undo() -> None:
        marks_mod.check_mark, index_mod.load_pack, index_mod.save_pack, config_mod._SAFE_LOADER = saved

    return undo


def start_section(marks: dict, n: int = 1000, repeat: int = 5) -> list[str]:
    """Seconds (wall, median of `repeat`) of load_brands and of the Matcher built from a cached index for `n`
    brands, before (`_before_start`) and today, in this process."""
    from statistics import median

    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    yaml = write_brands(brand_sets(marks, (n,))[n], Path(tempfile.mkdtemp()))
    times: dict[str, dict[str, float]] = {}
    for label in ("before", "today"):
        undo = _before_start() if label == "before" else (lambda: None)
        try:
            brands = load_brands(yaml)
            Matcher(brands, MatchConfig(device="cpu"), device="cpu")  # warm-up: index cached, pack written
            lb, mb = [], []
            for _ in range(repeat):
                t0 = time.perf_counter()
                brands = load_brands(yaml)
                lb.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                Matcher(brands, MatchConfig(device="cpu"), device="cpu")
                mb.append(time.perf_counter() - t0)
        finally:
            undo()
        times[label] = {"load": median(lb), "matcher": median(mb)}
    b, t = times["before"], times["today"]
    return [
        f"### Worker start with {n:,} brands, index cached (`--only start`; before = PyYAML's pure-Python loader, "
        f"each mark rasterised at 64 px to check it and the index read mark by mark; median of {repeat}, wall "
        "seconds)",
        "",
        "| step | before (s) | today (s) |",
        "|---|---|---|",
        f"| load_brands: brands.yaml read, every mark file checked | {b['load']:.2f} | {t['load']:.2f} |",
        f"| Matcher built, brand index from the cache | {b['matcher']:.2f} | {t['matcher']:.2f} |",
        f"| **both** | **{b['load'] + b['matcher']:.2f}** | **{t['load'] + t['matcher']:.2f}** |",
    ]


_SPAWN_SCRIPT = """
import sys, time
t0 = time.perf_counter()
if sys.argv[1] == "before":
    import torch  # what resolve_device('auto') and onnx_path did in every worker until 2026-12-06
import pyarrow as pa
from knockoff.cluster.plugins import MatcherPlugin
from knockoff.config import MatchConfig
plugin = MatcherPlugin(sys.argv[2], MatchConfig(), device="auto")
plugin.setup()
built = time.perf_counter() - t0
data = open(sys.argv[3], "rb").read()
table = pa.table({"image_sha256": ["0" * 64], "url": ["http://127.0.0.1/a.jpg"], "bytes": [data],
                  "mime": ["image/jpeg"], "width": [0], "height": [0], "error": [None]})
plugin.matcher.detect(table)
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(built, time.perf_counter() - t0, "torch" in sys.modules, rss)
"""


def process_start_section(samples: list[Sample], marks: dict, n: int = 100, repeat: int = 5) -> list[str]:
    """A fresh worker process, from its start to its first image matched (the real-logos photo `samples[0]`)
    with `n` brands whose index is cached: wall seconds to the Matcher built and to the image matched, and
    the process's CPU seconds and peak RSS, medians of `repeat` runs alternating with the path before 2026-12-06 (PyTorch
    imported first, as `resolve_device("auto")` and `backbone.onnx_path` did on every CPU worker). The
    plugin's device is "auto", as `knockoff match` gives it."""
    import subprocess
    import sys
    from statistics import median

    tmp = Path(tempfile.mkdtemp())
    yaml = write_brands(brand_sets(marks, (n,))[n], tmp)
    photo = tmp / "photo.jpg"
    photo.write_bytes(samples[0].jpeg)
    rows: dict[str, list[tuple[float, float, float, bool, float]]] = {"before": [], "today": []}
    env = {**os.environ, "OMP_NUM_THREADS": "1"}  # as Dask's nanny sets it in every worker
    for i in range(repeat + 1):
        for label in ("before", "today"):
            c0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            out = subprocess.run(
                [sys.executable, "-c", _SPAWN_SCRIPT, label, str(yaml), str(photo)],
                capture_output=True, text=True, check=True, env=env, timeout=600,
            )  # fmt: skip
            c1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            built, matched, torch, rss = out.stdout.split()
            cpu = (c1.ru_utime - c0.ru_utime) + (c1.ru_stime - c0.ru_stime)
            if i:  # the first pair warms the page cache and writes the index's pack
                rows[label].append((float(built), float(matched), cpu, torch == "True", float(rss)))
    med = {k: [median(r[j] for r in v) for j in (0, 1, 2, 4)] for k, v in rows.items()}
    b, t = med["before"], med["today"]
    return [
        f"### A fresh worker process to its first image, {n} brands, index cached (`--only spawn`; before = "
        f"PyTorch imported first, as every CPU worker did until 2026-12-06; median of {repeat}, alternating)",
        "",
        "| step | before | today |",
        "|---|---|---|",
        f"| Matcher built (wall s from the process's first line) | {b[0]:.2f} | {t[0]:.2f} |",
        f"| first image matched (wall s, same origin) | {b[1]:.2f} | {t[1]:.2f} |",
        f"| the process's CPU s, interpreter start to exit | {b[2]:.2f} | {t[2]:.2f} |",
        f"| the process's peak RSS (MB) | {b[3]:.0f} | {t[3]:.0f} |",
        f"| PyTorch imported | {all(r[3] for r in rows['before'])} | {any(r[3] for r in rows['today'])} |",
    ]


# a full run ("build" runs alone, or within "brands")
SECTIONS = ("stages", "compare", "ocr", "brands", "start", "spawn")


def run(quick: bool = False, sections: tuple[str, ...] = SECTIONS) -> str:
    samples, marks = load_samples(True)  # the quarter of images whose sha256 starts with 0-3
    samples = _subset(samples, "0" if quick else "01")
    out = ["## Throughput at default settings (benchmarks/bench_throughput.py)", ""]
    with tempfile.TemporaryDirectory() as tmp:
        if "stages" in sections:
            out += stages_section(samples, marks, baseline=RESCUE_OFF, off="second tier off")
            out.append("")
        if "compare" in sections:
            out += compare_section(samples, marks)
            out.append("")
        if "ocr" in sections:
            out += ocr_section(samples, marks, Path(tmp))
            out.append("")
        if sections == ("build",):
            out += first_build_two_workers(brand_sets(marks, (1000,))[1000])
        if "start" in sections:
            out += start_section(marks)
            out.append("")
        if "spawn" in sections:
            out += process_start_section(samples, marks)
            out.append("")
        if "brands" in sections:
            sizes = (10, 100, 1000)
            out += brands_section(samples, marks, sizes, 32 if quick else 64, (100,) if quick else sizes)
            out.append("")
            out += first_build_two_workers(brand_sets(marks, (sizes[-1],))[sizes[-1]])
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    out.append(f"Peak RSS of the benchmark process: {peak:.0f} MB.")
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="1/16 of the images (about 140)")
    ap.add_argument("--only", choices=[*SECTIONS, "build"], help="one section")
    args = ap.parse_args()
    print(run(args.quick, (args.only,) if args.only else SECTIONS))


if __name__ == "__main__":
    main()
