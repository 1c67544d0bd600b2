"""`knockoff runs`: list, show and diff with per-signal reasons."""

from __future__ import annotations

import json

from knockoff.jobs.records.rundir import RunDir
from knockoff.jobs.records.runs import _cmd_diff, diff_runs, list_runs, resolve_run
from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night, evidence, write_run

D = "2026-11-01"


def _runs(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    a, b, c, d = (Item(i, f"item {i}", price=10.0 * i) for i in range(1, 5))
    Night(lake, D, [a, b, c, d]).write()
    root = tmp_path / "lake" / "runs"
    ra = write_run(
        root / "run-a",
        lake.root,
        D,
        [
            ("Acme", a, 0.9, evidence(a, 0.9, text=0.5)),
            ("Acme", b, 0.6, evidence(b, 0.4, text=0.8)),
            ("Acme", c, 0.3, evidence(c, 0.3)),
        ],
    )
    rb = write_run(
        root / "run-b",
        lake.root,
        D,
        [
            ("Acme", a, 0.5, evidence(a, 0.45, text=0.5)),
            ("Acme", b, 0.6, evidence(b, 0.4, text=0.8)),
            ("Acme", d, 0.7, evidence(d, 0.7)),
        ],
    )
    return lake, ra, rb, (a, b, c, d)


def test_diff_says_what_moved_and_why(tmp_path):
    lake, ra, rb, (a, b, c, d) = _runs(tmp_path)
    changes = {ch.listing_id: ch for ch in diff_runs(RunDir(str(ra)), RunDir(str(rb)))}
    assert changes[a.lid].kind == "down" and (changes[a.lid].rank_a, changes[a.lid].rank_b) == (1, 3)
    assert changes[a.lid].why() == "logo 0.90->0.45"  # text did not change: not listed
    assert changes[b.lid].kind == "same"
    assert changes[c.lid].kind == "dropped" and changes[d.lid].kind == "new"
    assert changes[d.lid].why() == "logo 0.70 (new signal); text 0.00 (new signal)"


def test_list_show_and_cli_diff_by_run_id(tmp_path, capsys):
    lake, ra, rb, (a, *_rest) = _runs(tmp_path)
    runs = list_runs(lake.root + "/runs")
    assert {r["run_id"] for r in runs} == {"run-a", "run-b"}
    assert runs[0]["dates"] == [D]
    assert resolve_run("run-b", lake=lake.root).path == str(rb)

    class Args:
        run_a, run_b, lake, runs, raw, json, all, limit = "run-a", "run-b", None, None, False, True, False, 50

    Args.lake = lake.root
    assert _cmd_diff(Args) == 0
    out = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert {o["kind"] for o in out} == {"down", "dropped", "new"}
    assert next(o for o in out if o["listing_id"] == a.lid)["why"] == "logo 0.90->0.45"
