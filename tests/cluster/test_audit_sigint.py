"""Ctrl-C during a job on a local cluster knockoff started (audit stop 68, item 9): the terminal sends
SIGINT to the whole process group, the Dask worker processes included. They used to die with
KeyboardInterrupt tracebacks (about 30 lines each) before the command's "interrupted" line; now they
ignore SIGINT (cluster.client.dask_setup, a worker preload) and the command's own process closes the
cluster. Real LocalCluster, real worker processes, a real SIGINT to the process group."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]

SCRIPT = textwrap.dedent(
    """
    import sys, time
    from knockoff.cluster.client import cluster_client
    from knockoff.config import ClusterConfig
    from knockoff.jobs.console import library_levels


    def main() -> int:
        library_levels(0)  # what knockoff's CLI sets without -v
        try:
            with cluster_client(ClusterConfig(n_workers=2), device="cpu") as client:
                client.submit(time.sleep, 0.01, pure=False).result()
                print("ready", flush=True)
                client.submit(time.sleep, 60, pure=False).result()  # one worker busy, one idle
        except KeyboardInterrupt:  # as knockoff.jobs.cli.main does
            print("knockoff match: interrupted", file=sys.stderr)
            return 130
        return 0


    if __name__ == "__main__":  # a script file, as the `knockoff` command is
        sys.exit(main())
    """
)


@pytest.mark.slow
def test_ctrl_c_prints_no_worker_tracebacks(tmp_path):
    script = tmp_path / "job.py"
    script.write_text(SCRIPT)
    proc = subprocess.Popen(
        [sys.executable, str(script)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
        start_new_session=True,  # its own process group, as a terminal's foreground job
        # SIGINT's default action, as a shell gives its foreground job: an ignored signal stays ignored across
        # exec, and a pytest-xdist worker (this test's parent under `-n auto`) ignores SIGINT
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(2.0)  # the job under way
        os.killpg(proc.pid, signal.SIGINT)
        _, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
    assert proc.returncode == 130, err[-3000:]
    assert err.rstrip().endswith("knockoff match: interrupted"), err[-3000:]
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err[-3000:]
