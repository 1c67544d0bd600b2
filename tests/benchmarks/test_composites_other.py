"""The independent composite generator (benchmarks/eval_composites_other.py): seeded, held-out data only,
truth boxes inside the image and over the printed mark. Needs ../shared/data (skips without it)."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from benchmarks import eval_composites_other as oc
from training.shared_data import data_available

pytestmark = pytest.mark.skipif(
    not data_available(),
    reason="../shared/data (simple-icons and clothing photos) is absent",
)

N = 10


@pytest.fixture(scope="module")
def made():
    return oc.generate(N)


def test_same_seed_same_bytes_and_a_quick_run_is_a_prefix(made) -> None:
    registered, samples = made
    again_brands, again = oc.generate(4)
    assert [b.slug for b in again_brands] == [b.slug for b in registered]
    assert oc.digest(again) == oc.digest(samples[:4])
    assert oc.digest(oc.generate(4, seed=oc.SEED + 1)[1]) != oc.digest(again)


def test_only_held_out_logos_and_photos(made) -> None:
    from training.shared_data import PHOTOS, is_eval_logo, is_eval_photo

    registered, samples = made
    unregistered = oc.pick_brands()[1]
    assert len(registered) == len(unregistered) == oc.N_BRANDS
    assert all(is_eval_logo(b.slug) for b in [*registered, *unregistered])
    assert not {b.slug for b in registered} & {b.slug for b in unregistered}
    for s in samples:
        assert (PHOTOS / s.photo).is_file() and is_eval_photo(s.photo)
        assert s.slug is None or is_eval_logo(s.slug)
    assert len({s.photo for s in samples}) == len(samples)  # one composite per photo


def test_boxes_lie_inside_the_image_over_the_print(made) -> None:
    from training.shared_data import PHOTOS

    registered, samples = made
    names = {b.title for b in registered}
    positives = [s for s in samples if s.kind == "positive"]
    assert positives and {s.kind for s in samples} - {"positive"}
    for s in samples:
        img = np.asarray(Image.open(io.BytesIO(s.jpeg)).convert("RGB"), np.float32)
        assert img.shape[:2] == (s.height, s.width)
        if s.kind != "positive":
            assert s.brand is None and s.box is None
            continue
        assert s.brand in names and s.size >= oc.MIN_SIZE
        x0, y0, x1, y1 = s.box
        assert 0 <= x0 < x1 <= s.width and 0 <= y0 < y1 <= s.height
        # the print changed the pixels in its box far more than elsewhere (JPEG and blur change them a little)
        photo = np.asarray(Image.open(PHOTOS / s.photo).convert("RGB"), np.float32)
        diff = np.abs(img - photo).mean(axis=2)
        inside = np.zeros(diff.shape, bool)
        inside[int(y0) : int(np.ceil(y1)), int(x0) : int(np.ceil(x1))] = True
        assert diff[inside].mean() > 2 * diff[~inside].mean(), s.name


def test_text_never_names_a_registered_brand(made) -> None:
    registered, samples = made
    taken = {oc._letters(t) for b in registered for t in (b.title, *b.aliases)} - {""}
    pool = [*oc.SLOGANS, *(u.title for u in oc.pick_brands()[1])]
    texts = [s.text for s in samples if s.kind == "text"]
    assert texts and all(t in {p.upper() for p in pool} for t in texts)
    assert not any(x in oc._letters(t) for t in texts for x in taken)


def test_reference_svg_sets_the_brand_colour() -> None:
    svg = '<svg xmlns="http://www.w3.org/2000/svg" fill="#000" viewBox="0 0 24 24"><path d="M2 2h20v20H2z"/></svg>'
    out = oc.reference_svg(svg, "1A2B3C")
    assert out.count("fill=") == 1 and 'fill="#1A2B3C"' in out
    from knockoff.matching.marks import render_svg

    rgba = render_svg(out, 32)
    assert tuple(rgba[16, 16]) == (0x1A, 0x2B, 0x3C, 255)
    with pytest.raises(ValueError):
        oc.reference_svg("<html/>", "000000")
