"""The product-code signal: a listing naming the brand's GTIN (under its GS1 company prefix) or part number."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pytest
import yaml

from knockoff.config import MatchConfig
from knockoff.errors import ConfigError
from knockoff.jobs.delivery.evidence import evidence_fingerprint, evidence_record
from knockoff.jobs.delivery.report import reasons
from knockoff.lake import CANDIDATES_SCHEMA
from knockoff.matching.brands import Brand, load_brands
from knockoff.matching.fusion import rank_candidates
from tests.matching.test_fusion import EMPTY_DET, evidence_of, listing, table

ACME = Brand(
    "Acme",
    [Path("acme.png")],
    gtin_prefixes=["4006381", "0036000"],
    part_numbers=["KT2000-EU"],
    authorized_sellers=["acme-official"],
)


@pytest.mark.parametrize(
    ("gtin", "mpn", "want"),
    [
        ("4006381333931", None, ("gtin", "4006381333931")),  # EAN-13 under its prefix
        ("036000291452", None, ("gtin", "036000291452")),  # UPC-A: compared in GTIN-13 form, 0036000...
        ("10036000291459", None, ("gtin", "10036000291459")),  # GTIN-14: its packaging digit aside
        ("5901234123457", None, None),  # another company's EAN-13
        ("96385074", None, None),  # an EAN-8 carries no company prefix of this length
        (None, "kt 2000 eu", ("mpn", "kt 2000 eu")),  # case, spaces and punctuation ignored
        (None, "KT2000-US", None),
        ("5901234123457", "KT2000EU", ("mpn", "KT2000EU")),
        (None, None, None),
    ],
)
def test_code_claimed(gtin, mpn, want) -> None:
    assert ACME.code_claimed(gtin, mpn) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Kettle KT2000-EU, boxed", ("mpn", "KT2000-EU")),
        ("kettle kt2000eu like new", ("mpn", "KT2000-EU")),
        ("Kettle XKT2000-EU", None),  # inside a longer code: another item's
        ("Kettle KT2000 EU", None),  # split into two words
        ("", None),
    ],
)
def test_a_part_number_written_in_the_text(text, want) -> None:
    assert ACME.code_claimed(None, None, text) == want


def _row(lid: str, title: str, **codes) -> dict:
    row = listing(lid, title, price=49.0)
    row.update(codes)
    return row


def test_a_listing_naming_the_brands_gtin_is_a_candidate_with_that_evidence() -> None:
    rows = [
        _row("a", "Electric kettle 1.7 l", gtin="4006381333931"),
        _row("b", "Electric kettle 1.7 l", gtin="5901234123457"),  # another company's
        _row("c", "Electric kettle 1.7 l", mpn="KT2000-EU"),
        {**_row("d", "Electric kettle", gtin="4006381333931"), "seller": "Acme Official"},  # authorised
    ]
    out = {
        r["listing_id"]: r for r in rank_candidates(table(rows), EMPTY_DET, [ACME], MatchConfig()).to_pylist()
    }
    assert set(out) == {"a", "c"}
    ev = evidence_of(out["a"])
    assert ev["signals"] == {"product_code": 1.0} and ev["product_code"] == {
        "kind": "gtin",
        "code": "4006381333931",
    }
    assert out["a"]["score"] == pytest.approx(0.3)  # weighed as a claim, like the brand field
    assert out["a"]["reasons"] == "names Acme's GTIN 4006381333931"
    assert evidence_of(out["c"])["product_code"] == {"kind": "mpn", "code": "KT2000-EU"}
    said = reasons({**out["a"], "brand": "Acme"}, "EUR", None)
    assert said == ["the listing names Acme's GTIN 4006381333931"]


def test_a_code_ties_a_common_word_near_miss_to_the_brand() -> None:
    starling = Brand("Starling", [Path("s.png")], gtin_prefixes=["4006381"])
    plain = rank_candidates(
        table([_row("a", "Sterling silver kettle")]), EMPTY_DET, [starling], MatchConfig()
    )
    assert plain.num_rows == 0
    tied = rank_candidates(
        table([_row("a", "Sterling silver kettle", gtin="4006381333931")]),
        EMPTY_DET,
        [starling],
        MatchConfig(),
    )
    assert set(evidence_of(tied.to_pylist()[0])["signals"]) == {"product_code", "real_word"}


def test_evidence_without_a_code_keeps_the_fingerprint_of_older_nights() -> None:
    older = {"signals": {"logo": 0.9}, "best_image": "ab", "box": [1.0, 2.0, 3.0, 4.0], "mark": "m", "method": "cnn",
             "text_hit": None}  # fmt: skip
    assert evidence_fingerprint({**older, "product_code": None}) == evidence_fingerprint(older)
    with_code = {**older, "product_code": {"kind": "gtin", "code": "4006381333931"}}
    assert evidence_fingerprint(with_code) != evidence_fingerprint(older)
    record = evidence_record(with_code)
    assert record["product_code"] == {"kind": "gtin", "code": "4006381333931"}
    assert evidence_record(older)["product_code"] is None
    pa.array([record], CANDIDATES_SCHEMA.field("evidence").type)  # fits the struct


def test_brands_yaml_codes_and_a_bad_prefix(tmp_path: Path, marks_dir: Path) -> None:
    doc = {"brands": [{"name": "Acme", "marks": [str(marks_dir / "marks" / "starling.png")],
                       "gtin_prefixes": ["4006381"], "part_numbers": ["KT2000-EU"]}]}  # fmt: skip
    (tmp_path / "brands.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    acme = load_brands(tmp_path / "brands.yaml")[0]
    assert (acme.gtin_prefixes, acme.part_numbers) == (["4006381"], ["KT2000-EU"])
    doc["brands"][0]["gtin_prefixes"] = ["40A6381"]
    (tmp_path / "brands.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    with pytest.raises(ConfigError, match="gtin_prefixes.*GS1 company prefix"):
        load_brands(tmp_path / "brands.yaml")


def test_registering_codes_keeps_the_brands_digest(brands) -> None:
    """The digest is part of the model version that keys cached detections; codes only change fusion."""
    b = brands[0]
    with_codes = Brand(b.name, b.marks, b.keywords, b.aliases, b.price_floor, b.authorized_sellers,
                       b.official_images, ["4006381"], ["KT2000-EU"])  # fmt: skip
    assert with_codes.digest() == b.digest()
