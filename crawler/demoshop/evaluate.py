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


def main(argv: list[str] | None = None) -> int:
    """`python -m knockoff.crawler.demoshop.evaluate --truth SHOP/truth.json --candidates RUN/candidates.parquet`."""
    import argparse

    import pyarrow.parquet as pq

    ap = argparse.ArgumentParser(description="Score a run's candidates against the demo shop's truth.json.")
    ap.add_argument("--truth", required=True, type=Path, help="truth.json written by generate_shop")
    ap.add_argument(
        "--candidates", required=True, type=Path, help="candidates.parquet (or ranked.parquet) of a run"
    )
    ap.add_argument(
        "--min-score", type=float, default=0.0, help="count only candidates scoring at least this"
    )
    args = ap.parse_args(argv)
    table = pq.read_table(args.candidates, columns=["brand", "url", "score"])
    print(json.dumps(evaluate(args.truth, table, args.min_score), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
