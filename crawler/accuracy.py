"""Field-level accuracy of `extract_product` on a labelled folder of pages (precision, recall, F1).

A labelled folder holds HTML pages and `truth.json` mapping each file to `{"url", "product"}`
(`product` null for pages that show no product). Per field: a prediction equal to the truth is a
true positive; a wrong or unexpected prediction a false positive; a missed or wrong truth value a
false negative. Prices match within half a cent, text case-insensitively after collapsing spaces,
image lists as ordered lists.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from knockoff.crawler.extract import extract_product

SCORED = (
    "title",
    "price",
    "currency",
    "sku",
    "availability",
    "brand_claimed",
    "seller",
    "seller_url",
    "image_urls",
)


def _norm(field: str, v: Any) -> Any:
    if v in (None, "", []):
        return None
    if field == "price":
        return round(float(v), 2)
    if field == "image_urls":
        return tuple(v)
    return re.sub(r"\s+", " ", str(v)).strip().casefold()


def field_scores(folder: str | Path) -> dict[str, Any]:
    """Per-field precision/recall/F1 over the labelled pages, plus per-page mistakes."""
    folder = Path(folder)
    truth = json.loads((folder / "truth.json").read_text(encoding="utf-8"))
    counts = {f: {"tp": 0, "fp": 0, "fn": 0} for f in SCORED}
    mistakes: list[str] = []
    pages = 0
    for name, label in sorted(truth.items()):
        if name.startswith("_"):
            continue
        pages += 1
        html = (folder / name).read_text(encoding="utf-8")
        pred = extract_product(html, label["url"]) or {}
        want = label["product"] or {}
        for f in SCORED:
            p, t = _norm(f, pred.get(f)), _norm(f, want.get(f))
            c = counts[f]
            if p is not None and p == t:
                c["tp"] += 1
                continue
            if p is not None:
                c["fp"] += 1
            if t is not None:
                c["fn"] += 1
            if p != t:
                mistakes.append(f"{name}: {f} = {pred.get(f)!r}, expected {want.get(f)!r}")
    scores: dict[str, Any] = {}
    for f, c in counts.items():
        prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        scores[f] = {"precision": round(prec, 3), "recall": round(rec, 3), "f1": round(f1, 3), **c}
    return {"pages": pages, "fields": scores, "mistakes": mistakes}
