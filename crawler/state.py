"""What one crawl process knows before it starts: images already in the lake, work already staged."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
from w3lib.url import canonicalize_url

from knockoff.crawler.staging import StageWriter, read_staged
from knockoff.lake import Lake

log = logging.getLogger(__name__)


@dataclass
class CrawlState:
    """Shared by the pipelines and middlewares of one crawl process."""

    site: str
    date: str
    stage: StageWriter
    known_image_urls: dict[str, str] = field(default_factory=dict)  # url -> sha256 (stored fine)
    known_shas: set[str] = field(default_factory=set)
    stored_listing_urls: set[str] = field(default_factory=set)  # canonical URLs staged earlier
    staged_listings: int = 0
    unreachable: dict[str, str] = field(default_factory=dict)
    reached: set[str] = field(default_factory=set)
    stop_pages: bool = False  # set when --max-listings is reached
    lake_errors: list[str] = field(default_factory=list)  # unreadable lake files (skipped)


def _other_tables(
    lake: Lake, table: str, exclude_date: str, exclude_site: str, columns: list[str], bad: list[str]
) -> Iterator[pa.Table]:
    """`columns` of every file of `table` in the lake, all dates and sites except (`exclude_date`,
    `exclude_site`); a file that cannot be read is logged, appended to `bad` ("path: reason") and skipped."""
    skip = lake.partition(table, exclude_date, exclude_site)
    for date in lake.dates(table):
        for site in lake.sites(table, date):
            if lake.partition(table, date, site) == skip:
                continue
            for f in lake.files(table, date, site):
                try:
                    t = lake.read_file(table, f, columns)
                except Exception as exc:  # an unreadable old file must not stop tonight's crawl
                    log.warning("cannot read %s: %s", f, exc)
                    bad.append(f"{f}: {type(exc).__name__}: {str(exc)[:200]}")
                    continue
                yield t


def lake_images_index(
    lake: Lake, exclude_date: str, exclude_site: str, unreadable: list[str] | None = None
) -> tuple[dict[str, str], set[str]]:
    """URL -> sha256 and the set of hashes of every good image in the lake, all dates and sites,
    except the partition about to be rewritten (a rerun of the same night replaces it). Files
    that cannot be read are skipped and appended to `unreadable` ("path: reason")."""
    bad = unreadable if unreadable is not None else []
    urls: dict[str, str] = {}
    shas: set[str] = set()
    for t in _other_tables(lake, "images", exclude_date, exclude_site, ["image_sha256", "url", "error"], bad):
        t = t.filter(pc.and_(pc.is_null(t["error"]), pc.is_valid(t["image_sha256"])))
        for sha, url in zip(t["image_sha256"].to_pylist(), t["url"].to_pylist(), strict=True):
            shas.add(sha)
            if url:
                urls[url] = sha
    # the same bytes reached under another URL are only in the listings' (image_urls, image_sha256)
    for t in _other_tables(lake, "listings", exclude_date, exclude_site, ["image_urls", "image_sha256"], bad):
        for us, hs in zip(t["image_urls"].to_pylist(), t["image_sha256"].to_pylist(), strict=True):
            for u, h in zip(us or [], hs or [], strict=False):
                if u and h and h in shas:
                    urls.setdefault(u, h)
    return urls, shas


def load_state(lake: Lake, site: str, date: str, stage: StageWriter, stage_dirs: list[Path]) -> CrawlState:
    """Build the state: the lake's images, plus what earlier (killed) runs of this job staged."""
    unreadable: list[str] = []
    urls, shas = lake_images_index(lake, date, site, unreadable)
    state = CrawlState(site=site, date=date, stage=stage, known_image_urls=urls, known_shas=shas)
    state.lake_errors = unreadable
    for d in stage_dirs:
        imgs = read_staged(d, "images", ["image_sha256", "url", "error"])
        imgs = imgs.filter(pc.and_(pc.is_null(imgs["error"]), pc.is_valid(imgs["image_sha256"])))
        for sha, url in zip(imgs["image_sha256"].to_pylist(), imgs["url"].to_pylist(), strict=True):
            state.known_shas.add(sha)
            state.known_image_urls[url] = sha
        lst = read_staged(d, "listings", ["url"])
        state.stored_listing_urls.update(canonicalize_url(u) for u in lst["url"].to_pylist() if u)
    state.staged_listings = len(state.stored_listing_urls)
    return state
