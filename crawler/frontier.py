"""A crawl frontier shared by several crawl processes (on one or many machines) through Redis.

Built on scrapy-redis (its Redis priority queue and fingerprint set), with the two things it
lacks under Scrapy >= 2.16 (MEASURED.md): start requests come from the spider's `start()` and go
through the shared dupefilter (so N processes seeding the same start URL fetch it once), and a
process does not close while another one is still busy and may still add links: each process
keeps a short-lived "busy" key alive while it works, and an idle process only closes once the
shared queue is empty and no other process has been busy for a few seconds. The frontier is
persistent (SCHEDULER_PERSIST) so a killed process loses nothing it had queued.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from typing import Any

from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

BUSY_TTL_MS = 2000
BUSY_REFRESH_S = 0.25  # at most 4 Redis writes a second for the busy key
START_GRACE_S = 2.0  # a process that just started waits for the others' first links


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis fingerprints in a Redis set; fingerprints outlive a closing process."""

    def close(self, reason: str = "") -> None:
        return None  # keep the shared set: other processes are still crawling


class SharedScheduler(Scheduler):
    """scrapy-redis scheduler plus cooperative closing between processes."""

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedScheduler:
        inst = super().from_crawler(crawler)
        inst.crawler = crawler
        inst.base_key = crawler.settings.get("KNOCKOFF_REDIS_KEY")
        inst.worker = f"{socket.gethostname()}-{os.getpid()}"
        crawler.signals.connect(inst._busy, signal=signals.request_reached_downloader)
        crawler.signals.connect(inst._busy, signal=signals.response_received)
        crawler.signals.connect(inst._busy, signal=signals.item_scraped)
        crawler.signals.connect(inst._idle, signal=signals.spider_idle)
        crawler.signals.connect(inst._busy, signal=signals.spider_opened)
        inst.opened_at = time.monotonic()
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = 1.0  # re-check an idle spider every second
        return inst

    def _busy(self, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if now - getattr(self, "_last_busy", 0.0) >= BUSY_REFRESH_S:
            self._last_busy = now
            self.server.set(f"{self.base_key}:busy:{self.worker}", b"1", px=BUSY_TTL_MS)

    def _idle(self, *args: Any, **kwargs: Any) -> None:
        if time.monotonic() - self.opened_at < START_GRACE_S:
            raise DontCloseSpider("just started")
        if len(self.queue) > 0:
            raise DontCloseSpider("shared queue not empty")
        others = [
            k
            for k in self.server.scan_iter(f"{self.base_key}:busy:*")
            if not k.decode().endswith(f":{self.worker}")
        ]
        if others:
            raise DontCloseSpider("another crawl process is still busy")

    def enqueue_request(self, request: Any) -> bool:
        if request.meta.get("knockoff_start"):
            request.dont_filter = False  # N processes seed the same start URL: fetch it once
        return super().enqueue_request(request)


def start_local_redis(data_dir: str | Path, timeout: float = 5.0) -> tuple[subprocess.Popen, str] | None:
    """Start a throw-away redis-server on a free loopback port (no persistence), for tests and benchmarks.

    Returns (process, redis URL), or None when redis-server is not installed or does not answer.
    """
    import redis as redis_client

    exe = shutil.which("redis-server") or (
        "/usr/bin/redis-server" if os.path.exists("/usr/bin/redis-server") else None
    )
    if not exe:
        return None
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    args = [
        exe,
        "--port",
        str(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--dir",
        str(data_dir),
    ]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    client = redis_client.Redis(host="127.0.0.1", port=port)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            client.ping()
            return proc, f"redis://127.0.0.1:{port}/0"
        except redis_client.ConnectionError:
            time.sleep(0.05)
    proc.terminate()
    return None
