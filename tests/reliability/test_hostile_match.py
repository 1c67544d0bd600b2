"""The matcher on hostile image bytes: it never raises, records every undecodable image, refuses
decompression bombs without allocating them, and gives the same answer twice.
"""

from __future__ import annotations

import resource

import pyarrow as pa

from knockoff.config import MatchConfig
from knockoff.crawler.demoshop import generate_shop
from knockoff.lake import sha256_hex
from knockoff.matching.brands import load_brands
from knockoff.matching.engine import Matcher
from tests.reliability.hostile_shop import _images, _png_bomb

UNDECODABLE = {
    "truncated.jpg",
    "random.jpg",
    "empty.jpg",
    "html-as-image.jpg",
    "gifjs.gif",
    "bomb.png",
    "huge-bomb.png",
}


def test_matcher_on_hostile_images(tmp_path, ledger):
    spec = generate_shop(tmp_path / "shop", seed=0, n_listings=0)
    brands = load_brands(spec.brands_path)
    matcher = Matcher(brands, MatchConfig(device="cpu", ocr=False), device="cpu")
    imgs = _images()
    blobs = {**imgs.good, **{k: v[0] for k, v in imgs.bad.items()}, "huge-bomb.png": _png_bomb(60_000)}
    names = sorted(blobs)
    table = pa.table(
        {"image_sha256": [sha256_hex(blobs[n]) for n in names], "bytes": [blobs[n] for n in names]}
    )
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    try:
        out = matcher.detect(table)
        err = None
    except Exception as exc:
        out, err = None, f"{type(exc).__name__}: {exc}"
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss0) / 1024
    ledger.record(
        "match",
        "Matcher.detect on bombs/corrupt/polyglot images does not raise",
        err is None,
        errors=int(err is not None),
        note=(err or "")[:90],
    )
    if out is None:
        ledger.check()
        return
    detections, errors = out[0], out[-1]
    failed = {r["image_sha256"]: r["error"] for r in errors.to_pylist()}
    by_name = {n: sha256_hex(blobs[n]) for n in names}
    unrecorded = sorted(n for n in UNDECODABLE if by_name[n] not in failed)
    ledger.record(
        "match",
        "every undecodable image has a row in the errors table",
        not unrecorded,
        errors=len(failed),
        note=("not recorded: " + ", ".join(unrecorded)) if unrecorded else f"{len(failed)} errors",
    )
    wrongly = sorted(n for n in imgs.good if by_name[n] in failed)
    ledger.record("match", "good images are not reported as errors", not wrongly, note=", ".join(wrongly))
    # 60k x 60k 1-bit = 3.6 G pixels: decoding it would need GBs; allow generous model/runtime growth
    ledger.record(
        "match",
        "decompression bombs refused without allocating them",
        grown_mb < 1500,
        note=f"peak RSS grew {grown_mb:.0f} MB during detect",
    )
    again = matcher.detect(table)
    same = again[0].equals(detections) and set(again[-1].column("image_sha256").to_pylist()) == set(failed)
    ledger.record("match", "same hostile input, same detections and failed images (deterministic)", same)
    ledger.check()


ERROR_TEXT = (
    "matching/imageio.py (line ~50) puts str(exc) in the error text; Pillow's UnidentifiedImageError "
    "text holds a memory address ('<_io.BytesIO object at 0x...>'), so errors differ from run to run"
)


def test_matcher_error_text_is_deterministic(tmp_path, ledger):
    spec = generate_shop(tmp_path / "shop", seed=0, n_listings=0)
    matcher = Matcher(load_brands(spec.brands_path), MatchConfig(device="cpu", ocr=False), device="cpu")
    bad = _images().bad
    names = sorted(n for n in bad if n in UNDECODABLE)
    table = pa.table(
        {"image_sha256": [sha256_hex(bad[n][0]) for n in names], "bytes": [bad[n][0] for n in names]}
    )
    a, b = matcher.detect(table)[-1], matcher.detect(table)[-1]
    same = a.equals(b)
    diff = [x["error"] for x, y in zip(a.to_pylist(), b.to_pylist(), strict=False) if x != y]
    ledger.record(
        "match",
        "error text of undecodable images identical from run to run",
        same,
        note=str(diff[:1])[:90],
        known="" if same else "bug: " + ERROR_TEXT,
    )
    ledger.check()
