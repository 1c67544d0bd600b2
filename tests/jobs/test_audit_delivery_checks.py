"""Delivery refuses what it cannot deliver truthfully (audit items 6 and 2):

- brands the run never matched (not in its manifest's brands) are an error, not "No candidates";
- a lake folder that does not exist (a relative path from the manifest, read from another folder)
  is an error for `deliver` and the rank stage, and nothing is created there.
"""

from __future__ import annotations

import json

import pytest
import yaml

import knockoff
from knockoff.config import DeliverConfig
from knockoff.errors import KnockoffError
from knockoff.jobs.cli import main
from knockoff.jobs.delivery.deliver import deliver
from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night, evidence, write_run

DATE = "2026-11-20"


@pytest.fixture()
def run(tmp_path):
    """A run over an Acme and a Globex listing whose manifest says it matched Acme and Globex."""
    lake = Lake(str(tmp_path / "lake"))
    items = [Item(1, "Acme runner", price=12.0), Item(2, "Globex cap", price=9.0)]
    Night(lake, DATE, items).write()
    run_dir = write_run(
        tmp_path / "lake" / "runs" / "r1",
        lake.root,
        DATE,
        [("Acme", items[0], 0.9, evidence(items[0], 0.9))],  # Globex matched, nothing found
    )
    brands_yaml = tmp_path / "brands.yaml"
    brands_yaml.write_text(
        yaml.safe_dump({"brands": [{"name": n, "marks": ["m.png"]} for n in ("Acme", "Nordvik")]})
    )
    _manifest(run_dir, brands={"path": str(brands_yaml), "names": ["Acme", "Globex"]})
    return run_dir, lake, brands_yaml


def _manifest(run_dir, **changes) -> None:
    m = json.loads((run_dir / "manifest.json").read_text())
    (run_dir / "manifest.json").write_text(json.dumps(m | changes))


def test_brands_the_run_never_matched_are_refused(run) -> None:
    run_dir, lake, _ = run
    with pytest.raises(
        KnockoffError, match=r"run r1 did not match Nordvik, Initech \(it matched Acme, Globex\)"
    ):
        deliver(str(run_dir), lake.root, ["Acme", "Nordvik", "Initech"], DeliverConfig(min_score=0.0))
    assert not (run_dir / "brands").exists() and not (run_dir / "index.html").exists()


def test_a_matched_brand_without_candidates_is_delivered_clean(run) -> None:
    run_dir, lake, _ = run
    res = deliver(str(run_dir), lake.root, ["Acme", "Globex"], DeliverConfig(min_score=0.0))
    assert res["brands"]["Acme"]["candidates"] == 1 and res["brands"]["Globex"]["candidates"] == 0


def test_deliver_brands_file_naming_an_unmatched_brand_exits_2(run, capsys) -> None:
    run_dir, _, brands_yaml = run
    assert main(["deliver", "--run", str(run_dir), "--brands", str(brands_yaml)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("knockoff deliver: error: run r1 did not match Nordvik") and err.count("\n") == 1
    assert not (run_dir / "brands").exists()


def test_deliver_refuses_a_relative_lake_that_is_not_there(run, tmp_path, monkeypatch, capsys) -> None:
    run_dir, _, _ = run
    _manifest(run_dir, lake="demo/lake")  # as recorded by `match --lake demo/lake` from another folder
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert main(["deliver", "--run", str(run_dir)]) == 2
    err = capsys.readouterr().err
    assert err == (
        "knockoff deliver: error: lake 'demo/lake' not found "
        "(the lake the run's manifest names; pass --lake)\n"
    )
    assert list(elsewhere.iterdir()) == []  # no stray lake
    assert not (run_dir / "brands").exists()
    # the fix the message names
    assert main(["deliver", "--run", str(run_dir), "--lake", str(tmp_path / "lake")]) == 0


def test_deliver_refuses_a_lake_option_that_is_not_there(run, tmp_path) -> None:
    run_dir, _, _ = run
    with pytest.raises(KnockoffError, match=r"^lake '.*nolake' not found$"):
        deliver(str(run_dir), str(tmp_path / "nolake"), None, DeliverConfig(min_score=0.0))
    assert not (tmp_path / "nolake").exists()


def test_api_rank_refuses_a_lake_that_is_not_there(run, tmp_path, monkeypatch) -> None:
    run_dir, _, _ = run
    _manifest(run_dir, lake="demo/lake")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(
        KnockoffError, match=r"lake 'demo/lake' not found \(the lake the run's manifest names"
    ):
        knockoff.rank(str(run_dir))
    with pytest.raises(KnockoffError, match=r"^lake 'other' not found$"):
        knockoff.rank(str(run_dir), lake="other")
    assert not (tmp_path / "demo").exists() and not (tmp_path / "other").exists()
    assert not (run_dir / "ranked.parquet").exists()
    assert knockoff.rank(str(run_dir), lake=str(tmp_path / "lake"))["candidates"] == {"Acme": 1}
