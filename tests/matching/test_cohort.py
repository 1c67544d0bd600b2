"""The cohort: other brands' icons (Simple Icons, installed from PyPI) that compete with a brand registered alone
(matching/cohort.py; match.detect.cohort_size / cohort_max_brands)."""

from __future__ import annotations

import hashlib
from pathlib import Path

from knockoff.config import DetectConfig, MatchConfig
from knockoff.matching.brands import Brand
from knockoff.matching.cohort import COHORT, cohort_marks, gallery, names_brand
from knockoff.matching.marks import render_svg
from tests.matching.conftest import background, images_table, jpeg_bytes, plant


def _brand(name: str, *terms: str) -> Brand:
    return Brand(name=name, marks=[], keywords=list(terms))


def test_the_gallery_is_installed_and_drawn_in_a_fixed_order() -> None:
    g = gallery()
    assert len(g) > 3000 and len({m.slug for m in g}) == len(g)
    keys = [hashlib.sha256(m.slug.encode()).hexdigest() for m in g]
    assert keys == sorted(keys)
    assert all(m.svg.lstrip().startswith("<svg") for m in g[:50])


def test_an_icon_that_may_be_a_registered_brand_is_left_out() -> None:
    icons = {m.slug: m for m in gallery()}
    github, adidas = icons["github"], icons["adidas"]
    assert names_brand(github, [_brand("GitHub")])
    assert names_brand(github, [_brand("Octo", "git hub")])  # a keyword, separators ignored (brand_key)
    assert names_brand(icons["githubactions"], [_brand("GitHub")])  # the brand's name inside the icon's
    assert names_brand(adidas, [_brand("Adidas Originals")])  # the icon's name inside the brand's
    assert not names_brand(adidas, [_brand("GitHub")])
    assert names_brand(icons["bmw"], [_brand("BMW")])
    assert not names_brand(icons["bmw"], [_brand("BMWX")])  # under MIN_CONTAINED letters: equal keys only


def test_the_cohort_is_the_gallery_less_the_registered_brands_and_the_undrawable() -> None:
    first = cohort_marks(30, [])
    assert len(first) == 30 and cohort_marks(0, []) == []
    assert cohort_marks(10, []) == first[:10]  # a prefix: a larger cohort keeps the smaller one's icons
    named = _brand(first[3].title)
    without = cohort_marks(30, [named])
    assert first[3] not in without and len(without) == 30
    for m in first:
        cover = float((render_svg(m.svg, 64)[..., 3] > 127).mean())
        assert 0.04 <= cover <= 0.85


def test_the_matcher_uses_the_cohort_only_for_a_registry_of_few_brands(brands) -> None:
    from knockoff.matching.engine import Matcher

    assert len(brands) == 2 and DetectConfig().cohort_max_brands == 2  # the defaults this test is about

    def matcher(reg: list[Brand], size: int) -> Matcher:
        return Matcher(reg, MatchConfig(ocr=False, device="cpu", detect=DetectConfig(cohort_size=size)))

    one = matcher(brands[:1], 12)
    assert len(one.cohort) == 12 and "+cohort12-" in one.model_version
    assert sum(t.brand == COHORT and t.mark.startswith("si:") for t in one.index.generic) >= 12
    two = matcher(brands, 12)
    assert len(two.cohort) == 12 and "+cohort12-" in two.model_version
    assert sum(t.brand == COHORT and t.mark.startswith("si:") for t in two.index.generic) >= 12
    third = Brand(name="Trio", marks=list(brands[0].marks), keywords=["trio"])
    three = matcher([*brands, third], 12)
    assert three.cohort == [] and "+cohort" not in three.model_version
    assert not any(t.mark.startswith("si:") for t in three.index.generic)  # the plain shapes stay
    off = matcher(brands[:1], 0)
    assert off.cohort == [] and "+cohort" not in off.model_version


def _icon_print(svg: str, seed: int) -> bytes:
    rgba = render_svg(svg, 140).copy()
    rgba[..., :3] = (25, 25, 30)
    rgb, _ = plant(background(seed, 400, 400), rgba, 140, (130, 130))
    return jpeg_bytes(rgb)


def test_a_cohort_icon_printed_on_a_product_no_longer_passes_for_the_brand_registered_alone(
    marks_dir: Path,
) -> None:
    """Starling (ring, star, bars) registered alone: two other companies' icons printed on a product score 0.81 and
    0.90 for it (measured when this test was written) when nothing competes; with the icons in the cohort, each
    one's own template explains its print better and Starling's window there loses rival_weight x the margin
    (logo.suppress_rivals), so neither print is Starling's any more."""
    from knockoff.matching.engine import Matcher

    starling = Brand(name="Starling", marks=[marks_dir / "marks" / "starling.png"])
    icons = {m.slug: m for m in gallery()}
    slugs = ["microdotblog", "googlecontaineroptimizedos"]
    table = images_table([_icon_print(icons[s].svg, 4) for s in slugs], slugs)
    best: dict[int, dict[str, float]] = {}
    for size in (0, 60):
        m = Matcher([starling], MatchConfig(ocr=False, device="cpu", detect=DetectConfig(cohort_size=size)))
        assert {s for s in slugs if icons[s] in m.cohort} == (set(slugs) if size else set())
        rows, errors = m.detect(table)
        assert errors.num_rows == 0
        best[size] = {s: 0.0 for s in slugs}
        for r in rows.to_pylist():
            assert r["brand"] == "Starling"  # cohort rows are rivals only, never detection rows
            best[size][r["image_sha256"]] = max(best[size][r["image_sha256"]], r["score"])
    for s in slugs:
        assert best[0][s] >= 0.5  # alone, the other company's icon passes for Starling's mark
        assert best[60][s] < 0.1


def test_two_processes_starting_together_build_the_cohort_once(tmp_path: Path) -> None:
    """The cohort's templates are stored under the model tag and the icon list; two workers starting together
    on a fresh cache build them once (the loser of the claim waits for the winner's file), and a third reads
    them back without the backbone."""
    import threading
    import time

    import numpy as np

    from knockoff.matching.index import _cohort_templates

    calls: list[int] = []

    def features(rgb):
        calls.append(1)
        time.sleep(0.01)  # a backbone takes time: the second worker arrives while the first builds
        return np.ones((8, rgb.shape[0] // 16, rgb.shape[1] // 16), np.float32)

    marks = cohort_marks(3, [])
    out: list = [None, None]

    def worker(k: int) -> None:
        out[k] = _cohort_templates(marks, features, tmp_path, "tag")

    threads = [threading.Thread(target=worker, args=(k,)) for k in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    one_build = len(calls)
    assert one_build >= 3 * 2  # each icon at several sizes
    assert [t.mark for t in out[0]] == [t.mark for t in out[1]]
    assert {t.mark for t in out[0]} == {f"si:{m.slug}" for m in marks}
    assert not list(tmp_path.glob("*.claim"))
    again = _cohort_templates(marks, features, tmp_path, "tag")
    assert len(calls) == one_build and len(again) == len(out[0])
    _cohort_templates(marks, features, tmp_path, "another-model")  # another model: built anew
    assert len(calls) == 2 * one_build
