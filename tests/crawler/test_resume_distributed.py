"""SIGKILL-and-resume with --job-dir, and two crawl processes sharing one Redis frontier."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.crawler.runner import left_markers
from knockoff.crawler.staging import read_staged
from knockoff.lake import Lake
from tests.crawler.processes import crawl_script
from tests.crawler.processes import runner_children as _runner_children
from tests.crawler.shop_server import serve_shop

ROOT = Path(__file__).resolve().parents[2]
DATE = "2026-04-01"


def _crawl_until_rows_staged(site: SiteConfig, lake: str, job: str, cfg: CrawlConfig) -> tuple[Any, dict]:
    """Start `run_crawl([site], ..., job_dir=job)` in a thread; return (thread, its result holder
    {"s": CrawlSummary}) once the crawl has staged its first listings."""
    import threading

    out: dict = {}
    t = threading.Thread(target=lambda: out.update(s=run_crawl([site], lake, DATE, cfg, job_dir=job)))
    t.start()
    stage = Path(job) / f"{site.name}-{DATE}" / "stage"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not list((stage / "listings").glob("part-*.parquet")):
        time.sleep(0.05)
    return t, out


def test_sigkill_then_resume_does_not_refetch_stored(tmp_path, crawl_config: CrawlConfig) -> None:
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    cfg = crawl_config.model_copy(update={"concurrent_requests_per_domain": 2, "sitemaps": False})
    with serve_shop(n_category=24, product_delay=0.25) as shop:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-c",
                crawl_script(
                    SiteConfig(name="resume", start_urls=[shop.base + "c/all"]), lake, DATE, job, cfg
                ),
            ],
            cwd=ROOT,
            start_new_session=True,
            env={
                **os.environ,
                "TMPDIR": str(tmp_path),
            },  # the killed run's kept logs stay in the test's folder
        )
        stage = Path(job) / f"resume-{DATE}" / "stage"
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not list((stage / "listings").glob("part-*.parquet")):
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGKILL)  # the whole group: run_crawl and its crawl process
        proc.wait(10)
        assert not (Path(lake) / "listings").exists() or not Lake(lake).sites("listings", DATE)
        stored = {urlsplit(u).path for u in read_staged(stage, "listings", ["url"])["url"].to_pylist()}
        assert 0 < len(stored) < 24, "kill the crawl while it is half done"
        hits_before = Counter(shop.hits)

        shop.product_delay = 0.0
        s = run_crawl(
            [SiteConfig(name="resume", start_urls=[shop.base + "c/all"])], lake, DATE, cfg, job_dir=job
        )
        t = Lake(lake).read("listings", DATE)
        paths = [urlsplit(u).path for u in t["url"].to_pylist()]
        assert {f"/p/{i}" for i in range(24)} <= set(paths) and len(paths) == len(
            set(paths)
        )  # complete, once
        for p in stored:  # what the killed run stored was not fetched again
            assert shop.hits[p] == hits_before[p], p
            if p.rsplit("/", 1)[1].isdigit():  # /p/broken and friends have no image of their own
                assert shop.hits[f"/img/{p.rsplit('/', 1)[1]}.jpg"] == 1
        assert s.sites["resume"].resumed_listings == len(stored)
        assert not (Path(job) / f"resume-{DATE}").exists()  # committed: the job folder is cleared


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_two_processes_share_one_crawl_without_duplicates(
    tmp_path, crawl_config: CrawlConfig, redis_url
) -> None:
    lake = str(tmp_path / "lake")
    cfg = crawl_config.model_copy(
        update={"redis_url": redis_url, "workers": 2, "concurrent_requests_per_domain": 2, "sitemaps": False}
    )
    with serve_shop(n_category=30, product_delay=0.1) as shop:
        s = run_crawl([SiteConfig(name="shared", start_urls=[shop.base + "c/all"])], lake, DATE, cfg)
        site = s.sites["shared"]
        assert site.workers == 2 and site.committed
        paths = [urlsplit(u).path for u in Lake(lake).read("listings", DATE)["url"].to_pylist()]
        assert {f"/p/{i}" for i in range(30)} <= set(paths) and len(paths) == len(set(paths))
        # every page was fetched by exactly one of the two processes
        assert all(shop.hits[f"/p/{i}"] == 1 for i in range(30))
        assert shop.hits["/c/all"] == 1
        per_worker = [json_result["listings"] for json_result in site_results(site)]
        assert len(per_worker) == 2 and all(n > 0 for n in per_worker), per_worker


def test_shared_frontier_batches_round_trips_and_hands_back_on_close(redis_url) -> None:
    """Two schedulers on one Redis frontier: a URL is queued once across them, a pop takes a small
    batch, and a scheduler that closes puts the requests it holds back for the others."""
    from scrapy import Request, Spider
    from scrapy.utils.test import get_crawler

    from knockoff.crawler.frontier import SharedScheduler
    from knockoff.crawler.settings import scrapy_settings

    cfg = CrawlConfig(concurrent_requests=8, concurrent_requests_per_domain=8)
    settings = scrapy_settings(cfg, redis_url=redis_url, redis_key="test:frontier")

    def scheduler() -> SharedScheduler:
        crawler = get_crawler(Spider, settings)
        spider = Spider("t")
        spider.crawler, spider.settings, crawler.spider = crawler, crawler.settings, spider
        s = SharedScheduler.from_crawler(crawler)
        s.open(spider)
        return s

    a, b = scheduler(), scheduler()
    for i in range(10):
        assert a.enqueue_request(Request(f"http://shop.test/p/{i}", priority=i % 3))
    assert a.has_pending_requests()  # buffered, not yet sent
    b.enqueue_request(Request("http://shop.test/p/3"))  # the same URL from the other process
    first = a.next_request()  # one round trip: a's 10 pushed, a batch of 8 // 4 = 2 popped
    assert first.priority == 2 and len(a._popped) == 1 and len(a.queue) == 8
    second = b.next_request()  # b's duplicate is dropped by Redis, b pops from the shared queue
    assert second.priority == 2 and len(b.queue) == 6
    a.close("shutdown")  # the request a held but never started goes back
    rest = []
    while (r := b.next_request()) is not None:
        rest.append(r.url)
    got = [first.url, second.url, *rest]
    assert sorted(got) == sorted(f"http://shop.test/p/{i}" for i in range(10)), got


def site_results(site) -> list[dict]:
    return site.worker_results


def test_second_machine_joins_with_no_commit(tmp_path, crawl_config: CrawlConfig, redis_url) -> None:
    """Two `knockoff crawl` runs (as on two machines) share one crawl: one commits, one only helps."""
    import threading

    lake, job = str(tmp_path / "lake"), str(tmp_path / "shared-job")
    cfg = crawl_config.model_copy(
        update={
            "redis_url": redis_url,
            "workers": 1,
            "concurrent_requests_per_domain": 2,
            "sitemaps": False,
            # a long alive ttl: a helper that took the live marker for an unclean stop would wait for
            # the whole crawl to end and find nothing left to fetch
            "redis_alive_ttl": 30,
        }
    )
    # 24 pages x 0.3 s / 2 at a time: ~3.6 s of crawl, so the helper (a new Python + Scrapy process,
    # slow to start on a loaded machine) still finds work when it arrives
    with serve_shop(n_category=24, product_delay=0.3) as shop:
        site = SiteConfig(name="multi", start_urls=[shop.base + "c/all"])
        out: dict = {}
        main = threading.Thread(
            target=lambda: out.update(main=run_crawl([site], lake, DATE, cfg, job_dir=job))
        )
        main.start()
        # the committing run starts first (it resets last night's frontier); the helper arrives when
        # the committing run's crawl process is up: its live marker is in the shared job
        # folder and its alive key in Redis (a helper must not take these for an unclean stop and
        # wait for the crawl to end: the CI failure of stop 31)
        import redis

        folder, deadline = Path(job) / f"multi-{DATE}", time.monotonic() + 60
        r = redis.Redis.from_url(redis_url)
        while not (left_markers(folder) and any(r.scan_iter(f"knockoff:crawl:multi:{DATE}:alive:*"))):
            assert time.monotonic() < deadline, "the committing run's crawl process never came up"
            time.sleep(0.05)
        r.close()
        helper = run_crawl([site], lake, DATE, cfg, job_dir=job, commit=False)
        main.join(120)
        assert not helper.sites["multi"].committed and helper.sites["multi"].listings > 0
        m = out["main"].sites["multi"]
        assert m.committed and m.listings > 0
        paths = [urlsplit(u).path for u in Lake(lake).read("listings", DATE)["url"].to_pylist()]
        assert {f"/p/{i}" for i in range(24)} <= set(paths) and len(paths) == len(set(paths))
        assert all(shop.hits[f"/p/{i}"] == 1 for i in range(24))
        # /p/alias names /p/3 as canonical: when the two processes each fetched one, the commit keeps one
        assert m.committed_listings == len(paths) <= m.listings + helper.sites["multi"].listings


def test_sigterm_pauses_cleanly_then_resumes_with_scrapy_jobdir(tmp_path, crawl_config: CrawlConfig) -> None:
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    cfg = crawl_config.model_copy(update={"concurrent_requests_per_domain": 2, "sitemaps": False})
    n = 40  # enough products that a loaded machine still pauses the crawl half-way
    with serve_shop(n_category=n, product_delay=0.25) as shop:
        site = SiteConfig(name="paused", start_urls=[shop.base + "c/all"])
        stage = Path(job) / f"paused-{DATE}" / "stage"
        t, out = _crawl_until_rows_staged(site, lake, job, cfg)
        for pid in _runner_children():
            os.kill(pid, signal.SIGTERM)  # e.g. systemd stopping the crawl: Scrapy shuts down gracefully
        t.join(60)
        paused = out["s"].sites["paused"]
        assert not paused.committed and "resume" in (paused.error or "")
        assert not Lake(lake).sites("listings", DATE)  # nothing visible
        assert (Path(job) / f"paused-{DATE}" / "scrapy").is_dir()
        assert not left_markers(Path(job) / f"paused-{DATE}")  # a clean stop
        stored = {urlsplit(u).path for u in read_staged(stage, "listings", ["url"])["url"].to_pylist()}
        assert stored and not {f"/p/{i}" for i in range(n)} <= stored  # paused before the end
        hits_before = Counter(shop.hits)

        shop.product_delay = 0.0
        s = run_crawl([site], lake, DATE, cfg, job_dir=job).sites["paused"]
        assert s.committed
        paths = [urlsplit(u).path for u in Lake(lake).read("listings", DATE)["url"].to_pylist()]
        assert {f"/p/{i}" for i in range(n)} <= set(paths) and len(paths) == len(set(paths))
        refetched = [p for p in stored if shop.hits[p] > hits_before[p]]
        assert not refetched, refetched  # what was stored before the pause is not fetched again
        assert s.resumed_listings == len(stored)


def test_a_crawl_process_alive_key_lives_for_its_configured_ttl(redis_url) -> None:
    """The "alive" key a committing crawl waits on is refreshed while the process runs, deleted when
    it ends cleanly, and expires `redis_alive_ttl` seconds after a process dies without cleaning up
    (here: its refresh thread stopped, its key left behind)."""
    import redis

    from knockoff.crawler.runner import _Alive

    r = redis.Redis.from_url(redis_url)
    # ttl 1.5 s, refreshed every 0.5 s: a refresh thread starved for a second on a loaded machine
    # still keeps the key
    alive = _Alive(redis_url, "t:frontier", "w0", ttl=1.5)
    time.sleep(2.0)  # past one ttl: only the refresh keeps it
    assert r.exists("t:frontier:alive:w0")
    alive.stop()
    assert not r.exists("t:frontier:alive:w0")

    dead = _Alive(redis_url, "t:frontier", "w1", ttl=1.5)
    dead.done.set()  # the refresh thread ends as in a killed process: no delete
    dead.thread.join()
    assert 0 < r.pttl("t:frontier:alive:w1") <= 1500
    time.sleep(1.8)
    assert not r.exists("t:frontier:alive:w1")


def test_one_of_two_workers_killed_while_its_sibling_ends_cleanly(
    tmp_path, crawl_config: CrawlConfig, redis_url
) -> None:
    """`--workers 2` with a Redis frontier: one crawl process is SIGKILLed mid-crawl, its sibling
    (same job folder) goes on and ends cleanly. The requests the killed process had taken from the
    shared queue keep their fingerprints in Redis, so the rerun must see the unclean stop although
    the sibling's clean end removed its own marker: every process has its own marker."""
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    cfg = crawl_config.model_copy(
        update={"redis_url": redis_url, "workers": 2, "concurrent_requests_per_domain": 4, "sitemaps": False}
    )
    n = 30
    with serve_shop(n_category=n, product_delay=0.4) as shop:
        site = SiteConfig(name="pair", start_urls=[shop.base + "c/all"])
        t, out = _crawl_until_rows_staged(site, lake, job, cfg)
        pids = _runner_children()
        assert len(pids) == 2, pids
        os.kill(pids[0], signal.SIGKILL)  # one worker dies holding the requests it took
        t.join(120)
        first = out["s"].sites["pair"]
        assert not first.committed and first.error
        assert not Lake(lake).sites("listings", DATE)  # nothing visible

        shop.product_delay = 0.0
        s = run_crawl([site], lake, DATE, cfg, job_dir=job).sites["pair"]
        assert s.committed, s.error
        paths = [urlsplit(u).path for u in Lake(lake).read("listings", DATE)["url"].to_pylist()]
        missing = sorted({f"/p/{i}" for i in range(n)} - set(paths), key=lambda p: int(p.rsplit("/", 1)[1]))
        assert not missing, missing  # every product page stored ...
        assert len(paths) == len(set(paths))  # ... once
