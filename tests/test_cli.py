"""The command line: every subcommand has help for every option, bad input is one line and non-zero."""

from __future__ import annotations

import subprocess
import sys

import pytest

from knockoff.jobs.cli import build_parser, main


def _subcommands() -> dict:
    parser = build_parser()
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_top_level_help_lists_every_command():
    out = subprocess.run(
        [sys.executable, "-m", "knockoff.jobs.cli", "--help"],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    for name in ["demo", "crawl", "ingest", "match", "nightly", "deliver", "runs", "feedback"]:
        assert name in out


def test_help_does_not_import_heavy_libraries():
    code = "import sys; from knockoff.jobs.cli import build_parser; build_parser(); print(sorted({'torch','scrapy','dask'} & set(sys.modules)))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "[]"


@pytest.mark.parametrize("name", sorted(_subcommands()))
def test_every_option_has_help(name):
    sub = _subcommands()[name]
    parsers = [sub]
    for action in sub._actions:  # nested subcommands (runs list/show/diff, feedback import/...)
        if action.choices and isinstance(action.choices, dict):
            parsers += list(action.choices.values())
    for p in parsers:
        assert p.description or p.format_usage()
        for action in p._actions:
            if action.dest in ("help",) or not action.option_strings:
                continue
            assert action.help, f"knockoff {p.prog}: option {action.option_strings} has no help"


def test_config_error_is_one_line_nonzero(tmp_path, capsys):
    bad = tmp_path / "knockoff.yaml"
    bad.write_text("lake: [unclosed\n")
    code = main(["nightly", "--config", str(bad)])
    err = capsys.readouterr().err.strip()
    assert code != 0
    assert len(err.splitlines()) == 1 and "not valid YAML" in err


def _big_run(tmp_path):
    """A lake with one run whose manifest is larger than a pipe's buffer (64 KiB)."""
    import json

    run = tmp_path / "lake" / "runs" / "run-big"
    run.mkdir(parents=True)
    inputs = [
        {"path": f"listings/date=2026-11-01/site=s{i}/part-0.parquet", "sha256": "0" * 64}
        for i in range(3000)
    ]
    (run / "manifest.json").write_text(
        json.dumps({"run_id": "run-big", "status": "done", "dates": ["2026-11-01"], "inputs": inputs})
    )
    return tmp_path / "lake"


def test_output_into_head_ends_quietly(tmp_path):
    """`knockoff runs show ... | head`: no BrokenPipeError traceback, head gets the first lines."""
    lake = _big_run(tmp_path)
    cmd = [
        sys.executable,
        "-m",
        "knockoff.jobs.cli",
        "runs",
        "show",
        "--lake",
        str(lake),
        "run-big",
        "--json",
    ]
    producer = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    head = subprocess.run(
        ["head", "-n", "2"], stdin=producer.stdout, capture_output=True, text=True, timeout=60
    )
    producer.stdout.close()
    err = producer.stderr.read().decode()
    code = producer.wait(timeout=60)
    assert head.stdout.splitlines()[0] == "{"
    assert "Traceback" not in err and "BrokenPipeError" not in err, err
    assert err == ""
    assert code == 141  # 128 + SIGPIPE, as a shell tool cut off by head


def test_global_options_after_the_command(tmp_path):
    parser = build_parser()
    args = parser.parse_args(["match", "--lake", "L", "--date", "2026-11-01", "--brands", "b.yaml", "-v"])
    assert args.verbose + args.verbose_after == 1
    args = parser.parse_args(["-v", "runs", "list", "--lake", "L", "-v"])  # nested command, both places
    assert args.verbose + args.verbose_after == 2
    assert main(["runs", "list", "--lake", str(_big_run(tmp_path)), "-v"]) == 0
    import logging

    assert logging.getLogger().level == logging.INFO


_QUIET = r"""
import logging, sys
from knockoff.jobs.console import setup_logging
setup_logging(int(sys.argv[1]))
import rapidocr  # installs its coloured handler unless ours is there first
from distributed import Client, LocalCluster

def ocr_warns():
    logging.getLogger("RapidOCR").warning("The text detection result is empty")
    return True

with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=":0") as cl, Client(cl) as c:
    assert all(c.run(ocr_warns).values())
logging.getLogger("RapidOCR").warning("The text detection result is empty")
logging.getLogger("knockoff.test").info("own info line")
print("done")
"""


@pytest.mark.parametrize("verbose", [0, 1])
def test_console_is_quiet_by_default_and_verbose_on_request(verbose):
    """A real LocalCluster with worker processes: no Dask INFO, no Jupyter hint, no RapidOCR warnings
    (nor colour codes) at the default level; library warnings and own INFO lines with -v."""
    out = subprocess.run(
        [sys.executable, "-c", _QUIET, str(verbose)], capture_output=True, text=True, timeout=180, check=True
    )
    assert out.stdout.strip() == "done"
    err = out.stderr
    assert "\x1b[" not in err  # no colour codes from RapidOCR's handler
    assert "distributed.scheduler" not in err and "jupyter" not in err.lower()
    if verbose == 0:
        assert "text detection" not in err and "own info line" not in err, err
    else:
        assert err.count("The text detection result is empty") == 2, err  # the worker's and ours
        assert "own info line" in err
