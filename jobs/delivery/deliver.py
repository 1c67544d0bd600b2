"""Delivery: per-brand outputs (CSV, Parquet, HTML report) under RUN_DIR/brands/BRAND/, plus RUN_DIR/index.html.

Which files a brand folder gets is `deliver.outputs` (writers in jobs.delivery.writers). A brand's folder holds that brand's candidates only (score >= deliver.min_score, at most
deliver.top_k; brand-confirmed ones always). Each folder is written beside its final place and
renamed into it, so a reader never sees half a delivery; a rerun replaces it.
"""

from __future__ import annotations

import argparse
import logging
import uuid
from collections.abc import Iterable
from typing import Any

from knockoff.config import DeliverConfig, KnockoffConfig, read_yaml
from knockoff.errors import ConfigError, KnockoffError
from knockoff.jobs.delivery.evidence import brand_slug
from knockoff.jobs.delivery.report import render_index
from knockoff.jobs.delivery.report_data import gather
from knockoff.jobs.delivery.thumbs import find_image_bytes, make_thumb
from knockoff.jobs.delivery.writers import BrandDelivery, writers_for
from knockoff.jobs.feedback import CONFIRMED
from knockoff.jobs.night.rank import load_ranked
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import Lake, check_lake

log = logging.getLogger(__name__)


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


def _thumbnails(lake_root: str | None, selected: dict[str, list[dict]]) -> dict[str, Any]:
    """Thumbnails of the images the selected rows show (image sha256 -> Thumb)."""
    if not lake_root:
        return {}
    wanted = {r["image_sha256"] for rows in selected.values() for r in rows if r.get("image_sha256")}
    thumbs = {}
    for sha, data in find_image_bytes(Lake(lake_root), wanted).items():
        t = make_thumb(data)
        if t:
            thumbs[sha] = t
    return thumbs


def _feedback_counts(ranked: list[dict]) -> dict[str, dict[str, int]]:
    """brand -> {verdict: rows}."""
    out: dict[str, dict[str, int]] = {}
    for r in ranked:
        if r.get("feedback"):
            c = out.setdefault(r["brand"], {})
            c[r["feedback"]] = c.get(r["feedback"], 0) + 1
    return out


def check_matched(run: RunDir, names: list[str]) -> None:
    """KnockoffError (one line) naming the brands in `names` the run never matched.

    The run's brands are its manifest's `brands.names`; a run without them (older, or made by hand)
    is not checked. A brand that was matched but has no candidate is fine (a clean night).
    """
    mb = run.manifest().get("brands")
    matched = mb.get("names") if isinstance(mb, dict) else None
    if not isinstance(matched, list):
        return
    missing = [n for n in dict.fromkeys(names) if n not in matched]
    if missing:
        raise KnockoffError(
            f"run {run.run_id} did not match {', '.join(missing)} (it matched "
            f"{', '.join(map(str, matched)) or 'no brand'}): match them in a run first, or leave them out"
        )


def _run_brands(run: RunDir, brands: Any, ranked: list[dict]) -> list[str]:
    """The brands to deliver: as given, else the run's (from its manifest), else those with candidates."""
    if brands is None:
        mb = run.manifest().get("brands")
        brands = mb.get("names") if isinstance(mb, dict) and isinstance(mb.get("names"), list) else None
    names = _brand_names(brands, ranked)
    unknown = sorted({r["brand"] for r in ranked} - set(names))
    if unknown:
        log.warning("candidates for brands not in the brand list are not delivered: %s", ", ".join(unknown))
    return names


def _deliver_brand(run: RunDir, writers: list, d: BrandDelivery) -> tuple[dict[str, Any], dict[str, Any]]:
    """Write one brand's folder (every writer's file); returns (its result, its row in the index)."""
    slug = brand_slug(d.brand)
    path = _write_folder(run, f"brands/{slug}", {w.filename: w.render(d) for w in writers})
    n_new = sum(1 for r in d.rows if r.get("is_new"))
    html = next((w.filename for w in writers if w.name == "html"), None)
    result = {
        "candidates": len(d.rows),
        "new": n_new,
        "dir": path,
        "files": [f"{path}/{w.filename}" for w in writers],
        "report": f"{path}/{html}" if html else None,
    }
    top = max((float(r["score"]) for r in d.rows), default=None)
    files = [{"label": w.label, "name": w.filename} for w in writers if w.name != "html"]
    row = {"name": d.brand, "dir": f"brands/{slug}", "n": len(d.rows), "new": n_new, "top": top}
    return result, row | {"report": html, "files": files}


def deliver(
    run_dir: str,
    lake: str | Lake | None = None,
    brands: Any = None,
    config: KnockoffConfig | DeliverConfig | None = None,
) -> dict[str, Any]:
    """Write every brand's deliverables and the run index; returns per-brand counts and paths.

    `brands`: Brand objects, brand names, a brands.yaml path, or None (the brands in the run).
    The files are those of `deliver.outputs` (jobs.delivery.writers; ConfigError for an unknown one).
    Raises KnockoffError (one line, nothing written) when the lake folder does not exist or `brands`
    names a brand the run did not match (`check_matched`).
    Returns `{"run_id", "index", "brands": {name: {"candidates", "new", "dir", "files", "report"}}}`
    ("report" is the HTML report's path, None when html is not among the outputs).
    """
    cfg = config.deliver if isinstance(config, KnockoffConfig) else (config or DeliverConfig())
    writers = writers_for(cfg.outputs)
    run = RunDir(run_dir)
    lake_root = lake.root if isinstance(lake, Lake) else (lake or run.lake())
    if lake_root:  # a missing lake is refused, not created (its history) nor read as empty (no photos)
        check_lake(lake_root, "" if lake else "the lake the run's manifest names; pass --lake")
    if brands is not None:
        check_matched(run, _brand_names(brands, []))
    ranked, run_id = load_ranked(run_dir, lake=lake_root)
    names = _run_brands(run, brands, ranked)
    selected = {name: select_rows(ranked, name, cfg) for name in names}
    thumbs = {}
    if cfg.thumbnails and any(w.needs_thumbnails for w in writers):
        thumbs = _thumbnails(lake_root, selected)
    dates = run.dates()
    date = dates[-1] if dates else None
    fb_counts = _feedback_counts(ranked)
    extras = gather(run_dir, lake_root, brands, names, selected)  # marks, currencies, last nights
    out: dict[str, Any] = {"run_id": run_id, "brands": {}}
    index_rows = []
    for name in names:
        d = BrandDelivery(name, selected[name], run_id, date, thumbs, fb_counts.get(name), extras)
        out["brands"][name], row = _deliver_brand(run, writers, d)
        index_rows.append(row)
    index = render_index(run_id, date, index_rows, extras)
    out["index"] = run.write_bytes("index.html", index.encode("utf-8"))
    log.info("deliver %s: %s", run_id, {k: v["candidates"] for k, v in out["brands"].items()})
    return out


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "deliver",
        help="write per-brand CSV, Parquet and HTML reports for a run",
        description="Write RUN_DIR/brands/BRAND/{candidates.csv, candidates.parquet, report.html} (the "
        "outputs of deliver.outputs or --outputs) and "
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
    p.add_argument(
        "--outputs",
        metavar="LIST",
        help="comma-separated per-brand outputs: csv, parquet, html or module:attr (overrides the config)",
    )
    p.set_defaults(handler=_cmd_deliver)


def _cmd_deliver(args: argparse.Namespace) -> int:
    from knockoff.config import load_config, with_overrides

    cfg = load_config(args.config) if args.config else KnockoffConfig()
    outputs = [o.strip() for o in args.outputs.split(",") if o.strip()] if args.outputs is not None else None
    over = {"top_k": args.top_k, "min_score": args.min_score, "outputs": outputs}
    cfg = with_overrides(cfg, {"deliver": over}, source="knockoff deliver option")
    if not RunDir(args.run).fs.isdir(RunDir(args.run).path):
        raise KnockoffError(f"{args.run}: no such run folder")
    res = deliver(args.run, args.lake, args.brands or (cfg.brands if args.config else None), cfg)
    for name, b in res["brands"].items():
        print(f"{name}: {b['candidates']} candidates ({b['new']} new) -> {b['report'] or b['dir']}")
    print(f"index: {res['index']}")
    return 0
