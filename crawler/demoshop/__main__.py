"""`python -m knockoff.crawler.demoshop --out DIR [--port P] [--seed S] [--listings N] [--night K]`."""

from __future__ import annotations

import argparse
import contextlib
import sys
import threading
import time
from pathlib import Path

from knockoff.crawler.demoshop import generate_shop, serve_shop


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(
        prog="python -m knockoff.crawler.demoshop",
        description="Generate the knockoff demo marketplace into a folder and serve it on loopback.",
    )
    ap.add_argument(
        "--out", required=True, type=Path, help="folder to generate the shop into (created if missing)"
    )
    ap.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    ap.add_argument("--port", type=int, default=0, help="port to listen on (default: any free port)")
    ap.add_argument("--seed", type=int, default=0, help="generation seed (default 0)")
    ap.add_argument("--listings", type=int, default=240, help="number of listings on night 1 (default 240)")
    ap.add_argument(
        "--night", type=int, default=1, help="night number: each night after the first adds ~10%%"
    )
    ap.add_argument("--no-serve", action="store_true", help="only generate the shop, do not serve it")
    args = ap.parse_args(argv)
    t0 = time.perf_counter()
    spec = generate_shop(args.out, seed=args.seed, n_listings=args.listings, night=args.night)
    print(
        f"generated {spec.n_listings} listings ({len(spec.planted)} planted) in {spec.root} "
        f"in {time.perf_counter() - t0:.1f}s; brands: {spec.brands_path}",
        flush=True,
    )
    if args.no_serve:
        return 0
    with serve_shop(spec.root, args.host, args.port) as url:
        print(f"serving {url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
