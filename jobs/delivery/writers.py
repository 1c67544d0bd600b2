"""Output writers: one file per brand folder each (CSV, Parquet, HTML report), chosen in the config.

`deliver.outputs: [csv, parquet, html]` names the writers `deliver` runs for each brand. A writer
has a `name` (its config key), the `filename` it writes in RUN_DIR/brands/BRAND/, a `label` for
the run index, whether it needs thumbnails, and `render(delivery) -> bytes`. A new output is one
class plus `register_writer(...)`, or its import path in `deliver.outputs` ("mypkg.out:WRITER").
Rows are RANKED_SCHEMA dicts (jobs.night.rank), in rank order.
"""

from __future__ import annotations

import csv
import importlib
import io
from dataclasses import dataclass, field
from typing import Any, Protocol, runtime_checkable

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.errors import ConfigError

CSV_COLUMNS = [
    "brand",
    "rank",
    "score",
    "new_tonight",
    "first_seen",
    "last_seen",
    "listing_id",
    "url",
    "title",
    "price",
    "currency",  # the listing's (ISO 4217), empty when it has none
    "seller",
    "site",
    # the listing's codes from the lake (report_data.listing_fields): what a takedown request cites
    "gtin",
    "mpn",
    "sku",
    "reasons",
    "feedback",
    "evidence_fingerprint",
    "verdict",
    "note",
]
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: Any) -> Any:
    """Keep spreadsheet programs from running scraped text as a formula (leading quote)."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


@dataclass
class BrandDelivery:
    """What a writer gets for one brand: its rows and the run's context."""

    brand: str
    rows: list[dict[str, Any]]
    run_id: str
    date: str | None = None
    thumbs: dict[str, Any] = field(default_factory=dict)  # image sha256 -> thumbs.Thumb
    feedback: dict[str, int] | None = None  # verdict -> count of the brand's rows
    extras: Any = None  # report_data.ReportExtras: currencies, registered marks, night history


@runtime_checkable
class OutputWriter(Protocol):
    """One per-brand output file."""

    name: str
    filename: str
    label: str
    needs_thumbnails: bool

    def render(self, delivery: BrandDelivery) -> bytes: ...


class CsvWriter:
    """candidates.csv: spreadsheet columns, empty `verdict` and `note` for the brand to fill in."""

    name, filename, label, needs_thumbnails = "csv", "candidates.csv", "CSV", False

    def render(self, delivery: BrandDelivery) -> bytes:
        buf = io.StringIO()
        w = csv.DictWriter(buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
        w.writeheader()
        for r in delivery.rows:
            rec = {**r, "score": f"{float(r['score']):.4f}", "new_tonight": "yes" if r.get("is_new") else ""}
            extras = delivery.extras
            rec |= extras.codes.get(r.get("listing_id") or "", {}) if extras is not None else {}
            rec["verdict"] = rec["note"] = ""
            w.writerow({k: csv_cell(rec.get(k)) for k in CSV_COLUMNS})
        return buf.getvalue().encode("utf-8")


class ParquetWriter:
    """candidates.parquet: the brand's RANKED_SCHEMA rows (zstd)."""

    name, filename, label, needs_thumbnails = "parquet", "candidates.parquet", "Parquet", False

    def render(self, delivery: BrandDelivery) -> bytes:
        from knockoff.jobs.night.rank import RANKED_SCHEMA

        sink = pa.BufferOutputStream()
        pq.write_table(pa.Table.from_pylist(delivery.rows, schema=RANKED_SCHEMA), sink, compression="zstd")
        return sink.getvalue().to_pybytes()


class HtmlReportWriter:
    """report.html: the brand's self-contained report (thumbnails with boxes, filters)."""

    name, filename, label, needs_thumbnails = "html", "report.html", "Report", True

    def render(self, delivery: BrandDelivery) -> bytes:
        from knockoff.jobs.delivery.report import render_report

        d = delivery
        html = render_report(d.brand, d.rows, d.thumbs, d.run_id, d.date, d.feedback, d.extras)
        return html.encode("utf-8")


WRITERS: dict[str, OutputWriter] = {w.name: w for w in (CsvWriter(), ParquetWriter(), HtmlReportWriter())}


def register_writer(writer: OutputWriter) -> OutputWriter:
    """Make `writer` selectable by its name in `deliver.outputs` (replacing one of that name)."""
    if not isinstance(writer, OutputWriter):
        raise TypeError(f"{writer!r} is not an output writer (name, filename, label, render)")
    WRITERS[writer.name] = writer
    return writer


def writers_for(names: list[str]) -> list[OutputWriter]:
    """The writers named in `deliver.outputs` (a registered name or 'module:attribute'), in order.

    Raises ConfigError (one line) for an unknown name, a failed import, or two writers of one file.
    """
    out: list[OutputWriter] = []
    for name in names:
        if ":" in name:
            module, _, attr = name.partition(":")
            try:
                w = getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError, ValueError) as exc:
                raise ConfigError(f"deliver.outputs: cannot import {name!r} ({exc})") from exc
            w = w() if isinstance(w, type) else w
            if not isinstance(w, OutputWriter):
                raise ConfigError(f"deliver.outputs: {name!r} is not an output writer")
        elif name in WRITERS:
            w = WRITERS[name]
        else:
            raise ConfigError(
                f"deliver.outputs: unknown output {name!r} (known: {', '.join(sorted(WRITERS))})"
            )
        out.append(w)
    files = [w.filename for w in out]
    if len(set(files)) != len(files):
        raise ConfigError(f"deliver.outputs: two outputs write the same file ({', '.join(files)})")
    return out
