"""Listing-text evaluation: disguised brand names in titles, knockoff's fusion vs exact substring matching.

Held-out simple-icons brand titles are written into product titles plainly, misspelt (a letter dropped,
doubled, swapped or replaced), with homoglyphs (Cyrillic/Greek look-alikes, leetspeak digits) or split by
separators. Negatives are titles naming no registered brand (other held-out brands, generic words).
Both methods see the same titles; a (title, brand) pair counts as found when the method flags it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import pyarrow as pa

from training.shared_data import is_eval_logo, simple_icons

HOMO = {
    "a": "\u0430",
    "e": "\u0435",
    "o": "\u043e",
    "p": "\u0440",
    "c": "\u0441",
    "x": "\u0445",
    "i": "\u0456",
}
LEET = {"a": "4", "e": "3", "o": "0", "i": "1", "s": "5", "t": "7"}
TEMPLATES = [
    "{b} running jacket",
    "New {b} sneakers size 42",
    "Original {b} hoodie - free shipping",
    "{b} cap",
]
GENERIC = ["cotton t-shirt", "denim jacket", "wool scarf", "leather belt", "summer dress", "kids shorts"]


@dataclass
class TextCase:
    title: str
    brand: str | None  # registered brand disguised in the title, None for negatives
    kind: str


def _disguise(name: str, kind: str, rng: random.Random) -> str | None:
    letters = [i for i, c in enumerate(name) if c.isalpha()]
    if len(letters) < 4:
        return None
    i = rng.choice(letters[1:-1]) if len(letters) > 2 else letters[0]
    if kind == "plain":
        return name
    if kind == "drop":
        return name[:i] + name[i + 1 :]
    if kind == "double":
        return name[:i] + name[i] + name[i:]
    if kind == "swap":
        return name[:i] + name[i + 1] + name[i] + name[i + 2 :] if i + 1 < len(name) else None
    if kind == "homoglyph":
        cand = [j for j in letters if name[j].lower() in HOMO]
        if not cand:
            return None
        j = rng.choice(cand)
        return name[:j] + HOMO[name[j].lower()] + name[j + 1 :]
    if kind == "leet":
        cand = [j for j in letters if name[j].lower() in LEET]
        if not cand:
            return None
        j = rng.choice(cand)
        return name[:j] + LEET[name[j].lower()] + name[j + 1 :]
    if kind == "separators":
        return "-".join(name)
    raise ValueError(kind)


KINDS = ("plain", "drop", "double", "swap", "homoglyph", "leet", "separators")


def build_text_set(n_brands: int = 30, seed: int = 0) -> tuple[list[str], list[TextCase]]:
    rng = random.Random(seed)
    pool = [
        lg.title
        for lg in simple_icons()
        if is_eval_logo(lg.slug) and lg.title.isascii() and len(lg.title) >= 5
    ]
    rng.shuffle(pool)
    registered, others = pool[:n_brands], pool[n_brands : n_brands * 3]
    cases: list[TextCase] = []
    for b in registered:
        for kind in KINDS:
            d = _disguise(b, kind, rng)
            if d:
                cases.append(TextCase(rng.choice(TEMPLATES).format(b=d), b, kind))
    for k in range(len(cases)):
        if k % 2:
            cases.append(TextCase(rng.choice(TEMPLATES).format(b=rng.choice(others)), None, "other brand"))
        else:
            cases.append(
                TextCase(rng.choice(GENERIC).capitalize() + f" size {rng.randint(2, 14)}", None, "generic")
            )
    return registered, cases


def fusion_flags(registered: list[str], cases: list[TextCase]) -> set[tuple[int, str]]:
    """(case index, brand) pairs that matching.fusion.rank_candidates returns from the title alone."""
    from knockoff.config import MatchConfig
    from knockoff.lake import DETECTIONS_SCHEMA, LISTINGS_SCHEMA
    from knockoff.matching.brands import Brand
    from knockoff.matching.fusion import rank_candidates

    brands = [Brand(name=b, marks=[], keywords=[b]) for b in registered]
    rows = []
    for i, c in enumerate(cases):
        row = {f.name: None for f in LISTINGS_SCHEMA}
        row.update(
            listing_id=f"t{i:05d}", site="eval", url=f"http://eval/{i}", title=c.title, image_sha256=[]
        )
        rows.append(row)
    out = rank_candidates(
        pa.Table.from_pylist(rows, schema=LISTINGS_SCHEMA),
        DETECTIONS_SCHEMA.empty_table(),
        brands,
        MatchConfig(),
    )
    return {(int(r["listing_id"][1:]), r["brand"]) for r in out.to_pylist()}


def substring_flags(registered: list[str], cases: list[TextCase]) -> set[tuple[int, str]]:
    """Baseline: case-insensitive exact substring."""
    return {(i, b) for i, c in enumerate(cases) for b in registered if b.casefold() in c.title.casefold()}


def summarise(registered: list[str], cases: list[TextCase], flags: set[tuple[int, str]]) -> dict[str, float]:
    out: dict[str, float] = {}
    for kind in KINDS:
        idx = [i for i, c in enumerate(cases) if c.kind == kind]
        if idx:
            out[kind] = sum((i, cases[i].brand) in flags for i in idx) / len(idx)
    neg = [i for i, c in enumerate(cases) if c.brand is None]
    out["false alarms (negatives flagged)"] = sum(any(f[0] == i for f in flags) for i in neg) / max(
        1, len(neg)
    )
    pos = [i for i, c in enumerate(cases) if c.brand is not None]
    wrong = sum(1 for i, b in flags if cases[i].brand is not None and b != cases[i].brand)
    out["wrong brand flagged (per positive)"] = wrong / max(1, len(pos))
    return out
