"""Wordmarks printed on several lines are read as one (engine.stacked_lines)."""

from __future__ import annotations

from knockoff.matching.engine import stacked_lines


def test_two_and_three_line_wordmarks_are_joined() -> None:
    lines = [
        ("THE", 1.0, (10.0, 10.0, 60.0, 30.0)),
        ("NORTH", 0.9, (5.0, 32.0, 70.0, 52.0)),
        ("FACE", 0.95, (8.0, 54.0, 66.0, 74.0)),
        ("www.example.com", 1.0, (200.0, 300.0, 300.0, 310.0)),
    ]
    got = {t: (c, b) for t, c, b in stacked_lines(lines)}
    assert got["THE NORTH FACE"] == (0.9, (5.0, 10.0, 70.0, 74.0))
    assert "THENORTHFACE" in got and "NORTH FACE" in got and "THE NORTH" in got
    assert not any("example" in t for t in got)  # far away: joined with nothing


def test_lines_side_by_side_or_of_other_size_are_not_joined() -> None:
    side = [("UNI", 1.0, (10.0, 10.0, 60.0, 40.0)), ("QLO", 1.0, (200.0, 42.0, 250.0, 72.0))]
    assert stacked_lines(side) == []
    small = [("UNI", 1.0, (10.0, 10.0, 60.0, 40.0)), ("tiny print", 1.0, (10.0, 42.0, 60.0, 48.0))]
    assert stacked_lines(small) == []
    far = [("UNI", 1.0, (10.0, 10.0, 60.0, 40.0)), ("QLO", 1.0, (10.0, 80.0, 60.0, 110.0))]
    assert stacked_lines(far) == []


def test_tight_leading_is_joined() -> None:
    """Logos set with tight leading: OCR's boxes of one line reach well into the line above's (boxes as
    RapidOCR gave them on real photos: a box logo's three lines, a two-line logo read twice side by side)."""
    from knockoff.matching.text import find_brand

    box_logo = [
        ("THEI", 0.99, (215.0, 119.0, 282.0, 142.0)),
        ("NORTH", 1.0, (169.0, 134.0, 286.0, 163.0)),
        ("FACE", 0.99, (181.0, 150.0, 326.0, 183.0)),
    ]
    got = {t for t, _, _ in stacked_lines(box_logo)}
    assert "THEI NORTH FACE" in got
    assert find_brand("THEI NORTH FACE", ["The North Face"]) is not None
    twice = [("UNI UNI", 0.99, (172.0, 104.0, 273.0, 131.0)), ("QLO QLO", 0.58, (173.0, 120.0, 284.0, 150.0))]
    joined = [t for t, _, _ in stacked_lines(twice)]
    assert any(h and h.kind == "mention" for h in (find_brand(t, ["Uniqlo"]) for t in joined))


def test_one_line_read_twice_is_not_stacked() -> None:
    """Two boxes around the same line (middles under a quarter line height apart) are no two lines."""
    same = [("UNI", 1.0, (10.0, 10.0, 60.0, 40.0)), ("QLO", 1.0, (12.0, 16.0, 62.0, 46.0))]
    assert stacked_lines(same) == []
    above = [("QLO", 1.0, (10.0, 30.0, 60.0, 60.0)), ("UNI", 1.0, (10.0, 5.0, 60.0, 35.0))]
    assert {t for t, _, _ in stacked_lines(above)} == {"UNI QLO", "UNIQLO"}  # read top to bottom only


def test_stacked_brand_name_is_found(brands) -> None:
    """The OCR text matcher finds a two-line brand name once the lines are joined (and not before)."""
    from knockoff.matching.ocr import match_text

    lines = [("STAR", 0.97, (40.0, 40.0, 120.0, 70.0)), ("LING", 0.95, (42.0, 73.0, 118.0, 103.0))]
    assert not [h for h in match_text(lines, brands) if h.brand == "Starling"]
    hits = [h for h in match_text(lines + stacked_lines(lines), brands) if h.brand == "Starling"]
    assert hits and hits[0].score >= 0.9 and hits[0].box == (40.0, 40.0, 120.0, 103.0)


def test_ocr_variants_read_spaced_and_run_together_text() -> None:
    from knockoff.matching.engine import _letters, ocr_variants

    terms = {_letters(t): t for t in ["Hugo Boss", "Armani", "The North Face"]}
    box = (0.0, 0.0, 10.0, 10.0)

    def texts(line: str) -> set[str]:
        return {t for t, _, _ in ocr_variants([(line, 0.9, box)], terms)}

    assert "HUGOBOSS" in texts("H U G O B O S S")
    assert "emporio armani" in texts("EMPORIOARMANI")
    assert "The North Face" in texts("THENORTHFACE")
    assert texts("ARMANI EXCHANGE") == {"ARMANI EXCHANGE"}  # nothing to change
    assert "BULGARI" in texts("BVLGARI")
    assert texts("BIG SALE TODAY") == {"BIG SALE TODAY"}  # words of 3+ letters are no letter spacing
    assert all(c == 0.9 and b == box for _, c, b in ocr_variants([("H U G O", 0.9, box)], terms))


def test_text_hit_counts_the_brands_logo_evidence() -> None:
    from knockoff.matching.engine import with_logo_evidence

    logo_rows = [{"brand": "A", "score": 0.5}, {"brand": "A", "score": 0.2}, {"brand": "B", "score": 0.9}]
    ocr_rows = [{"brand": "A", "score": 0.8}, {"brand": "C", "score": 0.7}]
    out = with_logo_evidence(ocr_rows, logo_rows)
    assert [round(r["score"], 6) for r in out] == [0.9, 0.7]  # 1 - 0.2 * 0.5; C has no logo row


def test_text_regions_group_nearby_lines_largest_first() -> None:
    from knockoff.matching.engine import text_regions

    lines = [
        ("THE", 0.9, (100.0, 100.0, 140.0, 110.0)),
        ("NORTH", 0.9, (98.0, 112.0, 150.0, 122.0)),  # 2 px below: one region with the line above
        ("SALE", 0.9, (10.0, 300.0, 30.0, 306.0)),
        ("x", 0.9, (500.0, 5.0, 520.0, 45.0)),  # tall: a large region, clipped to the image
    ]
    regions = text_regions(lines, 512, 400, 3)
    assert regions[0] == (480, 0, 512, 65)  # 40 px line, 20 px margin, clipped at the right edge and the top
    assert regions[1] == (93, 95, 155, 127)  # the two stacked lines, each grown by half its height
    assert regions[2] == (7, 297, 33, 309)
    assert text_regions(lines, 512, 400, 1) == regions[:1]
    assert text_regions([], 512, 400, 3) == []


def test_text_regions_of_a_page_of_small_print_stay_cheap() -> None:
    """A screenshot of small print: at most MAX_TEXT_LINES lines (the largest) are grouped, and lines apart stay
    apart."""
    from knockoff.matching.engine import MAX_TEXT_LINES, text_regions

    lines = [
        ("ab", 0.9, (x * 20.0, y * 20.0, x * 20.0 + 6.0, y * 20.0 + 4.0))
        for x in range(50)
        for y in range(50)
    ]
    lines.append(("BIG", 0.9, (400.0, 400.0, 460.0, 430.0)))
    regions = text_regions(lines, 1000, 1000, 3)
    assert regions[0] == (385, 385, 475, 445)  # the largest line is among those kept
    assert len(regions) == 3 and all(r[2] - r[0] == 10 for r in regions[1:])  # apart: one line each
    assert len(text_regions(lines, 1000, 1000, 10_000)) == MAX_TEXT_LINES
