"""GPU helpers: the CPU branch here (the CUDA branch needs a GPU and is skipped without one)."""

from __future__ import annotations

import pytest
import torch

from knockoff.cluster.gpu import decode_images, mixed_precision, to_device
from tests.cluster.lakegen import make_jpeg


def _png() -> bytes:
    import cv2
    import numpy as np

    ok, buf = cv2.imencode(".png", np.full((20, 30, 3), 200, np.uint8))
    return buf.tobytes()


@pytest.mark.parametrize(
    "device",
    ["cpu", pytest.param("cuda", marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no GPU"))],
)
def test_decode_batch(device):
    blobs = [make_jpeg(1, 64), b"not an image", _png(), b"", make_jpeg(2, 32)]
    out = decode_images(blobs, device)
    assert [None if t is None else tuple(t.shape) for t in out] == [
        (3, 64, 64),
        None,
        (3, 20, 30),
        None,
        (3, 32, 32),
    ]
    assert all(t.dtype == torch.uint8 and t.device.type == device for t in out if t is not None)
    with mixed_precision(device):
        x = to_device(torch.ones(2, 3), device)
        assert float((x @ x.T).float().sum()) == 12.0
