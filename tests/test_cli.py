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
