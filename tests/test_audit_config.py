"""Audit (stop 68): every path field of knockoff.yaml resolved against the file's folder, and `python -m knockoff`."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import BaseModel

from knockoff.config import KnockoffConfig, _path_mark, load_config

# field names that hold a file or folder path (or a program's): each must be typed PathStr or CommandStr
PATH_NAMES = {"lake", "brands", "runs"}
PATH_SUFFIXES = ("_dir", "_folder", "_path", "_file", "_files")


def _fields(model: type[BaseModel], prefix: str = "") -> dict[str, object]:
    """'section.field' -> FieldInfo for every field of `model` and of the sections and lists inside it."""
    out: dict[str, object] = {}
    for name, field in model.model_fields.items():
        out[prefix + name] = field
        for arg in (field.annotation, *getattr(field.annotation, "__args__", ())):
            if isinstance(arg, type) and issubclass(arg, BaseModel):
                out.update(_fields(arg, f"{prefix}{name}."))
    return out


def test_every_path_field_of_the_typed_config_is_marked() -> None:
    fields = _fields(KnockoffConfig)
    pathlike = {k for k in fields if k.rsplit(".", 1)[-1] in PATH_NAMES or k.endswith(PATH_SUFFIXES)}
    assert {"crawl.http_cache_dir", "match.detect.calibration_folder", "crawl.chromium_path"} <= pathlike
    unmarked = sorted(k for k in pathlike if _path_mark(fields[k]) is None)
    assert not unmarked, f"path fields load_config would not resolve: {unmarked}"


def test_load_config_resolves_every_relative_path_against_the_files_folder(tmp_path, monkeypatch) -> None:
    conf_dir = tmp_path / "conf"
    conf_dir.mkdir()
    (conf_dir / "sites.yaml").write_text("sites:\n  - name: s\n    start_urls: ['http://127.0.0.1/']\n")
    (conf_dir / "knockoff.yaml").write_text(
        "lake: lake\nbrands: b/brands.yaml\nsites_file: sites.yaml\nruns: out/runs\n"
        "crawl: {job_dir: jobs, http_cache_dir: httpcache, chromium_path: bin/chromium}\n"
        "match: {detect: {calibration_folder: calib}}\n"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    cfg = load_config(Path("..") / "conf" / "knockoff.yaml")
    base = conf_dir.resolve()
    got = {
        "lake": cfg.lake,
        "brands": cfg.brands,
        "sites_file": cfg.sites_file,
        "runs": cfg.runs,
        "crawl.job_dir": cfg.crawl.job_dir,
        "crawl.http_cache_dir": cfg.crawl.http_cache_dir,
        "crawl.chromium_path": cfg.crawl.chromium_path,
        "match.detect.calibration_folder": cfg.match.detect.calibration_folder,
    }
    want = dict.fromkeys(got)
    for key, rel in zip(want, ["lake", "b/brands.yaml", "sites.yaml", "out/runs", "jobs", "httpcache",
                               "bin/chromium", "calib"], strict=True):  # fmt: skip
        want[key] = str(base / rel)
    assert got == want
    assert [s.name for s in cfg.sites] == ["s"]
    assert cfg.match.detect.score_calibration == "tail"


@pytest.mark.parametrize(
    ("yaml_text", "expected"),
    [
        ("crawl: {chromium_path: chromium}\n", "chromium"),  # a bare program name: looked up on PATH
        ("crawl: {chromium_path: /opt/chrome/chrome}\n", "/opt/chrome/chrome"),
        ("lake: s3://bucket/lake\n", "s3://bucket/lake"),
        ("crawl: {http_cache_dir: /var/cache/k}\n", "/var/cache/k"),
    ],
)
def test_urls_absolute_paths_and_program_names_are_kept(tmp_path, yaml_text, expected) -> None:
    (tmp_path / "k.yaml").write_text(yaml_text)
    cfg = load_config(tmp_path / "k.yaml")
    got = {cfg.lake, cfg.crawl.chromium_path, cfg.crawl.http_cache_dir}
    assert expected in got


def test_python_m_knockoff_runs_the_cli(tmp_path) -> None:
    """`python -m knockoff` is the `knockoff` console script: its help, and a bad input's one line and rc 2."""
    done = subprocess.run(
        [sys.executable, "-m", "knockoff", "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: knockoff ") and "ingest" in done.stdout and "nightly" in done.stdout
    argv = ["ingest", "--images", str(tmp_path / "none"), "--lake", str(tmp_path / "lake"), "--site", "s"]
    bad = subprocess.run(
        [sys.executable, "-m", "knockoff", *argv], capture_output=True, text=True, timeout=120, cwd=tmp_path
    )
    assert bad.returncode == 2 and bad.stderr.startswith("knockoff ingest: error: "), bad.stderr
