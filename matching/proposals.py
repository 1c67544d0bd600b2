"""Class-agnostic printed-mark proposals: where in a photo a small logo, glyph or icon may be printed.

The detector is ddddocr's `common_det.onnx` (ddddocr 1.6.1, MIT; a single-class YOLOX-style network trained
to box printed glyphs and icons; ../shared/WEIGHTS.md in the founding design), loaded from the installed
`ddddocr` package and run with ONNX Runtime directly: input 1 x 3 x 416 x 416 BGR 0-255, the image resized to
fit and padded with grey 114 at the bottom and right; its output decoded as ddddocr's
`core/detection_engine.py` does (YOLOX grids at strides 8, 16, 32: centre = (offset + cell) * stride, size =
exp(log size) * stride, score = objectness * class score) and suppressed with OpenCV's `NMSBoxes` (IoU 0.45,
ddddocr's value). Nothing is downloaded: the weights ship in the wheel. On a CUDA device the same graph runs
in PyTorch on the GPU (converted by onnx2torch, the `gpu` extra), as the backbone does.

Measured (2026-12-03, score >= 0.01, whole image): a box with IoU >= 0.3 for 62% of the labelled logos under
1/4 of the image on real-logos development photos, 40% of the composites by another hand; 1.9 boxes per clean
clothing photo; 38-46 ms per image on one core of this machine (matching/engine.py notes, "proposal_zoom";
benchmarks/RESULTS.md, throughput section).
"""

from __future__ import annotations

import importlib.util
import logging
import threading
from pathlib import Path

import cv2
import numpy as np

from knockoff.matching.backbone import default_threads, graph_runtime, ort_providers, run_converted

INPUT = 416  # the network's fixed square input side, px
STRIDES = (8, 16, 32)
PAD_VALUE = 114
NMS_IOU = 0.45
_LOCK = threading.Lock()
log = logging.getLogger(__name__)


def weights_path() -> Path:
    """`common_det.onnx` inside the installed ddddocr package.

    Raises:
        RuntimeError: ddddocr is not installed, or its wheel lacks the file (a version without it).
    """
    spec = importlib.util.find_spec("ddddocr")  # locates the package without importing it
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the mark proposals need the ddddocr package: pip install 'ddddocr>=1.6.1,<1.7'")
    path = Path(next(iter(spec.submodule_search_locations))) / "common_det.onnx"
    if not path.is_file():
        raise RuntimeError(f"ddddocr has no common_det.onnx at {path}: install ddddocr 1.6.1")
    return path


def _grids() -> tuple[np.ndarray, np.ndarray]:
    """Cell offsets (A x 2) and strides (A x 1) of the network's anchors, in its output's order."""
    cells, strides = [], []
    for s in STRIDES:
        n = INPUT // s
        xv, yv = np.meshgrid(np.arange(n), np.arange(n))
        cells.append(np.stack((xv, yv), 2).reshape(-1, 2))
        strides.append(np.full((n * n, 1), s))
    return np.concatenate(cells).astype(np.float32), np.concatenate(strides).astype(np.float32)


def _torch_module(device: str):
    """The detector as a PyTorch module on `device` (onnx2torch's conversion of the same ONNX graph; outputs
    match ONNX Runtime's to about 1e-5 on CPU, tests/matching/test_proposals.py)."""
    import onnx2torch

    return onnx2torch.convert(str(weights_path())).eval().to(device)


class MarkProposer:
    """`propose(rgb, min_score) -> N x 5 float32 array` of boxes (x0, y0, x1, y1 in the image's pixels, clipped
    to it; score in 0..1), best first.

    `runtime` "auto": on a CUDA device, the graph converted to PyTorch by onnx2torch (the `gpu` extra) and run
    on the GPU, as the backbone is, unless the installed ONNX Runtime has the CUDA provider; otherwise, or
    without onnx2torch (a warning is logged), ONNX Runtime on the CPU with `threads` intra-op threads.
    "onnxruntime" or "torch" choose one explicitly ("torch" raises ImportError without onnx2torch)."""

    def __init__(self, device: str = "cpu", threads: int | None = None, runtime: str = "auto") -> None:
        import onnxruntime as ort

        providers = ort_providers(device)
        runtime = graph_runtime(device, runtime, "the mark proposals run on the CPU")
        self.runtime = runtime
        self._session = self._module = None
        self._torch_device = device if device == "cuda" else "cpu"
        if runtime == "torch":
            with _LOCK:
                self._module = _torch_module(self._torch_device)
        else:
            opts = ort.SessionOptions()
            opts.intra_op_num_threads = threads or default_threads()
            opts.inter_op_num_threads = 1
            opts.log_severity_level = 3
            with _LOCK:
                self._session = ort.InferenceSession(str(weights_path()), opts, providers=providers)
            self._input = self._session.get_inputs()[0].name
        self._cells, self._strides = _grids()

    def _run(self, x: np.ndarray) -> np.ndarray:
        """The network's raw output for a 1 x 3 x 416 x 416 float32 input: A x (4 + 1 + classes)."""
        if self._session is not None:
            return self._session.run(None, {self._input: x})[0][0]
        return run_converted(self._module, x, self._torch_device)[0]

    def propose(self, rgb: np.ndarray, min_score: float = 0.01) -> np.ndarray:
        """Boxes of printed marks in an H x W x 3 uint8 RGB image (H, W >= 1): N x 5 float32, score-sorted.

        Raises:
            ValueError: `rgb` is not an H x W x 3 uint8 array.
        """
        if rgb.ndim != 3 or rgb.shape[2] != 3 or rgb.dtype != np.uint8 or min(rgb.shape[:2]) < 1:
            raise ValueError(f"expected an H x W x 3 uint8 image, got {rgb.shape} {rgb.dtype}")
        h, w = rgb.shape[:2]
        r = min(INPUT / h, INPUT / w)
        nh, nw = max(1, int(h * r)), max(1, int(w * r))
        padded = np.full((INPUT, INPUT, 3), PAD_VALUE, np.uint8)
        padded[:nh, :nw] = cv2.resize(
            cv2.cvtColor(rgb, cv2.COLOR_RGB2BGR), (nw, nh), interpolation=cv2.INTER_LINEAR
        )
        x = np.ascontiguousarray(padded.transpose(2, 0, 1), np.float32)[None]
        out = self._run(x)
        scores = out[:, 4] * out[:, 5:].max(1)
        keep = scores > min_score
        if not keep.any():
            return np.zeros((0, 5), np.float32)
        p, scores = out[keep], scores[keep]
        centre = (p[:, :2] + self._cells[keep]) * self._strides[keep]
        size = np.exp(np.minimum(p[:, 2:4], 10.0)) * self._strides[keep]
        xywh = np.concatenate([centre - size / 2, size], 1) / r
        picked = cv2.dnn.NMSBoxes(xywh.tolist(), scores.tolist(), float(min_score), NMS_IOU)
        idx = np.asarray(picked, dtype=np.int64).reshape(-1)
        boxes = np.concatenate([xywh[idx, :2], xywh[idx, :2] + xywh[idx, 2:]], 1)
        boxes[:, [0, 2]] = boxes[:, [0, 2]].clip(0, w)
        boxes[:, [1, 3]] = boxes[:, [1, 3]].clip(0, h)
        res = np.concatenate([boxes, scores[idx, None]], 1).astype(np.float32)
        return res[np.argsort(-res[:, 4], kind="stable")]
