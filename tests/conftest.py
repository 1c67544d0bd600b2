"""How the suite is spread over processes: `-n auto --dist loadscope` (pytest-xdist) is in
pyproject's addopts, so README's test command runs one process per CPU core, at most four; `-n 0`
runs it in one process.

History: parallel was first tried and withdrawn (2026-12-02): in a fresh-clone run on 2 cores,
`knockoff demo` of tests/jobs/test_console_progress.py printed a Dask worker's "Failed to communicate
with scheduler during heartbeat" ERROR as its local cluster shut down on the loaded machine. The
workers of a cluster knockoff starts now silence `distributed` just before it closes
(cluster/client.py `_quiet_worker_shutdown`, tests/cluster/test_quiet_shutdown.py).

Each test file is one scheduling group, so a module's shared fixture is built once. Three packages
are one group each: tests/jobs and tests/networks share a package-scoped demo night (built once, not
once per process), and tests/reliability writes its ledger's summary table at the end of the
session, which is whole only when one process ran every case. `-n 0` runs the suite in one process.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

TESTS = Path(__file__).resolve().parent
ONE_GROUP_PACKAGES = frozenset({"jobs", "networks", "reliability"})
MAX_PROCESSES = 4  # each process loads PyTorch, OpenCV and the matcher (about 1 GB resident)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one process per CPU core (os.sched_getaffinity where the OS has it), at most
    MAX_PROCESSES: the real-parts tests start their own crawl processes and Dask workers."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_PROCESSES))


def scheduling_group(nodeid: str) -> str:
    """The scheduling group of the test `nodeid` ("tests/jobs/test_x.py::test_y", relative to the
    rootdir): its package for ONE_GROUP_PACKAGES ("jobs"), else its file ("tests/crawler/test_crawl.py")."""
    path = nodeid.split("::", 1)[0]
    parts = path.split("/")
    if len(parts) > 2 and parts[0] == TESTS.name and parts[1] in ONE_GROUP_PACKAGES:
        return parts[1]
    return path


def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """xdist's scope scheduling over `scheduling_group`s (each group to one process, whole), for
    `--dist loadscope` (pyproject's addopts); another `--dist` keeps xdist's own. Not xdist's
    `loadgroup` marks: with this pytest, xdist's "@group" suffix on node ids is not seen by its
    scheduler (the node ids it sends keep no suffix)."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class GroupScheduling(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return scheduling_group(nodeid)

    return GroupScheduling(config, log)


@pytest.fixture(autouse=True, scope="session")
def _session_tempdir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """What the code under test makes with `tempfile` in the test process (a failed crawl keeps its
    `knockoff-crawl-run-*` logs for the user, by design) goes under pytest's base temporary directory,
    which pytest prunes (it keeps the last 3 sessions), instead of piling up in the system's /tmp. The
    processes the tests start keep the system's temporary directory: TMPDIR is left alone (a Unix
    socket's path, Chromium's among them, must stay under 108 bytes)."""
    before = tempfile.tempdir
    tempfile.tempdir = str(tmp_path_factory.mktemp("tempfile"))
    try:
        yield
    finally:
        tempfile.tempdir = before
