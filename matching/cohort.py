"""A cohort of other brands' marks that compete with the registered ones, so that one brand alone (or two) still
meets competitors.

A registered brand's mark correlates with any printed mark somewhat (shared strokes, letters, shapes); with
several brands registered, the mark that explains a window best wins it (matching/logo.py suppress_rivals).
A brand registered alone has no one to lose to, and every other company's logo on a bag becomes its
candidate. The cohort supplies those competitors from a gallery made by other hands: the brand icons of
Simple Icons (https://simpleicons.org, CC0, about 3,400 single-colour SVG marks, installed offline from PyPI
as `simple-icons-pack`). This is cohort score normalisation as in speaker and face verification (a claimant's
score read against the scores of impostor models on the same sample: Auckenthaler, Carey and Lloyd-Thomas,
"Score normalization for text-independent speaker verification systems", Digital Signal Processing 10, 2000).

The icons are drawn once per release of the gallery in a fixed order (SHA-256 of the slug), so a night and
its rerun meet the same cohort. An icon is left out where it may BE a registered brand: its title or slug
names one of the brand's terms (brand_key equal, or one contained in the other from 4 letters up). The
figures that chose `DetectConfig.cohort_size` and `cohort_max_brands` are in matching/engine.py's notes
(cohort_size).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import cache

from knockoff.matching import logo
from knockoff.matching.brands import Brand, brand_key
from knockoff.matching.marks import render_svg

COHORT = logo.GENERIC  # cohort rows are rivals only, dropped with the plain shapes (matching/engine.py)
COHORT_PREFIX = "si:"  # a cohort template's mark name: the prefix, then the icon's Simple Icons slug
# letters: a brand term inside an icon's title (or the reverse) excludes the icon from this length up
MIN_CONTAINED = 4
# A simple icon's drawing fills a 24 x 24 view box; one that covers more than this share of its box is a badge
# or a filled square (the plain shapes already compete as such) and less than the other share is a hairline
MAX_COVER, MIN_COVER = 0.85, 0.04


@dataclass(frozen=True)
class CohortMark:
    """One gallery icon: its slug (Simple Icons' identifier), title and SVG (black fill, 24 x 24 view box)."""

    slug: str
    title: str
    svg: str


@cache
def gallery() -> tuple[CohortMark, ...]:
    """Every Simple Icons icon in the cohort's draw order (SHA-256 of the slug, hex, ascending).

    Raises ImportError where `simple-icons-pack` is not installed (a dependency of knockoff)."""
    import simple_icons_pack as si

    icons = [getattr(si, n) for n in dir(si) if n.startswith("SI_")]
    marks = [CohortMark(i.slug, i.title, i.svg) for i in icons]
    return tuple(sorted(marks, key=lambda m: hashlib.sha256(m.slug.encode()).hexdigest()))


def names_brand(mark: CohortMark, brands: list[Brand]) -> bool:
    """Whether the icon's title or slug may name one of `brands` (any of their terms): equal `brand_key`s, or
    one key inside the other where the shorter has at least MIN_CONTAINED characters."""
    keys = {brand_key(mark.title), brand_key(mark.slug)}
    for b in brands:
        for term in b.terms:
            t = brand_key(term)
            for k in keys:
                short, long_ = sorted((t, k), key=len)
                if short and (short == long_ or (len(short) >= MIN_CONTAINED and short in long_)):
                    return True
    return False


@cache
def _drawable(mark: CohortMark) -> bool:
    """Whether the icon, rendered at 64 px, is neither near-empty nor a filled block (MIN_COVER..MAX_COVER of
    its bounding box inked); decided once per process (every Matcher of a one-brand registry asks)."""
    cover = float((render_svg(mark.svg, 64)[..., 3] > 127).mean())
    return MIN_COVER <= cover <= MAX_COVER


def cohort_marks(size: int, brands: list[Brand]) -> list[CohortMark]:
    """The first `size` gallery icons (draw order) that name none of `brands` and draw a mark (`_drawable`);
    fewer where the gallery runs out. `size` 0 gives none."""
    out: list[CohortMark] = []
    if size <= 0:
        return out
    for m in gallery():
        if len(out) >= size:
            break
        if names_brand(m, brands) or not _drawable(m):
            continue
        out.append(m)
    return out


def build_cohort_templates(marks: list[CohortMark], features_fn) -> list[logo.Template]:
    """Templates (brand COHORT, mark "si:<slug>") of each icon's silhouette (the icons are black: one colour
    variant), upright, at every template size (logo.mark_canvases); `features_fn(rgb) -> C x H x W` matching
    features (stride 16)."""
    out = []
    for m in marks:
        for _size, _v, canvas, kh, kw in logo.mark_canvases(
            lambda s, svg=m.svg: render_svg(svg, s), rotations=(0.0,), crops=False
        ):
            out.append(
                logo.Template(
                    COHORT, f"{COHORT_PREFIX}{m.slug}", logo.template_cells(features_fn(canvas), kh, kw)
                )
            )
    return out
