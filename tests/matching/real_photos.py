"""Real-logos photos for OCR tests: the registered brands and the files of chosen photos (skips the test where
../shared/data/real-logos or RapidOCR is absent)."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest


def brands_and_files(shas: set[str]) -> tuple[list, dict[str, Path]]:
    """(every real-logos brand registered with its references, as `load_brands` reads them; sha256 -> file of
    each photo in `shas`). pytest.skip where the set or RapidOCR is absent."""
    from training.shared_data import REAL_LOGOS

    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        pytest.skip(f"{REAL_LOGOS} is not present (the real-logos set of ../shared/data)")
    pytest.importorskip("rapidocr")
    from benchmarks.bench_real_logos import write_brands
    from knockoff.matching.brands import load_brands
    from training.shared_data import real_logos

    images, refs = real_logos()
    marks: dict[str, list[Path]] = {}
    for r in refs:
        marks.setdefault(r.brand, []).append(r.file)
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(marks, Path(tmp)))
    files = {im.sha256: im.file for im in images if im.sha256 in shas}
    assert set(files) == set(shas)
    return brands, files
