"""What OpenCV's thread pool costs Dask workers: two single-threaded worker processes (a LocalCluster, whose
nanny sets OMP_NUM_THREADS=1, so PyTorch and ONNX Runtime run one thread each) match the same real photos
with OpenCV's default pool (one thread per core in every worker process: the path before
matching/backbone.py `limit_threads`, which the worker plugin calls) and with OpenCV held to the worker's
budget, alternately, each in its own cluster. Per run: the makespan (the slower worker's wall seconds over its half of the photos) and the CPU
seconds per photo summed over both workers.

Real photos of ../shared/data/real-logos whose SHA-256 starts with "0" (140), its 40 brands (one-shot
protocol, bench_real_logos.py), default settings, the CPU path; the brand index from the cache (built by the
first run).

    python -m benchmarks.eval_worker_threads [--repeat 2]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path


def _worker_run(capped: bool, marks: dict[str, list[str]], jpegs: list[tuple[str, bytes]]) -> dict:
    """In a worker: build the Matcher, set OpenCV's pool, match `jpegs` after a 2-photo warm-up."""
    import cv2
    import pyarrow as pa

    from benchmarks.bench_real_logos import write_brands
    from knockoff.config import MatchConfig
    from knockoff.matching.backbone import limit_threads
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    m = Matcher(
        load_brands(
            write_brands({b: [Path(p) for p in ps] for b, ps in marks.items()}, Path(tempfile.mkdtemp()))
        ),
        MatchConfig(device="cpu"),
    )
    if capped:
        limit_threads()
    else:
        cv2.setNumThreads(-1)  # OpenCV's default pool (one thread per core)

    def table(rows):
        return pa.table(
            {"image_sha256": [n for n, _ in rows], "bytes": pa.array([b for _, b in rows], pa.binary())}
        )

    m.detect(table(jpegs[:2]))
    c0, t0 = time.process_time(), time.perf_counter()
    for i in range(0, len(jpegs), 32):
        m.detect(table(jpegs[i : i + 32]))
    return {
        "wall": time.perf_counter() - t0,
        "cpu": time.process_time() - c0,
        "n": len(jpegs),
        "cv2": cv2.getNumThreads(),
    }


def one_run(capped: bool, marks: dict[str, list[str]], jpegs: list[tuple[str, bytes]]) -> dict:
    """A fresh 2-worker LocalCluster; each worker matches half of `jpegs`."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        halves = [jpegs[0::2], jpegs[1::2]]
        workers = sorted(client.scheduler_info()["workers"])
        futs = [
            client.submit(_worker_run, capped, marks, h, workers=[w], pure=False)
            for w, h in zip(workers, halves, strict=True)
        ]
        res = client.gather(futs)
    n = sum(r["n"] for r in res)
    return {
        "makespan": max(r["wall"] for r in res),
        "cpu_per_photo": sum(r["cpu"] for r in res) / n,
        "n": n,
        "cv2": [r["cv2"] for r in res],
    }


def main() -> None:
    from benchmarks.bench_gpu import load

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--repeat", type=int, default=2)
    a = ap.parse_args()
    samples, marks = load("0")
    jpegs = [(s.name, s.jpeg) for s in samples]
    smarks = {b: [str(p) for p in ps] for b, ps in marks.items()}
    one_run(True, smarks, jpegs[:4])  # builds the brand index into the cache outside the timed runs
    print("| OpenCV pool per worker | threads | photos | makespan s | photos/s | CPU s per photo |")
    print("|---|---|---|---|---|---|")
    for _ in range(a.repeat):
        for capped in (False, True):
            r = one_run(capped, smarks, jpegs)
            label = "the worker's budget (limit_threads)" if capped else "OpenCV's default (before)"
            print(
                f"| {label} | {r['cv2']} | {r['n']} | {r['makespan']:.1f} | {r['n'] / r['makespan']:.2f} | {r['cpu_per_photo']:.3f} |",
                flush=True,
            )


if __name__ == "__main__":
    main()
