"""Get a Dask client: a LocalCluster sized to the machine, an existing scheduler, GPUs, SLURM or Kubernetes.

`cluster_client(config, device)` is the one way the rest of knockoff obtains a client:

- `config.scheduler` set (`--scheduler tcp://host:8786`): connect to that scheduler; nothing is started.
- `config.kind == "slurm"`: a dask-jobqueue `SLURMCluster(**config.options)` scaled to `config.jobs`.
- `config.kind == "kubernetes"`: a dask-kubernetes `KubeCluster(**config.options)` scaled to `config.jobs`.
- `config.kind == "module:Class"` (e.g. `dask_jobqueue:PBSCluster`): `Class(**config.options)`, scaled to
  `config.jobs`.
- otherwise, GPUs present (counted with NVML, without initialising CUDA here) and dask-cuda installed and
  the device not `cpu`: a `LocalCUDACluster`, one worker per GPU, each seeing its GPU through
  `CUDA_VISIBLE_DEVICES`.
- otherwise a process-based `LocalCluster`: one single-threaded worker per core, fewer if memory is short.

See cluster/RECIPES.md for SLURM, Kubernetes and multi-machine recipes.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import dask

from knockoff.config import ClusterConfig
from knockoff.errors import ConfigError

log = logging.getLogger(__name__)

# Memory a matching worker should have (models + one ~1000-image batch decoded at 512 px).
WORKER_MEMORY_BYTES = 3 * 1024**3
CONNECT_TIMEOUT = "30s"  # how long to try reaching an existing scheduler


def cpu_count() -> int:
    """Cores this process may use (affinity and cgroup-limited where visible)."""
    try:
        n = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        n = os.cpu_count() or 1
    try:  # cgroup v2 quota
        quota, period = Path("/sys/fs/cgroup/cpu.max").read_text().split()[:2]
        if quota != "max":
            n = min(n, max(1, int(int(quota) / int(period))))
    except (OSError, ValueError):
        pass
    return max(1, n)


def total_memory() -> int:
    """Physical memory in bytes."""
    import psutil

    return int(psutil.virtual_memory().total)


def count_gpus() -> int:
    """NVIDIA GPUs visible to this process, counted without initialising CUDA (NVML, else /proc)."""
    visible = os.environ.get("CUDA_VISIBLE_DEVICES")
    if visible is not None and visible.strip() in ("", "-1"):
        return 0
    n = 0
    try:
        import pynvml  # nvidia-ml-py

        pynvml.nvmlInit()
        try:
            n = int(pynvml.nvmlDeviceGetCount())
        finally:
            pynvml.nvmlShutdown()
    except Exception:
        try:
            from dask_cuda.utils import get_n_gpus

            n = int(get_n_gpus())
        except Exception:
            gpus = Path("/proc/driver/nvidia/gpus")
            n = len(list(gpus.iterdir())) if gpus.is_dir() else 0
    if visible:
        n = min(n, len([v for v in visible.split(",") if v.strip()]))
    return n


def local_sizing(config: ClusterConfig) -> tuple[int, int, str | int]:
    """(n_workers, threads_per_worker, memory_limit) for a LocalCluster on this machine."""
    threads = max(1, config.threads_per_worker)
    cores = cpu_count()
    mem = total_memory()
    n = config.n_workers or max(1, min(cores // threads, mem // WORKER_MEMORY_BYTES))
    limit: str | int = config.memory_limit
    if limit == "auto":
        limit = int(mem * 0.9 / n)
    return n, threads, limit


def _gpu_wanted(config: ClusterConfig, device: str) -> int:
    if config.gpu == "off" or device == "cpu":
        return 0
    n = count_gpus()
    if n == 0 and (config.gpu == "on" or device == "cuda"):
        raise ConfigError("GPU matching requested (--device cuda or cluster.gpu: on) but no GPU is visible")
    return n


def _dashboard_kwargs(config: ClusterConfig) -> dict[str, Any]:
    """A dashboard on a free port, or none at all.

    In distributed 2026.x `dashboard_address=None` does not turn the dashboard off: the scheduler
    then serves HTTP on the default port 8787 (warning "Port 8787 is already in use" when taken).
    Off is `dashboard=False` for the scheduler (no Bokeh pages) with its HTTP server bound to a free
    loopback port, which `_stop_scheduler_http` then closes (distributed/node.py start_http_server).
    """
    if config.dashboard:
        return {"dashboard_address": ":0"}
    return {"dashboard_address": "127.0.0.1:0", "scheduler_kwargs": {"dashboard": False}}


def _stop_scheduler_http(cluster: Any) -> None:
    """Close the HTTP server of an in-process scheduler started without a dashboard: nothing listens."""
    sched = getattr(cluster, "scheduler", None)
    server = getattr(sched, "http_server", None)
    if server is None:
        return

    async def stop() -> None:
        server.stop()
        sched.services.pop("dashboard", None)

    cluster.sync(stop)


TRIM = "MALLOC_TRIM_THRESHOLD_"  # glibc's trim threshold, read once when a process starts


def worker_environ(config: ClusterConfig | None = None) -> dict[str, str]:
    """The variables set before a local worker process starts: Dask's nanny `distributed.nanny.pre-spawn-environ`
    (OMP_NUM_THREADS, MKL_NUM_THREADS, OPENBLAS_NUM_THREADS = 1: numpy's OpenBLAS sizes its pool when it
    loads) with MALLOC_TRIM_THRESHOLD_ as `config.malloc_trim_threshold` says, left out where that is None
    (the default): Dask's 65536 fixes glibc's mmap threshold too, and matching allocates large arrays per
    image (benchmarks/RESULTS.md, "Worker memory allocator": CPU per image 722 ms with it, 507 without, one
    process on the demo shop's photos). Variables already in this process's environment win, as in the nanny."""
    with dask.config.set(_nanny_environ(config or ClusterConfig())):
        # a copy: leaving set() puts the old values back into the same dict
        cfg = dict(dask.config.get("distributed.nanny.pre-spawn-environ") or {})
    return {k: os.environ.get(k, str(v)) for k, v in cfg.items() if v is not None}


def _nanny_environ(config: ClusterConfig) -> dict[str, Any]:
    """dask.config overrides under which a Nanny built now gives its worker `worker_environ(config)` (a None
    value unsets a pre-spawn variable in distributed 2024+) and this module as a preload (`dask_setup`:
    the worker process ignores Ctrl-C), after any preloads the user configured."""
    import distributed  # noqa: F401  (loads the distributed.* defaults into dask.config)

    preload = list(dask.config.get("distributed.worker.preload", None) or [])
    return {
        f"distributed.nanny.pre-spawn-environ.{TRIM}": config.malloc_trim_threshold,
        "distributed.worker.preload": [*preload, *([] if __name__ in preload else [__name__])],
    }


def dask_setup(worker: Any) -> None:
    """Preload run by each worker of a local cluster knockoff starts, in the worker process: ignore SIGINT.

    Ctrl-C in a terminal sends SIGINT to the whole process group, the nanny-spawned worker processes
    included: each then died with a KeyboardInterrupt traceback (about 30 lines per worker) before the
    command's one line "interrupted". The command's own process handles Ctrl-C and closes the cluster,
    which stops its workers; they need not react themselves.
    """
    import signal
    import threading

    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)


def _local_cuda_cluster(config: ClusterConfig, n_gpus: int) -> Any:
    try:
        from dask_cuda import LocalCUDACluster
    except ImportError as exc:
        if config.gpu == "on":
            raise ConfigError(
                "cluster.gpu is 'on' but dask-cuda is not installed: pip install 'knockoff[gpu]'"
            ) from exc
        return None
    n = min(n_gpus, config.n_workers or n_gpus)
    log.info("starting LocalCUDACluster: %d worker(s), one per GPU", n)
    with dask.config.set(_nanny_environ(config)):  # read when each Nanny is built, here
        return LocalCUDACluster(
            n_workers=n,
            threads_per_worker=max(1, config.threads_per_worker),
            memory_limit=config.memory_limit,
            **_dashboard_kwargs(config),
        )


def _local_cluster(config: ClusterConfig) -> Any:
    from distributed import LocalCluster

    n, threads, limit = local_sizing(config)
    log.info("starting LocalCluster: %d worker(s) x %d thread(s), memory limit %s", n, threads, limit)
    with dask.config.set(_nanny_environ(config)):  # read when each Nanny is built, here
        return LocalCluster(
            n_workers=n,
            threads_per_worker=threads,
            processes=True,
            memory_limit=limit,
            host="127.0.0.1",
            **_dashboard_kwargs(config),
        )


def _slurm_cluster(config: ClusterConfig, scale: bool = True) -> Any:
    try:
        from dask_jobqueue import SLURMCluster
    except ImportError as exc:
        raise ConfigError(
            "cluster.kind is 'slurm' but dask-jobqueue is not installed: pip install dask-jobqueue"
        ) from exc
    opts = {"cores": 1, "processes": 1, "memory": "4GB", "walltime": "02:00:00", **config.options}
    cluster = SLURMCluster(**opts)
    if scale:
        cluster.scale(jobs=config.jobs or 1)
    return cluster


def _kube_cluster(config: ClusterConfig) -> Any:
    try:
        from dask_kubernetes.operator import KubeCluster
    except ImportError as exc:
        raise ConfigError(
            "cluster.kind is 'kubernetes' but dask-kubernetes is not installed: pip install dask-kubernetes "
            "(or deploy the Dask Helm chart and pass --scheduler; see cluster/RECIPES.md)"
        ) from exc
    opts = {"name": "knockoff", "n_workers": config.jobs or 1, **config.options}
    return KubeCluster(**opts)


def _imported_cluster(config: ClusterConfig) -> Any:
    """`cluster.kind: "package.module:Class"`: Class(**options), scaled to `jobs` when given."""
    import importlib
    import inspect

    module, _, name = config.kind.partition(":")
    try:
        cls = getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError) as exc:
        raise ConfigError(f"cluster.kind {config.kind!r}: cannot import it ({exc})") from exc
    try:
        cluster = cls(**config.options)
    except TypeError as exc:
        raise ConfigError(f"cluster.kind {config.kind!r}: bad cluster.options ({exc})") from exc
    if not (hasattr(cluster, "scale") and hasattr(cluster, "scheduler_address")):
        raise ConfigError(f"cluster.kind {config.kind!r} is not a Dask cluster class")
    if config.jobs:
        if "jobs" in inspect.signature(cluster.scale).parameters:  # dask-jobqueue counts jobs
            cluster.scale(jobs=config.jobs)
        else:
            cluster.scale(config.jobs)
    return cluster


def make_cluster(config: ClusterConfig, device: str = "auto") -> Any | None:
    """The cluster object cluster_client would start (None when connecting to `config.scheduler`)."""
    kind = config.kind
    if config.scheduler and kind in ("auto", "local"):
        return None
    if ":" in kind:
        return _imported_cluster(config)
    if kind == "slurm":
        return _slurm_cluster(config)
    if kind == "kubernetes":
        return _kube_cluster(config)
    n_gpus = _gpu_wanted(config, device)
    if n_gpus:
        cuda = _local_cuda_cluster(config, n_gpus)
        if cuda is not None:
            return cuda
        log.warning(
            "%d GPU(s) visible but dask-cuda is not installed: one CPU-process cluster instead", n_gpus
        )
    return _local_cluster(config)


def describe(client: Any) -> str:
    """One line: scheduler address, workers, threads, dashboard."""
    info = client.scheduler_info()
    workers = info.get("workers", {})
    threads = sum(w.get("nthreads", 0) for w in workers.values())
    line = f"Dask scheduler {info.get('address', '?')}: {len(workers)} worker(s), {threads} thread(s)"
    with contextlib.suppress(Exception):
        if client.dashboard_link and "services" in info and info["services"].get("dashboard"):
            line += f"; dashboard {client.dashboard_link}"
    return line


def _silence_distributed() -> None:
    """Run on each worker as its cluster shuts down: `distributed`'s loggers to CRITICAL there."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _quiet_worker_shutdown(client: Any) -> None:
    """Silence the worker processes' `distributed` logging before a cluster knockoff started closes,
    unless this process shows distributed's INFO lines (`knockoff -v`).

    On a loaded machine a worker process can still be sending its heartbeat while the scheduler
    closes (the nanny's kill has not reached it yet): distributed/worker.py logs "Failed to
    communicate with scheduler during heartbeat" at ERROR with a traceback, on the terminal of a
    night whose results are already written. Errors during the job itself are shown as before.
    """
    if logging.getLogger("distributed").getEffectiveLevel() <= logging.INFO:
        return
    with contextlib.suppress(Exception):
        client.run(_silence_distributed, on_error="ignore")


@contextlib.contextmanager
def cluster_client(config: ClusterConfig, device: str = "auto") -> Iterator[Any]:
    """Yield a `distributed.Client` for `config` (see the module doc); closes what it started."""
    from distributed import Client

    cluster = make_cluster(config, device)
    try:
        if cluster is None:
            try:
                client = Client(config.scheduler, timeout=CONNECT_TIMEOUT)
            except (OSError, TimeoutError) as exc:
                raise ConfigError(f"cannot reach the Dask scheduler at {config.scheduler}: {exc}") from exc
        else:
            if not config.dashboard and config.kind in ("auto", "local"):
                _stop_scheduler_http(cluster)
            client = Client(cluster)
        try:
            yield client
        finally:
            if cluster is not None:
                _quiet_worker_shutdown(client)
            client.close()
    finally:
        if cluster is not None:
            with contextlib.suppress(Exception):
                cluster.close()
