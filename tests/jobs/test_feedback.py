"""Brand feedback changes the next night's ranking: rejected, confirmed sellers, authorised sellers."""

from __future__ import annotations

import csv
import io

import pyarrow.parquet as pq
import pytest

from knockoff.config import DeliverConfig
from knockoff.errors import KnockoffError
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.feedback import import_feedback, load_feedback, write_takedowns
from knockoff.jobs.night.rank import load_ranked, rank_run
from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night, evidence, write_run

D1, D2, D3 = "2026-11-01", "2026-11-02", "2026-11-03"


def _items():
    return {
        1: Item(1, "Acme tee", seller="bad-seller"),
        2: Item(2, "Plain tee with a similar logo", seller="honest"),
        3: Item(3, "Acme hoodie", seller="acme-partner"),
        4: Item(4, "Acme cap", seller="other"),
        5: Item(5, "Acme socks", seller="bad-seller", url="http://other-market.example/p/5"),
        6: Item(6, "Acme bag", seller="bad-seller"),
        7: Item(7, "Acme belt", seller="acme-partner"),
    }


def _night(tmp_path, lake, date, ids, scores, logo2=0.5):
    it = _items()
    Night(lake, date, [it[i] for i in ids]).write()
    rows = []
    for i in ids:
        logo = logo2 if i == 2 else scores[i]
        rows.append(("Acme", it[i], scores[i], evidence(it[i], logo)))
    run = write_run(tmp_path / "lake" / "runs" / f"night-{date}", lake.root, date, rows)
    rank_run(str(run), lake, date)
    return run


def _fill(csv_text: str, verdicts: dict[str, str]) -> str:
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    for r in rows:
        r["verdict"] = verdicts.get(r["listing_id"], "")
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=list(rows[0]))
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


def test_feedback_changes_the_next_ranking(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    it = _items()
    scores = {1: 0.9, 2: 0.8, 3: 0.7, 4: 0.5, 5: 0.6, 6: 0.3, 7: 0.65}
    run1 = _night(tmp_path, lake, D1, [1, 2, 3, 4, 5], scores)
    deliver(str(run1), lake, ["Acme"], DeliverConfig(min_score=0.0))
    sent = _fill(
        (run1 / "brands" / "Acme" / "candidates.csv").read_text(),
        {it[1].lid: "confirmed", it[2].lid: "Rejected", it[3].lid: "authorized", it[5].lid: "confirmed"},
    )
    (tmp_path / "back.csv").write_text(sent)
    res = import_feedback(lake, "Acme", tmp_path / "back.csv")
    assert (res["confirmed"], res["rejected"], res["authorised"]) == (2, 1, 1)
    assert import_feedback(lake, "Acme", tmp_path / "back.csv")["already_imported"] is True
    assert len(load_feedback(lake, ["Acme"])) == 4

    # Night 2: same listings plus seller-mates of the confirmed and of the authorised seller.
    run2 = _night(tmp_path, lake, D2, [1, 2, 3, 4, 5, 6, 7], scores)
    ranked = {r["listing_id"]: r for r in pq.read_table(run2 / "ranked.parquet").to_pylist()}
    assert it[2].lid not in ranked  # rejected, same evidence
    assert it[3].lid not in ranked and it[7].lid not in ranked  # authorised seller suppressed
    assert ranked[it[1].lid]["feedback"] == "confirmed"
    boosted = ranked[it[6].lid]
    assert boosted["feedback"] == "seller_confirmed" and boosted["score_match"] == pytest.approx(0.3)
    assert boosted["score"] == pytest.approx(1 - 0.7 * 0.7, abs=1e-6)
    assert "bad-seller" in boosted["reasons"]
    assert ranked[it[4].lid]["feedback"] is None and ranked[it[4].lid]["score"] == pytest.approx(0.5)
    order = [r["listing_id"] for r in sorted(ranked.values(), key=lambda r: r["rank"])]
    assert order == [it[1].lid, it[5].lid, it[6].lid, it[4].lid]  # 6 (0.3 -> 0.51) moved above 4
    # Without feedback, 6 would rank last: the change comes from the feedback.
    raw = pq.read_table(run2 / "candidates.parquet").to_pylist()
    assert max(raw, key=lambda r: r["rank"])["listing_id"] == it[6].lid

    # Night 3: the rejected listing's evidence changed (a stronger logo match): it is listed again.
    run3 = _night(tmp_path, lake, D3, [1, 2, 4], scores, logo2=0.95)
    ranked3 = {r["listing_id"]: r for r in load_ranked(str(run3))[0]}
    assert ranked3[it[2].lid]["feedback"] == "rejected_evidence_changed"
    assert "evidence has changed" in ranked3[it[2].lid]["reasons"]


def test_takedowns_one_file_per_marketplace(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    it = _items()
    run1 = _night(tmp_path, lake, D1, [1, 4, 5], {1: 0.9, 4: 0.5, 5: 0.6})
    deliver(str(run1), lake, ["Acme"], DeliverConfig(min_score=0.0))
    sent = _fill(
        (run1 / "brands" / "Acme" / "candidates.csv").read_text(), {it[1].lid: "yes", it[5].lid: "yes"}
    )
    (tmp_path / "back.csv").write_text(sent)
    import_feedback(lake.root, "Acme", tmp_path / "back.csv")
    run2 = _night(tmp_path, lake, D2, [1, 4, 5], {1: 0.9, 4: 0.5, 5: 0.6})
    ranked, run_id = load_ranked(str(run2))
    paths = write_takedowns(ranked, tmp_path / "notices", run_id=run_id)
    names = sorted(p.name for p in paths)
    assert names == ["takedown-127.0.0.1_8999.md", "takedown-other-market.example.md"]
    text = (tmp_path / "notices" / "takedown-127.0.0.1_8999.md").read_text()
    assert it[1].url in text and it[4].url not in text and it[5].url not in text
    assert (
        "Mark: Acme (acme-logo.png)" in text
        and "logo 0.90" in text
        and "box (x0, y0, x1, y1): 100, 80" in text
    )


@pytest.mark.parametrize(
    "text, needle",
    [
        ("listing_id,verdict\nabc,maybe\n", "line 2: unknown verdict 'maybe'"),
        ("listing_id,score\nabc,1\n", "no 'verdict' column"),
        ("title,verdict\nx,confirmed\n", "'listing_id' or 'url'"),
        ("listing_id,verdict,brand\nabc,confirmed,Globex\n", "brand 'Globex' is not 'Acme'"),
        ("listing_id,verdict\nabc,authorised\n", "needs the seller"),
    ],
)
def test_bad_feedback_csv_is_one_line_error(tmp_path, text, needle):
    (tmp_path / "f.csv").write_text(text)
    with pytest.raises(KnockoffError, match=needle) as err:
        import_feedback(str(tmp_path / "lake"), "Acme", tmp_path / "f.csv")
    assert "\n" not in str(err.value)
