"""Delivery outputs are writers chosen in the config (`deliver.outputs`); a new one plugs in by name."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from knockoff.config import DeliverConfig
from knockoff.errors import ConfigError
from knockoff.jobs.cli import main
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.delivery.writers import WRITERS, BrandDelivery, register_writer, writers_for
from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night, evidence, write_run

DATE = "2026-11-20"


@pytest.fixture()
def run(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    items = [Item(1, "Acme runner", price=12.0), Item(2, "Acme cap", price=9.0)]
    Night(lake, DATE, items).write()
    cands = [("Acme", it, s, evidence(it, s)) for it, s in zip(items, (0.9, 0.7), strict=True)]
    return write_run(tmp_path / "lake" / "runs" / "r1", lake.root, DATE, cands), lake


def _files(folder) -> set[str]:
    return {p.name for p in folder.iterdir()}


def test_default_outputs_are_csv_parquet_html(run) -> None:
    run_dir, lake = run
    res = deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0))
    assert _files(run_dir / "brands" / "Acme") == {"candidates.csv", "candidates.parquet", "report.html"}
    assert res["brands"]["Acme"]["report"].endswith("brands/Acme/report.html")


def test_only_the_configured_outputs_are_written(run) -> None:
    run_dir, lake = run
    res = deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0, outputs=["csv"]))
    assert _files(run_dir / "brands" / "Acme") == {"candidates.csv"}
    assert res["brands"]["Acme"]["report"] is None
    index = (run_dir / "index.html").read_text()
    assert 'href="brands/Acme/candidates.csv"' in index
    assert "report.html" not in index and "candidates.parquet" not in index


@dataclass
class JsonLinesWriter:
    """A toy output: one JSON object per delivered row."""

    name: str = "jsonl"
    filename: str = "candidates.jsonl"
    label: str = "JSON lines"
    needs_thumbnails: bool = False

    def render(self, delivery: BrandDelivery) -> bytes:
        rows = [
            {"rank": r["rank"], "listing_id": r["listing_id"], "score": float(r["score"])}
            for r in delivery.rows
        ]
        return "".join(json.dumps(r) + "\n" for r in rows).encode()


def test_a_registered_writer_is_chosen_by_name(run) -> None:
    run_dir, lake = run
    register_writer(JsonLinesWriter())
    try:
        deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0, outputs=["jsonl", "html"]))
    finally:
        WRITERS.pop("jsonl")
    folder = run_dir / "brands" / "Acme"
    assert _files(folder) == {"candidates.jsonl", "report.html"}
    lines = [json.loads(x) for x in (folder / "candidates.jsonl").read_text().splitlines()]
    assert [x["rank"] for x in lines] == [1, 2] and lines[0]["score"] == pytest.approx(0.9, abs=1e-6)
    assert 'href="brands/Acme/candidates.jsonl">JSON lines</a>' in (run_dir / "index.html").read_text()


def test_a_writer_by_import_path(run) -> None:
    run_dir, lake = run
    path = f"{__name__}:JsonLinesWriter"
    deliver(str(run_dir), lake.root, ["Acme"], DeliverConfig(min_score=0.0, outputs=[path]))
    assert _files(run_dir / "brands" / "Acme") == {"candidates.jsonl"}


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        (["csv", "pdf"], "unknown output 'pdf'"),
        (["csv", "csv"], "same file"),
        (["tests.jobs.nope:W"], "cannot import"),
        ([f"{__name__}:DATE"], "not an output writer"),
    ],
)
def test_bad_outputs_are_one_line_errors(outputs, message) -> None:
    with pytest.raises(ConfigError, match=message) as exc:
        writers_for(outputs)
    assert "\n" not in str(exc.value)


def test_command_line_overrides_are_validated(run, capsys) -> None:
    run_dir, lake = run
    assert main(["deliver", "--run", str(run_dir), "--top-k", "0"]) == 2
    assert "deliver.top_k" in capsys.readouterr().err
    assert main(["deliver", "--run", str(run_dir), "--outputs", "csv,pdf"]) == 2
    assert "unknown output 'pdf'" in capsys.readouterr().err
    assert main(["deliver", "--run", str(run_dir), "--outputs", "parquet", "--min-score", "0"]) == 0
    assert _files(run_dir / "brands" / "Acme") == {"candidates.parquet"}
