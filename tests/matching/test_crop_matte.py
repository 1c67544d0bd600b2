"""Photo-crop references on a one-colour border: the matte (matching/marks.py border_matte), its silhouette
templates (matching/logo.py MATTE_VARIANTS) and its shape templates (matching/shape.py ShapeRefs)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest
import yaml

from knockoff.matching import logo, marks, shape
from tests.matching.conftest import background, draw_mark, jpeg_bytes, plant, png_bytes

CLOTH = (190, 30, 40)  # red cloth the mark was embroidered on
THREAD = (25, 25, 95)  # navy thread


def embroidered_crop(size: int = 256, pad: int = 40, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """An opaque photo crop (RGBA, alpha 255 everywhere): the drawn mark's silhouette in navy on red cloth with
    a little sensor noise; and the silhouette's mask (bool, same H x W)."""
    rng = np.random.default_rng(seed)
    mask = np.zeros((size + 2 * pad, size + 2 * pad), bool)
    mask[pad:-pad, pad:-pad] = draw_mark(size)[..., 3] > 127
    rgb = np.where(mask[..., None], np.float32(THREAD), np.float32(CLOTH))
    rgb = np.clip(rgb + rng.normal(0, 4, rgb.shape), 0, 255).astype(np.uint8)
    return np.dstack([rgb, np.full(mask.shape, 255, np.uint8)]), mask


def test_the_matte_of_a_crop_on_one_colour_is_the_marks_silhouette() -> None:
    crop, mask = embroidered_crop()
    alpha = marks.border_matte(crop[..., :3])
    assert alpha is not None and alpha.dtype == np.uint8 and alpha.shape == mask.shape
    found = alpha >= 128
    assert (found & mask).sum() / (found | mask).sum() >= 0.9
    assert alpha[~mask].max() <= 64 or np.mean(alpha[~mask] > 0) < 0.01  # the cloth is cleared
    cut = marks.matted(crop)  # cut to the mark's visible pixels
    ys, xs = np.nonzero(mask)
    assert (
        cut is not None
        and abs(cut.shape[0] - (np.ptp(ys) + 1)) <= 4
        and abs(cut.shape[1] - (np.ptp(xs) + 1)) <= 4
    )


def test_no_matte_where_the_border_is_not_one_colour_or_the_mark_is_not_a_part_of_it() -> None:
    crop, mask = embroidered_crop()
    split = crop[..., :3].copy()  # a shop sign: the mark on two colours of wall, split across the crop
    split[: split.shape[0] // 2][~mask[: split.shape[0] // 2]] = (40, 120, 60)
    assert marks.border_matte(split) is None
    rng = np.random.default_rng(1)
    busy = np.clip(crop[..., :3] + rng.normal(0, 30, crop[..., :3].shape), 0, 255).astype(np.uint8)
    assert marks.border_matte(busy) is None  # a grainy photo: its border is no one colour
    speck = np.full((300, 300, 3), CLOTH, np.uint8)
    speck[140:150, 140:150] = THREAD  # 0.1 % of the crop: a speck, not a mark
    assert marks.border_matte(speck) is None
    frame = np.full((300, 300, 3), THREAD, np.uint8)
    frame[:2], frame[-2:], frame[:, :2], frame[:, -2:] = CLOTH, CLOTH, CLOTH, CLOTH  # all mark but the ring
    assert marks.border_matte(frame) is None
    with pytest.raises(ValueError, match="border_matte"):
        marks.border_matte(crop[..., 0])
    with pytest.raises(ValueError, match="border_matte"):
        marks.border_matte(np.zeros((4, 40, 3), np.uint8))


def test_a_thin_crop_gets_its_templates_where_it_is_too_thin_for_a_matte() -> None:
    """A long wordmark crop is 48 x 4 px at the smallest template size: no ring and middle to matte there, so
    that size keeps the crop's own templates, and larger sizes get the matte."""
    strip = np.zeros((60, 600, 4), np.uint8)
    strip[..., :3], strip[..., 3] = CLOTH, 255
    strip[20:40, 30:570, :3] = THREAD
    canv = logo.mark_canvases(
        lambda s: cv2.resize(strip, (s, max(1, s // 10)), interpolation=cv2.INTER_AREA), matte=True
    )
    by_size = {}
    for s, v, *_ in canv:
        by_size.setdefault(s, set()).add(v.split("@")[0])
    assert by_size[min(logo.TEMPLATE_SIZES)] == set(logo.OPAQUE_VARIANTS)
    assert "matte_black" in by_size[max(logo.TEMPLATE_SIZES)]
    assert marks.matted(strip[:4]) is None


def test_a_crop_on_one_colour_also_gets_its_silhouette_templates_and_a_textured_one_does_not() -> None:
    crop, _ = embroidered_crop()
    canv = logo.mark_canvases(lambda s: cv2.resize(crop, (s, s), interpolation=cv2.INTER_AREA), matte=True)
    names = {v for _s, v, *_ in canv}
    assert {"orig", "grey_inverted", "matte_black", "matte_black@+18", "matte_black@-18"} <= names
    assert not any(v.startswith("black") for v in names)  # never the crop's rectangle filled black
    big = next(c for s, v, c, *_ in canv if v == "matte_black" and s == max(logo.TEMPLATE_SIZES))
    inner = cv2.cvtColor(big, cv2.COLOR_RGB2GRAY)[logo.STRIDE : -logo.STRIDE, logo.STRIDE : -logo.STRIDE]
    dark = (inner < 64).mean()
    assert 0.15 < dark < 0.6  # the mark's strokes in black, the cloth's place grey
    textured = crop.copy()
    textured[:150, :, :3] = (40, 120, 60)  # two colours at the border: no matte
    canv = logo.mark_canvases(
        lambda s: cv2.resize(textured, (s, s), interpolation=cv2.INTER_AREA), matte=True
    )
    assert {v.split("@")[0] for _s, v, *_ in canv} == set(logo.OPAQUE_VARIANTS)


def test_only_a_raster_without_transparency_of_its_own_is_a_photo_crop(tmp_path: Path) -> None:
    """A wordmark on transparency can cover 90 % of its box at the smallest template size (then its templates
    are the opaque crop's), but its file draws its own outline: it is never matted."""
    crop, _ = embroidered_crop()
    (tmp_path / "crop.png").write_bytes(png_bytes(crop))  # alpha 255 everywhere
    (tmp_path / "crop.jpg").write_bytes(jpeg_bytes(crop[..., :3]))
    word = crop.copy()
    word[..., 3] = np.where(crop[..., 2] > 80, 255, 0).astype(np.uint8)  # the navy thread: its own alpha
    (tmp_path / "word.png").write_bytes(png_bytes(word))
    (tmp_path / "mark.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    got = [marks.is_photo_crop(tmp_path / n) for n in ("crop.png", "crop.jpg", "word.png", "mark.svg")]
    assert got == [True, True, False, False]
    alpha = np.full(crop.shape[:2], 255, np.uint8)
    alpha[:, :8] = 0  # 97 % opaque: taken as an opaque crop at every size, but not a photo crop's file
    mostly_opaque = np.dstack([crop[..., :3], alpha])
    canv = logo.mark_canvases(lambda s: cv2.resize(mostly_opaque, (s, s), interpolation=cv2.INTER_AREA))
    assert not any(v.startswith("matte_") for _s, v, *_ in canv)  # mark_canvases' matte is False by default
    refs = shape.ShapeRefs({("w", "word"): tmp_path / "word.png", ("c", "crop"): tmp_path / "crop.jpg"})
    assert ("c", "crop") in refs and refs.matted == {("c", "crop")}


def test_a_matted_crop_gets_shape_templates_like_the_same_mark_on_transparency(tmp_path: Path) -> None:
    crop, _ = embroidered_crop()
    (tmp_path / "crop.png").write_bytes(png_bytes(crop))
    silhouette = draw_mark(256)
    silhouette[..., :3] = THREAD
    (tmp_path / "mark.png").write_bytes(png_bytes(silhouette))
    (tmp_path / "cloth.png").write_bytes(
        png_bytes(np.dstack([background(5, 300, 300), np.full((300, 300), 255, np.uint8)]))
    )
    refs = shape.ShapeRefs(
        {
            ("a", "crop"): tmp_path / "crop.png",
            ("b", "mark"): tmp_path / "mark.png",
            ("c", "cloth"): tmp_path / "cloth.png",
        }
    )
    assert ("a", "crop") in refs and ("b", "mark") in refs and ("c", "cloth") not in refs
    assert refs.matted == {("a", "crop")}
    tiny = tmp_path / "tiny.png"  # a 3 x 3 opaque raster: too small for a ring and a middle, and no error
    tiny.write_bytes(png_bytes(np.dstack([np.full((3, 3, 3), 90, np.uint8), np.full((3, 3), 255, np.uint8)])))
    assert ("d", "tiny") not in shape.ShapeRefs({("d", "tiny"): tiny})
    # the matte's edges are the mark's: each turned template meets its transparent twin's edges
    for (t1, _n1), (t2, _n2) in zip(
        refs.templates(("a", "crop"), 96), refs.templates(("b", "mark"), 96), strict=True
    ):
        h, w = min(t1.shape[0], t2.shape[0]), min(t1.shape[1], t2.shape[1])
        a, b = t1[:h, :w], t2[:h, :w]
        agree = (a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum())
        assert agree > 0.6


def test_a_print_in_other_colours_is_found_through_the_matte(tmp_path: Path, monkeypatch) -> None:
    """Registered as navy embroidery on red cloth, the mark printed small in grey or yellow on another garment
    scores higher with the matte's templates than with the crop's alone (the same Matcher built with
    MATTE_VARIANTS (): no silhouette templates and no shape templates from the matte), and its row's box lies
    on the print. (A large or high-contrast print is found either way: the crop's own templates reach it.)"""
    from benchmarks.eval_metrics import iou
    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from tests.matching.conftest import best_rows_off_and_on

    crop, _ = embroidered_crop()
    (tmp_path / "crop.png").write_bytes(png_bytes(crop))
    (tmp_path / "brands.yaml").write_text(
        yaml.safe_dump({"brands": [{"name": "Stitch", "marks": ["crop.png"]}]}), encoding="utf-8"
    )
    cfg = MatchConfig(ocr=False, device="cpu")
    on = Matcher(load_brands(tmp_path / "brands.yaml"), cfg, device="cpu")
    monkeypatch.setattr(logo, "MATTE_VARIANTS", ())
    off = Matcher(load_brands(tmp_path / "brands.yaml"), cfg, device="cpu")
    assert on.shape_refs is not None and off.shape_refs is not None
    assert ("Stitch", "crop") in on.shape_refs and ("Stitch", "crop") not in off.shape_refs
    for ink, seed in (((120, 120, 120), 6), ((230, 200, 40), 7)):
        mark = draw_mark(256)
        mark[..., :3] = ink
        rgb, box = plant(background(seed, 480, 640), mark, 60, (300, 160))
        row_off, row_on = best_rows_off_and_on(off, on, jpeg_bytes(rgb), "Stitch")
        assert row_on["score"] >= row_off["score"] + 0.2, (ink, row_off, row_on)
        got = (row_on["x0"], row_on["y0"], row_on["x1"], row_on["y1"])
        assert iou(got, box) >= 0.4, (ink, row_on, box)
