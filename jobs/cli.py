"""`knockoff` command line. Each subcommand lives in the module that owns it.

A module registers itself with `register(subparsers)`; its handler takes the parsed arguments
and returns an exit code. Heavy imports (torch, scrapy, dask) happen inside handlers only, so
`knockoff --help` is instant. A `KnockoffError` becomes one line on stderr and a non-zero exit.
Global options (`-v`) are accepted before or after the command (`knockoff -v match ...` or
`knockoff match ... -v`). Output piped into a program that stops reading (`| head`) ends quietly.
"""

from __future__ import annotations

import argparse
import importlib
import os
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
    "knockoff.jobs.feedback_cmd",
    "knockoff.jobs.records.networks_cmd",
]


VERBOSE_HELP = "more output: -v shows INFO logs and library warnings, -vv debug logs"


def _leaf_parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """Every parser below `parser` that takes options (nested subcommands included)."""
    out = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                out.append(sub)
                out.extend(_leaf_parsers(sub))
    return out


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="knockoff",
        description="Find counterfeit and trademark-infringing marketplace listings; rank them per brand.",
    )
    parser.add_argument("--version", action="version", version=f"knockoff {__version__}")
    parser.add_argument("-v", "--verbose", action="count", default=0, help=VERBOSE_HELP)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    for p in _leaf_parsers(parser):  # the same option after the command, counted separately
        if "-v" not in p._option_string_actions:
            p.add_argument(
                "-v", "--verbose", action="count", default=0, dest="verbose_after", help=VERBOSE_HELP
            )
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    from knockoff.jobs.console import setup_logging

    setup_logging(args.verbose + getattr(args, "verbose_after", 0))
    try:
        code = int(args.handler(args) or 0)
        sys.stdout.flush()  # a closed pipe shows up here, not in the interpreter's exit
        return code
    except KnockoffError as exc:
        print(f"knockoff {args.command}: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print(f"knockoff {args.command}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return _broken_pipe()


def _broken_pipe() -> int:
    """The reader of our stdout went away (`knockoff runs show ... | head`): stop quietly.

    Python would report the failed flush of stdout at exit; point stdout at /dev/null first, as the
    Python documentation's note on SIGPIPE advises. Exit code 141 (128 + SIGPIPE), like a shell tool.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):  # stdout without a file descriptor (captured in tests)
        pass
    return 141


if __name__ == "__main__":
    sys.exit(main())
