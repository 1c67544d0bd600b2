"""Audit fixes (stop 68) in `knockoff match` and the night around it, on a real LocalCluster with the tiny
matcher and real Parquet lakes:

- the manifest records the lake (and brands file) as absolute paths: a run delivered from another working
  folder finds its lake (item 2);
- a rerun of a finished night with another configuration or brands file is refused, pointing to
  `--force match`; an unchanged rerun still runs nothing (item 4);
- staging folders that killed matches left in a run folder are removed when a later match of the run
  succeeds; a live process's staging folder is kept (item 12).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import psutil
import pytest
import yaml
from PIL import Image, ImageDraw

from knockoff.config import KnockoffConfig, MatchConfig, SiteConfig
from knockoff.errors import KnockoffError
from knockoff.jobs.night import match as match_mod
from knockoff.jobs.night.match import run_match
from knockoff.jobs.night.nightly import STAGES, mark_stage, run_nightly
from knockoff.jobs.records.rundir import RunDir
from tests.cluster import tiny_matcher as tm
from tests.cluster.conftest import DATE
from tests.cluster.lakegen import write_night

TINY = {"matcher_factory": tm.FACTORY, "brands_loader": tm.LOADER, "ranker": tm.RANKER}


def _brands(folder: Path, keywords: list[str] | None = None) -> Path:
    """A brands.yaml the project's loader accepts (real PNG marks) and the tiny matcher reads (names)."""
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for name in ("Acme", "Bolt"):
        im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
        ImageDraw.Draw(im).ellipse((8, 8, 56, 56), fill=(30, 90, 200, 255))
        im.save(folder / f"{name.lower()}.png", "PNG")
        entries.append({"name": name, "marks": [f"{name.lower()}.png"], "keywords": keywords or []})
    path = folder / "brands.yaml"
    path.write_text(yaml.safe_dump({"brands": entries}))
    return path


def _cfg(lake: Path, brands: Path, min_score: float = 0.0) -> KnockoffConfig:
    return KnockoffConfig(
        lake=str(lake),
        brands=str(brands),
        sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])],
        match=MatchConfig(device="cpu", min_score=min_score),
    )


def test_manifest_records_absolute_lake_and_brands(tmp_path, local_client, monkeypatch):
    write_night(tmp_path / "demo" / "lake", DATE, sites=1, images_per_site=6, row_group_size=4)
    brands = _brands(tmp_path / "demo" / "shop")
    monkeypatch.chdir(tmp_path)
    res = run_match(
        "demo/lake", [DATE], "demo/shop/brands.yaml", _cfg(Path("demo/lake"), brands), run_id="myrun",
        client=local_client, **TINY,
    )  # fmt: skip
    run = tmp_path / "demo" / "lake" / "runs" / "myrun"
    m = json.loads((run / "manifest.json").read_text())
    assert m["lake"] == str(tmp_path / "demo" / "lake")
    assert m["inputs"]["lake"] == str(tmp_path / "demo" / "lake")
    assert m["brands"]["path"] == str(brands)
    assert len(m["brands"]["sha256"]) == 64 and m["results_config_hash"]
    assert res.counts["images"] > 0 and res.counts["candidates"] > 0
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert RunDir(str(run)).lake() == str(tmp_path / "demo" / "lake")


def _finished_night(tmp_path: Path, local_client) -> tuple[KnockoffConfig, Path]:
    """A night whose match ran for real (tiny matcher) and whose other stages are recorded done."""
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=6, row_group_size=4)
    brands = _brands(tmp_path / "shop")
    cfg = _cfg(lake, brands)
    night = lake / "runs" / f"night-{DATE}"
    run_match(str(lake), [DATE], str(brands), cfg, out_dir=str(night), run_id=f"night-{DATE}",
              client=local_client, **TINY)  # fmt: skip
    for stage in STAGES:
        mark_stage(str(night), stage, "done")
    return cfg, night


def test_unchanged_rerun_runs_nothing(tmp_path, local_client):
    cfg, _ = _finished_night(tmp_path, local_client)
    res = run_nightly(cfg, DATE)
    assert res.ran == [] and res.skipped == list(STAGES)
    assert "ran nothing" in res.summary


def test_rerun_with_another_config_is_refused(tmp_path, local_client):
    cfg, night = _finished_night(tmp_path, local_client)
    before = (night / "manifest.json").read_text()
    changed = _cfg(Path(cfg.lake), Path(cfg.brands), min_score=0.5)
    old = json.loads(before)["results_config_hash"]
    with pytest.raises(KnockoffError) as err:
        run_nightly(changed, DATE)
    msg = str(err.value)
    assert "\n" not in msg and err.value.exit_code == 2
    assert old in msg and match_mod.results_config_hash(changed) in msg and "--force match" in msg
    assert (night / "manifest.json").read_text() == before, "the refused rerun changed the night"
    # cluster settings do not change what the night makes: not refused
    other_cluster = cfg.model_copy(update={"cluster": cfg.cluster.model_copy(update={"n_workers": 3})})
    assert run_nightly(other_cluster, DATE).ran == []


def test_rerun_with_another_brands_file_is_refused(tmp_path, local_client):
    cfg, night = _finished_night(tmp_path, local_client)
    old = json.loads((night / "manifest.json").read_text())["brands"]["sha256"]
    _brands(Path(cfg.brands).parent, keywords=["acme"])  # same names, other content
    new = match_mod.brands_sha256(cfg.brands)
    assert new != old
    with pytest.raises(KnockoffError, match="--force match") as err:
        run_nightly(cfg, DATE)
    assert old[:16] in str(err.value) and new[:16] in str(err.value)
    # forcing a stage after match does not make the stale match acceptable
    with pytest.raises(KnockoffError, match="--force match"):
        run_nightly(cfg, DATE, force=["rank"])


# ---- item 12: staging folders of killed matches --------------------------------------------------


def _staging_name(pid: int, born_ms: int, host: str | None = None) -> str:
    return f".staging-{'a' * 12}-{host or match_mod._host_tag()}-{pid}-{born_ms}"


def test_successful_match_removes_staging_of_killed_matches_only(tmp_path, local_client):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=6, row_group_size=4)
    brands = _brands(tmp_path / "shop")
    run = tmp_path / "run"
    run.mkdir()
    dead = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        dead_born = int(psutil.Process(dead.pid).create_time() * 1000)
        live_born = int(psutil.Process(live.pid).create_time() * 1000)
        dead.kill()
        dead.wait()
        folders = {
            "killed": _staging_name(dead.pid, dead_born),
            "reused_pid": _staging_name(live.pid, live_born - 60_000),  # the pid now names another process
            "legacy": ".staging-0123456789ab",  # made before staging names held their owner
            "live": _staging_name(live.pid, live_born),
            "other_host": _staging_name(dead.pid, dead_born, host="00000000"),
        }
        for name in folders.values():
            (run / name).mkdir()
            (run / name / "detections-000000.parquet").write_bytes(b"partial")
        old = 1_600_000_000
        for p in (run / folders["legacy"], run / folders["legacy"] / "detections-000000.parquet"):
            os.utime(p, (old, old))
        run_match(str(lake), [DATE], str(brands), _cfg(lake, brands), out_dir=str(run), client=local_client,
                  **TINY)  # fmt: skip
        left = {p.name for p in run.glob(".staging-*")}
        assert left == {folders["live"], folders["other_host"]}
    finally:
        live.kill()
        live.wait()
