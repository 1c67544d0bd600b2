"""Scrapy settings for one crawl, built from `CrawlConfig` (no settings.py module to fork)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from scrapy.logformatter import LogFormatter

from knockoff.config import CrawlConfig

PIPELINES = {
    "knockoff.crawler.pipelines.ListingPipeline": 100,
    "knockoff.crawler.images.LakeImagesPipeline": 200,
    "knockoff.crawler.pipelines.StagePipeline": 300,
}


class QuietLogFormatter(LogFormatter):
    """Scrapy's log formatter without the DEBUG line for every response and every item: the crawl
    logs at INFO, yet Scrapy builds a log record for each (about 2% of a crawl's CPU) before the
    handler drops it. Drops, errors and everything else are logged as usual."""

    def crawled(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        return None

    def scraped(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        return None


def scrapy_settings(
    config: CrawlConfig,
    *,
    job_dir: str | None = None,
    http_cache_dir: str | None = None,
    log_file: str | None = None,
    redis_url: str | None = None,
    redis_key: str | None = None,
    max_listings: int | None = None,
    render: bool = False,
) -> dict[str, Any]:
    """Settings for a CrawlerProcess running the knockoff spiders; `render` sends page requests
    through headless Chromium (crawler.render; the site's `render: true`)."""
    s: dict[str, Any] = {**_fetch_settings(config), **_knockoff_settings(config, max_listings)}
    if render:
        from knockoff.crawler.render import render_settings

        s.update(render_settings(config))
        s["DOWNLOADER_MIDDLEWARES"] = {
            **s["DOWNLOADER_MIDDLEWARES"],
            "knockoff.crawler.render.RenderMiddleware": 70,
        }
    if config.max_pages:
        s["CLOSESPIDER_PAGECOUNT"] = config.max_pages
    if job_dir:
        s["JOBDIR"] = job_dir
    if http_cache_dir and config.http_cache:
        s.update(_http_cache_settings(http_cache_dir))
    if log_file:
        s["LOG_FILE"] = log_file
        s["LOG_FILE_APPEND"] = True
    if redis_url:
        s.update(_frontier_settings(config, redis_url, redis_key))
        s.pop("JOBDIR", None)  # the frontier lives in Redis
    return s


def _fetch_settings(config: CrawlConfig) -> dict[str, Any]:
    """How pages are fetched: identity, robots.txt, concurrency, politeness, timeouts, retries, depth."""
    return {
        "BOT_NAME": "knockoff",
        "USER_AGENT": config.user_agent,
        "ROBOTSTXT_OBEY": config.obey_robots,
        "ROBOTSTXT_USER_AGENT": config.user_agent.split("/")[0],
        "TWISTED_REACTOR_ENABLED": False,  # Scrapy 2.19 on plain asyncio: ~2x faster here (MEASURED.md)
        # items of one callback in sequence: a page yields at most one listing, and each extra slot
        # costs an asyncio task per response (Scrapy starts CONCURRENT_ITEMS workers per callback)
        "CONCURRENT_ITEMS": 1,
        "CONCURRENT_REQUESTS": config.concurrent_requests,
        "CONCURRENT_REQUESTS_PER_DOMAIN": config.concurrent_requests_per_domain,
        "DOWNLOAD_DELAY": config.download_delay,
        "RANDOMIZE_DOWNLOAD_DELAY": True,
        "AUTOTHROTTLE_ENABLED": config.autothrottle,
        "AUTOTHROTTLE_TARGET_CONCURRENCY": config.autothrottle_target_concurrency,
        "AUTOTHROTTLE_START_DELAY": max(config.download_delay, 0.1),
        "AUTOTHROTTLE_MAX_DELAY": 30.0,
        "DOWNLOAD_TIMEOUT": config.download_timeout,
        "DOWNLOAD_MAXSIZE": config.max_page_bytes,
        "DOWNLOAD_WARNSIZE": 0,
        "RETRY_ENABLED": config.retry_times > 0,
        "RETRY_TIMES": config.retry_times,
        "KNOCKOFF_RETRY_BACKOFF": config.retry_backoff,
        "REDIRECT_MAX_TIMES": config.redirect_max_times,
        "METAREFRESH_ENABLED": True,
        "DEPTH_LIMIT": config.depth_limit,
        "DEPTH_PRIORITY": 0,
    }


def _knockoff_settings(config: CrawlConfig, max_listings: int | None) -> dict[str, Any]:
    """Scrapy's extras switched off, knockoff's pipelines and middlewares, and their KNOCKOFF_* limits."""
    return {
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "REMOTE_CONTROL_ENABLED": False,  # no listening ports in a crawl process
        "LOG_LEVEL": "INFO",
        "LOG_FORMATTER": "knockoff.crawler.settings.QuietLogFormatter",
        "LOGSTATS_INTERVAL": 30.0,
        "MEDIA_ALLOW_REDIRECTS": True,
        "ITEM_PIPELINES": PIPELINES,
        "SPIDER_MIDDLEWARES": {
            "scrapy.spidermiddlewares.depth.DepthMiddleware": None,
            "knockoff.crawler.middlewares.SameDepthCanonicalMiddleware": 900,
        },
        "DOWNLOADER_MIDDLEWARES": {
            "knockoff.crawler.safety.SafeAddressMiddleware": 50,
            "knockoff.crawler.middlewares.SkipStoredMiddleware": 60,
            "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
            "knockoff.crawler.middlewares.ParseFirstMetaRefreshMiddleware": 580,
            "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
            "knockoff.crawler.safety.BackoffRetryMiddleware": 550,
        },
        "KNOCKOFF_ALLOW_PRIVATE": config.allow_private_addresses,
        "KNOCKOFF_ALLOWED_PRIVATE_HOSTS": list(config.allowed_private_hosts),
        "KNOCKOFF_FORBIDDEN_HOSTS": list(config.forbidden_hosts),
        "KNOCKOFF_DOWNLOAD_IMAGES": config.download_images,
        "KNOCKOFF_MAX_IMAGE_BYTES": config.max_image_bytes,
        "KNOCKOFF_MAX_IMAGE_PIXELS": config.max_image_pixels,
        "KNOCKOFF_MAX_IMAGES_PER_LISTING": config.max_images_per_listing,
        "KNOCKOFF_MAX_LISTINGS": max_listings or 0,
        "REQUEST_FINGERPRINTER_IMPLEMENTATION": "2.7",
    }


def _http_cache_settings(http_cache_dir: str) -> dict[str, Any]:
    """Scrapy's HTTP cache in `http_cache_dir`, RFC 2616 policy: honour Cache-Control, revalidate with
    If-None-Match / If-Modified-Since."""
    return {
        "HTTPCACHE_ENABLED": True,
        "HTTPCACHE_DIR": str(Path(http_cache_dir).resolve()),
        "HTTPCACHE_POLICY": "knockoff.crawler.middlewares.RevalidatingCachePolicy",
        "HTTPCACHE_STORAGE": "scrapy.extensions.httpcache.FilesystemCacheStorage",
        "HTTPCACHE_IGNORE_HTTP_CODES": [500, 502, 503, 504, 408, 429],
    }


def _frontier_settings(config: CrawlConfig, redis_url: str, redis_key: str | None) -> dict[str, Any]:
    """A frontier (request queue and fingerprints) shared in Redis under `redis_key`: scrapy-redis."""
    return {
        "SCHEDULER": "knockoff.crawler.frontier.SharedScheduler",
        "DUPEFILTER_CLASS": "knockoff.crawler.frontier.SharedDupeFilter",
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.PriorityQueue",
        "SCHEDULER_QUEUE_KEY": f"{redis_key}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{redis_key}:dupefilter",
        "DUPEFILTER_KEY": f"{redis_key}:dupefilter",
        "REDIS_URL": redis_url,
        "KNOCKOFF_REDIS_KEY": redis_key,
        # the engine pulls up to CONCURRENT_REQUESTS from the scheduler into its own download
        # queue; keep that at the per-domain limit so the shared queue is what gets shared
        "CONCURRENT_REQUESTS": min(config.concurrent_requests, config.concurrent_requests_per_domain),
    }
