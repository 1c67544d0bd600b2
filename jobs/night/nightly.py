"""`knockoff nightly`: crawl -> match -> rank -> deliver for one date, idempotent and resumable.

Each night is a run folder `RUNS/night-DATE/` (RUNS = config.runs or LAKE/runs) whose manifest
records every stage's status (`running`, `done`, `failed`) with its counts and timings. A rerun of
the same date skips stages that are done and resumes an interrupted one: the crawl recrawls only
sites whose partition for the date is missing, matching computes only images not in the
detection cache (per image SHA-256 and model version), rank and deliver are cheap and atomic.
`--force STAGE` redoes that stage and the stages after it (they consumed its output);
`--stage STAGE` runs a single stage (for schedulers that run stages as separate tasks).
A rerun whose configuration or brands file differs from the one its done match stage ran with is
refused (exit 2, pointing to `--force match`) rather than keeping stale results; a brands file the
loader refuses fails before the crawl.
A lock keeps two processes from running the same date at once.

Exit codes (for schedulers): 0 ok; 2 bad input or configuration; 75 another run of this date
holds the lock (retry later); 1 a stage failed. Every failure is one line on stderr; the full
log is in RUN_DIR/nightly.log. A successful night prints one summary line.
"""

from __future__ import annotations

import argparse
import contextlib
import contextvars
import hashlib
import logging
import os
import sys
import time
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from knockoff.config import KnockoffConfig, load_config
from knockoff.errors import ConfigError, KnockoffError
from knockoff.jobs.records.lock import NightLock
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import Lake, check_date, today

log = logging.getLogger(__name__)

STAGES = ("crawl", "networks", "match", "rank", "deliver")
DONE, RUNNING, FAILED = "done", "running", "failed"

Progress = Callable[[str, str, dict[str, Any]], None]  # (stage, event: start|skip|done|fail|progress, info)
# The running night's progress callback, for stages that report while they run ("progress" events:
# crawl {pages, listings, images}, match {done, total} images).
_PROGRESS: contextvars.ContextVar[Progress | None] = contextvars.ContextVar(
    "knockoff_night_progress", default=None
)


def _reporter(stage: str) -> Callable[[dict[str, Any]], None] | None:
    progress = _PROGRESS.get()
    return None if progress is None else (lambda info: progress(stage, "progress", info))


class StageFailed(KnockoffError):
    """A stage raised an unexpected error (the night stops; a rerun resumes from that stage)."""

    exit_code = 1


@dataclass
class NightResult:
    """What a night did: per-stage status and info, the run folder, a summary line."""

    date: str
    run_id: str
    run_dir: str
    stages: dict[str, dict[str, Any]] = field(default_factory=dict)
    ran: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    seconds: float = 0.0
    summary: str = ""


def night_run_id(date: str) -> str:
    return f"night-{check_date(date)}"


def runs_root(cfg: KnockoffConfig) -> str:
    return (cfg.runs or (cfg.lake.rstrip("/") + "/runs")).rstrip("/")


def lock_path(run_root: str, date: str) -> Path:
    """A local lock file: beside the runs when they are local, else in the user's cache folder."""
    if "://" not in run_root or run_root.startswith("file://"):
        return Path(run_root.removeprefix("file://")) / ".locks" / f"night-{date}.lock"
    digest = hashlib.sha256(run_root.encode()).hexdigest()[:16]
    cache = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "knockoff" / "locks"
    return cache / f"{digest}-night-{date}.lock"


# ---- manifest stages --------------------------------------------------------------------------


def _manifest(run_dir: str):
    from knockoff.jobs.records.manifest import Manifest

    return Manifest.load_or_create(run_dir)


def stage_status(run_dir: str) -> dict[str, dict[str, Any]]:
    """The stages recorded in the run's manifest ({} for a new night)."""
    m = RunDir(run_dir).manifest()
    stages = m.get("stages")
    return {k: v for k, v in stages.items() if isinstance(v, dict)} if isinstance(stages, dict) else {}


def mark_stage(run_dir: str, name: str, status: str, **info: Any) -> None:
    m = _manifest(run_dir)
    m.mark_stage(name, status, **info)


# ---- the stages -------------------------------------------------------------------------------


def _crawl(cfg: KnockoffConfig, date: str, run_dir: str, forced: bool) -> dict[str, Any]:
    from knockoff.crawler.run import run_crawl

    done = set(Lake(cfg.lake).sites("listings", date)) if not forced else set()
    todo = [s for s in cfg.sites if s.name not in done]
    info: dict[str, Any] = {"sites": [s.name for s in cfg.sites], "sites_already_crawled": sorted(done)}
    if todo:
        summary = run_crawl(todo, cfg.lake, date, cfg.crawl, on_progress=_reporter("crawl"))
        info["crawl"] = summary.to_dict()
    return info


def _match(cfg: KnockoffConfig, date: str, run_dir: str, forced: bool) -> dict[str, Any]:
    from knockoff.jobs.night.match import run_match

    lake = Lake(cfg.lake)
    missing = [s.name for s in cfg.sites if s.name not in lake.sites("listings", date)]
    if not lake.sites("listings", date):
        raise KnockoffError(f"no listings in the lake for {date}: run the crawl stage first")
    if missing:
        log.warning("match %s: no listings for site(s) %s", date, ", ".join(missing))
    report = _reporter("match")
    res = run_match(
        cfg.lake,
        [date],
        cfg.brands,
        cfg,
        out_dir=run_dir,
        run_id=night_run_id(date),
        progress=(lambda done, total: report({"done": done, "total": total})) if report else False,
    )
    return {"counts": dict(res.counts)}


def _networks(cfg: KnockoffConfig, date: str, run_dir: str, forced: bool) -> dict[str, Any]:
    from knockoff.jobs.night.networks import run_networks

    return run_networks(cfg, date)


def _rank(cfg: KnockoffConfig, date: str, run_dir: str, forced: bool) -> dict[str, Any]:
    from knockoff.jobs.night.rank import rank_run

    return rank_run(run_dir, cfg.lake, date, cfg.brands, cfg.networks.rank_boost)


def _deliver(cfg: KnockoffConfig, date: str, run_dir: str, forced: bool) -> dict[str, Any]:
    from knockoff.jobs.delivery.deliver import deliver

    res = deliver(run_dir, cfg.lake, cfg.brands, cfg)
    return {
        "brands": {k: {"candidates": v["candidates"], "new": v["new"]} for k, v in res["brands"].items()},
        "index": res["index"],
    }


STAGE_FUNCS: dict[str, Callable[[KnockoffConfig, str, str, bool], dict[str, Any]]] = {
    "crawl": _crawl,
    "match": _match,
    "networks": _networks,
    "rank": _rank,
    "deliver": _deliver,
}


# ---- the night --------------------------------------------------------------------------------


@contextlib.contextmanager
def _night_log(run_dir: str) -> Iterator[None]:
    """Also log INFO and above to RUN_DIR/nightly.log (local run folders)."""
    if "://" in run_dir and not run_dir.startswith("file://"):
        yield
        return
    path = Path(run_dir.removeprefix("file://")) / "nightly.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    try:
        yield
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


@contextlib.contextmanager
def _progress_scope(progress: Progress | None) -> Iterator[None]:
    token = _PROGRESS.set(progress)
    try:
        yield
    finally:
        _PROGRESS.reset(token)


def run_nightly(
    cfg: KnockoffConfig,
    date: str | None = None,
    force: list[str] | tuple[str, ...] = (),
    stage: str | None = None,
    progress: Progress | None = None,
) -> NightResult:
    """Run (or resume) the night for `date`. Raises KnockoffError (one line) on failure."""
    date = check_date(date or today())
    for s in [*force, *([stage] if stage else [])]:
        if s not in STAGES:
            raise KnockoffError(f"unknown stage {s!r}: use one of {', '.join(STAGES)}")
    root = runs_root(cfg)
    run_id = night_run_id(date)
    run_dir = f"{root}/{run_id}"
    res = NightResult(date=date, run_id=run_id, run_dir=run_dir)
    Lake(cfg.lake).ensure_writable()
    t0 = time.monotonic()
    wanted = [stage] if stage else list(STAGES)
    first_forced = min((STAGES.index(s) for s in force), default=len(STAGES))
    preflight(cfg, wanted)
    with (
        NightLock(lock_path(root, date), what=f"the night of {date}"),
        _night_log(run_dir),
        _progress_scope(progress),
    ):
        log.info("night %s: run %s, stages %s, force %s", date, run_dir, wanted, list(force))
        match_forced = "match" in force or (stage is None and first_forced <= STAGES.index("match"))
        if not match_forced and {"match", "rank", "deliver"} & set(wanted):
            check_unchanged(cfg, date, run_dir)
        for name in wanted:
            status = stage_status(run_dir)
            forced = name in force or (stage is None and STAGES.index(name) >= first_forced)
            if status.get(name, {}).get("status") == DONE and not forced:
                res.skipped.append(name)
                res.stages[name] = status[name]
                if progress:
                    progress(name, "skip", status[name])
                continue
            before = STAGES[: STAGES.index(name)]
            missing = [b for b in before if status.get(b, {}).get("status") != DONE]
            if stage and missing:
                raise KnockoffError(f"stage {name} needs stage(s) {', '.join(missing)} done for {date} first")
            info = _run_stage(cfg, date, run_dir, name, forced, progress)
            _record_done(res, name, info, progress)
        res.seconds = time.monotonic() - t0
        res.summary = summary_line(cfg, res)
        log.info("%s", res.summary)
    return res


def _run_stage(
    cfg: KnockoffConfig, date: str, run_dir: str, name: str, forced: bool, progress: Progress | None
) -> dict[str, Any]:
    """Run stage `name`, marked running then (on error) failed in the manifest; returns its info with
    `seconds`. A KnockoffError passes through; any other error is logged with its traceback and
    raised as StageFailed (one line)."""
    if progress:
        progress(name, "start", {})
    mark_stage(run_dir, name, RUNNING, pid=os.getpid())
    ts = time.monotonic()
    try:
        info = STAGE_FUNCS[name](cfg, date, run_dir, forced)
    except KnockoffError as exc:
        mark_stage(run_dir, name, FAILED, error=str(exc))
        if progress:
            progress(name, "fail", {"error": str(exc)})
        raise
    except Exception as exc:
        log.error("stage %s failed:\n%s", name, traceback.format_exc())
        line = " ".join(f"{type(exc).__name__}: {exc}".split())[:300]
        mark_stage(run_dir, name, FAILED, error=line)
        if progress:
            progress(name, "fail", {"error": line})
        raise StageFailed(f"stage {name} failed for {date}: {line} (log: {run_dir}/nightly.log)") from exc
    return {**info, "seconds": round(time.monotonic() - ts, 2)}


def _record_done(res: NightResult, name: str, info: dict[str, Any], progress: Progress | None) -> None:
    """Mark stage `name` done in the manifest and in `res`, restoring the records of this run's earlier
    stages when the stage rewrote the manifest (matching writes a whole new one)."""
    now = stage_status(res.run_dir)
    for earlier, rec in res.stages.items():
        if now.get(earlier, {}).get("status") != rec.get("status"):
            mark_stage(res.run_dir, earlier, **rec)
    mark_stage(res.run_dir, name, DONE, **info)
    res.ran.append(name)
    res.stages[name] = {"status": DONE, **info}
    log.info("stage %s done in %.1fs", name, info["seconds"])
    if progress:
        progress(name, "done", info)


def preflight(cfg: KnockoffConfig, stages: list[str]) -> None:
    """Fail with one line (ConfigError) before anything runs when the configuration cannot work: no sites
    to crawl, no brands file; and, when the stages to run include the crawl or networks stage before those
    reading the brands, a brands file the project's loader refuses (a missing mark file, a mistyped key),
    found now rather than after hours of crawling."""
    if "crawl" in stages and not cfg.sites:
        raise ConfigError("no sites configured: add 'sites:' or 'sites_file:' to knockoff.yaml")
    local_brands = "://" not in cfg.brands
    if {"match", "deliver"} & set(stages) and local_brands and not Path(cfg.brands).is_file():
        raise ConfigError(f"brands file not found: {cfg.brands}")
    if {"crawl", "networks"} & set(stages) and {"match", "rank", "deliver"} & set(stages) and local_brands:
        from knockoff.matching.brands import load_brands

        load_brands(cfg.brands)


def check_unchanged(cfg: KnockoffConfig, date: str, run_dir: str) -> None:
    """Refuse (KnockoffError, one line) to go on with a night whose match stage is done under another
    configuration: its manifest's `results_config_hash` (or, in runs made before it was recorded, its
    `config_hash`) or brands file SHA-256 differs from `cfg`'s. Keeping those results would pass stale
    candidates off as tonight's; `--force match` redoes matching and the stages after it. Nothing to
    compare (a new night, match not done, an older manifest without the field) passes."""
    from knockoff.jobs.night.match import brands_sha256, results_config_hash

    if stage_status(run_dir).get("match", {}).get("status") != DONE:
        return
    m = RunDir(run_dir).manifest()
    diffs = []
    if isinstance(m.get("results_config_hash"), str):
        old, new = m["results_config_hash"], results_config_hash(cfg)
        if old != new:
            diffs.append(f"results_config_hash {old} (now {new})")
    elif isinstance(m.get("config_hash"), str) and m["config_hash"] != cfg.config_hash():
        diffs.append(f"config_hash {m['config_hash']} (now {cfg.config_hash()})")
    brands = m.get("brands") if isinstance(m.get("brands"), dict) else {}
    old_b = brands.get("sha256")
    if isinstance(old_b, str) and old_b != (new_b := brands_sha256(cfg.brands)):
        diffs.append(f"brands file sha256 {old_b[:16]} (now {(new_b or 'unreadable')[:16]})")
    if diffs:
        raise KnockoffError(
            f"the night of {date} was matched with another configuration: {'; '.join(diffs)}; "
            "its results would be stale: rerun with --force match to redo matching and the stages after it"
        )


def summary_line(cfg: KnockoffConfig, res: NightResult) -> str:
    """One line for the scheduler's log: listings, new images, images computed, candidates per brand."""
    lake = Lake(cfg.lake)
    listings = sum(_rows_in(lake, "listings", res.date))
    new_images = sum(_rows_in(lake, "images", res.date))
    counts = stage_status(res.run_dir).get("match", {}).get("counts", {}) or {}
    computed = counts.get("images_computed", "?")
    brands = stage_status(res.run_dir).get("deliver", {}).get("brands", {}) or {}
    per_brand = " ".join(f"{k}={v.get('candidates', 0)}" for k, v in sorted(brands.items())) or "-"
    ran = ",".join(res.ran) or "nothing (all stages done)"
    return (
        f"night {res.date}: ran {ran}; listings {listings}, new images {new_images}, "
        f"images computed {computed}; candidates {per_brand}; {res.seconds:.1f}s; {res.run_dir}"
    )


def _rows_in(lake: Lake, table: str, date: str) -> Iterator[int]:
    """Row counts of a date's partitions, from Parquet footers (no data read)."""
    import pyarrow.parquet as pq

    for f in lake.files(table, date):
        yield pq.ParquetFile(f, filesystem=lake.fs).metadata.num_rows


# ---- command line -----------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "nightly",
        help="run the night: crawl, match, rank, deliver (idempotent, resumable)",
        description="Run crawl -> match -> rank -> deliver for one date into RUNS/night-DATE/. A rerun of "
        "the same date skips stages that are done and resumes an interrupted one. Exit codes: 0 ok, "
        "2 bad input, 75 this date is already running (lock), 1 a stage failed.",
    )
    p.add_argument("--config", required=True, help="knockoff.yaml (lake, brands, sites, crawl/match/cluster)")
    p.add_argument("--date", help="night to run, YYYY-MM-DD (default: today)")
    p.add_argument(
        "--force",
        action="append",
        default=[],
        choices=STAGES,
        metavar="STAGE",
        help="redo STAGE (and the stages after it) even if done; repeatable. "
        "Example: --force rank after importing feedback",
    )
    p.add_argument(
        "--stage",
        choices=STAGES,
        help="run only this stage (its earlier stages must be done); for schedulers running stages as tasks",
    )
    p.add_argument(
        "--quiet", action="store_true", help="print nothing on success, no progress (errors still one line)"
    )
    p.set_defaults(handler=_cmd_nightly)


def _cmd_nightly(args: argparse.Namespace) -> int:
    from knockoff.jobs.console import StageDisplay, console, stage_brief

    cfg = load_config(args.config)
    display = None if args.quiet else StageDisplay(args.date or today(), brief=stage_brief)
    try:
        res = run_nightly(cfg, args.date, force=args.force, stage=args.stage, progress=display)
    finally:
        if display is not None:
            display.close()
    if not args.quiet:
        console().print(res.summary, markup=False)
    sys.stdout.flush()
    return 0
