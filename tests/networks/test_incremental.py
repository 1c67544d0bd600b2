"""Incremental nights on the benchmark's generated marketplace (planted operators, stock and official
photos, boilerplate text): night after night through the stage's `link_night` on a real lake gives
the networks a from-scratch run gives, with or without compaction, and a night killed half-way
leaves the previous night's state valid."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from benchmarks.bench_networks import generate
from knockoff.jobs.night import networks as stage
from knockoff.lake import Lake
from knockoff.matching.networks import LinkParams

D1, D2, D3 = "2026-11-01", "2026-11-02", "2026-11-03"


@pytest.fixture(scope="module")
def market():
    """Three nights of listings: night 2 adds 10% new listings and changes 5% of the old ones
    (another description, some with an operator's contact, some photos dropped), night 3 changes
    some again and drops a few from the site."""
    listings, hashes, _, official = generate(3000, 7500, seed=3)
    rows = listings.drop(columns=["operator"])
    n1 = rows[rows["night"] == 1].drop(columns=["night"]).reset_index(drop=True)
    n2 = rows.drop(columns=["night"]).reset_index(drop=True)
    changed = n2.sample(frac=0.05, random_state=1).index
    n2.loc[changed, "description"] = n2.loc[changed, "description"] + " Now with free returns."
    op = listings.loc[listings["operator"].notna()].index[:10]
    n2.loc[op, "description"] = "Ask me anything: orders via Telegram @changed_op_shop"
    n2.loc[changed[:20], "image_sha256"] = n2.loc[changed[:20], "image_sha256"].map(lambda x: list(x)[:1])
    n3 = n2.drop(index=n2.index[::25]).copy()
    n3.loc[n3.index.intersection(changed[::2]), "description"] = "Plain description, nothing to link."
    by_sha = dict(zip(hashes.keys(), hashes.values(), strict=True))

    def lookup(shas: set[str]) -> tuple[pd.DataFrame, int]:
        got = sorted(s for s in shas if s in by_sha)
        return pd.DataFrame({"image_sha256": got, "phash": [by_sha[s] for s in got]}), len(got)

    off = ([bytes(h) for h in official["hashes"]], set(official["shas"]))
    return {D1: n1, D2: n2, D3: n3}, lookup, off


def run(lake_dir, nights, market, compact_after=8):
    data, lookup, off = market
    lake = Lake(str(lake_dir))
    out = {}
    for d in nights:
        res, _ = stage.link_night(
            lake, d, data[d], LinkParams(), off, hashes=lookup, compact_after=compact_after
        )
        out[d] = res
    return out


def networks_of(res) -> set[frozenset[str]]:
    return {frozenset(g["account"]) for _, g in res.members.groupby("network_id")}


def evidence(res) -> pd.DataFrame:
    """Per linked pair of accounts and kind: the strongest link and whether the pair was accepted."""
    lk = res.links
    return (
        lk.groupby(["account_a", "account_b", "kind"])
        .agg(weight=("weight", "max"), accepted=("accepted", "max"))
        .reset_index()
        .sort_values(["account_a", "account_b", "kind"])
        .reset_index(drop=True)
    )


def test_incremental_nights_give_the_networks_of_a_full_recompute(market, tmp_path):
    inc = run(tmp_path / "inc", [D1, D2, D3], market)
    assert inc[D2].counts["listings_new_or_changed"] < 0.2 * inc[D2].counts["listings_tonight"]
    data, lookup, off = market
    for d in (D2, D3):
        # a from-scratch run over every listing seen so far, each in its latest version
        upto = [x for x in (D1, D2, D3) if x <= d]
        every = pd.concat([data[x] for x in reversed(upto)]).drop_duplicates("listing_id")
        full = run(tmp_path / f"full-{d}", [d], ({d: every}, lookup, off))[d]
        assert networks_of(inc[d]) == networks_of(full)
        assert len(networks_of(full)) >= 10
        pd.testing.assert_frame_equal(evidence(inc[d]), evidence(full))
        cols = ["network_id", "account", "listing_id", "seller", "url"]
        a = inc[d].members[cols].sort_values(["account", "listing_id"]).reset_index(drop=True)
        b = full.members[cols].sort_values(["account", "listing_id"]).reset_index(drop=True)
        assert a.drop(columns="network_id").equals(b.drop(columns="network_id"))
    # first seen is kept across nights, last seen is the last night a listing was on the site
    m3 = inc[D3].members.set_index("listing_id")
    gone = set(market[0][D2]["listing_id"]) - set(market[0][D3]["listing_id"])
    assert (m3.loc[m3.index.isin(gone), "last_seen"] == D2).all()
    assert (m3.loc[~m3.index.isin(gone), "last_seen"] == D3).all()
    old = m3.index.isin(market[0][D1]["listing_id"])
    assert (m3.loc[old, "first_seen"] == D1).all() and (m3.loc[~old, "first_seen"] > D1).all()


def test_compaction_changes_nothing_and_a_night_writes_only_its_part(market, tmp_path):
    parts = run(tmp_path / "parts", [D1, D2, D3], market, compact_after=100)
    compact = run(tmp_path / "compact", [D1, D2, D3], market, compact_after=1)
    for d in (D2, D3):
        assert networks_of(parts[d]) == networks_of(compact[d])
        pd.testing.assert_frame_equal(evidence(parts[d]), evidence(compact[d]))
    lake = Lake(str(tmp_path / "parts"))
    man = json.loads(lake.fs.cat(f"{stage.snapshot_dir(lake, D3)}/state.json"))
    assert [p.split("/")[0] for p in man["parts"]["listings"]] == [f"date={d}" for d in (D1, D2, D3)]
    lake = Lake(str(tmp_path / "compact"))
    man = json.loads(lake.fs.cat(f"{stage.snapshot_dir(lake, D3)}/state.json"))
    assert [p.split("/")[0] for p in man["parts"]["postings"]] == [f"date={D3}"]


def test_a_killed_night_leaves_the_previous_state_and_a_rerun_is_identical(market, tmp_path, monkeypatch):
    clean = run(tmp_path / "clean", [D1, D2], market)[D2]
    run(tmp_path / "killed", [D1], market)
    lake = Lake(str(tmp_path / "killed"))
    real = stage.write_table_atomic

    def die(lk, path, table):
        if path.endswith("links.parquet"):
            raise KeyboardInterrupt("killed while writing")
        return real(lk, path, table)

    monkeypatch.setattr(stage, "write_table_atomic", die)
    with pytest.raises(KeyboardInterrupt):
        run(tmp_path / "killed", [D2], market)
    monkeypatch.setattr(stage, "write_table_atomic", real)
    assert stage.snapshot_dates(lake) == [D1]  # the half-written night is not a snapshot
    assert stage.load_networks(lake)["date"] == D1
    again = run(tmp_path / "killed", [D2], market)[D2]
    assert networks_of(again) == networks_of(clean)
    pd.testing.assert_frame_equal(evidence(again), evidence(clean))
    before = {n: stage.load_networks(lake, D2)[n] for n in ("members", "links", "networks")}
    run(tmp_path / "killed", [D2], market)  # and once more: the same snapshot
    after = stage.load_networks(lake, D2)
    for n, df in before.items():
        pd.testing.assert_frame_equal(df, after[n])
