"""Crawl-level storage faults: a full disk while committing Parquet, a lake file corrupted between nights.

- Full disk: the lake lives on a 512 KiB tmpfs, too small for the night's images. The crawl fails
  with a one-line error naming the lake, no partition is visible, and once space is back the
  rerun (same job folder) commits every listing once.
- Corrupted lake file: night 1's images Parquet is truncated before night 2. Night 2 completes,
  stores every listing, and every image hash of night 2 can still be read from the lake (the
  corrupted file's images are fetched again rather than trusted).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake
from tests.reliability.conftest import tmpfs
from tests.reliability.env import SITE, demo_shop, listing_counts, partial_partitions

N = 24
D1, D2 = "2026-11-20", "2026-11-21"


def _config(job_dir: str | None = None) -> CrawlConfig:
    return CrawlConfig(
        job_dir=job_dir, allowed_private_hosts=["127.0.0.1"], autothrottle=False, http_cache=False
    )


@pytest.fixture()
def small_disk(tmp_path):
    with tmpfs(tmp_path / "disk", "512k") as mnt:
        yield mnt


def test_full_disk_during_crawl_commit(tmp_path, small_disk, ledger):
    lake = small_disk / "lake"
    job = str(tmp_path / "job")
    with demo_shop(tmp_path / "shop", N) as shop:
        site = SiteConfig(name=SITE, start_urls=[shop.url], allowed_domains=["127.0.0.1"])
        err = None
        try:
            run_crawl([site], str(lake), D1, _config(job))
        except Exception as exc:
            err = f"{type(exc).__name__}: {exc}"
        want = shop.listing_ids()
        rows, ids, found = listing_counts(lake, D1, want)
        one_line = (
            err is not None and "\n" not in err.strip() and ("space" in err.lower() or "lake" in err.lower())
        )
        ledger.record(
            "crawl",
            "full disk (512 KiB tmpfs lake) during the crawl's Parquet commit: one-line error",
            one_line,
            errors=int(err is not None),
            note=(err or "no error raised")[:90],
        )
        partial = partial_partitions(lake)
        images_visible = Lake(str(lake)).sites("images", D1)
        ledger.record(
            "crawl",
            "full disk: no partition visible, nothing half-written",
            not partial and rows == 0 and not images_visible,
            stored=rows,
            note=f"partial {partial}, images visible {images_visible}",
        )
        subprocess.run(["mount", "-o", "remount,size=128m", str(small_disk)], check=True)
        hits = shop.listing_hits()
        rerun_err = None
        try:
            again = run_crawl([site], str(lake), D1, _config(job))
            resumed = again.sites[SITE].resumed_listings
        except Exception as exc:
            rerun_err, resumed = f"{type(exc).__name__}: {exc}", 0
        rows, ids, found = listing_counts(lake, D1, want)
        ledger.record(
            "crawl",
            "full disk: after space is back the rerun commits every listing once",
            rerun_err is None and found == N and rows == ids and not partial_partitions(lake),
            expected=N,
            stored=found,
            note=(
                rerun_err
                or f"{resumed} resumed from the job folder, {shop.listing_hits() - hits} pages refetched"
            )[:90],
        )
    ledger.check()


@pytest.fixture(scope="module")
def corrupted_nights(tmp_path_factory):
    """Night 1, then night 1's images files truncated (footer gone), then night 2."""
    tmp = tmp_path_factory.mktemp("corrupt")
    lake_root = tmp / "lake"
    lake = Lake(str(lake_root))
    with demo_shop(tmp / "shop", N) as shop:
        site = SiteConfig(name=SITE, start_urls=[shop.url], allowed_domains=["127.0.0.1"])
        run_crawl([site], str(lake_root), D1, _config())
        corrupted = lake.files("images", D1)
        for f in corrupted:
            with open(f, "rb") as fh:
                data = fh.read()
            with open(f, "wb") as fh:
                fh.write(data[: len(data) // 2])
        err = None
        try:
            summary = run_crawl([site], str(lake_root), D2, _config())
        except Exception as exc:
            summary, err = None, f"{type(exc).__name__}: {exc}"
        yield {"lake": lake, "shop": shop, "summary": summary, "error": err, "corrupted": corrupted}


def test_lake_file_corrupted_between_nights(corrupted_nights, ledger):
    c = corrupted_nights
    lake, shop, summary, err = c["lake"], c["shop"], c["summary"], c["error"]
    rows, ids, found = listing_counts(Path(lake.root), D2, shop.listing_ids())
    ledger.record(
        "crawl",
        "night 2 after night 1's images file was corrupted: the night completes",
        err is None and found == N and rows == ids,
        expected=N,
        stored=found,
        errors=summary.sites[SITE].errors if summary else 1,
        note=(err or "")[:90],
    )
    if err is None:
        readable: set[str] = set()
        for d in lake.dates("images"):
            for f in lake.files("images", d):
                try:
                    readable |= set(pq.read_table(f, columns=["image_sha256"]).column(0).to_pylist())
                except Exception:
                    continue
        listed = lake.read("listings", D2, columns=["image_sha256"]).column(0).to_pylist()
        shas = {s for lst in listed for s in (lst or []) if s}
        lost = shas - readable
        ledger.record(
            "crawl",
            "corrupted file: every image of night 2 is readable from the lake (none lost)",
            not lost,
            expected=len(shas),
            stored=len(shas - lost),
            note=f"{len(lost)} image(s) only in the corrupted file" if lost else "",
        )
    ledger.check()


def test_corrupted_lake_file_is_reported_with_the_run(corrupted_nights, ledger):
    c = corrupted_nights
    summary = c["summary"]
    text = str(summary.to_dict()) if summary else ""
    names = [Path(f).name for f in c["corrupted"]]
    lake_errors = summary.to_dict()["sites"][SITE].get("lake_errors") if summary else None
    reported = (
        bool(summary)
        and summary.sites[SITE].errors > 0
        and (bool(lake_errors) or any(n in text for n in names))
    )
    ledger.record(
        "crawl",
        "corrupted lake file reported with the run (CrawlSummary)",
        reported,
        errors=summary.sites[SITE].errors if summary else None,
        note=str(lake_errors)[:90]
        if reported
        else f"night 2 summary: errors {summary.sites[SITE].errors if summary else '?'}, file not named",
    )
    ledger.check()


def test_only_product_pages_become_listings(corrupted_nights, ledger):
    c = corrupted_nights
    lake, shop = c["lake"], c["shop"]
    rows = lake.read("listings", D1, columns=["listing_id", "url"]).to_pylist()
    extra = sorted(r["url"].split("/", 3)[-1] for r in rows if r["listing_id"] not in shop.listing_ids())
    ledger.record(
        "crawl",
        "demo shop night: only product pages stored as listings",
        not extra,
        expected=N,
        stored=len(rows),
        note=f"{len(extra)} extra: {', '.join(extra[:3])}" if extra else "",
    )
    ledger.check()
