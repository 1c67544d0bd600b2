"""A crawl process always ends (crawler.runner._Watchdog): after a SIGTERM that reaches it while its
spider opens (Scrapy 2.19 then never leaves its loop after "Spider closed"), and when the process
that started it is killed (nobody would commit its rows). Real loopback shops, real `run_crawl`,
real crawl processes; the rerun stores every listing once."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake
from tests.crawler.processes import crawl_script, runner_children
from tests.crawler.shop_server import serve_shop

ROOT = Path(__file__).resolve().parents[2]
DATE = "2026-05-01"


def _alive(pid: int) -> bool:
    """`pid` runs and is no zombie (a killed test parent's runner is reaped by init, not by us)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_gone(pid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and _alive(pid):
        time.sleep(0.1)
    return not _alive(pid)


def _runner_log(pid: int) -> Path:
    """The log file of crawl process `pid`, from the spec file named on its command line."""
    spec = Path((Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0"))[-2].decode())
    return Path(json.loads(spec.read_text())["log_file"])


def test_sigterm_while_the_spider_opens_still_ends_the_crawl(tmp_path, crawl_config: CrawlConfig) -> None:
    """Before the watchdog: the crawl process stayed in Scrapy's loop after "Spider closed" and
    `run_crawl` never returned (reproduced 4 times of 4 by signalling at "Spider opened")."""
    cfg = crawl_config.model_copy(update={"shutdown_grace": 1.0, "sitemaps": False})
    lake = str(tmp_path / "lake")
    with serve_shop(n_category=6) as shop:
        site = SiteConfig(name="opening", start_urls=[shop.base + "c/all"])
        out: dict = {}
        t = threading.Thread(target=lambda: out.update(s=run_crawl([site], lake, DATE, cfg)), daemon=True)
        t.start()
        deadline = time.monotonic() + 60
        pids: list[int] = []
        while time.monotonic() < deadline and not pids:
            pids = runner_children()
            time.sleep(0.005)
        assert pids, "no crawl process started"
        log = None
        while time.monotonic() < deadline:
            try:
                log = log or _runner_log(pids[0])
                if log.exists() and "Spider opened" in log.read_text(errors="replace"):
                    break
            except (OSError, IndexError, ValueError):
                pass
            time.sleep(0.005)
        os.kill(pids[0], signal.SIGTERM)
        t.join(60)
        assert not t.is_alive(), "run_crawl still waits on a crawl process that will never end"
        assert _wait_gone(pids[0], 10)
        assert "s" in out  # a result, committed or not: not a hang


def test_a_killed_parent_leaves_no_crawl_running_and_the_rerun_completes(
    tmp_path, crawl_config: CrawlConfig
) -> None:
    """SIGKILL of the process running `run_crawl` alone (its crawl process is not signalled): the
    crawl process notices, stops gracefully long before the crawl would end, and the rerun with the
    same job folder stores every product once. Before the watchdog the orphan crawled on to the end
    for nobody."""
    lake, job = str(tmp_path / "lake"), str(tmp_path / "job")
    cfg = crawl_config.model_copy(
        update={"concurrent_requests_per_domain": 1, "sitemaps": False, "shutdown_grace": 2.0}
    )
    n = 40
    with serve_shop(n_category=n, product_delay=0.3) as shop:  # a whole crawl: 12 s or more
        site = SiteConfig(name="orphan", start_urls=[shop.base + "c/all"])
        parent = subprocess.Popen(
            [sys.executable, "-c", crawl_script(site, lake, DATE, job, cfg)], cwd=ROOT, start_new_session=True
        )
        try:
            deadline = time.monotonic() + 60
            pids: list[int] = []
            while time.monotonic() < deadline and not (pids and shop.hits["/p/3"]):
                pids = pids or runner_children(parent.pid)
                time.sleep(0.05)
            assert pids and shop.hits["/p/3"], "the crawl did not start"
            parent.kill()  # the parent alone
            parent.wait(10)
            assert _wait_gone(pids[0], 30), "the crawl process outlived its parent"
            fetched = sum(shop.hits[f"/p/{i}"] for i in range(n))
            assert fetched < n, "the orphan crawled to the end"
        finally:
            for pid in runner_children(parent.pid) + pids:
                if _alive(pid):
                    os.kill(pid, signal.SIGKILL)
        shop.product_delay = 0.0
        s = run_crawl(
            [site], lake, DATE, cfg.model_copy(update={"concurrent_requests_per_domain": 8}), job_dir=job
        )
        assert s.sites["orphan"].committed
        paths = [urlsplit(u).path for u in Lake(lake).read("listings", DATE)["url"].to_pylist()]
        assert {f"/p/{i}" for i in range(n)} <= set(paths) and len(paths) == len(set(paths))
