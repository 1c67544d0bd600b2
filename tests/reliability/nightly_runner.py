"""Run `knockoff nightly` in this process, optionally SIGKILLing the whole process group at a stage.

Usage: python -m tests.reliability.nightly_runner --config knockoff.yaml --date D [--kill STAGE:POINT]

POINT is `start` (right after the stage is marked running) or `mid` (the crawl after its first
site partition commit, match after it wrote anything to the run folder, rank after ranking was
computed but before it is written, deliver after the first brand folder is in place). The kill
takes the process group: the nightly, its crawl subprocesses and its Dask workers die together,
as when a machine's OOM killer or an operator's `kill -9` takes the job.
"""

from __future__ import annotations

import argparse
import os
import signal
import sys


def _die() -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    os.killpg(os.getpgrp(), signal.SIGKILL)


def _arm(stage: str, point: str) -> None:
    import knockoff.jobs.night.nightly as nightly

    original = nightly.STAGE_FUNCS[stage]
    if point == "start":

        def at_start(*args, **kwargs):  # type: ignore[no-untyped-def]
            _die()
            return original(*args, **kwargs)

        nightly.STAGE_FUNCS[stage] = at_start
        return
    if stage == "deliver":
        import knockoff.jobs.delivery.deliver as deliver

        real = deliver._write_folder

        def write_folder(*args, **kwargs):  # type: ignore[no-untyped-def]
            out = real(*args, **kwargs)
            _die()
            return out

        deliver._write_folder = write_folder
    elif stage == "rank":
        import knockoff.jobs.night.rank as rank

        real_rows = rank.rank_rows

        def rank_rows(*args, **kwargs):  # type: ignore[no-untyped-def]
            real_rows(*args, **kwargs)
            _die()

        rank.rank_rows = rank_rows
    else:
        raise SystemExit(f"mid-stage kill of {stage} is done by the test (poll and killpg)")


def _plugin_matcher() -> None:
    """Match with the cluster helper's plug-in matcher (until the real Matcher is in the tree)."""
    import functools

    import knockoff.jobs.night.match as jm
    from tests.cluster import tiny_matcher as tm

    jm.run_match = functools.partial(
        jm.run_match, matcher_factory=tm.FACTORY, brands_loader=tm.LOADER, ranker=tm.RANKER
    )


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--config", required=True)
    ap.add_argument("--date", required=True)
    ap.add_argument("--kill", help="STAGE:POINT")
    ap.add_argument("--plugin-matcher", action="store_true", help="use tests/cluster/tiny_matcher.py")
    args = ap.parse_args()
    if args.plugin_matcher:
        _plugin_matcher()
    if args.kill:
        stage, point = args.kill.split(":")
        _arm(stage, point)
    from knockoff.jobs.cli import main as cli_main

    return cli_main(["nightly", "--config", args.config, "--date", args.date])


if __name__ == "__main__":
    sys.exit(main())
