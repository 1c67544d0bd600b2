"""The CPU backbone's two ONNX Runtime sessions: the exported network, and the same network with its TF-"same"
paddings folded into the convolutions (matching/backbone.py), used for sides that are multiples of 16."""

from __future__ import annotations

import numpy as np
import pytest

from knockoff.matching.backbone import FOLDED_MULTIPLE, Backbone, _fold_pads, folded_onnx_path, onnx_path


@pytest.fixture(scope="module")
def backbones() -> tuple[Backbone, Backbone]:
    return Backbone("cpu", threads=1), Backbone("cpu", threads=1, folded=False)


def test_folding_removes_every_pad_and_leaves_the_convolutions():
    import onnx

    before = onnx.load(str(onnx_path()))
    after = onnx.load(str(folded_onnx_path()))
    assert (
        sum(n.op_type == "Pad" for n in before.graph.node) == 4
    )  # the stem and three stride-2 depthwise convs
    assert not any(n.op_type in ("Pad", "Shape") for n in after.graph.node)
    assert sum(n.op_type == "Conv" for n in after.graph.node) == sum(
        n.op_type == "Conv" for n in before.graph.node
    )
    assert _fold_pads(after.graph) == 0  # nothing left to fold


@pytest.mark.parametrize("hw", [(352, 512), (512, 384), (64, 96), (48, 80)])
def test_folded_network_gives_the_same_maps_on_multiples_of_16(backbones, hw):
    folded, dynamic = backbones
    assert hw[0] % FOLDED_MULTIPLE == 0 and hw[1] % FOLDED_MULTIPLE == 0
    rgb = np.random.default_rng(sum(hw)).integers(0, 256, (*hw, 3), dtype=np.uint8)
    x = Backbone.preprocess(rgb)[None]
    for a, b in zip(folded.features(x), dynamic.features(x), strict=True):
        np.testing.assert_allclose(a, b, rtol=1e-5, atol=1e-5)


def test_other_sizes_run_the_dynamic_network(backbones):
    folded, dynamic = backbones
    rgb = np.random.default_rng(1).integers(
        0, 256, (72, 100, 3), dtype=np.uint8
    )  # 72 x 100: not multiples of 16
    x = Backbone.preprocess(rgb)[None]
    for a, b in zip(folded.features(x), dynamic.features(x), strict=True):
        assert a.shape == b.shape
        np.testing.assert_array_equal(a, b)
