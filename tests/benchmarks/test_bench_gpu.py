"""benchmarks/bench_gpu.py's own arithmetic (its runs need a GPU: benchmarks/RESULTS.md, "Matching on a GPU")."""

from __future__ import annotations

import pytest

from benchmarks import bench_gpu


def test_score_gap_compares_every_image_and_brand():
    brands, names = ["A", "B"], ["x", "y", "z"]
    cpu = {("x", "A"): (0.9, None), ("x", "B"): (0.2, None), ("y", "B"): (0.5, None)}
    gpu = {
        ("x", "A"): (0.88, None),
        ("x", "B"): (0.2, None),
        ("y", "A"): (0.6, None),
        ("y", "B"): (0.5, None),
    }
    worst, p99, over, top_differs = bench_gpu.score_gap(cpu, gpu, brands, names)
    assert worst == pytest.approx(0.6)  # ("y", "A") is missing on the CPU side: a score of 0
    assert 0.02 <= p99 <= 0.6
    assert over == pytest.approx(1 / 6)  # 6 pairs, one differs by more than 0.05
    assert top_differs == pytest.approx(1 / 2)  # z has no score on either side; y's best brand changed


def test_stage_table_gives_wall_ms_per_image():
    rows = bench_gpu._stage_table(
        {"100": {"backbone": 0.5, "OCR detection": 1.0}, "1000": {"backbone": 0.7}}, 10
    )
    assert rows[0] == "| stage (wall ms per image) | 100 brands | 1000 brands |"
    assert "| backbone | 50.0 | 70.0 |" in rows
    assert "| OCR detection | 100.0 | 0.0 |" in rows
    assert not any(r.startswith("| decode") for r in rows)  # stages that never ran are left out


def test_without_a_gpu_the_last_gpu_figures_are_kept(monkeypatch, tmp_path):
    """`python -m benchmarks` on a CPU machine must not replace the last GPU run's section with nothing."""
    import torch

    from benchmarks.__main__ import splice_section

    results = tmp_path / "RESULTS.md"
    results.write_text(
        "# Benchmark results\n\n## Machine\n\nx\n\n## Matching on a GPU (NVIDIA H200, 2026-12-04)\n\n"
        "| backbone batch | 32 |\n|---|---|\n| images/s | 2,604 |\n\n## Throughput at default settings\n\ny\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    monkeypatch.setattr(bench_gpu, "DRY", False)
    monkeypatch.setattr(bench_gpu, "RESULTS", results)
    section = bench_gpu.run(quick=True)
    assert section.startswith("## Matching on a GPU (NVIDIA H200") and "| images/s | 2,604 |" in section
    assert "## Throughput" not in section
    assert splice_section(results.read_text(encoding="utf-8"), section) == results.read_text(encoding="utf-8")
    assert "Not run: no CUDA device" in bench_gpu.last_section(tmp_path / "missing.md")


def test_one_worker_threads_puts_the_process_back(monkeypatch):
    import cv2
    import torch

    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    before = cv2.getNumThreads(), torch.get_num_threads()
    with bench_gpu.one_worker_threads():
        assert cv2.getNumThreads() == 1 and torch.get_num_threads() == 1
    assert (cv2.getNumThreads(), torch.get_num_threads()) == before
    assert "OMP_NUM_THREADS" not in __import__("os").environ


def test_the_command_runs_with_a_workers_environment(tmp_path):
    """`python -m benchmarks.bench_gpu` started without Dask's worker variables starts itself again with them,
    before numpy loads OpenBLAS with a thread per core (whose idle threads spin: 2.4 CPU s per photo on the
    H200 machine). A real process; the budget of 0 s stops it before any matching."""
    import os
    import subprocess
    import sys

    from training.shared_data import REAL_LOGOS

    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        pytest.skip(f"{REAL_LOGOS} is not present")
    env = {k: v for k, v in os.environ.items() if k not in bench_gpu.worker_environ()}
    env["KNOCKOFF_BENCH_GPU_DRY"] = "1"
    out = tmp_path / "gpu.md"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "benchmarks.bench_gpu",
            "--budget-s",
            "0",
            "--sizes",
            "100",
            "--out",
            str(out),
        ],
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    line = next(x for x in out.read_text().splitlines() if "pre-spawn-environ" in x)
    assert "OPENBLAS_NUM_THREADS=1" in line and "OMP_NUM_THREADS=1" in line
    assert "| CPU (ONNX Runtime) | not run: the time budget was spent |" in out.read_text()
