"""The one small demo night the tests of tests/jobs share (tests/jobs/test_nightly_e2e.py and
tests/jobs/test_console_progress.py): `knockoff demo` run once as a user runs it, in its own process
on a narrow colour terminal, into a folder whose path is long and has spaces."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

DEMO_DATE = "2026-11-01"
DEMO_LISTINGS = 40
REPO = Path(__file__).resolve().parents[2]


@dataclass(frozen=True)
class DemoNight:
    """`out`: the demo folder (shop/, lake/, knockoff.yaml); `port`: the shop's loopback port (reused
    for night 2, so listing ids stay the same); `stdout` / `stderr`: the console, colour codes kept."""

    out: Path
    port: int
    stdout: str
    stderr: str


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="package")
def demo_night(tmp_path_factory) -> DemoNight:
    """`knockoff demo --listings 40 --date 2026-11-01` on a 50-column colour terminal; night 1's
    truth.json is kept as truth-night1.json (night 2 rewrites the shop's)."""
    base = tmp_path_factory.mktemp("demo")
    out = base / "demo with a long folder name " / ("x" * 40)
    port = _free_port()
    env = {**os.environ, "COLUMNS": "50", "FORCE_COLOR": "1", "TERM": "xterm"}
    cmd = [sys.executable, "-m", "knockoff.jobs.cli", "demo", "--out", str(out)]
    cmd += ["--listings", str(DEMO_LISTINGS), "--date", DEMO_DATE, "--port", str(port)]
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=900, env=env, cwd=REPO)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shutil.copy(out / "shop" / "truth.json", out / "truth-night1.json")
    return DemoNight(out, port, proc.stdout, proc.stderr)
