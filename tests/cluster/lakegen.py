"""Build lakes of generated JPEG images (OpenCV) and listings with the lake API, for tests and benchmarks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import cv2
import numpy as np

from knockoff.lake import Lake, listing_id, sha256_hex


def make_jpeg(seed: int, size: int = 160) -> bytes:
    """A distinct, deterministic JPEG: coloured background, shapes and a word."""
    rng = np.random.default_rng(seed)
    img = np.empty((size, size, 3), np.uint8)
    img[:] = rng.integers(40, 220, 3, dtype=np.uint8)
    for _ in range(3):
        c = tuple(int(v) for v in rng.integers(0, 255, 3))
        x, y = (int(v) for v in rng.integers(0, size, 2))
        cv2.circle(img, (x, y), int(rng.integers(8, size // 3)), c, -1)
    cv2.putText(img, f"K{seed % 97}", (10, size - 20), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, 85])
    assert ok
    return buf.tobytes()


def write_night(
    root: str | Path,
    date: str,
    sites: int = 2,
    images_per_site: int = 40,
    row_group_size: int = 10,
    seed: int = 0,
    size: int = 160,
    bad: bool = True,
    reuse: tuple[str, int] | None = None,
    poison: bool = False,
) -> dict[str, int]:
    """Write `listings` and `images` partitions for `date` (one per site); returns counts.

    Each listing has one image; with `bad`, each site also gets an undecodable image and a failed
    download (an images row with `error` and no bytes). `reuse=(DATE, K)` adds K listings per site whose
    images were first seen on DATE (their bytes stay in DATE's partition, as a crawler stores them).
    """
    lake = Lake(str(root))
    fetched = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    n_img = n_lst = 0
    for s in range(sites):
        site = f"site{s}"
        images, listings = [], []
        for i in range(images_per_site):
            data = make_jpeg(seed * 1_000_003 + s * 10_007 + i, size)
            images.append(
                {
                    "image_sha256": sha256_hex(data),
                    "url": f"http://127.0.0.1/{site}/{i}.jpg",
                    "bytes": data,
                    "mime": "image/jpeg",
                    "width": size,
                    "height": size,
                    "error": None,
                }
            )
        if poison and s == 0:  # bytes the tiny test matcher dies on (SIGKILL of its worker), first site
            crash = f"CRASH {site} {seed}".encode()
            images.append(
                {
                    "image_sha256": sha256_hex(crash),
                    "url": f"http://127.0.0.1/{site}/crash.jpg",
                    "bytes": crash,
                    "mime": "image/jpeg",
                    "width": None,
                    "height": None,
                    "error": None,
                }
            )
        if bad:
            junk = f"not an image {site} {seed}".encode()
            images.append(
                {
                    "image_sha256": sha256_hex(junk),
                    "url": f"http://127.0.0.1/{site}/junk.jpg",
                    "bytes": junk,
                    "mime": "image/jpeg",
                    "width": None,
                    "height": None,
                    "error": None,
                }
            )
            gone = f"gone {site} {seed}".encode()
            images.append(
                {
                    "image_sha256": sha256_hex(gone),
                    "url": f"http://127.0.0.1/{site}/gone.jpg",
                    "bytes": None,
                    "mime": None,
                    "width": None,
                    "height": None,
                    "error": "HTTP 404",
                }
            )
        for i, im in enumerate(images):
            url = f"http://127.0.0.1/{site}/item/{seed}-{i}"
            listings.append(
                {
                    "listing_id": listing_id(site, url),
                    "site": site,
                    "url": url,
                    "title": f"item {i} of {site}",
                    "description": "",
                    "brand_claimed": None,
                    "price": 10.0 + i,
                    "currency": "EUR",
                    "sku": None,
                    "availability": None,
                    "seller": f"seller{i % 3}",
                    "seller_url": None,
                    "image_urls": [im["url"]],
                    "image_sha256": [im["image_sha256"]],
                    "crawl_date": date,
                    "fetched_at": fetched,
                }
            )
        if reuse:
            old = lake.read("images", reuse[0], site, columns=["image_sha256", "url", "error"]).to_pylist()
            for i, im in enumerate([r for r in old if r["error"] is None][: reuse[1]]):
                url = f"http://127.0.0.1/{site}/item/again-{i}"
                listings.append(
                    {
                        "listing_id": listing_id(site, url),
                        "site": site,
                        "url": url,
                        "title": f"again {i}",
                        "description": "",
                        "brand_claimed": None,
                        "price": 5.0,
                        "currency": "EUR",
                        "sku": None,
                        "availability": None,
                        "seller": "seller9",
                        "seller_url": None,
                        "image_urls": [im["url"]],
                        "image_sha256": [im["image_sha256"]],
                        "crawl_date": date,
                        "fetched_at": fetched,
                    }
                )
        with lake.writer("images", date, site, row_group_size=row_group_size) as w:
            for start in range(0, len(images), row_group_size):
                w.write(images[start : start + row_group_size])
        with lake.writer("listings", date, site) as w:
            w.write(listings)
        n_img += len(images)
        n_lst += len(listings)
    return {"images": n_img, "listings": n_lst}
