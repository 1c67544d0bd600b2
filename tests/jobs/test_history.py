"""Listing history across nights: new tonight, first/last seen, price changes, incremental snapshots."""

from __future__ import annotations

from knockoff.jobs.records.history import build_history, snapshot_dates, tonight
from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night


def test_history_over_three_nights(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    a, b, c = Item(1, "a", price=10.0), Item(2, "b", price=20.0), Item(3, "c", price=30.0)
    Night(lake, "2026-11-01", [a, b]).write()
    Night(lake, "2026-11-02", [a, Item(2, "b", price=15.0), c]).write()
    Night(lake, "2026-11-03", [Item(2, "b", price=12.5), c]).write()

    n1 = {r["listing_id"]: r for r in tonight(lake, "2026-11-01").to_pylist()}
    assert set(n1) == {a.lid, b.lid} and all(r["is_new"] for r in n1.values())

    n2 = {r["listing_id"]: r for r in tonight(lake, "2026-11-02").to_pylist()}
    assert {k for k, r in n2.items() if r["is_new"]} == {c.lid}
    assert n2[b.lid]["price_prev"] == 20.0 and n2[b.lid]["price_last"] == 15.0
    assert n2[b.lid]["price_changed"] == "2026-11-02"
    assert n2[a.lid]["price_changed"] is None and n2[a.lid]["nights_seen"] == 2

    n3 = {r["listing_id"]: r for r in tonight(lake, "2026-11-03").to_pylist()}
    assert set(n3) == {b.lid, c.lid}  # a was not seen on night 3
    assert n3[b.lid]["first_seen"] == "2026-11-01" and n3[b.lid]["nights_seen"] == 3
    assert n3[b.lid]["price_history"] == '[["2026-11-01", 20.0], ["2026-11-02", 15.0], ["2026-11-03", 12.5]]'
    full = {r["listing_id"]: r for r in build_history(lake, "2026-11-03").to_pylist()}
    assert full[a.lid]["last_seen"] == "2026-11-02"
    assert snapshot_dates(lake) == ["2026-11-01", "2026-11-02", "2026-11-03"]


def test_incremental_equals_from_scratch_and_rerun_is_idempotent(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    for i, d in enumerate(["2026-11-01", "2026-11-02", "2026-11-03"]):
        Night(lake, d, [Item(n, f"t{n}", price=10.0 + (n * i) % 3) for n in range(i, i + 5)]).write()
    build_history(lake, "2026-11-01")
    build_history(lake, "2026-11-02")
    incremental = build_history(lake, "2026-11-03")
    again = build_history(lake, "2026-11-03")
    assert again.equals(incremental)
    lake.fs.rm(lake.join("history"), recursive=True)
    scratch = build_history(lake, "2026-11-03")  # folds all nights with no snapshot
    assert scratch.equals(incremental)
