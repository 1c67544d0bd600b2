"""The public Python API end to end: ingest -> match (real Matcher, in-process Dask) -> rank -> deliver."""

from __future__ import annotations

import csv

import cv2
import pyarrow.parquet as pq
import pytest
import yaml

import knockoff
from knockoff.config import ClusterConfig, DeliverConfig, KnockoffConfig, MatchConfig
from knockoff.errors import ConfigError, KnockoffError
from tests.matching.conftest import background, draw_mark, jpeg_bytes, plant, png_bytes

DATE = "2026-11-20"


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """A lake with three ingested listings (a planted logo, a misspelt cheap title, a plain one)."""
    d = tmp_path_factory.mktemp("api")
    (d / "mark.png").write_bytes(png_bytes(draw_mark(200)))
    doc = {"brands": [{"name": "Starling", "marks": ["mark.png"], "price_floor": 90.0}]}
    (d / "brands.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    imgs = d / "images"
    imgs.mkdir()
    mark = draw_mark(256)
    (imgs / "logo.jpg").write_bytes(jpeg_bytes(plant(background(1), mark, 150, (120, 150))[0]))
    (imgs / "plain.jpg").write_bytes(jpeg_bytes(background(2)))
    (imgs / "other.jpg").write_bytes(jpeg_bytes(cv2.GaussianBlur(background(3), (9, 9), 0)))
    with open(d / "listings.csv", "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=["url", "title", "price", "seller", "images"])
        w.writeheader()
        w.writerow(
            {
                "url": "http://127.0.0.1/1",
                "title": "Jacket",
                "price": "25",
                "seller": "s1",
                "images": "logo.jpg",
            }
        )
        w.writerow(
            {
                "url": "http://127.0.0.1/2",
                "title": "Starlinng jacket",
                "price": "20",
                "seller": "s2",
                "images": "plain.jpg",
            }
        )
        w.writerow({"url": "http://127.0.0.1/3", "title": "Plain cap", "price": "30", "seller": "s3", "images": "other.jpg"})  # fmt: skip
    lake = str(d / "lake")
    counts = knockoff.ingest(imgs, lake, "shop", DATE, metadata_csv=d / "listings.csv")
    cfg = KnockoffConfig(
        lake=lake,
        brands=str(d / "brands.yaml"),
        match=MatchConfig(device="cpu", ocr=False),
        cluster=ClusterConfig(dashboard=False),
        deliver=DeliverConfig(min_score=0.0, outputs=["csv", "parquet"]),
    )
    return d, cfg, counts


def test_ingest_counts(night) -> None:
    _, _, counts = night
    assert counts["listings"] == 3 and counts["images_new"] == 3


def test_match_rank_deliver_through_the_api(night) -> None:
    from distributed import Client

    d, cfg, _ = night
    with Client(processes=False, n_workers=1, threads_per_worker=1, dashboard_address=":0") as client:
        res = knockoff.match(cfg, DATE, run_dir=str(d / "runs" / "r1"), client=client)
    assert res.counts["candidates"] >= 2
    counts = knockoff.rank(res.run_dir)
    assert counts["candidates"]["Starling"] >= 2
    out = knockoff.deliver(res.run_dir, config=cfg)
    folder = d / "runs" / "r1" / "brands" / "Starling"
    assert out["brands"]["Starling"]["report"] is None and sorted(p.name for p in folder.iterdir()) == [
        "candidates.csv",
        "candidates.parquet",
    ]
    rows = pq.read_table(folder / "candidates.parquet").to_pylist()
    by_url = {r["url"]: r for r in rows}
    logo, text = by_url["http://127.0.0.1/1"], by_url["http://127.0.0.1/2"]
    assert logo["rank"] == 1 and "logo match" in logo["reasons"]  # the planted logo leads
    assert dict(logo["evidence"]["signals"])["logo"] >= 0.4 and logo["evidence"]["box"] is not None
    assert "misspelling 'Starlinng'" in text["reasons"] and "price 20" in text["reasons"]
    assert "http://127.0.0.1/3" not in by_url


def test_config_by_path_and_one_line_errors(night, tmp_path) -> None:
    d, cfg, _ = night
    path = tmp_path / "knockoff.yaml"
    path.write_text(yaml.safe_dump({"lake": cfg.lake, "brands": cfg.brands, "sites": []}))
    assert knockoff.load_config(path).lake == cfg.lake
    with pytest.raises(KnockoffError, match="no sites to crawl"):
        knockoff.crawl(path, DATE)
    with pytest.raises(ConfigError, match="not in the configuration: nope"):
        knockoff.crawl(cfg, DATE, sites=["nope"])
    with pytest.raises(ConfigError, match="images folder not found"):
        knockoff.ingest(d / "missing", cfg.lake, "shop", DATE)
    with pytest.raises(KnockoffError, match="bad date"):
        knockoff.match(cfg, "2026-13-01")
    with pytest.raises(KnockoffError, match="not a run folder"):
        knockoff.deliver(str(tmp_path))
