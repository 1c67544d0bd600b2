"""Brand feedback: confirmed / rejected / authorised verdicts, and what the next night does with them.

A brand sends back its `candidates.csv` with the `verdict` column filled in (confirmed, rejected
or authorised; blank rows are ignored). `knockoff feedback import` stores it in the lake under
`feedback/brand=SLUG/` (one Parquet file per imported CSV, named by its content, so importing the
same file twice changes nothing). The latest verdict per (brand, listing) wins.

The rank stage applies it to the night's candidates (`apply_feedback`):
- rejected: dropped while their evidence fingerprint is the one the brand rejected; listed again
  (marked) once the evidence changes;
- confirmed: kept and marked; the same seller's other listings for that brand get a score boost;
- authorised: the seller (on that marketplace) is suppressed for that brand, and so is the listing.
Confirmed listings can be exported as takedown notices, one file per marketplace. The
`knockoff feedback` commands are in `jobs/feedback_cmd.py`.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import logging
from collections import defaultdict
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.errors import KnockoffError
from knockoff.jobs.delivery.evidence import brand_slug, marketplace, parse_evidence
from knockoff.lake import Lake, replace_atomic, write_table_atomic

log = logging.getLogger(__name__)

FEEDBACK_SCHEMA = pa.schema(
    [
        ("brand", pa.string()),
        ("listing_id", pa.string()),
        ("url", pa.string()),
        ("marketplace", pa.string()),
        ("seller", pa.string()),
        ("verdict", pa.string()),
        ("evidence_fingerprint", pa.string()),
        ("note", pa.string()),
        ("imported_at", pa.timestamp("us", tz="UTC")),
        ("source", pa.string()),
        ("row", pa.int32()),
    ]
)

CONFIRMED, REJECTED, AUTHORISED = "confirmed", "rejected", "authorised"
_VERDICTS = {
    "confirmed": CONFIRMED,
    "confirm": CONFIRMED,
    "infringing": CONFIRMED,
    "counterfeit": CONFIRMED,
    "yes": CONFIRMED,
    "rejected": REJECTED,
    "reject": REJECTED,
    "false positive": REJECTED,
    "not infringing": REJECTED,
    "no": REJECTED,
    "authorised": AUTHORISED,
    "authorized": AUTHORISED,
    "authorised seller": AUTHORISED,
    "authorized seller": AUTHORISED,
}
CONFIRMED_SELLER_BOOST = 0.3


def _seller_key(url: str | None, seller: str | None) -> tuple[str, str] | None:
    s = (seller or "").strip().lower()
    return (marketplace(url), s) if s else None


def parse_feedback_csv(data: bytes, brand: str, source: str) -> pa.Table:
    """Parse a brand's CSV (our candidates.csv with `verdict` filled in) into FEEDBACK_SCHEMA rows."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise KnockoffError(f"{source}: not UTF-8 text ({exc.reason})") from exc
    reader = csv.DictReader(io.StringIO(text))
    fields = {(f or "").strip().lower() for f in reader.fieldnames or []}
    if "verdict" not in fields:
        raise KnockoffError(
            f"{source}: no 'verdict' column (expected candidates.csv with verdicts filled in)"
        )
    if not fields & {"listing_id", "url"}:
        raise KnockoffError(f"{source}: needs a 'listing_id' or 'url' column")
    now = dt.datetime.now(dt.UTC)
    rows: list[dict[str, Any]] = []
    for n, raw in enumerate(reader, start=2):
        rec = {
            (k or "").strip().lower(): _unquote((v or "").strip()) for k, v in raw.items() if k is not None
        }
        verdict_text = rec.get("verdict", "").lower()
        if not verdict_text:
            continue
        verdict = _VERDICTS.get(verdict_text)
        if verdict is None:
            raise KnockoffError(
                f"{source}: line {n}: unknown verdict {rec.get('verdict')!r} "
                "(use confirmed, rejected or authorised)"
            )
        row_brand = rec.get("brand") or brand
        if row_brand != brand:
            raise KnockoffError(f"{source}: line {n}: brand {row_brand!r} is not {brand!r}")
        lid, url = rec.get("listing_id") or None, rec.get("url") or None
        if not lid and not url:
            raise KnockoffError(f"{source}: line {n}: needs a listing_id or a url")
        if verdict == AUTHORISED and not rec.get("seller"):
            raise KnockoffError(f"{source}: line {n}: 'authorised' needs the seller column")
        rows.append(
            {
                "brand": brand,
                "listing_id": lid,
                "url": url,
                "marketplace": marketplace(url),
                "seller": rec.get("seller") or None,
                "verdict": verdict,
                "evidence_fingerprint": rec.get("evidence_fingerprint") or None,
                "note": rec.get("note") or None,
                "imported_at": now,
                "source": source,
                "row": n,
            }
        )
    return pa.Table.from_pylist(rows, schema=FEEDBACK_SCHEMA)


def _unquote(value: str) -> str:
    """Undo the leading quote candidates.csv puts before formula-like cells."""
    if value.startswith("'") and value[1:2] in ("=", "+", "-", "@", "\t", "\r"):
        return value[1:]
    return value


def feedback_dir(lake: Lake, brand: str) -> str:
    return lake.join("feedback", f"brand={brand_slug(brand)}")


def import_feedback(lake: Lake | str, brand: str, path: str | Path) -> dict[str, Any]:
    """Store a brand's feedback CSV in the lake; returns counts per verdict."""
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    p = Path(path)
    if not p.is_file():
        raise KnockoffError(f"{p}: file not found")
    data = p.read_bytes()
    table = parse_feedback_csv(data, brand, p.name)
    digest = hashlib.sha256(brand.encode() + b"\0" + data).hexdigest()[:20]
    target = f"{feedback_dir(lake, brand)}/{digest}.parquet"
    counts: dict[str, int] = defaultdict(int)
    for v in table.column("verdict").to_pylist():
        counts[v] += 1
    if lake.fs.exists(target):
        return {"brand": brand, "rows": table.num_rows, "stored": target, "already_imported": True, **counts}
    write_table_atomic(lake, target, table)
    log.info("feedback %s: %d rows from %s -> %s", brand, table.num_rows, p, target)
    return {"brand": brand, "rows": table.num_rows, "stored": target, "already_imported": False, **counts}


def load_feedback(lake: Lake | str, brands: list[str] | None = None) -> list[dict[str, Any]]:
    """Every stored verdict (all brands, or the given ones), oldest first."""
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    base = lake.join("feedback")
    if not lake.fs.isdir(base):
        return []
    wanted = {brand_slug(b) for b in brands} if brands is not None else None
    rows: list[dict[str, Any]] = []
    for d in sorted(lake.fs.ls(base, detail=False)):
        name = d.rstrip("/").rsplit("/", 1)[-1]
        if not name.startswith("brand=") or (wanted is not None and name[6:] not in wanted):
            continue
        for f in sorted(lake.fs.ls(d, detail=False)):
            if f.endswith(".parquet"):
                rows += pq.read_table(f, filesystem=lake.fs).cast(FEEDBACK_SCHEMA).to_pylist()
    rows.sort(key=lambda r: (r["imported_at"], r["source"] or "", r["row"] or 0))
    return rows


class FeedbackIndex:
    """The latest verdicts, indexed the ways `apply_feedback` needs them."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.by_listing: dict[tuple[str, str], dict] = {}
        self.authorised: set[tuple[str, str, str]] = set()
        for r in rows:  # oldest first: later verdicts overwrite
            key = r["listing_id"] or r["url"]
            self.by_listing[(r["brand"], key)] = r
        for r in self.by_listing.values():
            sk = _seller_key(r["url"], r["seller"])
            if r["verdict"] == AUTHORISED and sk:
                self.authorised.add((r["brand"], *sk))
        self.confirmed_sellers: dict[tuple[str, str, str], int] = defaultdict(int)
        for r in self.by_listing.values():
            sk = _seller_key(r["url"], r["seller"])
            if r["verdict"] == CONFIRMED and sk:
                self.confirmed_sellers[(r["brand"], *sk)] += 1

    def verdict(self, brand: str, listing_id: str, url: str | None) -> dict | None:
        return self.by_listing.get((brand, listing_id)) or (
            self.by_listing.get((brand, url)) if url else None
        )


def apply_feedback(
    rows: list[dict[str, Any]], feedback: list[dict[str, Any]], boost: float = CONFIRMED_SELLER_BOOST
) -> tuple[list[dict[str, Any]], dict[str, int]]:
    """Apply verdicts to candidate rows (dicts with brand, listing_id, url, seller, score, reasons,
    evidence_fingerprint) and re-rank per brand. Returns (kept rows with `feedback` set, counts)."""
    idx = FeedbackIndex(feedback)
    counts: dict[str, int] = defaultdict(int)
    kept: list[dict[str, Any]] = []
    for row in rows:
        row = dict(row)
        row.setdefault("feedback", None)
        brand, sk = row["brand"], _seller_key(row.get("url"), row.get("seller"))
        v = idx.verdict(brand, row["listing_id"], row.get("url"))
        if sk and (brand, *sk) in idx.authorised:
            counts["suppressed_authorised"] += 1
            continue
        if v and v["verdict"] == AUTHORISED:
            counts["suppressed_authorised"] += 1
            continue
        if v and v["verdict"] == REJECTED:
            fp = v.get("evidence_fingerprint")
            if not fp or fp == row.get("evidence_fingerprint"):
                counts["suppressed_rejected"] += 1
                continue
            row["feedback"] = "rejected_evidence_changed"
            row["reasons"] = _join(row.get("reasons"), "rejected before; evidence has changed since")
            counts["relisted_evidence_changed"] += 1
        elif v and v["verdict"] == CONFIRMED:
            row["feedback"] = CONFIRMED
            row["reasons"] = _join(row.get("reasons"), "confirmed by the brand")
            counts["confirmed"] += 1
        elif sk and idx.confirmed_sellers.get((brand, *sk)):
            n = idx.confirmed_sellers[(brand, *sk)]
            old = float(row["score"])
            row["score"] = 1.0 - (1.0 - old) * (1.0 - boost)
            row["feedback"] = "seller_confirmed"
            row["reasons"] = _join(
                row.get("reasons"),
                f"seller {row.get('seller')} has {n} listing(s) confirmed as infringing "
                f"(score {old:.2f} -> {row['score']:.2f})",
            )
            counts["boosted_confirmed_seller"] += 1
        kept.append(row)
    return rerank(kept), dict(counts)


def rerank(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Sort by brand, then score (high first), ties by listing_id; rank 1.. per brand."""
    rows = sorted(rows, key=lambda r: (r["brand"], -float(r["score"]), r["listing_id"]))
    n, last = 0, None
    for r in rows:
        n = n + 1 if r["brand"] == last else 1
        last = r["brand"]
        r["rank"] = n
    return rows


def _join(reasons: str | None, extra: str) -> str:
    return f"{reasons}; {extra}" if reasons else extra


# ---- takedown notices -------------------------------------------------------------------------


def write_takedowns(
    ranked: list[dict[str, Any]],
    out_dir: str | Path,
    run_id: str = "",
    networks: dict[str, Any] | None = None,
) -> list[Path]:
    """One Markdown notice per marketplace listing the brand-confirmed listings with their evidence.

    `networks` (jobs.night.networks.load_networks): when a confirmed listing belongs to a seller
    network, the notice also names every storefront of that network (on this marketplace and
    elsewhere) with the evidence linking them, so one notice can cover the operator."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    by_market: dict[str, list[dict]] = defaultdict(list)
    for r in ranked:
        if r.get("feedback") == CONFIRMED:
            by_market[marketplace(r.get("url")) or "unknown"].append(r)
    written = []
    today = dt.date.today().isoformat()
    for market, rows in sorted(by_market.items()):
        rows.sort(key=lambda r: (r["brand"], r.get("rank") or 0))
        lines = [
            f"# Notice of infringing listings on {market}",
            "",
            f"Date: {today}. Run: {run_id or '-'}. Listings: {len(rows)}.",
            "",
            "The rights holders named below have reviewed each listing and confirmed that it infringes",
            "their trademark. We ask that the listings be removed.",
            "",
        ]
        for i, r in enumerate(rows, 1):
            ev = parse_evidence(r.get("evidence"))
            signals = ", ".join(f"{k} {v:.2f}" for k, v in sorted(ev.signals.items()))
            box = ", ".join(f"{x:.0f}" for x in ev.box) if ev.box else "-"
            lines += [
                f"## {i}. {_md(r.get('title') or '(no title)')}",
                "",
                f"- Listing URL: <{r.get('url')}>",
                f"- Mark: {_md(r['brand'])}" + (f" ({_md(ev.mark)})" if ev.mark else ""),
                f"- Seller: {_md(r.get('seller') or '-')}",
                f"- Price: {_price_text(r)}",
                f"- Score: {float(r['score']):.2f}",
                f"- Evidence: {_md(r.get('reasons') or '-')}",
                f"- Signals: {signals or '-'}",
                f"- Image (SHA-256 of the original bytes): {ev.image or '-'}; box (x0, y0, x1, y1): {box}",
                "",
            ]
        lines += _network_section(rows, networks)
        path = out / f"takedown-{_file_safe(market)}.md"
        text = "\n".join(lines)
        replace_atomic(path, lambda tmp, text=text: tmp.write_text(text, encoding="utf-8"))
        written.append(path)
    return written


def _network_section(rows: list[dict[str, Any]], networks: dict[str, Any] | None) -> list[str]:
    """Markdown naming every storefront of the seller networks the confirmed `rows` belong to."""
    ids = sorted({r.get("network_id") for r in rows if r.get("network_id")})
    if not networks or not ids:
        return []
    mem, nets, links = networks["members"], networks["networks"], networks["links"]
    lines = [
        "## Seller networks behind these listings",
        "",
        "Each network below is one operator: its storefronts share photos, contact details or wording",
        "(evidence listed). We ask that every storefront be reviewed, not only the listings above.",
        "",
    ]
    for nid in ids:
        row = nets[nets["network_id"] == nid]
        if row.empty:
            continue
        n = row.iloc[0]
        lines += [
            f"### Network {_md(nid)}: {n['accounts']} storefronts, {n['listings']} listings on {_md(n['sites'])}",
            "",
            f"First seen {n['first_seen']}, last seen {n['last_seen']}.",
            "",
        ]
        accs = mem[mem["network_id"] == nid].groupby("account")
        for account, g in accs:
            first = g.iloc[0]
            where = f"<{first['seller_url']}>" if first["seller_url"] else "-"
            lines.append(
                f"- Storefront {_md(first['seller'] or account)} on {_md(first['site'])}: {where}; "
                f"{g['listing_id'].nunique()} listing(s), seen {g['first_seen'].min()} to {g['last_seen'].max()}"
            )
        ev = links[(links["network_id"] == nid) & links["accepted"]]
        if len(ev):
            lines += ["", "Evidence linking them:"]
            for e in ev.drop_duplicates(["kind", "value"]).head(20).itertuples():
                lines.append(f"- {_md(e.kind)}: {_md(e.value)} ({_md(e.account_a)} and {_md(e.account_b)})")
        lines.append("")
    return lines


def _price_text(row: dict[str, Any]) -> str:
    """A notice's price: "14.45 EUR" (the listing's currency, when it has one), "14.45", or "-"."""
    if row.get("price") is None:
        return "-"
    cur = row.get("currency")
    return f"{row['price']} {_md(cur)}" if cur else str(row["price"])


def _md(text: str) -> str:
    """Neutralise Markdown/HTML in scraped text for a notice."""
    text = " ".join(str(text).split())
    for ch in "\\`*_[]<>#|":
        text = text.replace(ch, f"\\{ch}")
    return text


def _file_safe(name: str) -> str:
    return "".join(c if c.isalnum() or c in "._-" else "_" for c in name)[:100] or "unknown"
