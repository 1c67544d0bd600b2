"""Every lake read unifies a partition to the contract schema (issue 15, case 3 and its siblings).

Partitions written by older versions or other tools (a brand's own dump) may lack optional columns,
carry extra ones, order them differently or store a type that casts; all read as the contract says.
A column that cannot be cast is a one-line LakeError naming the file.
"""

from __future__ import annotations

import datetime as dt

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from knockoff.errors import KnockoffError, LakeError
from knockoff.lake import LISTINGS_SCHEMA, Lake

DATE = "2026-03-04"


def _row(n: int) -> dict:
    return {
        "listing_id": f"id{n}", "site": "s", "url": f"http://127.0.0.1/item/{n}", "title": f"item {n}",
        "description": "", "brand_claimed": None, "price": 10.0 + n, "currency": "EUR", "sku": None,
        "availability": "InStock", "seller": "bob", "seller_url": f"http://127.0.0.1/seller/{n}",
        "image_urls": [f"http://127.0.0.1/img/{n}.jpg"], "image_sha256": [f"sha{n}"], "crawl_date": DATE,
        "fetched_at": dt.datetime(2026, 3, 4, tzinfo=dt.UTC),
    }  # fmt: skip


def _foreign(lake: Lake, site: str, table: pa.Table) -> str:
    """Write `table` as a complete listings partition exactly as another tool would (no schema cast)."""
    part = lake.partition("listings", DATE, site)
    lake.fs.makedirs(part, exist_ok=True)
    path = f"{part}/part-0.parquet"
    pq.write_table(table, path)
    with lake.fs.open(f"{part}/_SUCCESS", "wb") as fh:
        fh.write(b"1")
    return path


@pytest.fixture
def lake(tmp_path) -> Lake:
    lk = Lake(str(tmp_path / "lake"))
    with lk.writer("listings", DATE, "ours") as w:
        w.write([_row(1), _row(2)])
    return lk


def test_missing_column_reads_as_null(lake):
    old = pa.Table.from_pylist([_row(3)], schema=LISTINGS_SCHEMA).drop_columns(["seller_url", "sku"])
    _foreign(lake, "older", old)
    t = lake.read("listings", DATE)
    assert t.schema == LISTINGS_SCHEMA
    rows = {r["listing_id"]: r for r in t.to_pylist()}
    assert sorted(rows) == ["id1", "id2", "id3"]
    assert rows["id3"]["seller_url"] is None and rows["id3"]["sku"] is None
    assert rows["id3"]["title"] == "item 3" and rows["id3"]["price"] == 13.0
    assert rows["id1"]["seller_url"] == "http://127.0.0.1/seller/1"
    # a column subset naming the missing column, as the rank stage asks for it
    sub = lake.read("listings", DATE, columns=["listing_id", "seller_url"])
    assert sub.column_names == ["listing_id", "seller_url"]
    assert dict(zip(*sub.to_pydict().values(), strict=True))["id3"] is None


def test_extra_columns_ignored_and_order_free(lake):
    t = pa.Table.from_pylist([_row(4)], schema=LISTINGS_SCHEMA)
    t = t.append_column("their_internal_score", pa.array([0.7]))
    t = t.select(list(reversed(t.column_names)))  # columns in another order
    _foreign(lake, "dump", t)
    out = lake.read("listings", DATE, site="dump")
    assert out.schema == LISTINGS_SCHEMA
    assert out.to_pylist() == pa.Table.from_pylist([_row(4)], schema=LISTINGS_SCHEMA).to_pylist()


def test_castable_types_are_cast(lake):
    r = _row(5)
    t = pa.table(
        {
            "listing_id": [r["listing_id"]], "url": [r["url"]], "title": [r["title"]],
            "price": pa.array([12], pa.int64()),  # integer prices
            "fetched_at": pa.array([dt.datetime(2026, 3, 4)], pa.timestamp("ms")),  # ms, no zone
            "image_sha256": pa.array([["sha5"]], pa.large_list(pa.large_string())),
        }
    )  # fmt: skip
    _foreign(lake, "ints", t)
    out = lake.read("listings", DATE, site="ints").to_pylist()[0]
    assert out["price"] == 12.0 and isinstance(out["price"], float)
    assert out["image_sha256"] == ["sha5"] and out["seller"] is None
    assert out["fetched_at"] == dt.datetime(2026, 3, 4, tzinfo=dt.UTC)


def test_uncastable_type_is_one_line_error_naming_the_file(lake):
    t = pa.Table.from_pylist([_row(6)], schema=LISTINGS_SCHEMA).set_column(
        6, "price", pa.array(["twelve euros"])
    )
    path = _foreign(lake, "broken", t)
    with pytest.raises(LakeError) as exc:
        lake.read("listings", DATE)
    msg = str(exc.value)
    assert isinstance(exc.value, KnockoffError)
    assert "\n" not in msg and path in msg and "'price'" in msg and "double" in msg


def test_unreadable_file_is_one_line_error(lake):
    path = _foreign(lake, "torn", pa.Table.from_pylist([_row(7)], schema=LISTINGS_SCHEMA))
    data = lake.fs.cat_file(path)
    lake.fs.pipe_file(path, data[: len(data) // 2])
    with pytest.raises(LakeError) as exc:
        lake.read("listings", DATE)
    assert "\n" not in str(exc.value) and path in str(exc.value)


def test_read_file_row_group_and_unknown_column(lake):
    path = lake.files("listings", DATE, "ours")[0]
    t = lake.read_file("listings", path, ["listing_id", "seller_url"], row_group=0)
    assert t.to_pylist()[0] == {"listing_id": "id1", "seller_url": "http://127.0.0.1/seller/1"}
    with pytest.raises(LakeError, match="no column"):
        lake.read("listings", DATE, columns=["nope"])
