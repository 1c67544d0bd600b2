"""A crawl frontier shared by several crawl processes (on one or many machines) through Redis.

Built on scrapy-redis (its Redis priority queue and fingerprint set), with the two things it
lacks under Scrapy >= 2.16 (MEASURED.md): start requests come from the spider's `start()` and go
through the shared dupefilter (so N processes seeding the same start URL fetch it once), and a
process does not close while another one is still busy and may still add links: each process
keeps a short-lived "busy" key alive while it works (and drops it when it goes idle), and an idle
process only closes once the shared queue is empty and no other process is busy. The frontier is
persistent (SCHEDULER_PERSIST) so a killed process loses nothing it had queued. The page keys a
spider saw showing a product (its `shown_to_share`) are recorded in a Redis set, so a page still
waiting on a named page at the end is settled without fetching that page again when another process
saw it show a product (GenericProductSpider.settle_waits_shared).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import socket
import subprocess
import time
from collections import deque
from pathlib import Path
from typing import Any

from redis.exceptions import NoScriptError
from scrapy import signals
from scrapy.core.engine import ExecutionEngine
from scrapy.exceptions import DontCloseSpider
from scrapy_redis.dupefilter import RFPDupeFilter
from scrapy_redis.scheduler import Scheduler

BUSY_TTL_MS = 2000
BUSY_REFRESH_S = 0.25  # at most 4 Redis writes a second for the busy key
START_GRACE_S = 2.0  # a process that just started waits for the others' first links
IDLE_CHECK_S = 0.25  # an idle process looks for new work (or for the others to finish) this often


class SharedDupeFilter(RFPDupeFilter):
    """scrapy-redis fingerprints in a Redis set; fingerprints outlive a closing process."""

    def close(self, reason: str = "") -> None:
        return None  # keep the shared set: other processes are still crawling


# one round trip per request scheduled: the fingerprint check and the push, atomically (1 = queued)
_PUSH_IF_NEW = """
if ARGV[1] ~= '' and redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
return 1
"""
# pop up to ARGV[1] requests of the best priority (lowest score) atomically
_POP = """
local got = redis.call('ZRANGE', KEYS[1], 0, tonumber(ARGV[1]) - 1)
if #got > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, #got - 1) end
return got
"""
EMPTY_RETRY_S = 0.05  # after an empty pop, ask Redis again at most this often (unless pushing)
PUSH_BATCH = 256  # requests buffered before a push round trip even without a pop


class SharedScheduler(Scheduler):
    """scrapy-redis scheduler plus cooperative closing between processes, with few round trips.

    scrapy-redis costs three blocking Redis round trips per request (fingerprint SADD, ZADD, and a
    MULTI pop), and each one stalls the crawl's event loop until redis-server gets the CPU: on a
    loaded machine that is what kept two processes from scaling. Here requests a callback yields
    are buffered and pushed in one pipelined round trip (a Lua script does the fingerprint check
    and the push atomically, so two processes still never queue one URL twice), together with a
    pop of up to `pop_batch` requests (a quarter of the process's concurrency: the requests held
    locally stay a small fraction of those in flight, which a killed process loses either way).
    An empty pop is not repeated for EMPTY_RETRY_S. The spider's `shown_to_share` keys ride in the
    same round trip (SADD to `KEY:shown`).
    """

    @classmethod
    def from_crawler(cls, crawler: Any) -> SharedScheduler:
        inst = super().from_crawler(crawler)
        inst.crawler = crawler
        inst.base_key = crawler.settings.get("KNOCKOFF_REDIS_KEY")
        inst.worker = f"{socket.gethostname()}-{os.getpid()}"
        inst.shown_key = f"{inst.base_key}:shown"
        inst.pop_batch = max(1, crawler.settings.getint("CONCURRENT_REQUESTS", 16) // 4)
        inst._to_push: list[Any] = []
        inst._popped: deque[Any] = deque()
        inst._empty_at = 0.0
        crawler.signals.connect(inst._busy, signal=signals.request_reached_downloader)
        crawler.signals.connect(inst._busy, signal=signals.response_received)
        crawler.signals.connect(inst._busy, signal=signals.item_scraped)
        crawler.signals.connect(inst._idle, signal=signals.spider_idle)
        crawler.signals.connect(inst._busy, signal=signals.spider_opened)
        inst.opened_at = time.monotonic()
        ExecutionEngine._SLOT_HEARTBEAT_INTERVAL = IDLE_CHECK_S  # an idle spider re-checks this often
        return inst

    def open(self, spider: Any) -> None:
        super().open(spider)
        self._sha = {script: self.server.script_load(script) for script in (_PUSH_IF_NEW, _POP)}

    def _busy(self, *args: Any, **kwargs: Any) -> None:
        now = time.monotonic()
        if now - getattr(self, "_last_busy", 0.0) >= BUSY_REFRESH_S:
            self._last_busy = now
            self.server.set(f"{self.base_key}:busy:{self.worker}", b"1", px=BUSY_TTL_MS)

    def _idle(self, *args: Any, **kwargs: Any) -> None:
        if time.monotonic() - self.opened_at < START_GRACE_S:
            raise DontCloseSpider("just started")
        if self._to_push or self._popped or len(self.queue) > 0:
            raise DontCloseSpider("shared queue not empty")
        self._share_shown(self.server)  # before this process stops counting as busy
        # idle: this process cannot add links any more, so it stops counting as busy right away
        # (not BUSY_TTL_MS later); any new activity sets the key again at once
        self.server.delete(f"{self.base_key}:busy:{self.worker}")
        self._last_busy = 0.0
        others = [
            k
            for k in self.server.scan_iter(f"{self.base_key}:busy:*")
            if not k.decode().endswith(f":{self.worker}")
        ]
        if others:
            raise DontCloseSpider("another crawl process is still busy")
        # every process idle, the queue empty: pages still waiting on a named page answered elsewhere
        settle = getattr(self.spider, "settle_waits_shared", None)
        if settle is not None and settle(lambda keys: self.server.smismember(self.shown_key, _digests(keys))):
            raise DontCloseSpider("pages waiting on a named page: looked at once more")

    def _share_shown(self, redis: Any) -> None:
        """Queue SADD KEY:shown of the spider's new `shown_to_share` page keys on `redis` (a pipeline,
        sent with the round trip; or the client itself, sent now)."""
        keys = getattr(self.spider, "shown_to_share", None)
        if keys:
            self.spider.shown_to_share = []
            redis.sadd(self.shown_key, *_digests(keys))

    def enqueue_request(self, request: Any) -> bool:
        """Buffer `request` for the next push round trip (a duplicate is dropped there, by Redis)."""
        if request.meta.get("knockoff_start"):
            request.dont_filter = False  # N processes seed the same start URL: fetch it once
        self._to_push.append(request)
        if len(self._to_push) >= PUSH_BATCH:
            self._round_trip(pop=0)
        return True

    def next_request(self) -> Any:
        """The next request from the shared queue (None when it is empty)."""
        if not self._popped:
            if self._to_push or time.monotonic() - self._empty_at >= EMPTY_RETRY_S:
                self._round_trip(pop=self.pop_batch)
            if not self._popped:
                return None
        if self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return self._popped.popleft()

    def has_pending_requests(self) -> bool:
        return bool(self._to_push or self._popped) or len(self.queue) > 0

    def close(self, reason: str) -> None:
        """Push what is buffered and hand requests popped but not started back to the shared queue,
        with the spider's pages still waiting on a named page (`waits_to_hand_over`: looks past the
        dupefilter carrying them; a stopped process held them in memory only)."""
        hand_over = getattr(self.spider, "waits_to_hand_over", None)
        if hand_over is not None:
            self._to_push.extend(hand_over())
        self._to_push.extend(self._popped)  # already fingerprinted: they go back without the check
        for r in self._popped:
            r.meta["knockoff_requeue"] = True
        self._popped.clear()
        self._round_trip(pop=0)
        super().close(reason)

    def _round_trip(self, pop: int) -> None:
        """Push the buffered requests, then pop up to `pop` requests, in one pipelined round trip.

        The scripts are loaded once (`open`) and called by hash: a pipeline of registered scripts
        would cost an extra SCRIPT EXISTS round trip each time. A script Redis no longer knows
        (restarted) is loaded again and that one call repeated.
        """
        pushed, self._to_push = self._to_push, []
        calls: list[tuple[str, list[Any]]] = []
        for r in pushed:
            requeue = r.meta.pop("knockoff_requeue", False)  # popped here before: fingerprint already set
            fp = "" if r.dont_filter or requeue else self.df.request_fingerprint(r)
            calls.append(
                (
                    _PUSH_IF_NEW,
                    [2, self.df.key, self.queue.key, fp, -r.priority, self.queue._encode_request(r)],
                )
            )
        if pop:
            calls.append((_POP, [1, self.queue.key, pop]))
        pipe = self.server.pipeline(transaction=False)
        for script, args in calls:
            pipe.evalsha(self._sha[script], *args)
        self._share_shown(pipe)
        results = pipe.execute(raise_on_error=False)[: len(calls)]
        for i, (res, (script, args)) in enumerate(zip(results, calls, strict=True)):
            if isinstance(res, NoScriptError):
                self._sha[script] = self.server.script_load(script)
                results[i] = self.server.evalsha(self._sha[script], *args)
            elif isinstance(res, Exception):
                raise res
        if pushed and self.stats:
            queued = sum(1 for x in results[: len(pushed)] if x == 1)
            self.stats.inc_value("scheduler/enqueued/redis", queued)
            if queued < len(pushed):
                self.stats.inc_value("dupefilter/filtered", len(pushed) - queued)
        if pop:
            got = results[-1] or []
            self._popped.extend(self.queue._decode_request(x) for x in got)
            self._empty_at = 0.0 if got else time.monotonic()


def _digests(page_keys: list[str]) -> list[bytes]:
    """16-byte BLAKE2b digests of page keys (URLs): what KEY:shown holds, a fixed size per page."""
    return [hashlib.blake2b(k.encode(), digest_size=16).digest() for k in page_keys]


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
