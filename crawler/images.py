"""Product images through Scrapy's media pipeline, stored once by SHA-256 of the original bytes.

`LakeImagesPipeline` is a `MediaPipeline`: image requests go through the engine, so robots.txt,
throttling, per-domain limits, retries, the safety middleware and the per-crawl de-duplication of
identical URLs all apply. Unlike ImagesPipeline it never re-encodes (the bytes stored are the
bytes served), and unlike FilesPipeline it names an image by the hash of its content, so the same
photo under two URLs is stored once. An image URL already in the lake (any earlier night) is not
downloaded again, and downloaded bytes whose hash is already in the lake are not stored again.
Every failure is recorded as a row of the images table with `error` set.
"""

from __future__ import annotations

import logging
from typing import Any

from scrapy import Request
from scrapy.http import Response
from scrapy.pipelines.media import MediaPipeline
from twisted.python.failure import Failure

from knockoff.lake import sha256_hex
from knockoff.matching.imageio import ImageRejected as DecodeRejected
from knockoff.matching.imageio import load_reduced, open_image

log = logging.getLogger(__name__)

ALLOWED_FORMATS = {"JPEG", "PNG", "GIF", "WEBP", "BMP", "TIFF", "MPO", "AVIF"}


class ImageRejected(Exception):
    """The response is not an acceptable image (reason in the message)."""


def validate_image(
    data: bytes, content_type: str | None, max_bytes: int, max_pixels: int
) -> tuple[str, int, int]:
    """Check that `data` is a whole image within limits, without decoding its pixels; returns
    (mime, width, height).

    Width and height are in the displayed frame (EXIF orientation applied), read from the header by
    `matching.imageio.open_image`, the reader every consumer of image bytes shares: a decompression
    bomb is refused from its declared size before any pixel is decoded. The file's structure is then
    checked, which catches what a crawl actually gets wrong (truncated downloads, error pages and
    other bytes served as images): a JPEG needs its start-of-scan and end-of-image markers, a PNG's
    chunks must all pass their CRC up to IEND (Pillow's `verify`); other formats are decoded at
    reduced scale (`load_reduced`). Corrupt entropy-coded data inside a structurally whole JPEG is caught
    later, when the matcher decodes the image and records the row's error (a full decode here cost
    0.5 ms of the crawl's ~3.8 ms of CPU per listing; see benchmarks/RESULTS.md).
    Raises ImageRejected with a one-line reason.
    """
    if not data:
        raise ImageRejected("empty body")
    if len(data) > max_bytes:
        raise ImageRejected(f"too large: {len(data)} bytes > {max_bytes}")
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype and not (
        ctype.startswith("image/") or ctype in ("application/octet-stream", "binary/octet-stream")
    ):
        raise ImageRejected(f"content type {ctype} is not an image")
    try:
        img, info = open_image(data, max_pixels)
    except DecodeRejected as exc:
        raise ImageRejected(str(exc)) from exc
    if info.format not in ALLOWED_FORMATS:
        raise ImageRejected(f"unsupported image format {info.format or 'unknown'}")
    if info.format in ("JPEG", "MPO"):
        scan = data.find(b"\xff\xda")
        if scan < 0 or data.rfind(b"\xff\xd9") < scan:
            raise ImageRejected(
                "corrupt image data (JPEG without its scan or end-of-image marker: truncated?)"
            )
    elif info.format == "PNG":
        try:
            img.verify()
        except Exception as exc:  # noqa: BLE001 - any chunk error is the row's error
            raise ImageRejected(f"corrupt image data (PNG: {type(exc).__name__}: {_one_line(exc)})") from exc
    else:
        try:
            load_reduced(img)
        except DecodeRejected as exc:
            raise ImageRejected(str(exc)) from exc
    return info.mime, info.width, info.height


def _one_line(exc: BaseException) -> str:
    return " ".join(str(exc).split())[:120]


class LakeImagesPipeline(MediaPipeline):
    """Downloads `image_urls`, fills `image_sha256` (None where it failed), stages image rows."""

    LOG_FAILED_RESULTS = False

    def __init__(self, *, crawler: Any) -> None:
        super().__init__(crawler=crawler)
        s = crawler.settings
        self.enabled = s.getbool("KNOCKOFF_DOWNLOAD_IMAGES", True)
        self.max_bytes = s.getint("KNOCKOFF_MAX_IMAGE_BYTES", 20 * 1024 * 1024)
        self.max_pixels = s.getint("KNOCKOFF_MAX_IMAGE_PIXELS", 50_000_000)
        self.stats = crawler.stats
        self.state: Any = None  # crawler.state.CrawlState, bound on open

    def open_spider(self, spider: Any = None) -> None:
        super().open_spider()
        self.state = self.crawler.knockoff_state  # type: ignore[attr-defined]

    # -- MediaPipeline interface ----------------------------------------------------------------

    def get_media_requests(self, item: Any, info: Any) -> list[Request]:
        if not self.enabled:
            return []
        return [
            Request(
                u,
                meta={
                    "allow_offsite": True,
                    "dont_cache": True,
                    "download_maxsize": self.max_bytes,
                    "knockoff_image": True,
                },
                priority=10,
            )
            for u in item.get("image_urls") or []
        ]

    def media_to_download(self, request: Request, info: Any, *, item: Any = None) -> dict | None:
        sha = self.state.known_image_urls.get(request.url)
        if sha:
            self.stats.inc_value("knockoff/images_reused")
            return {"url": request.url, "sha256": sha, "status": "reused"}
        return None

    def media_downloaded(self, response: Response, request: Request, info: Any, *, item: Any = None) -> dict:
        if response.status != 200:
            self._failed(request.url, f"HTTP {response.status}")
            raise ImageRejected(f"HTTP {response.status}")
        data = response.body
        sha = sha256_hex(data)
        ctype = response.headers.get(b"Content-Type", b"").decode("latin-1")
        try:
            mime, width, height = validate_image(data, ctype, self.max_bytes, self.max_pixels)
        except ImageRejected as exc:
            self._failed(request.url, str(exc), sha=sha, mime=ctype.split(";")[0] or None)
            raise
        self.state.known_image_urls[request.url] = sha
        if sha in self.state.known_shas:
            self.stats.inc_value("knockoff/images_reused")
            return {"url": request.url, "sha256": sha, "status": "reused"}
        self.state.known_shas.add(sha)
        self.stats.inc_value("knockoff/images_new")
        self.state.stage.put(
            "images",
            {
                "image_sha256": sha,
                "url": request.url,
                "bytes": data,
                "mime": mime,
                "width": width,
                "height": height,
                "error": None,
            },
        )
        return {"url": request.url, "sha256": sha, "status": "new"}

    def media_failed(self, failure: Failure, request: Request, info: Any) -> Failure:
        exc = failure.value
        if not isinstance(exc, ImageRejected):
            self._failed(request.url, _describe(exc))
        failure.raiseException()
        return failure  # unreachable

    def item_completed(self, results: list, item: Any, info: Any) -> Any:
        hashes = [res["sha256"] if ok and isinstance(res, dict) else None for ok, res in results]
        item["image_sha256"] = hashes if self.enabled else [None] * len(item.get("image_urls") or [])
        return item

    def file_path(
        self, request: Request, response: Response | None = None, info: Any = None, *, item: Any = None
    ) -> str:
        return request.url  # not used: nothing is written to a file store

    # -------------------------------------------------------------------------------------------

    def _failed(self, url: str, error: str, sha: str | None = None, mime: str | None = None) -> None:
        self.stats.inc_value("knockoff/images_failed")
        log.info("image failed %s: %s", url, error)
        self.state.stage.put(
            "images",
            {
                "image_sha256": sha,
                "url": url,
                "bytes": None,
                "mime": mime,
                "width": None,
                "height": None,
                "error": error[:500],
            },
        )


def _describe(exc: BaseException) -> str:
    name = type(exc).__name__
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    if "max size" in text.lower() or "maxsize" in text.lower() or name == "DownloadCancelledError":
        return f"too large: {text}"[:300]
    return f"{name}: {text}"[:300] if text else name
