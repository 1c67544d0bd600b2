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
    root.addHandler(handler)
    root.setLevel(OWN_LEVELS[level])
    library_levels(level)
    # distributed has its own stderr handler (propagate=False) once imported: level it too.
    if "distributed" in __import__("sys").modules:
        logging.getLogger("distributed").setLevel(LIBRARY_LEVELS["distributed"][level])


def dask_setup(worker: Any = None) -> None:
    """Dask worker preload hook: the same library levels in a worker process."""
    library_levels(verbosity())


class Rate:
    """Items done, rate and time left, for a progress line (`update(done, total)`, `text()`)."""

    def __init__(self) -> None:
        self.t0 = time.monotonic()
        self.done = 0
        self.total: int | None = None

    def update(self, done: int, total: int | None = None) -> None:
        self.done, self.total = done, total

    def text(self, unit: str) -> str:
        el = max(1e-6, time.monotonic() - self.t0)
        rate = self.done / el
        s = f"{self.done}" + (f"/{self.total}" if self.total else "") + f" {unit}, {rate:.1f} {unit}/s"
        if self.total and rate > 0 and self.done < self.total:
            left = (self.total - self.done) / rate
            s += f", {int(left // 60)}:{int(left % 60):02d} left"
        return s


StageProgress = Callable[[str, str, dict[str, Any]], None]
