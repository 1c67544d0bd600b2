"""Worker memory allocator: the matching job with Dask's MALLOC_TRIM_THRESHOLD_=65536 beside knockoff's default.

Dask's nanny starts every worker process with MALLOC_TRIM_THRESHOLD_=65536 (`distributed.nanny.pre-spawn-environ`).
Setting that glibc tunable also fixes glibc's mmap threshold (mallopt(3): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD;
the threshold otherwise adapts to the sizes freed), so every array over 128 KiB is mapped and unmapped again.
knockoff's own local clusters leave it out (`cluster.malloc_trim_threshold`, cluster/client.py
`worker_environ`). This benchmark runs the real matching job (`run_match`, default MatchConfig: OCR on, CPU) on
a LocalCluster of 2 single-threaded workers over real photographs ingested into a lake (the quarter of
../shared/data/real-logos whose SHA-256 starts with 0: 140 photos; `--quick` 60), its 40 brands registered,
with `malloc_trim_threshold` 65536 (Dask's) and None (knockoff's) alternating, each run in a fresh process
with an empty detection cache. Per run: the job's compute seconds (manifest `timings.compute_s`), the workers'
CPU seconds (user and system, `getrusage` in each worker at the end) and their peak RSS.

    python -m benchmarks.bench_allocator [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from benchmarks.bench_cluster import run_child

DATE = "2026-12-04"
SETTINGS = (65536, None)  # Dask's nanny default, knockoff's default
LABELS = {65536: "MALLOC_TRIM_THRESHOLD_=65536 (Dask's nanny)", None: "unset (knockoff's default)"}


def make_lake(folder: Path, quick: bool) -> tuple[Path, Path, int]:
    """(lake, brands.yaml, images): real-logos photos ingested with `knockoff ingest`'s function."""
    from benchmarks.bench_real_logos import load_samples, write_brands
    from knockoff.crawler.ingest import ingest

    samples, marks = load_samples(False, prefixes="0")
    samples = samples[:60] if quick else samples
    photos = folder / "photos"
    photos.mkdir()
    for s in samples:
        (photos / f"{s.name}.jpg").write_bytes(s.jpeg)
    lake = folder / "lake"
    ingest(photos, str(lake), "reallogos", DATE)
    return lake, write_brands(marks, folder), len(samples)


def _worker_usage() -> dict[str, float]:
    import resource

    r = resource.getrusage(resource.RUSAGE_SELF)
    return {"user_s": r.ru_utime, "sys_s": r.ru_stime, "peak_mb": r.ru_maxrss / 1024}


def _child(spec: dict[str, Any]) -> dict[str, Any]:
    """One run in this fresh process: the job on 2 local workers with the spec's trim threshold."""
    from knockoff.cluster.client import cluster_client
    from knockoff.config import ClusterConfig, KnockoffConfig, MatchConfig
    from knockoff.jobs.night.match import run_match

    cluster = ClusterConfig(n_workers=2, dashboard=False, malloc_trim_threshold=spec["trim"])
    cfg = KnockoffConfig(match=MatchConfig(device="cpu"), cluster=cluster)
    with cluster_client(cfg.cluster, "cpu") as client:
        res = run_match(spec["lake"], [DATE], spec["brands"], cfg, out_dir=spec["out"], client=client)
        workers = list(client.run(_worker_usage).values())
    m = json.loads((Path(spec["out"]) / "manifest.json").read_text())
    return {
        "images": res.counts["images_computed"],
        "compute_s": m["timings"]["compute_s"],
        "workers": workers,
    }


def measure(lake: Path, brands: Path, trim: int | None, out: Path) -> dict[str, Any]:
    """`_child` in a fresh interpreter (a nanny writes its variables into its own process's environment), with
    this environment less MALLOC_TRIM_THRESHOLD_ and the lake's detection cache emptied first."""
    import shutil

    shutil.rmtree(lake / "cache", ignore_errors=True)
    spec = {"lake": str(lake), "brands": str(brands), "trim": trim, "out": str(out)}
    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    return run_child("benchmarks.bench_allocator", spec, env, timeout=3600)


def run(quick: bool = False) -> str:
    """Markdown section: one row per run, the two settings alternating (twice each; once with `quick`)."""
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-allocator-") as tmp:
        lake, brands, n = make_lake(Path(tmp), quick)
        order = list(SETTINGS) * (1 if quick else 2)
        for i, trim in enumerate(order):
            rows.append((trim, measure(lake, brands, trim, Path(tmp) / f"run{i}")))
    lines = [
        "## Worker memory allocator (`benchmarks/bench_allocator.py`)",
        "",
        f"The matching job (`run_match`, default settings, OCR on) over {n} real photos of "
        "../shared/data/real-logos ingested into a lake, its 40 brands registered, on a LocalCluster of 2 "
        "single-threaded workers, each run in a fresh process with an empty detection cache, the two settings "
        "alternating:",
        "",
        "| run | worker MALLOC_TRIM_THRESHOLD_ | compute s | images/s | workers' CPU s (user + system) | "
        "peak RSS per worker, MB |",
        "|---:|---|---:|---:|---:|---|",
    ]
    for i, (trim, r) in enumerate(rows, 1):
        user = sum(w["user_s"] for w in r["workers"])
        system = sum(w["sys_s"] for w in r["workers"])
        peaks = " / ".join(f"{w['peak_mb']:.0f}" for w in sorted(r["workers"], key=lambda w: w["peak_mb"]))
        lines.append(
            f"| {i} | {LABELS[trim]} | {r['compute_s']:.1f} | {r['images'] / r['compute_s']:.2f} | "
            f"{user + system:.1f} ({user:.1f} + {system:.1f}) | {peaks} |"
        )
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="60 photos, each setting once")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(_child(json.loads(args.child))))
        return
    print(run(args.quick))


if __name__ == "__main__":
    main()
