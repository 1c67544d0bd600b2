"""`knockoff demo`: the whole night on the embedded demo marketplace, on this machine.

Generates the demo shop (crawler.demoshop) into OUT/shop, serves it on 127.0.0.1, writes
OUT/knockoff.yaml pointing at it, and runs the nightly stages (crawl with private addresses
allowed, match on a local Dask cluster, rank, deliver) with progress shown. Prints where
candidates.parquet and the HTML reports are. `--night 2` regenerates the shop with ~10% new
listings and runs the next night (new listings are marked in the report).
"""

from __future__ import annotations

import argparse
import datetime as dt
import socket
import time
from pathlib import Path
from typing import Any

import yaml

from knockoff.errors import KnockoffError
from knockoff.lake import replace_atomic

DEFAULT_PORT = 8731  # a fixed port keeps listing ids (site + URL) stable from one demo night to the next
SITE = "demoshop"


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def write_demo_config(out: Path, url: str, workers: int | None = None) -> Path:
    """OUT/knockoff.yaml for the demo shop served at `url`."""
    cfg: dict[str, Any] = {
        "lake": "lake",
        "brands": "shop/brands.yaml",
        "sites": [{"name": SITE, "start_urls": [url], "allowed_domains": ["127.0.0.1"]}],
        "crawl": {
            "allow_private_addresses": True,
            "autothrottle": False,
            "concurrent_requests_per_domain": 16,
            "download_delay": 0.0,
            "http_cache": False,
        },
        "cluster": {"dashboard": False, **({"n_workers": workers} if workers else {})},
    }
    path = out / "knockoff.yaml"
    text = "# Written by `knockoff demo` for the demo marketplace served on loopback.\n"
    text += yaml.safe_dump(cfg, sort_keys=False)
    replace_atomic(path, lambda tmp: tmp.write_text(text, encoding="utf-8"))
    return path


def run_demo(
    out: Path,
    listings: int = 240,
    night: int = 1,
    date: str | None = None,
    port: int | None = None,
    seed: int = 0,
    workers: int | None = None,
    force: tuple[str, ...] = (),
    console: Any = None,
) -> dict[str, Any]:
    """Generate, serve, crawl, match, rank, deliver; returns paths and the night's result."""
    from knockoff.config import load_config
    from knockoff.crawler.demoshop import generate_shop, serve_shop
    from knockoff.jobs.console import StageDisplay, stage_brief
    from knockoff.jobs.console import console as default_console
    from knockoff.jobs.night.nightly import run_nightly

    console = console or default_console()
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    date = date or (dt.date.today() + dt.timedelta(days=night - 1)).isoformat()
    t0 = time.monotonic()
    with console.status(f"generating the demo shop ({listings} listings, night {night})..."):
        spec = generate_shop(out / "shop", seed=seed, n_listings=listings, night=night)
    console.print(
        f"[green]done[/] shop: {spec.n_listings} listings ({len(spec.planted)} planted infringements) "
        f"in {out / 'shop'} ({time.monotonic() - t0:.1f}s)"
    )
    if port is None:
        port = DEFAULT_PORT if _port_free(DEFAULT_PORT) else 0
    with serve_shop(out / "shop", port=port) as url:
        cfg_path = write_demo_config(out, url, workers)
        console.print(f"[green]done[/] serving the shop at {url}; config {cfg_path}")
        cfg = load_config(cfg_path)
        display = StageDisplay(date, console, brief=stage_brief)
        try:
            res = run_nightly(cfg, date, force=list(force), progress=display)
        finally:
            display.close()
    run_dir = Path(res.run_dir)
    reports = sorted(run_dir.glob("brands/*/report.html"))
    console.print(f"\n{res.summary}", markup=False)
    console.print("\n[bold]Results[/]")
    console.print(f"  night's index (open in a browser): {run_dir / 'index.html'}", markup=False)
    for r in reports:
        console.print(f"  {r.parent.name} report: {r}", markup=False)
    console.print(f"  candidates: {run_dir / 'candidates.parquet'}", markup=False)
    console.print(f"  ranked (history + feedback): {run_dir / 'ranked.parquet'}", markup=False)
    console.print(f"demo finished in {time.monotonic() - t0:.1f}s; the demo shop has stopped", markup=False)
    return {
        "out": out,
        "shop": spec,
        "config": cfg_path,
        "run_dir": run_dir,
        "index": run_dir / "index.html",
        "reports": reports,
        "night": res,
    }


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "demo",
        help="run the whole night on the embedded demo marketplace",
        description="Generate the demo marketplace, serve it on 127.0.0.1, crawl it, match on a local Dask "
        "cluster, rank and deliver; prints where candidates.parquet and the HTML report are.",
    )
    p.add_argument(
        "--out", default="knockoff-demo", help="folder for the shop, lake and runs (default ./knockoff-demo)"
    )
    p.add_argument(
        "--night",
        type=int,
        default=1,
        help="demo night: 2 regenerates the shop with ~10%% new listings and runs the next date",
    )
    p.add_argument("--date", help="date of the night (default: today, plus NIGHT-1 days)")
    p.add_argument(
        "--port", type=int, help=f"port for the shop (default {DEFAULT_PORT}, or any free one if it is taken)"
    )
    p.add_argument("--workers", type=int, help="Dask workers for matching (default: sized to this machine)")
    p.add_argument(
        "--force", action="append", default=[], metavar="STAGE", help="redo STAGE and later ones (repeatable)"
    )
    p.add_argument("--listings", type=int, default=240, help=argparse.SUPPRESS)
    p.add_argument("--seed", type=int, default=0, help=argparse.SUPPRESS)
    p.set_defaults(handler=_cmd_demo)


def _cmd_demo(args: argparse.Namespace) -> int:
    if args.night < 1:
        raise KnockoffError("--night must be 1 or more")
    if args.listings < 1:
        raise KnockoffError("--listings must be 1 or more")
    run_demo(
        Path(args.out),
        listings=args.listings,
        night=args.night,
        date=args.date,
        port=args.port,
        seed=args.seed,
        workers=args.workers,
        force=tuple(args.force),
    )
    return 0
