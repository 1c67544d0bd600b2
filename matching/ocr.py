"""Trademark text inside images: RapidOCR (PP-OCR models shipped in the wheel; ONNX Runtime, or PyTorch on a
GPU: `TorchSession`), fuzzy-matched.

The engine reads small crops around candidate wordmark windows (matching/engine.py `_ocr_rows`). Text
detection runs at the crop's own size (RapidOCR's default, `limit_type: min` with 736 px, scales every crop
up so its *shorter* side is 736 px: a 120 x 40 crop became 2208 x 736), the text-angle classifier is off
(printed marks on goods are upright or read as other words anyway) and ONNX Runtime gets the worker's thread
budget instead of every core. Measured on 113 crops from real photos (benchmarks/bench_throughput.py, one
thread): 280 ms -> 29 ms of CPU per crop.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knockoff.extras import require
from knockoff.matching.brands import Brand
from knockoff.matching.text import find_brand

log = logging.getLogger(__name__)


@dataclass
class OcrHit:
    brand: str
    score: float
    text: str
    box: tuple[float, float, float, float]


VERSION = "det-max736-nocls"  # part of the Matcher's model version: cached detections follow OCR settings
DET_LIMIT_SIDE = 736  # longer side above which a crop is scaled down for text detection (px)


def engine_params(
    threads: int | None = None, device: str = "cpu", det_side: int | None = None
) -> dict[str, object]:
    """RapidOCR settings: detection at the crop's size (longer side capped at DET_LIMIT_SIDE), no angle
    classifier, `threads` ONNX Runtime threads (default: matching.backbone.default_threads()), the CUDA
    provider when `device` is "cuda" and onnxruntime has it (matching.backbone.ort_providers)."""
    from knockoff.matching.backbone import default_threads, ort_providers

    n = threads or default_threads()
    return {
        "Global.log_level": "error",
        "Global.use_cls": False,
        "Det.limit_type": "max",
        "Det.limit_side_len": det_side or DET_LIMIT_SIDE,
        "EngineConfig.onnxruntime.intra_op_num_threads": n,
        "EngineConfig.onnxruntime.inter_op_num_threads": 1,
        "EngineConfig.onnxruntime.use_cuda": "CUDAExecutionProvider" in ort_providers(device),
    }


_LOCK = threading.Lock()


def explicit_pads(model):  # onnx.ModelProto -> the same ModelProto
    """Rewrite the `auto_pad: SAME_UPPER / SAME_LOWER` of stride-1 Conv and MaxPool nodes as explicit `pads`
    (ONNX operator spec: total padding dilation * (kernel - 1), the odd pixel at the end for SAME_UPPER), in
    place: onnx2torch 1.5 converts explicit pads but raises NotImplementedError on auto_pad. PP-OCRv6's
    detector and recogniser each have three such 2 x 2 nodes.

    Raises:
        ValueError: a node pads SAME with a stride above 1 (its padding depends on the input size)."""
    import onnx

    for node in model.graph.node:
        for attr in list(node.attribute):
            if attr.name != "auto_pad" or attr.s not in (b"SAME_UPPER", b"SAME_LOWER"):
                continue
            at = {a.name: onnx.helper.get_attribute_value(a) for a in node.attribute}
            kernel = list(at["kernel_shape"])
            if any(s != 1 for s in at.get("strides", [1] * len(kernel))):
                raise ValueError(f"{node.name}: SAME padding with a stride above 1 is input-dependent")
            total = [d * (k - 1) for k, d in zip(kernel, at.get("dilations", [1] * len(kernel)), strict=True)]
            begin = [t // 2 if attr.s == b"SAME_UPPER" else t - t // 2 for t in total]
            node.attribute.remove(attr)
            node.attribute.append(
                onnx.helper.make_attribute("pads", begin + [t - b for t, b in zip(total, begin, strict=True)])
            )
    return model


class TorchSession:
    """A RapidOCR inference session run by PyTorch on `device`: onnx2torch's conversion of the ONNX Runtime
    session's own model file (explicit_pads applied), float32. The ONNX Runtime session is kept for its
    metadata (the recogniser's character list). Outputs match ONNX Runtime's to about 1e-5 on the CPU
    (tests/matching/test_ocr_runtime.py).

    Raises:
        RuntimeError: the session does not say which file it loaded."""

    def __init__(self, session, device: str) -> None:
        import onnx
        import onnx2torch

        path = getattr(getattr(session, "session", None), "_model_path", None)
        if not isinstance(path, str) or not Path(path).is_file():
            raise RuntimeError(f"cannot tell the ONNX file behind {type(session).__name__}")
        self._session = session
        self.device = device
        with _LOCK:
            self.module = onnx2torch.convert(explicit_pads(onnx.load(path))).eval().to(device)

    def __call__(self, batch: np.ndarray) -> np.ndarray:
        """N x C x H x W float32 -> the model's first output, float32 numpy."""
        from knockoff.matching.backbone import run_converted

        return run_converted(self.module, batch, self.device)

    def __getattr__(self, name: str):
        if name == "_session":  # not set yet (a copy being built): no recursion through __getattr__
            raise AttributeError(name)
        return getattr(self._session, name)


def ocr_runtime(device: str, runtime: str = "auto") -> str:
    """ "torch" or "onnxruntime" for OCR's graphs: matching.backbone.graph_runtime, as the mark proposals choose.

    Raises:
        ValueError: `runtime` is not "auto", "onnxruntime" or "torch"."""
    from knockoff.matching.backbone import graph_runtime

    return graph_runtime(device, runtime, "OCR runs on the CPU")


class Ocr:
    """Lazy RapidOCR engine; `read(rgb)` -> [(text, confidence, box in crop pixels)].

    `params`: RapidOCR settings (default `engine_params(threads, device)`). `runtime` (ocr_runtime): "torch"
    runs the text detector and recogniser in PyTorch on `device` (the CPU unless `device` is "cuda"), RapidOCR's
    pre- and post-processing unchanged; where "auto" chose it and the conversion fails, a warning is logged and
    ONNX Runtime keeps the models ("torch" asked for explicitly raises instead)."""

    def __init__(
        self,
        threads: int | None = None,
        device: str = "cpu",
        params: dict[str, object] | None = None,
        det_side: int | None = None,
        runtime: str = "auto",
    ) -> None:
        require("ocr", "or set match.ocr: false")
        from rapidocr import RapidOCR

        if params is None:
            params = engine_params(threads, device, det_side)
        self.engine = RapidOCR(params=params)
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)  # "no text found" is not a warning here
        self.runtime = ocr_runtime(device, runtime)
        if self.runtime == "torch":
            torch_device = "cuda" if device == "cuda" else "cpu"
            det, rec = self.engine._load_det_model(), self.engine._load_rec_model()  # RapidOCR 3 loads lazily
            try:
                sessions = TorchSession(det.session, torch_device), TorchSession(rec.session, torch_device)
            except Exception as exc:  # noqa: BLE001 - a conversion that fails costs speed, never the night
                if runtime == "torch":
                    raise
                log.warning(
                    "OCR stays in ONNX Runtime on the CPU: PyTorch conversion failed (%s: %s)",
                    type(exc).__name__,
                    exc,
                )
                self.runtime = "onnxruntime"
            else:
                det.session, rec.session = sessions

    def recognize(self, crops: list[np.ndarray]) -> list[tuple[str, float]]:
        """(text, confidence) of each crop (H x W x 3 uint8 RGB, one line of text each), recognition only."""
        if not crops:
            return []
        from rapidocr.ch_ppocr_rec.typings import TextRecInput

        res = self.engine._load_rec_model()(
            TextRecInput(img=[np.ascontiguousarray(c[..., ::-1]) for c in crops])
        )
        if not res.txts:  # nothing read: its `scores` is a placeholder of one, not one per crop
            return [("", 0.0)] * len(crops)
        return [(str(t), float(c)) for t, c in zip(res.txts, res.scores, strict=True)]

    def read(self, rgb: np.ndarray) -> list[tuple[str, float, tuple[float, float, float, float]]]:
        res = self.engine(np.ascontiguousarray(rgb[..., ::-1]))
        if res is None or res.txts is None:
            return []
        out = []
        for text, conf, quad in zip(res.txts, res.scores, res.boxes, strict=False):
            q = np.asarray(quad, dtype=np.float32)
            out.append(
                (
                    str(text),
                    float(conf),
                    (float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max())),
                )
            )
        return out


PREFILTER_MIN_BRANDS = 64  # from this many brands, match_text first drops brands no line can name
_TERM_KEYS: dict[int, tuple[list[Brand], list[set[tuple[str, int]]]]] = {}


def _term_keys(brands: list[Brand]) -> list[set[tuple[str, int]]]:
    """Per brand: (first letter, length) of each term as matching.text.find_brand compares it."""
    from knockoff.matching.text import _WORD, deconfuse, fold

    got = _TERM_KEYS.get(id(brands))
    if got is not None and got[0] is brands:
        return got[1]
    keys = []
    for b in brands:
        k = set()
        for term in b.terms:
            target = deconfuse("".join(fold(w) for w in _WORD.findall(term)))
            if len(target) >= 3:
                k.add((target[0], len(target)))
        keys.append(k)
    _TERM_KEYS.clear()
    _TERM_KEYS[id(brands)] = (brands, keys)
    return keys


def _line_keys(text: str, max_words: int = 6) -> set[tuple[str, int]]:
    """(possible first letter, length) of every run of up to `max_words` words of a line: find_brand compares
    a term only with a run whose first letter can read as the term's and whose length is within 2 of it."""
    from knockoff.matching.text import _WORD, _positions

    pos = [_positions(w) for w in _WORD.findall(text or "")]
    out: set[tuple[str, int]] = set()
    for i, first in enumerate(pos):
        if not first:
            continue
        total = 0
        for w in pos[i : i + max_words]:
            total += len(w)
            out.update((ch, total + d) for ch in first[0] for d in (-2, -1, 0, 1, 2))
    return out


def plausible_brands(lines, brands: list[Brand]) -> list[Brand]:
    """The brands one of whose terms could match a line (a necessary condition of find_brand: same first
    letter, length within 2); every brand below PREFILTER_MIN_BRANDS."""
    if len(brands) < PREFILTER_MIN_BRANDS:
        return brands
    seen: set[tuple[str, int]] = set()
    for text, _conf, _box in lines:
        seen |= _line_keys(text)
    return [b for b, k in zip(brands, _term_keys(brands), strict=True) if k & seen]


def match_text(lines, brands: list[Brand]) -> list[OcrHit]:
    """Brand terms found (exactly or fuzzily) in OCR lines."""
    hits: list[OcrHit] = []
    for b in plausible_brands(lines, brands) if lines else []:
        best: OcrHit | None = None
        for text, conf, box in lines:
            hit = find_brand(text, b.terms, threshold=80.0)
            if hit and hit.kind != "real_word":  # "STERLING" printed on a shirt is no Starling mark
                score = conf * (1.0 if hit.kind == "mention" else hit.score)
                if best is None or score > best.score:
                    best = OcrHit(b.name, score, text, box)
        if best:
            hits.append(best)
    return hits
