"""The two-brand lot photos of benchmarks/eval_lot_photos.py: how they are built and summarised."""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np
import pytest

from benchmarks.eval_lot_photos import Lot, pair_up, side_by_side, summarise


@dataclass(frozen=True)
class _S:
    name: str
    brand: str
    jpeg: bytes = b""


def _jpeg(h: int, w: int, value: int) -> bytes:
    ok, buf = cv2.imencode(".jpg", np.full((h, w, 3), value, np.uint8))
    assert ok
    return buf.tobytes()


def test_pairs_show_two_brands_and_use_each_photo_once() -> None:
    samples = [_S(f"{b}{i}", b) for b in "ABC" for i in range(5)]
    pairs = pair_up(samples, 100)
    assert all(a.brand != b.brand for a, b in pairs)
    names = [s.name for p in pairs for s in p]
    assert len(names) == len(set(names))
    assert len(pairs) == 7  # 15 photos: 7 pairs, the last photo has no partner of another brand left
    assert pair_up(list(reversed(samples)), 100) == pairs  # drawn from the samples sorted by name
    assert len(pair_up(samples, 3)) == 3


def test_side_by_side_keeps_aspect_at_one_height() -> None:
    out = cv2.imdecode(
        np.frombuffer(side_by_side(_jpeg(100, 200, 30), _jpeg(300, 150, 220), height=60), np.uint8), 1
    )
    assert out.shape == (60, 120 + 30, 3)
    assert out[:, :110].mean() < 60 and out[:, 125:].mean() > 190  # left photo left, right photo right
    with pytest.raises(ValueError, match="does not decode"):
        side_by_side(b"not a photo", _jpeg(10, 10, 0))


def test_summary_counts_the_weaker_and_stronger_brand() -> None:
    a, b, c, d = _S("a", "X"), _S("b", "Y"), _S("c", "X"), _S("d", "Z")
    lots = [Lot("lot0", b"", a, b), Lot("lot1", b"", c, d)]
    alone = {("a", "X"): 0.9, ("b", "Y"): 0.6, ("c", "X"): 0.4, ("d", "Z"): 0.8}
    together = {
        ("lot0", "X"): 0.9,
        ("lot0", "Y"): 0.2,
        ("lot1", "X"): 0.45,
        ("lot1", "Z"): 0.7,
        ("lot1", "Y"): 0.3,
    }
    r = summarise(lots, alone, together)
    assert r["lots"] == 2
    assert r["weaker >= 0.3"] == (1.0, 0.5)  # Y 0.6 alone -> 0.2 in lot0; X 0.4 -> 0.45 in lot1
    assert r["stronger >= 0.5"] == (1.0, 1.0)
    # X: both lots rank first (AP 1); Y: lot1 (0.3) above its own lot0 (0.2): AP 0.5; Z: AP 1
    assert r["mAP"] == pytest.approx((1.0 + 0.5 + 1.0) / 3)
