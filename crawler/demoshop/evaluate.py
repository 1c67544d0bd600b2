"""Score a run's candidates against the demo shop's truth.json.

A candidate (brand, url) is a true positive when the listing at that URL path has that brand
planted. Reports recall per kind of planting, precision per brand, how many authorised-seller
listings were flagged (should be 0) and how many hard negatives were flagged.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa


def _path(url: str) -> str:
    return urlsplit(url).path


def evaluate(truth_path: Path, candidates: pa.Table, min_score: float = 0.0) -> dict[str, Any]:
    """Recall per kind, precision per brand, authorised and hard-negative false alarms."""
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    by_path = {t["url_path"]: t for t in truth["listings"]}
    rows = [r for r in candidates.to_pylist() if float(r["score"]) >= min_score]
    flagged: dict[str, set[str]] = {}
    for r in rows:
        p = _path(r["url"] or "")
        if p in by_path:
            flagged.setdefault(p, set()).add(r["brand"])
    out: dict[str, Any] = {"listings": len(by_path), "candidates": len(rows), "recall": {}, "precision": {}}
    kinds: dict[str, list[bool]] = {}
    for t in by_path.values():
        if t["brand"]:
            hit = t["brand"] in flagged.get(t["url_path"], set())
            kinds.setdefault("any", []).append(hit)
            for k in t["kinds"]:
                kinds.setdefault(k, []).append(hit)
    out["recall"] = {
        k: {"found": sum(v), "planted": len(v), "recall": round(sum(v) / len(v), 3)} for k, v in kinds.items()
    }
    for brand in truth["brands"]:
        mine = [r for r in rows if r["brand"] == brand and _path(r["url"] or "") in by_path]
        tp = sum(1 for r in mine if by_path[_path(r["url"])]["brand"] == brand)
        out["precision"][brand] = {
            "flagged": len(mine),
            "true": tp,
            "precision": round(tp / len(mine), 3) if mine else None,
        }
    authorised = [t for t in by_path.values() if t.get("genuine_brand")]
    out["authorised_flagged"] = sum(
        1 for t in authorised if t["genuine_brand"] in flagged.get(t["url_path"], set())
    )
    out["authorised_listings"] = len(authorised)
    negatives = [t for t in by_path.values() if t["slot"] in ("decoy_shape", "decoy_text")]
    out["hard_negatives_flagged"] = sum(1 for t in negatives if flagged.get(t["url_path"]))
    out["hard_negatives"] = len(negatives)
    return out


def _pairs(groups: dict[str, set[str]]) -> set[tuple[str, str]]:
    return {(a, b) for g in groups.values() for a in g for b in g if a < b}


def evaluate_networks(truth_path: Path, members: pa.Table) -> dict[str, Any]:
    """Pairwise precision and recall of seller networks over seller accounts.

    Truth: the accounts (seller slugs) each planted operator uses; every other account is an
    independent seller. Predicted: accounts in the same network (`members` has `network_id` and
    `account` = SITE/SLUG or `seller_url`). A pair is two accounts in one network; precision =
    true pairs found / pairs found, recall = true pairs found / true pairs. `honest_merged`
    counts independent sellers put into any network (should be 0).
    """
    truth = json.loads(Path(truth_path).read_text(encoding="utf-8"))
    operator_of: dict[str, str | None] = {}
    for t in truth["listings"]:
        operator_of[t["seller"]] = t.get("operator")
    true_groups: dict[str, set[str]] = {}
    for seller, op in operator_of.items():
        if op:
            true_groups.setdefault(op, set()).add(seller)
    found: dict[str, set[str]] = {}
    for r in members.select(["network_id", "account"]).to_pylist():
        found.setdefault(r["network_id"], set()).add(r["account"].rstrip("/").rsplit("/", 1)[-1])
    tp_pairs, f_pairs = _pairs(true_groups), _pairs(found)
    hit = len(tp_pairs & f_pairs)
    in_networks = set().union(*found.values()) if found else set()
    return {
        "operators": len(true_groups),
        "operator_accounts": sum(len(g) for g in true_groups.values()),
        "networks_found": len(found),
        "true_pairs": len(tp_pairs),
        "pairs_found": len(f_pairs),
        "pairs_correct": hit,
        "precision": round(hit / len(f_pairs), 3) if f_pairs else None,
        "recall": round(hit / len(tp_pairs), 3) if tp_pairs else None,
        "honest_merged": sorted(a for a in in_networks if not operator_of.get(a)),
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m knockoff.crawler.demoshop.evaluate --truth SHOP/truth.json --candidates RUN/candidates.parquet`."""
    import argparse

    import pyarrow.parquet as pq

    ap = argparse.ArgumentParser(description="Score a run's candidates against the demo shop's truth.json.")
    ap.add_argument("--truth", required=True, type=Path, help="truth.json written by generate_shop")
    ap.add_argument("--candidates", type=Path, help="candidates.parquet (or ranked.parquet) of a run")
    ap.add_argument(
        "--networks", type=Path, help="a night's network members (LAKE/networks/date=D/members.parquet)"
    )
    ap.add_argument(
        "--min-score", type=float, default=0.0, help="count only candidates scoring at least this"
    )
    args = ap.parse_args(argv)
    if not (args.candidates or args.networks):
        ap.error("give --candidates and/or --networks")
    out: dict[str, Any] = {}
    if args.candidates:
        table = pq.read_table(args.candidates, columns=["brand", "url", "score"])
        out = evaluate(args.truth, table, args.min_score)
    if args.networks:
        out["networks"] = evaluate_networks(args.truth, pq.read_table(args.networks))
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
