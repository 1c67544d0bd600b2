"""A cluster knockoff started shuts down without worker log noise on the terminal (`knockoff demo`
at verbosity 0), while errors during the job and `-v` keep theirs.

On a loaded machine a worker process can still send its heartbeat while the LocalCluster's
scheduler closes: distributed logs "Failed to communicate with scheduler during heartbeat" at ERROR
from the worker process, on the terminal of a night already written (seen once in a parallel test
run, tests/jobs/test_console_progress.py). Here a worker plugin logs that line, at ERROR on
`distributed.worker`, from the worker's own teardown, which runs exactly in that window: after the
client's work, while the cluster closes. Real LocalCluster, real worker processes.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import logging, sys
    from distributed import WorkerPlugin
    from knockoff.cluster.client import cluster_client
    from knockoff.config import ClusterConfig
    from knockoff.jobs.console import library_levels

    library_levels(int(sys.argv[1]))  # what knockoff's CLI sets for -v counts 0..2


    class HeartbeatAtShutdown(WorkerPlugin):
        def teardown(self, worker):
            logging.getLogger("distributed.worker").error("Failed to communicate with scheduler (teardown)")


    class ErrorDuringJob(WorkerPlugin):
        def setup(self, worker):
            logging.getLogger("distributed.worker").error("worker error during the job")


    with cluster_client(ClusterConfig(n_workers=1), device="cpu") as client:
        client.register_plugin(HeartbeatAtShutdown())
        client.register_plugin(ErrorDuringJob())
        assert client.submit(sum, [1, 2]).result() == 3
        client.run(lambda: None)  # the job's own logs are out before the cluster closes
    print("closed")
    """
)


def _run(verbosity: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", SCRIPT, str(verbosity)],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO,
    )


@pytest.mark.slow
def test_worker_shutdown_noise_is_silenced_but_job_errors_are_not():
    proc = _run(0)
    assert proc.returncode == 0 and "closed" in proc.stdout, proc.stderr[-2000:]
    assert "worker error during the job" in proc.stderr  # errors while working are still shown
    assert "Failed to communicate with scheduler" not in proc.stderr, proc.stderr[-2000:]


@pytest.mark.slow
def test_verbose_keeps_worker_shutdown_lines():
    proc = _run(2)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "Failed to communicate with scheduler (teardown)" in proc.stderr
