"""Text OCR misread at the decoded size is read again enlarged (match.detect.ocr_zoom; engine._zoomed_lines).

Real photos of ../shared/data/real-logos' development half (skipped where the set is absent): at the decoded size
RapidOCR reads the Champion script as "Thampion" and a Sergio Tacchini print as "SERGIOINU", which name no brand;
read again at twice the size, their text regions name the brand."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

# development-half photos (sha256) and the brand their text names
PHOTOS = {
    "6858a11ce953d43f18a03e49c92241e20c033b483a4fdcf2f4296fef3044d1f0": "Champion",
    "dd0b21cf56776c5d4e77f0d1bcc74be590ef97a1042dea44596b65d29cdf37b2": "Sergio Tacchini",
}


@pytest.fixture(scope="module")
def real_matchers():
    """The photos' files and one Matcher (OCR on) per ocr_zoom, 0.0 (off) and 2.0 (the default)."""
    from training.shared_data import REAL_LOGOS

    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        pytest.skip(f"{REAL_LOGOS} is not present (the real-logos set of ../shared/data)")
    pytest.importorskip("rapidocr")
    from benchmarks.bench_real_logos import write_brands
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from training.shared_data import real_logos

    images, refs = real_logos()
    marks: dict[str, list[Path]] = {}
    for r in refs:
        marks.setdefault(r.brand, []).append(r.file)
    with tempfile.TemporaryDirectory() as tmp:
        brands = load_brands(write_brands(marks, Path(tmp)))
    files = {im.sha256: im.file for im in images if im.sha256 in PHOTOS}
    assert set(files) == set(PHOTOS)
    matchers = {
        zoom: Matcher(
            brands,
            MatchConfig(ocr=True, device="cpu", detect=DetectConfig(ocr_zoom=zoom, ocr_bands=0)),
            device="cpu",  # bands off: they read some of these prints too (test_ocr_bands.py)
        )
        for zoom in (0.0, 2.0)
    }
    return matchers, files


def _read(m, data: bytes) -> tuple[list, set[str], int]:
    """The Matcher's reading of one photo: its lines, the brands named, the regions it read again enlarged."""
    from knockoff.matching.imageio import decode

    before = m.counters["ocr_zoomed"]
    lines, hits = m._read_text(decode(data))
    return lines, {h.brand for h in hits}, m.counters["ocr_zoomed"] - before


@pytest.mark.parametrize("sha", sorted(PHOTOS))
def test_misread_text_is_read_again_enlarged(real_matchers, sha: str) -> None:
    matchers, files = real_matchers
    data = Path(files[sha]).read_bytes()
    lines, named, zoomed = _read(matchers[0.0], data)
    assert lines and not named and zoomed == 0  # text seen, no brand named at the decoded size
    lines2, named2, zoomed2 = _read(matchers[2.0], data)
    assert lines2 == lines  # the lines returned (the OCR veto reads them) stay the decoded size's
    assert named2 == {PHOTOS[sha]} and zoomed2 >= 1
