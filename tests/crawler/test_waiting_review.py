"""Adversarial review of 1688a3b and bbab04d (issue 14: "no product page without a listing", "loses
nothing, no listing stored twice"): pages waiting on the page their rel=canonical names ("waiters")
kept across a clean stop (spider state in the JOBDIR), released at the page limit, settled across
Redis workers (`KEY:shown`) and handed back by a stopping Redis worker.

Real crawls (crawler.run.run_crawl) of the loopback aiohttp shop of tests/crawler/test_waiting_losses.py
into a real lake, real SIGTERM of the crawl process, a real redis-server.

Cases: the named page changing between a clean stop and the resumed run (404, no product); SIGTERM
twice (Scrapy's forced, unclean shutdown: no spider state saved); the canonical URL spelled
differently by the waiters (fragment, absolute URL), alone and across two Redis workers; hundreds of
waiters on one URL; the page limit with a Redis frontier; the page limit with --max-listings and
ordinary pages; the shared frontier's keys gone after a committed run.
"""

from __future__ import annotations

import os
import signal
import threading
import time
from pathlib import Path

import pytest
from aiohttp import web

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from tests.crawler.processes import runner_children as _runner_children
from tests.crawler.shop_server import serve
from tests.crawler.test_waiting_losses import (
    NAMED,
    D,
    Shop,
    _config,
    _expected,
    _page,
    _paths,
    _stop_then_resume,
    _stopped_while_queued,
    _wait_for,
    _waiters_first,
)

# -- 1. the named page changes between a clean stop and the resumed run ---------------------------


@pytest.mark.parametrize("now", ["missing", "stub"])
def test_a_resumed_job_whose_named_page_stopped_showing_the_product(
    tmp_path, crawl_config: CrawlConfig, now: str
) -> None:
    """Stopped (SIGTERM) while the look at NAMED is queued; by the resumed run NAMED answers 404 or
    shows no product: each of the six waiting pages is its own listing, once, none lost."""
    shop = Shop("product", waiters=6, slows=20)
    shop.slow_delay = 0.3

    def change(s: Shop) -> None:
        s.kind = now

    s, lake = _stop_then_resume(tmp_path, _config(crawl_config), shop, "changed", change)
    assert s.committed
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))


def test_sigterm_twice_loses_no_waiting_page(tmp_path, crawl_config: CrawlConfig) -> None:
    """systemd or an operator sending SIGTERM twice: Scrapy's second signal forces an unclean
    shutdown (no spider_closed, so no spider state pickled into the JOBDIR) while the queue and the
    fingerprints are on disk. The resumed run must still store every waiting page once. Failed until
    the runner kept its running.pid marker after such a stop (the rerun trusted a JOBDIR whose queue
    was never saved while its fingerprints were: crawler/runner.py `_spider_closed`)."""
    shop = Shop("missing", waiters=6, slows=20)
    shop.slow_delay = 0.3
    s, lake = _stop_then_resume(tmp_path, _config(crawl_config), shop, "twice", signals=2)
    assert s.committed
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))


def test_sigterm_twice_named_product_stays_one_listing(tmp_path, crawl_config: CrawlConfig) -> None:
    """Must not fire: after a double SIGTERM the named product is still one listing."""
    shop = Shop("product", waiters=6, slows=20)
    shop.slow_delay = 0.3
    s, lake = _stop_then_resume(tmp_path, _config(crawl_config), shop, "twiceprod", signals=2)
    assert s.committed
    assert sorted(_paths(lake)) == _expected(shop)


def test_a_forced_stop_commits_nothing(tmp_path, crawl_config: CrawlConfig) -> None:
    """SIGTERM twice forces Scrapy's unclean shutdown: the spider never closes, and no finish reason
    was recorded, so the runner's result read as a finished crawl and the partial crawl (two listings
    of 26) was committed: the rest of the night's pages, waiting pages included, lost for the date.
    It must report a stopped crawl (not committed, the rerun message), as one SIGTERM does."""
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    shop = Shop("missing", waiters=6, slows=20)
    shop.slow_delay = 0.3
    with serve(shop.app()) as base:
        site = SiteConfig(name="forced", start_urls=_waiters_first(base, shop))
        out: dict = {}
        cfg = _config(crawl_config)
        t = threading.Thread(target=lambda: out.update(s=run_crawl([site], lake, D, cfg, job_dir=job)))
        t.start()
        _wait_for(lambda: _stopped_while_queued(shop))
        pids = _runner_children()
        for _ in range(2):
            for pid in pids:
                os.kill(pid, signal.SIGTERM)
            time.sleep(0.2)
        t.join(60)
    s = out["s"].sites["forced"]
    assert not s.committed and s.finish_reason == "shutdown" and "rerun" in (s.error or "")
    assert not (Path(lake) / "listings" / f"date={D}").exists()


# -- 2. one canonical URL spelled differently -----------------------------------------------------


class Spelled(Shop):
    """Waiting page I names NAMED spelled as SPELLINGS[I % len]: relative, with a fragment, absolute."""

    SPELLINGS = (NAMED, NAMED + "#reviews", "{base}" + NAMED.lstrip("/"))

    async def handle(self, request: web.Request) -> web.Response:
        if request.path.startswith("/w/"):
            self.hits[request.path] += 1
            i = int(request.path[3:])
            base = f"http://{request.host}/"
            canonical = self.SPELLINGS[i % len(self.SPELLINGS)].format(base=base)
            return web.Response(
                text=_page(f"Waiter {i}", f"{10 + i}.00", canonical), content_type="text/html"
            )
        return await super().handle(request)


@pytest.mark.parametrize("kind", ["missing", "product"])
def test_spellings_of_one_canonical_url_wait_together(tmp_path, crawl_config: CrawlConfig, kind: str) -> None:
    """Nine pages naming NAMED in three spellings: one look, and the named product once (product) or
    each page once (missing)."""
    lake = str(tmp_path / "lake")
    shop = Spelled(kind, waiters=9)
    shop.named_delay = 0.3
    with serve(shop.app()) as base:
        cfg = _config(crawl_config, concurrent_requests_per_domain=4, concurrent_requests=8)
        run_crawl([SiteConfig(name="spelled", start_urls=[base])], lake, D, cfg)
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))
    assert shop.hits[NAMED] == 1


@pytest.mark.parametrize("kind", ["missing", "product"])
def test_spellings_across_two_redis_workers(
    tmp_path,
    crawl_config: CrawlConfig,
    redis_url: str,
    kind: str,
) -> None:
    """--workers 2 on Redis, twelve pages naming NAMED in three spellings: none lost, none twice."""
    lake = str(tmp_path / "lake")
    shop = Spelled(kind, waiters=12)
    shop.named_delay, shop.waiter_delay = 0.4, 0.2
    cfg = _config(
        crawl_config, redis_url=redis_url, workers=2, concurrent_requests_per_domain=4, concurrent_requests=8
    )
    with serve(shop.app()) as base:
        s = run_crawl([SiteConfig(name="spelledr", start_urls=[base])], lake, D, cfg).sites["spelledr"]
    assert s.committed
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))
    assert shop.hits[NAMED] == 1 if kind == "product" else 1 <= shop.hits[NAMED] <= 3


# -- 3. many waiters ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["missing", "product"])
def test_hundreds_of_pages_waiting_on_one_url(tmp_path, crawl_config: CrawlConfig, kind: str) -> None:
    """250 pages naming one URL (a marketplace's variant pages): one look, none lost, none twice."""
    lake = str(tmp_path / "lake")
    shop = Shop(kind, waiters=250)
    shop.named_delay = 0.5
    with serve(shop.app()) as base:
        cfg = _config(crawl_config, concurrent_requests_per_domain=16, concurrent_requests=16)
        run_crawl([SiteConfig(name="many", start_urls=[base])], lake, D, cfg)
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))
    assert shop.hits[NAMED] == 1


def test_hundreds_of_waiters_across_redis_workers_leave_no_keys(
    tmp_path,
    crawl_config: CrawlConfig,
    redis_url: str,
) -> None:
    """--workers 2, 150 pages naming a missing NAMED: every page once; after the commit nothing of the
    shared frontier is left in Redis (no `KEY:shown` surviving into another run with the same key)."""
    import redis as redis_lib

    lake = str(tmp_path / "lake")
    shop = Shop("missing", waiters=150)
    shop.named_delay = 0.3
    cfg = _config(
        crawl_config, redis_url=redis_url, workers=2, concurrent_requests_per_domain=8, concurrent_requests=8
    )
    with serve(shop.app()) as base:
        s = run_crawl([SiteConfig(name="manyr", start_urls=[base])], lake, D, cfg).sites["manyr"]
    assert s.committed
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))
    r = redis_lib.Redis.from_url(redis_url)
    try:
        assert list(r.scan_iter("knockoff:crawl:manyr:*")) == []
    finally:
        r.close()


# -- 4. the page limit ----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["missing", "product"])
def test_pages_waiting_at_the_page_limit_with_a_redis_frontier(
    tmp_path,
    crawl_config: CrawlConfig,
    redis_url: str,
    kind: str,
) -> None:
    """--redis, one worker, --max-pages 3 with three waiting pages: stored under their own URLs, once
    (the look handed back at close must not store them again or be lost)."""
    lake = str(tmp_path / "lake")
    shop = Shop(kind, waiters=3)
    cfg = _config(crawl_config, max_pages=3, redis_url=redis_url, workers=1)
    with serve(shop.app()) as base:
        site = SiteConfig(name="limitr", start_urls=[f"{base}w/{i}" for i in range(3)])
        s = run_crawl([site], lake, D, cfg).sites["limitr"]
    assert s.committed
    assert sorted(_paths(lake)) == ["/w/0", "/w/1", "/w/2"]
    assert shop.hits[NAMED] == 0


@pytest.mark.parametrize("max_listings", [1, 3, 5])
def test_max_listings_with_waiters_released_at_the_limit(
    tmp_path, crawl_config: CrawlConfig, max_listings: int
) -> None:
    """--max-pages 6 and --max-listings N: slow pages stored before and waiting pages released at the
    limit together never exceed N, none twice."""
    lake = str(tmp_path / "lake")
    shop = Shop("missing", waiters=4, slows=4)
    with serve(shop.app()) as base:
        starts = [f"{base}s/0", f"{base}w/0", f"{base}w/1", f"{base}s/1", f"{base}w/2", f"{base}w/3"]
        starts += [f"{base}s/2", f"{base}s/3"]
        site = SiteConfig(name="capped", start_urls=starts)
        run_crawl([site], lake, D, _config(crawl_config, max_pages=6, max_listings=max_listings))
    paths = _paths(lake)
    assert len(paths) == len(set(paths))
    assert len(paths) <= max_listings
    assert len(paths) == min(max_listings, 6)  # six product pages fetched, each one listing


def test_a_named_page_fetched_as_a_link_before_the_limit_is_one_listing(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    """Must not fire / stored twice: NAMED (a product) is a start URL answered first; waiting pages
    after it are its duplicates, at the limit too (no own-URL rows beside it)."""
    lake = str(tmp_path / "lake")
    shop = Shop("product", waiters=3)
    with serve(shop.app()) as base:
        starts = [base + NAMED.lstrip("/")] + [f"{base}w/{i}" for i in range(3)]
        site = SiteConfig(name="first", start_urls=starts)
        run_crawl([site], lake, D, _config(crawl_config, max_pages=4))
    assert _paths(lake) == [NAMED]
    assert shop.hits[NAMED] == 1


def test_the_job_folder_of_a_stopped_run_does_not_leak_into_another_date(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    """A job stopped on one date, the next date's run with the same job folder: tonight's waiting pages
    are settled by tonight's answer alone (no wait memory from the older run)."""
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    shop = Shop("missing", waiters=6, slows=20)
    shop.slow_delay = 0.3
    cfg = _config(crawl_config)
    with serve(shop.app()) as base:
        site = SiteConfig(name="dated", start_urls=_waiters_first(base, shop))
        out: dict = {}
        t = threading.Thread(
            target=lambda: out.update(s=run_crawl([site], lake, "2026-11-30", cfg, job_dir=job))
        )
        t.start()
        _wait_for(lambda: _stopped_while_queued(shop))
        for pid in _runner_children():
            os.kill(pid, signal.SIGTERM)
        t.join(60)
        shop.slow_delay = 0.0
        shop.kind = "product"
        s = run_crawl([site], lake, D, cfg, job_dir=job).sites["dated"]
    assert s.committed
    assert sorted(_paths(lake)) == _expected(shop)
    assert Path(job).is_dir()


# -- 5. a stopped Redis worker --------------------------------------------------------------------


@pytest.mark.parametrize(
    "signals, now",
    [
        (1, "missing"),
        (2, "missing"),  # forced: the rerun drops the shared frontier (crawler.run._start)
    ],
)
def test_a_stopped_redis_worker_whose_named_page_changed(
    tmp_path,
    crawl_config: CrawlConfig,
    redis_url: str,
    signals: int,
    now: str,
) -> None:
    """--redis with a job folder, SIGTERM (once, or twice: forced) while the look at NAMED is queued
    with six pages joined; by the rerun NAMED (a product before) answers 404: every page once."""
    shop = Shop("product", waiters=6, slows=20)
    shop.slow_delay = 0.3

    def change(s: Shop) -> None:
        s.kind = now

    cfg = _config(crawl_config, redis_url=redis_url, workers=1)
    s, lake = _stop_then_resume(tmp_path, cfg, shop, "redisstop", change, signals=signals)
    assert s.committed
    paths = _paths(lake)
    assert sorted(paths) == _expected(shop) and len(paths) == len(set(paths))
