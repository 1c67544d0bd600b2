"""The networks stage on the real demo: real Scrapy crawl over loopback, real Parquet lake, Dask."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
from distributed import Client

from knockoff.crawler.demoshop.evaluate import evaluate_networks
from knockoff.jobs.cli import main
from knockoff.jobs.night.networks import load_networks, snapshot_dir
from knockoff.jobs.night.nightly import run_nightly, stage_status
from knockoff.lake import Lake
from tests.networks.conftest import D1, D2


def test_planted_networks_are_recovered_and_honest_sellers_not_merged(demo_nights):
    out, cfg = demo_nights
    for date, truth in ((D1, out / "truth-night1.json"), (D2, out / "shop" / "truth.json")):
        members = pq.read_table(f"{snapshot_dir(Lake(cfg.lake), date)}/members.parquet")
        res = evaluate_networks(truth, members)
        assert res["precision"] >= 0.9 and res["recall"] >= 0.9, res
        assert res["honest_merged"] == [], res
        assert res["operators"] == 3


def test_official_photo_reuse_in_the_demo_is_kept_as_weak_evidence_only(demo_nights):
    out, cfg = demo_nights
    truth = json.loads((out / "shop" / "truth.json").read_text())
    official_sellers = {t["seller"] for t in truth["listings"] if any(i["official"] for i in t["images"])}
    assert len(official_sellers) >= 3  # several independent sellers show an official photo
    snap = load_networks(cfg.lake, D2)
    in_networks = {a.rsplit("/", 1)[-1] for a in snap["members"]["account"]}
    honest = {
        s for s in official_sellers if not any(t["operator"] for t in truth["listings"] if t["seller"] == s)
    }
    assert honest and not (honest & in_networks)


def test_second_night_processes_only_new_listings_and_keeps_network_ids(demo_nights):
    _, cfg = demo_nights
    lake = Lake(cfg.lake)
    c1 = json.loads(lake.fs.cat(f"{snapshot_dir(lake, D1)}/_SUCCESS"))
    c2 = json.loads(lake.fs.cat(f"{snapshot_dir(lake, D2)}/_SUCCESS"))
    assert c2["previous_snapshot"] == D1
    assert c1["listings_new_or_changed"] == c1["listings_tonight"]
    assert 0 < c2["listings_new_or_changed"] <= 0.15 * c2["listings_tonight"]
    assert c2["hashes_computed"] < 0.25 * c1["hashes_computed"]
    n1 = load_networks(lake, D1)["networks"].set_index("network_id")
    n2 = load_networks(lake, D2)["networks"].set_index("network_id")
    assert set(n1.index) == set(n2.index)
    assert (n2["listings"] >= n1["listings"].reindex(n2.index)).all()
    assert (n2["first_seen"] == D1).all() and (n2["last_seen"] == D2).all()


def test_rerun_is_idempotent_and_reuses_cached_hashes(demo_nights):
    _, cfg = demo_nights
    lake = Lake(cfg.lake)
    before = {
        n: pq.read_table(f"{snapshot_dir(lake, D1)}/{n}.parquet") for n in ("members", "links", "networks")
    }
    res = run_nightly(cfg, D1, stage="networks", force=["networks"])
    assert res.ran == ["networks"]
    counts = stage_status(res.run_dir)["networks"]["counts"]
    assert counts["hashes_computed"] == 0  # every hash came from the lake's cache
    for name, table in before.items():
        assert pq.read_table(f"{snapshot_dir(lake, D1)}/{name}.parquet").equals(table), name
    # a snapshot without its _SUCCESS marker (a run killed while writing) is not read
    lake.fs.rm(f"{snapshot_dir(lake, D2)}/_SUCCESS")
    assert load_networks(lake)["date"] == D1
    run_nightly(cfg, D2, stage="networks", force=["networks"])
    assert load_networks(lake)["date"] == D2


def test_cli_lists_and_shows_networks(demo_nights, capsys):
    _, cfg = demo_nights
    assert main(["networks", "list", "--lake", cfg.lake]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0] == f"networks on {D2}: 3"
    nid = out.splitlines()[2].split()[0]
    assert main(["networks", "show", nid, "--lake", cfg.lake, "--date", D1]) == 0
    shown = capsys.readouterr().out
    assert shown.startswith(f"network {nid} ({D1}): 3 sellers")
    assert "sellers:" in shown and "listings:" in shown and "links" in shown
    assert main(["networks", "show", "N-missing", "--lake", cfg.lake]) == 2
    assert "no network 'N-missing'" in capsys.readouterr().err


def test_the_nightly_stage_runs_its_tasks_on_the_dask_cluster_and_gives_the_same_networks(
    demo_nights, tmp_path, monkeypatch
):
    """`knockoff nightly`'s networks stage, given no client, opens one on the configured cluster
    (here a real LocalCluster's scheduler) and runs listing features and photo hashes there."""
    import shutil

    from distributed import LocalCluster

    from knockoff.jobs.night import networks as stage

    _, cfg = demo_nights
    lake_copy = tmp_path / "lake"
    shutil.copytree(cfg.lake, lake_copy, ignore=shutil.ignore_patterns("networks"))  # crawl done
    monkeypatch.setattr(stage, "FEATURE_CHUNK", 25)  # several feature tasks for the demo's listings
    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as lc:
        cluster = cfg.cluster.model_copy(update={"scheduler": lc.scheduler_address})
        cfg2 = cfg.model_copy(update={"lake": str(lake_copy), "runs": None, "cluster": cluster})
        res = run_nightly(cfg2, D1, stage="networks", force=["networks"])
        with Client(lc) as c:
            prefixes = c.run_on_scheduler(lambda dask_scheduler: sorted(dask_scheduler.task_prefixes))
    assert res.ran == ["networks"]
    assert {"hash_image_file", "listing_features"} <= set(prefixes)
    counts = stage_status(res.run_dir)["networks"]["counts"]
    assert counts["hashes_computed"] == counts["images_new"] > 0
    ours = pq.read_table(f"{snapshot_dir(Lake(cfg.lake), D1)}/members.parquet")
    theirs = pq.read_table(f"{snapshot_dir(Lake(str(lake_copy)), D1)}/members.parquet")
    assert theirs.select(["network_id", "account", "listing_id"]).equals(
        ours.select(["network_id", "account", "listing_id"])
    )
