"""SIGKILL of the crawler subprocess in the middle of a crawl.

- crawler: run_crawl's Scrapy subprocess is killed after a third of the listings were fetched:
  the call ends with a clear error (or a per-site error), no partial partition is visible, and a
  rerun stores every listing exactly once.
"""

from __future__ import annotations

import signal
import threading
import time

import psutil
import pytest

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from tests.reliability.env import SITE, demo_shop, listing_counts, partial_partitions

N = 48
DATE = "2026-11-20"


def _crawl_config(job_dir: str | None = None) -> CrawlConfig:
    return CrawlConfig(
        job_dir=job_dir,
        allowed_private_hosts=["127.0.0.1"],
        autothrottle=False,
        http_cache=False,
        concurrent_requests_per_domain=2,
    )


def _crawler_children() -> list[psutil.Process]:
    me = psutil.Process()
    return [p for p in me.children(recursive=True) if p.is_running() and "python" in (p.name() or "")]


@pytest.mark.parametrize("resumable", [False, True], ids=["no-job-dir", "job-dir"])
def test_sigkill_crawler_subprocess(tmp_path, ledger, resumable):
    job_dir = str(tmp_path / "job") if resumable else None
    how = "with a job folder" if resumable else "without a job folder"
    with demo_shop(tmp_path / "shop", N, latency=0.1) as shop:
        site = SiteConfig(name=SITE, start_urls=[shop.url], allowed_domains=["127.0.0.1"])
        lake = tmp_path / "lake"
        result: dict = {}

        def crawl() -> None:
            try:
                result["summary"] = run_crawl([site], str(lake), DATE, _crawl_config(job_dir))
            except Exception as exc:
                result["error"] = f"{type(exc).__name__}: {exc}"

        th = threading.Thread(target=crawl)
        th.start()
        killed = []
        t0 = time.monotonic()
        images_seen: list[float] = []
        while th.is_alive() and time.monotonic() - t0 < 120 and not killed:
            # items complete once their images are in; kill 2.5 s after images started flowing
            # (staged rows are flushed every ~2 s) while about half the images are still to come
            if not images_seen and shop.image_hits() > 0:
                images_seen.append(time.monotonic())
            if images_seen and time.monotonic() - images_seen[0] > 2.5:
                for p in _crawler_children():
                    p.send_signal(signal.SIGKILL)
                    killed.append(p.pid)
            time.sleep(0.02)
        th.join(120)
        err = result.get("error")
        summary = result.get("summary")
        summary_text = str(summary.to_dict()) if summary is not None else ""
        clear = (err is not None and "\n" not in err.strip()) or ("error" in summary_text.lower())
        partial = partial_partitions(lake)
        want = shop.listing_ids()
        rows, ids, found = listing_counts(lake, DATE, want)
        ledger.record(
            "crawl",
            f"SIGKILL of the Scrapy subprocess mid-crawl ({how}): clear error, nothing partial visible",
            bool(killed) and clear and not partial and found in (0, N),
            stored=found,
            errors=int(clear),
            note=(err or (summary.sites[SITE].error if summary else "") or "no error reported")[:70]
            + f"; killed after {shop.listing_hits()} listing, {shop.image_hits()} image requests",
        )
        hits_before = shop.listing_hits()
        rerun_err, resumed = None, 0
        try:
            again = run_crawl([site], str(lake), DATE, _crawl_config(job_dir))
            resumed = again.sites[SITE].resumed_listings
        except Exception as exc:
            rerun_err = f"{type(exc).__name__}: {exc}"
        rows, ids, found = listing_counts(lake, DATE, want)
        refetched = shop.listing_hits() - hits_before
        ledger.record(
            "crawl",
            f"rerun after the crawler was killed ({how}) stores every listing once",
            rerun_err is None
            and found == N
            and rows == ids
            and not partial_partitions(lake)
            and (not resumable or (resumed > 0 and refetched < N)),
            expected=N,
            stored=found,
            note=(
                rerun_err
                or f"{refetched} listing pages refetched, {resumed} resumed, {rows - found} extra rows"
            )[:90],
        )
    ledger.check()
