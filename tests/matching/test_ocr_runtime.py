"""OCR's PyTorch runtime (matching/ocr.py `TorchSession`), the path OCR takes on a CUDA worker whose ONNX Runtime
has no CUDA provider: the same PP-OCR graphs converted by onnx2torch must read what ONNX Runtime reads. Checked
here on the CPU; on a GPU by benchmarks/bench_gpu.py."""

from __future__ import annotations

import cv2
import numpy as np
import onnx
import onnxruntime as ort
import pytest
import torch

from knockoff.matching import ocr as ocr_mod
from knockoff.matching.ocr import Ocr, explicit_pads, ocr_runtime

pytest.importorskip("rapidocr")
pytest.importorskip("onnx2torch")


def _text_image() -> np.ndarray:
    """A label-like RGB image: two lines of dark text on a light, slightly tilted-gradient background."""
    img = np.full((220, 520, 3), 235, np.uint8)
    img[:, :, 0] = np.linspace(210, 245, 520, dtype=np.uint8)[None, :]
    cv2.putText(img, "KNOCKOFF", (30, 90), cv2.FONT_HERSHEY_DUPLEX, 2.2, (20, 20, 40), 4, cv2.LINE_AA)
    cv2.putText(img, "Made in 2026", (40, 170), cv2.FONT_HERSHEY_SIMPLEX, 1.4, (60, 30, 30), 3, cv2.LINE_AA)
    return img


DEVICES = [
    "cpu",
    pytest.param("cuda", marks=pytest.mark.skipif(not torch.cuda.is_available(), reason="no GPU")),
]
# float32 on the CPU; on a GPU, cuDNN may run the convolutions in TF32 (about 1e-3 relative)
ATOL = {"cpu": 1e-4, "cuda": 2e-2}


@pytest.fixture(scope="module")
def by_ort() -> Ocr:
    return Ocr(threads=1, runtime="onnxruntime")


@pytest.fixture(scope="module", params=DEVICES)
def engines(request, by_ort) -> tuple[Ocr, Ocr]:
    return by_ort, Ocr(threads=1, device=request.param, runtime="torch")


def test_torch_runtime_reads_what_onnxruntime_reads(engines):
    by_ort, by_torch = engines
    assert by_torch.runtime == "torch" and isinstance(by_torch.engine.text_rec.session, ocr_mod.TorchSession)
    img = _text_image()
    a, b = by_ort.read(img), by_torch.read(img)
    assert [t for t, _, _ in a] == [t for t, _, _ in b]
    assert any("KNOCKOFF" in t for t, _, _ in a), a  # the image really has readable text
    for (_, ca, ba), (_, cb, bb) in zip(a, b, strict=True):
        assert abs(ca - cb) < 5e-3
        assert np.allclose(ba, bb, atol=1.0)


def test_torch_session_outputs_match_onnxruntime(engines):
    by_ort, by_torch = engines
    atol = ATOL[by_torch.engine.text_det.session.device]
    rng = np.random.default_rng(0)
    for ort_side, torch_side, shape in [
        (by_ort.engine.text_det.session, by_torch.engine.text_det.session, (1, 3, 160, 224)),
        (by_ort.engine.text_rec.session, by_torch.engine.text_rec.session, (3, 3, 48, 200)),
    ]:
        x = rng.random(shape, dtype=np.float32)
        np.testing.assert_allclose(torch_side(x), ort_side(x), atol=atol)
    # the recogniser's character list still comes from the ONNX file's metadata
    assert (
        by_torch.engine.text_rec.session.get_character_list()
        == by_ort.engine.text_rec.session.get_character_list()
    )


def _pad_model(op: str, auto_pad: str, strides: tuple[int, int] = (1, 1)) -> onnx.ModelProto:
    h = onnx.helper
    x = h.make_tensor_value_info("x", onnx.TensorProto.FLOAT, [1, 2, 7, 9])
    y = h.make_tensor_value_info("y", onnx.TensorProto.FLOAT, None)
    inits = []
    inputs = ["x"]
    if op == "Conv":
        w = np.random.default_rng(1).standard_normal((3, 2, 2, 2)).astype(np.float32)
        inits.append(onnx.numpy_helper.from_array(w, "w"))
        inputs.append("w")
    node = h.make_node(op, inputs, ["y"], kernel_shape=[2, 2], strides=list(strides), auto_pad=auto_pad)
    graph = h.make_graph([node], "g", [x], [y], initializer=inits)
    # IR version 8 (ONNX 1.10): an older ONNX Runtime refuses a model stamped with a newer onnx's IR version
    return h.make_model(graph, opset_imports=[h.make_opsetid("", 13)], ir_version=8)


@pytest.mark.parametrize("op", ["Conv", "MaxPool"])
@pytest.mark.parametrize("auto_pad", ["SAME_UPPER", "SAME_LOWER"])
def test_explicit_pads_give_onnxruntimes_output(op, auto_pad):
    import onnx2torch

    model = _pad_model(op, auto_pad)
    x = np.random.default_rng(2).standard_normal((1, 2, 7, 9)).astype(np.float32)
    want = ort.InferenceSession(model.SerializeToString(), providers=["CPUExecutionProvider"]).run(
        None, {"x": x}
    )[0]
    with torch.inference_mode():
        got = onnx2torch.convert(explicit_pads(model))(torch.from_numpy(x)).numpy()
    assert got.shape == want.shape == (1, 3 if op == "Conv" else 2, 7, 9)
    np.testing.assert_allclose(got, want, atol=1e-5)


def test_explicit_pads_refuse_a_strided_same_padding():
    with pytest.raises(ValueError, match="stride above 1"):
        explicit_pads(_pad_model("Conv", "SAME_UPPER", strides=(2, 2)))


def test_runtime_choice(monkeypatch):
    from knockoff.matching import backbone

    assert ocr_runtime("cpu") == "onnxruntime"
    assert ocr_runtime("cpu", "torch") == "torch"
    with pytest.raises(ValueError, match="runtime must be"):
        ocr_runtime("cuda", "tensorrt")
    monkeypatch.setattr(backbone, "ort_providers", lambda d: ["CPUExecutionProvider"])
    assert ocr_runtime("cuda") == "torch"  # a CPU-only ONNX Runtime on a GPU machine: PyTorch on the GPU
    monkeypatch.setattr(
        backbone, "ort_providers", lambda d: ["CUDAExecutionProvider", "CPUExecutionProvider"]
    )
    assert ocr_runtime("cuda") == "onnxruntime"  # onnxruntime-gpu runs it on the GPU itself


def test_a_failed_conversion_keeps_onnxruntime_when_auto_chose_torch(monkeypatch, caplog):
    """A GPU worker whose onnx2torch cannot convert the models loses speed, not its OCR."""
    import onnx2torch

    from knockoff.matching import backbone

    def refuse(model):
        raise NotImplementedError(
            "Converter is not implemented (OperationDescription(domain='', operation_type='X'))"
        )

    monkeypatch.setattr(onnx2torch, "convert", refuse)
    monkeypatch.setattr(backbone, "ort_providers", lambda d: ["CPUExecutionProvider"])
    with caplog.at_level("WARNING"):
        o = Ocr(threads=1, device="cuda")  # "auto" picks torch for a CUDA device without onnxruntime-gpu
    assert o.runtime == "onnxruntime" and "OCR stays in ONNX Runtime" in caplog.text
    assert not isinstance(o.engine.text_det.session, ocr_mod.TorchSession)
    assert any("KNOCKOFF" in t for t, _, _ in o.read(_text_image()))
    with pytest.raises(NotImplementedError):
        Ocr(threads=1, runtime="torch")  # asked for explicitly: the failure is the caller's to see
