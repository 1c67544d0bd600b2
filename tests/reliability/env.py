"""Shared set-up for the reliability cases: a small demo shop on a fixed port, configs, lake checks."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import yaml

from knockoff.crawler.demoshop import generate_shop, make_app, run_app_in_thread
from knockoff.crawler.demoshop.server import HITS_KEY
from knockoff.lake import SUCCESS, Lake, listing_id

REPO = Path(__file__).resolve().parents[2]
SITE = "demoshop"


def matcher_plugin() -> tuple[dict, str]:
    """run_match keyword arguments and a label: the real CNN Matcher when it is in the tree, else the
    cluster helper's deterministic plug-in matcher (tests/cluster/tiny_matcher.py). The reliability
    cases about run_match test its fault handling, which does not depend on the model."""
    import importlib.util

    if importlib.util.find_spec("knockoff.matching.engine") is not None:
        return {}, "real Matcher"
    from tests.cluster import tiny_matcher as tm

    return {
        "matcher_factory": tm.FACTORY,
        "brands_loader": tm.LOADER,
        "ranker": tm.RANKER,
    }, "tiny plug-in matcher"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class Shop:
    root: Path
    url: str
    hits: Counter
    truth: list[dict]

    def listing_hits(self) -> int:
        return sum(n for p, n in self.hits.items() if p.startswith("/listing/"))

    def image_hits(self) -> int:
        return sum(n for p, n in self.hits.items() if p.startswith("/img/"))

    def listing_ids(self, site: str = SITE) -> set[str]:
        """Listing ids the lake must hold for this shop (site + listing URL)."""
        base = self.url.rstrip("/")
        return {listing_id(site, base + t["url_path"]) for t in self.truth}


@contextlib.contextmanager
def demo_shop(
    root: Path, n_listings: int = 24, port: int | None = None, latency: float = 0.0
) -> Iterator[Shop]:
    """A generated demo shop served on a fixed port (listing ids depend on the URL)."""
    spec = generate_shop(root, seed=0, n_listings=n_listings)
    app = make_app(root, latency)
    with run_app_in_thread(app, "127.0.0.1", port or free_port()) as url:
        yield Shop(root, url, app[HITS_KEY], spec.listings)


def write_config(path: Path, shop_url: str, lake: Path, brands: Path, **crawl: Any) -> Path:
    cfg = {
        "lake": str(lake),
        "brands": str(brands),
        "sites": [{"name": SITE, "start_urls": [shop_url], "allowed_domains": ["127.0.0.1"]}],
        "crawl": {
            "allowed_private_hosts": ["127.0.0.1"],
            "autothrottle": False,
            "download_delay": 0.0,
            "http_cache": False,
            "download_timeout": 10.0,
            **crawl,
        },
        "match": {"device": "cpu", "ocr": False},  # OCR is the slow part and not what these cases test
        "cluster": {"dashboard": False, "n_workers": 1, "threads_per_worker": 2},
    }
    path.write_text(yaml.safe_dump(cfg, sort_keys=False), encoding="utf-8")
    return path


@dataclass
class Proc:
    rc: int | None
    out: str
    err: str
    seconds: float


def run_night(
    config: Path,
    date: str,
    kill: str | None = None,
    kill_when: Callable[[], bool] | None = None,
    timeout: float = 300,
) -> Proc:
    """Run the nightly in its own process group; SIGKILL the group when `kill_when()` turns true."""
    cmd = [sys.executable, "-m", "tests.reliability.nightly_runner", "--config", str(config), "--date", date]
    if kill:
        cmd += ["--kill", kill]
    env = {**os.environ, "PYTHONPATH": str(REPO) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    if matcher_plugin()[0]:
        cmd.append("--plugin-matcher")
        env["KNOCKOFF_TINY_DELAY"] = "0.1"  # the plug-in matcher is instant: give the match stage a middle
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd,
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    try:
        if kill_when is not None:
            while proc.poll() is None and time.monotonic() - t0 < timeout:
                if kill_when():
                    os.killpg(proc.pid, signal.SIGKILL)
                    break
                time.sleep(0.05)
        out, err = proc.communicate(timeout=max(1.0, timeout - (time.monotonic() - t0)))
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
    finally:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)  # leftovers of a killed group (workers, crawlers)
    return Proc(proc.returncode, out, err, time.monotonic() - t0)


def manifest_stages(run_dir: Path) -> dict[str, Any]:
    try:
        return json.loads((run_dir / "manifest.json").read_text()).get("stages", {}) or {}
    except (OSError, ValueError):
        return {}


def partial_partitions(lake: Path) -> list[str]:
    """Visible partition folders (site=...) without a _SUCCESS marker: must always be empty."""
    bad = []
    for table in ("listings", "images"):
        for part in (lake / table).glob("date=*/site=*"):
            if part.is_dir() and not (part / SUCCESS).is_file():
                bad.append(str(part.relative_to(lake)))
    return bad


def listing_counts(lake: Path, date: str, expected: set[str] | None = None) -> tuple[int, int, int]:
    """(rows, distinct listing ids, how many of `expected` are there) of a date's listings."""
    t = Lake(str(lake)).read("listings", date, columns=["listing_id"])
    ids = t.column("listing_id").to_pylist()
    return len(ids), len(set(ids)), len(set(ids) & expected) if expected else 0


def candidate_set(run_dir: Path) -> set[tuple[str, str, float]]:
    path = run_dir / "candidates.parquet"
    if not path.is_file():
        return set()
    t = pq.read_table(path, columns=["brand", "listing_id", "score"]).to_pylist()
    return {(r["brand"], r["listing_id"], round(float(r["score"]), 4)) for r in t}
