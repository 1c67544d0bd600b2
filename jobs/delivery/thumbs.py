"""Thumbnails for reports: find the original image bytes in the lake, downscale, embed as data URIs.

The box is drawn as an SVG rectangle over the thumbnail in the original image's pixel space
(the SVG's viewBox is the original size), so boxes need no rescaling and stay exact.
"""

from __future__ import annotations

import base64
import io
import logging
import warnings
from dataclasses import dataclass

import pyarrow.parquet as pq
from PIL import Image

from knockoff.lake import Lake

log = logging.getLogger(__name__)

MAX_SIDE = 256
MAX_PIXELS = 50_000_000


def find_image_bytes(lake: Lake, wanted: set[str]) -> dict[str, bytes]:
    """Original bytes of the wanted images (any date), reading only row groups that hold them."""
    found: dict[str, bytes] = {}
    todo = {w for w in wanted if w}
    for date in reversed(lake.dates("images")):
        if not todo:
            break
        for f in lake.files("images", date):
            if not todo:
                break
            pf = pq.ParquetFile(f, filesystem=lake.fs)
            for rg in range(pf.num_row_groups):
                shas = pf.read_row_group(rg, columns=["image_sha256"]).column(0).to_pylist()
                if not todo.intersection(shas):
                    continue
                t = pf.read_row_group(rg, columns=["image_sha256", "bytes"])
                for sha, data in zip(t.column(0).to_pylist(), t.column(1).to_pylist(), strict=True):
                    if sha in todo and data:
                        found[sha] = data
                        todo.discard(sha)
    if todo:
        log.info("thumbnails: %d image(s) not found in the lake", len(todo))
    return found


@dataclass
class Thumb:
    """A downscaled JPEG as a data URI, with the original image size."""

    uri: str
    width: int  # original pixels
    height: int


def make_thumb(data: bytes, max_side: int = MAX_SIDE) -> Thumb | None:
    """Downscale image bytes to a JPEG data URI; None when they cannot be decoded."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
            w, h = im.size
            if w * h > MAX_PIXELS or w <= 0 or h <= 0:
                return None
            im.draft("RGB", (max_side, max_side))
            im = im.convert("RGB")
            im.thumbnail((max_side, max_side))
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=80, optimize=True)
    except Exception:  # any undecodable bytes: the report shows "no image"
        return None
    return Thumb("data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii"), w, h)
