"""The night lock: exclusive while its owner lives, taken over after the owner dies."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from knockoff.jobs.records.lock import LockBusy, NightLock

HOLDER = """
import sys, time
from knockoff.jobs.records.lock import NightLock
lock = NightLock(sys.argv[1])
lock.acquire()
print("locked", flush=True)
time.sleep(60)
"""


def _holder(path):
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "locked"
    return proc


def test_second_holder_is_refused_while_the_first_lives(tmp_path):
    path = tmp_path / "night.lock"
    proc = _holder(path)
    try:
        with pytest.raises(LockBusy, match=f"pid {proc.pid}") as err:
            NightLock(path).acquire()
        assert err.value.exit_code == 75
    finally:
        proc.kill()
        proc.wait()


def test_lock_of_a_killed_process_is_taken_over(tmp_path):
    path = tmp_path / "night.lock"
    proc = _holder(path)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert json.loads(path.read_text())["pid"] == proc.pid  # the stale file is still there
    with NightLock(path) as lock:
        assert lock.held and json.loads(path.read_text())["pid"] == os.getpid()
    assert not path.exists()


def test_stale_file_with_dead_pid_and_reacquire(tmp_path):
    path = tmp_path / "sub" / "night.lock"
    path.parent.mkdir()
    path.write_text(json.dumps({"pid": 999999, "host": "x", "since": time.time()}))
    a = NightLock(path)
    a.acquire()
    with pytest.raises(LockBusy):
        NightLock(path).acquire()  # same process, second lock object: still exclusive
    a.release()
    b = NightLock(path)
    b.acquire()
    b.release()
