"""Acceptance checks for a candidate head beside the shipped one, in one run (same images, same machine):

    OMP_NUM_THREADS=2 python -m training.check_head CANDIDATE.npz [MORE.npz ...] [--quick] [--no-demo]
        [--no-composites] [--no-logo-free] [--other N]

1. Composites (benchmarks/bench_matching.py's evaluation set: held-out logos and photos, 12 brands x 40
   logos, `--quick` 4 x 6): the Matcher's mAP on all logos >= 48 px, hard conditions and small logos.
2. The demo shop (benchmarks/bench_demo.py: 240 listings crawled once from a loopback server): per-brand AP
   of the fused candidates, raw scores (match.detect.score_calibration "none", the default).
3. Logo-free photos (skipped with `--no-logo-free`; run first): bench_matching's "Real product
   photos: false alarms" (its function, run with each head: the held-out split's 794 clothing photos, six
   apparel brands registered from simple-icons; every score a false alarm), the number of (photo, brand)
   pairs >= 0.3 / >= 0.5 / >= 0.7 of 4,764; and the 40-listing demo shop of tests/jobs/test_nightly_e2e.py
   (seed 0): the clean listings among each brand's three best fused candidates, which that test requires to
   be none. (The test ranks the nightly's ranked.parquet; here the fused candidates by score, the same order
   on a first night.) A candidate passes when its pairs >= 0.3 are no more than the shipped head's and no
   brand's top 3 holds a clean listing.

4. Composites by another hand (`--other N`, off by default; issue 12's target, not an acceptance
   condition): the first N images of benchmarks/eval_composites_other.py's set (32 is bench_composites_other's
   quick set, 720 the full one), the Matcher with its defaults (OCR on; OCR lines kept for the run in a
   temporary bench_real_logos.CachedOcr so that each image is read once for all heads), scored as
   bench_composites_other scores it: mAP overall, >= 48 px, < 48 px and each condition's subset with /
   without it.

Each head is loaded into the engine, on the ImageNet stride-16 stage, for its own Matcher (the shipped files
are not touched; `_matcher`). No check reads ../shared/data/real-logos.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from knockoff.matching.head import WEIGHTS


def _matcher(head: Path, make):
    """make() with the engine loading `head`'s weights on the ImageNet stride-16 stage, whatever
    match.detect.stage says: the heads train_head writes are trained on the frozen ImageNet features, so they are
    checked beside WEIGHTS, the head of that stage (the default stage is "mixed" since model v19)."""
    from knockoff.matching import engine

    saved = engine.stage_files
    engine.stage_files = lambda _name: (None, head)
    try:
        return make()
    finally:
        engine.stage_files = saved


def composites(heads: list[Path], quick: bool) -> dict[Path, dict[str, float]]:
    """Head -> mAP per composite subset (all logos >= 48 px, hard conditions, small logos)."""
    from benchmarks.bench_matching import _eval, _eval_set, _matcher_preds, _subsets
    from benchmarks.eval_composites import write_brands
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    es = _eval_set(quick)
    names = [b.title for b in es.brands]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(es, Path(tmp)))
        for h in heads:
            m = _matcher(h, lambda b=brands: Matcher(b, MatchConfig(ocr=False, device="cpu"), device="cpu"))
            pred, _t = _matcher_preds(m, es.samples)
            out[h] = {k: _eval(ss, names, pred).mAP for k, ss in _subsets(es.samples).items()}
            print(h, {k: round(v, 3) for k, v in out[h].items()}, flush=True)
    return out


def _demo_detections(heads: list[Path], listings: int):
    """Per head: (head, config, truth, brands, the crawl's listings table, raw detections) on the
    `listings`-listing demo shop, seed 0, crawled once for every head."""
    from benchmarks.bench_demo import _crawl, _detections
    from knockoff.lake import Lake
    from knockoff.matching.brands import load_brands

    date = dt.date.today().isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        cfg, truth = _crawl(Path(tmp), listings, 0, date)
        brands = load_brands(cfg.brands)
        shop = Lake(cfg.lake).read("listings", date)
        for h in heads:
            raw, _secs, _n = _matcher(h, lambda: _detections(cfg, date, brands))
            yield h, cfg, truth, brands, shop, raw


def demo(heads: list[Path], listings: int = 240) -> dict[Path, dict[str, float]]:
    """Head -> the demo shop's per-brand fused AP (raw scores)."""
    from benchmarks.bench_demo import _lists

    out = {}
    for h, cfg, truth, brands, shop, raw in _demo_detections(heads, listings):
        res = _lists(cfg, shop, brands, raw, truth)
        out[h] = {b: r["ap"] for b, r in res.items()}
        print(h, {b: round(v, 3) for b, v in out[h].items()}, flush=True)
    return out


def logo_free(heads: list[Path], n: int | None = None) -> dict[Path, dict[str, int]]:
    """Head -> (photo, brand) pairs in all and scoring >= 0.3 / 0.5 / 0.7 on the held-out split's logo-free
    clothing photos (benchmarks.bench_matching.false_alarm_counts with that head in the engine; first `n`
    photos only where given)."""
    from benchmarks.bench_matching import false_alarm_counts

    out = {}
    for h in heads:
        out[h] = _matcher(h, lambda: false_alarm_counts(n))
        print(h, "logo-free:", out[h], flush=True)
    return out


def demo_top3(heads: list[Path], listings: int = 40) -> dict[Path, dict[str, int]]:
    """Head -> per brand, the clean listings (truth brand None, as tests/jobs/test_nightly_e2e.py counts them)
    among the brand's three best fused candidates on the `listings`-listing demo shop, seed 0."""
    from urllib.parse import urlsplit

    import pyarrow as pa
    import pyarrow.compute as pc

    from knockoff.matching.fusion import fuse_candidates

    out = {}
    for h, cfg, truth, brands, shop, raw in _demo_detections(heads, listings):
        by_path = {t["url_path"]: t for t in truth["listings"]}
        det = raw.filter(pc.greater_equal(raw["score"], pa.scalar(cfg.match.min_score, pa.float32())))
        cands = fuse_candidates(shop, det, brands, cfg.match).to_pylist()
        res = {}
        for brand in truth["brands"]:
            rows = sorted((c for c in cands if c["brand"] == brand), key=lambda c: -float(c["score"]))
            top = [by_path.get(urlsplit(c["url"] or "").path, {}) for c in rows[:3]]
            res[brand] = sum(1 for t in top if t and not t.get("brand"))
        out[h] = res
        print(h, f"demo-{listings} clean listings in each brand's top 3:", res, flush=True)
    return out


def other_hand(heads: list[Path], n: int) -> dict[Path, dict[str, float]]:
    """Head -> mAP on the first `n` images of benchmarks/eval_composites_other.py's set: "all",
    ">= 48 px", "< 48 px" and one entry per condition subset label of bench_composites_other.CONDITIONS."""
    from benchmarks.bench_composites_other import CONDITIONS, evaluate, write_brands
    from benchmarks.bench_real_logos import CachedOcr, matcher_preds
    from benchmarks.eval_composites_other import generate
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from knockoff.matching.ocr import Ocr

    registered, samples = generate(n)
    names = [b.title for b in registered]
    subsets = [("all", lambda s: True)] + [c for _, w, wo in CONDITIONS for c in (w, wo)]
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(registered, Path(tmp)))
        for h in heads:
            m = _matcher(h, lambda: Matcher(brands, MatchConfig(ocr=True, device="cpu"), device="cpu"))
            m._ocr = CachedOcr(lambda: Ocr(device="cpu"), Path(tmp) / "ocr")
            pred, secs = matcher_preds(m, samples, 16, strict=True)
            out[h] = {label: evaluate(samples, names, pred, keep=keep).mAP for label, keep in subsets}
            print(h, f"other-hand ({len(samples)} images, {secs:.0f} s):", flush=True)
            for label, v in out[h].items():
                print(f"    {label}: {v:.3f}", flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("heads", type=Path, nargs="+", help="candidate weights (.npz)")
    ap.add_argument("--quick", action="store_true", help="the composites' quick set")
    ap.add_argument("--no-demo", action="store_true", help="skip the 240-listing demo's fused AP")
    ap.add_argument("--no-composites", action="store_true", help="skip the composite benchmark")
    ap.add_argument("--no-logo-free", action="store_true", help="skip the logo-free checks (3.)")
    ap.add_argument("--other", type=int, metavar="N", help="composites by another hand, first N images (4.)")
    args = ap.parse_args()
    heads = [WEIGHTS, *args.heads]
    if not args.no_logo_free:
        free, top3 = logo_free(heads), demo_top3(heads)
        for h in args.heads:
            ok = free[h][">=0.3"] <= free[WEIGHTS][">=0.3"] and not any(top3[h].values())
            print(h, "logo-free acceptance:", "pass" if ok else "FAIL", free[h], top3[h], flush=True)
    if not args.no_composites:
        composites(heads, args.quick)
    if not args.no_demo:
        demo(heads)
    if args.other:
        other_hand(heads, args.other)


if __name__ == "__main__":
    main()
