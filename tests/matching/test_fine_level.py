"""The enlarged level (match.detect.fine_level, model v20): the small templates correlated on the whole image
enlarged fine_scale times find a print under the smallest template size that the full-size map scores low,
its window mapped back onto the print (matching/engine.py `_fine_peaks`)."""

from __future__ import annotations

import numpy as np
import pytest

from benchmarks.eval_metrics import iou
from knockoff.matching.imageio import decode
from tests.matching.conftest import (
    background,
    best_rows_off_and_on,
    images_table,
    jpeg_bytes,
    knob_matcher,
    small_print_jpeg,
)


def _matcher(brands, ocr: bool = False, **knobs):
    # proposal zoom off unless asked: the enlarged level is what these tests look at
    return knob_matcher(brands, ocr, **{"proposal_zoom": False, **knobs})


@pytest.fixture(scope="module")
def small_print():
    """A 24 px print of Starling's mark in a 640 x 480 photo (about 19 px once decoded at 512), and its box."""
    return small_print_jpeg(5, 24, (300, 200))


def test_the_enlarged_level_finds_a_print_under_the_smallest_template(brands, small_print) -> None:
    blob, box = small_print
    off = _matcher(brands, fine_level=False)
    on = _matcher(brands, fine_level=True)
    assert off.fine is None and on.fine is not None
    a, b = best_rows_off_and_on(off, on, blob, "Starling")
    assert a["score"] < 0.1 and b["score"] >= 0.5, (a, b)
    got = (b["x0"], b["y0"], b["x1"], b["y1"])
    assert iou(got, box) >= 0.5, (got, box)  # the enlarged window maps back onto the print, in source pixels


def test_the_penalty_keeps_the_enlarged_level_from_outranking_full_size_evidence(brands, small_print) -> None:
    table = images_table([small_print[0]], ["small"])
    # an enlarged peak can never beat the full map
    strict = _matcher(brands, fine_level=True, fine_penalty=1.0)
    off = _matcher(brands, fine_level=False)
    assert strict.detect(table)[0].to_pylist() == off.detect(table)[0].to_pylist()


def test_only_small_templates_on_the_enlarged_image_windows_back_in_full_size_cells(brands) -> None:
    m = _matcher(brands, fine_level=True, fine_penalty=0.0, fine_max_cells=3)
    assert m.fine.templates and all(max(t.cells.shape[1:]) <= 3 for t in m.fine.templates)
    assert len(m.fine.templates) < len(m.templates)
    d = decode(jpeg_bytes(background(4, 300, 400)), 512)
    shapes = []
    real = m.backbone.features
    m.backbone.features = lambda x: shapes.append(x.shape) or real(x)
    m.correlator.peaks(m._padded_map(d.rgb), (18, 25))  # the full-size map first: its shortlist serves
    shapes.clear()
    peaks = m._fine_peaks(d)
    assert shapes == [(1, 3, 608, 800)], shapes  # 300 x 400 enlarged 2x, padded to a multiple of 32
    assert {"Starling", "Quadra"} <= {b for b, _ in peaks}, peaks
    for _corr, (x0, y0, x1, y1) in peaks.values():
        assert 0 <= x0 < x1 <= 400 / 16 + 1e-6 and 0 <= y0 < y1 <= 300 / 16 + 1e-6
        assert max(x1 - x0, y1 - y0) <= 3 / 2 + 1e-6  # a 3-cell template on the 2x map: 1.5 full-size cells
    tiny = decode(jpeg_bytes(np.full((16, 20, 3), 128, np.uint8)), 512)  # the smallest the Matcher takes
    m.correlator.peaks(m._padded_map(tiny.rgb), (1, 1))
    assert m._fine_peaks(tiny) == {}  # 2 x 2 cells enlarged: smaller than any template, and no error


def test_a_brand_name_read_clearly_skips_the_enlarged_level(brands, small_print) -> None:
    from knockoff.matching.ocr import OcrHit

    m = _matcher(brands, ocr=True, fine_level=True, proposal_skip_ocr=0.9)
    calls = []
    real = m._fine_peaks
    m._fine_peaks = lambda d: calls.append(1) or real(d)
    box = (0.0, 0.0, 80.0, 20.0)
    table = images_table([small_print[0]], ["small"])
    for score, enlarged in [(0.95, 0), (0.6, 1)]:
        read = ([("QUADRA", score, box)], [OcrHit("Quadra", score, "QUADRA", box)])
        m._read_text = lambda d, read=read: read  # the image's lines and brand hits, as OCR gives them
        calls.clear()
        m.detect(table)
        assert len(calls) == enlarged, (score, calls)
