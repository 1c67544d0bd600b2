"""Item pipelines: complete the listing row, enforce --max-listings, stage rows for Parquet.

Order (settings.ITEM_PIPELINES): ListingPipeline (100) -> LakeImagesPipeline (200) ->
StagePipeline (300). Items are plain dicts (itemadapter-compatible).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem
from w3lib.url import canonicalize_url

from knockoff.lake import LISTINGS_SCHEMA, listing_id


class ListingPipeline:
    """Adds listing_id, site, crawl_date, fetched_at; drops items past --max-listings."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_listings = crawler.settings.getint("KNOCKOFF_MAX_LISTINGS", 0) or None
        self.max_images = crawler.settings.getint("KNOCKOFF_MAX_IMAGES_PER_LISTING", 40)
        self.accepted = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> ListingPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        state = self.crawler.knockoff_state
        a = ItemAdapter(item)
        url = a["url"]
        canon = canonicalize_url(url)
        if canon in state.stored_listing_urls:
            raise DropItem(f"already stored: {url}")
        if self.max_listings is not None and state.staged_listings + self.accepted >= self.max_listings:
            raise DropItem("max listings reached")
        self.accepted += 1
        state.stored_listing_urls.add(canon)
        a["image_urls"] = list(a.get("image_urls") or [])[: self.max_images]
        a["listing_id"] = listing_id(state.site, url)
        a["site"] = state.site
        a["crawl_date"] = state.date
        a.setdefault("fetched_at", dt.datetime.now(dt.UTC))
        if self.max_listings is not None and state.staged_listings + self.accepted >= self.max_listings:
            # stop fetching pages; the images of accepted listings still download, then the crawl drains
            self.crawler.stats.set_value("knockoff/max_listings_reached", True)
            state.stop_pages = True
        return item


class StagePipeline:
    """Hands the finished listing row to the background Parquet writer (never blocks the loop)."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> StagePipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        a = ItemAdapter(item)
        row = {name: a.get(name) for name in LISTINGS_SCHEMA.names}
        urls = row["image_urls"] or []
        row["image_urls"] = list(urls)
        row["image_sha256"] = list(a.get("image_sha256") or [None] * len(urls))
        self.crawler.knockoff_state.stage.put("listings", row)
        self.crawler.stats.inc_value("knockoff/listings")
        return item
