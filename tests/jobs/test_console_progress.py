"""What `knockoff demo` and `knockoff nightly` print: stages with live progress (crawl counts; images
matched, rate and time left), result paths that are never broken across lines, and no library noise
(Dask INFO lines, the Jupyter proxy hint, RapidOCR warnings, colour codes) unless asked with -v."""

from __future__ import annotations

import io
import re
import time
from pathlib import Path

import pytest
from rich.console import Console

from knockoff.jobs.console import StageDisplay, stage_brief
from tests.jobs.conftest import DEMO_DATE

ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _console(width: int = 100) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    return Console(file=buf, force_terminal=True, width=width, soft_wrap=True, highlight=False), buf


def test_stage_display_shows_counts_rate_and_result_lines():
    con, buf = _console()
    show = StageDisplay("2026-11-01", con, brief=stage_brief)
    show("crawl", "start", {})
    show("crawl", "progress", {"pages": 12, "listings": 8, "images": 20})
    time.sleep(0.2)
    show("crawl", "done", {"seconds": 1.5, "crawl": {"totals": {"pages": 12, "listings": 8}}})
    show("match", "start", {})
    for done in (0, 10, 20, 30):
        show("match", "progress", {"done": done, "total": 40})
        time.sleep(0.3)
    show("match", "done", {"seconds": 2.0, "counts": {"images": 40, "images_computed": 40, "candidates": 7}})
    show("rank", "skip", {})
    show.close()
    out = ANSI.sub("", buf.getvalue())
    assert "crawl: 12 pages, 8 listings, 20 images" in out
    assert "match: 30/40 images" in out
    assert re.search(r"\d+\.\d img/s", out), "no rate shown"
    assert "done crawl in 1.5s: 12 pages, 8 listings" in out
    assert (
        "done match in 2.0s: 40 images (40 matched, 0 from the cache; 0 of them failed), 7 candidates" in out
    )
    assert "skip rank: already done for 2026-11-01" in out


def test_no_terminal_gets_start_and_periodic_progress_lines(monkeypatch):
    """A cron log or a pipe (no terminal: no live line drawn) gets each stage's start and a plain progress line
    at most every `every` seconds, then the result lines (a user audit found 9 silent minutes in a log). The
    clock is a counter, 10 s per event."""
    import knockoff.jobs.console as console_mod

    ticks = iter(range(0, 10_000, 10))
    monkeypatch.setattr(console_mod.time, "monotonic", lambda: float(next(ticks)))
    buf = io.StringIO()
    con = Console(file=buf, force_terminal=False, width=100, soft_wrap=True, highlight=False)
    assert not con.is_terminal
    show = StageDisplay("2026-11-01", con, brief=stage_brief, every=30.0)
    show("match", "start", {})
    for done in range(0, 41, 4):  # 11 events, 100 s
        show("match", "progress", {"done": done, "total": 40})
    show("match", "done", {"seconds": 2.0, "counts": {"images": 40, "images_computed": 40, "candidates": 7}})
    show.close()
    lines = buf.getvalue().splitlines()
    assert lines[0].startswith("start match")
    progress = [x for x in lines if re.fullmatch(r"match: \d+/40 images \(\d+%\)", x)]
    assert progress == ["match: 8/40 images (20%)", "match: 20/40 images (50%)", "match: 32/40 images (80%)"]
    assert lines[-1].startswith("done match in 2.0s")


def test_long_paths_are_printed_whole():
    con, buf = _console(width=40)
    path = "/very/long/folder/" + "x" * 60 + "/runs/night-2026-11-01/index.html"
    con.print(f"  index: {path}", markup=False)
    assert path in buf.getvalue().splitlines()[0]


@pytest.mark.slow
def test_demo_console_is_progress_and_results_only(demo_night):
    """The real `knockoff demo` (40 listings, tests/jobs/conftest.py) on a 50-column colour terminal:
    live crawl and match progress on stdout, whole paths, and nothing from Dask or RapidOCR on
    stderr."""
    out = demo_night.out
    err = ANSI.sub("", demo_night.stderr)
    for noise in ("INFO", "distributed.", "jupyter", "RapidOCR", "text detection"):
        assert noise not in err, f"{noise!r} on stderr:\n{err[-3000:]}"
    assert "\x1b[33m[WARNING]" not in demo_night.stderr + demo_night.stdout
    text = ANSI.sub("", demo_night.stdout)
    assert re.search(r"crawl: \d+ pages, \d+ listings, \d+ images", text), text[-3000:]
    shown = {(int(a), int(b)) for a, b in re.findall(r"match: (\d+)/(\d+) images", text)}
    assert any(a == b > 0 for a, b in shown), shown  # counted up to every image
    assert re.search(r"done match in [\d.]+s: \d+ images", text)
    index = out.resolve() / "lake" / "runs" / f"night-{DEMO_DATE}" / "index.html"
    lines = [ln for ln in text.splitlines() if "night's index" in ln]
    assert lines and lines[-1].rstrip().endswith(str(index)), lines  # one line, whole path
    assert index.is_file()
    assert Path(lines[-1].split(": ", 1)[1].strip()).is_file()
    _no_overflow_on_a_phone([index, *sorted(index.parent.glob("brands/*/report.html"))])


def _no_overflow_on_a_phone(pages: list[Path]) -> None:
    """The demo's real pages (every section the night wrote) fit a 420 px wide screen."""
    import shutil

    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    sync_api = pytest.importorskip("playwright.sync_api")
    if chromium is None:
        pytest.skip("chromium is not installed (install.sh installs it)")
    args = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--no-first-run",
    ]
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, args=args)
        for path in pages:
            page = browser.new_page(viewport={"width": 420, "height": 900})
            page.goto(path.as_uri())
            sw, cw = page.evaluate(
                "[document.documentElement.scrollWidth, document.documentElement.clientWidth]"
            )
            assert sw <= cw, f"{path}: {sw} px wide on a {cw} px screen"
            page.close()
        browser.close()
