"""`knockoff networks list|show`: the seller networks the networks stage stored in the lake.

    knockoff networks list --lake LAKE [--date D] [--min-accounts 2]
    knockoff networks show NETWORK --lake LAKE [--date D]

`list` prints one line per network (accounts, listings, sites, sellers, first/last seen, the
evidence kinds); `show` prints one network's sellers, listings and every link with its evidence.
Reads the latest snapshot on or before `--date` (default: the latest).
"""

from __future__ import annotations

import argparse
from typing import Any

from knockoff.errors import KnockoffError
from knockoff.lake import check_date, check_lake


def _load(lake: str, date: str | None) -> dict[str, Any]:
    from knockoff.jobs.night.networks import load_networks

    if date:
        check_date(date)
    lk = check_lake(lake)
    snap = load_networks(lk, date)
    if snap is None:
        when = f" on or before {date}" if date else ""
        raise KnockoffError(
            f"no networks in lake {lake!r}{when}: run `knockoff nightly` (networks stage) first"
        )
    return snap


def _cut(text: Any, n: int) -> str:
    s = " ".join(str(text if text is not None else "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def format_list(snap: dict[str, Any], min_accounts: int = 2) -> str:
    """The `list` output (a header line, then one line per network)."""
    nets = snap["networks"]
    nets = nets[nets["accounts"] >= min_accounts]
    lines = [f"networks on {snap['date']}: {len(nets)}"]
    if nets.empty:
        return "\n".join(lines)
    lines.append(
        f"{'NETWORK':<12} {'SELLERS':>7} {'LISTINGS':>8} {'FIRST':<10} {'LAST':<10} {'SITES':<20} SELLER NAMES / EVIDENCE"
    )
    for r in nets.itertuples():
        lines.append(
            f"{r.network_id:<12} {r.accounts:>7} {r.listings:>8} {r.first_seen:<10} {r.last_seen:<10} "
            f"{_cut(r.sites, 20):<20} {_cut(r.sellers, 60)} [{_cut(r.evidence, 80)}]"
        )
    return "\n".join(lines)


def format_show(snap: dict[str, Any], network_id: str) -> str:
    """The `show` output for one network; KnockoffError if it is not in the snapshot."""
    nets = snap["networks"]
    row = nets[nets["network_id"] == network_id]
    if row.empty:
        raise KnockoffError(f"no network {network_id!r} on {snap['date']} (see `knockoff networks list`)")
    n = row.iloc[0]
    mem = snap["members"][snap["members"]["network_id"] == network_id]
    links = snap["links"][snap["links"]["network_id"] == network_id]
    lines = [
        f"network {network_id} ({snap['date']}): {n.accounts} sellers, {n.listings} listings on {n.sites}; "
        f"first seen {n.first_seen}, last seen {n.last_seen}",
        f"evidence: {n.evidence}",
        "",
        "sellers:",
    ]
    acc = mem.groupby("account").agg(
        site=("site", "first"),
        seller=("seller", "first"),
        seller_url=("seller_url", "first"),
        listings=("listing_id", "nunique"),
        first_seen=("first_seen", "min"),
        last_seen=("last_seen", "max"),
    )
    for a, r in acc.iterrows():
        lines.append(
            f"  {a}: {_cut(r.seller, 40)} ({r.listings} listings, {r.first_seen} .. {r.last_seen}) "
            f"{r.seller_url or ''}".rstrip()
        )
    lines += ["", "listings:"]
    for r in mem.sort_values(["account", "first_seen", "listing_id"]).itertuples():
        lines.append(f"  {r.listing_id} {r.site} {_cut(r.seller, 24)}: {_cut(r.title, 50)} <{r.url}>")
    lines += ["", "links (* = strong enough on its own or with the pair's other evidence):"]
    links = links.sort_values(["accepted", "weight"], ascending=[False, False])
    for r in links.itertuples():
        mark = "*" if r.accepted else " "
        lines.append(
            f" {mark} {r.kind:<15} {_cut(r.value, 70)} | {r.account_a} ({r.listing_a}) ~ {r.account_b} "
            f"({r.listing_b}) | weight {r.weight:.2f}, shared by {r.df} sellers"
        )
    return "\n".join(lines)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "networks",
        help="seller networks: one operator behind several shop names, across sites and nights",
        description="List the seller networks the nightly networks stage found, or show one with its sellers, "
        "listings, sites, first/last seen and the evidence of every link.",
    )
    nsub = p.add_subparsers(dest="networks_command", metavar="ACTION", required=True)
    ls = nsub.add_parser("list", help="one line per network", description="One line per network.")
    ls.add_argument("--lake", required=True, help="lake root (path or fsspec URL)")
    ls.add_argument("--date", help="the snapshot on or before this date (default: the latest)")
    ls.add_argument(
        "--min-accounts", type=int, default=2, help="only networks with at least this many sellers"
    )
    ls.set_defaults(handler=_cmd_list)
    sh = nsub.add_parser(
        "show", help="one network: sellers, listings, evidence", description="Show one network in full."
    )
    sh.add_argument("network", help="network id (from `knockoff networks list`)")
    sh.add_argument("--lake", required=True, help="lake root (path or fsspec URL)")
    sh.add_argument("--date", help="the snapshot on or before this date (default: the latest)")
    sh.set_defaults(handler=_cmd_show)


def _cmd_list(args: argparse.Namespace) -> int:
    print(format_list(_load(args.lake, args.date), args.min_accounts))
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    print(format_show(_load(args.lake, args.date), args.network))
    return 0
