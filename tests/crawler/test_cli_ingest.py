"""`knockoff crawl` and `knockoff ingest` through their argparse handlers, and `ingest()`."""

from __future__ import annotations

import argparse
import csv
import json
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
    out = capsys.readouterr().out
    assert '"listings"' in out
    # the pages skipped once the limit is reached are no errors (a user audit, stop 68: "errors": 5)
    assert json.loads(out)["totals"]["errors"] == 0


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
    failed, problems = counts.pop("failed"), counts.pop("row_problems")
    assert counts == {"images_new": 2, "images_reused": 1, "images_failed": 1, "listings": 2}
    assert [f["file"] for f in failed] == ["broken.png"] and failed[0]["error"]
    assert [(p["line"], p["url"]) for p in problems] == [(3, "https://x.example/2")] * 2
    assert "missing.jpg" in problems[0]["error"] and "036000291453" in problems[1]["error"]
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


def _snapshot(root) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "metadata file not found"),
        (b"", "empty file"),
        (b"\xff\xfe\x00b\x00a\x00d\x00\n\x00", "not a readable CSV"),
        (b"url,title,images\n", "a header and no listings"),
        (b"url,title,images\n\n ,, \n", "a header and no listings"),
        (b"url,title,price\nhttps://x.example/1,Bag,5\n", "no 'images' column"),
        (b"url,Images,images\nhttps://x.example/1,a.jpg,a.jpg\n", "column 'images' appears twice"),
        (
            b"url,title,images\nhttps://x.example/1,Bag,b.jpg\nhttps://x.example/2,Bag, large,b.jpg\n",
            "line 3 has 4",
        ),
    ],
)
def test_ingest_bad_metadata_leaves_the_lake_untouched(tmp_path, content, message) -> None:
    """A wrong --metadata fails with one line before anything is written: the images partition of an earlier
    ingest of the same (date, site) survives byte for byte (it was replaced by the new folder's files before),
    and a lake that did not exist is not created."""
    a, b = tmp_path / "A", tmp_path / "B"
    a.mkdir(), b.mkdir()
    (a / "a.jpg").write_bytes(jpeg(1))
    (b / "b.jpg").write_bytes(jpeg(2))
    lake = tmp_path / "lake"
    ingest(a, str(lake), "s", "2026-12-01")
    before = _snapshot(lake)
    assert any("images" in k for k in before) and any("listings" in k for k in before)
    meta = tmp_path / "meta.csv"
    if content is not None:
        meta.write_bytes(content)
    with pytest.raises(ConfigError, match=message) as err:
        ingest(b, str(lake), "s", "2026-12-01", meta)
    assert "\n" not in str(err.value)
    assert _snapshot(lake) == before
    with pytest.raises(ConfigError, match=message):
        ingest(b, str(tmp_path / "new-lake"), "s", "2026-12-01", meta)
    assert not (tmp_path / "new-lake").exists()


def test_ingest_command_bad_metadata_is_one_line_rc_2(tmp_path, capsys) -> None:
    from knockoff.jobs.cli import main

    (tmp_path / "A").mkdir()
    (tmp_path / "A" / "a.jpg").write_bytes(jpeg(1))
    lake = tmp_path / "lake"
    base = [
        "ingest",
        "--images",
        str(tmp_path / "A"),
        "--lake",
        str(lake),
        "--site",
        "s",
        "--date",
        "2026-12-01",
    ]
    assert main(base) == 0
    before = _snapshot(lake)
    capsys.readouterr()
    assert main([*base, "--metadata", str(tmp_path / "typo.csv")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("knockoff ingest: error: ") and "typo.csv" in err
    assert _snapshot(lake) == before


def test_ingest_reports_failed_files_and_row_problems(tmp_path, capsys) -> None:
    """Which image files failed and why, and each CSV value that did not parse or image file the folder does
    not hold, per row: the row kept, the value null (not NaN), the reason listed in the JSON output."""
    imgs = tmp_path / "imgs"
    imgs.mkdir()
    (imgs / "a.jpg").write_bytes(jpeg(1))
    (imgs / "broken.png").write_bytes(b"not a png")
    (imgs / "notes.txt").write_text("not an image")
    meta = tmp_path / "listings.csv"
    meta.write_text(
        "URL, Title ,price,currency,availability,gtin,images\n"
        "https://x.example/1,Bag,abc,dollars,whenever,123,./a.jpg;gone.jpg\n"
        "https://x.example/2,Cap,12.50,EUR,in stock,,broken.png|notes.txt|../imgs/a.jpg\n",
        encoding="utf-8",
    )
    lake = str(tmp_path / "lake")
    args = _parse(["ingest", "--images", str(imgs), "--metadata", str(meta), "--lake", lake, "--site", "dump",
                   "--date", "2026-07-02"])  # fmt: skip
    assert args.handler(args) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["listings"] == 2 and out["images_new"] == 1 and out["images_failed"] == 1
    assert [f["file"] for f in out["failed"]] == ["broken.png"] and out["failed"][0]["error"]
    problems = [(p["line"], p["error"]) for p in out["row_problems"]]
    assert [line for line, _ in problems] == [2, 2, 2, 2, 2, 3, 3]
    for word in ["'gone.jpg'", "'abc'", "'dollars'", "'whenever'", "'123'"]:
        assert sum(word in e for _, e in problems[:5]) == 1, word
    assert "'notes.txt'" in problems[5][1] and "'../imgs/a.jpg'" in problems[6][1]
    rows = {r["url"]: r for r in Lake(lake).read("listings", "2026-07-02").to_pylist()}
    one, two = rows["https://x.example/1"], rows["https://x.example/2"]
    assert one["title"] == "Bag" and one["price"] is None and one["currency"] is None and one["gtin"] is None
    assert one["image_sha256"] == [sha256_hex(jpeg(1)), None]
    assert two["price"] == 12.5 and two["currency"] == "EUR" and two["image_sha256"] == [None, None, None]


def test_ingest_help_states_the_images_column_rule() -> None:
    p = argparse.ArgumentParser(prog="knockoff")
    knockoff.crawler.ingest.register(p.add_subparsers(dest="command"))
    text = " ".join(p._subparsers._group_actions[0].choices["ingest"].format_help().split())
    assert "the images column is required" in text and "row_problems" in text
