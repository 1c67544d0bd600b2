"""A window keeps SIFT's box, and its row the method "cnn+sift", only where the match counts as verification
(`match.detect.sift_counted_boxes`, model v30; matching/engine.py `Matcher._counted`): RANSAC fits a homography
to 4 chance correspondences on most photos, and that box, reported as SIFT evidence, lay off the print and hid
the window's shape match. On composites made by another hand (benchmarks/eval_composites_other.py, their first
40, the same bytes as the benchmark's), as the Matcher runs by default. Needs ../shared/data (skips without it).
"""

from __future__ import annotations

import pytest

from benchmarks.eval_metrics import iou
from knockoff.matching.signals.image import box_of
from tests.matching.conftest import images_table, knob_matcher
from training.shared_data import data_available

pytestmark = pytest.mark.skipif(
    not data_available(), reason="../shared/data (simple-icons and clothing photos) is absent"
)

# (sample name, its brand): a print that shape verification confirms, and a print SIFT really verifies
SHAPE_CONFIRMED = "oc1-0010"
SIFT_VERIFIED = "oc1-0039"


@pytest.fixture(scope="module")
def rows(tmp_path_factory: pytest.TempPathFactory):
    """name -> (sample, rows with sift_counted_boxes off, rows with it on) for the two composites."""
    from benchmarks import eval_composites_other as oc
    from benchmarks.bench_composites_other import write_brands
    from knockoff.matching.brands import load_brands

    registered, samples = oc.generate(40)
    chosen = [s for s in samples if s.name in (SHAPE_CONFIRMED, SIFT_VERIFIED)]
    brands = load_brands(write_brands(registered, tmp_path_factory.mktemp("other-hand")))
    table = images_table([s.jpeg for s in chosen], [s.name for s in chosen])
    out, versions = [], set()
    for counted in (False, True):
        m = knob_matcher(brands, ocr=True, sift_counted_boxes=counted)
        versions.add(m.model_version)
        det, err = m.detect(table)
        assert err.num_rows == 0, err.to_pylist()
        out.append(det.to_pylist())
    assert len(versions) == 2  # the knob names the model
    return {s.name: (s, *[[r for r in got if r["image_sha256"] == s.name] for got in out]) for s in chosen}


def _best(rows: list[dict], brand: str) -> dict:
    return max((r for r in rows if r["brand"] == brand), key=lambda r: r["score"])


def test_a_chance_fit_is_no_sift_evidence_and_the_shape_match_shows(rows) -> None:
    sample, before, after = rows[SHAPE_CONFIRMED]
    # before: RANSAC's chance fits gave several brands a "SIFT" box, the printed brand's among them
    assert sum(r["method"] == "cnn+sift" for r in before) >= 5
    old = _best(before, sample.brand)
    assert old["method"] == "cnn+sift" and iou(box_of(old), sample.box) < 0.5
    # now no row claims SIFT evidence on this photo; the print's row shows its shape match, boxed on the print
    assert not [r for r in after if r["method"] == "cnn+sift"]
    new = _best(after, sample.brand)
    assert new["method"] == "cnn+shape" and iou(box_of(new), sample.box) >= 0.5
    assert new["score"] == pytest.approx(old["score"], abs=1e-6)  # the shape match scored it before too
    assert new["score"] == max(r["score"] for r in after)  # the image's top brand


def test_a_real_sift_verification_keeps_its_box(rows) -> None:
    sample, before, after = rows[SIFT_VERIFIED]
    new = _best(after, sample.brand)
    assert new["method"] == "cnn+sift" and iou(box_of(new), sample.box) >= 0.8 and new["score"] >= 0.95
    assert new == _best(before, sample.brand)
    assert [r for r in after if r["method"] == "cnn+sift"] == [new]  # the only SIFT evidence on the photo
