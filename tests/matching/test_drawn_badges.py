"""A badge (a mark whose silhouette is a plain disc, ellipse or rectangle) is shape-matched by its drawing inside,
not by its outline alone (matching/shape.py `drawing`, ShapeRefs.drawn; match.detect.shape_drawn_badges).

With one brand registered the outline alone confirmed any round thing: the demo shop's Solenne badge scored 0.9
on 17 logo-free caps (their dome and button) and 0.96 on every Nordvik badge, since no other brand's badge was
there to match the same circle as well (matching/engine.py notes, model v32)."""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pytest

from knockoff.config import DetectConfig
from knockoff.matching.shape import Fields, ShapeRefs, drawing, drawn_template, plain_outline, shape_template
from tests.matching.conftest import background, plant, png_bytes

KEY = ("Solaris", "badge")


def _badge(size: int = 256) -> np.ndarray:
    """A round badge (RGBA): a cream disc with a navy ring, an orange eight-pointed star and a dark dot inside."""
    img = np.zeros((size, size, 4), np.uint8)
    c = size // 2
    cv2.circle(img, (c, c), c - 4, (245, 238, 220, 255), -1, cv2.LINE_AA)
    cv2.circle(img, (c, c), c - 14, (30, 40, 110, 255), 8, cv2.LINE_AA)
    a = np.linspace(-np.pi / 2, 1.5 * np.pi, 17)[:-1]
    r = np.where(np.arange(16) % 2 == 0, 0.62 * c, 0.28 * c)
    star = np.stack([c + r * np.cos(a), c + r * np.sin(a)], 1).astype(np.int32)
    cv2.fillPoly(img, [star], (240, 140, 30, 255), cv2.LINE_AA)
    cv2.circle(img, (c, c), size // 14, (30, 40, 110, 255), -1, cv2.LINE_AA)
    return img


def _disc(size: int = 256, colour=(60, 60, 70)) -> np.ndarray:
    """A plain filled disc (RGBA) of the badge's size: a cap's button, a round patch, a plate."""
    img = np.zeros((size, size, 4), np.uint8)
    cv2.circle(img, (size // 2, size // 2), size // 2 - 4, (*colour, 255), -1, cv2.LINE_AA)
    return img


@pytest.fixture(scope="module")
def badge_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("badge") / "badge.png"
    path.write_bytes(png_bytes(_badge()))
    return path


def _best(refs: ShapeRefs, rgb: np.ndarray, area: tuple[int, int, int, int], side: int) -> float:
    return refs.score(Fields(cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)), area, KEY, side)[0]


def test_the_drawing_keeps_the_outline_and_the_edges_inside() -> None:
    badge = _badge(96)
    assert plain_outline(cv2.resize(badge[..., 3], (64, 64), interpolation=cv2.INTER_AREA))
    drawn = drawing(badge)
    assert drawn.shape == badge.shape[:2] and drawn.dtype == np.uint8
    assert drawn[0, 0] == 0 and drawn[48, 48] > 0  # transparency stays zero, the dot is inked
    _, n_outline = shape_template(badge[..., 3])
    _, n_drawn = shape_template(drawn)
    assert n_drawn > 2 * n_outline  # ring, star and dot edges beside the outline's
    # a dark rim is inverted so that it stands off the zero background as strongly as a light one
    dark = _disc(96, (20, 20, 20))
    assert drawing(dark)[48, 48] > 200


def test_a_badge_is_matched_by_its_drawing_and_a_plain_disc_no_longer_confirms_it(badge_file: Path) -> None:
    refs = ShapeRefs({KEY: badge_file})
    outline = ShapeRefs({KEY: badge_file}, drawing_badges=False)
    assert refs.drawn(KEY) and not outline.drawn(KEY)
    area, side = (90, 90, 310, 310), 120
    printed, _ = plant(background(5, 400, 400), _badge(), side, (140, 140))
    button, _ = plant(background(5, 400, 400), _disc(), side, (140, 140))
    # the badge itself is found either way
    assert _best(refs, printed, area, side) >= 0.5 and _best(outline, printed, area, side) >= 0.5
    # a plain disc of the same size matches the outline as well as the badge does, but not the drawing
    assert _best(outline, button, area, side) >= 0.45
    assert _best(refs, button, area, side) < DetectConfig().shape_min_score


def test_a_mark_with_an_outline_of_its_own_keeps_its_silhouette_templates(
    tmp_path: Path, marks_dir: Path
) -> None:
    """Starling's silhouette (ring, star, bars, triangle) is no plain shape: its templates are its alpha's, the
    same arrays as with drawn badges off."""
    key = ("Starling", "starling")
    path = marks_dir / "marks" / "starling.png"
    on, off = ShapeRefs({key: path}), ShapeRefs({key: path}, drawing_badges=False)
    assert not on.drawn(key)
    for (t1, n1), (t2, n2) in zip(on.templates(key, 100), off.templates(key, 100), strict=True):
        assert n1 == n2 and np.array_equal(t1, t2)


def test_a_badge_too_small_for_its_drawing_has_no_template_rather_than_its_outline(
    badge_file: Path, tmp_path: Path
) -> None:
    """At 20 px the badge's star and dot blur into its outline band: its template there was the plain outline,
    which a cap's button matched as well (the demo shop's Solenne badge at 35 px and under scored 0.92 on a
    logo-free cap's button, model v32). Now the badge has no template at such sizes; a mark that is a plain
    disc with nothing drawn inside keeps its outline at every size."""
    disc_file = tmp_path / "disc.png"
    disc_file.write_bytes(png_bytes(_disc()))
    plain = ("Dot", "disc")
    refs = ShapeRefs({KEY: badge_file, plain: disc_file})
    assert refs.drawn(KEY) and refs.has_drawing(KEY)
    assert refs.drawn(plain) and not refs.has_drawing(plain)
    assert refs.templates(KEY, 20) == [] and len(refs.templates(KEY, 40)) == 7
    assert len(refs.templates(plain, 20)) == 7
    small = cv2.resize(_badge(), (20, 20), interpolation=cv2.INTER_AREA)
    assert drawn_template(small, outline=False) is None and drawn_template(small) is not None
    area, side = (60, 60, 140, 140), 20
    button, _ = plant(background(5, 200, 200), _disc(), side, (80, 80))
    assert _best(refs, button, area, side) < DetectConfig().shape_min_score
    # the same badge printed at twice the size is still found by its drawing
    printed, _ = plant(background(5, 200, 200), _badge(), 2 * side, (70, 70))
    assert _best(refs, printed, area, 2 * side) >= 0.5
