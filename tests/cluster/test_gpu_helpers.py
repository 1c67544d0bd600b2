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
    monkeypatch.setattr(engine, "cuda_driver_present", lambda: True)  # the driver's library loads
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert engine.resolve_device("auto") == "cuda"
    assert engine.resolve_device("cpu") == "cpu"
    monkeypatch.setattr(torch.cuda, "is_available", lambda: False)
    assert engine.resolve_device(None) == "cpu"
    # without the driver's library PyTorch is not asked: CPU, even where it would say yes
    monkeypatch.setattr(engine, "cuda_driver_present", lambda: False)
    monkeypatch.setattr(torch.cuda, "is_available", lambda: True)
    assert engine.resolve_device("auto") == "cpu"
    from knockoff.cluster import plugins

    monkeypatch.setattr(plugins, "cuda_driver_present", lambda: False)
    assert plugins.resolve_device("auto") == "cpu"
    monkeypatch.setattr(plugins, "cuda_driver_present", lambda: True)
    assert plugins.resolve_device("auto") == "cuda"


def test_the_driver_check_agrees_with_pytorch():
    """`cuda_driver_present` is only a shortcut: where it says no, PyTorch finds no GPU either."""
    from knockoff.matching.backbone import cuda_driver_present

    if not cuda_driver_present():
        assert not torch.cuda.is_available()


def test_a_cpu_worker_builds_and_runs_the_matcher_without_pytorch(tmp_path):
    """On a machine without the NVIDIA driver, a worker's matcher (device "auto", as the plugin builds it)
    is built and matches an image without importing PyTorch: it runs on ONNX Runtime, and importing PyTorch
    took about 3 s of every Dask worker's start. Run in a fresh process, since this one has PyTorch."""
    import subprocess
    import sys

    from knockoff.matching.backbone import cuda_driver_present

    if cuda_driver_present():
        pytest.skip("the NVIDIA driver is here: the worker asks PyTorch for the GPU")
    script = (
        "import sys, io\n"
        "import numpy as np\n"
        "import pyarrow as pa\n"
        "from PIL import Image\n"
        "from knockoff.config import MatchConfig\n"
        "from knockoff.cluster.plugins import MatcherPlugin\n"
        "from knockoff.crawler.demoshop import generate_shop\n"
        f"path = generate_shop({str(tmp_path)!r}, seed=0, n_listings=0).brands_path\n"
        "plugin = MatcherPlugin(path, MatchConfig(), device='auto')\n"
        "plugin.setup()\n"
        "buf = io.BytesIO(); Image.fromarray(np.full((96, 128, 3), 200, np.uint8)).save(buf, 'PNG')\n"
        "t = pa.table({'image_sha256': ['a' * 64], 'url': ['http://127.0.0.1/a.png'], 'bytes': [buf.getvalue()],"
        " 'mime': ['image/png'], 'width': [128], 'height': [96], 'error': [None]})\n"
        "out = plugin.matcher.detect(t)\n"
        "print(plugin.resolved_device, 'torch' in sys.modules, out[-1].num_rows)\n"
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert proc.stdout.split() == ["cpu", "False", "0"]
