"""GPU helpers for matchers running on CUDA workers: batched JPEG decode on the GPU, pinned host memory,
mixed precision. The CPU path never calls into CUDA.

`decode_images(blobs, device)` returns one CHW uint8 tensor (RGB) per blob, or None for bytes that do not
decode. On CUDA, JPEGs go through nvJPEG in one batched `torchvision.io.decode_jpeg(..., device="cuda")`
call from pinned host buffers; other formats (PNG, WebP, GIF) and any JPEG nvJPEG refuses are decoded on
the CPU and copied over. Unverified on a GPU in this repository's CI (no GPU there): the CPU branch is
tested, the CUDA branch runs on GPU machines.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import Any

JPEG_MAGIC = b"\xff\xd8\xff"


def _cpu_decode(blob: bytes) -> Any:
    import torch
    from torchvision.io import ImageReadMode, decode_image

    try:
        data = torch.frombuffer(bytearray(blob), dtype=torch.uint8)
        return decode_image(data, mode=ImageReadMode.RGB)
    except (RuntimeError, ValueError):
        return None


def decode_images(blobs: list[bytes], device: str = "cpu") -> list[Any]:
    """Decode a batch of image bytes to CHW uint8 RGB tensors on `device` (None where undecodable)."""
    import torch

    out: list[Any] = [None] * len(blobs)
    if not str(device).startswith("cuda"):
        return [_cpu_decode(b) if b else None for b in blobs]
    from torchvision.io import ImageReadMode, decode_jpeg

    jpeg_idx = [i for i, b in enumerate(blobs) if b and b[:3] == JPEG_MAGIC]
    if jpeg_idx:
        host = [torch.frombuffer(bytearray(blobs[i]), dtype=torch.uint8).pin_memory() for i in jpeg_idx]
        try:
            decoded = decode_jpeg(host, mode=ImageReadMode.RGB, device=device)
            for i, t in zip(jpeg_idx, decoded, strict=True):
                out[i] = t
        except RuntimeError:  # one bad JPEG fails the batch: decode one by one
            for i, h in zip(jpeg_idx, host, strict=True):
                try:
                    out[i] = decode_jpeg(h, mode=ImageReadMode.RGB, device=device)
                except RuntimeError:
                    out[i] = None
    for i, b in enumerate(blobs):
        if out[i] is None and b:
            t = _cpu_decode(b)
            out[i] = t.pin_memory().to(device, non_blocking=True) if t is not None else None
    return out


@contextlib.contextmanager
def mixed_precision(device: str) -> Iterator[None]:
    """float16 autocast on CUDA (bfloat16 where supported), a no-op on CPU."""
    if not str(device).startswith("cuda"):
        yield
        return
    import torch

    dtype = torch.bfloat16 if torch.cuda.is_bf16_supported() else torch.float16
    with torch.autocast("cuda", dtype=dtype), torch.inference_mode():
        yield


def to_device(batch: Any, device: str) -> Any:
    """Move a CPU tensor to `device`, through pinned memory and a non-blocking copy on CUDA."""
    if not str(device).startswith("cuda"):
        return batch
    return batch.pin_memory().to(device, non_blocking=True)
