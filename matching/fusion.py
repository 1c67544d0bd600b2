"""Fusion: image evidence, text, price and seller signals become one score per (listing, brand).

Signals are combined by a noisy-or of their calibrated strengths (each signal alone can only raise the
score as far as its weight says), then a price far below the brand's floor raises it further when the
listing is already tied to the brand. Authorised sellers are never flagged. Deterministic.
"""

from __future__ import annotations

import json
from collections import defaultdict

import pyarrow as pa
from knockoff.matching.brands import Brand
from knockoff.matching.text import find_brand

from knockoff.config import MatchConfig
from knockoff.lake import CANDIDATES_SCHEMA

WEIGHTS = {
    "logo": 0.97,
    "official_photo": 0.9,
    "ocr": 0.85,
    "homoglyph": 0.9,
    "misspelling": 0.8,
    "mention": 0.3,
    "real_word": 0.3,
    "brand_claimed": 0.3,
}
LOGO_METHODS = {"cnn", "cnn+sift"}
MIN_SIGNAL = {"logo": 0.4, "official_photo": 0.5, "ocr": 0.5}
# A common word near the brand name counts only beside evidence that ties the listing to the brand itself.
CORROBORATES_REAL_WORD = {"logo", "official_photo", "ocr", "brand_claimed"}


def _box(r: dict) -> list[float] | None:
    if r.get("x0") is None:
        return None
    return [round(float(r[k]), 1) for k in ("x0", "y0", "x1", "y1")]


def _image_evidence(detections: pa.Table) -> dict[tuple[str, str], dict[str, dict]]:
    """(image sha256, brand) -> {signal: best detection row}."""
    out: dict[tuple[str, str], dict[str, dict]] = defaultdict(dict)
    for r in detections.to_pylist():
        sig = "logo" if r["method"] in LOGO_METHODS else r["method"]
        key = (r["image_sha256"], r["brand"])
        prev = out[key].get(sig)
        if prev is None or r["score"] > prev["score"]:
            out[key][sig] = r
    return out


def price_signal(price: float | None, floor: float | None) -> float:
    """0 at or above the floor, 1 at a third of it or less."""
    if price is None or floor is None or floor <= 0 or price <= 0 or price >= floor:
        return 0.0
    return float(min(1.0, (floor - price) / (floor * 2 / 3)))


def score_listing(listing: dict, brand: Brand, images: dict[tuple[str, str], dict[str, dict]]) -> dict | None:
    """Fused score and evidence for one (listing, brand), or None when nothing ties them."""
    if brand.is_authorized(listing.get("seller"), listing.get("seller_url")):
        return None
    signals: dict[str, float] = {}
    reasons: list[str] = []
    best_img: dict | None = None
    for sig in ("logo", "official_photo", "ocr"):
        best = None
        for sha in listing.get("image_sha256") or []:
            r = images.get((sha, brand.name), {}).get(sig) if sha else None
            if r is not None and (best is None or r["score"] > best["score"]):
                best = r
        if best is not None and best["score"] >= MIN_SIGNAL[sig]:
            signals[sig] = round(float(best["score"]), 4)
            if best_img is None or best["score"] > best_img["score"]:
                best_img = best
    text = " ".join(t for t in (listing.get("title"), listing.get("description")) if t)
    claimed_hit = find_brand(listing.get("brand_claimed"), brand.terms)
    if claimed_hit and claimed_hit.kind != "real_word":
        signals["brand_claimed"] = 1.0
    hit = find_brand(text, brand.terms)
    if hit and hit.kind == "real_word" and not CORROBORATES_REAL_WORD & signals.keys():
        hit = None  # "Sterling silver" is no case against Starling on its own
    if hit:
        signals[hit.kind] = round(hit.score, 4)
        if hit.kind == "mention":
            reasons.append(f"names {brand.name} in the text")
        elif hit.kind == "real_word":
            reasons.append(f"'{hit.found}' (a common word) ~ {brand.name}")
        else:
            reasons.append(f"{hit.kind} '{hit.found}' ~ {brand.name}")
    if not signals:
        return None
    p_not = 1.0
    for sig, v in signals.items():
        p_not *= 1.0 - WEIGHTS[sig] * v
    score = 1.0 - p_not
    ps = price_signal(listing.get("price"), brand.price_floor)
    if ps > 0:
        signals["price"] = round(ps, 4)
        # a low price supports, but never makes, a case: it counts as far as the brand tie is strong
        score += (1.0 - score) * 0.75 * ps * min(1.0, (score / 0.6) ** 2)
        reasons.append(f"price {listing['price']:g} vs floor {brand.price_floor:g}")
    if "logo" in signals:
        b = _box(best_img) if best_img and best_img["method"] in LOGO_METHODS else None
        reasons.insert(
            0, f"logo match {signals['logo']:.2f}" + (f" at box {[int(v) for v in b]}" if b else "")
        )
    if "official_photo" in signals:
        reasons.insert(0, f"reuses {brand.name}'s official photo ({signals['official_photo']:.2f})")
    if "ocr" in signals:
        reasons.append(f"text in image ~ {brand.name} ({signals['ocr']:.2f})")
    evidence = {
        "signals": signals,
        "best_image": best_img["image_sha256"] if best_img else None,
        "box": _box(best_img) if best_img else None,
        "mark": best_img["mark"] if best_img else None,
        "method": best_img["method"] if best_img else None,
        "text_hit": {"kind": hit.kind, "found": hit.found, "term": hit.term} if hit else None,
    }
    return {
        "brand": brand.name,
        "listing_id": listing["listing_id"],
        "url": listing.get("url"),
        "title": listing.get("title"),
        "price": listing.get("price"),
        "seller": listing.get("seller"),
        "score": round(min(1.0, score), 6),
        "evidence": json.dumps(evidence, sort_keys=True),
        "reasons": "; ".join(reasons),
    }


def rank_candidates(
    listings: pa.Table, detections: pa.Table, brands: list[Brand], config: MatchConfig | None = None
) -> pa.Table:
    """One row per (listing, brand) with a fused score > 0, ranked per brand (ties by listing_id)."""
    images = _image_evidence(detections)
    rows = []
    seen: set[tuple[str, str]] = set()
    for listing in sorted(listings.to_pylist(), key=lambda r: r["listing_id"]):
        for brand in brands:
            if (listing["listing_id"], brand.name) in seen:
                continue
            seen.add((listing["listing_id"], brand.name))
            row = score_listing(listing, brand, images)
            if row and row["score"] > 0:
                rows.append(row)
    rows.sort(key=lambda r: (r["brand"], -r["score"], r["listing_id"]))
    rank: dict[str, int] = defaultdict(int)
    for r in rows:
        rank[r["brand"]] += 1
        r["rank"] = rank[r["brand"]]
    return pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA)
