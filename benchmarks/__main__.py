"""Run every benchmark and rewrite benchmarks/RESULTS.md.

    python -m benchmarks            # full run
    python -m benchmarks --quick    # each benchmark under a minute
    python -m benchmarks --only crawl matching

Each `benchmarks/bench_<name>.py` defines `run(quick: bool = False) -> str`, a Markdown section that
compares knockoff with a baseline side by side in the same run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import importlib
import os
import platform
import subprocess
import sys
import time
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine_details() -> str:
    """CPU, cores, memory, GPU and library versions, as a Markdown list."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1024 / 1024:.1f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    gpu = "none"
    try:
        out = subprocess.run(
            ["nvidia-smi", "--query-gpu=name,memory.total", "--format=csv,noheader"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
        if out.returncode == 0 and out.stdout.strip():
            gpu = "; ".join(out.stdout.strip().splitlines())
    except (OSError, subprocess.TimeoutExpired):
        pass
    versions = []
    for mod in ["torch", "torchvision", "onnxruntime", "cv2", "scrapy", "dask", "distributed", "pyarrow"]:
        try:
            versions.append(f"{mod} {importlib.import_module(mod).__version__}")
        except Exception:  # noqa: BLE001 - a missing optional library is reported, not fatal
            versions.append(f"{mod} (not installed)")
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=HERE, check=False
    ).stdout.strip()
    return "\n".join(
        [
            f"- date: {dt.datetime.now(dt.UTC).strftime('%Y-%m-%d %H:%M UTC')}, commit {commit or 'unknown'}",
            f"- CPU: {cpu}, {os.cpu_count()} cores; memory {mem}; GPU: {gpu}",
            f"- Python {platform.python_version()} on {platform.platform()}",
            f"- {', '.join(versions)}",
        ]
    )


def splice_section(text: str, section: str) -> str:
    """`text` (a RESULTS.md) with the level-2 section titled like `section` replaced by it.

    A section runs from its `## ` heading to the next `## ` heading; headings match on the words
    before any parenthesis, so a title that gained a qualifier still finds its old section. A
    section not found goes before the reliability table (or at the end).
    """
    lines = text.split("\n")
    span = section_span(lines, section.splitlines()[0])
    if span is not None:
        return "\n".join([*lines[: span[0]], section.rstrip(), "", *lines[span[1] :]])
    for i, line in enumerate(lines):
        if line.startswith("## Reliability"):
            return "\n".join([*lines[:i], section.rstrip(), "", *lines[i:]])
    return text.rstrip() + "\n\n" + section.rstrip() + "\n"


def section_span(lines: list[str], heading: str) -> tuple[int, int] | None:
    """(index of the heading line, index after the section's last line) of the level-2 section of `lines` (a
    RESULTS.md split at newlines) titled like `heading` (the words before any parenthesis), or None."""
    key = heading.split("(")[0].strip()
    heads = [i for i, line in enumerate(lines) if line.startswith("## ")]
    for n, i in enumerate(heads):
        if lines[i].split("(")[0].strip() == key:
            return i, heads[n + 1] if n + 1 < len(heads) else len(lines)
    return None


HEADLINE = "real_logos"  # real photographs (bench_real_logos.py) come first: the figure the product stands on


def discover() -> list[str]:
    names = sorted(p.stem[len("bench_") :] for p in HERE.glob("bench_*.py"))
    return sorted(names, key=lambda n: n != HEADLINE)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, each benchmark under a minute")
    parser.add_argument("--only", nargs="*", default=None, help="benchmark names to run (default: all)")
    parser.add_argument("--out", default=str(HERE / "RESULTS.md"), help="where to write the results")
    args = parser.parse_args(argv)
    names = args.only or discover()
    sections, failed = [], []
    for name in names:
        print(f"== benchmark {name}", flush=True)
        t0 = time.perf_counter()
        try:
            mod = importlib.import_module(f"benchmarks.bench_{name}")
            sections.append(mod.run(quick=args.quick).strip())
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed.append(name)
            sections.append(f"## {name}\n\nFAILED:\n\n```\n{traceback.format_exc()}\n```")
        print(f"   {name}: {time.perf_counter() - t0:.1f} s", flush=True)
    out = Path(args.out)
    if args.only and out.exists():  # a partial run replaces only its own sections
        stamp = (
            f"_Section rerun alone (`python -m benchmarks --only {' '.join(names)}`): {machine_details()}_"
        )
        text = out.read_text(encoding="utf-8")
        for section in sections:
            text = splice_section(text, section.rstrip() + "\n\n" + stamp.replace("\n", " "))
    else:
        summary = HERE.parent / "tests" / "reliability" / "last_summary.md"
        if summary.exists():  # the reliability suite's table, from its last run under pytest
            body = summary.read_text(encoding="utf-8").split("\n", 1)[-1].strip()
            sections.append(
                f"## Reliability and safety suite (last `pytest tests/reliability` run)\n\n{body}"
            )
        mode = "quick" if args.quick else "full"
        text = (
            f"# Benchmark results\n\nWritten by `python -m benchmarks{' --quick' if args.quick else ''}` ({mode} run).\n\n"
            f"## Machine\n\n{machine_details()}\n\n" + "\n\n".join(sections) + "\n"
        )
    out.write_text(text, encoding="utf-8")
    print(f"wrote {args.out}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
