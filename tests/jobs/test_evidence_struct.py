"""The evidence column is a typed struct; runs made before (JSON text) read, rank and deliver alike."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.config import DeliverConfig, MatchConfig
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.delivery.evidence import (
    evidence_fingerprint,
    evidence_record,
    parse_evidence,
    upgrade_evidence,
)
from knockoff.jobs.night.rank import RANKED_SCHEMA, load_ranked, rank_run
from knockoff.lake import (
    CANDIDATES_SCHEMA,
    DETECTIONS_SCHEMA,
    EVIDENCE_TYPE,
    LISTINGS_SCHEMA,
    Lake,
    sha256_hex,
)
from knockoff.matching.brands import Brand
from knockoff.matching.fusion import fuse_candidates
from tests.jobs.lakefix import Item, Night, evidence, write_run

DATE = "2026-11-20"


def _as_json_column(table: pa.Table) -> pa.Table:
    """The same table as an older run wrote it: evidence as sorted-key JSON text."""
    texts = []
    for ev in table.column("evidence").to_pylist():
        texts.append(
            None if ev is None else json.dumps({**ev, "signals": dict(ev["signals"])}, sort_keys=True)
        )
    i = table.schema.get_field_index("evidence")
    return table.set_column(i, pa.field("evidence", pa.string()), pa.array(texts, pa.string()))


def _fused() -> pa.Table:
    brand = Brand("Starling", [Path("mark.png")], price_floor=90.0)
    rows = []
    for i, title in enumerate(["Starlinng jacket", "St4rling tee", "Sterling jacket", "Starling cap"]):
        row = {f.name: None for f in LISTINGS_SCHEMA}
        row.update(listing_id=f"l{i}", title=title, price=20.0, image_sha256=[f"img{i}"])
        rows.append(row)
    det = [
        {"image_sha256": "img2", "brand": "Starling", "mark": "m", "score": 0.81, "method": "cnn+sift"}
        | {"x0": 1.0, "y0": 2.0, "x1": 30.5, "y1": 40.25},
        {"image_sha256": "img3", "brand": "Starling", "mark": "o", "score": 0.7, "method": "official_photo"}
        | {"x0": None, "y0": None, "x1": None, "y1": None},
    ]
    listings = pa.Table.from_pylist(rows, schema=LISTINGS_SCHEMA)
    return fuse_candidates(
        listings, pa.Table.from_pylist(det, schema=DETECTIONS_SCHEMA), [brand], MatchConfig()
    )


def test_fusion_writes_a_typed_struct() -> None:
    out = _fused()
    assert out.schema.field("evidence").type == EVIDENCE_TYPE
    by_id = {r["listing_id"]: r["evidence"] for r in out.to_pylist()}
    signals = dict(by_id["l2"]["signals"])
    assert set(signals) == {"logo", "real_word", "price"} and signals["logo"] == 0.81
    assert by_id["l2"]["box"] == [1.0, 2.0, 30.5, 40.2] and by_id["l2"]["method"] == "cnn+sift"
    assert by_id["l1"]["text_hit"] == {"kind": "homoglyph", "found": "St4rling", "term": "Starling"}
    assert by_id["l3"]["best_image"] == "img3" and by_id["l3"]["box"] is None


def test_struct_and_json_evidence_read_the_same_and_keep_their_fingerprint() -> None:
    new = _fused()
    old = _as_json_column(new)
    for s, j in zip(new.column("evidence").to_pylist(), old.column("evidence").to_pylist(), strict=True):
        a, b = parse_evidence(s), parse_evidence(j)
        assert (a.signals, a.image, a.box, a.mark) == (b.signals, b.image, b.box, b.mark)
        # a brand's rejection recorded against an older JSON run still matches tonight's struct run
        assert evidence_fingerprint(s) == evidence_fingerprint(j)
        assert evidence_record(j) == {**s, "signals": dict(s["signals"])}
    assert upgrade_evidence(old).equals(new)


def test_bad_evidence_never_raises() -> None:
    for bad in (
        "{not json",
        "[1, 2]",
        "",
        None,
        {"signals": "x", "box": [3, 2, 1]},
        {"signals": [("a", 1.0)]},
    ):
        ev = parse_evidence(bad)
        assert ev.box is None and ev.image is None
    assert evidence_record(None) is None
    assert evidence_record('{"text_hit": 5, "method": 3}')["text_hit"] is None


def test_an_old_json_run_ranks_and_delivers(tmp_path) -> None:
    lake = Lake(str(tmp_path / "lake"))
    items = [Item(1, "Acme runner", price=12.0), Item(2, "Acme cap", price=9.0)]
    Night(lake, DATE, items).write()
    cands = [("Acme", it, s, evidence(it, s)) for it, s in zip(items, (0.9, 0.7), strict=True)]
    run = write_run(tmp_path / "lake" / "runs" / "old", lake.root, DATE, cands)
    table = pq.read_table(run / "candidates.parquet")
    pq.write_table(_as_json_column(table), run / "candidates.parquet")  # as a run before the struct
    assert pq.read_schema(run / "candidates.parquet").field("evidence").type == pa.string()
    res = rank_run(str(run), lake.root, DATE)
    assert res["candidates"] == {"Acme": 2}
    ranked = pq.read_table(run / "ranked.parquet")
    assert ranked.schema.field("evidence").type == EVIDENCE_TYPE
    assert [dict(e["signals"])["logo"] for e in ranked.column("evidence").to_pylist()] == [0.9, 0.7]
    # a ranked.parquet written before the struct is upgraded when read
    pq.write_table(_as_json_column(ranked), run / "ranked.parquet")
    rows, _ = load_ranked(str(run))
    assert rows[0]["evidence"]["best_image"] == sha256_hex(items[0].image)
    res = deliver(str(run), lake.root, ["Acme"], DeliverConfig(min_score=0.0, outputs=["parquet"]))
    out = pq.read_table(run / "brands" / "Acme" / "candidates.parquet")
    assert out.schema == RANKED_SCHEMA and out.num_rows == 2
    assert CANDIDATES_SCHEMA.field("evidence").type == EVIDENCE_TYPE


def _without_product_code(table: pa.Table) -> pa.Table:
    """The same table as a run before 2026-12-05 wrote it: the evidence struct without `product_code`."""
    old_type = pa.struct([f for f in EVIDENCE_TYPE if f.name != "product_code"])
    values = [
        None if ev is None else {k: v for k, v in ev.items() if k != "product_code"}
        for ev in table.column("evidence").to_pylist()
    ]
    i = table.schema.get_field_index("evidence")
    return table.set_column(i, pa.field("evidence", old_type), pa.array(values, old_type))


def test_a_run_written_before_the_product_code_field_ranks_alike(tmp_path) -> None:
    new = _fused()
    old = _without_product_code(new)
    assert old.schema.field("evidence").type != EVIDENCE_TYPE
    for s, o in zip(new.column("evidence").to_pylist(), old.column("evidence").to_pylist(), strict=True):
        assert evidence_fingerprint(s) == evidence_fingerprint(o)  # a rejection recorded before still matches
    assert upgrade_evidence(old).equals(new)
    lake = Lake(str(tmp_path / "lake"))
    items = [Item(1, "Acme runner", price=12.0), Item(2, "Acme cap", price=9.0)]
    Night(lake, DATE, items).write()
    cands = [("Acme", it, s, evidence(it, s)) for it, s in zip(items, (0.9, 0.7), strict=True)]
    run = write_run(tmp_path / "lake" / "runs" / "old", lake.root, DATE, cands)
    pq.write_table(
        _without_product_code(pq.read_table(run / "candidates.parquet")), run / "candidates.parquet"
    )
    assert rank_run(str(run), lake.root, DATE)["candidates"] == {"Acme": 2}
    ranked = pq.read_table(run / "ranked.parquet")
    assert ranked.schema.field("evidence").type == EVIDENCE_TYPE
    assert [e["product_code"] for e in ranked.column("evidence").to_pylist()] == [None, None]
