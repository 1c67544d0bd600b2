"""Text lines that text detection boxed as one block are read again as bands (match.detect.ocr_bands;
engine._banded_lines).

Real photos of ../shared/data/real-logos' development half (skipped where the set is absent): RapidOCR's
detector draws one box over a stacked wordmark ("THE" / "NORTH" / "FACE") or over a word and the emblem
beside it, and its recogniser, reading one line per box, returns letters that name no brand ("NORHE"), also
when read again enlarged (ocr_zoom); the same box cut into 2 and 3 horizontal bands, each recognised on its own,
reads the name."""

from __future__ import annotations

import pytest

# development-half photos (sha256) and the brand their text names
PHOTOS = {
    "03d98173412d0caf0ca43cf7578fff375f6ff0a840899670618ed1d1c11099a1": "The North Face",
    "5336277335ffcd29b43bc121f15d79b3c88b84e29bc5d49295af97e2f517b3b9": "Calvin Klein",
    "8396ebc8a415ac684b5240b22abc589c6b7349c7cb80721b621435d5eee6d022": "Lacoste",
}


@pytest.fixture(scope="module")
def real_matchers():
    """The photos' files and one Matcher (OCR on) per ocr_bands, 0 (off) and 3 (the default)."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher
    from tests.matching.real_photos import brands_and_files

    brands, files = brands_and_files(set(PHOTOS))
    detect = {n: DetectConfig(ocr_bands=n) for n in (0, 3)}
    matchers = {
        n: Matcher(brands, MatchConfig(ocr=True, device="cpu", detect=d), device="cpu")
        for n, d in detect.items()
    }
    return matchers, files


def _named(m, data: bytes) -> set[str]:
    from knockoff.matching.imageio import decode

    return {h.brand for h in m._read_text(decode(data))[1]}


@pytest.mark.parametrize("sha", sorted(PHOTOS))
def test_bands_read_the_name_one_box_hid(real_matchers, sha: str) -> None:
    matchers, files = real_matchers
    data = files[sha].read_bytes()
    assert _named(matchers[0], data) == set(), "the plain reading already names a brand: no test of bands"
    assert _named(matchers[3], data) == {PHOTOS[sha]}


def test_bands_are_read_only_where_no_brand_is_named(real_matchers) -> None:
    """A photo whose text already names its brand is not read again (no recognition spent)."""
    from knockoff.matching.imageio import decode
    from training.shared_data import real_logos

    matchers, _ = real_matchers
    m = matchers[3]
    calls: list[int] = []
    inner = m.ocr.recognize
    m.ocr.recognize = lambda crops: calls.append(len(crops)) or inner(crops)
    try:
        images, _ = real_logos()
        plain = next(im for im in images if im.sha256.startswith("06ef2363"))  # "CASIO" read whole
        _, hits = m._read_text(decode(plain.file.read_bytes()))
    finally:
        m.ocr.recognize = inner
    assert {h.brand for h in hits} == {"Casio"} and not calls


def test_banded_lines_box_each_band_inside_its_line() -> None:
    """The bands of a blocky line (at most ocr_band_aspect x as wide as tall) tile its box, 2 then 3 high."""
    from knockoff.config import DetectConfig
    from knockoff.matching.engine import Matcher

    class Reader:
        def recognize(self, crops):
            return [(f"band{i}", 0.9) for i in range(len(crops))]

    class Image:
        rgb = __import__("numpy").zeros((200, 300, 3), "uint8")

    m = Matcher.__new__(Matcher)
    m.knobs = DetectConfig(ocr_bands=3)
    m.counters = {"ocr_banded": 0}
    m._ocr = Reader()
    lines = [
        ("NORHE", 0.57, (100.0, 40.0, 160.0, 100.0)),
        ("a long line of small print", 0.9, (0.0, 150.0, 290.0, 162.0)),
    ]
    got = m._banded_lines(Image(), lines)
    assert len(got) == 5 and m.counters["ocr_banded"] == 5  # the blocky line only, as 2 and as 3 bands
    tops = [b[1] for _, _, b in got]
    assert tops[0] < tops[1] and tops[2] < tops[3] < tops[4]
    assert all(b[0] >= 95 and b[2] <= 165 and b[1] >= 35 and b[3] <= 105 for _, _, b in got)
