"""With one or two brands registered, clear words that name none of them compete as another brand would
(match.detect.ocr_text_rival; matching/engine.py Matcher._text_rival, compete_in_image).

A brand registered alone has no other brand to lose to: on real-logos' development half Hugo Boss's wordmark
alone scored 0.5 or more on 34 other brands' photos, and OCR read that photo's own brand clearly (0.86 or more)
on all 34 (benchmarks/RESULTS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knockoff.config import DetectConfig, MatchConfig
from knockoff.matching.brands import Brand
from knockoff.matching.engine import TEXT_RIVAL
from knockoff.matching.imageio import decode
from tests.matching.conftest import background, jpeg_bytes

BOX = (10.0, 10.0, 200.0, 40.0)


def _matcher(brands: list[Brand], rival: float = 0.9):
    from knockoff.matching.engine import Matcher

    detect = DetectConfig(ocr_text_rival=rival, cohort_size=12)
    return Matcher(brands, MatchConfig(ocr=False, device="cpu", detect=detect), device="cpu")


def test_clear_words_that_name_no_registered_brand_make_one_rival_row(brands) -> None:
    assert DetectConfig().ocr_text_rival == 0.9  # on by default
    one = _matcher(brands[:1])
    d = decode(jpeg_bytes(background(3, 120, 160)))
    read = ([("COLUMBIA", 0.97, BOX), ("SPORTSWEAR", 0.93, BOX), ("ok", 0.99, BOX)], [])
    rows = one._text_rival("sha", d, read)
    assert [(r["brand"], r["method"], r["score"]) for r in rows] == [(TEXT_RIVAL, "ocr", 0.97)]
    assert one._text_rival("sha", d, (read[0], ["a hit naming a registered brand"])) == []
    assert one._text_rival("sha", d, ([("COLUMBIA", 0.85, BOX)], [])) == []  # not read clearly enough
    assert one._text_rival("sha", d, ([("ABC 123", 0.99, BOX)], [])) == []  # under 4 letters
    assert one._text_rival("sha", d, None) == []  # OCR off, or not read
    assert _matcher(brands[:1], rival=0.0)._text_rival("sha", d, read) == []
    third = Brand(name="Trio", marks=list(brands[0].marks), keywords=["trio"])
    assert not _matcher([*brands, third]).few  # three brands compete among themselves
    assert _matcher([*brands, third])._text_rival("sha", d, read) == []


# real-logos development photos: two other brands' photos that Hugo Boss's wordmark alone scored 0.58 on
# (read as "Columbia" and "BVLGARI"), and one of its own whose text names it
OTHERS = (
    "6287536c74cfa2c5d5b43cd435e7b0bc29741f03e35a9d6dd9dbee245033e43b",
    "2b758742babef8f05978210f771e9e1b6597902ecb3be45541408662005f2803",
)
OWN = "09b542d92253debde609d5100e8183f253ea8c25f4b57b215d70b4c2028b75ee"


@pytest.fixture(scope="module")
def boss_alone():
    from tests.matching.real_photos import brands_and_files

    brands, files = brands_and_files({*OTHERS, OWN})
    return [b for b in brands if b.name == "Hugo Boss"], files


def _best(brands: list[Brand], files: dict[str, Path], rival: float) -> dict[str, tuple[float, str]]:
    from knockoff.matching.engine import Matcher
    from tests.matching.conftest import images_table

    detect = DetectConfig(ocr_text_rival=rival, cohort_size=12)
    m = Matcher(brands, MatchConfig(ocr=True, device="cpu", detect=detect), device="cpu")
    shas = sorted(files)
    det, errors = m.detect(images_table([Path(files[s]).read_bytes() for s in shas], shas))
    assert errors.num_rows == 0
    best: dict[str, tuple[float, str]] = {s: (0.0, "") for s in shas}
    for r in det.to_pylist():
        assert r["brand"] == "Hugo Boss"  # the rival row is never a detection
        best[r["image_sha256"]] = max(best[r["image_sha256"]], (r["score"], r["method"]))
    return best


def test_a_brand_alone_loses_other_brands_photos_whose_words_name_them_and_keeps_its_own(boss_alone) -> None:
    brands, files = boss_alone
    off, on = _best(brands, files, 0.0), _best(brands, files, 0.9)
    for sha in OTHERS:
        assert off[sha][0] >= 0.5 and off[sha][1] == "cnn", off[sha]  # only the CNN's window
        assert on[sha][0] < 0.3, on[sha]
    assert off[OWN] == on[OWN] and on[OWN][0] >= 0.9 and on[OWN][1] == "ocr"
