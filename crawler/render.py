"""Sites whose pages are built in the browser: opt-in per site (`render: true` in sites.yaml).

Page requests of such a site go through scrapy-playwright driving the system Chromium
(`CrawlConfig.chromium_path`, /usr/bin/chromium as install.sh installs it; Playwright never
downloads a browser here). Images, sitemaps and robots.txt still use Scrapy's plain downloader.
Inside the browser, `RenderGuard` aborts every sub-request the crawl's safety rules would refuse
(non-http(s) schemes, forbidden hosts, private addresses unless allowed) and the ones rendering
does not need (images, media, fonts). scrapy-playwright needs Twisted's asyncio reactor, so a
rendering crawl process runs with the reactor enabled.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request

from knockoff.config import CrawlConfig
from knockoff.crawler.safety import is_public_ip, resolve

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-default-apps",
    "--disable-dev-shm-usage",
    "--disable-extensions",
    "--disable-gpu",
    "--disable-sync",
    "--metrics-recording-only",
    "--no-first-run",
    "--mute-audio",
]
SKIP_RESOURCES = {"image", "media", "font"}


def render_unavailable(chromium_path: str) -> str | None:
    """Why rendering cannot run here (one line), or None when it can."""
    try:
        import scrapy_playwright  # noqa: F401
    except ImportError:
        return "scrapy-playwright is not installed (pip install 'knockoff[render]')"
    path = Path(chromium_path)
    if not (path.is_file() or shutil.which(chromium_path)):
        return f"no Chromium at {chromium_path} (set crawl.chromium_path)"
    return None


class RenderGuard:
    """PLAYWRIGHT_ABORT_REQUEST: True (abort) for a browser sub-request the crawl may not make."""

    def __init__(self, allow_private: bool, allowed_hosts: list[str], forbidden_hosts: list[str]) -> None:
        self.allow_private = allow_private
        self.allowed = {h.lower() for h in allowed_hosts}
        self.forbidden = {h.lower() for h in forbidden_hosts}
        self._cache: dict[str, bool] = {}

    async def __call__(self, request: Any) -> bool:
        if request.resource_type in SKIP_RESOURCES:
            return True
        parts = urlsplit(request.url)
        if parts.scheme in ("data", "blob", "about"):
            return False
        if parts.scheme not in ("http", "https"):
            return True
        host = (parts.hostname or "").lower()
        if not host or host in self.forbidden:
            return True
        if self.allow_private or host in self.allowed:
            return False
        ok = self._cache.get(host)
        if ok is None:
            try:
                ips = await asyncio.get_running_loop().run_in_executor(None, resolve, host)
            except OSError:
                return True
            ok = self._cache[host] = bool(ips) and all(is_public_ip(ip) for ip in ips)
        return not ok


def render_settings(config: CrawlConfig) -> dict[str, Any]:
    """Scrapy settings that send page requests through headless Chromium (scrapy-playwright)."""
    return {
        "TWISTED_REACTOR_ENABLED": True,
        "TWISTED_REACTOR": "twisted.internet.asyncioreactor.AsyncioSelectorReactor",
        "DOWNLOAD_HANDLERS": {
            "http": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
            "https": "scrapy_playwright.handler.ScrapyPlaywrightDownloadHandler",
        },
        "PLAYWRIGHT_BROWSER_TYPE": "chromium",
        "PLAYWRIGHT_LAUNCH_OPTIONS": {
            "executable_path": config.chromium_path,
            "headless": True,
            "args": CHROMIUM_ARGS,
            "timeout": config.render_timeout * 1000,
        },
        "PLAYWRIGHT_DEFAULT_NAVIGATION_TIMEOUT": config.render_timeout * 1000,
        "PLAYWRIGHT_MAX_CONTEXTS": 1,
        "PLAYWRIGHT_MAX_PAGES_PER_CONTEXT": max(1, min(4, config.concurrent_requests_per_domain)),
        "PLAYWRIGHT_ABORT_REQUEST": RenderGuard(
            config.allow_private_addresses, config.allowed_private_hosts, config.forbidden_hosts
        ),
    }


class RenderMiddleware:
    """Marks page requests for the browser (`meta['playwright']`), waiting for the network to go
    quiet so scripts have built the page; images, robots.txt and sitemaps are left to Scrapy."""

    def process_request(self, request: Request) -> None:
        path = urlsplit(request.url).path.lower()
        if (
            request.meta.get("knockoff_image")
            or path.endswith(("/robots.txt", ".xml", ".xml.gz", ".gz"))
            or "playwright" in request.meta
        ):
            return None
        request.meta["playwright"] = True
        request.meta.setdefault("playwright_page_goto_kwargs", {"wait_until": "networkidle"})
        return None
