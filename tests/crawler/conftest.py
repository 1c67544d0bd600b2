"""Shared fixtures for crawler tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from knockoff.config import CrawlConfig

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


@pytest.fixture
def crawl_config() -> CrawlConfig:
    """Fast, loopback-only settings: 127.0.0.1 allowed, every other private address refused."""
    return CrawlConfig(
        allowed_private_hosts=["127.0.0.1"],
        autothrottle=False,
        concurrent_requests_per_domain=8,
        download_timeout=1.5,
        retry_times=1,
        retry_backoff=0.05,
        redirect_max_times=3,
        max_image_bytes=200_000,
        max_image_pixels=20_000_000,
        http_cache=False,
        redis_alive_ttl=3.0,  # a killed Redis worker holds the rerun's commit back 3 s, not 10
    )


@pytest.fixture
def redis_url(tmp_path):
    """A redis-server of this test on a loopback port (crawler.frontier.start_local_redis), ended by
    its pid after the test; the test is skipped where redis-server is not installed."""
    from knockoff.crawler.frontier import start_local_redis

    started = start_local_redis(tmp_path)
    if started is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    proc, url = started
    yield url
    proc.terminate()
    proc.wait(10)
