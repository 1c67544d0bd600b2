"""One crawl process: `python -m knockoff.crawler.runner SPEC.json`.

Runs one Scrapy CrawlerProcess for one site (a fresh process per crawl: Twisted/asyncio reactors
cannot restart, and a crashed or killed crawl cannot take its caller down). Rows are staged as
Parquet files (crawler.staging); the caller (crawler.run) commits them to the lake. The process
writes a JSON result (counts, reachability, finish reason) to `spec["result"]`.
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.lake import Lake

if TYPE_CHECKING:
    from knockoff.crawler.state import CrawlState

log = logging.getLogger("knockoff.crawler.runner")


def _spider_class(site: SiteConfig) -> type:
    if site.spider == "declarative":
        from knockoff.crawler.spiders.declarative import DeclarativeSpider

        return DeclarativeSpider
    from knockoff.crawler.spiders.generic import GenericProductSpider

    return GenericProductSpider


def process_marker(job_dir: str | Path, worker: str) -> Path:
    """The marker file of one crawl process in a job folder: `running/WORKER.pid`, holding its pid.

    Written when the process starts, removed when its spider closes; one per process, so processes
    sharing a job folder (`--workers N`, helpers on other machines) each leave their own."""
    return Path(job_dir) / "running" / f"{worker}.pid"


def left_markers(job_dir: str | Path) -> list[Path]:
    """Markers in `job_dir` of crawl processes that did not stop cleanly, or are still running
    (and `running.pid`, the single marker job folders of earlier versions had)."""
    legacy = Path(job_dir) / "running.pid"
    return sorted((Path(job_dir) / "running").glob("*.pid")) + ([legacy] if legacy.exists() else [])


def _prepare_jobdir(job_dir: str | None, worker: str, shared: bool) -> str | None:
    """Scrapy JOBDIR for a clean pause/resume, and this process's marker (`process_marker`).

    After a hard kill (a marker left behind) the JOBDIR's queue and fingerprints are not
    trustworthy, so they are dropped; the staged rows carry the resume. With a shared Redis
    frontier (`shared`) there is no JOBDIR and other processes' markers may be live: the committing
    run reads them (crawler.run._start)."""
    if not job_dir:
        return None
    scrapy_dir = Path(job_dir) / "scrapy"
    left = [] if shared else left_markers(job_dir)
    if left:
        log.warning("previous crawl in %s did not stop cleanly: resuming from its staged rows", job_dir)
        shutil.rmtree(scrapy_dir, ignore_errors=True)
        for m in left:
            m.unlink(missing_ok=True)
    scrapy_dir.mkdir(parents=True, exist_ok=True)
    marker = process_marker(job_dir, worker)
    marker.parent.mkdir(parents=True, exist_ok=True)
    marker.write_text(str(os.getpid()))
    return str(scrapy_dir)


def _spider_closed(crawler: Any) -> list[str]:
    """A list that gets the close reason when Scrapy closes the spider (signal spider_closed).

    It stays empty after a forced stop (a second SIGTERM / SIGINT): the engine stops without closing
    the spider, so Scrapy neither records a finish reason nor saves the JOBDIR queue (its
    `requests.queue/active.json` is written when the scheduler closes) while the seen fingerprints
    (`requests.seen`) are on disk. Such a crawl did not finish: its result reads "shutdown" as a
    single SIGTERM's does (not committed; a rerun resumes it), and its marker (`process_marker`) is left
    so the rerun drops that JOBDIR and resumes from the staged rows, as after a hard kill.
    """
    from scrapy import signals

    reasons: list[str] = []

    def closed(spider: Any, reason: str) -> None:
        reasons.append(reason)

    crawler.signals.connect(closed, signal=signals.spider_closed, weak=False)
    return reasons


class _Alive:
    """A Redis key saying "this crawl process may still stage rows", refreshed by a thread every
    third of `ttl` seconds (CrawlConfig.redis_alive_ttl): a process killed without cleaning up
    holds the commit back for at most `ttl` seconds."""

    def __init__(self, url: str, key: str, worker: str, ttl: float) -> None:
        import threading

        import redis

        self.r = redis.Redis.from_url(url)
        self.key = f"{key}:alive:{worker}"
        self.ttl_ms = max(1, round(ttl * 1000))
        self.done = threading.Event()
        self.r.set(self.key, b"1", px=self.ttl_ms)
        self.thread = threading.Thread(target=self._beat, daemon=True)
        self.thread.start()

    def _beat(self) -> None:
        while not self.done.wait(self.ttl_ms / 3000):
            try:
                self.r.set(self.key, b"1", px=self.ttl_ms)
            except Exception:  # Redis briefly away: the key expires, the crawl goes on
                log.warning("cannot refresh %s", self.key)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()
        self.r.delete(self.key)


class _LiveCounts:
    """Writes RESULT.progress ({pages, listings, images} so far) every second while the crawl runs,
    for the parent's progress display (crawler.run.run_crawl's `on_progress`)."""

    def __init__(self, crawler: Any, result: str | None) -> None:
        import threading

        self.crawler, self.done = crawler, threading.Event()
        self.path = Path(result + ".progress") if result else None
        self.thread = threading.Thread(target=self._loop, daemon=True)
        if self.path:
            self.thread.start()

    def _loop(self) -> None:
        while not self.done.wait(1.0):
            stats = self.crawler.stats.get_stats() if self.crawler.stats else {}
            n = {k: int(stats.get(f"knockoff/{k}", 0) or 0) for k in ("pages", "listings", "images_new")}
            n["images"] = n.pop("images_new") + int(stats.get("knockoff/images_reused", 0) or 0)
            tmp = self.path.with_name(self.path.name + ".tmp")
            try:
                tmp.write_text(json.dumps(n), encoding="utf-8")
                os.replace(tmp, self.path)
            except OSError:  # only the display misses an update
                pass

    def stop(self) -> None:
        self.done.set()
        if self.thread.is_alive():
            self.thread.join()


class _Watchdog:
    """Ends a crawl process that would otherwise never end, by Scrapy's own shutdown signal (a
    SIGTERM to itself: the first asks Scrapy to stop gracefully, the next forces it, "Send again to
    force"); polls every `period` seconds.

    - Its spider closed (`closed`, `_spider_closed`) but Scrapy is still running `grace` seconds
      later. Scrapy 2.19 (AsyncCrawlerProcess): a SIGTERM that arrives after "Spider opened" and
      before the engine runs sets `crawling` off without stopping the engine, so when the spider
      closes, the engine's stop never comes and `process.start()` waits forever. Seen in a test
      run: a `knockoff crawl` killed with its process group left its runner idle for 20 minutes
      (tests/crawler/test_runner_watchdog.py).
    - The process that started it (`parent`, crawler.run, which alone commits the staged rows) is
      gone: nobody will read this crawl's result, so it stops gracefully (the rows it staged and,
      with a job folder, Scrapy's JOBDIR stay for the rerun), forced `grace` + `download_timeout`
      seconds later if still running.
    """

    def __init__(self, closed: list[str], parent: int, grace: float, download_timeout: float) -> None:
        import threading

        self.closed, self.parent = closed, parent
        self.grace, self.parent_grace = grace, grace + download_timeout
        self.done = threading.Event()
        self.thread = threading.Thread(target=self._watch, name="knockoff-crawl-watchdog", daemon=True)
        self.thread.start()

    def _watch(self, period: float = 0.5) -> None:
        closed_at = orphaned_at = None
        while not self.done.wait(period):
            now = time.monotonic()
            if self.closed and closed_at is None:
                closed_at = now
            if orphaned_at is None and os.getppid() != self.parent:
                log.warning("the process that started this crawl (pid %d) is gone: stopping", self.parent)
                orphaned_at = now
                os.kill(os.getpid(), signal.SIGTERM)
            late = (closed_at is not None and now - closed_at > self.grace) or (
                orphaned_at is not None and now - orphaned_at > self.parent_grace
            )
            if late:
                log.warning(
                    "Scrapy did not end after its spider closed or was asked to stop: forcing the stop"
                )
                closed_at = orphaned_at = now  # the next signal, if needed, a grace later
                os.kill(os.getpid(), signal.SIGTERM)

    def stop(self) -> None:
        self.done.set()
        self.thread.join()


def run(spec: dict[str, Any]) -> dict[str, Any]:
    from scrapy.crawler import AsyncCrawlerProcess

    from knockoff.crawler.settings import scrapy_settings
    from knockoff.crawler.staging import StageWriter
    from knockoff.crawler.state import load_state

    t0 = time.monotonic()
    site = SiteConfig.model_validate(spec["site"])
    config = CrawlConfig.model_validate(spec["config"])
    lake = Lake(spec["lake"])
    stage_dir = Path(spec["stage_dir"])
    stage = StageWriter(stage_dir, worker=spec.get("worker", "w0"), row_group_size=config.row_group_size)
    state = load_state(lake, site.name, spec["date"], stage, [stage_dir])
    scrapy_job = _prepare_jobdir(spec.get("job_dir"), spec.get("worker", "w0"), bool(spec.get("redis_url")))
    settings = scrapy_settings(
        config,
        job_dir=scrapy_job,
        http_cache_dir=spec.get("http_cache_dir"),
        log_file=spec.get("log_file"),
        redis_url=spec.get("redis_url"),
        redis_key=spec.get("redis_key"),
        max_listings=spec.get("max_listings"),
        render=site.render,
    )
    alive = (
        _Alive(spec["redis_url"], spec["redis_key"], spec.get("worker", "w0"), config.redis_alive_ttl)
        if spec.get("redis_url")
        else None
    )
    process = AsyncCrawlerProcess(settings)
    crawler = process.create_crawler(_spider_class(site))
    crawler.knockoff_state = state  # type: ignore[attr-defined]
    process.crawl(crawler, site=site.model_dump(mode="json"), sitemaps=config.sitemaps)
    live = _LiveCounts(crawler, spec.get("result"))
    closed = _spider_closed(crawler)
    watchdog = _Watchdog(
        closed, spec.get("parent_pid") or os.getppid(), config.shutdown_grace, config.download_timeout
    )
    process.start()
    watchdog.stop()
    live.stop()
    stage.close()
    if alive is not None:
        alive.stop()  # only now: everything this process staged is on disk
    if spec.get("job_dir") and closed:  # a forced stop leaves the marker: the rerun drops the JOBDIR
        process_marker(spec["job_dir"], spec.get("worker", "w0")).unlink(missing_ok=True)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    if not closed:
        stats["finish_reason"] = "shutdown"
    return _result(site.name, spec.get("worker", "w0"), stats, state, time.monotonic() - t0)


_SKIPS = (
    "knockoff.crawler.middlewares.AlreadyStored",
    "knockoff.crawler.middlewares.MaxListingsReached",
    "knockoff.crawler.middlewares.PageLimitReached",
    "knockoff.crawler.safety.RefusedRequest",
)


def _result(
    site: str, worker: str, stats: dict[str, Any], state: CrawlState, seconds: float
) -> dict[str, Any]:
    """The crawl process's JSON result from Scrapy's `stats` and the crawl `state`: counts, reachability, finish reason; `seconds` the crawl's wall time."""

    def n(key: str) -> int:
        return int(stats.get(key, 0) or 0)

    # requests knockoff itself skips on purpose (an image already stored, the listing or page limit reached,
    # a refused address: counted apart as `refused`) are no errors: a healthy crawl stopped by --max-listings
    # read "errors": 4 (a user audit, stop 68)
    skipped = sum(n(f"downloader/exception_type_count/{name}") for name in _SKIPS)
    errors = (
        n("downloader/exception_count")
        - skipped
        + n("httperror/response_ignored_count")
        + n("knockoff/refused")
        + n("knockoff/extract_errors")
        + n("spider_exceptions/count")
        + len(state.lake_errors)
    )
    return {
        "site": site,
        "worker": worker,
        "pages": n("knockoff/pages"),
        "listings": n("knockoff/listings"),
        "images_new": n("knockoff/images_new"),
        "images_reused": n("knockoff/images_reused"),
        "images_failed": n("knockoff/images_failed"),
        "errors": errors,
        "refused": n("knockoff/refused"),
        "resume_skipped": n("knockoff/resume_skipped"),
        "resumed_listings": state.staged_listings,
        "requests": n("downloader/request_count"),
        "finish_reason": str(stats.get("finish_reason", "")),
        "max_listings_reached": bool(stats.get("knockoff/max_listings_reached")),
        "reached": sorted(state.reached),
        "unreachable": state.unreachable,
        "lake_errors": state.lake_errors,
        "seconds": round(seconds, 3),
    }


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if len(argv) != 1:
        print("usage: python -m knockoff.crawler.runner SPEC.json", file=sys.stderr)
        return 2
    spec = json.loads(Path(argv[0]).read_text(encoding="utf-8"))
    result = run(spec)
    out = Path(spec["result"])
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(json.dumps(result, indent=1), encoding="utf-8")
    os.replace(tmp, out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
