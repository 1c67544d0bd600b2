"""Typed configuration: loading, validation errors and path resolution."""

from __future__ import annotations

import pytest

from knockoff.config import KnockoffConfig, load_config, load_sites
from knockoff.errors import ConfigError


def test_relative_paths_resolve_against_the_file(tmp_path):
    (tmp_path / "k.yaml").write_text("lake: lake\nbrands: b/brands.yaml\nmatch: {min_score: 0.3}\n")
    cfg = load_config(tmp_path / "k.yaml")
    assert cfg.lake == str(tmp_path / "lake")
    assert cfg.brands == str(tmp_path / "b" / "brands.yaml")
    assert cfg.match.min_score == 0.3


def test_fsspec_lake_url_kept(tmp_path):
    (tmp_path / "k.yaml").write_text("lake: memory://lake\n")
    assert load_config(tmp_path / "k.yaml").lake == "memory://lake"


@pytest.mark.parametrize(
    "text, needle",
    [
        ("lake: [unclosed\n", "not valid YAML"),
        ("- a\n- b\n", "mapping"),
        ("match: {min_score: high}\n", "min_score"),
        ("unknown_key: 1\n", "unknown_key"),
    ],
)
def test_bad_config_is_one_line(tmp_path, text, needle):
    (tmp_path / "k.yaml").write_text(text)
    with pytest.raises(ConfigError, match=needle) as exc:
        load_config(tmp_path / "k.yaml")
    assert "\n" not in str(exc.value)


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="file not found"):
        load_config(tmp_path / "nope.yaml")


def test_sites_file(tmp_path):
    (tmp_path / "sites.yaml").write_text(
        "sites:\n  - name: shop\n    start_urls: [http://127.0.0.1:1/]\n    allowed_domains: [127.0.0.1]\n"
    )
    (tmp_path / "k.yaml").write_text("sites_file: sites.yaml\n")
    cfg = load_config(tmp_path / "k.yaml")
    assert [s.name for s in cfg.sites] == ["shop"]
    assert load_sites(tmp_path / "sites.yaml")[0].spider == "generic"


def test_config_hash_changes_with_content():
    a, b = KnockoffConfig(), KnockoffConfig()
    assert a.config_hash() == b.config_hash()
    b.match.min_score = 0.9
    assert a.config_hash() != b.config_hash()
