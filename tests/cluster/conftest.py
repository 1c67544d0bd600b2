"""Fixtures: lakes of generated images, brands files, a LocalCluster and a `dask` CLI cluster on loopback."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.cluster.lakegen import write_night
from tests.dask_processes import stop_cluster

REPO = Path(__file__).resolve().parents[2]
DATE = "2026-11-20"
DATE2 = "2026-11-21"
HAVE_REAL_ENGINE = all(
    importlib.util.find_spec(m) is not None for m in ("knockoff.matching.engine", "knockoff.matching.brands")
)
HAVE_FUSION = importlib.util.find_spec("knockoff.matching.fusion") is not None
HAVE_REAL_MATCHER = HAVE_REAL_ENGINE and HAVE_FUSION


def worker_env(**extra: str) -> dict[str, str]:
    """Environment for Dask processes: the repo importable, no GPU, quiet threads."""
    env = {**os.environ, **extra}
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def tiny_brands(tmp_path: Path) -> Path:
    """A brands file for the tiny test matcher (names only)."""
    p = tmp_path / "tiny-brands.yaml"
    p.write_text(yaml.safe_dump({"brands": [{"name": "Acme"}, {"name": "Bolt"}]}))
    return p


@pytest.fixture(scope="session")
def real_brands(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo shop's brands.yaml with its mark files (PNG and SVG), for the real Matcher."""
    if not HAVE_REAL_ENGINE:
        pytest.skip("matching.engine / matching.brands not in this checkout yet")
    from knockoff.crawler.demoshop import generate_shop

    spec = generate_shop(tmp_path_factory.mktemp("shop"), seed=0, n_listings=0)
    return Path(spec.brands_path)


@pytest.fixture
def lake_factory(tmp_path: Path):
    """make(name, **write_night kwargs) -> lake root with one night written."""

    def make(name: str = "lake", date: str = DATE, **kw) -> Path:
        root = tmp_path / name
        write_night(root, date, **kw)
        return root

    return make


@pytest.fixture(scope="package")
def local_client() -> Iterator:
    """One LocalCluster (2 single-threaded worker processes) shared by the tests of this folder, closed
    when the folder's tests end (session scope kept its workers and IO loop alive through the rest of the
    suite, where their sleeps showed in a test that patches asyncio.sleep)."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address="127.0.0.1:0",  # None still serves on :8787 in distributed 2026.x
            memory_limit="3GB",
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


@dataclass
class CliCluster:
    """A scheduler and workers started with the `dask` command line."""

    address: str
    scheduler: subprocess.Popen
    workers: list[subprocess.Popen]


def _wait_file(path: Path, proc: subprocess.Popen, timeout: float) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"dask scheduler exited with {proc.returncode}")
        with contextlib.suppress(OSError, ValueError):
            return json.loads(path.read_text())
        time.sleep(0.1)
    raise TimeoutError(f"{path} not written in {timeout}s")


@contextlib.contextmanager
def dask_cli_cluster(
    tmp: Path, n_workers: int = 2, env: dict[str, str] | None = None
) -> Iterator[CliCluster]:
    """`dask scheduler` on a random loopback port and `dask worker`s (--nthreads 1, no dashboard)."""
    env = env or worker_env()
    sched_file = tmp / "scheduler.json"
    logs = tmp / "dask-logs"
    logs.mkdir(exist_ok=True)
    dask_cli = [sys.executable, "-m", "dask"]
    procs: list[subprocess.Popen] = []

    def spawn(args: list[str], log: str) -> subprocess.Popen:
        fh = open(logs / log, "w")  # noqa: SIM115 - closed with the process
        p = subprocess.Popen([*dask_cli, *args], stdout=fh, stderr=subprocess.STDOUT, env=env, cwd=REPO)
        procs.append(p)
        return p

    sched = spawn(
        [
            "scheduler",
            "--host",
            "127.0.0.1",
            "--port",
            "0",
            "--no-dashboard",  # still serves HTTP on :8787 unless moved to a free loopback port
            "--dashboard-address",
            "127.0.0.1:0",
            "--scheduler-file",
            str(sched_file),
        ],
        "scheduler.log",
    )
    try:
        address = _wait_file(sched_file, sched, 60)["address"]
        workers = [
            spawn(
                [
                    "worker",
                    "--scheduler-file",
                    str(sched_file),
                    "--host",
                    "127.0.0.1",
                    "--nthreads",
                    "1",
                    "--nworkers",
                    "1",
                    "--no-dashboard",
                    "--memory-limit",
                    "3GB",
                    "--name",
                    f"w{k}",
                ],
                f"worker{k}.log",
            )
            for k in range(n_workers)
        ]
        yield CliCluster(address, sched, workers)
    finally:
        stop_cluster(procs)
