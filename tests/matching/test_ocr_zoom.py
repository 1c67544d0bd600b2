"""Text OCR misread at the decoded size is read again enlarged (match.detect.ocr_zoom; engine._zoomed_lines).

Real photos of ../shared/data/real-logos' development half (skipped where the set is absent): at the decoded size
RapidOCR reads the Champion script as "Thampion" and a Sergio Tacchini print as "SERGIOINU", which name no brand;
read again at twice the size, their text regions name the brand."""

from __future__ import annotations

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
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher
    from tests.matching.real_photos import brands_and_files

    brands, files = brands_and_files(set(PHOTOS))
    detect = {zoom: DetectConfig(ocr_zoom=zoom, ocr_bands=0) for zoom in (0.0, 2.0)}
    matchers = {
        zoom: Matcher(brands, MatchConfig(ocr=True, device="cpu", detect=d), device="cpu")
        for zoom, d in detect.items()
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
