"""Two brands in one photo: what `match.detect.brand_competition` costs a listing that shows two brands.

Marketplace listings often show several products in one photo (a lot, a bundle, a flat lay). Since model v22 a
brand that another brand outscores in an image keeps its unconfirmed CNN rows multiplied by (its best / the
other's best) ** weight (matching/engine.py `compete_in_image`), which lowers chance windows in photos of one
brand but could also lower a true second brand. real-logos labels one brand per image, so this module builds
the two-brand case from it: development-half photos of two different brands set side by side at one height
(`lot_photos`), scored by the default Matcher with the competition off and on, each in its own process.

Reported per weight: mAP over the lot photos (each brand's lot photos ranked against the lot photos without
it), and the share of lot photos in which the weaker brand (the one whose photo scored lower by itself) and
the stronger brand score at or above a threshold, beside the same photos scored by themselves (the same
Matcher, in the same process).

Only development-half brands and photos are used (benchmarks/bench_real_logos.py `split_brands`).
`python -m benchmarks.eval_lot_photos [--pairs N]` (about 3 minutes for 150 lot photos on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np

from benchmarks.eval_metrics import average_precision

HEIGHT = 400  # px: both photos are scaled to this height before they are set side by side
THRESHOLDS = (0.3, 0.5, 0.598)  # 0.598: the raw threshold of the real-logos calibration table (v22)
SEED = 53


@dataclass(frozen=True)
class Lot:
    name: str  # lot photo id
    jpeg: bytes
    left: object  # the two source samples (bench_real_logos.Sample)
    right: object


def pair_up(samples: list, n: int, seed: int = SEED) -> list[tuple[object, object]]:
    """Up to `n` pairs of samples of two different brands, each sample used once, drawn by `seed` from the
    samples sorted by name (the same pairs on every machine)."""
    pool = sorted(samples, key=lambda s: s.name)
    random.Random(seed).shuffle(pool)
    used: set[str] = set()
    pairs = []
    for a in pool:
        if len(pairs) >= n:
            break
        if a.name in used:
            continue
        b = next((s for s in pool if s.name not in used and s.name != a.name and s.brand != a.brand), None)
        if b is None:
            break
        used |= {a.name, b.name}
        pairs.append((a, b))
    return pairs


def side_by_side(left: bytes, right: bytes, height: int = HEIGHT) -> bytes:
    """Two encoded photos as one JPEG: each scaled to `height` px (aspect kept), left beside right.
    ValueError when either does not decode."""
    ims = []
    for data in (left, right):
        im = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_COLOR)
        if im is None:
            raise ValueError("a photo of the pair does not decode")
        width = max(1, round(im.shape[1] * height / im.shape[0]))
        ims.append(cv2.resize(im, (width, height), interpolation=cv2.INTER_AREA))
    ok, buf = cv2.imencode(".jpg", np.hstack(ims), [cv2.IMWRITE_JPEG_QUALITY, 92])
    if not ok:
        raise ValueError("the lot photo does not encode")
    return buf.tobytes()


def lot_photos(samples: list, n: int) -> list[Lot]:
    """`n` lot photos (`pair_up`, `side_by_side`) named lot000, lot001, ..."""
    return [
        Lot(f"lot{i:03d}", side_by_side(a.jpeg, b.jpeg), a, b) for i, (a, b) in enumerate(pair_up(samples, n))
    ]


def summarise(lots: list[Lot], alone: dict, together: dict) -> dict:
    """`alone`: (sample name, brand) -> best score of the photo by itself; `together`: (lot name, brand) -> best
    score in the lot photo. Returns mAP over the lot photos and, per threshold, the share of lots whose weaker
    / stronger brand reaches it alone and in the lot."""
    brands = sorted({x.brand for lot in lots for x in (lot.left, lot.right)})
    aps = []
    for b in brands:
        scored = [(together.get((lot.name, b), 0.0), b in (lot.left.brand, lot.right.brand)) for lot in lots]
        aps.append(average_precision(np.array([s for s, _ in scored]), np.array([y for _, y in scored])))
    weak, strong = [], []
    for lot in lots:
        a = (alone.get((lot.left.name, lot.left.brand), 0.0), together.get((lot.name, lot.left.brand), 0.0))
        b = (
            alone.get((lot.right.name, lot.right.brand), 0.0),
            together.get((lot.name, lot.right.brand), 0.0),
        )
        lo, hi = (a, b) if a[0] < b[0] else (b, a)
        weak.append(lo)
        strong.append(hi)
    w, s = np.asarray(weak).reshape(-1, 2), np.asarray(strong).reshape(-1, 2)
    out: dict = {"lots": len(lots), "mAP": float(np.mean(aps)) if aps else 0.0}
    for t in THRESHOLDS:
        out[f"weaker >= {t}"] = (float(np.mean(w[:, 0] >= t)), float(np.mean(w[:, 1] >= t)))
        out[f"stronger >= {t}"] = (float(np.mean(s[:, 0] >= t)), float(np.mean(s[:, 1] >= t)))
    return out


def _score(weight: float, n: int) -> dict:
    """In this process: the default Matcher (OCR on) with brand_competition `weight` on the lot photos and on
    their source photos alone, summarised (`summarise`)."""
    from benchmarks import bench_real_logos as B
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from training.shared_data import real_logos

    _, refs = real_logos()
    marks: dict[str, list[Path]] = {}
    for r in refs:
        marks.setdefault(r.brand, []).append(r.file)
    dev, _ = B.split_brands(sorted(marks))
    samples, _ = B.load_samples(False, brands=set(dev))
    lots = lot_photos(samples, n)
    with tempfile.TemporaryDirectory() as tmp:
        cfg = MatchConfig(ocr=True, device="cpu", detect=DetectConfig(brand_competition=weight))
        matcher = Matcher(load_brands(B.write_brands(marks, Path(tmp))), cfg, device="cpu")
    sources = [x for lot in lots for x in (lot.left, lot.right)]
    alone, _ = B.matcher_preds(matcher, sources, batch=8)
    together, _ = B.matcher_preds(matcher, lots, batch=8)
    return summarise(lots, {k: v[0] for k, v in alone.items()}, {k: v[0] for k, v in together.items()})


def run(n: int = 150, weights: tuple[float, ...] = (0.0, 2.0)) -> dict[float, dict]:
    """Each weight scored and summarised in its own process (both at once): weight -> `summarise`."""
    procs = {
        w: subprocess.Popen(
            [sys.executable, "-m", "benchmarks.eval_lot_photos", "--worker", str(w), "--pairs", str(n)],
            stdout=subprocess.PIPE,
            text=True,
        )
        for w in weights
    }
    out = {}
    for w, p in procs.items():
        stdout, _ = p.communicate()
        if p.returncode:
            raise RuntimeError(f"the worker for weight {w} failed ({p.returncode})")
        out[w] = json.loads(stdout.strip().splitlines()[-1])
    return out


def table(results: dict[float, dict]) -> str:
    """Markdown table: one row per weight."""
    cols = ["mAP"] + [f"{k} >= {t}" for t in THRESHOLDS for k in ("weaker", "stronger")]
    head = (
        "| brand_competition | lot photos | "
        + " | ".join(c + (" (alone / in the lot)" if c != "mAP" else "") for c in cols)
        + " |"
    )
    lines = [head, "|" + "---|" * (len(cols) + 2)]
    for w, r in results.items():
        cells = [f"{r['mAP']:.4f}"] + [f"{r[c][0]:.3f} / {r[c][1]:.3f}" for c in cols[1:]]
        lines.append(f"| {w:g} | {r['lots']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=150)
    ap.add_argument("--worker", type=float, default=None, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker is not None:
        print(json.dumps(_score(args.worker, args.pairs)))
        return
    print(table(run(args.pairs)))


if __name__ == "__main__":
    main()
