"""`knockoff feedback`: import a brand's verdicts, export them, write takedown notices.

The command layer over `jobs.feedback` (the verdict store and how verdicts apply) and the rank
stage (takedowns read a run's ranked rows): kept apart from `jobs.feedback`, which the rank stage
itself uses, so the two do not import each other.
"""

from __future__ import annotations

import argparse
import csv
import io
from pathlib import Path

from knockoff.jobs.feedback import (
    AUTHORISED,
    CONFIRMED,
    REJECTED,
    FeedbackIndex,
    import_feedback,
    load_feedback,
    write_takedowns,
)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "feedback",
        help="import a brand's verdicts, export them, write takedown notices",
        description="Brand feedback: confirmed / rejected / authorised verdicts used by the next night.",
    )
    fsub = p.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)

    imp = fsub.add_parser(
        "import",
        help="store a brand's candidates.csv with the verdict column filled in",
        description="Store a brand's verdicts (CSV with verdict = confirmed, rejected or authorised and "
        "listing_id or url; seller for authorised) in the lake under feedback/.",
    )
    imp.add_argument("--lake", required=True, help="lake root (path or fsspec URL)")
    imp.add_argument("--brand", required=True, help="brand name as in brands.yaml")
    imp.add_argument("file", help="the CSV the brand sent back")
    imp.set_defaults(handler=_cmd_import)

    exp = fsub.add_parser(
        "export",
        help="write the stored verdicts of a brand as CSV",
        description="Write every stored verdict for a brand (latest per listing) as CSV.",
    )
    exp.add_argument("--lake", required=True, help="lake root (path or fsspec URL)")
    exp.add_argument("--brand", required=True, help="brand name as in brands.yaml")
    exp.add_argument("--out", default="-", help="output CSV file (default: standard output)")
    exp.set_defaults(handler=_cmd_export)

    td = fsub.add_parser(
        "takedowns",
        help="write takedown notices for confirmed listings, one file per marketplace",
        description="Write one Markdown takedown notice per marketplace listing the run's brand-confirmed "
        "listings: URL, the mark, the evidence.",
    )
    td.add_argument("--run", required=True, help="run folder (LAKE/runs/RUN_ID)")
    td.add_argument("--out", required=True, help="folder for the notices")
    td.add_argument("--lake", help="lake root (default: the run's lake from its manifest)")
    td.set_defaults(handler=_cmd_takedowns)


def _cmd_import(args: argparse.Namespace) -> int:
    res = import_feedback(args.lake, args.brand, args.file)
    extra = " (already imported)" if res["already_imported"] else ""
    counts = ", ".join(f"{k} {res.get(k, 0)}" for k in (CONFIRMED, REJECTED, AUTHORISED))
    print(f"feedback {args.brand}: {res['rows']} verdicts ({counts}){extra} -> {res['stored']}")
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    idx = FeedbackIndex(load_feedback(args.lake, [args.brand]))
    rows = [r for r in idx.by_listing.values() if r["brand"] == args.brand]
    cols = ["brand", "listing_id", "url", "seller", "verdict", "evidence_fingerprint", "note", "imported_at"]
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=cols, extrasaction="ignore")
    w.writeheader()
    for r in rows:
        w.writerow({**r, "imported_at": r["imported_at"].isoformat() if r["imported_at"] else ""})
    if args.out == "-":
        print(buf.getvalue(), end="")
    else:
        Path(args.out).write_text(buf.getvalue(), encoding="utf-8")
    return 0


def _cmd_takedowns(args: argparse.Namespace) -> int:
    from knockoff.jobs.night.networks import load_networks  # pandas, faiss: only when run
    from knockoff.jobs.night.rank import load_ranked
    from knockoff.jobs.records.rundir import RunDir

    ranked, run_id = load_ranked(args.run, lake=args.lake)
    run = RunDir(args.run)
    root = args.lake or run.lake()
    dates = run.dates()
    nets = load_networks(root, dates[-1] if dates else None) if root else None
    paths = write_takedowns(ranked, args.out, run_id=run_id, networks=nets)
    n = sum(1 for r in ranked if r.get("feedback") == CONFIRMED)
    print(f"takedowns: {n} confirmed listing(s) in {len(paths)} notice(s) under {args.out}")
    return 0
