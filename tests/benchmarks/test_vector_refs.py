"""The vector-reference benchmark (benchmarks/bench_vector_refs.py): the four brands' simple-icons marks as
registered files, its figures on constructed scores, and a smoke run of every method on a few real photos.
Needs ../shared/data (skips without it)."""

from __future__ import annotations

import re

import numpy as np
import pytest
from PIL import Image

from benchmarks import bench_vector_refs as bv
from benchmarks.bench_real_logos import VECTOR_MARKS
from training.shared_data import data_available

pytestmark = pytest.mark.skipif(not data_available(), reason="../shared/data (real-logos, logos) is absent")


def test_each_brand_registers_its_icon_in_its_colour_and_the_baselines_a_raster(tmp_path) -> None:
    svgs = bv.vector_marks(tmp_path)
    assert set(svgs) == set(VECTOR_MARKS)
    zara = svgs["Zara"][0].read_text(encoding="utf-8")
    assert zara.lstrip().startswith("<svg") and re.search(r'fill="#[0-9A-Fa-f]{6}"', zara)
    pngs = bv.vector_marks(tmp_path, 256)
    for brand, (png,) in pngs.items():
        rgba = np.asarray(Image.open(png))
        assert rgba.shape[2] == 4 and max(rgba.shape[:2]) == 256, brand
        assert 0.02 < (rgba[..., 3] > 128).mean() < 0.98, brand  # a drawn mark on a transparent ground


def test_figures_follow_the_scores() -> None:
    samples, _ = bv.chosen_samples(quick=True, limit=12)
    assert {s.brand for s in samples[:12]} <= set(VECTOR_MARKS)
    assert not {s.brand for s in samples[12:]} & set(VECTOR_MARKS)
    right = {(s.name, b): (float(s.brand == b), None) for s in samples for b in VECTOR_MARKS}
    wrong = {k: (1.0 - v, None) for k, (v, _) in right.items()}
    table = "\n".join(bv.report(samples, {"vector": right, "crops": wrong}, {"vector": 12.0}))
    first = table.splitlines()[2].split(" | ")
    assert first[1] == bv.LABELS["vector"] and first[3] == "1.000" and first[5] == "1.000"
    second = table.splitlines()[3].split(" | ")
    assert second[1] == bv.LABELS["crops"] and float(second[3]) < 0.5 and second[5] == "0.000"
    assert "held-out (New Balance, Zara)" in table and "development (The North Face, Uniqlo)" in table


def test_a_small_run_scores_every_method_on_real_photos() -> None:
    text = bv.run(quick=True, workers=1, limit=3)
    rows = [r for r in text.splitlines() if r.startswith("| all four |")]
    assert [r.split(" | ")[1] for r in rows] == [bv.LABELS[m] for m in (*bv.CONDITIONS, "sift", "template")]
    for r in rows:
        assert 0.0 <= float(r.split(" | ")[3]) <= 1.0  # a mAP over the brands that have photos here
