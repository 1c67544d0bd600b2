"""`knockoff runs list/show/diff`: look at stored runs and compare two of them.

A diff joins two runs' candidates on (brand, listing) and says what is new, what dropped out and
what moved up or down, with the reason: the per-signal score changes read from the evidence,
plus feedback applied (when the runs were ranked) and a changed best image or mark.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from typing import Any

import fsspec
import pyarrow.parquet as pq

from knockoff.errors import KnockoffError
from knockoff.jobs.delivery.evidence import parse_evidence
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import check_lake


def runs_root(lake: str | None, runs: str | None = None) -> str:
    if runs:
        return runs
    if not lake:
        raise KnockoffError("give --lake (runs are under LAKE/runs) or --runs")
    return lake.rstrip("/") + "/runs"


def check_roots(lake: str | None, runs: str | None) -> None:
    """KnockoffError (one line) when a `--lake` or `--runs` folder given on the command line does not exist
    (a mistyped path would otherwise list no runs, or find none, as if the folder were empty)."""
    if lake:
        check_lake(lake)
    if runs:
        fs, path = fsspec.core.url_to_fs(runs)
        if not fs.isdir(path):
            raise KnockoffError(f"runs folder {runs!r} not found")


def list_runs(root: str) -> list[dict[str, Any]]:
    """Every run folder under `root` with a manifest, newest first."""
    fs, path = fsspec.core.url_to_fs(root)
    if not fs.isdir(path):
        return []
    out = []
    for p in fs.ls(path, detail=False):
        name = p.rstrip("/").rsplit("/", 1)[-1]
        if name.startswith("."):
            continue
        run = RunDir(p if "://" not in root else f"{root.split('://')[0]}://{p}")
        m = run.manifest()
        if not m and not run.exists("candidates.parquet"):
            continue
        stages = m.get("stages") if isinstance(m.get("stages"), dict) else {}
        out.append(
            {
                "run_id": m.get("run_id") or name,
                "path": run.root,
                "created": str(m.get("created") or ""),
                "status": m.get("status") or "",
                "dates": run.dates(),
                "model_version": m.get("model_version") or "",
                "config_hash": m.get("config_hash") or "",
                "counts": m.get("counts") or {},
                "stages": {k: (v or {}).get("status") for k, v in stages.items() if isinstance(v, dict)},
            }
        )
    out.sort(key=lambda r: (r["created"], r["run_id"]), reverse=True)
    return out


def resolve_run(ref: str, lake: str | None = None, runs: str | None = None) -> RunDir:
    """A run given as a folder or as a run id under LAKE/runs."""
    run = RunDir(ref)
    if run.exists("manifest.json") or run.exists("candidates.parquet"):
        return run
    if lake or runs:
        cand = RunDir(runs_root(lake, runs).rstrip("/") + "/" + ref)
        if cand.exists("manifest.json") or cand.exists("candidates.parquet"):
            return cand
    raise KnockoffError(f"run {ref!r} not found (give its folder, or a run id with --lake)")


def _rows(run: RunDir, ranked: bool = True) -> dict[tuple[str, str], dict]:
    name = "ranked.parquet" if ranked and run.exists("ranked.parquet") else "candidates.parquet"
    t = pq.read_table(run.join(name), filesystem=run.fs)
    return {(r["brand"], r["listing_id"]): r for r in t.to_pylist()}


@dataclass
class Change:
    """One (brand, listing) compared across two runs."""

    brand: str
    listing_id: str
    title: str
    kind: str  # new, dropped, up, down, same
    rank_a: int | None
    rank_b: int | None
    score_a: float | None
    score_b: float | None
    signals: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def why(self) -> str:
        parts = []
        for k, (a, b) in sorted(self.signals.items(), key=lambda kv: -abs((kv[1][1] or 0) - (kv[1][0] or 0))):
            if a is None:
                parts.append(f"{k} {_f(b)} (new signal)")
            elif b is None:
                parts.append(f"{k} {_f(a)} (gone)")
            else:
                parts.append(f"{k} {_f(a)}->{_f(b)}")
        return "; ".join(parts + self.notes) or "-"

    def to_dict(self) -> dict[str, Any]:
        d = dict(self.__dict__)
        d["why"] = self.why()
        return d


def _f(v: float | None) -> str:
    return "-" if v is None else f"{v:.2f}"


def diff_runs(a: RunDir, b: RunDir, min_signal_delta: float = 0.01, raw: bool = False) -> list[Change]:
    """Every (brand, listing) in either run: new, dropped, up, down, rescored or same.

    Compares the ranked candidates (after feedback) when both runs have them, else what matching
    wrote (`raw=True` forces that)."""
    ranked = not raw and a.exists("ranked.parquet") and b.exists("ranked.parquet")
    ra, rb = _rows(a, ranked), _rows(b, ranked)
    out = []
    for key in sorted(set(ra) | set(rb)):
        x, y = ra.get(key), rb.get(key)
        ea, eb = parse_evidence(x["evidence"] if x else None), parse_evidence(y["evidence"] if y else None)
        sig = {}
        for k in sorted(set(ea.signals) | set(eb.signals)):
            va, vb = ea.signals.get(k), eb.signals.get(k)
            if va is None or vb is None or abs(va - vb) >= min_signal_delta:
                sig[k] = (va, vb)
        notes = []
        if x and y:
            if ea.image != eb.image:
                notes.append("best image changed")
            if ea.mark != eb.mark:
                notes.append(f"mark {ea.mark or '-'}->{eb.mark or '-'}")
            if x.get("feedback") != y.get("feedback") and (x.get("feedback") or y.get("feedback")):
                notes.append(f"feedback {x.get('feedback') or '-'}->{y.get('feedback') or '-'}")
            if x.get("price") != y.get("price"):
                notes.append(f"price {x.get('price')}->{y.get('price')}")
            kind = "up" if y["rank"] < x["rank"] else "down" if y["rank"] > x["rank"] else "same"
            if kind == "same" and abs(float(x["score"]) - float(y["score"])) >= 1e-6:
                kind = "rescored"
        else:
            kind = "new" if y else "dropped"
        row = y or x
        out.append(
            Change(
                brand=key[0],
                listing_id=key[1],
                title=(row.get("title") or "")[:80],
                kind=kind,
                rank_a=x["rank"] if x else None,
                rank_b=y["rank"] if y else None,
                score_a=float(x["score"]) if x else None,
                score_b=float(y["score"]) if y else None,
                signals=sig,
                notes=notes,
            )
        )
    return out


def _print_diff(changes: list[Change], a: RunDir, b: RunDir, show_same: bool, limit: int) -> None:
    from rich.console import Console
    from rich.table import Table

    console = Console(highlight=False, width=None if sys.stdout.isatty() else 160)
    counts: dict[str, int] = {}
    for c in changes:
        counts[c.kind] = counts.get(c.kind, 0) + 1
    console.print(
        f"diff {a.run_id} -> {b.run_id}: "
        + ", ".join(f"{k} {counts.get(k, 0)}" for k in ("new", "dropped", "up", "down", "rescored", "same"))
    )
    for brand in sorted({c.brand for c in changes}):
        rows = [c for c in changes if c.brand == brand and (show_same or c.kind != "same")]
        if not rows:
            continue
        rows.sort(key=lambda c: (c.rank_b if c.rank_b is not None else 10**9, c.rank_a or 0))
        t = Table(title=brand, title_justify="left")
        for col in ("change", "rank", "score", "listing", "why"):
            t.add_column(col, overflow="fold")
        for c in rows[:limit]:
            t.add_row(
                c.kind,
                f"{c.rank_a or '-'} -> {c.rank_b or '-'}",
                f"{_f(c.score_a)} -> {_f(c.score_b)}",
                _plain(f"{c.title} ({c.listing_id})"),
                _plain(c.why()),
            )
        console.print(t)


def _plain(text: str):
    from rich.text import Text

    return Text(text)  # scraped titles are not rich markup


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "runs",
        help="list, show and compare stored runs",
        description="Look at the runs stored under LAKE/runs (or --runs) and compare two of them.",
    )
    rsub = p.add_subparsers(dest="runs_command", metavar="ACTION", required=True)

    ls = rsub.add_parser("list", help="list runs, newest first", description="List runs, newest first.")
    ls.add_argument("--lake", help="lake root (runs are under LAKE/runs)")
    ls.add_argument("--runs", help="folder holding run folders (instead of LAKE/runs)")
    ls.add_argument("--json", action="store_true", help="print JSON instead of a table")
    ls.set_defaults(handler=_cmd_list)

    sh = rsub.add_parser(
        "show", help="show a run's manifest and top candidates", description="Show a run's manifest summary."
    )
    sh.add_argument("run", help="run folder, or run id with --lake")
    sh.add_argument("--lake", help="lake root (to find a run by id)")
    sh.add_argument("--runs", help="folder holding run folders (instead of LAKE/runs)")
    sh.add_argument("--top", type=int, default=5, help="top candidates shown per brand (default 5)")
    sh.add_argument("--json", action="store_true", help="print the manifest as JSON")
    sh.set_defaults(handler=_cmd_show)

    df = rsub.add_parser(
        "diff",
        help="what moved up or down between two runs, and why",
        description="Compare RUN_A with RUN_B per brand: new, dropped, moved up/down, rescored, with the "
        "per-signal score changes read from the evidence.",
    )
    df.add_argument("run_a", metavar="RUN_A", help="the earlier run (folder, or run id with --lake)")
    df.add_argument("run_b", metavar="RUN_B", help="the later run (folder, or run id with --lake)")
    df.add_argument("--lake", help="lake root (to find runs by id)")
    df.add_argument("--runs", help="folder holding run folders (instead of LAKE/runs)")
    df.add_argument(
        "--raw", action="store_true", help="compare matching's candidates.parquet, before feedback"
    )
    df.add_argument("--all", action="store_true", help="also list candidates that did not change")
    df.add_argument("--limit", type=int, default=50, help="rows shown per brand (default 50)")
    df.add_argument("--json", action="store_true", help="print JSON (one object per change)")
    df.set_defaults(handler=_cmd_diff)


def short_model(version: str) -> str:
    """A model version as `runs list` shows it: its release tag ("v31") and 8 hex of the SHA-256 of the whole
    string, which tells two versions apart (the whole string, 300+ characters of knobs and digests, is in
    `runs show` and the manifest). "" for none."""
    if not version:
        return ""
    tag = re.search(r"-(v\d+)(?=\+|$|-)", version)
    digest = hashlib.sha256(version.encode()).hexdigest()[:8]
    return f"{tag.group(1) if tag else 'model'}:{digest}"


def _cmd_list(args: argparse.Namespace) -> int:
    check_roots(args.lake, args.runs)
    runs = list_runs(runs_root(args.lake, args.runs))
    if args.json:
        print(json.dumps(runs, indent=2, default=str))
        return 0
    order = {s: i for i, s in enumerate(("crawl", "networks", "match", "rank", "deliver"))}
    lines = [("RUN", "CREATED", "STATUS", "DATES", "STAGES", "MODEL", "CANDIDATES")]
    for r in runs:
        stages = ",".join(
            f"{k}{'' if v == 'done' else ':' + str(v)}"
            for k, v in sorted(r["stages"].items(), key=lambda kv: order.get(kv[0], 9))
        )
        cands = r["counts"].get("candidates", "") if isinstance(r["counts"], dict) else ""
        lines.append(
            (
                r["run_id"],
                r["created"][:19],
                r["status"],
                ",".join(r["dates"]),
                stages or "-",
                short_model(r["model_version"]),
                str(cands),
            )
        )
    widths = [max(len(str(x[i])) for x in lines) for i in range(len(lines[0]))]
    for row in lines:
        print("  ".join(str(v).ljust(w) for v, w in zip(row, widths, strict=True)).rstrip())
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    check_roots(args.lake, args.runs)
    run = resolve_run(args.run, args.lake, args.runs)
    m = run.manifest()
    if args.json:
        print(json.dumps(m, indent=2, default=str))
        return 0
    print(f"run {run.run_id}  ({run.root})")
    for k in ("created", "status", "model_version", "code_version", "config_hash", "seeds"):
        if k in m:
            print(f"  {k}: {m[k]}")
    print(f"  dates: {', '.join(run.dates()) or '-'}")
    for k, v in (m.get("counts") or {}).items():
        print(f"  count {k}: {v}")
    for k, v in (m.get("stages") or {}).items():
        if isinstance(v, dict):
            print(f"  stage {k}: {v.get('status')} {v.get('finished') or ''}")
    rows = _rows(run) if (run.exists("ranked.parquet") or run.exists("candidates.parquet")) else {}
    for brand in sorted({b for b, _ in rows}):
        top = sorted((r for (b, _), r in rows.items() if b == brand), key=lambda r: r["rank"])[: args.top]
        print(f"  {brand}:")
        for r in top:
            title = " ".join(str(r.get("title") or "").split())[:70]
            print(f"    {r['rank']:>3}  {float(r['score']):.2f}  {title!r}  {r.get('url')}")
    return 0


def _cmd_diff(args: argparse.Namespace) -> int:
    check_roots(args.lake, args.runs)
    a = resolve_run(args.run_a, args.lake, args.runs)
    b = resolve_run(args.run_b, args.lake, args.runs)
    changes = diff_runs(a, b, raw=args.raw)
    if args.json:
        for c in changes:
            if args.all or c.kind != "same":
                print(json.dumps(c.to_dict(), default=str))
        return 0
    _print_diff(changes, a, b, args.all, args.limit)
    return 0
