"""Matching on a GPU: the CUDA path checked against the CPU path on the same real photos, and its images/s.

For a machine with an NVIDIA GPU (CUDA PyTorch; docs/ARCHITECTURE.md, section 3, "GPU workers"). Real
photos of ../shared/data/real-logos under bench_real_logos.py's one-shot protocol (each brand registers its
references; the images they were cut from are not scored), the images whose SHA-256 starts with one of
`--prefixes`. Default settings (`MatchConfig()`: OCR on, mark proposals on, 512 px, batches of 32). One
process with one worker's threads (OMP_NUM_THREADS=1 unless set, OpenCV held to it), as one Dask worker with
the GPU runs it; `main` starts the process again with the variables Dask's nanny gives a worker
(`worker_environ`) where they are missing, since OpenBLAS sizes its pool when numpy loads. Every figure of a
table comes from the same run.

Sections:
- Agreement (40 real-logo brands): the same images matched by the CPU path (ONNX Runtime, the worker's
  threads), by the GPU path as it was before OCR moved to the GPU (backbone, head and mark proposals on the
  GPU, OCR in ONNX Runtime on the CPU), and by the GPU path today (OCR's PP-OCR graphs in PyTorch on the GPU,
  matching/ocr.py `TorchSession`): wall images/s, process CPU seconds per image, mAP and top-1 brand of each,
  and how far each GPU path's per-(image, brand) scores are from the CPU path's.
- Brands (GPU, today's path): 100 and 1,000 brands (the real-logo brands, then simple-icons marks as extra
  brands, bench_throughput.brand_sets): the brand index built the first time (empty cache) and from its
  cache, images/s, mAP of the real-logo brands, peak GPU memory, and wall milliseconds per image of each
  stage (bench_throughput.StageTimer on time.perf_counter).

    python -m benchmarks.bench_gpu [--prefixes 0] [--sizes 100,1000] [--budget-s 900] [--out gpu.md]
                                   [--cpu-run cpu.json]

With a short GPU lease, compute the CPU row beforehand on a CPU machine and carry it:
`KNOCKOFF_BENCH_GPU_DRY=1 python -m benchmarks.bench_gpu --budget-s 1 --cpu-run cpu.json` (the budget stops
after the CPU row), then `--cpu-run cpu.json` on the GPU machine reads it (its speed is the other machine's,
and says so; its scores are compared with the GPU paths').

Without a CUDA device it measures nothing and returns RESULTS.md's last GPU section unchanged (so that
`python -m benchmarks` on a CPU machine keeps it), unless KNOCKOFF_BENCH_GPU_DRY=1: then every "cuda" path
runs on the CPU, to check the benchmark itself before it is taken to a GPU machine (its figures then mean
nothing).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from benchmarks.bench_real_logos import Sample, evaluate, load_samples, matcher_preds, write_brands
from benchmarks.bench_throughput import STAGES, StageTimer, _fresh_cache, _wrap_stages, brand_sets

PATHS = {  # label: (device, OCR runtime)
    "CPU (ONNX Runtime)": ("cpu", "onnxruntime"),  # CPU below
    "GPU, OCR on the CPU (before)": ("cuda", "onnxruntime"),
    "GPU, OCR on the GPU (today)": ("cuda", "torch"),
}


DRY = os.environ.get("KNOCKOFF_BENCH_GPU_DRY") == "1"
START_ENV = dict(os.environ)  # before one_worker_threads sets anything


def _device(device: str) -> str:
    return "cpu" if DRY else device


def environment() -> list[str]:
    """The machine: GPU model and memory, driver-facing versions, CPU cores, library versions."""
    import cv2
    import onnxruntime as ort
    import torch

    if DRY:
        gpu = "none (KNOCKOFF_BENCH_GPU_DRY=1: the GPU paths ran on the CPU; these figures mean nothing)"
    else:
        p = torch.cuda.get_device_properties(0)
        gpu = f"{p.name}, {p.total_memory / 2**30:.0f} GiB, {p.multi_processor_count} SMs; CUDA {torch.version.cuda}"
    return [
        f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
        f"- GPU: {gpu}",
        f"- CPU: {platform.processor() or platform.machine()}, {os.cpu_count()} cores"
        f" (ONNX Runtime threads per session: {os.environ.get('OMP_NUM_THREADS', 'min(4, cores)')})",
        f"- Python {platform.python_version()}; torch {torch.__version__}, onnxruntime {ort.__version__}"
        f" ({', '.join(ort.get_available_providers())}), cv2 {cv2.__version__}",
        "- a worker's environment from the process start (Dask nanny's pre-spawn-environ): "
        + ", ".join(f"{k}={START_ENV.get(k, 'unset')}" for k in sorted(worker_environ())),
    ]


def load(prefixes: str) -> tuple[list[Sample], dict[str, list[Path]]]:
    """Scored real-logos images whose SHA-256 starts with one of `prefixes` (only those files are read) and
    every brand's reference files (bench_real_logos.load_samples)."""
    return load_samples(False, prefixes=prefixes)


def _build(marks: dict[str, list[Path]], device: str, runtime: str):
    """(Matcher with default settings on `device`, its OCR on `runtime`; seconds to build it)."""
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from knockoff.matching.ocr import Ocr

    t0 = time.perf_counter()
    m = Matcher(
        load_brands(write_brands(marks, Path(tempfile.mkdtemp()))), MatchConfig(), device=_device(device)
    )
    built = time.perf_counter() - t0
    m._ocr = Ocr(device=_device(device), runtime=runtime)
    return m, built


def timed_run(m, samples: list[Sample]) -> dict:
    """Match `samples` after a 2-image warm-up: predictions, wall seconds, process CPU seconds, peak GPU
    memory (bytes) and wall seconds per stage."""
    import torch

    gpu = torch.cuda.is_available()
    matcher_preds(m, samples[:2])
    timer = StageTimer(time.perf_counter)
    _wrap_stages(timer, m)
    if gpu:
        torch.cuda.reset_peak_memory_stats()
    c0, t0 = time.process_time(), time.perf_counter()
    try:
        pred, _ = matcher_preds(m, samples, batch=m.config.batch_size, strict=True)
    finally:
        timer.restore()
    if gpu:
        torch.cuda.synchronize()
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    mem = torch.cuda.max_memory_allocated() if gpu else 0
    return {"pred": pred, "wall": wall, "cpu": cpu, "gpu_mem": mem, "stages": timer.seconds}


def score_gap(a: dict, b: dict, brands: list[str], names: list[str]) -> tuple[float, float, float, float]:
    """Between two predictions: max and 99th-percentile |score difference| over every (image, brand), the
    share of pairs differing by more than 0.05, and the share of images whose best brand differs."""
    diffs, same_top = [], []
    for n in names:
        sa = [a.get((n, x), (0.0, None))[0] for x in brands]
        sb = [b.get((n, x), (0.0, None))[0] for x in brands]
        diffs += [abs(u - v) for u, v in zip(sa, sb, strict=True)]
        if max(sa) > 0 or max(sb) > 0:
            same_top.append(int(np.argmax(sa)) == int(np.argmax(sb)))
    d = np.array(diffs)
    return (
        float(d.max()),
        float(np.percentile(d, 99)),
        float((d > 0.05).mean()),
        1.0 - float(np.mean(same_top)),
    )


CPU = "CPU (ONNX Runtime)"


def save_run(path: Path, r: dict, n: int) -> None:
    """Write a run's scores and timings as JSON (for `--cpu-run`: the CPU row computed on another machine)."""
    scores = [[name, brand, score] for (name, brand), (score, _) in sorted(r["pred"].items())]
    meta = {
        "machine": f"{platform.node()}, {os.cpu_count()} cores",
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    path.write_text(
        json.dumps({**meta, "n": n, "wall": r["wall"], "cpu": r["cpu"], "scores": scores}), encoding="utf-8"
    )


def load_run(path: Path) -> dict:
    """A run written by save_run (boxes are not kept: its IoU is not comparable, its scores are)."""
    d = json.loads(path.read_text(encoding="utf-8"))
    return {**d, "pred": {(n, b): (float(v), None) for n, b, v in d["scores"]}}


def _path_run(
    label: str, samples: list[Sample], marks: dict[str, list[Path]], cpu_run: Path | None
) -> tuple[dict, str]:
    """(the run of PATHS[label], a note for its row): the CPU row is read from `cpu_run` where that file
    exists (when written on another machine, its speed is that machine's), and written there after a run."""
    if label == CPU and cpu_run is not None and cpu_run.is_file():
        r = load_run(cpu_run)
        if r["n"] == len(samples) and {k[0] for k in r["pred"]} <= {s.name for s in samples}:
            return r, f" (carried: {r['machine']}, {r['date']})"
    m, _ = _build(marks, *PATHS[label])
    r = timed_run(m, samples)
    if label == CPU and cpu_run is not None:
        save_run(cpu_run, r, len(samples))
    return r, ""


def agreement_section(
    samples: list[Sample], marks: dict[str, list[Path]], deadline: float, emit, cpu_run: Path | None = None
) -> None:
    """The three paths of PATHS on the same images with the 40 real-logo brands; `emit(line)` gets each line
    as it is known. `cpu_run`: where the CPU row's run is read from (if the file exists) or written to."""
    brands = sorted(marks)
    names = [s.name for s in samples]
    for line in (
        f"### Agreement: {len(samples)} real photos, {len(brands)} brands, default settings",
        "",
        "| path | img/s (wall) | CPU s per image | mAP | top-1 | max abs score diff vs CPU | p99 | pairs > 0.05 | best brand differs |",
        "|---|---|---|---|---|---|---|---|---|",
    ):
        emit(line)
    runs: dict[str, dict] = {}
    for label in PATHS:
        if time.perf_counter() > deadline:
            emit(f"| {label} | not run: the time budget was spent | | | | | | | |")
            continue
        r, note = _path_run(label, samples, marks, cpu_run)
        runs[label] = r
        sc = evaluate(samples, samples, brands, brands, r["pred"])
        base = runs.get(CPU)
        gap = score_gap(base["pred"], r["pred"], brands, names) if base and base is not r else None
        g = " | ".join(f"{v:.4f}" for v in gap) if gap else "- | - | - | -"
        emit(
            f"| {label}{note} | {len(samples) / r['wall']:.1f} | {r['cpu'] / len(samples):.3f} | {sc.mAP:.3f} "
            f"| {sc.top1:.3f} | {g} |"
        )


def _stage_table(stages: dict[str, dict[str, float]], n: int) -> list[str]:
    sizes = list(stages)
    out = ["| stage (wall ms per image) | " + " | ".join(f"{s} brands" for s in sizes) + " |"]
    out.append("|---|" + "---|" * len(sizes))
    for label, _ in STAGES:
        if any(label in stages[s] for s in sizes):
            out.append(
                f"| {label} | "
                + " | ".join(f"{1000 * stages[s].get(label, 0.0) / n:.1f}" for s in sizes)
                + " |"
            )
    return out


def brands_section(
    samples: list[Sample], marks: dict[str, list[Path]], sizes: tuple[int, ...], deadline: float, emit
) -> None:
    """Today's GPU path at each brand count: index first build (empty cache) and from cache, img/s, mAP;
    `emit(line)` gets each line as it is known."""
    real = sorted(marks)
    sets = brand_sets(marks, sizes)
    for line in (
        f"### Brands: {len(samples)} real photos, GPU, OCR on the GPU (today)",
        "",
        "| brands | index first build s | from cache s | img/s (wall) | CPU s per image | mAP (real-logo brands) | top-1 | peak GPU memory GiB |",
        "|---|---|---|---|---|---|---|---|",
    ):
        emit(line)
    stages: dict[str, dict[str, float]] = {}
    for n in sizes:
        if time.perf_counter() > deadline:
            emit(f"| {n} | not run: the time budget was spent | | | | | | |")
            continue
        _fresh_cache(Path(tempfile.mkdtemp()) / "cache")
        _, first = _build(sets[n], "cuda", "torch")
        m, cached = _build(sets[n], "cuda", "torch")
        r = timed_run(m, samples)
        sc = evaluate(samples, samples, real, list(sets[n]), r["pred"])
        emit(
            f"| {n} | {first:.1f} | {cached:.2f} | {len(samples) / r['wall']:.1f} | {r['cpu'] / len(samples):.3f} "
            f"| {sc.mAP:.3f} | {sc.top1:.3f} | {r['gpu_mem'] / 2**30:.2f} |"
        )
        stages[str(n)] = r["stages"]
        del m
    if stages:
        for line in ["", *_stage_table(stages, len(samples))]:
            emit(line)


TITLE = "## Matching on a GPU"
RESULTS = Path(__file__).resolve().parent / "RESULTS.md"


def last_section(results: Path | None = None) -> str:
    """The "Matching on a GPU" section of `results` as it stands (a machine without a GPU keeps the last GPU
    figures when `python -m benchmarks` rewrites the file), or a line saying it was never run."""
    from benchmarks.__main__ import section_span

    results = results or RESULTS
    if results.is_file():
        lines = results.read_text(encoding="utf-8").split("\n")
        span = section_span(lines, TITLE)
        if span is not None:
            return "\n".join(lines[span[0] : span[1]]).strip()
    return f"{TITLE}\n\nNot run: no CUDA device on the machines that wrote this file."


def run(
    quick: bool = False,
    prefixes: str = "0",
    sizes: tuple[int, ...] | None = None,
    budget_s: float = 900.0,
    out: Path | None = None,
    limit: int = 0,
    cpu_run: Path | None = None,
) -> str:
    """The section's markdown (`python -m benchmarks` calls run(quick=...): quick, 100 brands only). Without a
    CUDA device (and KNOCKOFF_BENCH_GPU_DRY unset), the last GPU section of RESULTS.md, unchanged."""
    import torch

    if not torch.cuda.is_available() and not DRY:
        print("bench_gpu: no CUDA device (torch.cuda.is_available() is False): the last GPU figures are kept")
        return last_section()
    sizes = sizes or ((100,) if quick else (100, 1000))
    with one_worker_threads():
        return _measure(prefixes, sizes, budget_s, out, limit, cpu_run)


@contextlib.contextmanager
def one_worker_threads() -> Iterator[None]:
    """One worker's threads while measuring, as Dask's nanny gives every worker process (OMP_NUM_THREADS=1
    unless set: PyTorch and ONNX Runtime follow it; OpenCV held to it by matching/backbone.py limit_threads),
    the process's settings put back after (`python -m benchmarks` runs other benchmarks in the same process).
    On a 16-core H200 machine, one process with the libraries' defaults spent 6.5 CPU s per photo
    (benchmarks/RESULTS.md, "Matching on a GPU")."""
    import cv2
    import torch

    from knockoff.matching.backbone import limit_threads

    saved = os.environ.get("OMP_NUM_THREADS"), cv2.getNumThreads(), torch.get_num_threads()
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    limit_threads()
    try:
        yield
    finally:
        if saved[0] is None:
            os.environ.pop("OMP_NUM_THREADS", None)
        cv2.setNumThreads(saved[1])
        torch.set_num_threads(saved[2])


def _measure(
    prefixes: str, sizes: tuple[int, ...], budget_s: float, out: Path | None, limit: int, cpu_run: Path | None
) -> str:
    deadline = time.perf_counter() + budget_s
    samples, marks = load(prefixes)
    samples = samples[:limit] if limit else samples
    text = [f"{TITLE} (`python -m benchmarks.bench_gpu`)", "", *environment(), ""]

    def emit(line: str) -> None:
        text.append(line)
        print(line, flush=True)
        if out is not None:
            out.write_text("\n".join(text) + "\n", encoding="utf-8")

    emit("")
    agreement_section(samples, marks, deadline, emit, cpu_run)
    emit("")
    brands_section(samples, marks, sizes, deadline, emit)
    return "\n".join(text)


def worker_environ() -> dict[str, str]:
    """The variables a knockoff worker process starts with (cluster/client.py `worker_environ` at the default
    ClusterConfig: the nanny's OMP_NUM_THREADS, MKL_NUM_THREADS, OPENBLAS_NUM_THREADS = 1, without Dask's
    MALLOC_TRIM_THRESHOLD_). They must be in place before numpy loads: OpenBLAS sizes its pool once, at load,
    and its idle threads spin (2.4 CPU s per photo at 0.15 s wall on a 16-core H200 machine,
    benchmarks/RESULTS.md, "Matching on a GPU")."""
    from knockoff.cluster.client import worker_environ as knockoff_worker_environ

    return knockoff_worker_environ()


def main() -> None:
    missing = {k: v for k, v in worker_environ().items() if k not in os.environ}
    if missing:  # start again as a worker starts: numpy is already loaded here
        os.execve(
            sys.executable,
            [sys.executable, "-m", "benchmarks.bench_gpu", *sys.argv[1:]],
            {**os.environ, **missing},
        )
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--prefixes", default="0", help="first hex digits of the scored images' SHA-256 (0: 1/16)"
    )
    ap.add_argument("--limit", type=int, default=0, help="at most this many images (0: all chosen)")
    ap.add_argument("--sizes", default="100,1000", help="brand counts of the brands section")
    ap.add_argument(
        "--budget-s", type=float, default=900.0, help="sections not started after this are skipped"
    )
    ap.add_argument(
        "--cpu-run",
        type=Path,
        help="read the CPU row from this file if it exists (save it with KNOCKOFF_BENCH_GPU_DRY=1 on a CPU "
        "machine first: a short GPU lease then spends no time on it), else run it and write it here",
    )
    ap.add_argument("--out", type=Path, help="also write the markdown here, after every section")
    a = ap.parse_args()
    sizes = tuple(int(x) for x in a.sizes.split(","))
    run(False, a.prefixes, sizes, a.budget_s, a.out, a.limit, a.cpu_run)


if __name__ == "__main__":
    main()
