"""Listing signals and fusion: misspellings, homoglyphs, price floor, authorised sellers, determinism."""

from __future__ import annotations

import random

import pyarrow as pa
import pytest

from knockoff.config import MatchConfig
from knockoff.lake import CANDIDATES_SCHEMA, DETECTIONS_SCHEMA, LISTINGS_SCHEMA
from knockoff.matching.fusion import rank_candidates

EMPTY_DET = DETECTIONS_SCHEMA.empty_table()


def listing(
    lid: str, title: str, price: float | None = None, seller: str | None = "shop-x", shas=None, **kw
) -> dict:
    row = {f.name: None for f in LISTINGS_SCHEMA}
    row.update(
        listing_id=lid, site="s", url=f"http://127.0.0.1/{lid}", title=title, description=kw.get("description"),
        price=price, currency="EUR", seller=seller, image_urls=[f"u{i}" for i in range(len(shas or []))],
        image_sha256=list(shas or []), crawl_date="2026-11-20",
    )  # fmt: skip
    return row


def table(rows: list[dict]) -> pa.Table:
    return pa.Table.from_pylist(rows, schema=LISTINGS_SCHEMA)


def det(sha: str, brand: str, score: float, box=(10.0, 20.0, 110.0, 90.0), method: str = "cnn+sift") -> dict:
    x0, y0, x1, y1 = box
    return dict(
        image_sha256=sha, brand=brand, mark="m", score=score, x0=x0, y0=y0, x1=x1, y1=y1, method=method
    )


def evidence_of(row: dict) -> dict:
    """A candidate row's evidence struct as plain dicts (Arrow maps come back as (key, value) pairs)."""
    ev = row["evidence"]
    return {**ev, "signals": dict(ev["signals"])}


def by_brand(cands: pa.Table, brand: str) -> dict[str, dict]:
    return {r["listing_id"]: r for r in cands.to_pylist() if r["brand"] == brand}


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Starlinng running jacket", "misspelling"),
        ("Starlign hoodie", "misspelling"),
        ("St4rling tee, best price", "homoglyph"),
        ("\u0405tarling jacket", "homoglyph"),  # Cyrillic DZE for S
        ("Starl\u0456ng cap", "homoglyph"),  # Cyrillic i
        ("S-t-a-r-l-i-n-g shoes", "misspelling"),
    ],
)
def test_disguised_brand_names_are_caught(brands, title: str, kind: str) -> None:
    out = by_brand(
        rank_candidates(table([listing("a", title)]), EMPTY_DET, brands, MatchConfig()), "Starling"
    )
    assert "a" in out, title
    ev = evidence_of(out["a"])
    assert kind in ev["signals"], (title, ev)
    assert "Starling" in out["a"]["reasons"]


def test_unrelated_text_is_not_a_candidate(brands) -> None:
    rows = [
        listing("a", "Plain cotton t-shirt"),
        listing("b", "Starter kit"),
        listing("c", "Quarter zip top"),
    ]
    out = rank_candidates(table(rows), EMPTY_DET, brands, MatchConfig())
    assert out.num_rows == 0, out.to_pylist()


def test_real_words_near_a_brand_are_not_misspellings(brands) -> None:
    out = rank_candidates(table([listing("b", "Sterling silver ring")]), EMPTY_DET, brands, MatchConfig())
    assert out.num_rows == 0, out.to_pylist()
    claimed = listing("c", "Silver ring")
    claimed["brand_claimed"] = "Sterling"
    assert rank_candidates(table([claimed]), EMPTY_DET, brands, MatchConfig()).num_rows == 0


def test_a_real_word_near_a_brand_counts_beside_a_logo(brands) -> None:
    """'Sterling jacket' with the Starling logo in its photo: the word is shown as (weak) evidence."""
    rows = [listing("word", "Sterling jacket", shas=["img1"]), listing("plain", "Jacket", shas=["img1"])]
    d = pa.Table.from_pylist([det("img1", "Starling", 0.6)], schema=DETECTIONS_SCHEMA)
    out = by_brand(rank_candidates(table(rows), d, brands, MatchConfig()), "Starling")
    assert out["word"]["score"] > out["plain"]["score"]
    assert "common word" in out["word"]["reasons"]
    assert evidence_of(out["word"])["text_hit"]["kind"] == "real_word"


def test_misspelling_outranks_mention_and_logo_outranks_text(brands) -> None:
    rows = [
        listing("mention", "Compatible with Starling jackets"),
        listing("missp", "Starlinng jacket"),
        listing("logo", "Jacket", shas=["img1"]),
    ]
    d = pa.Table.from_pylist([det("img1", "Starling", 0.92)], schema=DETECTIONS_SCHEMA)
    out = by_brand(rank_candidates(table(rows), d, brands, MatchConfig()), "Starling")
    assert out["logo"]["score"] > out["missp"]["score"] > out["mention"]["score"] > 0
    assert out["logo"]["rank"] == 1
    ev = evidence_of(out["logo"])
    assert ev["best_image"] == "img1" and ev["box"] == [10.0, 20.0, 110.0, 90.0]
    assert "logo" in out["logo"]["reasons"]


def test_price_below_floor_raises_the_score_and_is_explained(brands) -> None:
    rows = [listing("cheap", "Starlinng jacket", price=12.0), listing("full", "Starlinng jacket", price=80.0)]
    out = by_brand(rank_candidates(table(rows), EMPTY_DET, brands, MatchConfig()), "Starling")
    assert out["cheap"]["score"] > out["full"]["score"]
    assert "12" in out["cheap"]["reasons"] and "60" in out["cheap"]["reasons"]
    assert "price" not in evidence_of(out["full"])["signals"]


def test_price_alone_does_not_flag(brands) -> None:
    out = rank_candidates(table([listing("a", "Plain jacket", price=1.0)]), EMPTY_DET, brands, MatchConfig())
    assert out.num_rows == 0


def test_authorised_seller_not_flagged(brands) -> None:
    d = pa.Table.from_pylist([det("img1", "Starling", 0.99)], schema=DETECTIONS_SCHEMA)
    rows = [
        listing("official", "Starling jacket", price=5.0, seller="Starling-Official", shas=["img1"]),
        listing("other", "Starling jacket", price=5.0, seller="cheapdeals", shas=["img1"]),
    ]
    out = by_brand(rank_candidates(table(rows), d, brands, MatchConfig()), "Starling")
    assert "official" not in out and "other" in out


def test_ranks_schema_and_determinism(brands) -> None:
    rows = [listing(f"l{i:02d}", t, price=p, shas=[f"img{i}"]) for i, (t, p) in enumerate(
        [("Starlinng", 10.0), ("Starling", 70.0), ("Quadra bag", 5.0), ("Qu4dra", 40.0), ("bag", None), ("Starling", 70.0)]
    )]  # fmt: skip
    dets = [
        det("img0", "Starling", 0.7),
        det("img4", "Quadra", 0.95),
        det("img4", "Starling", 0.02, method="cnn"),
    ]
    d = pa.Table.from_pylist(dets, schema=DETECTIONS_SCHEMA)
    out = rank_candidates(table(rows), d, brands, MatchConfig())
    assert out.schema.equals(CANDIDATES_SCHEMA)
    for shuffle_seed in range(3):
        shuffled = rows[:]
        random.Random(shuffle_seed).shuffle(shuffled)
        d2 = pa.Table.from_pylist(
            random.Random(shuffle_seed).sample(dets, len(dets)), schema=DETECTIONS_SCHEMA
        )
        assert rank_candidates(table(shuffled), d2, brands, MatchConfig()).equals(out)
    for brand in ("Starling", "Quadra"):
        rs = [r for r in out.to_pylist() if r["brand"] == brand]
        assert [r["rank"] for r in rs] == list(range(1, len(rs) + 1))
        keys = [(-r["score"], r["listing_id"]) for r in rs]
        assert keys == sorted(keys)  # by score, ties by listing_id
        assert all(0 < r["score"] <= 1 for r in rs)
    star = by_brand(out, "Starling")
    assert star["l01"]["score"] == star["l05"]["score"] and star["l01"]["rank"] < star["l05"]["rank"]


def test_text_similarity_knob_is_read_from_the_config(brands) -> None:
    rows = table([listing("a", "Starlinng jacket")])
    assert by_brand(rank_candidates(rows, EMPTY_DET, brands, MatchConfig()), "Starling")
    strict = MatchConfig(fusion={"text_min_similarity": 100})
    assert not by_brand(rank_candidates(rows, EMPTY_DET, brands, strict), "Starling")
