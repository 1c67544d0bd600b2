"""match.detect.rival_weight on real CNN weights: a brand whose window another brand's mark explains better loses
that margin times the weight; the brand that explains it keeps its score (matching/logo.py suppress_rivals)."""

from __future__ import annotations

import pytest

from knockoff.config import DetectConfig, MatchConfig
from knockoff.matching import logo
from knockoff.matching.engine import Matcher
from tests.matching.conftest import background, draw_mark, images_table, jpeg_bytes, plant


def test_the_default_weight_lowers_a_loser_by_twice_the_margin() -> None:
    win = (0.0, 0.0, 64.0, 64.0)
    a, b = logo.Candidate("A", "a", 0.48, win), logo.Candidate("B", "b", 0.43, win)
    assert DetectConfig().rival_weight == 2.0
    logo.suppress_rivals([a, b], DetectConfig().rival_weight)
    assert a.corr == 0.48 and b.corr == pytest.approx(0.43 - 2.0 * 0.05)


def test_the_weight_moves_the_brand_another_brand_explains_better(brands) -> None:
    planted, _ = plant(background(1), draw_mark(256), 110, (150, 170), angle=12)
    tbl = images_table([jpeg_bytes(planted, 85)], ["planted"])
    rows = {}
    for w in (0.0, 1.0, 2.0):
        m = Matcher(
            brands, MatchConfig(ocr=False, device="cpu", detect=DetectConfig(rival_weight=w)), device="cpu"
        )
        det, _ = m.detect(tbl)
        rows[w] = {
            (r["brand"], r["mark"]): r["score"] for r in det.to_pylist() if r["method"] != "official_photo"
        }
    starling, quadra = ("Starling", "starling"), ("Quadra", "quadra")
    # the planted mark's own brand explains its window: its score does not depend on the weight
    assert rows[0.0][starling] == rows[1.0][starling] == rows[2.0][starling] >= 0.5
    # the other brand's window there is lowered more the larger the weight
    assert rows[0.0][quadra] > rows[1.0][quadra] >= rows[2.0][quadra]
