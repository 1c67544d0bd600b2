"""A real demo lake for the networks tests: the demo shop generated and served on loopback,
crawled by the real Scrapy crawl, linked by the real networks stage (on a local Dask cluster)."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pytest

from knockoff.config import load_config
from knockoff.crawler.demoshop import generate_shop, serve_shop
from knockoff.jobs.night.demo import write_demo_config
from knockoff.jobs.night.nightly import run_nightly

D1, D2 = "2026-11-01", "2026-11-02"
N = 120


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="package")
def demo_nights(tmp_path_factory):
    """Two crawled and linked demo nights; yields (out folder, config, night-1 truth path)."""
    out: Path = tmp_path_factory.mktemp("networks-demo")
    generate_shop(out / "shop", n_listings=N, night=1)
    shutil.copy(out / "shop" / "truth.json", out / "truth-night1.json")
    port = _free_port()  # one port for both nights: listing ids (site + URL) stay the same
    with serve_shop(out / "shop", port=port) as url:
        cfg = load_config(write_demo_config(out, url, workers=1))
        for stage in ("crawl", "networks"):
            run_nightly(cfg, D1, stage=stage)
    # night 2: the same shop with 10% more listings
    generate_shop(out / "shop", n_listings=N, night=2)
    with serve_shop(out / "shop", port=port) as url:
        cfg2 = load_config(write_demo_config(out, url, workers=1))
        for stage in ("crawl", "networks"):
            run_nightly(cfg2, D2, stage=stage)
    return out, cfg2
