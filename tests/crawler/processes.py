"""Child processes of the test process (the crawler runners `run_crawl` starts), for tests that signal them."""

from __future__ import annotations

import os
from pathlib import Path


def runner_children() -> list[int]:
    """pids of `knockoff.crawler.runner` processes whose parent is this test process (from /proc)."""
    out = []
    for d in Path("/proc").iterdir():
        if not d.name.isdigit():
            continue
        try:
            stat = (d / "stat").read_text().rsplit(")", 1)[1].split()
            cmd = (d / "cmdline").read_bytes()
        except OSError:
            continue
        if int(stat[1]) == os.getpid() and b"knockoff.crawler.runner" in cmd:
            out.append(int(d.name))
    return out
