"""Small print that the whole image's text detection does not box is read as a crop of the best wordmark-shaped
window (match.detect.ocr_window_read; engine.Matcher._ocr_rows).

The demo marketplace (seed 0) prints Solenne's wordmark about 55 x 19 px on a 430 x 400 jacket (listing 196) and
on a 580 x 540 trainer (listing 39): RapidOCR's detector, run on the whole image, boxes no text there, and the
CNN's wordmark windows of Nordvik and Solenne peak on the print about equally. Read as a crop of that window, the
print reads "SOLENNE": the brand is named, and Nordvik's window on it is vetoed (it reads clearly as another
brand's word). A clean photo and a decoy print of another word name no brand either way."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.matching.conftest import images_table

WORDMARK = {"L00196": "Solenne", "L00039": "Solenne"}
NAMES_NOTHING = ("L00002", "L00018")  # a clean rain jacket; a hoodie printed with a decoy word


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """The demo shop's images by listing id, and one Matcher (OCR on) per ocr_window_read."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.crawler.demoshop import generate_shop
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher

    root = tmp_path_factory.mktemp("shop")
    spec = generate_shop(root, seed=0, n_listings=200)
    truth = json.loads(Path(spec.truth_path).read_text())
    wanted = set(WORDMARK) | set(NAMES_NOTHING)
    images = {
        t["id"]: [(root / im["path"].lstrip("/")).read_bytes() for im in t["images"]]
        for t in truth["listings"]
        if t["id"] in wanted
    }
    brands = load_brands(spec.brands_path)
    matchers = {
        on: Matcher(
            brands, MatchConfig(ocr=True, device="cpu", detect=DetectConfig(ocr_window_read=on)), device="cpu"
        )
        for on in (False, True)
    }
    return images, matchers


def _rows(m, data: list[bytes]) -> list[dict]:
    det, err = m.detect(images_table(data))
    assert err.num_rows == 0
    return det.to_pylist()


def _best(rows: list[dict], brand: str) -> float:
    return max((r["score"] for r in rows if r["brand"] == brand), default=0.0)


@pytest.mark.parametrize("listing", sorted(WORDMARK))
def test_small_wordmark_is_read_in_its_window(demo, listing: str) -> None:
    images, matchers = demo
    brand = WORDMARK[listing]
    before = _rows(matchers[False], images[listing])
    assert not [r for r in before if r["method"] == "ocr"]  # the whole image's text names nothing
    reads = matchers[True].counters["ocr_window_reads"]
    after = _rows(matchers[True], images[listing])
    assert matchers[True].counters["ocr_window_reads"] > reads
    assert {r["brand"] for r in after if r["method"] == "ocr"} == {brand}
    assert _best(after, brand) >= 0.9
    assert _best(after, "Nordvik") < 0.2  # Nordvik's wordmark window on the print is vetoed
    assert _best(after, "Nordvik") < _best(before, "Nordvik")


@pytest.mark.parametrize("listing", NAMES_NOTHING)
def test_window_read_names_no_brand_where_none_is_printed(demo, listing: str) -> None:
    images, matchers = demo
    after = _rows(matchers[True], images[listing])
    assert not [r for r in after if r["method"] == "ocr"]
    assert max((r["score"] for r in after), default=0.0) <= max(
        (r["score"] for r in _rows(matchers[False], images[listing])), default=0.0
    )
