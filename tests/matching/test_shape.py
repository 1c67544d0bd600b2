"""Shape verification: a mark's outline found by edge orientation whatever its ink (matching/shape.py) and the
Matcher's use of it on its best windows (match.detect.shape_*)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np
import pytest

from benchmarks.eval_metrics import iou
from knockoff.matching.signals.image import box_of
from tests.matching.conftest import background, draw_mark, images_table, jpeg_bytes, knob_matcher, png_bytes


def _print(
    bg: np.ndarray, mark: np.ndarray, size: int, xy: tuple[int, int], gap: float, opacity: float = 1.0
):
    """The mark printed in the cloth's own colour moved by `gap` grey levels (low contrast, photo ink), at
    `opacity`; returns (rgb, box)."""
    import cv2

    m = cv2.resize(mark, (size, size), interpolation=cv2.INTER_AREA)
    x, y = xy
    out = bg.astype(np.float32).copy()
    region = out[y : y + size, x : x + size]
    a = m[..., 3:4].astype(np.float32) / 255 * opacity
    ink = region.reshape(-1, 3).mean(0) + gap
    region[:] = region * (1 - a) + ink * a
    return np.clip(out, 0, 255).astype(np.uint8), (float(x), float(y), float(x + size), float(y + size))


@pytest.fixture(scope="module")
def refs(marks_dir: Path):
    from knockoff.matching.shape import ShapeRefs

    return ShapeRefs({("Starling", "starling"): marks_dir / "marks" / "starling.png"})


def _score(refs, rgb: np.ndarray, window: tuple[int, int, int, int]):
    import cv2

    from knockoff.matching.shape import Fields

    fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    return refs.score(fields, window, ("Starling", "starling"), 100)[:2]


def test_the_field_is_the_same_for_dark_and_light_ink_and_nearly_so_at_low_contrast() -> None:
    from knockoff.matching.shape import orientation_field

    alpha = draw_mark(96)[..., 3].astype(np.float32) / 255
    dark, light = 128 - 60 * alpha, 128 + 60 * alpha
    a, b = orientation_field(dark), orientation_field(light)
    np.testing.assert_allclose(a, b, atol=1e-4)  # polarity: the doubled angle
    faint = orientation_field(128 + 8 * alpha)
    edge = np.hypot(a[..., 0], a[..., 1]) > 0.5
    cos = (a[edge] * faint[edge]).sum(-1) / (
        np.linalg.norm(a[edge], axis=-1) * np.linalg.norm(faint[edge], axis=-1) + 1e-9
    )
    assert np.median(cos) > 0.99  # the same directions at an 8-grey-level print
    assert np.median(np.hypot(faint[edge, 0], faint[edge, 1])) > 0.5  # and a faint edge still counts
    with pytest.raises(ValueError, match="2-D"):
        orientation_field(np.zeros((8, 8, 3)))


def _isoluminant(alpha: np.ndarray, ink: tuple, cloth: tuple) -> np.ndarray:
    """A mark (alpha H x W, 0..1) in `ink` on a `cloth` of about the same grey (RGB uint8 H x W x 3)."""
    a = alpha[..., None]
    return np.clip(np.float32(cloth) * (1 - a) + np.float32(ink) * a, 0, 255).astype(np.uint8)


def test_the_colour_field_keeps_a_print_that_differs_from_the_cloth_in_hue_alone() -> None:
    """Red ink on a green shirt of the same grey: the grey field has no edge there, the colour field has the
    mark's edges in the same directions as a dark print's; dark and light ink give one field (polarity), and
    with chroma 0 the colour field is the lightness field alone."""
    import cv2

    from knockoff.matching.shape import Fields, colour_orientation_field, orientation_field

    alpha = draw_mark(96)[..., 3].astype(np.float32) / 255
    red, green = (200, 60, 60), (60, 131, 60)  # BT.601 luma 101.9 and 101.7
    rgb = _isoluminant(alpha, red, green)
    grey = orientation_field(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    colour = colour_orientation_field(rgb, chroma=2.0)
    reference = orientation_field(128 - 60 * alpha)  # the same mark printed dark
    edge = np.hypot(reference[..., 0], reference[..., 1]) > 0.5
    assert np.median(np.hypot(grey[edge, 0], grey[edge, 1])) < 0.2  # the grey image hardly shows it
    assert np.median(np.hypot(colour[edge, 0], colour[edge, 1])) > 0.8
    cos = (reference[edge] * colour[edge]).sum(-1) / (
        np.linalg.norm(reference[edge], axis=-1) * np.linalg.norm(colour[edge], axis=-1) + 1e-9
    )
    assert np.median(cos) > 0.95  # the same directions
    swapped = colour_orientation_field(_isoluminant(alpha, green, red), chroma=2.0)
    same = (swapped[edge] * colour[edge]).sum(-1) / (
        np.linalg.norm(swapped[edge], axis=-1) * np.linalg.norm(colour[edge], axis=-1) + 1e-9
    )
    assert np.median(same) > 0.99  # ink and cloth swapped: the same field
    shirt = np.dstack([128 - 60 * alpha] * 3).astype(np.uint8)  # a grey print: the lightness field only
    lab = cv2.cvtColor(shirt, cv2.COLOR_RGB2LAB)[..., 0]
    np.testing.assert_allclose(colour_orientation_field(shirt, 0.0), orientation_field(lab), atol=1e-5)
    assert Fields(rgb).at(1).shape == Fields(rgb, 2.0).at(1).shape == (*alpha.shape, 2)  # chroma 0: grey
    np.testing.assert_allclose(Fields(rgb).at(1), grey, atol=1e-6)
    with pytest.raises(ValueError, match="H x W x 3"):
        colour_orientation_field(np.zeros((8, 8)), 1.0)


def test_a_print_in_another_hue_of_the_same_grey_is_found_only_with_colour_edges(refs) -> None:
    """A print that differs from the cloth in hue alone scores where it is with the colour field, standing out
    from the rest of the photo; the grey field does not find it."""
    import cv2

    from knockoff.matching.shape import Fields, best_elsewhere

    bg = background(5, 360, 360).astype(np.float32)
    shirt = np.clip(bg - bg.mean(axis=(0, 1)) + np.float32((60, 131, 60)), 0, 255).astype(np.uint8)
    m = cv2.resize(draw_mark(256), (100, 100), interpolation=cv2.INTER_AREA)[..., 3].astype(np.float32) / 255
    rgb = shirt.copy()
    rgb[110:210, 120:220] = _isoluminant(
        m, (200, 60, 60), tuple(int(v) for v in shirt[110:210, 120:220].mean((0, 1)))
    )
    box, window = (120.0, 110.0, 220.0, 210.0), (80, 70, 260, 250)
    fields = Fields(rgb, 2.0)
    s, found, template = refs.score(fields, window, ("Starling", "starling"), 100)
    assert s >= 0.45 and iou(found, box) >= 0.6, (s, found)
    assert s - best_elsewhere(fields, template, found) >= 0.25
    s_grey = refs.score(Fields(rgb), window, ("Starling", "starling"), 100)[0]
    assert s_grey < s - 0.2, (s_grey, s)


def test_a_faint_print_scores_high_where_it_is_and_the_bare_cloth_does_not(refs) -> None:
    bg = background(5, 360, 360)
    rgb, box = _print(bg, draw_mark(256), 100, (120, 110), gap=24.0, opacity=0.75)  # 18 grey levels
    window = (80, 70, 260, 250)
    s, found = _score(refs, rgb, window)
    assert s >= 0.45, s
    assert found is not None and iou(found, box) >= 0.6, (found, box)
    s_bare, _ = _score(refs, bg, window)
    assert s_bare < 0.2, s_bare
    s_other = _score(refs, rgb, (0, 0, 115, 115))[0]  # next to the print, not on it
    assert s_other < 0.3, s_other


def test_a_large_print_is_matched_on_the_reduced_image_with_its_box_in_image_pixels(refs) -> None:
    """A 220 px print (templates up to 268 px) is matched on the image reduced 2x, as well as a 100 px one
    at full size: found with its box in image pixels, standing out from the rest of the photo; the bare
    cloth does not match."""
    import cv2

    from knockoff.matching.shape import MAX_SIDE, SCALES, Fields, best_elsewhere

    assert int(220 * SCALES[-1] // MAX_SIDE) == 2
    bg = background(7, 600, 600)
    rgb, box = _print(bg, draw_mark(256), 220, (200, 180), gap=24.0, opacity=0.75)
    fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    s, found, template = refs.score(fields, (110, 90, 510, 490), ("Starling", "starling"), 220)
    assert template is not None and template.reduction == 2 and fields.at(2).shape == (300, 300, 2)
    assert s >= 0.4 and iou(found, box) >= 0.6, (s, found, box)
    assert s - best_elsewhere(fields, template, found) >= 0.25
    bare = Fields(cv2.cvtColor(bg, cv2.COLOR_RGB2GRAY))
    assert refs.score(bare, (110, 90, 510, 490), ("Starling", "starling"), 220)[0] < 0.2


def test_a_match_must_stand_out_from_the_same_photo(refs) -> None:
    """A print scores far above the template's best elsewhere in its photo; on a photo of stripes, which
    the mark's straight edges follow everywhere, the best place barely stands out."""
    import cv2

    from knockoff.matching.shape import Fields, best_elsewhere

    rgb, box = _print(background(5, 360, 360), draw_mark(256), 100, (120, 110), gap=24.0, opacity=0.75)
    fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    s, found, template = refs.score(fields, (80, 70, 260, 250), ("Starling", "starling"), 100)
    assert s - best_elsewhere(fields, template, found) >= 0.25
    yy, xx = np.mgrid[0:360, 0:360]
    stripes = (128 + 50 * np.sign(np.sin((xx + 0.3 * yy) / 3.0))).astype(np.uint8)
    fields = Fields(cv2.GaussianBlur(stripes, (0, 0), 1.0))
    s, found, template = refs.score(fields, (80, 70, 260, 250), ("Starling", "starling"), 100)
    assert found is not None and s - best_elsewhere(fields, template, found) < 0.1
    small = Fields(np.zeros((20, 20), np.uint8))
    assert best_elsewhere(small, template, (0, 0, 5, 5)) == 0.0  # no room for the template


def test_only_marks_with_an_outline_of_their_own_get_shape_templates(tmp_path: Path, marks_dir: Path) -> None:
    from knockoff.matching.shape import Fields, ShapeRefs, has_silhouette

    photo = tmp_path / "crop.png"  # an opaque photo crop: its outline is its rectangle
    photo.write_bytes(png_bytes(background(1, 60, 90)))
    flat = tmp_path / "flat.png"  # an alpha channel that hides nothing
    rgba = np.dstack([background(2, 60, 90), np.full((60, 90), 255, np.uint8)])
    flat.write_bytes(png_bytes(rgba))
    svg = marks_dir / "marks" / "quadra.svg"
    transparent = marks_dir / "marks" / "starling.png"
    assert [has_silhouette(p) for p in (photo, flat, svg, transparent)] == [False, False, True, True]
    refs = ShapeRefs({("a", "crop"): photo, ("b", "flat"): flat, ("c", "quadra"): svg})
    assert ("c", "quadra") in refs and ("a", "crop") not in refs and ("b", "flat") not in refs
    none = refs.score(Fields(np.zeros((5, 5), np.uint8)), (0, 0, 5, 5), ("c", "quadra"), 40)  # nothing fits
    assert none == (0.0, None, None)


def test_templates_are_built_from_the_marks_read_when_the_refs_were_made(
    tmp_path: Path, marks_dir: Path
) -> None:
    """Templates are built on first use; a mark file moved or deleted after the Matcher was built (a job's
    temporary folder) still gives them, from the bytes read at the start."""
    import shutil

    import cv2

    from knockoff.matching.shape import Fields, ShapeRefs

    svg = tmp_path / "quadra.svg"
    shutil.copy(marks_dir / "marks" / "quadra.svg", svg)
    refs = ShapeRefs({("c", "quadra"): svg})
    svg.unlink()
    gray = cv2.cvtColor(background(3, 200, 200), cv2.COLOR_RGB2GRAY)
    score, box, template = refs.score(Fields(gray), (0, 0, 200, 200), ("c", "quadra"), 60)
    assert box is not None and template is not None and template.t.shape[2] == 2


def test_a_template_depends_on_its_size_alone_not_on_the_windows_before_it(marks_dir: Path) -> None:
    """The same (mark, size) gives the same templates whether a larger window's came first or not, so an
    image's scores never depend on the images matched before it."""
    from knockoff.matching.shape import ShapeRefs

    marks = {("c", "quadra"): marks_dir / "marks" / "quadra.svg"}
    fresh, after = ShapeRefs(marks), ShapeRefs(marks)
    after.templates(("c", "quadra"), 120)
    pairs = zip(fresh.templates(("c", "quadra"), 60), after.templates(("c", "quadra"), 60), strict=True)
    for (a, n), (b, m) in pairs:
        assert n == m and np.array_equal(a, b)


def test_templates_from_the_alpha_alone_are_those_of_the_whole_rgba(marks_dir: Path) -> None:
    """`crop_resize(..., band="A")` and `_turned` work on the alpha channel alone; the templates must be the arrays
    that the whole RGBA rendering, resized (marks.crop_resize) and turned, gives: a vector mark and a raster,
    at sizes that shrink and enlarge, at every angle."""
    import cv2

    from knockoff.matching.marks import crop_resize, mark_source
    from knockoff.matching.shape import ROTATIONS, _turned

    def turned_rgba(rgba: np.ndarray, angle: float) -> np.ndarray:
        pad = int(0.25 * max(rgba.shape[:2])) + 2
        big = np.pad(rgba, ((pad, pad), (pad, pad), (0, 0)))
        m = cv2.getRotationMatrix2D((big.shape[1] / 2, big.shape[0] / 2), angle, 1.0)
        out = cv2.warpAffine(big, m, (big.shape[1], big.shape[0]), flags=cv2.INTER_LINEAR)
        ys, xs = np.nonzero(out[..., 3] > 8)
        return out[ys.min() - 2 : ys.max() + 3, xs.min() - 2 : xs.max() + 3, 3]

    for name in ("quadra.svg", "starling.png"):
        for size in (13, 37, 90, 200):
            source = mark_source(marks_dir / "marks" / name, 256)
            rgba = crop_resize(source, size)
            alpha = crop_resize(source, size, band="A")
            assert np.array_equal(alpha, rgba[..., 3]), (name, size)
            for angle in ROTATIONS:
                assert np.array_equal(_turned(alpha, angle), turned_rgba(rgba, angle)), (name, size, angle)


def test_the_matcher_raises_a_faint_print_and_boxes_it(brands) -> None:
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching.engine import Matcher

    rgb, box = _print(background(7, 480, 400), draw_mark(256), 120, (140, 170), gap=12.0, opacity=0.75)
    blob = jpeg_bytes(rgb, 90)

    def best(shape_top: int, **knobs) -> tuple[dict, dict]:
        cfg = MatchConfig(ocr=False, device="cpu", detect=DetectConfig(shape_top=shape_top, **knobs))
        m = Matcher(brands, cfg, device="cpu")
        det, errors = m.detect(images_table([blob]))
        assert errors.num_rows == 0
        rows = [r for r in det.to_pylist() if r["brand"] == "Starling"]
        return max(rows, key=lambda r: r["score"]), m.counters

    off, _ = best(0)
    on, counters = best(4)
    assert counters["shape_windows"] >= 1
    assert on["score"] >= off["score"] + 0.2, (off, on)
    assert on["method"] in ("cnn+shape", "cnn+sift")
    gated, _ = best(4, shape_min_p=1.0)  # where the CNN rules the brand out, the shape adds nothing
    assert gated["score"] == off["score"] and gated["method"] == off["method"]
    if on["method"] == "cnn+shape":
        found = (on["x0"], on["y0"], on["x1"], on["y1"])
        assert iou(found, box) >= 0.5, (found, box)


def _best_rows(brands, blobs: list[bytes], **knobs) -> dict[tuple[str, str], dict]:
    """(image_sha256, brand) -> the best detection row of a CPU Matcher (OCR off) with these match.detect
    `knobs` on `blobs`, after checking that no image gave an error."""
    det, errors = knob_matcher(brands, **knobs).detect(images_table(blobs))
    assert errors.num_rows == 0
    best: dict = {}
    for r in det.to_pylist():
        k = (r["image_sha256"], r["brand"])
        if r["score"] > best.get(k, {"score": -1.0})["score"]:
            best[k] = r
    return best


def _confirmed(off: dict, on: dict, blob: bytes, box: tuple, gain: float) -> tuple[dict, dict]:
    """Starling's best rows (`_best_rows`) on photo `blob` with a knob off and on, after checking that with it
    on the print is shape-confirmed (`cnn+shape`) at least `gain` higher and boxed on it (IoU >= 0.5 with
    `box`): (off row, on row)."""
    sha = hashlib.sha256(blob).hexdigest()  # images_table's key
    a, b = off[(sha, "Starling")], on[(sha, "Starling")]
    assert b["method"] == "cnn+shape" and b["score"] >= a["score"] + gain, (a, b)
    assert iou(box_of(b), box) >= 0.5
    return a, b


def _never_lower(off: dict, on: dict) -> None:
    """Every (image, brand) of `_best_rows` `off` is in `on`, and none scores lower there."""
    assert off.keys() == on.keys()
    assert all(on[k]["score"] >= off[k]["score"] - 1e-6 for k in off), (off, on)


def _hue_print(seed: int, size: int, xy: tuple[int, int]) -> tuple[np.ndarray, tuple]:
    """Starling printed on a green shirt (480 x 400 photo) by moving the cloth's colour towards red of the
    same grey, its weave kept (fabric shading): the print differs from the cloth in hue alone. (rgb, box)."""
    import cv2

    bg = background(seed, 480, 400).astype(np.float32)
    shirt = bg - bg.mean(axis=(0, 1)) + np.float32((60, 131, 60))
    m = (
        cv2.resize(draw_mark(256), (size, size), interpolation=cv2.INTER_AREA)[..., 3].astype(np.float32)
        / 255
    )
    x, y = xy
    shift = np.float32((200, 60, 60)) - np.float32((60, 131, 60))  # BT.601 luma +0.2
    shirt[y : y + size, x : x + size] += m[..., None] * shift
    rgb = np.clip(shirt, 0, 255).astype(np.uint8)
    return rgb, (float(x), float(y), float(x + size), float(y + size))


def test_the_matcher_takes_the_stronger_of_the_grey_and_the_colour_view(brands) -> None:
    """A print that differs from its shirt in hue alone: with match.detect.shape_chroma 2 (the default) the
    colour view confirms it where the grey view cannot, boxed on the print; a window keeps the stronger view,
    so no brand's score on either photo is lower than with grey edges alone (shape_chroma 0)."""
    from knockoff.config import DetectConfig

    hue, box = _hue_print(7, 120, (140, 170))
    faint, _ = _print(background(7, 480, 400), draw_mark(256), 120, (140, 170), gap=12.0, opacity=0.75)
    blobs = [jpeg_bytes(hue, 92), jpeg_bytes(faint, 90)]

    grey, colour = _best_rows(brands, blobs, shape_chroma=0.0), _best_rows(brands, blobs, shape_chroma=2.0)
    assert DetectConfig().shape_chroma == 2.0
    _never_lower(grey, colour)
    off, on = _confirmed(grey, colour, blobs[0], box, 0.2)
    assert off["method"] != "cnn+shape", (off, on)


def test_shape_thresholds_must_be_ordered() -> None:
    from pydantic import ValidationError

    from knockoff.config import DetectConfig

    with pytest.raises(ValidationError, match="shape_high"):
        DetectConfig(shape_low=0.6, shape_high=0.5)


def _hidden_print(gap: float, hide: int) -> tuple[np.ndarray, np.ndarray, tuple]:
    """Starling printed 120 px at (140, 170) on a 480 x 400 photo `gap` grey levels from its cloth, and the
    same photo with the print's right `hide` px covered by cloth from elsewhere in it (a fold, a strap):
    (unhidden rgb, hidden rgb, the print's box)."""
    bg = background(7, 480, 400)
    rgb, box = _print(bg, draw_mark(256), 120, (140, 170), gap=gap)
    hidden = rgb.copy()
    hidden[160:310, 260 - hide : 270] = bg[20:170, 370 - hide : 380]
    return rgb, hidden, box


def test_a_half_of_the_mark_finds_a_print_partly_hidden(refs) -> None:
    """The right half of a print hidden: the whole template's mean falls under shape_min_score (0.35), while
    the left half, matched on its own (shape.match_halves), scores as on the whole print, stands out from its
    best score elsewhere in the photo, and gives the whole mark's box on the print; the hidden half scores as
    on cloth. On the unhidden print every half is found there too."""
    import cv2

    from knockoff.matching.shape import Fields, best_elsewhere, halves, match_halves

    whole, hidden, box = _hidden_print(20.0, 70)
    area = (90, 120, 310, 340)
    for rgb in (whole, hidden):
        fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
        score, found, template = refs.score(fields, area, ("Starling", "starling"), 120)
        assert found is not None and template is not None
        parts = match_halves(fields, area, template)
        assert len(parts) == len(halves(template)) == 4  # left, right, top, bottom
        assert all(p.template.reduction == template.reduction for p in parts)
        if rgb is whole:
            assert score >= 0.4
            assert all(p.score >= 0.5 and iou(p.whole, box) >= 0.8 for p in parts), parts
            continue
        assert score < 0.35
        left, right = parts[0], parts[1]
        assert left.score >= 0.5 and left.score - best_elsewhere(fields, left.template, left.box) >= 0.3
        assert iou(left.whole, box) >= 0.8 and left.box[2] <= (box[0] + box[2]) / 2 + 4
        assert right.score < 0.2


def test_the_matcher_confirms_a_print_partly_hidden_by_a_half_of_its_mark(brands) -> None:
    """With match.detect.shape_halves (the default) a print whose right half is hidden is shape-confirmed by
    its left half (`cnn+shape`, boxed on the whole print), where the whole template alone confirms nothing;
    a window keeps its best margin, so no brand's score on the hidden, the unhidden or a logo-free photo is
    lower than with the whole template alone."""
    from knockoff.config import DetectConfig

    whole, hidden, box = _hidden_print(20.0, 55)
    blobs = [jpeg_bytes(hidden, 90), jpeg_bytes(whole, 90), jpeg_bytes(background(7, 480, 400), 90)]

    assert DetectConfig().shape_halves == 1.0
    off, on = _best_rows(brands, blobs, shape_halves=0.0), _best_rows(brands, blobs, shape_halves=1.0)
    _never_lower(off, on)
    a, b = _confirmed(off, on, blobs[0], box, 0.3)
    assert a["method"] != "cnn+shape", (a, b)


def test_halves_of_a_plain_outline_are_not_matched_on_their_own(tmp_path: Path, marks_dir: Path) -> None:
    """Half a disc is an arc and half a rectangle a bracket, which the rim of a bag or a box matches as well
    as a print: a badge whose silhouette is such a plain shape has no half matched on its own, whatever is
    drawn inside it (shape.specific_halves; the demo shop's marks are such badges), while a mark with an
    outline of its own (Starling) keeps all four."""
    import cv2

    from knockoff.matching.shape import Fields, ShapeRefs, match_halves, specific_halves

    disc = np.zeros((64, 64), np.uint8)
    cv2.circle(disc, (32, 32), 31, 255, -1)
    bar = np.zeros((40, 64), np.uint8)
    bar[2:38, 2:62] = 255
    assert specific_halves(disc) == specific_halves(bar) == (False,) * 4
    starling = cv2.resize(draw_mark(256), (64, 64), interpolation=cv2.INTER_AREA)[..., 3]
    assert specific_halves(starling) == (True,) * 4

    badge = np.zeros((256, 256, 4), np.uint8)
    cv2.circle(badge, (128, 128), 120, (200, 30, 30, 255), -1)
    cv2.fillPoly(badge, [np.int32([[60, 180], [128, 70], [196, 180]])], (255, 255, 255, 255))
    (tmp_path / "badge.png").write_bytes(png_bytes(badge))
    refs = ShapeRefs(
        {
            ("Badge", "badge"): tmp_path / "badge.png",
            ("Starling", "starling"): marks_dir / "marks" / "starling.png",
        },
        drawing_badges=False,  # the outline's own templates (a badge is matched by its drawing by default)
    )
    assert refs.specific_halves(("Badge", "badge")) == (False,) * 4
    assert refs.specific_halves(("Starling", "starling")) == (True,) * 4
    rgb, _ = _print(background(3, 400, 400), badge, 120, (140, 140), gap=40.0)
    fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
    score, _, template = refs.score(fields, (90, 90, 310, 310), ("Badge", "badge"), 120)
    assert template is not None and score >= 0.5
    assert len(match_halves(fields, (90, 90, 310, 310), template)) == 4
    specific = refs.specific_halves(("Badge", "badge"))
    assert [p for p in match_halves(fields, (90, 90, 310, 310), template) if specific[p.which]] == []


def _foreshortened(mark: np.ndarray, pull: float) -> np.ndarray:
    """`mark` (RGBA, square) as printed on a surface tilted away from the camera: its top corners pulled towards
    the top's middle by `pull` x its side (written here with OpenCV, apart from shape.keystone)."""
    import cv2

    n = mark.shape[0]
    src = np.float32([[0, 0], [n, 0], [n, n], [0, n]])
    dst = src.copy()
    dst[0, 0] += pull * n
    dst[1, 0] -= pull * n
    return cv2.warpPerspective(mark, cv2.getPerspectiveTransform(src, dst), (n, n), flags=cv2.INTER_LINEAR)


def test_the_pose_refinement_fits_a_print_foreshortened_or_between_template_sizes(refs) -> None:
    """With `refine`, the best template's pose is refined (shape.ShapeRefs.refined: foreshortened, turned and
    sized half a step) where the flat templates' best reaches `refine`: a print foreshortened as on a tilted
    surface, and a flat print whose size falls between two template sizes, score higher and stand out more from
    the rest of the photo, boxed on the print; the score is never lower than the flat templates' (the refinement
    only replaces a better fit); a flat best under `refine` and bare cloth stay as they are."""
    import cv2

    from knockoff.matching.shape import Fields, best_elsewhere

    area, key = (90, 120, 310, 340), ("Starling", "starling")
    bg = background(7, 480, 400)
    tilted, box = _print(bg, _foreshortened(draw_mark(256), 0.14), 120, (140, 170), gap=40.0)
    flat, flat_box = _print(bg, draw_mark(256), 120, (140, 170), gap=20.0)
    for rgb, gain in ((tilted, 0.05), (flat, 0.3)):
        fields = Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY))
        (s0, b0, t0), (s1, b1, t1) = (refs.score(fields, area, key, 120, refine=r) for r in (None, 0.35))
        assert b0 is not None and b1 is not None and t0 is not None and t1 is not None
        assert s1 >= s0 + gain, (s0, s1)
        assert s1 - best_elsewhere(fields, t1, b1) >= s0 - best_elsewhere(fields, t0, b0) + gain - 0.02
        assert iou(b1, flat_box) >= 0.6
        assert refs.score(fields, area, key, 120, refine=s0 + 0.01)[:2] == (s0, b0)  # under `refine`: flat
    for seed in range(4):  # never lower; bare cloth scores about nothing either way
        fields = Fields(cv2.cvtColor(background(seed, 480, 400), cv2.COLOR_RGB2GRAY))
        s0, s1 = (refs.score(fields, area, key, 120, refine=r)[0] for r in (None, 0.35))
        assert s0 <= s1 < 0.1
    fields = Fields(
        cv2.cvtColor(_print(bg, draw_mark(256), 110, (140, 170), gap=30.0)[0], cv2.COLOR_RGB2GRAY)
    )
    assert refs.score(fields, area, key, 120, refine=0.35)[0] >= refs.score(fields, area, key, 120)[0]


def test_the_matcher_confirms_a_faint_foreshortened_print_by_its_refined_pose(brands) -> None:
    """With match.detect.shape_refine (the default) a faint print foreshortened as on a tilted surface is
    shape-confirmed with a higher score than by the flat templates alone, boxed on the print; a logo-free photo
    gets no brand either way."""
    from knockoff.config import DetectConfig

    bg = background(7, 480, 400)
    tilted, box = _print(bg, _foreshortened(draw_mark(256), 0.18), 120, (140, 170), gap=12.0)
    blobs = [jpeg_bytes(tilted, 90), jpeg_bytes(background(3, 480, 400), 90)]
    assert DetectConfig().shape_refine is True
    off, on = _best_rows(brands, blobs, shape_refine=False), _best_rows(brands, blobs, shape_refine=True)
    _confirmed(off, on, blobs[0], box, 0.15)
    clean = hashlib.sha256(blobs[1]).hexdigest()
    assert max(r["score"] for (s, _), r in {**off, **on}.items() if s == clean) < 0.3


def test_a_plain_outline_gets_no_pose_refinement(tmp_path: Path, marks_dir: Path) -> None:
    """A round badge's silhouette is a disc (its drawing is inside the outline, which the template does not
    see): foreshortened it is an ellipse, which fits every round thing, so its pose is not refined
    (shape.plain_outline; the demo shop's marks are such badges), nor a wordmark's (shape.is_wordmark);
    Starling's is."""
    import cv2

    from knockoff.matching.shape import Fields, ShapeRefs, is_wordmark, plain_outline

    badge = np.zeros((256, 256, 4), np.uint8)
    cv2.circle(badge, (128, 128), 120, (30, 90, 200, 255), -1)
    cv2.putText(badge, "NV", (60, 160), cv2.FONT_HERSHEY_SIMPLEX, 3.0, (255, 255, 255, 255), 12)
    (tmp_path / "badge.png").write_bytes(png_bytes(badge))
    refs = ShapeRefs(
        {
            ("Badge", "badge"): tmp_path / "badge.png",
            ("Starling", "starling"): marks_dir / "marks" / "starling.png",
        },
        drawing_badges=False,  # the outline's own templates (a badge is matched by its drawing by default)
    )
    assert not refs.refines(("Badge", "badge")) and refs.refines(("Starling", "starling"))
    assert plain_outline(cv2.resize(badge[..., 3], (64, 64), interpolation=cv2.INTER_AREA))
    word = np.zeros((40, 160), np.uint8)
    cv2.putText(word, "NORDVIK", (4, 32), cv2.FONT_HERSHEY_SIMPLEX, 1.2, 255, 3)
    word = cv2.resize(word, (64, 16), interpolation=cv2.INTER_AREA)  # GENERIC_SIDE px, as ShapeRefs asks
    assert is_wordmark(word) and not plain_outline(word)
    tilted, _ = _print(background(3, 400, 400), _foreshortened(badge, 0.18), 120, (140, 140), gap=40.0)
    fields = Fields(cv2.cvtColor(tilted, cv2.COLOR_RGB2GRAY))
    flat, refined = (
        refs.score(fields, (90, 90, 310, 310), ("Badge", "badge"), 120, refine=r) for r in (None, 0.35)
    )
    assert refined[0] == flat[0] and refined[1] == flat[1]
    refs._refines[("Badge", "badge")] = True  # were it refined, the ellipse would fit better
    assert refs.score(fields, (90, 90, 310, 310), ("Badge", "badge"), 120, refine=0.35)[0] > flat[0] + 0.02
