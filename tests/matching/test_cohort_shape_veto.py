"""A drawn badge's window where one of the cohort's icons correlates higher than the badge gets no shape evidence
(match.detect.cohort_shape_veto; matching/engine.py Matcher._outcorrelated).

Registered alone, the demo shop's Solenne sun badge was shape-matched on Nordvik's compass-rose badges about as
well as on its own prints (both are rays in a disc); the CNN meanwhile placed 11 of those 13 badges nearer one of
the cohort's icons than Solenne's mark, and none of Solenne's own 12 prints. Marks with a silhouette of their own
keep their shape evidence: on real photos a wordmark's own photos lose to icons too (benchmarks/RESULTS.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from knockoff.config import DetectConfig, MatchConfig
from knockoff.matching import logo
from knockoff.matching.brands import Brand
from knockoff.matching.cohort import COHORT, COHORT_PREFIX
from tests.matching.conftest import background, plant, png_bytes
from tests.matching.test_drawn_badges import _badge

SIDE, XY = 120, (140, 140)
WINDOW = (130.0, 130.0, 270.0, 270.0)  # the CNN's window around the print (decoded pixels)


@pytest.fixture(scope="module")
def solaris(tmp_path_factory: pytest.TempPathFactory) -> Brand:
    path = tmp_path_factory.mktemp("solaris") / "badge.png"
    path.write_bytes(png_bytes(_badge()))
    return Brand(name="Solaris", marks=[path])


def _matcher(brands: list[Brand], veto: bool = True, cohort: int = 12):
    from knockoff.matching.engine import Matcher

    detect = DetectConfig(cohort_size=cohort, cohort_shape_veto=veto)
    return Matcher(brands, MatchConfig(ocr=False, device="cpu", detect=detect), device="cpu")


def _cands(brand: str, mark: str, own: float, icon: float) -> list[logo.Candidate]:
    """The mark's window at correlation `own` and a cohort icon's window over it at `icon`."""
    return [
        logo.Candidate(brand, mark, own, WINDOW),
        logo.Candidate(COHORT, f"{COHORT_PREFIX}someicon", icon, (128.0, 132.0, 272.0, 268.0)),
    ]


def test_a_drawn_badge_an_icon_out_correlates_is_vetoed_and_nothing_else(
    solaris: Brand, marks_dir: Path
) -> None:
    starling = Brand(name="Starling", marks=[marks_dir / "marks" / "starling.png"])
    m = _matcher([solaris])
    key = ("Solaris", solaris.mark_name(solaris.marks[0]))
    assert m.cohort and m.shape_refs.drawn(key)
    assert m._outcorrelated(_cands(*key, own=0.30, icon=0.45)) == {key}
    assert m._outcorrelated(_cands(*key, own=0.45, icon=0.30)) == set()  # the mark correlates higher
    far = _cands(*key, own=0.30, icon=0.45)
    # an icon elsewhere in the image is no verdict on this window
    far[1].window = (300.0, 300.0, 390.0, 390.0)
    assert m._outcorrelated(far) == set()
    # a plain shape (disc, ring) is no other company's icon: only the cohort's icons give the verdict
    plain = _cands(*key, own=0.30, icon=0.45)
    plain[1].mark = "disc"
    assert m._outcorrelated(plain) == set()
    assert _matcher([solaris], veto=False)._outcorrelated(_cands(*key, own=0.30, icon=0.45)) == set()
    assert _matcher([solaris], cohort=0)._outcorrelated(_cands(*key, own=0.30, icon=0.45)) == set()
    # a mark with a silhouette of its own keeps its shape evidence whatever the icons say
    s = _matcher([starling])
    skey = ("Starling", starling.mark_name(starling.marks[0]))
    assert skey in s.shape_refs and not s.shape_refs.drawn(skey)
    assert s._outcorrelated(_cands(*skey, own=0.30, icon=0.45)) == set()


def test_a_vetoed_window_gets_no_shape_evidence_where_the_same_window_otherwise_does(solaris: Brand) -> None:
    m = _matcher([solaris])
    key = ("Solaris", solaris.mark_name(solaris.marks[0]))
    rgb, _ = plant(background(5, 400, 400), _badge(), SIDE, XY)
    corr = logo.corr_at(0.9, m.calibration)  # the CNN's gate open (knobs.shape_min_p)
    free = [logo.Candidate(*key, corr, WINDOW)]
    m._verify_shapes(rgb, None, free)
    assert free[0].shape > 0.3 and free[0].shape_box is not None
    vetoed = [logo.Candidate(*key, corr, WINDOW)]
    m._verify_shapes(rgb, None, vetoed, {key})
    assert vetoed[0].shape == 0.0 and vetoed[0].shape_box is None


def test_the_veto_is_on_by_default_and_in_the_model_version(solaris: Brand) -> None:
    assert DetectConfig().cohort_shape_veto
    assert _matcher([solaris]).model_version != _matcher([solaris], veto=False).model_version
