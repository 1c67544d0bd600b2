"""SIGKILL of a Dask worker in the middle of matching.

One of two workers of an external scheduler is killed while matching tasks run: run_match still
completes and its detections and candidates equal those of an undisturbed run on a copy of the lake.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq

from knockoff.config import ClusterConfig, CrawlConfig, KnockoffConfig, MatchConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.jobs.night.match import run_match
from tests.dask_processes import stop_cluster
from tests.reliability.env import REPO, SITE, demo_shop, free_port, matcher_plugin

DATE = "2026-11-20"
PLUGIN, MATCHER = matcher_plugin()


def _crawl_config() -> CrawlConfig:
    return CrawlConfig(allowed_private_hosts=["127.0.0.1"], autothrottle=False, http_cache=False)


def _start_cluster(port: int, log_dir: Path) -> list[subprocess.Popen]:
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if PLUGIN:  # the plug-in matcher is instant: slow it so the kill lands mid-task
        env["KNOCKOFF_TINY_DELAY"] = "0.05"
    addr = f"tcp://127.0.0.1:{port}"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "distributed.cli.dask_scheduler",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--no-dashboard",  # still serves HTTP on :8787 (all interfaces) unless moved:
                "--dashboard-address",
                "127.0.0.1:0",
            ],
            stdout=open(log_dir / "scheduler.log", "w"),  # noqa: SIM115
            stderr=subprocess.STDOUT,
            env=env,
            cwd=REPO,
        )
    ]
    time.sleep(1.5)
    for k in range(2):
        procs.append(
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "distributed.cli.dask_worker",
                    addr,
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--name",
                    f"w{k}",
                    "--memory-limit",
                    "4GB",
                ],
                stdout=open(log_dir / f"worker{k}.log", "w"),  # noqa: SIM115
                stderr=subprocess.STDOUT,
                env=env,
                cwd=REPO,
            )
        )
    return procs


def _lake_from_crawl(tmp_path: Path) -> tuple[Path, Path]:
    with demo_shop(tmp_path / "shop", 6) as shop:
        site = SiteConfig(name=SITE, start_urls=[shop.url], allowed_domains=["127.0.0.1"])
        run_crawl([site], str(tmp_path / "lakeA"), DATE, _crawl_config())
    shutil.copytree(tmp_path / "lakeA", tmp_path / "lakeB")
    return tmp_path / "lakeA", tmp_path / "shop" / "brands.yaml"


def _read(path: Path, cols: list[str]) -> list[tuple]:
    if not path.is_file():
        return []
    t = pq.read_table(path, columns=cols).to_pylist()
    return sorted(tuple(round(v, 4) if isinstance(v, float) else v for v in r.values()) for r in t)


def test_sigkill_dask_worker_during_match(tmp_path, ledger):
    from distributed import Client

    lake_a, brands = _lake_from_crawl(tmp_path)
    port = free_port()
    procs = _start_cluster(port, tmp_path)
    addr = f"tcp://127.0.0.1:{port}"
    try:
        with Client(addr, timeout=60) as watcher:
            watcher.wait_for_workers(2, timeout=120)
            pids = watcher.run(os.getpid)
            cfg = KnockoffConfig(
                lake=str(lake_a),
                brands=str(brands),
                match=MatchConfig(device="cpu", ocr=False),
                cluster=ClusterConfig(scheduler=addr, dashboard=False),
            )
            result: dict = {}

            def match() -> None:
                try:
                    result["res"] = run_match(
                        str(lake_a), [DATE], str(brands), cfg, out_dir=str(tmp_path / "runA"), **PLUGIN
                    )
                except Exception as exc:
                    result["error"] = f"{type(exc).__name__}: {exc}"

            th = threading.Thread(target=match)
            th.start()
            killed = None
            deadline = time.monotonic() + 240
            while th.is_alive() and time.monotonic() < deadline and killed is None:
                busy = {w: t for w, t in watcher.processing().items() if t}
                if busy:
                    victim = sorted(busy)[0]
                    killed = pids.get(victim)
                    if killed:
                        os.kill(killed, signal.SIGKILL)
                time.sleep(0.05)
            th.join(300)
        err = result.get("error")
        ledger.record(
            "match",
            "SIGKILL of a Dask worker while matching: run_match still completes",
            killed is not None and err is None and not th.is_alive(),
            errors=int(err is not None),
            note=f"{MATCHER}; " + (err or f"killed worker pid {killed}")[:80],
        )
        # the undisturbed reference on a copy of the same lake, same cluster (one worker left + restarts)
        cfg_b = cfg.model_copy(update={"lake": str(tmp_path / "lakeB")})
        run_match(
            str(tmp_path / "lakeB"), [DATE], str(brands), cfg_b, out_dir=str(tmp_path / "runB"), **PLUGIN
        )
        det_cols = ["image_sha256", "brand", "mark", "score", "method"]
        same_det = _read(tmp_path / "runA" / "detections.parquet", det_cols) == _read(
            tmp_path / "runB" / "detections.parquet", det_cols
        )
        cand_cols = ["brand", "listing_id", "score"]
        a = _read(tmp_path / "runA" / "candidates.parquet", cand_cols)
        same_cand = a == _read(tmp_path / "runB" / "candidates.parquet", cand_cols)
        ledger.record(
            "match",
            "after the worker kill: detections and candidates equal an undisturbed run",
            err is None and same_det and same_cand,
            stored=len(a),
            note=f"detections same {same_det}, candidates same {same_cand}",
        )
    finally:
        stop_cluster(procs)
    ledger.check()
