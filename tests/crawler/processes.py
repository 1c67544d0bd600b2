"""Crawls in child processes, and the child processes of the test process (the crawler runners
`run_crawl` starts), for tests that signal or kill them."""

from __future__ import annotations

import os
from pathlib import Path

from knockoff.config import CrawlConfig, SiteConfig


def crawl_script(site: SiteConfig, lake: str, date: str, job_dir: str, cfg: CrawlConfig) -> str:
    """Python source running `run_crawl([site], lake, date, cfg, job_dir=job_dir)`, for a crawl in a
    child process (`python -c`) that a test can kill as a whole process group."""
    return (
        "from knockoff.crawler.run import run_crawl\n"
        "from knockoff.config import CrawlConfig, SiteConfig\n"
        f"cfg = CrawlConfig.model_validate_json({cfg.model_dump_json()!r})\n"
        f"site = SiteConfig.model_validate_json({site.model_dump_json()!r})\n"
        f"run_crawl([site], {lake!r}, {date!r}, cfg, job_dir={job_dir!r})\n"
    )


def runner_children(parent: int | None = None) -> list[int]:
    """pids of `knockoff.crawler.runner` processes whose parent is `parent` (default: this test
    process), from /proc."""
    parent = os.getpid() if parent is None else parent
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text().rsplit(")", 1)[1].split()
            cmd = (d / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == parent and b"knockoff.crawler.runner" in cmd:
            out.append(int(d.name))
    return out
