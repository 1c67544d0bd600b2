"""A tiny deterministic matcher (OpenCV colour statistics) used only to test the Dask driver quickly.

It follows the matching interface (brands loader, Matcher.detect, rank_candidates); the real CNN Matcher
is exercised by the other tests in this folder.
"""

from __future__ import annotations

import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pyarrow as pa
import yaml

from knockoff.lake import CANDIDATES_SCHEMA, DETECTIONS_SCHEMA


@dataclass
class TinyBrand:
    name: str


def load_brands(path: str | Path) -> list[TinyBrand]:
    data = yaml.safe_load(Path(path).read_text())
    return [TinyBrand(b["name"]) for b in data["brands"]]


class TinyMatcher:
    """Scores each (image, brand) from the image's mean colour; `KNOCKOFF_TINY_DELAY` s per image."""

    model_version = "tiny-1"
    instances = 0  # per process: the worker plugin should build one matcher per worker

    def __init__(self, brands: list[TinyBrand], config: object, device: str | None = None) -> None:
        TinyMatcher.instances += 1
        self.brands = brands
        self.device = device
        self.delay = float(os.environ.get("KNOCKOFF_TINY_DELAY", "0"))

    def detect(self, images: pa.Table) -> tuple[pa.Table, pa.Table]:
        dets, errs = [], []
        for sha, data in zip(images["image_sha256"].to_pylist(), images["bytes"].to_pylist(), strict=True):
            time.sleep(self.delay)
            if data and data.startswith(b"CRASH"):  # a poison image: takes its worker down
                os.kill(os.getpid(), signal.SIGKILL)
            img = cv2.imdecode(np.frombuffer(data or b"", np.uint8), cv2.IMREAD_COLOR) if data else None
            if img is None:
                errs.append({"image_sha256": sha, "error": "undecodable image"})
                continue
            mean = img.reshape(-1, 3).mean(axis=0)
            for k, b in enumerate(self.brands):
                score = float((mean[0] + 2 * mean[1] + 3 * mean[2] + 37 * k) % 100) / 100.0
                h, w = img.shape[:2]
                dets.append(
                    {
                        "image_sha256": sha,
                        "brand": b.name,
                        "mark": f"{b.name}-logo",
                        "score": score,
                        "x0": 0.0,
                        "y0": 0.0,
                        "x1": float(w),
                        "y1": float(h),
                        "method": "tiny",
                    }
                )
        return pa.Table.from_pylist(dets, schema=DETECTIONS_SCHEMA), pa.Table.from_pylist(
            errs, schema=pa.schema([("image_sha256", pa.string()), ("error", pa.string())])
        )


def rank_candidates(listings: pa.Table, detections: pa.Table, brands: list, config: object) -> pa.Table:
    best: dict[tuple[str, str], float] = {}
    by_image: dict[str, list[dict]] = {}
    for d in detections.to_pylist():
        by_image.setdefault(d["image_sha256"], []).append(d)
    rows = []
    for lst in listings.to_pylist():
        for sha in lst["image_sha256"] or []:
            for d in by_image.get(sha or "", []):
                key = (d["brand"], lst["listing_id"])
                best[key] = max(best.get(key, 0.0), d["score"])
        for b in brands:
            s = best.get((b.name, lst["listing_id"]), 0.0)
            if s > 0:
                rows.append(
                    {
                        "brand": b.name,
                        "listing_id": lst["listing_id"],
                        "url": lst["url"],
                        "title": lst["title"],
                        "price": lst["price"],
                        "seller": lst["seller"],
                        "score": s,
                        "evidence": {"signals": {"image": s}},
                        "reasons": f"image score {s:.2f}",
                    }
                )
    rows.sort(key=lambda r: (r["brand"], -r["score"], r["listing_id"]))
    rank: dict[str, int] = {}
    for r in rows:
        rank[r["brand"]] = rank.get(r["brand"], 0) + 1
        r["rank"] = rank[r["brand"]]
    return pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA)


FACTORY = "tests.cluster.tiny_matcher:TinyMatcher"
LOADER = "tests.cluster.tiny_matcher:load_brands"
RANKER = "tests.cluster.tiny_matcher:rank_candidates"


def instances() -> int:
    """Matchers built in this process (run on workers with client.run)."""
    return TinyMatcher.instances
