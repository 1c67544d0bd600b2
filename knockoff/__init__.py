"""knockoff: find counterfeit and trademark-infringing marketplace listings; rank them per brand.

The Python API (the stages the `knockoff` command line runs, as functions):

- `load_config(path)` -> `KnockoffConfig`: read and validate a knockoff.yaml.
- `crawl(config, date)`: Scrapy crawl of the configured sites into the lake.
- `ingest(images_dir, lake, site, date)`: a folder of images (and listings CSV) into the lake.
- `match(config, date)`: Dask logo/text/price matching of a night -> a run folder with candidates.
- `rank(run_dir)`: candidates + history + brand feedback -> ranked.parquet.
- `deliver(run_dir, config=...)`: per-brand CSV / Parquet / HTML outputs and the run index.
- `Matcher(brands, config)`: the image matcher itself (`Matcher.detect(images_table)`).

Types live in their modules: `knockoff.config.KnockoffConfig` (and its sections),
`knockoff.lake.Lake`, `knockoff.errors.KnockoffError` (what every function raises on bad input).

Names are imported on first use (PEP 562), so `import knockoff` loads no Scrapy, Dask or PyTorch.
Packages: `knockoff.crawler`, `knockoff.matching`, `knockoff.cluster`, `knockoff.jobs`; the data
flow and contracts are in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> "module:attribute"
_LAZY = {
    "load_config": "knockoff.config:load_config",
    "crawl": "knockoff.api:crawl",
    "ingest": "knockoff.api:ingest",
    "match": "knockoff.api:match",
    "rank": "knockoff.api:rank",
    "deliver": "knockoff.api:deliver",
    "Matcher": "knockoff.matching.engine:Matcher",
}

__all__ = ["__version__", "load_config", "crawl", "ingest", "match", "rank", "deliver", "Matcher"]

if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from knockoff.api import crawl, deliver, ingest, match, rank
    from knockoff.config import load_config
    from knockoff.matching.engine import Matcher


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'knockoff' has no attribute {name!r}")
    module, attr = target.split(":")
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value  # later lookups skip __getattr__
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_LAZY})
