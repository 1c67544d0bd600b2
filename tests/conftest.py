"""How the suite is spread over processes (pytest-xdist; pyproject's addopts run `-n auto --dist loadgroup`).

Each test file is one scheduling group, so a module's shared fixture is built once. Three packages
are one group each: tests/jobs and tests/networks share a package-scoped demo night (built once, not
once per process), and tests/reliability writes its ledger's summary table at the end of the
session, which is whole only when one process ran every case. `-n 0` runs the suite in one process.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
ONE_GROUP_PACKAGES = frozenset({"jobs", "networks", "reliability"})
MAX_PROCESSES = 4  # each process loads PyTorch, OpenCV and the matcher (about 1 GB resident)


def pytest_xdist_auto_num_workers(config: pytest.Config) -> int:
    """`-n auto`: one process per CPU core (os.sched_getaffinity where the OS has it), at most
    MAX_PROCESSES: the real-parts tests start their own crawl processes and Dask workers."""
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    return max(1, min(cores, MAX_PROCESSES))


def scheduling_group(path: Path) -> str:
    """The xdist_group of a test in the file `path`: its package for ONE_GROUP_PACKAGES, else its file
    relative to tests/ ("crawler/test_crawl.py")."""
    rel = path.resolve().relative_to(TESTS)
    if len(rel.parts) > 1 and rel.parts[0] in ONE_GROUP_PACKAGES:
        return rel.parts[0]
    return rel.as_posix()


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.xdist_group(scheduling_group(Path(str(item.path)))))
