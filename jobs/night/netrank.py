"""The network signal in the ranking: a listing whose seller network holds confirmed fakes rises.

The rank stage calls `apply_network_signal` after the brand feedback: every candidate gets its
network id and the number of sellers in it; a candidate whose network holds listings that a
brand confirmed as infringing, sold by other sellers of the network, gets
`score <- 1 - (1 - score) * (1 - boost)` and a reason a person can check, e.g.
"same photos and phone number as 3 listing(s) confirmed fake on 2026-11-20 (network N1a2b...:
3 sellers on 2 sites, score 0.41 -> 0.56)". Listings the brand confirmed itself, or already
boosted because their own seller has confirmed listings, are annotated but not boosted again.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import pandas as pd

from knockoff.jobs.feedback import CONFIRMED, FeedbackIndex, rerank

NETWORK_CONFIRMED = "network_confirmed"
PHRASES = {
    "image": "photos",
    "phash": "photos",
    "official_image": "official photos",
    "official_phash": "official photos",
    "email": "email",
    "phone": "phone number",
    "telegram": "Telegram handle",
    "wechat": "WeChat id",
    "url": "shop URL",
    "name": "seller name",
    "text": "description",
}


def _phrase(kinds: set[str]) -> str:
    words = sorted({PHRASES.get(k, k) for k in kinds})
    if not words:
        return ""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def apply_network_signal(
    rows: list[dict[str, Any]],
    snapshot: dict[str, Any] | None,
    feedback: list[dict[str, Any]],
    boost: float = 0.25,
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Add `network_id`/`network_sellers` to ranked rows, boost those whose network holds
    confirmed fakes of other sellers (any brand), re-rank. `snapshot`: jobs.night.networks
    .load_networks(...) or None. Returns (rows, counts)."""
    counts: dict[str, int] = defaultdict(int)
    if snapshot is None or snapshot["members"].empty:
        for r in rows:
            r.setdefault("network_id", None)
            r.setdefault("network_sellers", None)
        return rows, {}
    mem: pd.DataFrame = snapshot["members"]
    by_listing = mem.drop_duplicates("listing_id").set_index("listing_id")
    by_url = mem.dropna(subset=["url"]).drop_duplicates("url").set_index("url")["listing_id"]
    nets = snapshot["networks"].set_index("network_id")
    links: pd.DataFrame = snapshot["links"]
    links = links[links["accepted"]]

    # confirmed listings per network: (listing_id, account, when)
    confirmed: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for v in FeedbackIndex(feedback).by_listing.values():
        if v["verdict"] != CONFIRMED:
            continue
        lid = v["listing_id"] if v["listing_id"] in by_listing.index else by_url.get(v["url"])
        if lid is None or lid not in by_listing.index:
            continue
        m = by_listing.loc[lid]
        when = v["imported_at"].date().isoformat() if v.get("imported_at") is not None else "?"
        if (lid, m["account"], when) not in confirmed[m["network_id"]]:
            confirmed[m["network_id"]].append((lid, m["account"], when))

    for r in rows:
        lid = r["listing_id"]
        if lid not in by_listing.index:
            r["network_id"], r["network_sellers"] = None, None
            continue
        m = by_listing.loc[lid]
        nid, account = m["network_id"], m["account"]
        r["network_id"] = nid
        r["network_sellers"] = int(nets.loc[nid, "accounts"]) if nid in nets.index else None
        counts["in_network"] += 1
        others = [c for c in confirmed.get(nid, []) if c[0] != lid and c[1] != account]
        if not others or r.get("feedback") in (CONFIRMED, "seller_confirmed"):
            continue
        their = {c[1] for c in others}
        direct = links[
            ((links["account_a"] == account) & links["account_b"].isin(their))
            | ((links["account_b"] == account) & links["account_a"].isin(their))
        ]
        kinds = set(direct["kind"]) or set(links[links["network_id"] == nid]["kind"])
        what = f"same {_phrase(kinds)} as" if len(direct) else f"linked by {_phrase(kinds)} to"
        when = max(c[2] for c in others)
        old = float(r["score"])
        r["score"] = 1.0 - (1.0 - old) * (1.0 - boost)
        sites = nets.loc[nid, "sites"] if nid in nets.index else ""
        n_sites = len([s for s in str(sites).split(", ") if s])
        reason = (
            f"{what} {len(others)} listing(s) confirmed fake on {when} (network {nid}: "
            f"{r['network_sellers']} sellers on {n_sites} site(s), score {old:.2f} -> {r['score']:.2f})"
        )
        r["reasons"] = f"{r['reasons']}; {reason}" if r.get("reasons") else reason
        r["feedback"] = r.get("feedback") or NETWORK_CONFIRMED
        counts["boosted_network_confirmed"] += 1
    return rerank(rows), dict(counts)
