"""The rank stage: the run's candidates + listing history + brand feedback -> `ranked.parquet`.

`candidates.parquet` is what matching computed from the pinned inputs (reproducible, byte for
byte). The rank stage is a post-step that does not touch it: it adds each listing's history
(new tonight, first/last seen, price change), the best image and box to show, the evidence
fingerprint, applies the brands' feedback, re-ranks per brand and writes `ranked.parquet`
(CANDIDATES_SCHEMA columns first, then the extra ones). Delivery reads `ranked.parquet`.
"""

from __future__ import annotations

import logging
import re
from typing import Any

import pyarrow as pa

from knockoff.config import read_yaml
from knockoff.errors import ConfigError, KnockoffError
from knockoff.jobs.delivery.evidence import (
    evidence_fingerprint,
    evidence_record,
    marketplace,
    parse_evidence,
    upgrade_evidence,
)
from knockoff.jobs.feedback import apply_feedback, load_feedback
from knockoff.jobs.night.netrank import apply_network_signal
from knockoff.jobs.night.networks import load_networks
from knockoff.jobs.records.history import tonight
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import CANDIDATES_SCHEMA, Lake, check_lake

log = logging.getLogger(__name__)
NETWORK_BOOST = 0.25  # knockoff.config.NetworksConfig.rank_boost

RANKED_SCHEMA = pa.schema(
    [
        *CANDIDATES_SCHEMA,
        ("score_match", pa.float32()),  # the score matching gave, before feedback
        ("site", pa.string()),
        ("marketplace", pa.string()),
        ("image_sha256", pa.string()),  # the image to show: the evidence's best image, else the first
        ("mark", pa.string()),
        ("box_x0", pa.float32()),
        ("box_y0", pa.float32()),
        ("box_x1", pa.float32()),
        ("box_y1", pa.float32()),
        ("first_seen", pa.string()),
        ("last_seen", pa.string()),
        ("nights_seen", pa.int32()),
        ("is_new", pa.bool_()),
        ("price_prev", pa.float64()),
        ("price_changed", pa.string()),
        ("evidence_fingerprint", pa.string()),
        ("feedback", pa.string()),
        ("network_id", pa.string()),  # the seller network (jobs/night/networks.py), null if none
        ("network_sellers", pa.int32()),
        ("currency", pa.string()),  # the listing's currency (ISO 4217, as in the lake), null if it has none
    ]
)


def listing_currency(lake: Lake, dates: list[str]) -> dict[str, str]:
    """listing_id -> its currency over the lake's `listings` of `dates` (the latest date wins; none when empty)."""
    out: dict[str, str] = {}
    for d in sorted(set(dates)):
        t = lake.read("listings", d, columns=["listing_id", "currency"])
        for lid, cur in zip(
            t.column("listing_id").to_pylist(), t.column("currency").to_pylist(), strict=True
        ):
            if cur:
                out[lid] = cur
    return out


def enrich(
    candidates: pa.Table, lake: Lake, date: str | None, dates: list[str] | None = None
) -> list[dict[str, Any]]:
    """Candidate rows with history, display image/box, evidence fingerprint and currency added.

    `date`: the night whose history and listings are used; `dates`: the run's dates, whose listings
    give each candidate's currency (default: `date` only).
    """
    hist: dict[str, dict] = {}
    images: dict[str, list] = {}
    sites: dict[str, str] = {}
    seller_urls: dict[str, str | None] = {}
    if date:
        hist = {r["listing_id"]: r for r in tonight(lake, date).to_pylist()}
        listings = lake.read("listings", date, columns=["listing_id", "site", "image_sha256", "seller_url"])
        for lid, site, shas, seller_url in zip(
            *(listings.column(c).to_pylist() for c in listings.column_names), strict=True
        ):
            images[lid] = shas or []
            sites[lid] = site
            seller_urls[lid] = seller_url
    currency = listing_currency(lake, dates or ([date] if date else []))
    rows = []
    for c in candidates.select(CANDIDATES_SCHEMA.names).to_pylist():
        ev = parse_evidence(c["evidence"])
        lid = c["listing_id"]
        h = hist.get(lid, {})
        image = ev.image or next((s for s in images.get(lid, []) if s), None)
        box = ev.box if ev.image else None
        rows.append(
            {
                **c,
                "score_match": c["score"],
                "site": sites.get(lid) or h.get("site"),
                "marketplace": marketplace(c["url"]),
                "image_sha256": image,
                "mark": ev.mark,
                "box_x0": box[0] if box else None,
                "box_y0": box[1] if box else None,
                "box_x1": box[2] if box else None,
                "box_y1": box[3] if box else None,
                "first_seen": h.get("first_seen"),
                "last_seen": h.get("last_seen"),
                "nights_seen": h.get("nights_seen"),
                "is_new": h.get("is_new"),
                "price_prev": h.get("price_prev") if h.get("price_changed") == date else None,
                "price_changed": h.get("price_changed"),
                "evidence": evidence_record(c["evidence"]),  # a struct, also from an older JSON run
                "evidence_fingerprint": evidence_fingerprint(c["evidence"]),
                "feedback": None,
                "seller_url": seller_urls.get(lid),
                "currency": currency.get(lid),
            }
        )
    return rows


def seller_slug(text: str | None) -> str:
    """'Nordvik Store', 'nordvik-store' and '/seller/nordvik-store' all give 'nordvik-store'."""
    t = (text or "").strip().rstrip("/").rsplit("/", 1)[-1].casefold()
    return re.sub(r"[^0-9a-z]+", "-", t).strip("-")


def authorised_sellers(brands_path: str | None) -> dict[str, set[str]]:
    """brand -> authorised seller slugs, from brands.yaml (names only; marks are not loaded)."""
    if not brands_path:
        return {}
    try:
        data = read_yaml(brands_path)
    except ConfigError as exc:
        log.warning("authorised sellers not applied: %s", exc)
        return {}
    out: dict[str, set[str]] = {}
    for b in (data or {}).get("brands") or []:
        if isinstance(b, dict) and b.get("name"):
            out[b["name"]] = {seller_slug(a) for a in b.get("authorized_sellers") or [] if seller_slug(a)}
    return out


def drop_authorised(rows: list[dict[str, Any]], auth: dict[str, set[str]]) -> tuple[list[dict], int]:
    """Drop candidates sold by a seller the brand lists as authorised (name or seller-page slug)."""
    kept = []
    for r in rows:
        allowed = auth.get(r["brand"]) or set()
        if allowed and ({seller_slug(r.get("seller")), seller_slug(r.get("seller_url"))} & allowed):
            continue
        kept.append(r)
    return kept, len(rows) - len(kept)


def rank_rows(
    run: RunDir,
    lake: Lake,
    date: str | None,
    brands_path: str | None = None,
    network_boost: float = NETWORK_BOOST,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Compute the ranked rows of a run (nothing written)."""
    cands = run.read_table("candidates.parquet")
    rows = enrich(cands, lake, date, [*run.dates(), *([date] if date else [])])
    if brands_path is None:
        b = run.manifest().get("brands")
        brands_path = b.get("path") if isinstance(b, dict) else None
    rows, n_auth = drop_authorised(rows, authorised_sellers(brands_path))
    brands = sorted({r["brand"] for r in rows})
    ranked, counts = apply_feedback(rows, load_feedback(lake, brands))
    snapshot = load_networks(lake, date)
    ranked, net_counts = apply_network_signal(ranked, snapshot, load_feedback(lake), network_boost)
    counts.update(net_counts)
    for r in ranked:
        r.pop("seller_url", None)
    if n_auth:
        counts["suppressed_authorised_seller_list"] = n_auth
    return ranked, counts


def rank_run(
    run_dir: str,
    lake: str | Lake,
    date: str | None = None,
    brands_path: str | None = None,
    network_boost: float = NETWORK_BOOST,
) -> dict[str, Any]:
    """The rank stage: write RUN_DIR/ranked.parquet; returns counts (per brand, feedback effects)."""
    run = RunDir(run_dir)
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    date = date or (run.dates()[-1] if run.dates() else None)
    ranked, fb = rank_rows(run, lake, date, brands_path, network_boost)
    table = pa.Table.from_pylist(ranked, schema=RANKED_SCHEMA)
    run.write_table("ranked.parquet", table)
    per_brand: dict[str, int] = {}
    new: dict[str, int] = {}
    for r in ranked:
        per_brand[r["brand"]] = per_brand.get(r["brand"], 0) + 1
        new[r["brand"]] = new.get(r["brand"], 0) + int(bool(r["is_new"]))
    log.info("rank %s: %d candidates, feedback %s", run.run_id, table.num_rows, fb)
    return {"candidates": per_brand, "new": new, "feedback": fb, "date": date}


def load_ranked(run_dir: str, lake: str | None = None) -> tuple[list[dict[str, Any]], str]:
    """The run's ranked rows: ranked.parquet if the rank stage ran, else computed now from the lake."""
    run = RunDir(run_dir)
    if not run.exists("manifest.json") and not run.exists("candidates.parquet"):
        raise KnockoffError(f"{run_dir}: not a run folder (no manifest.json or candidates.parquet)")
    if run.exists("ranked.parquet"):
        table = upgrade_evidence(run.read_table("ranked.parquet"))
        for f in RANKED_SCHEMA:  # a column added after the run was ranked (e.g. currency) reads as nulls
            if f.name not in table.column_names:
                table = table.append_column(f, pa.nulls(table.num_rows, f.type))
        return table.select(RANKED_SCHEMA.names).cast(RANKED_SCHEMA).to_pylist(), run.run_id
    root = lake or run.lake()
    if not root:
        raise KnockoffError(f"{run_dir}: cannot tell which lake it read; pass --lake")
    dates = run.dates()
    hint = "" if lake else "the lake the run's manifest names; pass --lake"
    ranked, _ = rank_rows(run, check_lake(root, hint), dates[-1] if dates else None)
    return ranked, run.run_id
