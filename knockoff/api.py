"""knockoff's Python API: the nightly stages as plain functions, for notebooks and other programs.

Each function is the stage the command line runs (`knockoff crawl`, `ingest`, `match`, `rank`,
`deliver`), called with a configuration object instead of options. The data flow and the tables
each stage reads and writes are in docs/ARCHITECTURE.md. Heavy libraries (Scrapy, Dask, PyTorch)
are imported inside the functions, so importing this module is cheap.

Errors: every function raises `knockoff.errors.KnockoffError` (or a subclass: `ConfigError`,
`LakeError`, `CrawlError`) with a one-line message on bad input.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from knockoff.config import KnockoffConfig, load_config
from knockoff.lake import today

if TYPE_CHECKING:  # pragma: no cover - names for type hints only
    from knockoff.crawler.run import CrawlSummary
    from knockoff.jobs.night.match import MatchResult

__all__ = ["load_config", "crawl", "ingest", "match", "rank", "deliver"]


def _config(config: KnockoffConfig | str | Path | None) -> KnockoffConfig:
    if config is None:
        return KnockoffConfig()
    if isinstance(config, KnockoffConfig):
        return config
    return load_config(config)


def crawl(
    config: KnockoffConfig | str | Path, date: str | None = None, *, sites: list[str] | None = None
) -> CrawlSummary:
    """Crawl the configured sites into `config.lake` for `date` (YYYY-MM-DD, default today).

    `config`: a KnockoffConfig or the path of a knockoff.yaml. `sites`: names of configured sites
    to crawl (default: all). Writes one `listings` and one `images` partition per site (atomic);
    returns the per-site counts (`CrawlSummary`, `.to_dict()` for JSON). Raises CrawlError when no
    site is given or none is reachable, LakeError on a bad date or an unwritable lake.
    """
    from knockoff.crawler.run import run_crawl
    from knockoff.errors import ConfigError

    cfg = _config(config)
    chosen = cfg.sites if sites is None else [s for s in cfg.sites if s.name in set(sites)]
    unknown = sorted(set(sites or []) - {s.name for s in cfg.sites})
    if unknown:
        raise ConfigError(f"site(s) not in the configuration: {', '.join(unknown)}")
    return run_crawl(chosen, cfg.lake, date or today(), cfg.crawl)


def ingest(
    images_dir: str | Path,
    lake: str,
    site: str,
    date: str | None = None,
    metadata_csv: str | Path | None = None,
) -> dict[str, Any]:
    """Bring a folder of images (and optional listings CSV) into `lake` for (`date`, `site`).

    Images are validated and stored once by SHA-256; one listing per image, or the rows of
    `metadata_csv`. Returns counts (`listings`, `images`, ...). Raises ConfigError when the folder
    or the CSV is unusable, LakeError on a bad date or site name.
    """
    from knockoff.crawler.ingest import ingest as _ingest

    return _ingest(images_dir, lake, site, date or today(), metadata_csv)


def match(
    config: KnockoffConfig | str | Path,
    date: str | list[str],
    *,
    run_dir: str | None = None,
    run_id: str | None = None,
    client: Any = None,
) -> MatchResult:
    """Match a night's images against `config.brands` on Dask and fuse candidates into a run folder.

    `date`: one YYYY-MM-DD, a `D1..D2` range or a list of dates. `run_dir`: the run folder
    (default LAKE/runs/RUN_ID). `client`: an existing `distributed.Client` (default: a cluster
    from `config.cluster`, a LocalCluster unless configured). Writes detections.parquet,
    candidates.parquet, errors.parquet and manifest.json; returns a `MatchResult` (run_id,
    run_dir, counts).
    """
    from knockoff.jobs.night.match import expand_dates, run_match

    cfg = _config(config)
    dates = [d for spec in ([date] if isinstance(date, str) else date) for d in expand_dates(spec)]
    return run_match(cfg.lake, dates, cfg.brands, cfg, out_dir=run_dir, run_id=run_id, client=client)


def rank(
    run_dir: str, lake: str | None = None, date: str | None = None, brands: str | None = None
) -> dict[str, Any]:
    """The rank stage: the run's candidates + listing history + brand feedback -> RUN_DIR/ranked.parquet.

    `lake`: the lake root (default: the one in the run's manifest). `brands`: brands.yaml for the
    authorised-seller lists (default: the run's). Returns counts per brand, new tonight, feedback
    effects. Raises KnockoffError when `run_dir` is not a run folder or the lake folder does not exist
    (nothing is created there).
    """
    from knockoff.errors import KnockoffError
    from knockoff.jobs.night.rank import rank_run
    from knockoff.jobs.records.rundir import RunDir
    from knockoff.lake import check_lake

    root = lake or RunDir(run_dir).lake()
    if not root:
        raise KnockoffError(f"{run_dir}: cannot tell which lake it read; pass lake=")
    return rank_run(
        run_dir,
        check_lake(root, "" if lake else "the lake the run's manifest names; pass lake="),
        date,
        brands,
    )


def deliver(
    run_dir: str,
    lake: str | None = None,
    brands: Any = None,
    config: KnockoffConfig | str | Path | None = None,
) -> dict[str, Any]:
    """Write each brand's deliverables (the outputs of `config.deliver.outputs`) and RUN_DIR/index.html.

    `brands`: brand names, a brands.yaml path, or None (the run's brands). Returns per-brand counts
    and paths (`{"run_id", "brands": {name: {"candidates", "new", "dir", "report"}}, "index"}`).
    """
    from knockoff.jobs.delivery.deliver import deliver as _deliver

    return _deliver(run_dir, lake, brands, _config(config))
