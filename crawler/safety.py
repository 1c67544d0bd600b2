"""Downloader middlewares for safety: refuse non-HTTP(S) URLs and private addresses; retry back-off.

`SafeAddressMiddleware` resolves every request's host before it connects (page, image, redirect
target alike: redirects come back through the downloader middlewares) and refuses loopback,
private, link-local, multicast, reserved and unspecified addresses unless the crawl allows them
(`allow_private_addresses`, or the host is in `allowed_private_hosts`). Hosts in
`forbidden_hosts` are always refused. The check and the connection resolve separately, so a
hostile DNS server could still rebind between them; pin DNS (or use an egress proxy) for that.
"""

from __future__ import annotations

import asyncio
import email.utils
import ipaddress
import logging
import socket
import time
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, ResponseDataLossError

log = logging.getLogger(__name__)


class RefusedRequest(IgnoreRequest):
    """A request the safety rules refused before it connected."""


def is_public_ip(ip: str) -> bool:
    """True for a globally routable unicast address."""
    addr = ipaddress.ip_address(ip)
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped:
        addr = addr.ipv4_mapped
    return not (
        addr.is_private
        or addr.is_loopback
        or addr.is_link_local
        or addr.is_multicast
        or addr.is_reserved
        or addr.is_unspecified
        or not addr.is_global
    )


def resolve(host: str) -> list[str]:
    """The host's addresses (an IP literal resolves to itself)."""
    try:
        return [str(ipaddress.ip_address(host.strip("[]")))]
    except ValueError:
        pass
    infos = socket.getaddrinfo(host, None, proto=socket.IPPROTO_TCP)
    return sorted({i[4][0] for i in infos})


class SafeAddressMiddleware:
    """Refuse requests that are not http(s) or that resolve to a non-public address."""

    def __init__(self, allow_private: bool, allowed_hosts: list[str], forbidden_hosts: list[str]) -> None:
        self.allow_private = allow_private
        self.allowed = {h.lower() for h in allowed_hosts}
        self.forbidden = {h.lower() for h in forbidden_hosts}
        self._cache: dict[str, list[str]] = {}
        self.refused = 0

    @classmethod
    def from_crawler(cls, crawler: Any) -> SafeAddressMiddleware:
        s = crawler.settings
        mw = cls(
            s.getbool("KNOCKOFF_ALLOW_PRIVATE"),
            s.getlist("KNOCKOFF_ALLOWED_PRIVATE_HOSTS"),
            s.getlist("KNOCKOFF_FORBIDDEN_HOSTS"),
        )
        mw.stats = crawler.stats
        return mw

    def _refuse(self, request: Request, why: str) -> None:
        self.refused += 1
        self.stats.inc_value("knockoff/refused")
        log.warning("refused %s: %s", request.url, why)
        raise RefusedRequest(f"refused: {why}")

    async def process_request(self, request: Request) -> None:
        parts = urlsplit(request.url)
        if parts.scheme not in ("http", "https"):
            self._refuse(request, f"scheme {parts.scheme!r} is not http(s)")
        host = (parts.hostname or "").lower()
        if not host:
            self._refuse(request, "no host")
        if host in self.forbidden or (parts.port and f"{host}:{parts.port}" in self.forbidden):
            self._refuse(request, f"host {host} is forbidden by configuration")
        if self.allow_private or host in self.allowed:
            return None
        ips = self._cache.get(host)
        if ips is None:
            try:
                ips = await asyncio.get_running_loop().run_in_executor(None, resolve, host)
            except OSError:
                return None  # let the downloader report the DNS failure as usual
            self._cache[host] = ips
        bad = [ip for ip in ips if not is_public_ip(ip)]
        if bad:
            # the way out named, for a shop of one's own on a private network (a user audit, stop 68)
            self._refuse(
                request,
                f"host {host} resolves to non-public address {bad[0]} (for a shop of your own: --allow-private,"
                " or crawl.allow_private_addresses / crawl.allowed_private_hosts in knockoff.yaml)",
            )
        return None


def retry_after_seconds(value: bytes | None, now: float | None = None) -> float:
    """Seconds a `Retry-After` header value asks to wait (RFC 9110 10.2.3: delay-seconds or an
    HTTP-date); 0.0 when absent, unreadable or in the past."""
    if not value:
        return 0.0
    text = value.decode("latin-1").strip()
    if text.isascii() and text.isdigit():  # delay-seconds: ASCII digits ('²' passes isdigit alone)
        return float(text)
    try:
        when = email.utils.parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return 0.0
    return max(0.0, when - (time.time() if now is None else now))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, waiting base * 2**n seconds (capped) before retry n+1, or as long as a
    429/503 answer's `Retry-After` asks when that is longer (capped the same:
    KNOCKOFF_RETRY_BACKOFF_MAX, 10 s), so a shop asking for a pause is not asked again sooner.

    A page whose connection closed before the Content-Length it promised (Scrapy's
    ResponseDataLossError: a length counted before an output filter, a connection lost mid-page) is
    retried as usual, and the retry keeps what arrives (Scrapy's per-request
    `download_fail_on_dataloss`; the response is flagged "dataloss"), as a browser shows the page it
    got: a whole page under a wrong length keeps its listing, a page cut before its product gives
    none. Images are not affected (a cut image stays an error)."""

    def __init__(self, settings: Any) -> None:
        super().__init__(settings)
        self.backoff = settings.getfloat("KNOCKOFF_RETRY_BACKOFF", 0.5)
        self.backoff_max = settings.getfloat("KNOCKOFF_RETRY_BACKOFF_MAX", 10.0)

    async def _wait(self, request: Request, asked: float = 0.0) -> None:
        n = request.meta.get("retry_times", 0)
        seconds = max(self.backoff * 2**n if self.backoff > 0 else 0.0, asked)
        if seconds > 0:
            await asyncio.sleep(min(self.backoff_max, seconds))

    async def process_response(self, request: Request, response: Any) -> Any:  # type: ignore[override]
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._wait(request, retry_after_seconds(response.headers.get(b"Retry-After")))
        return result

    async def process_exception(self, request: Request, exception: Exception) -> Any:  # type: ignore[override]
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            if isinstance(exception, ResponseDataLossError) and not request.meta.get("knockoff_image"):
                result.meta["download_fail_on_dataloss"] = False
            await self._wait(request)
        return result
