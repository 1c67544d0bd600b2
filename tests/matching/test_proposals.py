"""Proposal zoom: the printed-mark detector boxes a small print, and the Matcher's zoomed crop of it finds the
brand's mark that the full-size map scores low (matching/proposals.py, match.detect.proposal_*)."""

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


def _matcher(brands, **knobs):
    # the enlarged level off unless asked: it finds the small print without proposals (test_fine_level.py)
    return knob_matcher(brands, **{"fine_level": False, **knobs})


@pytest.fixture(scope="module")
def small_print():
    """A 26 px print of Starling's mark in a 640 x 480 photo (about 21 px once decoded at 512), and its box."""
    return small_print_jpeg(3, 26, (400, 300))


@pytest.fixture(scope="module")
def proposer():
    from knockoff.matching.proposals import MarkProposer

    return MarkProposer("cpu", threads=1)


def test_the_detector_boxes_a_small_print_and_little_else(proposer, small_print) -> None:
    blob, box = small_print
    d = decode(blob, 512)
    boxes = proposer.propose(d.rgb, 0.01)
    assert boxes.dtype == np.float32 and boxes.shape[1] == 5
    assert list(boxes[:, 4]) == sorted(boxes[:, 4], reverse=True)
    truth = tuple(v / d.scale for v in box)  # the source's pixels -> decoded pixels
    assert max(iou(tuple(b[:4]), truth) for b in boxes) >= 0.5, (boxes, truth)
    assert len(boxes) <= 3  # a weave-textured garment with one print: not a box per texture cell
    h, w = d.rgb.shape[:2]
    assert (boxes[:, [0, 2]] >= 0).all() and (boxes[:, [0, 2]] <= w).all()
    assert (boxes[:, [1, 3]] >= 0).all() and (boxes[:, [1, 3]] <= h).all()


def test_plain_and_odd_shaped_images_give_few_or_no_boxes(proposer) -> None:
    assert proposer.propose(np.full((300, 300, 3), 128, np.uint8), 0.01).shape == (0, 5)
    for shape in [(1, 1, 3), (1, 900, 3), (700, 2, 3)]:
        out = proposer.propose(np.zeros(shape, np.uint8), 0.01)
        assert out.shape[1] == 5 and (out[:, 4] < 0.05).all(), out  # only chance boxes, all inside the image
        assert (
            (out[:, [0, 2]] <= shape[1]).all()
            and (out[:, [1, 3]] <= shape[0]).all()
            and (out[:, :4] >= 0).all()
        )


def test_the_torch_runtime_gives_the_same_boxes_as_onnx_runtime(proposer, small_print) -> None:
    """The GPU path (onnx2torch's conversion, run by PyTorch) checked on the CPU against ONNX Runtime."""
    from knockoff.matching.proposals import MarkProposer

    assert proposer.runtime == "onnxruntime"  # "auto" on the CPU
    on_torch = MarkProposer("cpu", runtime="torch")
    rgb = decode(small_print[0], 512).rgb
    a, b = proposer.propose(rgb, 0.01), on_torch.propose(rgb, 0.01)
    assert len(a) == len(b) >= 1
    np.testing.assert_allclose(a, b, atol=1e-3)
    with pytest.raises(ValueError, match="runtime"):
        MarkProposer("cpu", runtime="tensorrt")


def test_wrong_arrays_are_refused_with_a_clear_error(proposer) -> None:
    for bad in [
        np.zeros((10, 10), np.uint8),
        np.zeros((10, 10, 4), np.uint8),
        np.zeros((10, 10, 3), np.float32),
    ]:
        with pytest.raises(ValueError, match="H x W x 3 uint8"):
            proposer.propose(bad)


def test_without_ddddocr_the_error_names_the_package(monkeypatch) -> None:
    import importlib.util

    from knockoff.matching import proposals

    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None)
    with pytest.raises(RuntimeError, match="ddddocr"):
        proposals.weights_path()


def test_zoom_finds_a_small_print_the_full_size_map_scores_low(brands, small_print) -> None:
    blob, box = small_print
    off = _matcher(brands, proposal_zoom=False)
    on = _matcher(brands, proposal_zoom=True)
    assert off.proposer is None and on.proposer is not None
    a, b = best_rows_off_and_on(off, on, blob, "Starling")
    assert b["score"] >= a["score"] + 0.2, (a, b)
    got = (b["x0"], b["y0"], b["x1"], b["y1"])
    assert iou(got, box) >= 0.5, (got, box)  # the zoomed window maps back onto the print, in source pixels


def test_the_penalty_keeps_zoomed_crops_from_outranking_full_size_evidence(brands, small_print) -> None:
    blob, _ = small_print
    table = images_table([blob], ["small"])
    strict = _matcher(brands, proposal_zoom=True, proposal_penalty=1.0)  # a crop can never beat the full map
    off = _matcher(brands, proposal_zoom=False)
    assert strict.detect(table)[0].to_pylist() == off.detect(table)[0].to_pylist()


def test_only_small_proposals_are_cut_out_enlarged_and_mapped_back(brands) -> None:
    m = _matcher(brands, proposal_zoom=True, proposal_penalty=0.0)
    d = decode(jpeg_bytes(background(4, 400, 400)), 512)  # 400 x 400: proposals under 40 px are zoomed
    shapes = []
    real = m.backbone.features
    m.backbone.features = lambda x: shapes.append(x.shape) or real(x)
    m.proposer.propose = lambda rgb, min_score: np.array([[100, 100, 160, 160, 0.9]], np.float32)
    assert m._zoom_peaks(d) == {} and shapes == []  # 60 px >= 1/10 of 400: left to the full-size map
    m.proposer.propose = lambda rgb, min_score: np.array([[200, 120, 232, 136, 0.9]], np.float32)
    peaks = m._zoom_peaks(d)
    # a 32 x 16 px box with 16 px margins: a 64 x 48 crop enlarged 4x (128 / 32) to 256 x 192, padded to 32s
    assert shapes == [(1, 3, 192, 256)], shapes
    assert {"Starling", "Quadra"} <= {b for b, _ in peaks}, peaks
    for _corr, win in peaks.values():
        x0, y0, x1, y1 = (v * 16 for v in win)  # full-size cells -> decoded pixels: inside the crop
        assert 184 - 1e-6 <= x0 < x1 <= 248 + 1e-6 and 104 - 1e-6 <= y0 < y1 <= 152 + 1e-6, win
    m.proposer.propose = lambda rgb, min_score: np.array([[200, 120, 203, 123, 0.9]], np.float32)
    assert m._zoom_peaks(d) == {}  # under 4 px: nothing to enlarge
    flat = _matcher(brands, proposal_zoom=True, proposal_margin=0.0)
    flat.proposer.propose = lambda rgb, min_score: np.array([[400, 10, 400, 30, 0.9]], np.float32)
    assert flat._zoom_peaks(d) == {}  # a zero-width box at the edge, no margin: skipped, not an error


def test_a_brand_name_read_clearly_skips_the_proposals(brands, small_print) -> None:
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher
    from knockoff.matching.ocr import OcrHit

    knobs = DetectConfig(proposal_skip_ocr=0.9)
    m = Matcher(brands, MatchConfig(ocr=True, device="cpu", detect=knobs), device="cpu")
    calls = []
    real = m.proposer.propose
    m.proposer.propose = lambda rgb, min_score: calls.append(1) or real(rgb, min_score)
    box = (0.0, 0.0, 80.0, 20.0)
    table = images_table([small_print[0]], ["small"])
    for score, proposed in [(0.95, 0), (0.6, 1)]:
        read = ([("QUADRA", score, box)], [OcrHit("Quadra", score, "QUADRA", box)])
        m._read_text = lambda d, read=read: (
            read
        )  # the whole image's lines and brand hits, as OCR returns them
        calls.clear()
        m.detect(table)
        assert len(calls) == proposed, (score, calls)
