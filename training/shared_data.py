"""/work/shared/data (logos and product photos) and its held-out split: evaluation only, never training.

One logo in four (by a hash of its slug) and one photo in four (by a hash of its file name) are kept
for evaluation. Training code must skip what `is_eval_logo` / `is_eval_photo` accept, so that the
benchmark measures unseen brands on unseen photos.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(os.environ.get("KNOCKOFF_SHARED_DATA", ROOT.parent / "shared" / "data"))
SIMPLE_ICONS = DATA / "logos" / "simple-icons"
FONTAWESOME = DATA / "logos" / "fontawesome-brands" / "svgs"
PHOTOS = DATA / "photos" / "clothing"


def _bucket(name: str) -> int:
    return int(hashlib.sha1(name.encode()).hexdigest()[:8], 16) % 4


def is_eval_logo(slug: str) -> bool:
    """True for the quarter of logo slugs held out for evaluation (same rule for both logo sets)."""
    return _bucket("logo:" + slug) == 0


def is_eval_photo(path: str | Path) -> bool:
    """True for the quarter of product photos held out for evaluation."""
    return _bucket("photo:" + Path(path).name) == 0


def data_available() -> bool:
    return SIMPLE_ICONS.is_dir() and PHOTOS.is_dir()


@dataclass(frozen=True)
class Logo:
    slug: str
    title: str
    hex: str  # brand colour, RRGGBB
    svg: Path
    aliases: tuple[str, ...] = ()


def simple_icons() -> list[Logo]:
    """Every simple-icons logo with its title, colour and aliases, sorted by slug."""
    meta = json.loads((SIMPLE_ICONS / "simple-icons.json").read_text(encoding="utf-8"))
    out = []
    for m in meta:
        slug = m.get("slug")
        svg = SIMPLE_ICONS / "icons" / f"{slug}.svg"
        if not slug or not svg.is_file():
            continue
        al = m.get("aliases") or {}
        aliases = tuple(a for a in al.get("aka", []) if isinstance(a, str))
        out.append(Logo(slug, m["title"], m.get("hex", "000000"), svg, aliases))
    return sorted(out, key=lambda lg: lg.slug)


def fontawesome() -> dict[str, Path]:
    """Font Awesome brand icons by slug (another hand's drawings of many of the same brands)."""
    if not FONTAWESOME.is_dir():
        return {}
    return {p.stem: p for p in sorted(FONTAWESOME.glob("*.svg"))}


def photos(split: str) -> list[Path]:
    """Product photos of the 'eval' or 'train' split, sorted."""
    want = split == "eval"
    return [p for p in sorted(PHOTOS.glob("*/*.jpg")) if is_eval_photo(p) == want]


REAL_LOGOS = DATA / "real-logos"


@dataclass(frozen=True)
class RealImage:
    """One photograph of ../shared/data/real-logos: its file, sha256, size and boxes (brand, mark, x0..y1)."""

    file: Path
    sha256: str
    width: int
    height: int
    boxes: tuple[tuple[str, str, float, float, float, float], ...]

    @property
    def brand(self) -> str:
        """The brand shown (every image of the set shows exactly one brand)."""
        return self.boxes[0][0]


@dataclass(frozen=True)
class RealReference:
    """The one-shot reference of a mark: a crop of its largest box, cut from image `from_image`."""

    brand: str
    mark: str
    file: Path
    from_image: str


def real_logos() -> tuple[list[RealImage], list[RealReference]]:
    """The real-logos set (README.md of ../shared/data, section real-logos): images sorted by file name, and
    the references of references.json. Raises FileNotFoundError where the folder is absent."""
    rows = []
    with open(REAL_LOGOS / "annotations.jsonl", encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                r = json.loads(line)
                boxes = tuple(
                    (b["brand"], b["mark"], float(b["x0"]), float(b["y0"]), float(b["x1"]), float(b["y1"]))
                    for b in r["boxes"]
                )
                rows.append(RealImage(REAL_LOGOS / r["file"], r["sha256"], r["width"], r["height"], boxes))
    refs = [
        RealReference(r["brand"], r["mark"], REAL_LOGOS / r["file"], r["from_image"])
        for r in json.loads((REAL_LOGOS / "references.json").read_text(encoding="utf-8"))
    ]
    return sorted(rows, key=lambda r: r.file.name), refs
