"""cluster_client: a LocalCluster sized to the machine, an existing scheduler, GPU detection, SLURM/Kubernetes."""

from __future__ import annotations

import importlib.util
import socket

import pytest

from knockoff.cluster import client as cc
from knockoff.config import ClusterConfig
from knockoff.errors import ConfigError


def test_local_cluster_sized_to_machine_with_dashboard():
    n, threads, limit = cc.local_sizing(ClusterConfig())
    assert 1 <= n <= cc.cpu_count() and threads == 1 and isinstance(limit, int)
    assert n * limit <= cc.total_memory()
    with cc.cluster_client(ClusterConfig(n_workers=1), device="cpu") as client:
        info = client.scheduler_info()
        assert len(info["workers"]) == 1
        line = cc.describe(client)
        assert "1 worker(s)" in line and "dashboard http://" in line
        assert client.submit(sum, [1, 2, 3]).result() == 6


def test_existing_scheduler_address(local_client):
    addr = local_client.scheduler.address
    with cc.cluster_client(ClusterConfig(scheduler=addr)) as client:
        assert client.scheduler.address == addr
        assert len(client.scheduler_info()["workers"]) == 2
    assert local_client.submit(len, "ab").result() == 2  # connecting did not close the cluster


def test_unreachable_scheduler_is_one_line_error(monkeypatch):
    monkeypatch.setattr(cc, "CONNECT_TIMEOUT", "2s")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with (
        pytest.raises(ConfigError, match="cannot reach the Dask scheduler"),
        cc.cluster_client(ClusterConfig(scheduler=f"tcp://127.0.0.1:{port}")),
    ):
        pass


def test_gpu_detection_without_cuda_init(monkeypatch):
    monkeypatch.setenv("CUDA_VISIBLE_DEVICES", "")
    assert cc.count_gpus() == 0
    with pytest.raises(ConfigError, match="no GPU is visible"):
        cc.make_cluster(ClusterConfig(), device="cuda")
    with pytest.raises(ConfigError, match="no GPU"):
        cc.make_cluster(ClusterConfig(gpu="on"), device="auto")
    monkeypatch.delenv("CUDA_VISIBLE_DEVICES")
    assert cc.count_gpus() >= 0  # NVML / dask-cuda / /proc, whichever exists; never initialises CUDA
    import sys

    assert "torch" not in sys.modules or not __import__("torch").cuda.is_initialized()


@pytest.mark.skipif(importlib.util.find_spec("dask_jobqueue") is None, reason="dask-jobqueue not installed")
def test_slurm_cluster_job_script():
    cfg = ClusterConfig(
        kind="slurm",
        jobs=0,
        options={
            "queue": "gpu",
            "account": "brandwatch",
            "cores": 4,
            "memory": "16GB",
            "walltime": "01:00:00",
        },
    )
    cluster = cc._slurm_cluster(cfg, scale=False)
    try:
        script = cluster.job_script()
        assert "#SBATCH -p gpu" in script and "#SBATCH -A brandwatch" in script
        assert (
            "#SBATCH -t 01:00:00" in script
            and "distributed.cli.dask_worker" in script
            or "dask worker" in script
        )
    finally:
        cluster.close()


@pytest.mark.skipif(
    importlib.util.find_spec("dask_kubernetes") is not None, reason="dask-kubernetes installed"
)
def test_kubernetes_without_package_points_to_recipe():
    with pytest.raises(ConfigError, match="Helm chart"):
        cc.make_cluster(ClusterConfig(kind="kubernetes"))


WORKER_ENV = """
import json, os
from knockoff.cluster import client as cc
from knockoff.config import ClusterConfig

seen = {}
for trim in (None, 131072):
    with cc.cluster_client(ClusterConfig(n_workers=1, dashboard=False, malloc_trim_threshold=trim), "cpu") as c:
        env = c.run(lambda: {k: os.environ.get(k) for k in ("MALLOC_TRIM_THRESHOLD_", "OPENBLAS_NUM_THREADS")})
        seen[str(trim)] = next(iter(env.values()))
print(json.dumps(seen))
"""


def test_local_workers_start_without_dasks_malloc_trim_threshold_unless_configured():
    """Dask's nanny starts workers with MALLOC_TRIM_THRESHOLD_=65536, which fixes glibc's mmap threshold and cost
    the demo 42 % more CPU per image; knockoff's LocalCluster leaves it out unless `cluster.malloc_trim_threshold`
    sets it, and keeps the nanny's one-thread BLAS. Real workers, in a fresh interpreter (a nanny writes its
    variables into its own process's environment, so the test process's may already hold them)."""
    import json
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "MALLOC_TRIM_THRESHOLD_"}
    out = subprocess.run(
        [sys.executable, "-c", WORKER_ENV], env=env, capture_output=True, text=True, timeout=180, check=True
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["None"] == {"MALLOC_TRIM_THRESHOLD_": None, "OPENBLAS_NUM_THREADS": "1"}
    assert seen["131072"] == {"MALLOC_TRIM_THRESHOLD_": "131072", "OPENBLAS_NUM_THREADS": "1"}
    assert cc.worker_environ(ClusterConfig(malloc_trim_threshold=65536))["MALLOC_TRIM_THRESHOLD_"] == "65536"
