"""A matching job through `--scheduler` survives a worker SIGKILLed mid-job, with outputs identical
(byte for byte, row for row) to an undisturbed LocalCluster run of the same input."""

from __future__ import annotations

import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from knockoff.config import ClusterConfig, KnockoffConfig, MatchConfig
from knockoff.jobs.night.match import run_match
from tests.cluster import tiny_matcher as tm
from tests.cluster.conftest import DATE, HAVE_FUSION, HAVE_REAL_ENGINE, dask_cli_cluster, worker_env

OUTPUTS = ("detections.parquet", "candidates.parquet", "errors.parquet")


def _impl(kind: str, tiny_brands: Path, request: pytest.FixtureRequest) -> tuple[Path, dict, dict]:
    """(brands file, run_match keyword arguments, worker environment) for the tiny or the real matcher."""
    if kind == "tiny":
        kw = {"matcher_factory": tm.FACTORY, "brands_loader": tm.LOADER, "ranker": tm.RANKER}
        return tiny_brands, kw, {"KNOCKOFF_TINY_DELAY": "0.03"}
    if not HAVE_REAL_ENGINE:
        pytest.skip("the real Matcher (matching.engine) is not in this checkout yet")
    kw = {} if HAVE_FUSION else {"ranker": tm.RANKER}  # the real fusion once matching.fusion exists
    return request.getfixturevalue("real_brands"), kw, {}


def _sizes(kind: str) -> dict:
    if kind == "tiny":
        return {"sites": 3, "images_per_site": 60, "row_group_size": 10}
    return {"sites": 2, "images_per_site": 9, "row_group_size": 3, "size": 224}


def _rows(run: Path, name: str) -> list[tuple]:
    return [tuple(r.values()) for r in pq.read_table(run / name).to_pylist()]


@pytest.mark.timeout(300)
# the real Matcher where the engine is in the checkout (the tiny plug-in matcher ran beside it too,
# the same kill on a synthetic matcher: 30 s of the suite for no path the real run does not take)
@pytest.mark.parametrize("kind", ["real"] if HAVE_REAL_ENGINE else ["tiny"])
def test_sigkill_worker_mid_job_matches_local_run(kind, tmp_path, tiny_brands, lake_factory, request):
    brands, kw, extra_env = _impl(kind, tiny_brands, request)
    lake_a = lake_factory("lakeA", **_sizes(kind))
    lake_b = tmp_path / "lakeB"
    shutil.copytree(lake_a, lake_b)
    match_cfg = MatchConfig(device="cpu", min_score=0.0, ocr=False)  # OCR is ~10x the CNN's time on CPU
    run_a, run_b = tmp_path / "runA", tmp_path / "runB"

    from distributed import Client

    with dask_cli_cluster(tmp_path, 2, worker_env(**extra_env)) as cc, Client(cc.address) as watcher:
        watcher.wait_for_workers(2, timeout=120)
        pids = watcher.run(os.getpid)
        cfg = KnockoffConfig(match=match_cfg, cluster=ClusterConfig(scheduler=cc.address, dashboard=False))
        out: dict = {}

        def job() -> None:
            try:
                out["res"] = run_match(str(lake_a), [DATE], str(brands), cfg, out_dir=str(run_a), **kw)
            except BaseException as exc:  # reported below
                out["error"] = exc

        th = threading.Thread(target=job)
        th.start()
        killed = None
        deadline = time.monotonic() + 240
        while th.is_alive() and killed is None and time.monotonic() < deadline:
            staged = list(run_a.glob(".staging-*/detections-*.parquet"))
            busy = sorted(w for w, tasks in watcher.processing().items() if tasks)
            if staged and busy and busy[0] in pids:  # some batches done, others running: kill one worker
                killed = pids[busy[0]]
                os.kill(killed, signal.SIGKILL)
            time.sleep(0.02)
        th.join(240)
        assert not th.is_alive(), "run_match did not finish after the worker kill"
        assert "error" not in out, f"run_match failed after the worker kill: {out.get('error')!r}"
        assert killed is not None, "the job finished before a worker could be killed (make it longer)"
        # the nanny restarts the killed worker; the plugin is set up on it again
        watcher.wait_for_workers(2, timeout=60)
        assert killed not in watcher.run(os.getpid).values()

    # the undisturbed reference: a LocalCluster from cluster_client, same input on a copy of the lake
    cfg_local = KnockoffConfig(match=match_cfg, cluster=ClusterConfig(n_workers=2, dashboard=False))
    ref = run_match(str(lake_b), [DATE], str(brands), cfg_local, out_dir=str(run_b), **kw)
    res = out["res"]
    assert res.counts["images_computed"] == ref.counts["images_computed"] > 0
    assert res.counts["batches"] == ref.counts["batches"] >= 6
    for name in OUTPUTS:
        a, b = _rows(run_a, name), _rows(run_b, name)
        assert a == b, f"{name}: rows differ after the worker kill"
        assert (run_a / name).read_bytes() == (run_b / name).read_bytes(), f"{name}: bytes differ"
    det = _rows(run_a, "detections.parquet")
    assert len(det) == len(set(det)), "duplicated detection rows"
    assert res.counts["detections"] == len(det) > 0
    cand = pq.read_table(run_a / "candidates.parquet").to_pylist()
    keys = [(c["brand"], c["listing_id"]) for c in cand]
    assert len(keys) == len(set(keys)), "duplicated candidates"
    assert not list(run_a.glob(".staging-*")), "staging folder left behind"
