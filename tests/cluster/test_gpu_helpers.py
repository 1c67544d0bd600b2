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


def test_cuda_is_chosen_where_it_is_installed_and_only_there(monkeypatch):
    """The selection boundary: torch's CUDA for the backbone (engine.resolve_device), ONNX Runtime's CUDA
    provider for OCR only when the installed onnxruntime has it (a CPU-only build on a GPU machine runs on
    the CPU)."""
    import onnxruntime as ort

    from knockoff.matching import engine
    from knockoff.matching.backbone import ort_providers
    from knockoff.matching.ocr import engine_params

    monkeypatch.setattr(
        ort, "get_available_providers", lambda: ["CUDAExecutionProvider", "CPUExecutionProvider"]
    )
    assert ort_providers("cuda") == ["CUDAExecutionProvider", "CPUExecutionProvider"]
    assert ort_providers("cpu") == ["CPUExecutionProvider"]
    assert engine_params(1, "cuda")["EngineConfig.onnxruntime.use_cuda"] is True
    assert engine_params(1, "cpu")["EngineConfig.onnxruntime.use_cuda"] is False
    monkeypatch.setattr(ort, "get_available_providers", lambda: ["CPUExecutionProvider"])
    assert ort_providers("cuda") == ["CPUExecutionProvider"]
    assert engine_params(1, "cuda")["EngineConfig.onnxruntime.use_cuda"] is False

    monkeypatch.delenv("KNOCKOFF_DEVICE", raising=False)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert engine.resolve_device("auto") == "cuda"
    assert engine.resolve_device("cpu") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert engine.resolve_device(None) == "cpu"
