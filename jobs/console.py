"""What the user sees on the terminal: one rich console, logging levels, live progress.

Everything the command line prints goes through `console()` (one `rich.console.Console`,
soft-wrapped so printed paths are never broken across lines), and every log record goes through a
`RichHandler` on that same console, so a log line is printed above a live progress display
instead of into it.

Verbosity (`-v` count) -> what is shown:

- 0: stage lines, progress and results; warnings of knockoff; errors of the libraries.
- 1: INFO of knockoff; warnings of the libraries (Dask, Scrapy, RapidOCR, ...).
- 2: DEBUG of knockoff; INFO of the libraries.

The library levels are set here, in one place, for this process and for the Dask worker
processes it starts (they inherit `DASK_LOGGING__DISTRIBUTED` from the environment and import
this module as a worker preload, see `dask_setup`). RapidOCR installs its own coloured stderr
handler when it is first imported; `quiet_rapidocr` gives its logger a plain handler first so
that never happens (no colour codes in log files).
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Callable
from typing import Any

from rich.console import Console
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text

# library logger -> level at verbosity 0, 1, 2
LIBRARY_LEVELS: dict[str, tuple[int, int, int]] = {
    "distributed": (logging.ERROR, logging.WARNING, logging.INFO),
    "distributed.http.proxy": (logging.ERROR, logging.ERROR, logging.INFO),  # the Jupyter proxy hint
    "bokeh": (logging.ERROR, logging.WARNING, logging.INFO),
    "tornado": (logging.CRITICAL, logging.ERROR, logging.WARNING),
    "scrapy": (logging.ERROR, logging.WARNING, logging.INFO),
    "RapidOCR": (logging.ERROR, logging.WARNING, logging.INFO),
    "fsspec": (logging.ERROR, logging.WARNING, logging.INFO),
    "asyncio": (logging.ERROR, logging.WARNING, logging.INFO),
    "PIL": (logging.ERROR, logging.WARNING, logging.INFO),
    "urllib3": (logging.ERROR, logging.WARNING, logging.INFO),
}
OWN_LEVELS = (logging.WARNING, logging.INFO, logging.DEBUG)
ENV_VERBOSITY = "KNOCKOFF_VERBOSITY"  # read by the worker preload
_DASK_NAMES = {
    logging.ERROR: "error",
    logging.WARNING: "warning",
    logging.INFO: "info",
    logging.CRITICAL: "critical",
}

_console: Console | None = None


def console() -> Console:
    """The process's console (stdout), soft-wrapped: long lines and paths are never hard-wrapped."""
    global _console
    if _console is None:
        _console = Console(highlight=False, soft_wrap=True)
    return _console


def verbosity() -> int:
    """The verbosity set by `setup_logging` (also in worker processes, through the environment)."""
    try:
        return max(0, min(2, int(os.environ.get(ENV_VERBOSITY, "0"))))
    except ValueError:
        return 0


def library_levels(level: int) -> None:
    """Set the third-party loggers to their level for verbosity `level` (0..2)."""
    level = max(0, min(2, level))
    for name, levels in LIBRARY_LEVELS.items():
        logging.getLogger(name).setLevel(levels[level])
    quiet_rapidocr()


def quiet_rapidocr() -> None:
    """Give RapidOCR's logger a plain stderr handler before RapidOCR adds its coloured one.

    RapidOCR (rapidocr/utils/log.py) adds a colorlog handler only when its logger has none, and
    sets `propagate = False`; "The text detection result is empty" is logged at WARNING for every
    image without text. Its level is re-set by each `RapidOCR(...)`, so the handler's own level
    (from LIBRARY_LEVELS) is what filters.
    """
    lg = logging.getLogger("RapidOCR")
    level = LIBRARY_LEVELS["RapidOCR"][verbosity()]
    for h in list(lg.handlers):
        if not getattr(h, "_knockoff", False):
            lg.removeHandler(h)
    if not lg.handlers:
        h = logging.StreamHandler()
        h.setFormatter(logging.Formatter("%(asctime)s %(levelname)s RapidOCR: %(message)s"))
        h._knockoff = True  # type: ignore[attr-defined]
        lg.addHandler(h)
    for h in lg.handlers:
        h.setLevel(level)
    lg.propagate = False


def setup_logging(level: int) -> None:
    """Configure logging for a command at verbosity `level` (the `-v` count), in this process and
    in the Dask worker processes it will start."""
    from rich.logging import RichHandler

    level = max(0, min(2, level))
    os.environ[ENV_VERBOSITY] = str(level)
    # Worker processes import distributed afresh: its own stderr handler takes this level.
    os.environ["DASK_LOGGING__DISTRIBUTED"] = _DASK_NAMES[LIBRARY_LEVELS["distributed"][level]]
    os.environ.setdefault("DASK_DISTRIBUTED__WORKER__PRELOAD", '["knockoff.jobs.console"]')
    root = logging.getLogger()
    for h in list(root.handlers):
        if getattr(h, "_knockoff", False):
            root.removeHandler(h)
    handler = RichHandler(
        console=Console(stderr=True, highlight=False, soft_wrap=True),
        show_path=level >= 2,
        show_time=level >= 1,
        rich_tracebacks=False,
        markup=False,
    )
    handler._knockoff = True  # type: ignore[attr-defined]
    handler.setLevel(OWN_LEVELS[level])  # a run's log file may take INFO; the console keeps this level
    root.addHandler(handler)
    root.setLevel(OWN_LEVELS[level])
    library_levels(level)
    # distributed has its own stderr handler (propagate=False) once imported: level it too.
    if "distributed" in __import__("sys").modules:
        logging.getLogger("distributed").setLevel(LIBRARY_LEVELS["distributed"][level])


def dask_setup(worker: Any = None) -> None:
    """Dask worker preload hook: the same library levels in a worker process."""
    library_levels(verbosity())


STAGE_LABELS = {
    "crawl": "crawling with Scrapy",
    "networks": "linking sellers",
    "match": "matching logos, photos and text on Dask",
    "rank": "ranking with history and feedback",
    "deliver": "writing per-brand CSV, Parquet and HTML reports",
}


def stage_brief(stage: str, info: dict[str, Any]) -> str:
    """One line saying what a finished nightly stage did (for `StageDisplay`)."""
    if stage == "crawl":
        totals = (info.get("crawl") or {}).get("totals") or {}
        if not totals:
            return "sites already crawled for this date"
        return ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in totals.items())
    if stage == "match":
        c = info.get("counts") or {}
        parts = [
            f"{c.get('images', '?')} images ({c.get('images_computed', 0)} matched, "
            f"{c.get('images_cached', 0)} from the cache; {c.get('images_failed', 0)} of them failed)",
            f"{c.get('candidates', '?')} candidates",
        ]
        if c.get("workers"):
            parts.append(f"{c['workers']} Dask workers")
        return ", ".join(parts)
    if stage == "rank":
        return (
            ", ".join(f"{k} {v}" for k, v in sorted((info.get("candidates") or {}).items()))
            or "no candidates"
        )
    if stage == "deliver":
        return f"{len(info.get('brands') or {})} brand reports"
    if stage == "networks":
        return ", ".join(f"{v} {k.replace('_', ' ')}" for k, v in info.items() if isinstance(v, int)) or "ok"
    return "ok"


class _RateColumn(ProgressColumn):
    """Items per second of a task ("12.3 img/s"), blank until there is a rate."""

    def render(self, task: Any) -> Text:
        unit = task.fields.get("unit", "")
        if not task.speed or not unit:
            return Text("")
        return Text(f"{task.speed:.1f} {unit}/s", style="progress.data.speed")


PLAIN_EVERY = 30.0  # seconds between progress lines where the output is no terminal (a cron log, a pipe)


def _progress_text(stage: str, info: dict[str, Any]) -> str:
    """One stage's progress as text: "match: 120/430 images (28%)" or "crawl: 40 pages, 12 listings"."""
    if "total" in info:
        done, total = int(info.get("done", 0)), int(info.get("total") or 0)
        share = f" ({100 * done // total}%)" if total else ""
        return f"{stage}: {done}/{total} images{share}"
    counts = ", ".join(f"{v} {k}" for k, v in info.items() if isinstance(v, int))
    return f"{stage}: {counts}"


class StageDisplay:
    """The nightly `progress` callback that draws each stage on the console.

    `(stage, "start", {})` starts a live line (spinner, elapsed time); `(stage, "progress", info)`
    updates it: for match `{"done": images, "total": images}` (a bar, rate and time left), for crawl
    `{"pages", "listings", "images"}` counts; `done`, `skip` and `fail` replace it with one line.
    Log records go above the live line (rich redirects stderr while it is shown). Where the console is
    no terminal (cron, a pipe, a log file), where a live line draws nothing, each stage's start is a line
    and its progress a plain line at most every `every` seconds (PLAIN_EVERY).
    """

    def __init__(
        self,
        date: str,
        con: Console | None = None,
        brief: Callable[[str, dict], str] | None = None,
        every: float = PLAIN_EVERY,
    ):
        self.date = date
        self.console = con or console()
        self.brief = brief or (lambda stage, info: "")
        self.progress: Progress | None = None
        self.task: Any = None
        self.every = every
        self._last_line = 0.0

    def _plain(self, stage: str, event: str, info: dict[str, Any]) -> bool:
        """Write a start or progress event as a plain line where the console is no terminal; True if handled."""
        if self.console.is_terminal or event not in ("start", "progress"):
            return False
        now = time.monotonic()
        if event == "start":
            self._last_line = now
            self.console.print(f"start {stage}: {STAGE_LABELS.get(stage, stage)}")
        elif now - self._last_line >= self.every:
            self._last_line = now
            self.console.print(escape(_progress_text(stage, info)))
        return True

    def _stop(self) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None

    def __call__(self, stage: str, event: str, info: dict[str, Any]) -> None:
        if self._plain(stage, event, info):
            return
        if event == "start":
            self._stop()
            self.progress = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(bar_width=30),
                TaskProgressColumn(),
                _RateColumn(),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.progress.start()
            self.task = self.progress.add_task(
                f"{stage}: {STAGE_LABELS.get(stage, stage)}", total=None, unit=""
            )
            return
        if event == "progress":
            if self.progress is None:
                return
            if "total" in info:
                done, total = int(info.get("done", 0)), int(info.get("total") or 0)
                self.progress.update(
                    self.task,
                    total=total or None,
                    completed=done,
                    unit="img",
                    description=f"{stage}: {done}/{total} images",
                )
            else:
                self.progress.update(self.task, description=_progress_text(stage, info))
            return
        self._stop()
        if event == "skip":
            self.console.print(f"[yellow]skip[/] {stage}: already done for {self.date}")
        elif event == "fail":
            self.console.print(f"[red]fail[/] {stage}: {escape(str(info.get('error')))}")
        else:
            text = self.brief(stage, info)
            self.console.print(
                f"[green]done[/] {stage} in {info.get('seconds', 0):.1f}s"
                + (f": {escape(text)}" if text else "")
            )

    def close(self) -> None:
        self._stop()
