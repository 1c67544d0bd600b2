"""run_match on a LocalCluster: streaming batches, detection cache across nights, manifest, determinism,
min-score filtering, one matcher per worker, errors. Uses the tiny matcher for speed; the real Matcher
runs in test_worker_loss.py and test_real_matcher.py."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from knockoff.cluster.cache import DetectionCache
from knockoff.config import KnockoffConfig, MatchConfig
from knockoff.errors import KnockoffError
from knockoff.jobs.night.match import expand_dates, run_match
from knockoff.jobs.records.manifest import Manifest
from knockoff.lake import Lake
from tests.cluster import tiny_matcher as tm
from tests.cluster.conftest import DATE, DATE2
from tests.cluster.lakegen import write_night

TINY = {"matcher_factory": tm.FACTORY, "brands_loader": tm.LOADER, "ranker": tm.RANKER}


def _cfg(min_score: float = 0.0) -> KnockoffConfig:
    return KnockoffConfig(match=MatchConfig(device="cpu", min_score=min_score))


def _match(lake: Path, dates, brands, client, out: Path, **kw):
    return run_match(
        str(lake),
        dates,
        str(brands),
        _cfg(kw.pop("min_score", 0.0)),
        out_dir=str(out),
        client=client,
        **TINY,
        **kw,
    )


def test_second_night_computes_only_new_images(tmp_path, tiny_brands, local_client):
    lake = tmp_path / "lake"
    n1 = write_night(lake, DATE, sites=2, images_per_site=20, row_group_size=8, seed=1)
    n2 = write_night(lake, DATE2, sites=2, images_per_site=6, row_group_size=8, seed=2, reuse=(DATE, 5))
    shutil.copytree(lake, tmp_path / "fresh")  # same lake, no cache

    r1 = _match(lake, [DATE], tiny_brands, local_client, tmp_path / "r1")
    assert r1.counts["images_computed"] == n1["images"] - 2  # failed downloads are not computed
    assert r1.counts["images_cached"] == 0
    r2 = _match(lake, [DATE2], tiny_brands, local_client, tmp_path / "r2")
    assert r2.counts["images_computed"] == n2["images"] - 2
    assert r2.counts["images_cached"] == 2 * 5  # the reused night-1 images
    assert r2.counts["listings"] == n2["listings"]  # includes the 2 x 5 listings of reused images
    # without a cache the reused images are found in night 1's partition and computed: same outputs
    r3 = _match(tmp_path / "fresh", [DATE2], tiny_brands, local_client, tmp_path / "r3")
    assert r3.counts["images_computed"] == n2["images"] - 2 + 10
    for name in ("detections.parquet", "candidates.parquet", "errors.parquet"):
        assert (tmp_path / "r2" / name).read_bytes() == (tmp_path / "r3" / name).read_bytes(), name
    reused = {
        s
        for r in pq.read_table(tmp_path / "r2" / "detections.parquet").to_pylist()
        for s in [r["image_sha256"]]
    }
    assert len(reused) == n2["images"] - 4 + 10  # junk + failed download per site have no detections
    assert list((lake / "cache" / "detections" / "model=tiny-1").glob("index-*.parquet"))


def test_rerun_is_byte_identical_and_manifest_pins_inputs(tmp_path, tiny_brands, local_client):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=2, images_per_site=12, row_group_size=5)
    run = tmp_path / "run"
    pre = Manifest.load_or_create(run, "night-x")
    pre.mark_stage("crawl", "done", listings=28)
    r1 = _match(lake, [DATE], tiny_brands, local_client, run)
    first = {
        n: (run / n).read_bytes() for n in ("detections.parquet", "candidates.parquet", "errors.parquet")
    }
    m = json.loads((run / "manifest.json").read_text())
    assert m["status"] == "done" and m["run_id"] == r1.run_id
    assert m["stages"]["crawl"]["status"] == "done", "earlier stage records are kept"
    assert m["model_version"] == "tiny-1" and m["config_hash"] == _cfg().config_hash()
    assert m["code_version"]["package"] and m["seeds"] == {"match": 0}
    assert m["counts"]["images_computed"] == 26 and m["counts"]["images_cached"] == 0
    assert {"compute_s", "total_s", "plan_s"} <= set(m["timings"])
    parts = m["inputs"]["partitions"]
    assert len(parts) == 4  # listings + images, two sites
    for p in parts:
        assert hashlib.sha256((lake / p["path"]).read_bytes()).hexdigest() == p["sha256"]
    _match(lake, [DATE], tiny_brands, local_client, run)  # rerun: all cached now
    m2 = json.loads((run / "manifest.json").read_text())
    assert m2["counts"]["images_cached"] == 26 and m2["counts"]["images_computed"] == 0
    for n, data in first.items():
        assert (run / n).read_bytes() == data, f"{n} differs on rerun"
    cand = pq.read_table(run / "candidates.parquet").to_pylist()
    assert [(c["brand"], c["rank"]) for c in cand] == sorted((c["brand"], c["rank"]) for c in cand)


def test_min_score_filters_and_errors_are_recorded(tmp_path, tiny_brands, local_client):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=15, row_group_size=4)
    every = _match(lake, [DATE], tiny_brands, local_client, tmp_path / "all", min_score=0.0)
    some = _match(lake, [DATE], tiny_brands, local_client, tmp_path / "some", min_score=0.5)
    det_all = pq.read_table(tmp_path / "all" / "detections.parquet").to_pylist()
    det_some = pq.read_table(tmp_path / "some" / "detections.parquet").to_pylist()
    assert len(det_all) == 15 * 2  # every (image, brand) pair scored
    assert det_some and all(d["score"] >= 0.5 for d in det_some) and len(det_some) < len(det_all)
    assert every.counts["detections_scored"] == some.counts["detections_scored"] == 30
    errs = {e["error"] for e in pq.read_table(tmp_path / "all" / "errors.parquet").to_pylist()}
    assert errs == {"undecodable image", "download: HTTP 404"}


def test_matcher_built_once_per_worker(tmp_path, tiny_brands, local_client):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=2, images_per_site=16, row_group_size=4)
    before = local_client.run(tm.instances)
    res = _match(lake, [DATE], tiny_brands, local_client, tmp_path / "run")
    assert res.counts["batches"] >= 8
    after = local_client.run(tm.instances)
    grown = {w: after[w] - before.get(w, 0) for w in after}
    assert all(g <= 1 for g in grown.values()), f"matcher rebuilt per task: {grown}"
    shutil.rmtree(lake / "cache")
    _match(lake, [DATE], tiny_brands, local_client, tmp_path / "run2")  # same brands/config: reused
    assert local_client.run(tm.instances) == after


def test_bad_inputs_are_one_line_errors(tmp_path, tiny_brands, local_client):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=2)
    with pytest.raises(KnockoffError, match="no listings or images"):
        _match(lake, ["2026-01-01"], tiny_brands, local_client, tmp_path / "r")
    with pytest.raises(KnockoffError, match="bad date"):
        _match(lake, ["2026-13-01"], tiny_brands, local_client, tmp_path / "r")
    with pytest.raises(KnockoffError, match="min-score"):
        _match(lake, [DATE], tiny_brands, local_client, tmp_path / "r", min_score=2.0)
    assert expand_dates("2026-02-27..2026-03-01") == ["2026-02-27", "2026-02-28", "2026-03-01"]
    with pytest.raises(KnockoffError):
        expand_dates("2026-03-01..2026-02-01")


def _match_poisoned(tmp_path: Path, brands, workers: int, allowed_failures: int):
    """run_match of a night whose site0 last row group holds a poison image (it kills its worker), on
    its own LocalCluster of `workers` one-thread workers."""
    import dask
    from distributed import Client, LocalCluster

    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=2, images_per_site=8, row_group_size=5, poison=True, bad=False)
    with (
        dask.config.set({"distributed.scheduler.allowed-failures": allowed_failures}),
        LocalCluster(
            n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address="127.0.0.1:0"
        ) as lc,
        Client(lc) as client,
    ):
        return lake, _match(lake, [DATE], brands, client, tmp_path / "run")


def test_poison_batch_becomes_errors_not_a_failed_night(tmp_path, tiny_brands):
    lake, res = _match_poisoned(tmp_path, tiny_brands, workers=2, allowed_failures=1)
    # site0's last row group holds 3 good images and the poison image: that batch is lost (after one
    # more try), every other batch is matched, also those that shared a dying worker with it
    assert res.counts["batches_failed"] == 1
    errs = pq.read_table(tmp_path / "run" / "errors.parquet").to_pylist()
    died = {e["image_sha256"] for e in errs if e["error"].startswith("worker died")}
    assert len(died) == 4
    assert res.counts["images_computed"] == 9 + 8 - 4
    assert pq.read_table(tmp_path / "run" / "detections.parquet").num_rows == 13 * 2
    cached = set(DetectionCache(Lake(str(lake)), "tiny-1").lookup(died | {"x"}))
    assert not cached, "images of a lost batch must not be cached (they are retried next run)"


def test_batches_lost_in_the_same_crash_are_retried_one_at_a_time(tmp_path, tiny_brands):
    """One worker with one thread and no allowed failures: the poison batch and the batch queued beside it
    on that worker die together every time they run side by side. Retried one at a time, only the poison
    batch is lost."""
    _, res = _match_poisoned(tmp_path, tiny_brands, workers=1, allowed_failures=0)
    assert res.counts["batches_failed"] == 1
    assert res.counts["images_computed"] == 9 + 8 - 4


def test_batches_are_cached_as_they_finish_and_merged_when_the_run_completes(
    tmp_path, tiny_brands, local_client
):
    """Each batch is committed to the detection cache when it comes back (a run killed later keeps it);
    a completed run leaves one index/part pair, holding every image it computed."""
    from knockoff.cluster import workloop

    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=2, images_per_site=12, row_group_size=5)
    cache_dir = lake / "cache" / "detections" / "model=tiny-1"
    seen: list[int] = []
    real_run_plan = workloop.run_plan

    def spy(client, plan, on_result, **kw):
        def wrapped(res):
            on_result(res)
            seen.append(len(list(cache_dir.glob("index-*.parquet"))))  # committed before the next batch

        return real_run_plan(client, plan, wrapped, **kw)

    workloop.run_plan = spy
    try:
        r = _match(lake, [DATE], tiny_brands, local_client, tmp_path / "run")
    finally:
        workloop.run_plan = real_run_plan
    assert len(seen) >= 4 and seen == sorted(seen) and seen[-1] >= 4, seen
    indexes = list(cache_dir.glob("index-*.parquet"))
    assert len(indexes) == 1 and len(list(cache_dir.glob("part-*.parquet"))) == 1
    cached = DetectionCache(Lake(str(lake)), "tiny-1")
    shas = pq.read_table(indexes[0]).column("image_sha256").to_pylist()
    assert len(shas) == r.counts["images_computed"] == 26
    det, _err = cached.read(cached.lookup(shas))
    run_det = pq.read_table(tmp_path / "run" / "detections.parquet")
    assert det.num_rows == run_det.num_rows  # min_score 0: every cached detection is in the run's output


def test_compact_keeps_every_image_and_removes_the_merged_pairs(tmp_path) -> None:
    import pyarrow as pa

    from knockoff.lake import DETECTIONS_SCHEMA

    cache = DetectionCache(Lake(str(tmp_path / "lake")), "m-1")

    def det(sha: str) -> dict:
        return dict(
            image_sha256=sha, brand="B", mark="m", score=0.5, x0=0.0, y0=0.0, x1=1.0, y1=1.0, method="cnn"
        )

    err = pa.table({"image_sha256": ["c"], "error": ["bad image"]})
    p1 = cache.commit(
        ["a", "b"], pa.Table.from_pylist([det("a"), det("b")], schema=DETECTIONS_SCHEMA), err.slice(0, 0)
    )
    p2 = cache.commit(["c", "d"], pa.Table.from_pylist([det("d")], schema=DETECTIONS_SCHEMA), err)
    merged = cache.compact([p1, p2])
    assert merged not in (p1, p2)
    files = sorted(p.name for p in Path(cache.dir).iterdir())
    assert len(files) == 2 and all(f.endswith(".parquet") for f in files)
    found = cache.lookup(["a", "b", "c", "d", "e"])
    assert set(found) == {"a", "b", "c", "d"} and set(found.values()) == {merged}
    d, e = cache.read(found)
    assert sorted(d["image_sha256"].to_pylist()) == ["a", "b", "d"]
    assert e.to_pylist() == [{"image_sha256": "c", "error": "bad image"}]
    assert cache.compact([merged]) == merged and cache.compact([]) is None


def _native_threads() -> tuple[int, str | None]:
    import os

    import cv2

    return cv2.getNumThreads(), os.environ.get("OMP_NUM_THREADS")


def test_workers_run_opencv_on_their_thread_budget(tmp_path, tiny_brands, local_client):
    """Dask's nanny gives each worker OMP_NUM_THREADS=1 (PyTorch and ONNX Runtime follow it); OpenCV's own pool
    would start a thread per core in every worker process: the matcher plugin's setup caps it."""
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=4, row_group_size=4)
    _match(lake, [DATE], tiny_brands, local_client, tmp_path / "run")
    assert set(local_client.run(_native_threads).values()) == {(1, "1")}
