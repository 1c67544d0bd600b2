"""Pieces of the logo path on their own: turned templates and region exclusivity between brands."""

from __future__ import annotations

import cv2
import numpy as np

from knockoff.matching import logo
from tests.matching.conftest import draw_mark


def test_rotated_mark_keeps_its_ink_and_grows_its_box() -> None:
    mark = np.zeros((40, 160, 4), np.uint8)
    mark[10:30, 10:150] = (0, 0, 0, 255)  # a wide bar, like a wordmark
    turned = logo.rotated(mark, 18.0)
    ink = (mark[..., 3] > 127).sum()
    assert abs(int((turned[..., 3] > 127).sum()) - int(ink)) < 0.05 * ink
    assert turned.shape[0] > mark.shape[0] and turned.shape[1] < mark.shape[1]
    # cropped to the visible pixels: every border row and column carries some alpha
    alpha = turned[..., 3] > 8
    assert alpha[0].any() and alpha[-1].any() and alpha[:, 0].any() and alpha[:, -1].any()
    assert logo.rotated(mark, 0.0) is mark


def test_mark_canvases_name_turned_variants() -> None:
    mark = draw_mark(256)
    canv = logo.mark_canvases(lambda s: cv2.resize(mark, (s, s), interpolation=cv2.INTER_AREA))
    names = {(size, v) for size, v, *_ in canv}
    for size in logo.TEMPLATE_SIZES:
        for v in logo.TEMPLATE_VARIANTS:
            assert (size, v) in names
    turned = [(s, v) for s, v in names if "@" in v]
    assert turned and all(v.split("@")[0] in logo.ROTATED_VARIANTS for _, v in turned)
    assert all(s <= logo.ROTATED_MAX_SIZE for s, _ in turned)
    for _s, _v, canvas, kh, kw in canv:  # the mark fills kh x kw cells with one cell of margin
        assert canvas.shape[:2] == (logo.STRIDE * (kh + 2), logo.STRIDE * (kw + 2))


def _cand(brand: str, corr: float, window, inliers: int = 0, box=None) -> logo.Candidate:
    return logo.Candidate(brand, brand.lower(), corr, window, inliers, box)


def test_unverified_brand_yields_to_a_verified_mark_in_the_same_place() -> None:
    win = (100.0, 100.0, 200.0, 160.0)
    verified = _cand("B", 0.50, win, inliers=12, box=(104.0, 98.0, 198.0, 164.0))
    same_place = _cand("A", 0.45, (120.0, 96.0, 200.0, 176.0))
    elsewhere = _cand("C", 0.45, (300.0, 300.0, 380.0, 380.0))
    same_brand = _cand("B", 0.40, (110.0, 100.0, 190.0, 150.0))
    cands = [verified, same_place, elsewhere, same_brand]
    logo.yield_to_verified(cands, weight=0.3)
    assert verified.corr == 0.50  # the verified candidate keeps its score
    assert np.isclose(same_place.corr, 0.45 - 0.3 * logo.sift_score(12))
    assert elsewhere.corr == 0.45 and same_brand.corr == 0.40


def test_nothing_verified_changes_nothing() -> None:
    cands = [_cand("A", 0.3, (0.0, 0.0, 64.0, 64.0)), _cand("B", 0.6, (0.0, 0.0, 64.0, 64.0), inliers=0)]
    logo.yield_to_verified(cands)
    assert [c.corr for c in cands] == [0.3, 0.6]


def test_correlator_maps_equal_a_direct_sum() -> None:
    rng = np.random.default_rng(0)
    cells = logo.normalise_cells(rng.normal(size=(8, 2, 3)).astype(np.float32))
    t = logo.Template("A", "a", cells)
    fmap = rng.normal(size=(8, 6, 7)).astype(np.float32)
    ((_ts, r, kh, kw),) = list(logo.Correlator([t]).maps(fmap))
    f = logo.normalise_cells(fmap)
    want = np.array(
        [
            [(f[:, y : y + kh, x : x + kw] * cells).sum() / (kh * kw) for x in range(7 - kw + 1)]
            for y in range(6 - kh + 1)
        ]
    )
    assert np.allclose(r[0], want, atol=1e-5)


def test_generic_shapes_give_upright_templates_of_their_own_pseudo_brand() -> None:
    def feats(rgb: np.ndarray) -> np.ndarray:  # stand-in features: mean colour per 16-px cell
        h, w = rgb.shape[0] // logo.STRIDE, rgb.shape[1] // logo.STRIDE
        return rgb[: h * 16, : w * 16].reshape(h, 16, w, 16, 3).mean(axis=(1, 3)).transpose(2, 0, 1) + 1.0

    ts = logo.build_generic_templates(feats)
    assert {t.brand for t in ts} == {logo.GENERIC}
    assert {t.mark for t in ts} == set(logo.GENERIC_SHAPES)
    assert len(ts) == len(logo.GENERIC_SHAPES) * len(logo.TEMPLATE_SIZES)
    for kind in logo.GENERIC_SHAPES:
        shape = logo.generic_shape(kind, 64)
        assert shape.shape == (64, 64, 4) and 0.1 < (shape[..., 3] > 0).mean() < 1.0


def test_a_plain_shape_that_explains_a_window_better_suppresses_the_brand() -> None:
    win = (0.0, 0.0, 64.0, 64.0)
    brand, shape = _cand("A", 0.30, win), logo.Candidate(logo.GENERIC, "disc", 0.40, win)
    logo.suppress_rivals([brand, shape], weight=1.0)
    assert np.isclose(brand.corr, 0.20) and shape.corr == 0.40


class _FakeOcr:
    """OCR stand-in at the engine's boundary: returns fixed lines (the RapidOCR engine is exercised in
    test_more_signals.py)."""

    def __init__(self, lines):
        self.lines = lines

    def read(self, rgb):
        return self.lines

    def recognize(self, crops):
        return [("", 0.0) for _ in crops]  # bands of the fixed lines read nothing more


def _wordmark_window_ocr(matcher, lines):
    from knockoff.matching.imageio import Decoded

    d = Decoded(np.full((256, 256, 3), 200, np.uint8), 1.0, 256, 256)
    # a wordmark-shaped window whose calibrated probability sits between the OCR gates
    centre, width = matcher.calibration
    c = _cand("Starling", centre + 0.5 * width, (64.0, 96.0, 192.0, 128.0))
    saved, matcher._ocr = matcher._ocr, _FakeOcr(lines)
    try:
        rows = matcher._ocr_rows("img", d, [c])
    finally:
        matcher._ocr = saved
    return c, rows, centre + 0.5 * width


def test_a_wordmark_window_that_reads_as_another_word_is_vetoed(matcher) -> None:
    c, rows, before = _wordmark_window_ocr(matcher, [("ACADEMY", 0.95, (70.0, 100.0, 180.0, 125.0))])
    assert rows == [] and np.isclose(c.corr, before - matcher.knobs.ocr_veto)


def test_a_wordmark_window_that_reads_as_its_brand_is_kept_and_reported(matcher) -> None:
    c, rows, before = _wordmark_window_ocr(matcher, [("STARLING", 0.95, (70.0, 100.0, 180.0, 125.0))])
    assert c.corr == before
    assert [(r["brand"], r["method"]) for r in rows] == [("Starling", "ocr")]


def test_unsure_or_short_reads_veto_nothing(matcher) -> None:
    c, _rows, before = _wordmark_window_ocr(
        matcher, [("ACADEMY", 0.5, (0, 0, 9, 9)), ("XL", 0.99, (0, 0, 9, 9))]
    )
    assert c.corr == before


def test_a_photo_crop_reference_gets_no_filled_rectangle_template() -> None:
    crop = np.zeros((96, 192, 4), np.uint8)
    crop[..., :3] = (30, 30, 30)  # a dark sign: opaque everywhere, no silhouette to take
    crop[..., 3] = 255
    cv2.putText(crop, "KNOCK", (8, 64), cv2.FONT_HERSHEY_SIMPLEX, 1.8, (240, 240, 240, 255), 4)
    canv = logo.mark_canvases(lambda s: cv2.resize(crop, (s, s // 2), interpolation=cv2.INTER_AREA))
    names = {v.split("@")[0] for _s, v, *_ in canv}
    assert names == set(logo.OPAQUE_VARIANTS)
    # as a photo crop's file (matte): the sign's one-colour border gives its letters' silhouette, never the
    # filled rectangle
    canv = logo.mark_canvases(
        lambda s: cv2.resize(crop, (s, s // 2), interpolation=cv2.INTER_AREA), matte=True
    )
    assert {v.split("@")[0] for _s, v, *_ in canv} == {*logo.OPAQUE_VARIANTS, "matte_black"}
    letters = next(c for _s, v, c, *_ in canv if v == "matte_black")
    assert (letters[logo.STRIDE : -logo.STRIDE, logo.STRIDE : -logo.STRIDE] < 64).mean() < 0.6
    inverted = next(c for _s, v, c, *_ in canv if v == "grey_inverted")
    middle = inverted[logo.STRIDE : -logo.STRIDE, logo.STRIDE : -logo.STRIDE]
    assert np.median(middle) > 128  # the dark sign turned light: a light-on-dark print of it is matched
    # a mark on transparency keeps its silhouette variant
    mark = draw_mark(256)
    canv = logo.mark_canvases(lambda s: cv2.resize(mark, (s, s), interpolation=cv2.INTER_AREA))
    assert "black" in {v for _s, v, *_ in canv}


def test_whole_image_keypoints_confirm_a_mark_and_box_it(tmp_path) -> None:
    from benchmarks.eval_metrics import iou
    from knockoff.matching.brands import Brand
    from tests.matching.conftest import background, plant, png_bytes

    path = tmp_path / "starling.png"
    path.write_bytes(png_bytes(draw_mark(256)))
    ref = logo.build_sift_refs([Brand("Starling", [path])])[0]
    sift = cv2.SIFT_create(nfeatures=800)

    def match(rgb: np.ndarray):
        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        kps, desc = sift.detectAndCompute(gray, None)
        return logo.match_ref(np.float32([k.pt for k in kps]), desc, ref, size=gray.shape[::-1])

    planted, box = plant(background(3), draw_mark(256), 160, (120, 150))
    inliers, found = match(planted)
    # distinct correspondences (logo.distinct_pairs): 9 on this cloth, 19-24 on others; 15 raw inliers before
    assert inliers >= 8 and logo.sift_score(inliers) >= 0.5 and iou(found, box) >= 0.5, (inliers, found, box)
    assert match(background(2))[0] < 5  # a clean photo: no consistent transform (sift_score 0)
