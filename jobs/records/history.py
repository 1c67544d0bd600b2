"""Listing history across nights: first seen, last seen, nights seen, price changes.

A snapshot per night is kept at `LAKE/history/date=D/history.parquet`. Building night D folds
the listings of every night after the latest earlier snapshot into it, so a night reads only its
own listings (plus one snapshot), not the whole past. Rebuilding a night replaces its snapshot.
"""

from __future__ import annotations

import json
import logging

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knockoff.lake import Lake, check_date, write_table_atomic

log = logging.getLogger(__name__)

HISTORY_SCHEMA = pa.schema(
    [
        ("listing_id", pa.string()),
        ("site", pa.string()),
        ("first_seen", pa.string()),
        ("last_seen", pa.string()),
        ("nights_seen", pa.int32()),
        ("price_first", pa.float64()),
        ("price_prev", pa.float64()),  # price on the night before the last change (null: never changed)
        ("price_last", pa.float64()),
        ("price_changed", pa.string()),  # date of the last price change (null: never changed)
        ("price_history", pa.string()),  # JSON [[date, price], ...], one entry per change, first included
    ]
)

_COLUMNS = ["listing_id", "site", "price"]


def snapshot_path(lake: Lake, date: str) -> str:
    return lake.join("history", f"date={check_date(date)}", "history.parquet")


def snapshot_dates(lake: Lake) -> list[str]:
    """Dates with a complete history snapshot."""
    return lake.complete_dates("history", "history.parquet")


def read_snapshot(lake: Lake, date: str) -> pa.Table:
    path = snapshot_path(lake, date)
    if not lake.fs.exists(path):
        return HISTORY_SCHEMA.empty_table()
    return pq.read_table(path, filesystem=lake.fs).cast(HISTORY_SCHEMA)


def _fold(state: dict[str, dict], listings: pa.Table, date: str) -> None:
    """Fold one night's listings into the state (listing_id -> history row)."""
    seen: set[str] = set()
    for lid, site, price in zip(*(listings.column(c).to_pylist() for c in _COLUMNS), strict=True):
        if lid is None or lid in seen:
            continue
        seen.add(lid)
        row = state.get(lid)
        if row is None:
            state[lid] = {
                "listing_id": lid,
                "site": site,
                "first_seen": date,
                "last_seen": date,
                "nights_seen": 1,
                "price_first": price,
                "price_prev": None,
                "price_last": price,
                "price_changed": None,
                "price_history": json.dumps([[date, price]]),
            }
            continue
        if row["last_seen"] >= date:  # the same night folded twice: nothing new
            continue
        row["last_seen"] = date
        row["nights_seen"] += 1
        if price is not None and row["price_last"] is not None and abs(price - row["price_last"]) > 1e-9:
            hist = json.loads(row["price_history"])
            hist.append([date, price])
            row.update(price_prev=row["price_last"], price_changed=date, price_history=json.dumps(hist))
        if price is not None:
            row["price_last"] = price


def build_history(lake: Lake | str, date: str) -> pa.Table:
    """Build (and store) the history snapshot for `date`; returns every listing ever seen up to it."""
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    check_date(date)
    earlier = [d for d in snapshot_dates(lake) if d < date]
    state: dict[str, dict] = {}
    start = ""
    if earlier:
        start = earlier[-1]
        state = {r["listing_id"]: r for r in read_snapshot(lake, start).to_pylist()}
    nights = [d for d in lake.dates("listings") if start < d <= date]
    for d in nights:
        _fold(state, lake.read("listings", d, columns=_COLUMNS), d)
    log.info(
        "history %s: %d listings, folded %d night(s) after %s", date, len(state), len(nights), start or "-"
    )
    rows = sorted(state.values(), key=lambda r: r["listing_id"])
    table = pa.Table.from_pylist(rows, schema=HISTORY_SCHEMA)
    write_table_atomic(lake, snapshot_path(lake, date), table)
    return table


def tonight(lake: Lake | str, date: str) -> pa.Table:
    """History rows of the listings seen on `date`, with `is_new` (first seen tonight)."""
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    hist = build_history(lake, date)
    mask = pc.equal(hist.column("last_seen"), date)
    rows = hist.filter(mask)
    is_new = pc.equal(rows.column("first_seen"), date)
    return rows.append_column("is_new", is_new)
