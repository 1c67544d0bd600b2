"""Downloader middleware that keeps a crawl from fetching what it does not need, and the spider
middleware that keeps a canonical look at a listing at its page's depth."""

from __future__ import annotations

from typing import Any

from scrapy import Request
from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Response
from scrapy.spidermiddlewares.depth import DepthMiddleware
from w3lib.url import canonicalize_url


class AlreadyStored(IgnoreRequest):
    """A page request refused because its URL's listing is already stored by this job."""


class MaxListingsReached(IgnoreRequest):
    """A page request refused because --max-listings is reached."""


class PageLimitReached(IgnoreRequest):
    """A canonical look refused because the crawl's page limit (--max-pages) is reached: the pages
    waiting on it were stored under their own URLs when the limit was reached."""


class SkipStoredMiddleware:
    """Skip listing pages an earlier (killed) run of this job already stored (`AlreadyStored`), every
    page request once --max-listings is reached (`MaxListingsReached`), and a canonical look taken
    from the queue after the spider reached its page limit (`PageLimitReached`: the crawl is closing
    and the pages waiting on it are stored already; answered, it would store the named product beside
    them). All are IgnoreRequest, so errbacks see them and can tell them from a page that failed.
    Image requests always pass."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> SkipStoredMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("knockoff_image") or request.meta.get("knockoff_start"):
            return None
        state = self.crawler.knockoff_state
        if state.stop_pages:
            raise MaxListingsReached("max listings reached")
        if request.meta.get("knockoff_look") and getattr(self.crawler.spider, "page_limit_reached", False):
            raise PageLimitReached("page limit reached: the named page is not fetched")
        if state.stored_listing_urls and canonicalize_url(request.url) in state.stored_listing_urls:
            self.crawler.stats.inc_value("knockoff/resume_skipped")
            raise AlreadyStored("already stored by an earlier run of this job")
        return None


class ParseFirstMetaRefreshMiddleware(MetaRefreshMiddleware):
    """Scrapy's `<meta http-equiv=refresh>` redirect, except for a spider that reads the page first
    (`reads_meta_refresh = True`, the generic spider): a product page carrying a refresh (to a
    mobile site, a cookie check, another host) keeps its listing, and the spider follows the
    refresh itself when the page shows no product. Replaces Scrapy's MetaRefreshMiddleware (580)."""

    def process_response(self, request: Request, response: Response, spider: Any = None) -> Any:
        if getattr(self.crawler.spider, "reads_meta_refresh", False):
            return response
        return super().process_response(request, response)


class SameDepthCanonicalMiddleware(DepthMiddleware):
    """Scrapy's DepthMiddleware, except that a request the spider marks `knockoff_same_depth` (the
    page a product page names as canonical: a second look at the same listing, not a step deeper)
    gets the depth of the page naming it. Under Scrapy's rule a product page at DEPTH_LIMIT naming
    another URL of its site as canonical lost its listing: that request was one step past the limit
    and dropped without an errback. Links found on the named page are one step deeper as usual, so
    depth never decreases. Otherwise Scrapy's rule holds for it too: priority lowered by depth *
    DEPTH_PRIORITY, counted in the DEPTH_STATS_VERBOSE stats. Replaces Scrapy's DepthMiddleware (900)."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is not None and request.meta.pop("knockoff_same_depth", False):
            depth = request.meta["depth"] = response.meta["depth"]
            if self.prio:
                request.priority -= depth * self.prio
            if self.verbose_stats:
                self.stats.inc_value(f"request_depth_count/{depth}")
            return request
        return super().get_processed_request(request, response)


class RevalidatingCachePolicy(RFC2616Policy):
    """Scrapy's RFC 2616 cache policy, but a stale or `no-cache` entry is always revalidated with
    If-None-Match / If-Modified-Since (Scrapy skips the validators for `no-cache`, which many
    shops send): an unchanged page then costs a 304 and no body."""

    def is_cached_response_fresh(self, cachedresponse: Any, request: Request) -> bool:
        fresh = super().is_cached_response_fresh(cachedresponse, request)
        if not fresh:
            self._set_conditional_validators(request, cachedresponse)
        return fresh
