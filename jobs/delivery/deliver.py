"""Delivery: per-brand CSV, Parquet and HTML report under RUN_DIR/brands/BRAND/, plus RUN_DIR/index.html.

A brand's folder holds that brand's candidates only (score >= deliver.min_score, at most
deliver.top_k; brand-confirmed ones always). Each folder is written beside its final place and
renamed into it, so a reader never sees half a delivery; a rerun replaces it.
"""

from __future__ import annotations

import argparse
import csv
import io
import logging
import uuid
from collections.abc import Iterable
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from knockoff.jobs.delivery.evidence import brand_slug
from knockoff.jobs.delivery.report import render_index, render_report
from knockoff.jobs.delivery.thumbs import find_image_bytes, make_thumb
from knockoff.jobs.feedback import CONFIRMED
from knockoff.jobs.night.rank import RANKED_SCHEMA, load_ranked
from knockoff.jobs.records.rundir import RunDir

from knockoff.config import DeliverConfig, KnockoffConfig, read_yaml
from knockoff.errors import ConfigError, KnockoffError
from knockoff.lake import Lake

log = logging.getLogger(__name__)

CSV_COLUMNS = [
    "brand",
    "rank",
    "score",
    "new_tonight",
    "first_seen",
    "last_seen",
    "listing_id",
    "url",
    "title",
    "price",
    "seller",
    "site",
    "reasons",
    "feedback",
    "evidence_fingerprint",
    "verdict",
    "note",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Keep spreadsheet programs from running scraped text as a formula (leading quote)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _brand_names(brands: Any, ranked: list[dict]) -> list[str]:
    if brands is None:
        return sorted({r["brand"] for r in ranked})
    if isinstance(brands, str):
        brands = brand_names_from_yaml(brands)
    names = []
    for b in brands if isinstance(brands, Iterable) else []:
        names.append(b if isinstance(b, str) else b.name)
    return names


def brand_names_from_yaml(path: str) -> list[str]:
    """The brand names in a brands.yaml (names only: marks are not loaded to deliver)."""
    data = read_yaml(path)
    items = data.get("brands") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise ConfigError(f"{path}: expected a mapping with a 'brands' list")
    names = [b.get("name") for b in items if isinstance(b, dict)]
    if not all(isinstance(n, str) and n for n in names):
        raise ConfigError(f"{path}: every brand needs a name")
    return names


def select_rows(ranked: list[dict], brand: str, cfg: DeliverConfig) -> list[dict]:
    """The brand's rows to deliver, in rank order."""
    rows = [r for r in ranked if r["brand"] == brand]
    rows.sort(key=lambda r: r["rank"])
    keep = [r for r in rows if float(r["score"]) >= cfg.min_score or r.get("feedback") == CONFIRMED]
    return keep[: cfg.top_k]


def _csv_bytes(rows: list[dict]) -> bytes:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    w.writeheader()
    for r in rows:
        rec = {**r, "score": f"{float(r['score']):.4f}", "new_tonight": "yes" if r.get("is_new") else ""}
        rec["verdict"] = rec["note"] = ""
        w.writerow({k: csv_cell(rec.get(k)) for k in CSV_COLUMNS})
    return buf.getvalue().encode("utf-8")


def _parquet_bytes(rows: list[dict]) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(pa.Table.from_pylist(rows, schema=RANKED_SCHEMA), sink, compression="zstd")
    return sink.getvalue().to_pybytes()


def _write_folder(run: RunDir, rel: str, files: dict[str, bytes]) -> str:
    """Write a folder's files beside it, then swap it into place (replacing an older one)."""
    fs = run.fs
    final = run.join(rel)
    parent, name = final.rsplit("/", 1)
    tmp = f"{parent}/.tmp-{name}-{uuid.uuid4().hex[:10]}"
    fs.makedirs(tmp, exist_ok=True)
    for fname, data in files.items():
        with fs.open(f"{tmp}/{fname}", "wb") as fh:
            fh.write(data)
    old = None
    if fs.exists(final):
        old = f"{tmp}.old"
        fs.mv(final, old, recursive=True)
    fs.mv(tmp, final, recursive=True)
    if old:
        fs.rm(old, recursive=True)
    return final


def deliver(
    run_dir: str,
    lake: str | Lake | None = None,
    brands: Any = None,
    config: KnockoffConfig | DeliverConfig | None = None,
) -> dict[str, Any]:
    """Write every brand's deliverables and the run index; returns per-brand counts and paths.

    `brands`: Brand objects, brand names, a brands.yaml path, or None (the brands in the run).
    """
    cfg = config.deliver if isinstance(config, KnockoffConfig) else (config or DeliverConfig())
    run = RunDir(run_dir)
    lake_root = lake.root if isinstance(lake, Lake) else (lake or run.lake())
    ranked, run_id = load_ranked(run_dir, lake=lake_root)
    if brands is None:  # the brands the run matched (from its manifest), else those with candidates
        mb = run.manifest().get("brands")
        brands = mb.get("names") if isinstance(mb, dict) and isinstance(mb.get("names"), list) else None
    names = _brand_names(brands, ranked)
    unknown = sorted({r["brand"] for r in ranked} - set(names))
    if unknown:
        log.warning("candidates for brands not in the brand list are not delivered: %s", ", ".join(unknown))
    selected = {name: select_rows(ranked, name, cfg) for name in names}

    thumbs = {}
    if cfg.thumbnails and lake_root:
        wanted = {r["image_sha256"] for rows in selected.values() for r in rows if r.get("image_sha256")}
        for sha, data in find_image_bytes(Lake(lake_root), wanted).items():
            t = make_thumb(data)
            if t:
                thumbs[sha] = t

    dates = run.dates()
    date = dates[-1] if dates else None
    fb_counts: dict[str, dict[str, int]] = {}
    for r in ranked:
        if r.get("feedback"):
            c = fb_counts.setdefault(r["brand"], {})
            c[r["feedback"]] = c.get(r["feedback"], 0) + 1
    out: dict[str, Any] = {"run_id": run_id, "brands": {}}
    index_rows = []
    for name in names:
        rows = selected[name]
        slug = brand_slug(name)
        html = render_report(name, rows, thumbs, run_id, date, fb_counts.get(name))
        path = _write_folder(
            run,
            f"brands/{slug}",
            {
                "candidates.csv": _csv_bytes(rows),
                "candidates.parquet": _parquet_bytes(rows),
                "report.html": html.encode("utf-8"),
            },
        )
        n_new = sum(1 for r in rows if r.get("is_new"))
        out["brands"][name] = {
            "candidates": len(rows),
            "new": n_new,
            "dir": path,
            "report": f"{path}/report.html",
        }
        top = max((float(r["score"]) for r in rows), default=None)
        index_rows.append({"name": name, "dir": f"brands/{slug}", "n": len(rows), "new": n_new, "top": top})
    out["index"] = run.write_bytes("index.html", render_index(run_id, date, index_rows).encode("utf-8"))
    log.info("deliver %s: %s", run_id, {k: v["candidates"] for k, v in out["brands"].items()})
    return out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deliver",
        help="write per-brand CSV, Parquet and HTML reports for a run",
        description="Write RUN_DIR/brands/BRAND/{candidates.csv, candidates.parquet, report.html} and "
        "RUN_DIR/index.html from the run's ranked candidates (ranking them first if the rank stage "
        "has not run).",
    )
    p.add_argument("--run", required=True, help="run folder (LAKE/runs/RUN_ID)")
    p.add_argument("--lake", help="lake root for thumbnails, history and feedback (default: the run's lake)")
    p.add_argument("--brands", help="brands.yaml: deliver every brand in it (default: brands in the run)")
    p.add_argument(
        "--config", help="knockoff.yaml whose deliver section to use (top_k, min_score, thumbnails)"
    )
    p.add_argument("--top-k", type=int, help="at most this many candidates per brand (overrides the config)")
    p.add_argument(
        "--min-score", type=float, help="deliver candidates scoring at least this (overrides the config)"
    )
    p.set_defaults(handler=_cmd_deliver)


def _cmd_deliver(args: argparse.Namespace) -> int:
    from knockoff.config import load_config

    cfg = load_config(args.config) if args.config else KnockoffConfig()
    if args.top_k is not None:
        cfg.deliver.top_k = args.top_k
    if args.min_score is not None:
        cfg.deliver.min_score = args.min_score
    if not RunDir(args.run).fs.isdir(RunDir(args.run).path):
        raise KnockoffError(f"{args.run}: no such run folder")
    res = deliver(args.run, args.lake, args.brands or (cfg.brands if args.config else None), cfg)
    for name, b in res["brands"].items():
        print(f"{name}: {b['candidates']} candidates ({b['new']} new) -> {b['report']}")
    print(f"index: {res['index']}")
    return 0
