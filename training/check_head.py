"""Acceptance checks for a candidate head beside the shipped one, in one run (same images, same machine):

    OMP_NUM_THREADS=2 python -m training.check_head CANDIDATE.npz [MORE.npz ...] [--quick] [--no-demo]

1. Composites (benchmarks/bench_matching.py's evaluation set: held-out logos and photos, 12 brands x 40
   logos, `--quick` 4 x 6): the Matcher's mAP on all logos >= 48 px, hard conditions and small logos.
2. The demo shop (benchmarks/bench_demo.py: 240 listings crawled once from a loopback server): per-brand AP
   of the fused candidates, raw scores (match.detect.score_calibration "none", the default).

Each head is loaded into the engine in place of matching/weights/logo_head.npz for its own Matcher (the
shipped file is not touched). Neither check reads ../shared/data/real-logos.
"""

from __future__ import annotations

import argparse
import datetime as dt
import tempfile
from pathlib import Path

from knockoff.matching.head import WEIGHTS


def _matcher(head: Path, make):
    """make() with the engine loading `head`'s weights."""
    from knockoff.matching import engine
    from knockoff.matching.head import LogoHead

    saved = engine.load_head
    engine.load_head = lambda: LogoHead(head)
    try:
        return make()
    finally:
        engine.load_head = saved


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


def demo(heads: list[Path], listings: int = 240) -> dict[Path, dict[str, float]]:
    """Head -> the demo shop's per-brand fused AP (raw scores)."""
    from benchmarks.bench_demo import _crawl, _detections, _lists
    from knockoff.lake import Lake
    from knockoff.matching.brands import load_brands

    date = dt.date.today().isoformat()
    out = {}
    with tempfile.TemporaryDirectory() as tmp:
        cfg, truth = _crawl(Path(tmp), listings, 0, date)
        brands = load_brands(cfg.brands)
        shop = Lake(cfg.lake).read("listings", date)
        for h in heads:
            raw, _secs, _n = _matcher(h, lambda: _detections(cfg, date, brands))
            res = _lists(cfg, shop, brands, raw, truth)
            out[h] = {b: r["ap"] for b, r in res.items()}
            print(h, {b: round(v, 3) for b, v in out[h].items()}, flush=True)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("heads", type=Path, nargs="+", help="candidate weights (.npz)")
    ap.add_argument("--quick", action="store_true", help="the composites' quick set")
    ap.add_argument("--no-demo", action="store_true")
    args = ap.parse_args()
    heads = [WEIGHTS, *args.heads]
    composites(heads, args.quick)
    if not args.no_demo:
        demo(heads)


if __name__ == "__main__":
    main()
