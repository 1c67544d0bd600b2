"""`knockoff nightly` refuses bad input with one line before doing anything."""

from __future__ import annotations

import pytest

from knockoff.config import KnockoffConfig, SiteConfig
from knockoff.errors import ConfigError, KnockoffError
from knockoff.jobs.night.nightly import run_nightly


def _cfg(tmp_path, **kw) -> KnockoffConfig:
    (tmp_path / "brands.yaml").write_text("brands: []\n")
    base = {"lake": str(tmp_path / "lake"), "brands": str(tmp_path / "brands.yaml")}
    return KnockoffConfig(**{**base, **kw})


def test_no_sites_is_a_config_error(tmp_path):
    with pytest.raises(ConfigError, match="no sites configured"):
        run_nightly(_cfg(tmp_path), "2026-11-01")
    assert not (tmp_path / "lake" / "runs" / "night-2026-11-01").exists()


def test_missing_brands_file(tmp_path):
    cfg = _cfg(tmp_path, sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])])
    cfg.brands = str(tmp_path / "nope.yaml")
    with pytest.raises(ConfigError, match="brands file not found"):
        run_nightly(cfg, "2026-11-01")


def test_single_stage_needs_earlier_stages(tmp_path):
    cfg = _cfg(tmp_path, sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])])
    with pytest.raises(
        KnockoffError, match="stage rank needs stage\\(s\\) crawl, networks, match done for 2026-11-01"
    ):
        run_nightly(cfg, "2026-11-01", stage="rank")


@pytest.mark.parametrize(
    "kw, needle", [({"date": "2026-13-01"}, "bad date"), ({"force": ["cook"]}, "unknown stage")]
)
def test_bad_arguments(tmp_path, kw, needle):
    cfg = _cfg(tmp_path, sites=[SiteConfig(name="a", start_urls=["http://127.0.0.1:1/"])])
    with pytest.raises(KnockoffError, match=needle):
        run_nightly(cfg, **{"date": "2026-11-01", **kw})
