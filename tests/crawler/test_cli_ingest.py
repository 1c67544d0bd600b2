"""`knockoff crawl` and `knockoff ingest` through their argparse handlers, and `ingest()`."""

from __future__ import annotations

import argparse
import csv
import socket

import pytest

import knockoff.crawler.command
import knockoff.crawler.ingest
from knockoff.crawler.ingest import ingest
from knockoff.errors import ConfigError, CrawlError
from knockoff.lake import Lake, sha256_hex
from tests.crawler.shop_server import jpeg, serve_shop


def _parse(argv: list[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="knockoff")
    sub = p.add_subparsers(dest="command")
    knockoff.crawler.command.register(sub)
    knockoff.crawler.ingest.register(sub)
    return p.parse_args(argv)


def test_crawl_command_max_listings(tmp_path, capsys) -> None:
    with serve_shop(n_category=12) as shop:
        args = _parse(
            ["crawl", "--start-url", shop.base + "c/all", "--lake", str(tmp_path / "lake"), "--date", "2026-07-01",
             "--max-listings", "3", "--allow-private", "--no-cache", "--site", "cli"]
        )  # fmt: skip
        assert args.handler(args) == 0
    assert Lake(str(tmp_path / "lake")).read("listings", "2026-07-01", "cli").num_rows == 3
    assert '"listings"' in capsys.readouterr().out


def test_crawl_command_errors_are_one_line(tmp_path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    args = _parse(
        [
            "crawl",
            "--start-url",
            f"http://127.0.0.1:{port}/",
            "--lake",
            str(tmp_path / "l"),
            "--allow-private",
        ]
    )
    with pytest.raises(CrawlError):
        args.handler(args)
    args = _parse(["crawl", "--start-url", "ftp://x/", "--lake", str(tmp_path / "l")])
    with pytest.raises(ConfigError, match="http"):
        args.handler(args)
    args = _parse(["crawl", "--lake", str(tmp_path / "l")])
    with pytest.raises(ConfigError, match="nothing to crawl"):
        args.handler(args)
    args = _parse(["crawl", "--sites", str(tmp_path / "missing.yaml"), "--lake", str(tmp_path / "l")])
    with pytest.raises(ConfigError, match="not found"):
        args.handler(args)


def test_crawl_sites_without_lake_takes_the_configs_or_the_default(tmp_path, monkeypatch, capsys) -> None:
    """`knockoff crawl --sites sites.yaml` alone (the contract's form): the lake is --config's `lake:`, else
    knockoff.yaml's default ./lake; the summary names it."""
    with serve_shop(n_category=4) as shop:
        sites = tmp_path / "sites.yaml"
        sites.write_text(f"sites:\n  - name: cfg\n    start_urls: ['{shop.base}c/all']\n", encoding="utf-8")
        conf = tmp_path / "knockoff.yaml"
        conf.write_text(f"lake: {tmp_path / 'from-config'}\ncrawl: {{allow_private_addresses: true}}\n")
        args = _parse(
            ["crawl", "--sites", str(sites), "--config", str(conf), "--date", "2026-07-03", "--no-cache"]
        )
        assert args.handler(args) == 0
        assert Lake(str(tmp_path / "from-config")).read("listings", "2026-07-03", "cfg").num_rows > 0
        monkeypatch.chdir(tmp_path)
        args = _parse(["crawl", "--sites", str(sites), "--date", "2026-07-03", "--allow-private", "--no-cache",
                       "--max-listings", "2"])  # fmt: skip
        assert args.handler(args) == 0
    assert Lake(str(tmp_path / "lake")).read("listings", "2026-07-03", "cfg").num_rows == 2
    assert '"lake": "lake"' in capsys.readouterr().out


def test_ingest_folder_with_metadata(tmp_path) -> None:
    imgs = tmp_path / "imgs"
    (imgs / "sub").mkdir(parents=True)
    (imgs / "a.jpg").write_bytes(jpeg(1))
    (imgs / "sub" / "b.jpg").write_bytes(jpeg(2))
    (imgs / "copy.jpg").write_bytes(jpeg(1))  # same bytes: stored once
    (imgs / "broken.png").write_bytes(b"not a png")
    meta = tmp_path / "listings.csv"
    with open(meta, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "title", "brand", "price", "currency", "availability", "upc", "mpn", "images"])
        w.writerow(
            ["https://x.example/1", "Bag", "Acme", "1.299,00 €", "", "in stock", "0 36000 29145 2", "AB-1",
             "a.jpg;sub/b.jpg"]
        )  # fmt: skip
        # a UPC whose check digit fails is no GTIN
        w.writerow(
            ["https://x.example/2", "Bad", "", "5", "USD", "", "036000291453", "", "broken.png|missing.jpg"]
        )
    lake = str(tmp_path / "lake")
    counts = ingest(imgs, lake, "dump", "2026-07-02", meta)
    assert counts == {"images_new": 2, "images_reused": 1, "images_failed": 1, "listings": 2}
    lk = Lake(lake)
    rows = {r["url"]: r for r in lk.read("listings", "2026-07-02").to_pylist()}
    one = rows["https://x.example/1"]
    assert one["price"] == 1299.0 and one["currency"] == "EUR" and one["availability"] == "InStock"
    assert one["image_sha256"] == [sha256_hex(jpeg(1)), sha256_hex(jpeg(2))]
    assert (one["gtin"], one["mpn"]) == ("036000291452", "AB-1")
    assert rows["https://x.example/2"]["gtin"] is None and rows["https://x.example/2"]["mpn"] is None
    assert rows["https://x.example/2"]["image_sha256"] == [None, None]
    images = lk.read("images", "2026-07-02").to_pylist()
    assert sum(1 for r in images if r["error"] is None) == 2 and sum(1 for r in images if r["error"]) == 1
    # a second dump of the same folder stores no image again
    again = ingest(imgs, lake, "dump", "2026-07-03")
    assert again["images_new"] == 0 and again["listings"] == 4


def test_ingest_bad_input(tmp_path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        ingest(tmp_path / "nope", str(tmp_path / "lake"), "x", "2026-07-02")
