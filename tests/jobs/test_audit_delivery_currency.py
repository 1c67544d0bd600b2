"""A listing's currency travels with its price (audit item 7): ranked.parquet and each brand's
candidates.parquet gain a `currency` column, candidates.csv one after `price`, the price reason
quotes it and so do the takedown notices. A listing without a currency gets nothing extra."""

from __future__ import annotations

import csv
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from knockoff.config import DeliverConfig, MatchConfig
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.feedback import CONFIRMED, write_takedowns
from knockoff.jobs.night.rank import RANKED_SCHEMA, load_ranked, rank_run
from knockoff.lake import CANDIDATES_SCHEMA, DETECTIONS_SCHEMA, LISTINGS_SCHEMA, Lake
from knockoff.matching.brands import Brand
from knockoff.matching.fusion import rank_candidates
from tests.jobs.lakefix import SITE, Item, Night, evidence, write_run

DATE = "2026-11-20"


@pytest.fixture()
def run(tmp_path):
    """A run over two Acme listings: item 1 priced in EUR, item 2 with no currency in the lake."""
    lake = Lake(str(tmp_path / "lake"))
    items = [Item(1, "Acme runner", price=14.45), Item(2, "Acme cap", price=9.0)]
    Night(lake, DATE, items).write()
    listings = lake.read("listings", DATE)
    cur = ["EUR" if lid == items[0].lid else None for lid in listings.column("listing_id").to_pylist()]
    listings = listings.set_column(
        listings.schema.get_field_index("currency"), "currency", pa.array(cur, pa.string())
    )
    with lake.writer("listings", DATE, SITE) as w:  # replaces the partition
        w.write(listings.to_pylist())
    cands = [("Acme", it, s, evidence(it, s)) for it, s in zip(items, (0.9, 0.7), strict=True)]
    return write_run(tmp_path / "lake" / "runs" / "r1", lake.root, DATE, cands), lake, items


def test_ranked_parquet_appends_the_listing_currency(run) -> None:
    run_dir, lake, items = run
    rank_run(str(run_dir), lake)
    table = pq.read_table(run_dir / "ranked.parquet")
    assert table.schema.names[: len(CANDIDATES_SCHEMA)] == CANDIDATES_SCHEMA.names
    assert table.schema.names[-1] == "currency" and table.schema == RANKED_SCHEMA
    got = dict(zip(table.column("listing_id").to_pylist(), table.column("currency").to_pylist(), strict=True))
    assert got == {items[0].lid: "EUR", items[1].lid: None}


def test_brand_parquet_and_csv_carry_the_currency(run) -> None:
    run_dir, lake, items = run
    deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0))
    folder = run_dir / "brands" / "Acme"
    t = pq.read_table(folder / "candidates.parquet")
    assert t.schema.names[-1] == "currency"
    assert dict(zip(t.column("listing_id").to_pylist(), t.column("currency").to_pylist(), strict=True)) == {
        items[0].lid: "EUR",
        items[1].lid: None,
    }
    text = (folder / "candidates.csv").read_text()
    header = text.splitlines()[0].split(",")
    assert header[header.index("price") + 1] == "currency"
    rows = {r["listing_id"]: r for r in csv.DictReader(io.StringIO(text))}
    assert (rows[items[0].lid]["price"], rows[items[0].lid]["currency"]) == ("14.45", "EUR")
    assert (rows[items[1].lid]["price"], rows[items[1].lid]["currency"]) == ("9.0", "")


def test_takedown_notice_quotes_the_currency(run, tmp_path) -> None:
    run_dir, lake, items = run
    rank_run(str(run_dir), lake)
    ranked, run_id = load_ranked(str(run_dir))
    for r in ranked:
        r["feedback"] = CONFIRMED
    (path,) = write_takedowns(ranked, tmp_path / "notices", run_id)
    text = path.read_text()
    assert "- Price: 14.45 EUR\n" in text
    assert "- Price: 9.0\n" in text  # no currency in the lake: nothing added


def test_a_run_ranked_before_the_column_still_loads(run) -> None:
    run_dir, lake, items = run
    rank_run(str(run_dir), lake)
    old = pq.read_table(run_dir / "ranked.parquet").drop_columns(["currency"])
    pq.write_table(old, run_dir / "ranked.parquet")
    rows, _ = load_ranked(str(run_dir))
    assert len(rows) == 2 and all(r["currency"] is None for r in rows)
    deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0))
    assert pq.read_table(run_dir / "brands" / "Acme" / "candidates.parquet").schema == RANKED_SCHEMA


def _listing(lid: str, currency: str | None) -> dict:
    row = {f.name: None for f in LISTINGS_SCHEMA}
    row.update(
        listing_id=lid, site="s", url=f"http://127.0.0.1/{lid}", title="Starlinng jacket", price=14.45,
        currency=currency, seller="shop-x", image_urls=[], image_sha256=[], crawl_date=DATE,
    )  # fmt: skip
    return row


def test_price_reason_quotes_the_listing_currency() -> None:
    brand = Brand("Starling", marks=[], price_floor=40.0)
    listings = pa.Table.from_pylist([_listing("eur", "EUR"), _listing("none", None)], schema=LISTINGS_SCHEMA)
    cands = rank_candidates(listings, DETECTIONS_SCHEMA.empty_table(), [brand], MatchConfig())
    reasons = dict(
        zip(cands.column("listing_id").to_pylist(), cands.column("reasons").to_pylist(), strict=True)
    )
    assert "price 14.45 EUR vs floor 40 EUR" in reasons["eur"]
    assert "price 14.45 vs floor 40" in reasons["none"] and "EUR" not in reasons["none"]
