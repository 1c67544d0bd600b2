"""Knobs live in the typed config: bounded, in config_hash, overrides validated; cluster kinds by import path."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from knockoff.config import ClusterConfig, KnockoffConfig, MatchConfig, with_overrides
from knockoff.errors import ConfigError


def test_tuning_knobs_enter_the_config_hash() -> None:
    base = KnockoffConfig()
    weights = {**base.match.fusion.weights, "logo": 0.9}
    tuned = with_overrides(base, {"match": {"fusion": {"weights": weights}}})
    assert tuned.match.fusion.weights["logo"] == 0.9
    assert tuned.config_hash() != base.config_hash()
    assert with_overrides(base, {}).config_hash() == base.config_hash()


def test_overrides_are_validated_and_none_is_skipped() -> None:
    cfg = with_overrides(KnockoffConfig(), {"deliver": {"top_k": 5, "min_score": None}})
    assert (cfg.deliver.top_k, cfg.deliver.min_score) == (5, 0.2)
    for bad, where in [
        ({"deliver": {"top_k": 0}}, "deliver.top_k"),
        ({"match": {"batch_size": "many"}}, "match.batch_size"),
        ({"match": {"fusion": {"weights": {"logo": 2}}}}, "match.fusion.weights.logo"),
        ({"deliver": {"outptus": ["csv"]}}, "deliver.outptus"),
    ]:
        with pytest.raises(ConfigError, match=where) as exc:
            with_overrides(KnockoffConfig(), bad, source="--option")
        assert "\n" not in str(exc.value) and str(exc.value).startswith("--option ")


def test_cluster_kind_is_a_known_name_or_an_import_path() -> None:
    for ok in (
        "auto",
        "local",
        "slurm",
        "kubernetes",
        "dask_jobqueue:PBSCluster",
        "distributed:LocalCluster",
    ):
        assert ClusterConfig(kind=ok).kind == ok
    for bad in ("pbs", "dask_jobqueue.PBSCluster", "x:y:z", ""):
        with pytest.raises(ValidationError):
            ClusterConfig(kind=bad)


def test_cluster_kind_by_import_path_builds_that_class() -> None:
    from distributed import Client, LocalCluster

    from knockoff.cluster.client import make_cluster

    opts = {"n_workers": 1, "threads_per_worker": 1, "processes": False, "dashboard_address": ":0"}
    cluster = make_cluster(ClusterConfig(kind="distributed:LocalCluster", options=opts, jobs=2))
    try:
        assert isinstance(cluster, LocalCluster)
        with Client(cluster) as client:
            client.wait_for_workers(2, timeout=30)  # scaled to `jobs`
            assert client.submit(sum, [1, 2, 3]).result(timeout=30) == 6
    finally:
        cluster.close()


@pytest.mark.parametrize(
    ("kind", "options", "message"),
    [
        ("no_such_module:Cluster", {}, "cannot import"),
        ("distributed:NoSuchCluster", {}, "cannot import"),
        ("distributed.deploy.spec:SpecCluster", {"no_such_option": 1}, "bad cluster.options"),
        ("collections:OrderedDict", {}, "not a Dask cluster"),
    ],
)
def test_bad_cluster_kind_is_one_line(kind: str, options: dict, message: str) -> None:
    from knockoff.cluster.client import make_cluster

    with pytest.raises(ConfigError, match=message) as exc:
        make_cluster(ClusterConfig(kind=kind, options=options))
    assert "\n" not in str(exc.value)


def test_optional_features_name_their_extra(monkeypatch, tmp_path) -> None:
    from knockoff import extras
    from knockoff.config import CrawlConfig, SiteConfig
    from knockoff.crawler.run import run_crawl
    from knockoff.matching.ocr import Ocr

    assert extras.missing("ocr") == [] and extras.missing("redis") == []  # the dev extra installs them
    monkeypatch.setitem(extras.EXTRAS, "ocr", (("no_such_ocr_module",), "reading brand names inside images"))
    with pytest.raises(ConfigError) as exc:
        Ocr()
    assert str(exc.value) == (
        "reading brand names inside images needs no_such_ocr_module: pip install 'knockoff[ocr]' "
        "(or set match.ocr: false)"
    )
    monkeypatch.setitem(
        extras.EXTRAS, "redis", (("no_such_redis_module",), "the shared Redis crawl frontier")
    )
    site = SiteConfig(name="s", start_urls=["http://127.0.0.1:9/"])
    with pytest.raises(ConfigError, match=r"pip install 'knockoff\[redis\]'"):
        run_crawl(
            [site], str(tmp_path / "lake"), "2026-11-20", CrawlConfig(redis_url="redis://127.0.0.1:9/0")
        )
    assert not (tmp_path / "lake").exists()  # refused before anything was written


def test_matcher_tuning_is_config_and_names_its_cache(tmp_path) -> None:
    """match.detect knobs reach the Matcher; tuned knobs give another model version (cache key)."""
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from tests.matching.conftest import draw_mark, png_bytes

    (tmp_path / "mark.png").write_bytes(png_bytes(draw_mark(200)))
    (tmp_path / "brands.yaml").write_text("brands:\n  - name: Starling\n    marks: [mark.png]\n")
    brands = load_brands(tmp_path / "brands.yaml")
    plain = Matcher(brands, MatchConfig(device="cpu", ocr=False), device="cpu")
    tuned_cfg = MatchConfig(device="cpu", ocr=False, detect={"ocr_veto": 0.3, "verify_top": 2})
    tuned = Matcher(brands, tuned_cfg, device="cpu")
    assert (tuned.knobs.ocr_veto, tuned.knobs.verify_top) == (0.3, 2)
    assert "+knobs-" not in plain.model_version and "+knobs-" in tuned.model_version
    assert tuned.model_version.split("+knobs-")[0] == plain.model_version
    with pytest.raises(ValidationError):
        MatchConfig(detect={"ocr_veto": 1.5})


def test_template_geometry_shows_in_the_model_version(tmp_path, monkeypatch) -> None:
    """matching/logo.py's template geometry is part of the model version when changed."""
    from knockoff.matching import logo
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from tests.matching.conftest import draw_mark, png_bytes

    monkeypatch.setenv("KNOCKOFF_CACHE", str(tmp_path / "cache"))
    (tmp_path / "mark.png").write_bytes(png_bytes(draw_mark(200)))
    (tmp_path / "brands.yaml").write_text("brands:\n  - name: Starling\n    marks: [mark.png]\n")
    brands = load_brands(tmp_path / "brands.yaml")
    plain = Matcher(brands, MatchConfig(device="cpu", ocr=False), device="cpu")
    monkeypatch.setattr(logo, "TEMPLATE_SIZES", (48, 80, 128))
    changed = Matcher(brands, MatchConfig(device="cpu", ocr=False), device="cpu")
    assert "+tpl-" not in plain.model_version and "+tpl-" in changed.model_version
    assert changed.model_version.split("+tpl-")[0] == plain.model_version
