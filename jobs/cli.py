"""`knockoff` command line. Each subcommand lives in the module that owns it.

A module registers itself with `register(subparsers)`; its handler takes the parsed arguments
and returns an exit code. Heavy imports (torch, scrapy, dask) happen inside handlers only, so
`knockoff --help` is instant. A `KnockoffError` becomes one line on stderr and a non-zero exit.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys

from knockoff import __version__
from knockoff.errors import KnockoffError

# Modules that add subcommands, in the order shown by --help.
COMMAND_MODULES = [
    "knockoff.jobs.night.demo",
    "knockoff.crawler.command",
    "knockoff.crawler.ingest",
    "knockoff.jobs.night.match",
    "knockoff.jobs.night.nightly",
    "knockoff.jobs.delivery.deliver",
    "knockoff.jobs.records.runs",
    "knockoff.jobs.feedback",
]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="knockoff",
        description="Find counterfeit and trademark-infringing marketplace listings; rank them per brand.",
    )
    parser.add_argument("--version", action="version", version=f"knockoff {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help="more logging (-vv for debug)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = [logging.WARNING, logging.INFO, logging.DEBUG][min(args.verbose, 2)]
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    try:
        return int(args.handler(args) or 0)
    except KnockoffError as exc:
        print(f"knockoff {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"knockoff {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
