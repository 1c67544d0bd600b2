"""Audit fixes (stop 68) around run records and the night's preflight:

- a run whose manifest holds its lake as typed relative to another working folder still finds that lake
  (item 2, runs made before lakes were recorded absolute);
- a bad brands.yaml (missing mark file, mistyped key) fails the night before the crawl runs (item 5);
- `knockoff runs list/show/diff` with a --lake or --runs folder that does not exist: one line, exit 2 (item 8).
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image, ImageDraw

from knockoff.config import KnockoffConfig, SiteConfig
from knockoff.errors import ConfigError
from knockoff.jobs.cli import main
from knockoff.jobs.night.nightly import run_nightly
from knockoff.jobs.records.rundir import RunDir, absolute_root


def _mark(path: Path) -> Path:
    im = Image.new("RGBA", (64, 64), (0, 0, 0, 0))
    ImageDraw.Draw(im).rectangle((8, 16, 56, 48), fill=(200, 20, 20, 255))
    im.save(path, "PNG")
    return path


# ---- item 2: the lake of a run, from any working folder -------------------------------------------


def test_absolute_root_keeps_urls_and_anchors_local_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert absolute_root("demo/lake") == str(tmp_path / "demo" / "lake")
    assert absolute_root("s3://bucket/lake") == "s3://bucket/lake"
    assert absolute_root("file:///data/lake") == "file:///data/lake"
    assert absolute_root("memory://lake") == "memory://lake"


def test_relative_lake_of_an_older_manifest_is_found_from_another_folder(tmp_path, monkeypatch):
    run = tmp_path / "proj" / "demo" / "lake" / "runs" / "myrun"
    run.mkdir(parents=True)
    (run / "manifest.json").write_text(json.dumps({"run_id": "myrun", "lake": "demo/lake"}))
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    assert RunDir(str(run)).lake() == str(tmp_path / "proj" / "demo" / "lake")
    # a relative lake that is not the folder above runs/ is left as recorded
    (run / "manifest.json").write_text(json.dumps({"run_id": "myrun", "lake": "other/lake"}))
    assert RunDir(str(run)).lake() == "other/lake"
    # an absolute lake is taken as recorded
    (run / "manifest.json").write_text(json.dumps({"run_id": "myrun", "lake": "/data/lake"}))
    assert RunDir(str(run)).lake() == "/data/lake"


# ---- item 5: brands.yaml checked before the crawl -----------------------------------------------


@pytest.mark.parametrize(
    "entry, needle",
    [
        ("- name: Acme\n  marks: [missing.png]\n", "mark file not found"),
        ("- name: Acme\n  marks: [acme.png]\n  keyword: [acme]\n", "keyword"),
    ],
)
def test_bad_brands_file_fails_before_the_crawl(tmp_path, entry, needle):
    _mark(tmp_path / "acme.png")
    (tmp_path / "brands.yaml").write_text("brands:\n" + entry)
    cfg = KnockoffConfig(
        lake=str(tmp_path / "lake"),
        brands=str(tmp_path / "brands.yaml"),
        sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])],
    )
    with pytest.raises(ConfigError, match=needle) as err:
        run_nightly(cfg, "2026-11-01")
    assert "\n" not in str(err.value)
    night = tmp_path / "lake" / "runs" / "night-2026-11-01"
    assert not (night / "manifest.json").exists(), "a stage ran before the brands were checked"
    assert not (tmp_path / "lake" / "listings").exists()


def test_good_brands_file_passes_the_preflight(tmp_path):
    from knockoff.jobs.night.nightly import preflight

    _mark(tmp_path / "acme.png")
    (tmp_path / "brands.yaml").write_text("brands:\n- name: Acme\n  marks: [acme.png]\n  keywords: [acme]\n")
    cfg = KnockoffConfig(
        lake=str(tmp_path / "lake"),
        brands=str(tmp_path / "brands.yaml"),
        sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])],
    )
    preflight(cfg, ["crawl", "networks", "match", "rank", "deliver"])


# ---- item 8: runs commands with a folder that does not exist -------------------------------------


@pytest.mark.parametrize(
    "argv, needle",
    [
        (["runs", "list", "--lake", "{missing}"], "lake '{missing}' not found"),
        (["runs", "list", "--runs", "{missing}"], "runs folder '{missing}' not found"),
        (["runs", "show", "r1", "--lake", "{missing}"], "lake '{missing}' not found"),
        (["runs", "diff", "r1", "r2", "--runs", "{missing}"], "runs folder '{missing}' not found"),
    ],
)
def test_runs_commands_refuse_a_missing_folder(tmp_path, capsys, argv, needle):
    missing = str(tmp_path / "nonexistent" / "lake")
    code = main([a.format(missing=missing) for a in argv])
    err = capsys.readouterr().err
    assert code == 2
    assert err.strip() == f"knockoff runs: error: {needle.format(missing=missing)}"
    assert not os.path.exists(missing)


def test_runs_list_of_a_lake_without_runs_is_an_empty_table(tmp_path, capsys):
    (tmp_path / "lake").mkdir()
    assert main(["runs", "list", "--lake", str(tmp_path / "lake")]) == 0
    assert capsys.readouterr().out.split() == [
        "RUN",
        "CREATED",
        "STATUS",
        "DATES",
        "STAGES",
        "MODEL",
        "CANDIDATES",
    ]


def test_runs_list_shows_a_short_model_version() -> None:
    """`runs list`'s MODEL column: the release tag and 8 hex of the whole version (a user audit found it about 350
    characters wide); two versions differing anywhere differ there too; `runs show` keeps the whole string."""
    from knockoff.jobs.records.runs import short_model

    full = (
        "effnet-lite0-b073b9bedd4f+head-b2ee16293f+dense16-chroma2-halves-refine-counted-bands3-v31+ocr-det"
    )
    short = short_model(full)
    assert short.startswith("v31:") and len(short) == 12
    assert short_model(full.replace("bands3", "bands2")) != short
    assert short_model("") == ""
    assert short_model("raw-features-only").startswith("model:")
