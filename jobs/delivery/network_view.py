"""The "networks" view of a brand's report: the seller networks behind the report's candidates.

`network_summaries` reads the networks snapshot of the run's night (jobs/night/networks.py);
`network_view` keeps the networks that hold at least one of the report's candidates and says
which candidates (by rank) and how many of them the brand confirmed. The template is
templates/_networks.html.j2 (included by report.html.j2).
"""

from __future__ import annotations

from typing import Any

CONFIRMED_FEEDBACK = ("confirmed", "seller_confirmed", "network_confirmed")


def network_summaries(lake_root: str | None, dates: list[str]) -> dict[str, dict[str, Any]]:
    """network_id -> its NETWORKS_SCHEMA row, from the snapshot on or before the run's last night
    ({} when the lake has none or the run's lake is unknown)."""
    from knockoff.jobs.night.networks import load_networks

    if not lake_root:
        return {}
    snap = load_networks(lake_root, dates[-1] if dates else None)
    if snap is None:
        return {}
    return {r["network_id"]: r for r in snap["networks"].to_dict("records")}


def network_view(rows: list[dict[str, Any]], summaries: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """One entry per network holding some of `rows` (ranked dicts with network_id), best rank first:
    id, sellers, sites, accounts, listings, first/last seen, evidence, the rows' ranks, confirmed."""
    by_net: dict[str, list[dict]] = {}
    for r in rows:
        if r.get("network_id"):
            by_net.setdefault(r["network_id"], []).append(r)
    out = []
    for nid, rs in by_net.items():
        s = summaries.get(nid) or {}
        ranks = sorted(int(r["rank"]) for r in rs if r.get("rank") is not None)
        out.append(
            {
                "id": nid,
                "sellers": s.get("sellers") or ", ".join(sorted({r.get("seller") or "" for r in rs})),
                "sites": s.get("sites") or "",
                "accounts": s.get("accounts") or rs[0].get("network_sellers"),
                "listings": s.get("listings"),
                "first_seen": s.get("first_seen"),
                "last_seen": s.get("last_seen"),
                "evidence": s.get("evidence") or "",
                "ranks": ranks,
                "confirmed": sum(1 for r in rs if r.get("feedback") in CONFIRMED_FEEDBACK),
            }
        )
    out.sort(key=lambda n: (n["ranks"][0] if n["ranks"] else 10**9, n["id"]))
    return out
