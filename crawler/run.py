"""`run_crawl`: crawl sites into the lake's listings and images partitions for one date.

Each site is crawled by one (or, with a shared Redis frontier, several) `crawler.runner`
subprocesses that stage rows as Parquet files; when a site's processes have all finished, its
staged rows are committed to `listings/date=D/site=S` and `images/date=D/site=S` atomically. A
site whose start URLs are all unreachable, or whose crawl process failed, commits nothing; when
no start URL is reachable at all, `CrawlError` is raised. With a job folder, a crawl killed
(even SIGKILL) resumes where it stopped; without one, staging lives in a temporary folder.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.runner import left_markers
from knockoff.crawler.staging import commit_stage
from knockoff.errors import CrawlError, LakeError
from knockoff.extras import require
from knockoff.lake import Lake, check_date, check_site

log = logging.getLogger(__name__)
COUNTS = ("pages", "listings", "images_new", "images_reused", "images_failed", "errors")


@dataclass
class SiteSummary:
    """What one site's crawl did."""

    site: str
    pages: int = 0
    listings: int = 0
    images_new: int = 0
    images_reused: int = 0
    images_failed: int = 0
    errors: int = 0
    refused: int = 0
    resumed_listings: int = 0
    committed: bool = False
    committed_listings: int = 0
    committed_images: int = 0
    finish_reason: str = ""
    error: str | None = None
    unreachable: dict[str, str] = field(default_factory=dict)
    lake_errors: list[str] = field(default_factory=list)  # earlier lake files that could not be read
    workers: int = 1
    worker_results: list[dict[str, Any]] = field(default_factory=list)
    seconds: float = 0.0


@dataclass
class CrawlSummary:
    """Per-site counts of a crawl and its wall time."""

    date: str
    lake: str
    sites: dict[str, SiteSummary] = field(default_factory=dict)
    seconds: float = 0.0

    def totals(self) -> dict[str, int]:
        return {k: sum(getattr(s, k) for s in self.sites.values()) for k in COUNTS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "date": self.date,
            "lake": self.lake,
            "seconds": round(self.seconds, 3),
            "totals": self.totals(),
            "sites": {name: asdict(s) for name, s in self.sites.items()},
        }


@dataclass
class _Job:
    site: SiteConfig
    stage_dir: Path
    job_dir: Path | None
    procs: list[tuple[subprocess.Popen, Path, Path]] = field(default_factory=list)
    started: float = 0.0
    temp: bool = False
    commit: bool = True
    run_dir: Path = field(default_factory=lambda: Path(tempfile.mkdtemp(prefix="knockoff-crawl-run-")))


def _http_cache_dir(lake: Lake, config: CrawlConfig, site: str) -> str | None:
    if not config.http_cache:
        return None
    if config.http_cache_dir:
        return str(Path(config.http_cache_dir) / site)
    if lake.fs.protocol in ("file", ("file", "local")) or "file" in (lake.fs.protocol or ()):
        return f"{lake.path}/cache/http/{site}"
    return None


def _redis_key(site: str, date: str) -> str:
    return f"knockoff:crawl:{site}:{date}"


def reset_frontier(redis_url: str, key: str) -> None:
    """Drop a shared frontier (queue, fingerprints, worker heartbeats) in Redis."""
    import redis

    r = redis.Redis.from_url(redis_url)
    try:
        keys = list(r.scan_iter(f"{key}:*"))
        if keys:
            r.delete(*keys)
    except redis.RedisError as exc:
        raise CrawlError(f"redis {redis_url}: {exc}") from exc
    finally:
        r.close()


def _spawn(job: _Job, spec: dict[str, Any], worker: str) -> None:
    spec = {**spec, "worker": worker, "parent_pid": os.getpid()}  # the runner stops when this process is gone
    spec_path = job.run_dir / f"spec-{worker}.json"
    result = job.run_dir / f"result-{worker}.json"
    result.unlink(missing_ok=True)
    spec["result"] = str(result)
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    log_path = job.run_dir / f"crawl-{worker}.log"
    spec["log_file"] = str(log_path)
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    env = {
        **os.environ,
        "PYTHONPATH": os.pathsep.join(
            [str(Path(__file__).resolve().parents[1]), os.environ.get("PYTHONPATH", "")]
        ).rstrip(os.pathsep),
    }
    with open(job.run_dir / f"stderr-{worker}.txt", "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "knockoff.crawler.runner", str(spec_path)],
            stdout=subprocess.DEVNULL,
            stderr=err,
            env=env,
        )
    job.procs.append((proc, result, job.run_dir / f"stderr-{worker}.txt"))


def _last_line(path: Path) -> str:
    try:
        lines = [x for x in path.read_text(errors="replace").splitlines() if x.strip()]
    except OSError:
        return ""
    return lines[-1].strip()[:300] if lines else ""


def run_crawl(
    sites: list[SiteConfig],
    lake: str,
    date: str,
    config: CrawlConfig,
    *,
    job_dir: str | None = None,
    max_parallel: int | None = None,
    commit: bool = True,
    on_progress: Callable[[dict[str, int]], None] | None = None,
) -> CrawlSummary:
    """Crawl `sites` into `lake` for `date`; one listings and one images partition per site.

    With `config.redis_url`, `config.workers` processes per site share one frontier in Redis, and
    other machines can join the same crawl with `commit=False` (`knockoff crawl --no-commit`) and
    the same `job_dir` on shared storage: they crawl and stage, and the committing run waits for
    every process of the crawl to finish before it makes the partitions visible.
    `on_progress({"pages", "listings", "images"})`, when given, is called about once a second with
    the counts so far (all sites).
    """
    t0 = time.monotonic()
    check_date(date)
    _check_sites(sites, config)
    lk = Lake(lake)
    lk.ensure_writable()
    jobs = _make_jobs(sites, date, config, job_dir or config.job_dir, commit)
    summary = CrawlSummary(date=date, lake=lake)
    _run_jobs(
        jobs, lk, date, config, summary, max_parallel or max(1, os.cpu_count() or 1), commit, on_progress
    )
    summary.seconds = time.monotonic() - t0
    if commit and all(s.unreachable and not s.committed for s in summary.sites.values()):
        first = next(iter(summary.sites.values()))
        url, why = next(iter(first.unreachable.items()))
        raise CrawlError(f"no start URL is reachable (e.g. {url}: {why})")
    return summary


def _check_sites(sites: list[SiteConfig], config: CrawlConfig) -> None:
    """Raise `CrawlError` unless `sites` is a non-empty list of valid, distinctly named sites."""
    if config.redis_url:
        require("redis")
    if not sites:
        raise CrawlError("no sites to crawl")
    from knockoff.crawler.spiders.declarative import validate_site

    for s in sites:
        check_site(s.name)
        if not s.start_urls:
            raise CrawlError(f"site {s.name}: no start URL")
        validate_site(s)
    if len({s.name for s in sites}) != len(sites):
        raise CrawlError("two sites share one name")


def _make_jobs(
    sites: list[SiteConfig], date: str, config: CrawlConfig, job_root: str | None, commit: bool
) -> list[_Job]:
    """One `_Job` per site, staging under `job_root/SITE-DATE` (resumable) or a temporary folder.

    Raises `CrawlError` for `commit=False` without a shared Redis frontier and job folder.
    """
    jobs: list[_Job] = []
    for s in sites:
        if job_root:
            jd = Path(job_root) / f"{s.name}-{date}"
            jd.mkdir(parents=True, exist_ok=True)
            jobs.append(_Job(site=s, stage_dir=jd / "stage", job_dir=jd, commit=commit))
        else:
            jobs.append(
                _Job(
                    site=s,
                    stage_dir=Path(tempfile.mkdtemp(prefix=f"knockoff-crawl-{s.name}-")),
                    job_dir=None,
                    temp=True,
                )
            )
    if not commit and not (job_root and config.redis_url):
        raise CrawlError(
            "--no-commit joins a shared crawl: it needs --redis and a --job-dir on shared storage"
        )
    for j in jobs:
        j.stage_dir.mkdir(parents=True, exist_ok=True)
    return jobs


def _run_jobs(
    jobs: list[_Job],
    lake: Lake,
    date: str,
    config: CrawlConfig,
    summary: CrawlSummary,
    parallel: int,
    commit: bool,
    on_progress: Callable[[dict[str, int]], None] | None,
) -> None:
    """Run `jobs`, at most `parallel` sites at a time, filling `summary.sites` as each finishes.

    On any exception (Ctrl-C included) the running crawl processes are stopped and it is re-raised.
    """
    pending = list(jobs)
    running: list[_Job] = []
    shown = 0.0
    try:
        while pending or running:
            while pending and len(running) < parallel:
                j = pending.pop(0)
                _start(j, lake, date, config)
                running.append(j)
            time.sleep(0.2)
            if on_progress is not None and time.monotonic() - shown >= 1.0:
                shown = time.monotonic()
                on_progress(_live_counts(running, summary))
            for j in list(running):
                if all(p.poll() is not None for p, _, _ in j.procs):
                    running.remove(j)
                    summary.sites[j.site.name] = _finish(j, lake, date, config, commit)
    except BaseException:
        _stop(running)
        raise


def _stop(running: list[_Job]) -> None:
    """Terminate the crawl processes of `running` jobs; kill those still alive after 10 s."""
    for j in running:
        for p, _, _ in j.procs:
            if p.poll() is None:
                p.terminate()
        for p, _, _ in j.procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


def _live_counts(running: list[_Job], summary: CrawlSummary) -> dict[str, int]:
    """Pages, listings and images so far: finished sites' summaries plus running processes' RESULT.progress."""
    n = {"pages": 0, "listings": 0, "images": 0}
    for s in summary.sites.values():
        n["pages"] += s.pages
        n["listings"] += s.listings
        n["images"] += s.images_new + s.images_reused
    for j in running:
        for _, result, _ in j.procs:
            try:
                got = json.loads(result.with_name(result.name + ".progress").read_text(encoding="utf-8"))
            except (OSError, ValueError):
                continue
            for k in n:
                n[k] += int(got.get(k, 0))
    return n


def _others_alive(redis_url: str, key: str) -> bool:
    import redis

    r = redis.Redis.from_url(redis_url)
    try:
        return any(True for _ in r.scan_iter(f"{key}:alive:*"))
    except redis.RedisError as exc:
        raise CrawlError(f"redis {redis_url}: {exc}") from exc
    finally:
        r.close()


def _wait_for_others(redis_url: str, key: str, timeout: float = 3600.0) -> None:
    """Wait until no crawl process of this crawl (on any machine) may still stage rows.

    Raises CrawlError when some are still alive after `timeout` seconds."""
    if not _quiet_within(redis_url, key, timeout, poll=0.5):
        raise CrawlError(f"crawl processes of {key} still running after {timeout:.0f} s")


def _quiet_within(redis_url: str, key: str, seconds: float, poll: float = 0.25) -> bool:
    """True when no crawl process of `key` is alive now or, checking every `poll` seconds for up to
    `seconds`, becomes so."""
    deadline = time.monotonic() + seconds
    while _others_alive(redis_url, key):
        if time.monotonic() >= deadline:
            return False
        time.sleep(poll)
    return True


def _start(job: _Job, lake: Lake, date: str, config: CrawlConfig) -> None:
    job.started = time.monotonic()
    site = job.site
    max_listings = site.max_listings or config.max_listings
    spec: dict[str, Any] = {
        "site": site.model_dump(mode="json"),
        "config": config.model_dump(mode="json"),
        "lake": lake.root,
        "date": date,
        "stage_dir": str(job.stage_dir),
        "job_dir": str(job.job_dir) if job.job_dir else None,
        "http_cache_dir": _http_cache_dir(lake, config, site.name),
        "max_listings": max_listings,
    }
    workers = 1
    if config.redis_url:
        key = _redis_key(site.name, date)
        spec["redis_url"], spec["redis_key"] = config.redis_url, key
        fresh = not any(job.stage_dir.glob("*/part-*.parquet"))
        # a crawl process of this job stopped uncleanly (killed, or forced by a second signal): its
        # marker is left (crawler.runner.process_marker, one per process). The requests it had taken
        # from the shared queue and the pages waiting in its memory are gone while their fingerprints
        # stay, so the frontier is dropped as a job folder's Scrapy state is: the staged rows carry
        # the resume. A killed process's "alive" key outlives it by up to redis_alive_ttl: wait that
        # long for it. Only the committing run resets, so only it waits: a helper (commit=False)
        # sharing the job folder sees the live markers of the run it helps and joins at once.
        if job.commit:
            left = left_markers(job.job_dir) if job.job_dir is not None else []
            quiet = _quiet_within(config.redis_url, key, 1.5 * config.redis_alive_ttl if left else 0.0)
            if (fresh or left) and quiet:
                reset_frontier(config.redis_url, key)  # forget the fingerprints of a night not resumable
                for m in left:  # no process of this crawl is alive: these are the dead ones'
                    m.unlink(missing_ok=True)
        workers = max(1, config.workers)
        if workers > 1:  # keep the site's politeness: the per-domain limit is shared by the processes
            per = max(1, -(-config.concurrent_requests_per_domain // workers))
            spec["config"] = config.model_copy(update={"concurrent_requests_per_domain": per}).model_dump(
                mode="json"
            )
    for i in range(workers):
        _spawn(job, spec, f"w{i}-{uuid.uuid4().hex[:6]}")


def _finish(job: _Job, lake: Lake, date: str, config: CrawlConfig, commit: bool = True) -> SiteSummary:
    """Sum the job's process results into a `SiteSummary`; commit its staged rows when all went well."""
    s = SiteSummary(site=job.site.name, workers=len(job.procs))
    results = _read_results(job, s)
    _add_results(s, results)
    if s.error is None and not commit:
        s.finish_reason = s.finish_reason or "finished"  # staged for the committing run; nothing visible
    elif s.error is None:
        _commit(job, lake, date, config, s)
    elif job.temp:
        shutil.rmtree(job.stage_dir, ignore_errors=True)
    s.seconds = round(time.monotonic() - job.started, 3)
    if s.error is None or s.unreachable:
        shutil.rmtree(job.run_dir, ignore_errors=True)
    else:
        s.error += f" (logs in {job.run_dir})"
    if s.error and not s.unreachable:
        log.error("crawl %s: %s", job.site.name, s.error)
    return s


def _read_results(job: _Job, s: SiteSummary) -> list[dict[str, Any]]:
    """The RESULT dicts of the job's processes that exited cleanly; a failed one sets `s.error`."""
    results = []
    for proc, result, err in job.procs:
        if proc.returncode != 0 or not result.is_file():
            s.error = f"crawl process exited with code {proc.returncode}: {_last_line(err) or 'no output'}"
            continue
        results.append(json.loads(result.read_text(encoding="utf-8")))
    return results


def _add_results(s: SiteSummary, results: list[dict[str, Any]]) -> None:
    """Add the processes' counts to `s`; flag a stopped crawl and a site with no reachable start URL."""
    s.worker_results = [
        {k: r.get(k) for k in ("worker", *COUNTS, "requests", "finish_reason", "seconds")} for r in results
    ]
    for r in results:
        for k in (*COUNTS, "refused"):
            setattr(s, k, getattr(s, k) + int(r.get(k, 0)))
        s.resumed_listings = max(s.resumed_listings, int(r.get("resumed_listings", 0)))
        s.lake_errors = sorted(set(s.lake_errors) | set(r.get("lake_errors", [])))
        s.finish_reason = r.get("finish_reason", "")
    if any(r.get("finish_reason") == "shutdown" for r in results) and s.error is None:
        s.error = "the crawl was stopped before it finished; rerun with the same --job-dir to resume"
    reached = {u for r in results for u in r.get("reached", [])}
    unreachable = {u: why for r in results for u, why in r.get("unreachable", {}).items() if u not in reached}
    if results and not reached and unreachable and not s.resumed_listings:
        s.unreachable = unreachable
        s.error = "no start URL reachable: " + "; ".join(
            f"{u} ({w})" for u, w in list(unreachable.items())[:3]
        )


def _commit(job: _Job, lake: Lake, date: str, config: CrawlConfig, s: SiteSummary) -> None:
    """Commit the job's staged rows to the lake (after every process of a shared crawl), then clean up.

    Raises `LakeError` when the lake cannot be written.
    """
    if config.redis_url:
        _wait_for_others(config.redis_url, _redis_key(job.site.name, date))
    try:
        counts = commit_stage(lake, date, job.site.name, [job.stage_dir], config.row_group_size)
    except OSError as exc:
        raise LakeError(f"cannot commit {job.site.name} to lake {lake.root!r}: {exc}") from exc
    s.committed = True
    s.committed_listings, s.committed_images = counts["listings"], counts["images"]
    if config.redis_url:
        reset_frontier(config.redis_url, _redis_key(job.site.name, date))
    shutil.rmtree(job.job_dir or job.stage_dir, ignore_errors=True)
