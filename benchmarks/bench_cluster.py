"""Cluster benchmark: the matching job (`run_match`) on 1 vs 2 local Dask workers, images/s and peak memory
of the client and of each worker, side by side with a plain single-process loop over the same lake.

A synthetic lake is generated here (OpenCV JPEGs, ~1000-image row groups; 20,000 images, or 1,500 in quick
mode). Every configuration runs in its own child process, so its peak RSS is its own, and starts with an
empty detection cache. The per-image work is the real Matcher when matching.engine is importable and
`KNOCKOFF_BENCH_REAL=1`, else a fixed CNN-shaped workload defined here (JPEG decode, resize to 224, three
convolution layers with fixed random weights, one score per brand): the point measured is the
distribution (streaming, scheduling, scaling, memory), not the model.

    python -m benchmarks.bench_cluster [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATE = "2026-11-20"
BRANDS = ["Acme", "Bolt", "Corex", "Dyna"]


# ---- the synthetic lake ----------------------------------------------------------------------


def make_lake(root: Path, n_images: int, row_group: int, sites: int = 2, size: int = 384) -> int:
    """Write `n_images` unique JPEGs (~40 KB) and one listing per image, streaming row groups."""
    import datetime as dt

    import cv2
    import numpy as np

    from knockoff.lake import Lake, listing_id, sha256_hex

    lake = Lake(str(root))
    rng = np.random.default_rng(0)
    bases = []
    for _ in range(16):
        b = cv2.resize(rng.integers(0, 255, (size // 8, size // 8, 3), dtype=np.uint8), (size, size))
        bases.append(cv2.add(b, rng.integers(0, 40, (size, size, 3), dtype=np.uint8)))
    fetched = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    per_site = n_images // sites
    for s in range(sites):
        site = f"site{s}"
        listings = []
        with lake.writer("images", DATE, site, row_group_size=row_group) as w:
            rows = []
            for i in range(per_site):
                im = bases[i % 16].copy()
                cv2.putText(
                    im, f"{s}-{i}", (20, size // 2), cv2.FONT_HERSHEY_SIMPLEX, 2.5, (i % 255, 30, 220), 6
                )
                data = cv2.imencode(".jpg", im, [cv2.IMWRITE_JPEG_QUALITY, 88])[1].tobytes()
                sha, url = sha256_hex(data), f"http://127.0.0.1/{site}/{i}.jpg"
                rows.append({"image_sha256": sha, "url": url, "bytes": data, "mime": "image/jpeg",
                             "width": size, "height": size, "error": None})  # fmt: skip
                lurl = f"http://127.0.0.1/{site}/item/{i}"
                listings.append({"listing_id": listing_id(site, lurl), "site": site, "url": lurl,
                                 "title": f"item {i}", "description": "", "brand_claimed": None, "price": 9.5,
                                 "currency": "EUR", "sku": None, "availability": None, "seller": "s",
                                 "seller_url": None, "image_urls": [url], "image_sha256": [sha],
                                 "crawl_date": DATE, "fetched_at": fetched})  # fmt: skip
                if len(rows) == row_group:
                    w.write(rows)
                    rows = []
            w.write(rows)
        with lake.writer("listings", DATE, site) as w:
            w.write(listings)
    return per_site * sites


# ---- the benchmark workload (a matcher with the Matcher interface) ---------------------------


class _Brand:
    def __init__(self, name: str) -> None:
        self.name = name


def load_brands(path: str) -> list[_Brand]:
    import yaml

    return [_Brand(b["name"]) for b in yaml.safe_load(Path(path).read_text())["brands"]]


class CnnWorkload:
    """Decode, resize to 224, three fixed random conv layers, a score per brand (deterministic)."""

    model_version = "bench-cnn-1"

    def __init__(self, brands: list[_Brand], config: Any = None, device: str | None = None) -> None:
        import torch

        torch.manual_seed(0)
        self.brands = brands
        self.net = torch.nn.Sequential(
            torch.nn.Conv2d(3, 16, 3, stride=2),
            torch.nn.ReLU(),
            torch.nn.Conv2d(16, 32, 3, stride=2),
            torch.nn.ReLU(),
            torch.nn.Conv2d(32, len(brands), 3, stride=2),
            torch.nn.AdaptiveAvgPool2d(1),
        ).eval()

    def detect(self, images: Any) -> tuple[Any, Any]:
        import cv2
        import numpy as np
        import pyarrow as pa
        import torch

        from knockoff.lake import DETECTIONS_SCHEMA

        dets, errs, arrays, shas = [], [], [], []
        for sha, data in zip(images["image_sha256"].to_pylist(), images["bytes"].to_pylist(), strict=True):
            img = cv2.imdecode(np.frombuffer(data or b"", np.uint8), cv2.IMREAD_COLOR) if data else None
            if img is None:
                errs.append({"image_sha256": sha, "error": "undecodable image"})
                continue
            arrays.append(cv2.resize(img, (224, 224), interpolation=cv2.INTER_AREA))
            shas.append(sha)
        if arrays:
            x = torch.from_numpy(np.stack(arrays)).permute(0, 3, 1, 2).float().div(255)
            with torch.inference_mode():
                scores = torch.sigmoid(self.net(x).flatten(1)).numpy()
            for sha, row in zip(shas, scores, strict=True):
                for b, s in zip(self.brands, row, strict=True):
                    dets.append({"image_sha256": sha, "brand": b.name, "mark": "logo", "score": float(s),
                                 "x0": None, "y0": None, "x1": None, "y1": None, "method": "bench-cnn"})  # fmt: skip
        schema = pa.schema([("image_sha256", pa.string()), ("error", pa.string())])
        return pa.Table.from_pylist(dets, schema=DETECTIONS_SCHEMA), pa.Table.from_pylist(errs, schema=schema)


def rank(listings: Any, detections: Any, brands: list, config: Any) -> Any:
    """Candidates from the best image score per (listing, brand) (benchmark only)."""
    import pyarrow as pa

    from knockoff.lake import CANDIDATES_SCHEMA

    best: dict[str, dict[str, float]] = {}
    for d in detections.select(["image_sha256", "brand", "score"]).to_pylist():
        per = best.setdefault(d["image_sha256"], {})
        per[d["brand"]] = max(per.get(d["brand"], 0.0), d["score"])
    rows = []
    for lst in listings.select(["listing_id", "url", "title", "price", "seller", "image_sha256"]).to_pylist():
        for b in brands:
            s = max((best.get(x or "", {}).get(b.name, 0.0) for x in lst["image_sha256"] or []), default=0.0)
            if s > 0.5:
                rows.append({**{k: lst[k] for k in ("listing_id", "url", "title", "price", "seller")},
                             "brand": b.name, "score": s, "evidence": None, "reasons": ""})  # fmt: skip
    rows.sort(key=lambda r: (r["brand"], -r["score"], r["listing_id"]))
    counter: dict[str, int] = {}
    for r in rows:
        counter[r["brand"]] = r["rank"] = counter.get(r["brand"], 0) + 1
    return pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA)


WORKLOAD = {
    "matcher_factory": "benchmarks.bench_cluster:CnnWorkload",
    "brands_loader": "benchmarks.bench_cluster:load_brands",
    "ranker": "benchmarks.bench_cluster:rank",
}


# ---- one measurement per child process -------------------------------------------------------


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _child(spec: dict) -> dict:
    lake, brands, out = spec["lake"], spec["brands"], spec["out"]
    shutil.rmtree(Path(lake) / "cache", ignore_errors=True)
    kw = {} if spec.get("real") else WORKLOAD
    if spec["mode"] == "loop":  # baseline: one process, no Dask, same reads and same workload
        import pyarrow.parquet as pq
        import torch

        from knockoff.cluster.plugins import import_factory
        from knockoff.lake import Lake

        torch.set_num_threads(1)  # as in a Dask worker process (OMP_NUM_THREADS=1)
        lk = Lake(lake)
        matcher = import_factory(kw.get("matcher_factory", "knockoff.matching.engine:Matcher"))(
            import_factory(kw.get("brands_loader", "knockoff.matching.brands:load_brands"))(brands),
            _match_cfg(),
            device="cpu",
        )
        t0, n = time.perf_counter(), 0
        for f in lk.files("images", DATE):
            pf = pq.ParquetFile(f)
            for rg in range(pf.num_row_groups):
                t = pf.read_row_group(rg, columns=["image_sha256", "bytes"])
                for start in range(0, t.num_rows, 128):
                    matcher.detect(t.slice(start, 128))
                n += t.num_rows
        secs = time.perf_counter() - t0
        return {"images": n, "seconds": secs, "client_mb": _peak_mb(), "workers_mb": []}
    from knockoff.cluster.client import cluster_client
    from knockoff.config import ClusterConfig, KnockoffConfig
    from knockoff.jobs.night.match import run_match

    cfg = KnockoffConfig(
        match=_match_cfg(), cluster=ClusterConfig(n_workers=spec["workers"], dashboard=False)
    )
    with cluster_client(cfg.cluster, "cpu") as client:
        res = run_match(lake, [DATE], brands, cfg, out_dir=out, client=client, **kw)
        workers_mb = sorted(client.run(_peak_mb).values())
    m = json.loads((Path(out) / "manifest.json").read_text())
    return {
        "images": res.counts["images_computed"],
        "seconds": m["timings"]["compute_s"],
        "total_seconds": m["timings"]["total_s"],
        "client_mb": _peak_mb(),
        "workers_mb": workers_mb,
    }


def _match_cfg() -> Any:
    from knockoff.config import MatchConfig

    return MatchConfig(device="cpu", min_score=0.0, ocr=False)


def run_child(module: str, spec: dict, env: dict[str, str] | None = None, timeout: float = 1800) -> dict:
    """`python -m MODULE --child SPEC` (SPEC as JSON) in a fresh interpreter, so that its peak RSS and its
    environment are its own: `env` (default this process's) with the repository on PYTHONPATH. Returns the
    last JSON object line it printed; RuntimeError where it fails or prints none."""
    env = dict(os.environ if env is None else env)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    out = subprocess.run(
        [sys.executable, "-m", module, "--child", json.dumps(spec)],
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=timeout, check=False,
    )  # fmt: skip
    lines = [ln for ln in out.stdout.splitlines() if ln.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"benchmark child failed ({out.returncode}): {out.stderr[-2000:]}")
    return json.loads(lines[-1])


def _measure(spec: dict) -> dict:
    return {**run_child("benchmarks.bench_cluster", spec), "load": os.getloadavg()[0]}


def run(quick: bool = False) -> str:
    """Markdown section: 1 vs 2 workers (images/s, peak memory) beside a single-process loop."""
    import yaml

    n = 1_500 if quick else 20_000
    row_group = 250 if quick else 1_000
    real = os.environ.get("KNOCKOFF_BENCH_REAL") == "1"
    with tempfile.TemporaryDirectory(prefix="bench-cluster-") as tmp:
        lake, brands = Path(tmp) / "lake", Path(tmp) / "brands.yaml"
        t0 = time.perf_counter()
        n = make_lake(lake, n, row_group)
        gen_s = time.perf_counter() - t0
        brands.write_text(yaml.safe_dump({"brands": [{"name": b} for b in BRANDS]}))
        size_mb = sum(p.stat().st_size for p in lake.rglob("*.parquet")) / 1e6
        base = {"lake": str(lake), "brands": str(brands), "real": real}
        rows = {
            "single process, no Dask (baseline)": _measure({**base, "mode": "loop", "out": f"{tmp}/r0"}),
            "knockoff run_match, 1 worker": _measure(
                {**base, "mode": "dask", "workers": 1, "out": f"{tmp}/r1"}
            ),
            "knockoff run_match, 2 workers": _measure(
                {**base, "mode": "dask", "workers": 2, "out": f"{tmp}/r2"}
            ),
        }
    ips = {k: v["images"] / v["seconds"] for k, v in rows.items()}
    one, two = ips["knockoff run_match, 1 worker"], ips["knockoff run_match, 2 workers"]
    workload = "the real Matcher" if real else "CNN-shaped workload (decode, resize 224, 3 conv layers)"
    out = [
        "## Cluster: matching on Dask workers (1 vs 2), memory per process",
        "",
        f"Synthetic lake: {n:,} unique JPEGs (384 px, {size_mb:.0f} MB of Parquet, {row_group}-image row "
        f"groups, 2 sites; generated in {gen_s:.0f} s). Per-image work: {workload}. Each row runs in its "
        "own process with an empty detection cache; images/s counts the matching phase (planning, "
        "streaming batches to workers, staging results); peak RSS is per process (ru_maxrss).",
        "",
        "| configuration | images | seconds | images/s | client peak MB | worker peak MB | load avg after |",
        "| --- | ---: | ---: | ---: | ---: | --- | ---: |",
    ]
    for k, v in rows.items():
        wm = ", ".join(f"{x:.0f}" for x in v["workers_mb"]) or "-"
        out.append(
            f"| {k} | {v['images']:,} | {v['seconds']:.1f} | {ips[k]:.0f} | {v['client_mb']:.0f} | {wm} |"
        )
    peak = max([v["client_mb"] for v in rows.values()] + [x for v in rows.values() for x in v["workers_mb"]])
    out += [
        "",
        f"Speed-up 2 workers / 1 worker: **{two / one:.2f}x** (aim >= 1.7x on 2 cores); 1 worker vs the "
        f"plain loop: {one / ips['single process, no Dask (baseline)']:.2f}x. Largest process: "
        f"{peak:.0f} MB (aim < 3,000 MB per process): the client reads only sha256/error columns and holds "
        "one finished batch's detections at a time; workers read one row group at a time. The 1-minute load "
        "average after each row shows how busy the 2 cores were (other processes share this machine: a load "
        "above 2 during the 2-worker row lowers its speed-up).",
        "",
    ]
    return "\n".join(out)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.child:
        print(json.dumps(_child(json.loads(a.child))))
        return
    print(run(quick=a.quick))


if __name__ == "__main__":
    main()
