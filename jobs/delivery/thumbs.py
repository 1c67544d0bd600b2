"""Thumbnails for reports: find the original image bytes in the lake, downscale, embed as data URIs.

The box is drawn as an SVG rectangle over the thumbnail in the full-size image's pixel space
(the SVG's viewBox is the full size), so boxes need no rescaling and stay exact. Thumbnails are
decoded by `matching.imageio.decode_image`, the decode matching uses: the displayed frame (EXIF
orientation applied, the frame detection boxes are in) and transparency composited on white.
"""

from __future__ import annotations

import base64
import io
import logging
from dataclasses import dataclass

import pyarrow.parquet as pq

from knockoff.lake import Lake
from knockoff.matching.imageio import MAX_PIXELS, ImageRejected, decode_image

log = logging.getLogger(__name__)

MAX_SIDE = 256


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
            for rg in range(pq.ParquetFile(f, filesystem=lake.fs).num_row_groups):
                shas = lake.read_file("images", f, ["image_sha256"], row_group=rg).column(0).to_pylist()
                if not todo.intersection(shas):
                    continue
                t = lake.read_file("images", f, ["image_sha256", "bytes"], row_group=rg)
                for sha, data in zip(t.column(0).to_pylist(), t.column(1).to_pylist(), strict=True):
                    if sha in todo and data:
                        found[sha] = data
                        todo.discard(sha)
    if todo:
        log.info("thumbnails: %d image(s) not found in the lake", len(todo))
    return found


@dataclass
class Thumb:
    """A downscaled JPEG as a data URI, with the full image size (displayed frame)."""

    uri: str
    width: int  # full-size pixels, EXIF orientation applied (the frame of detection boxes)
    height: int


def make_thumb(data: bytes, max_side: int = MAX_SIDE) -> Thumb | None:
    """Downscale image bytes to a JPEG data URI; None when they cannot be decoded."""
    try:
        pic = decode_image(data, max_side=max_side, max_pixels=MAX_PIXELS)
    except ImageRejected:  # the report shows "no image"
        return None
    buf = io.BytesIO()
    pic.image.save(buf, "JPEG", quality=80, optimize=True)
    uri = "data:image/jpeg;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    return Thumb(uri, pic.info.width, pic.info.height)
