"""Optional features, the pip extra that installs each, and a one-line error when one is missing.

`pip install knockoff` installs what crawling, matching on CPU and delivery need. The rest are
extras (pyproject.toml `[project.optional-dependencies]`); `dev` includes every one the demo and
the test suite use.
"""

from __future__ import annotations

import importlib.util

from knockoff.errors import ConfigError

# extra -> (modules it provides, what it is for)
EXTRAS: dict[str, tuple[tuple[str, ...], str]] = {
    "redis": (("redis", "scrapy_redis"), "the shared Redis crawl frontier (crawl.redis_url, --redis)"),
    "ocr": (("rapidocr",), "reading brand names inside images (match.ocr)"),
    "gpu": (("dask_cuda", "pynvml"), "GPU matching with one Dask worker per GPU (cluster.gpu)"),
    "cluster": (("dask_jobqueue", "dask_kubernetes"), "SLURM and Kubernetes clusters (cluster.kind)"),
}


def missing(extra: str) -> list[str]:
    """The modules of `extra` that cannot be imported here."""
    modules, _ = EXTRAS[extra]
    return [m for m in modules if importlib.util.find_spec(m) is None]


def require(extra: str, alternative: str = "") -> None:
    """Raise a one-line ConfigError naming the pip extra when a module of `extra` is missing.

    `alternative`: how to do without it, e.g. "or set match.ocr: false".
    """
    gone = missing(extra)
    if gone:
        _, what = EXTRAS[extra]
        tail = f" ({alternative})" if alternative else ""
        raise ConfigError(f"{what} needs {', '.join(gone)}: pip install 'knockoff[{extra}]'{tail}")
