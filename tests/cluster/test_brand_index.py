"""The brand index (matching/index.py): built per mark and cached, incremental, the same templates as the
Correlator's when every brand is correlated, and a shortlist that keeps the brand whose mark is in the image."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from knockoff.matching import logo
from knockoff.matching.backbone import Backbone
from knockoff.matching.brands import load_brands
from knockoff.matching.head import load_head, stack_features
from knockoff.matching.index import build_index
from knockoff.matching.marks import load_mark_rgba, on_background


@pytest.fixture(scope="module")
def features_fn():
    """The Matcher's matching features (backbone + trained head), without building a Matcher."""
    bb, head = Backbone("cpu", threads=1), load_head()

    def fn(rgb: np.ndarray) -> np.ndarray:
        f8, f16 = bb.features(Backbone.preprocess(rgb)[None])
        return head(stack_features(f8[0], f16[0])) if head is not None else f16[0]

    return fn


@pytest.fixture(scope="module")
def brands(real_brands: Path):
    return load_brands(real_brands)  # the demo shop's 4 brands, 10 mark files (PNG and SVG)


def _same(a: list[logo.Template], b: list[logo.Template]) -> bool:
    return len(a) == len(b) and all(
        x.brand == y.brand and x.mark == y.mark and x.offset == y.offset and np.array_equal(x.cells, y.cells)
        for x, y in zip(a, b, strict=True)
    )


def test_few_brands_give_the_templates_offsets_and_sift_refs_of_before(brands, features_fn, tmp_path):
    idx = build_index(brands, features_fn, tmp_path / "index", "t1", background_weight=0.5)
    old = logo.build_templates(brands, features_fn) + logo.build_generic_templates(features_fn)
    logo.set_background_offsets(old, [features_fn(bg) for bg in logo.plain_backgrounds()], 0.5)
    assert _same(idx.templates, old)
    refs = {(r.brand, r.mark): r for r in logo.build_sift_refs(brands)}
    assert idx.sift_refs.keys() == refs.keys()
    for k, r in refs.items():
        assert all(
            np.array_equal(a, b) for a, b in zip(idx.sift_refs[k].descriptors, r.descriptors, strict=True)
        )
    again = build_index(brands, features_fn, tmp_path / "index", "t1", background_weight=0.5)
    assert again.built == 0 and _same(again.templates, idx.templates)  # all from the cache, same figures


def test_a_new_brand_builds_only_its_own_marks(brands, features_fn, tmp_path):
    cache = tmp_path / "index"
    first = build_index(brands[:2], features_fn, cache, "t1", shortlist=1)
    n_marks = sum(len(b.marks) for b in brands[:2])
    assert first.built == n_marks and len(list(cache.glob("*.npz"))) == n_marks
    more = build_index(brands[:3], features_fn, cache, "t1", shortlist=1)
    assert more.built == len(brands[2].marks)
    other_model = build_index(brands[:1], features_fn, cache, "t2", shortlist=1)
    assert other_model.built == len(brands[0].marks)  # another feature model: its own entries


def test_damaged_cache_entry_is_rebuilt(brands, features_fn, tmp_path):
    cache = tmp_path / "index"
    ref = build_index(brands[:1], features_fn, cache, "t1", shortlist=1)
    for f in cache.glob("*.npz"):
        f.write_bytes(b"truncated")
    again = build_index(brands[:1], features_fn, cache, "t1", shortlist=1)
    assert again.built == len(brands[0].marks) and _same(again.templates, ref.templates)


def _photo_with(mark: Path, size: int = 112) -> np.ndarray:
    """A 448 px textured photo with the mark pasted on it."""
    rng = np.random.default_rng(3)
    img = np.clip(150 + rng.normal(0, 12, (448, 448, 3)), 0, 255).astype(np.uint8)
    art = on_background(load_mark_rgba(mark, size), 0, (150, 150, 150))
    h, w = art.shape[:2]
    img[170 : 170 + h, 150 : 150 + w] = art
    return img


def test_shortlist_keeps_the_brand_in_the_image_and_correlates_only_it(brands, features_fn, tmp_path):
    idx = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=1)
    full = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=100)
    large = idx.restricted(lambda t: max(t.cells.shape[1:]) >= 8)  # a half-size pass follows the shortlist
    large_full = full.restricted(lambda t: max(t.cells.shape[1:]) >= 8)
    for b in brands:
        fmap = features_fn(_photo_with(b.marks[0]))
        assert idx.shortlisted(fmap) == [b.name], b.name
        peaks = idx.peaks(fmap, fmap.shape[1:])
        assert {k[0] for k in peaks} == {b.name, logo.GENERIC}
        every = full.peaks(fmap, fmap.shape[1:])
        coarse = large.peaks(fmap, fmap.shape[1:])
        assert coarse and {k[0] for k in coarse} <= {b.name, logo.GENERIC}
        assert set(large_full.peaks(fmap, fmap.shape[1:])) > set(coarse)
        for key, (score, win) in peaks.items():  # the same correlation, whichever way it was reached
            assert every[key][1] == win and abs(every[key][0] - score) < 1e-5
    assert idx.counters["brands_correlated"] == len(brands)  # one brand per image, not four


def _photo_with_two(a: Path, b: Path, size: int = 112) -> np.ndarray:
    """A 448 x 640 textured photo with mark `a` on the left and mark `b` on the right."""
    rng = np.random.default_rng(5)
    img = np.clip(150 + rng.normal(0, 12, (448, 640, 3)), 0, 255).astype(np.uint8)
    for mark, x in ((a, 60), (b, 400)):
        art = on_background(load_mark_rgba(mark, size), 0, (150, 150, 150))
        h, w = art.shape[:2]
        img[170 : 170 + h, x : x + w] = art
    return img


def test_second_tier_keeps_a_brand_the_lookup_ranked_out_only_where_its_mark_peaks(
    brands, features_fn, tmp_path
):
    """Shortlist 1: the photo shows two brands' marks, so one is ranked out; the second tier correlates the
    next brands and keeps the one whose mark is there (its peak above the threshold), not the absent one."""
    pngs = {
        b.name: next(p for p in b.marks if p.suffix == ".png")
        for b in brands
        if any(p.suffix == ".png" for p in b.marks)
    }
    a, b, absent = sorted(pngs)[:3]
    full = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=100)
    only = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=1)
    fmap = features_fn(_photo_with_two(pngs[a], pngs[b]))
    first = only.shortlisted(fmap)
    assert first in ([a], [b])
    other = b if first == [a] else a
    every = full.peaks(fmap, fmap.shape[1:])
    best = {br: max(s for (x, _m), (s, _w) in every.items() if x == br) for br in (other, absent)}
    assert best[other] > best[absent] + 0.05  # a mark in the photo correlates higher than an absent one
    tiered = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=1, rescue=len(brands),
                         rescue_min_corr=(best[other] + best[absent]) / 2)  # fmt: skip
    peaks = tiered.peaks(fmap, fmap.shape[1:])
    assert {k[0] for k in only.peaks(fmap, fmap.shape[1:])} == {first[0], logo.GENERIC}
    assert {k[0] for k in peaks} - {a, b, logo.GENERIC} == set() and {a, b} <= {k[0] for k in peaks}
    assert absent not in tiered.last_shortlist and other in tiered.last_shortlist  # the half-size pass too
    for key, (score, win) in peaks.items():  # the same correlation as with every brand correlated
        assert every[key][1] == win and abs(every[key][0] - score) < 1e-5
    assert tiered.counters["brands_correlated"] == len(brands) and tiered.counters["brands_rescued"] >= 1
    never = build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=1, rescue=len(brands))
    assert set(never.peaks(fmap, fmap.shape[1:])) == set(only.peaks(fmap, fmap.shape[1:]))  # no threshold met


def test_text_prefilter_keeps_every_hit_of_a_thousand_brands(tmp_path):
    """match_text beyond PREFILTER_MIN_BRANDS drops only brands no line can name: same hits as without it."""
    from knockoff.matching import ocr
    from knockoff.matching.brands import Brand

    mark = tmp_path / "m.png"
    mark.write_bytes(b"")
    rng = np.random.default_rng(0)
    letters = "abcdefghijklmnopqrstuvwxyz"
    names = sorted({"".join(rng.choice(list(letters), int(rng.integers(4, 11)))) for _ in range(1000)})
    brands = [Brand(n.capitalize(), [mark], keywords=[f"{n} wear"]) for n in names]
    cases = []
    for i in range(40):
        a, b = names[i * 7], names[i * 11 + 3]
        typo = a[:2] + ("0" if a[2] == "o" else "o") + a[3:]  # a misspelling, and a leet look-alike
        cases.append([(typo.upper(), 0.9, (0, 0, 1, 1)), (f"NEW {b} WEAR 1973", 0.95, (0, 0, 1, 1))])
    cases.append([("STERLING", 1.0, (0, 0, 1, 1))])
    found = 0
    for lines in cases:
        pre = [(h.brand, h.score, h.text) for h in ocr.match_text(lines, brands)]
        saved, ocr.PREFILTER_MIN_BRANDS = ocr.PREFILTER_MIN_BRANDS, 10**9
        try:
            every = [(h.brand, h.score, h.text) for h in ocr.match_text(lines, brands)]
        finally:
            ocr.PREFILTER_MIN_BRANDS = saved
        assert pre == every
        found += len(every)
    assert found >= 60  # the cases do name brands (exact, misspelt, look-alike)
    assert len(ocr.plausible_brands(cases[0], brands)) < len(brands) // 3


def _build_in_process(brands_yaml: str, cache: str, delay: float = 0.0) -> tuple[int, list[bytes]]:
    import time

    from knockoff.matching.brands import load_brands
    from knockoff.matching.index import build_index

    bb, head = Backbone("cpu", threads=1), load_head()

    def fn(rgb):
        f8, f16 = bb.features(Backbone.preprocess(rgb)[None])
        return head(stack_features(f8[0], f16[0])) if head is not None else f16[0]

    time.sleep(delay)  # the second worker starts while the first is part-way
    idx = build_index(load_brands(brands_yaml), fn, Path(cache), "t1", shortlist=1)
    return idx.built, [t.cells.tobytes() for t in idx.templates]


def test_two_processes_building_one_index_share_the_marks(real_brands, brands, tmp_path):
    """Two workers starting on a new brand list at once: each mark is built once (claim files), both get
    every mark."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    cache = str(tmp_path / "index")
    with ProcessPoolExecutor(2, mp_context=mp.get_context("spawn")) as ex:
        runs = [ex.submit(_build_in_process, str(real_brands), cache, delay) for delay in (0.0, 1.5)]
        (built_a, cells_a), (built_b, cells_b) = (r.result() for r in runs)
    assert built_a + built_b == sum(len(b.marks) for b in brands)
    assert cells_a == cells_b
    assert not list(Path(cache).glob("*.claim"))


def test_a_stale_claim_is_taken_over(tmp_path):
    import os
    import time

    from knockoff.matching.index import CLAIM_STALE_S, _claim

    entry = tmp_path / "abc.npz"
    assert _claim(entry)
    assert not _claim(entry)  # another process's fresh claim
    old = time.time() - CLAIM_STALE_S - 5
    os.utime(entry.with_suffix(".claim"), (old, old))
    assert _claim(entry)  # its process died: built here


def test_matcher_reports_a_second_tier_brand_only_where_verification_confirms_it(brands, tmp_path):
    """The Matcher drops a second-tier brand's windows that only the CNN peak supports (no SIFT inliers, no
    shape match): with a threshold every brand passes, the absent brands are correlated and not reported,
    while the brand in the photo keeps the rows it has with every brand correlated."""
    import pyarrow as pa

    from knockoff.config import MatchConfig
    from knockoff.matching.engine import Matcher

    png = next(p for b in brands for p in b.marks if p.suffix == ".png")
    shown = next(b.name for b in brands if png in b.marks)
    ok, jpeg = cv2.imencode(".jpg", cv2.cvtColor(_photo_with(png), cv2.COLOR_RGB2BGR))
    table = pa.table({"image_sha256": ["a" * 64], "bytes": pa.array([jpeg.tobytes()], pa.binary())})
    rows = {}
    for label, kw in (
        ("every", {"brand_shortlist": 100}),
        ("tiered", {"brand_shortlist": 1, "brand_rescue_min_p": 1e-6}),
    ):
        m = Matcher(brands, MatchConfig(ocr=False, device="cpu", **kw), device="cpu")
        det, err = m.detect(table)
        assert err.num_rows == 0
        rows[label] = det.to_pylist()
    assert m.index.counters["brands_rescued"] == len(brands) - 1  # every other brand passed the threshold
    unconfirmed = {r["brand"] for r in rows["every"] if r["brand"] != shown and r["method"] == "cnn"}
    assert unconfirmed  # with every brand correlated, the absent brands have windows of their own
    assert not unconfirmed & {r["brand"] for r in rows["tiered"] if r["method"] == "cnn"}
    # the same rows; scores to float32 summation order (the stacked product adds in another order than the
    # plain correlator, which moves a score of 5e-11 in its sixth digit on some CPUs)
    tiered, every = ([r for r in rows[k] if r["brand"] == shown] for k in ("tiered", "every"))
    scores = ("score", "score_raw")
    assert [{**r, **dict.fromkeys(scores)} for r in tiered] == [{**r, **dict.fromkeys(scores)} for r in every]
    for k in scores:
        assert [r[k] for r in tiered] == pytest.approx([r[k] for r in every], rel=1e-4)
