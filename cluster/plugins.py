"""Worker plugin that builds the Matcher (models + brand index) once per worker, not once per task.

Register it with `client.register_plugin(MatcherPlugin(...))`: every current worker and every worker
that joins later (a restarted one too) runs `setup` once; tasks then call `get_matcher()`. Matchers are
also kept per process by a key of (brands file content, match config, device, factory), so a second run
on a long-lived cluster with the same brands and config does not load the models again.

A GPU worker takes its device from its environment: LocalCUDACluster and `dask cuda worker` give each
worker one GPU through `CUDA_VISIBLE_DEVICES`, so "cuda" means that worker's GPU.
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib
import logging
import threading
from pathlib import Path
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from knockoff.config import MatchConfig
from knockoff.matching.backbone import cuda_driver_present, limit_threads

log = logging.getLogger(__name__)

PLUGIN_NAME = "knockoff-matcher"
DEFAULT_FACTORY = "knockoff.matching.engine:Matcher"
DEFAULT_BRANDS_LOADER = "knockoff.matching.brands:load_brands"

_MATCHERS: dict[str, Any] = {}
_LOCK = threading.Lock()


def resolve_device(device: str) -> str:
    """'cpu', or 'cuda' when asked for (or 'auto') and this process sees a GPU."""
    if device == "cpu" or (device == "auto" and not cuda_driver_present()):
        return "cpu"
    try:
        import torch

        has_cuda = bool(torch.cuda.is_available())
    except Exception:
        has_cuda = False
    if device == "cuda" and not has_cuda:
        raise RuntimeError("device 'cuda' requested but this worker sees no usable GPU")
    return "cuda" if has_cuda else "cpu"


def import_factory(path: str) -> Any:
    """Import `module:attribute` (the class or function that builds a matcher)."""
    module, _, attr = path.partition(":")
    obj: Any = importlib.import_module(module)
    for part in (attr or "Matcher").split("."):
        obj = getattr(obj, part)
    return obj


class MatcherPlugin(WorkerPlugin):
    """Loads brands and builds one matcher per worker process in `setup`."""

    name = PLUGIN_NAME

    def __init__(
        self,
        brands_path: str,
        match_config: MatchConfig,
        device: str = "auto",
        factory: str = DEFAULT_FACTORY,
        brands_loader: str = DEFAULT_BRANDS_LOADER,
    ) -> None:
        self.brands_path = str(brands_path)
        self.match_config = match_config
        self.device = device
        self.factory = factory
        self.brands_loader = brands_loader
        self.brands_digest = hashlib.sha256(Path(self.brands_path).read_bytes()).hexdigest()
        self.matcher: Any = None
        self.resolved_device: str | None = None

    @property
    def key(self) -> str:
        cfg = self.match_config.model_dump_json()
        return hashlib.sha256(
            "\n".join(
                [self.brands_path, self.brands_digest, cfg, self.device, self.factory, self.brands_loader]
            ).encode()
        ).hexdigest()

    def setup(self, worker: Any = None) -> None:
        limit_threads()
        self.matcher = build_matcher(self)
        limit_threads()  # PyTorch, where building the matcher imported it
        self.resolved_device = getattr(self.matcher, "_knockoff_device", None)

    def teardown(self, worker: Any = None) -> None:
        self.matcher = None


def build_matcher(plugin: MatcherPlugin) -> Any:
    """The process-wide matcher for the plugin's key (built on first use)."""
    with _LOCK:
        m = _MATCHERS.get(plugin.key)
        if m is None:
            device = resolve_device(plugin.device)
            brands = import_factory(plugin.brands_loader)(plugin.brands_path)
            factory = import_factory(plugin.factory)
            log.info("building matcher %s on %s", plugin.factory, device)
            m = factory(brands, plugin.match_config, device=device)
            with contextlib.suppress(AttributeError):  # slotted classes
                m._knockoff_device = device
            _MATCHERS.clear()  # one matcher per worker: drop older ones (other brands/config)
            _MATCHERS[plugin.key] = m
        return m


def get_matcher() -> Any:
    """The matcher the plugin built on the worker running the current task."""
    from distributed import get_worker

    worker = get_worker()
    plugin = worker.plugins.get(PLUGIN_NAME)
    if plugin is None:
        raise RuntimeError("MatcherPlugin is not registered on this worker")
    if plugin.matcher is None:
        plugin.setup(worker)
    return plugin.matcher
