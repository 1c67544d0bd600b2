"""Fusion: the registered signals' scores become one score per (listing, brand), with evidence.

`score_listing` runs the signals of `matching.signals` (logo, official photo, OCR, brand field,
text, price, and any registered or configured plug-in) over one (listing, brand) and combines
them: a noisy-or of `weight * value` over the evidence signals (each alone can raise the score only
as far as its weight says), then the support signals (a price far below the brand's floor) raise
it further when the listing is already tied to the brand. Authorised sellers are never flagged.
Knobs: `match.fusion` in the configuration (weights, minimum image scores). Deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

import pyarrow as pa

from knockoff.config import FusionConfig, MatchConfig
from knockoff.lake import CANDIDATES_SCHEMA
from knockoff.matching.brands import Brand
from knockoff.matching.signals import Case, ImageEvidence, Score, Signal, active_signals
from knockoff.matching.signals.image import box_of, signal_of_method
from knockoff.matching.signals.price import price_signal

__all__ = ["fuse_candidates", "image_evidence", "price_signal", "rank_candidates", "score_listing"]


def image_evidence(detections: pa.Table) -> ImageEvidence:
    """(image sha256, brand) -> {signal: best detection row} (ties: the first row wins)."""
    out: ImageEvidence = defaultdict(dict)
    for r in detections.to_pylist():
        sig = signal_of_method(r["method"])
        key = (r["image_sha256"], r["brand"])
        prev = out[key].get(sig)
        if prev is None or r["score"] > prev["score"]:
            out[key][sig] = r
    return out


def _weight(case: Case, name: str, signal: Signal) -> float:
    return case.config.weights.get(name, signal.weight)


def _combine(case: Case, found: list[tuple[Signal, str, Score]], support: list[Signal]) -> float:
    """Noisy-or of the evidence scores, then the support signals (added to `found`)."""
    p_not = 1.0
    for sig, name, s in found:
        p_not *= 1.0 - _weight(case, name, sig) * s.value
    score = 1.0 - p_not
    for sig in support:
        s = sig.score(case)
        if s is None or s.value <= 0:
            continue
        name = s.name or sig.name
        found.append((sig, name, s))
        tie = min(1.0, (score / case.config.support_full_at) ** 2)
        score += (1.0 - score) * _weight(case, name, sig) * s.value * tie
    return score


def _evidence(case: Case, found: list[tuple[Signal, str, Score]]) -> dict:
    best = case.best_image
    evidence = {
        "signals": dict(sorted((name, round(s.value, 4)) for _, name, s in found)),
        "best_image": best["image_sha256"] if best else None,
        "box": box_of(best) if best else None,
        "mark": best["mark"] if best else None,
        "method": best["method"] if best else None,
        "text_hit": None,
        "product_code": None,
    }
    for _, _, s in found:
        evidence.update(s.evidence or {})
    return evidence


def _reasons(case: Case, found: list[tuple[Signal, str, Score]]) -> str:
    ordered = sorted(found, key=lambda f: f[0].reason_order)  # stable: ties keep signal order
    texts = [s.reason(case) if callable(s.reason) else s.reason for _, _, s in ordered]
    return "; ".join(t for t in texts if t)


def score_listing(
    listing: dict,
    brand: Brand,
    images: ImageEvidence,
    config: FusionConfig | None = None,
    signals: Sequence[Signal] | None = None,
) -> dict | None:
    """Fused score and evidence for one (listing, brand) (a CANDIDATES_SCHEMA row without rank), or None.

    `evidence` is a dict of lake.EVIDENCE_TYPE's fields (signals, best_image, box, mark, method,
    text_hit, product_code); extra evidence a plug-in signal adds outside those fields is not stored.

    `images`: from `image_evidence(detections)`. `signals`: default the registered ones plus
    `config.signals`. None when the seller is authorised or no evidence signal fires.
    """
    cfg = config or FusionConfig()
    if brand.is_authorized(listing.get("seller"), listing.get("seller_url")):
        return None
    sigs = list(signals) if signals is not None else active_signals(cfg.signals)
    case = Case(listing, brand, images, cfg)
    found: list[tuple[Signal, str, Score]] = []
    for sig in sigs:
        if sig.combine != "evidence":
            continue
        s = sig.score(case)
        if s is not None:
            name = s.name or sig.name
            case.found[name] = s
            found.append((sig, name, s))
            d = s.detection
            if d is not None and (case.best_image is None or d["score"] > case.best_image["score"]):
                case.best_image = d
    if not found:
        return None
    score = _combine(case, found, [s for s in sigs if s.combine == "support"])
    return {
        "brand": brand.name,
        "listing_id": listing["listing_id"],
        "url": listing.get("url"),
        "title": listing.get("title"),
        "price": listing.get("price"),
        "seller": listing.get("seller"),
        "score": round(min(1.0, score), 6),
        "evidence": _evidence(case, found),
        "reasons": _reasons(case, found),
    }


def fuse_candidates(
    listings: pa.Table,
    detections: pa.Table,
    brands: list[Brand],
    config: MatchConfig | None = None,
    signals: Sequence[Signal] | None = None,
) -> pa.Table:
    """One row per (listing, brand) with a fused score > 0, numbered per brand (ties by listing_id).

    `listings`: LISTINGS_SCHEMA rows; `detections`: DETECTIONS_SCHEMA rows. Returns a
    CANDIDATES_SCHEMA table, sorted by brand, score descending, listing_id. This is matching's
    per-brand order (the `rank` column); the rank stage (`jobs.night.rank`) re-ranks with history
    and feedback.
    """
    cfg = (config or MatchConfig()).fusion
    sigs = list(signals) if signals is not None else active_signals(cfg.signals)
    images = image_evidence(detections)
    rows = []
    seen: set[tuple[str, str]] = set()
    for listing in sorted(listings.to_pylist(), key=lambda r: r["listing_id"]):
        for brand in brands:
            if (listing["listing_id"], brand.name) in seen:
                continue
            seen.add((listing["listing_id"], brand.name))
            row = score_listing(listing, brand, images, cfg, sigs)
            if row and row["score"] > 0:
                rows.append(row)
    rows.sort(key=lambda r: (r["brand"], -r["score"], r["listing_id"]))
    rank: dict[str, int] = defaultdict(int)
    for r in rows:
        rank[r["brand"]] += 1
        r["rank"] = rank[r["brand"]]
    return pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA)


# The name `knockoff match` and plug-ins load ("knockoff.matching.fusion:rank_candidates").
rank_candidates = fuse_candidates
