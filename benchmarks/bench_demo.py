"""The demo shop's per-brand lists with the Matcher's score calibration off and on, in one run.

The demo marketplace (knockoff.crawler.demoshop: 240 listings, three brands Acme, Nordvik and Solenne,
planted infringements in truth.json) is generated, served on 127.0.0.1 and crawled into a temporary lake as
`knockoff demo` does. Its images are scored once by the Matcher with match.detect.score_calibration "none"
(OCR on, CPU); the "probability" rows are the same rows through `ProbabilityCalibration.no_null().apply_rows`,
which is what `Matcher.detect` does with the default (tests/matching/test_score_calibration.py checks that they
are equal). Each set of rows is filtered at match.min_score and fused into candidates (matching.fusion,
default knobs), as the match stage does.

Per brand: AP and P@10 of its candidates ranked by fused score over every listing of the shop except those of
authorised sellers (a listing is positive when truth.json plants the brand in it; one without a candidate
scores 0), the listings flagged above deliver.min_score, and the hard negatives (decoy shapes and text)
flagged. AP: benchmarks.eval_metrics.average_precision (non-interpolated, ties pessimistic).

Where a loss happens (issue 12's diagnosis): per brand and mode, also the AP of the same listings ranked by the
brand's best logo row (methods cnn, cnn+sift) on any of the listing's images, before match.min_score and fusion.
A planted listing without a logo (misspelling, price, official photo) counts as a positive there too, so these
APs are lower than the fused ones; what matters is raw vs probability: a fall in the logo-row AP is the
calibration's, a fall only in the fused AP is fusion's (how it consumes a probability).

    python -m benchmarks.bench_demo [--quick]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from benchmarks.eval_metrics import average_precision, precision_at_k

MODES = ("none", "probability")


def _crawl(out: Path, listings: int, seed: int, date: str):
    """Generate, serve and crawl the demo shop into out/lake. Returns (config, truth dict)."""
    from knockoff.config import load_config
    from knockoff.crawler.demoshop import generate_shop, serve_shop
    from knockoff.crawler.run import run_crawl
    from knockoff.jobs.night.demo import write_demo_config

    spec = generate_shop(out / "shop", seed=seed, n_listings=listings, night=1)
    with serve_shop(out / "shop", port=0) as url:
        cfg = load_config(write_demo_config(out, url, 1))
        run_crawl(cfg.sites, cfg.lake, date, cfg.crawl)
    return cfg, json.loads(Path(spec.truth_path).read_text(encoding="utf-8"))


def _detections(cfg, date: str, brands: list) -> tuple[pa.Table, float, int]:
    """Raw detection rows of every image in the lake against `brands` (Matcher, score_calibration none).
    Returns (rows as a DETECTIONS_SCHEMA table, seconds, images)."""
    from knockoff.lake import Lake
    from knockoff.matching.engine import Matcher

    lake = Lake(cfg.lake)
    images = lake.read("images", date, columns=["image_sha256", "bytes"])
    images = images.filter(pc.invert(pc.is_null(images["bytes"])))
    match = cfg.match.model_copy(
        update={"device": "cpu", "detect": cfg.match.detect.model_copy(update={"score_calibration": "none"})}
    )
    matcher = Matcher(brands, match, device="cpu")
    t0 = time.perf_counter()
    parts = [matcher.detect(images.slice(i, 32))[0] for i in range(0, images.num_rows, 32)]
    return pa.concat_tables(parts), time.perf_counter() - t0, images.num_rows


def _calibrated(raw: pa.Table) -> pa.Table:
    from knockoff.lake import DETECTIONS_SCHEMA
    from knockoff.matching.calibration import ProbabilityCalibration

    rows = ProbabilityCalibration.no_null().apply_rows(raw.to_pylist())
    return pa.Table.from_pylist(rows, schema=DETECTIONS_SCHEMA)


LOGO_METHODS = ("cnn", "cnn+sift", "cnn+shape")


def _logo_scores(listings: pa.Table, det: pa.Table) -> dict[tuple[str, str], float]:
    """(listing URL path, brand) -> the brand's best logo-row score on any of the listing's images."""
    best: dict[tuple[str, str], float] = {}
    for r in det.to_pylist():
        if r["method"] in LOGO_METHODS:
            k = (r["image_sha256"], r["brand"])
            best[k] = max(best.get(k, 0.0), float(r["score"]))
    by_image: dict[str, list[tuple[str, float]]] = {}
    for (sha, brand), v in best.items():
        by_image.setdefault(sha, []).append((brand, v))
    out: dict[tuple[str, str], float] = {}
    for row in listings.select(["url", "image_sha256"]).to_pylist():
        path = urlsplit(row["url"] or "").path
        for sha in row["image_sha256"] or []:
            for brand, v in by_image.get(sha, []):
                out[(path, brand)] = max(out.get((path, brand), 0.0), v)
    return out


def _lists(cfg, listings: pa.Table, brands: list, det: pa.Table, truth: dict) -> dict[str, dict]:
    """Per brand: AP, P@10, positives, flagged at deliver.min_score (true of them), hard negatives flagged,
    and the AP by the best logo row alone (`logo_ap`, before min_score and fusion). `listings`: the crawl's
    listings table, `brands`: the registry (load_brands)."""
    from knockoff.matching.fusion import fuse_candidates

    logo = _logo_scores(listings, det)
    det = det.filter(pc.greater_equal(det["score"], pa.scalar(cfg.match.min_score, pa.float32())))
    cands = fuse_candidates(listings, det, brands, cfg.match).to_pylist()
    by_path = {t["url_path"]: t for t in truth["listings"]}
    scored = {(urlsplit(c["url"] or "").path, c["brand"]): float(c["score"]) for c in cands}
    pool = [t for t in by_path.values() if not t.get("genuine_brand")]  # authorised sellers left out
    decoys = {t["url_path"] for t in pool if t["slot"] in ("decoy_shape", "decoy_text")}
    out = {}
    for brand in truth["brands"]:
        s = np.array([scored.get((t["url_path"], brand), 0.0) for t in pool])
        y = np.array([t["brand"] == brand for t in pool])
        flagged = s >= cfg.deliver.min_score
        out[brand] = {
            "logo_ap": average_precision(np.array([logo.get((t["url_path"], brand), 0.0) for t in pool]), y),
            "ap": average_precision(s, y),
            "p10": precision_at_k(s, y, 10),
            "positives": int(y.sum()),
            "flagged": int(flagged.sum()),
            "flagged_true": int((flagged & y).sum()),
            "decoys_flagged": sum(
                1 for t, f in zip(pool, flagged, strict=True) if f and t["url_path"] in decoys
            ),
        }
    return out


def measure(listings: int = 240, seed: int = 0) -> dict:
    """Crawl the demo shop once, score it once, and fuse the rows with each calibration mode."""
    from knockoff.lake import Lake
    from knockoff.matching.brands import load_brands

    date = dt.date.today().isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        cfg, truth = _crawl(Path(tmp), listings, seed, date)
        brands = load_brands(cfg.brands)
        raw, secs, n = _detections(cfg, date, brands)
        dets = {"none": raw, "probability": _calibrated(raw)}
        shop = Lake(cfg.lake).read("listings", date)
        res = {mode: _lists(cfg, shop, brands, dets[mode], truth) for mode in MODES}
    return {"images": n, "seconds": secs, "listings": listings, "by_mode": res}


def run(quick: bool = False) -> str:
    """The Markdown section for benchmarks/RESULTS.md (quick: 120 listings)."""
    m = measure(120 if quick else 240)
    brands = list(next(iter(m["by_mode"].values())))
    lines = [
        "## Demo shop: per-brand lists with the score calibration off and on (`benchmarks/bench_demo.py`)",
        "",
        f"{m['listings']} listings, {m['images']} images scored once (OCR on, CPU, {m['seconds']:.0f} s); "
        "'probability' is the same rows through the shipped calibration (match.detect.score_calibration "
        "'probability', opt-in), 'none' the raw scores (the default). Fused with the default knobs; ranked over every listing but authorised sellers'.",
        "",
        "| brand | planted | AP best logo row, none | probability | AP fused, none | probability "
        "| P@10 none | P@10 probability "
        "| flagged >= deliver.min_score (true) none | probability | decoys flagged none | probability |",
        "|---|---|---|---|---|---|---|---|---|---|---|---|",
    ]
    for b in brands:
        a, p = m["by_mode"]["none"][b], m["by_mode"]["probability"][b]
        lines.append(
            f"| {b} | {a['positives']} | {a['logo_ap']:.3f} | {p['logo_ap']:.3f} | {a['ap']:.3f} | {p['ap']:.3f} "
            f"| {a['p10']:.2f} | {p['p10']:.2f} | "
            f"{a['flagged']} ({a['flagged_true']}) | {p['flagged']} ({p['flagged_true']}) | "
            f"{a['decoys_flagged']} | {p['decoys_flagged']} |"
        )
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="120 listings instead of 240")
    print(run(quick=ap.parse_args().quick))


if __name__ == "__main__":
    main()
