"""The reliability suite's ledger: every case records what was tried and what was counted.

At the end of the session the cases are printed as a table and written to
tests/reliability/last_summary.md (only when at least one reliability case ran), or to the path in
$KNOCKOFF_RELIABILITY_SUMMARY. That file is generated and git-ignored, never tracked: a test run
leaves every tracked file as it was (a run's manifest then records `git_dirty: no`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import platform
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

SUMMARY = Path(__file__).with_name("last_summary.md")  # git-ignored (.gitignore)


def summary_path() -> Path:
    """Where the summary table goes: $KNOCKOFF_RELIABILITY_SUMMARY, else the ignored SUMMARY."""
    return Path(os.environ.get("KNOCKOFF_RELIABILITY_SUMMARY") or SUMMARY)


def write_summary(text: str, path: Path | None = None) -> Path:
    """Write the table atomically (temporary file, then rename); returns the path written."""
    path = path or summary_path()
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(path)
    return path


@dataclass
class Row:
    area: str
    case: str
    ok: bool
    expected: int | None = None
    stored: int | None = None
    refused: int | None = None
    errors: int | None = None
    note: str = ""
    test: str = ""
    known: str = ""  # a known bug in another part: the case is expected to fail (xfail) until fixed


@dataclass
class Ledger:
    rows: list[Row] = field(default_factory=list)
    current: str = ""

    def record(
        self,
        area: str,
        case: str,
        ok: bool,
        *,
        expected: int | None = None,
        stored: int | None = None,
        refused: int | None = None,
        errors: int | None = None,
        note: str = "",
        known: str = "",
    ) -> bool:
        self.rows.append(
            Row(area, case, bool(ok), expected, stored, refused, errors, note, self.current, known)
        )
        return bool(ok)

    def failures(self, test: str | None = None) -> list[Row]:
        return [r for r in self.rows if not r.ok and (test is None or r.test == test)]

    def check(self) -> None:
        """Fail the current test if any of its cases failed (naming them)."""
        bad = self.failures(self.current)
        assert not bad, "failed cases: " + "; ".join(f"{r.case} ({r.note})" for r in bad)


_LEDGER = Ledger()


@pytest.fixture()
def ledger(request) -> Ledger:
    _LEDGER.current = request.node.nodeid
    return _LEDGER


def _cell(v: object) -> str:
    return "" if v is None else str(v).replace("|", "\\|").replace("\n", " ")


AREAS = ["crawl", "lake", "match", "nightly", "report"]


def render_summary(rows: list[Row]) -> str:
    rows = sorted(rows, key=lambda r: AREAS.index(r.area) if r.area in AREAS else len(AREAS))  # stable
    passed = sum(r.ok for r in rows)
    known = sum(1 for r in rows if not r.ok and r.known)

    def total(attr: str) -> int:
        return sum(getattr(r, attr) or 0 for r in rows)

    both = [r for r in rows if r.expected is not None and r.stored is not None]
    exp, got = sum(r.expected for r in both), sum(r.stored for r in both)  # type: ignore[misc]

    lines = [
        "# Reliability and safety suite: last run",
        "",
        f"{dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC, Python {platform.python_version()}, "
        f"{platform.machine()}. Cases tried: **{len(rows)}**, passed: **{passed}**, failed: **{len(rows) - passed}** "
        f"(of which known bugs, marked xfail: {known}). "
        f"Listings (or rows) expected {exp}, stored {got} over the {len(both)} cases that count them; requests refused "
        f"{total('refused')}; errors recorded {total('errors')}.",
        "",
        "| area | case | result | listings expected | listings stored | requests refused | errors recorded | notes |",
        "|---|---|---|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        result = "pass" if r.ok else ("known bug (xfail)" if r.known else "**FAIL**")
        note = f"{r.note}; {r.known}" if r.known and not r.ok else r.note
        lines.append(
            f"| {_cell(r.area)} | {_cell(r.case)} | {result} | {_cell(r.expected)} | "
            f"{_cell(r.stored)} | {_cell(r.refused)} | {_cell(r.errors)} | {_cell(note)} |"
        )
    return "\n".join(lines) + "\n"


def pytest_terminal_summary(terminalreporter, exitstatus, config) -> None:  # noqa: ARG001
    if not _LEDGER.rows:
        return
    text = render_summary(_LEDGER.rows)
    try:
        where = str(write_summary(text))
    except OSError as exc:
        where = f"(not written: {exc})"
    terminalreporter.write_sep("=", "reliability and safety summary")
    terminalreporter.write(text)
    terminalreporter.write_line(f"written to {where}")


@contextlib.contextmanager
def tmpfs(path: Path, size: str) -> Iterator[Path]:
    """Mount a small tmpfs at `path` (we run as root in CI); skip with the reason when mount is refused."""
    path.mkdir()
    res = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], capture_output=True, text=True
    )
    if res.returncode != 0:
        pytest.skip(f"cannot mount a small tmpfs here: {res.stderr.strip() or res.returncode}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)
