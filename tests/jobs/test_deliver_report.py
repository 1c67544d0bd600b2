"""Delivery from a real lake and run: per-brand files, escaping, and the report in headless Chromium."""

from __future__ import annotations

import csv
import html
import io
import re
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from PIL import Image

from knockoff.config import DeliverConfig
from knockoff.jobs.delivery.deliver import deliver
from knockoff.lake import Lake
from tests.jobs.browser import CHROMIUM_ARGS
from tests.jobs.lakefix import Item, Night, evidence, write_run

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
DATE = "2026-11-20"
EVIL = '<script>document.title="pwned"</script>Evil <b>bold</b> shoes'


@pytest.fixture()
def delivered(tmp_path):
    lake = Lake(str(tmp_path / "lake"))
    items = [
        Item(
            1,
            "Acme runner, genuine?",
            price=12.0,
            seller="cheap-store",
            codes={"gtin": "4006381333931", "sku": "R-1"},
        ),
        # a hostile code is text like any other
        Item(2, EVIL, price=9.5, seller='=HYPERLINK("http://x")', codes={"mpn": "<b>X1</b>"}),
        Item(3, "Plain sneaker", price=60.0, seller="nice-store", url="javascript:alert(1)//item/3"),
        Item(4, "Globex cap", price=5.0, seller="cheap-store"),
    ]
    Night(lake, DATE, items).write()
    run = write_run(
        tmp_path / "lake" / "runs" / "r1",
        lake.root,
        DATE,
        [
            ("Acme", items[0], 0.91, evidence(items[0], 0.91)),
            ("Acme", items[1], 0.75, evidence(items[1], 0.75, box=[50.0, 40.0, 300.0, 250.0])),
            ("Acme", items[2], 0.10, evidence(items[2], 0.10)),
            ("Globex", items[3], 0.66, evidence(items[3], 0.66)),
        ],
    )
    res = deliver(str(run), lake.root, ["Acme", "Globex", "Initech"], DeliverConfig(min_score=0.05))
    return run, res, items


def test_brand_folders_hold_only_their_brand(delivered):
    run, res, items = delivered
    assert set(res["brands"]) == {"Acme", "Globex", "Initech"}
    acme = pq.read_table(run / "brands" / "Acme" / "candidates.parquet").to_pylist()
    assert [r["brand"] for r in acme] == ["Acme"] * 3
    assert [r["rank"] for r in acme] == [1, 2, 3]
    assert [r["listing_id"] for r in acme] == [items[0].lid, items[1].lid, items[2].lid]
    globex = pq.read_table(run / "brands" / "Globex" / "candidates.parquet").to_pylist()
    assert [r["listing_id"] for r in globex] == [items[3].lid]
    assert res["brands"]["Initech"]["candidates"] == 0
    assert "No candidates for Initech" in (run / "brands" / "Initech" / "report.html").read_text()
    # Everything is new on the first night, with history attached.
    assert all(r["is_new"] and r["first_seen"] == DATE for r in acme)
    index = (run / "index.html").read_text()
    for name in ("Acme", "Globex", "Initech"):
        assert f'href="brands/{name}/report.html"' in index


def test_min_score_and_top_k(delivered, tmp_path):
    run, _, _ = delivered
    res = deliver(str(run), None, None, DeliverConfig(min_score=0.5, top_k=1))
    assert res["brands"]["Acme"]["candidates"] == 1
    rows = list(csv.DictReader(io.StringIO((run / "brands" / "Acme" / "candidates.csv").read_text())))
    assert len(rows) == 1 and rows[0]["rank"] == "1"
    assert "Initech" not in res["brands"]  # brands taken from the run when none are given


def test_csv_is_safe_for_spreadsheets_and_ready_for_verdicts(delivered):
    run, _, items = delivered
    rows = list(csv.DictReader(io.StringIO((run / "brands" / "Acme" / "candidates.csv").read_text())))
    assert {"verdict", "note", "evidence_fingerprint", "listing_id"} <= set(rows[0])
    by_id = {r["listing_id"]: r for r in rows}
    assert by_id[items[1].lid]["seller"].startswith("'=HYPERLINK")
    # the listing's codes from the lake, for a takedown request; empty where it has none
    assert (by_id[items[0].lid]["gtin"], by_id[items[0].lid]["sku"], by_id[items[0].lid]["mpn"]) == (
        "4006381333931",
        "R-1",
        "",
    )
    assert by_id[items[1].lid]["mpn"] == "<b>X1</b>"
    assert by_id[items[1].lid]["title"] == EVIL  # text kept as is in CSV (not a formula)


def test_html_escapes_text_and_links_only_http(delivered):
    run, _, _ = delivered
    page = (run / "brands" / "Acme" / "report.html").read_text()
    assert "<script>document.title" not in page
    assert html.escape(EVIL, quote=False).split("</script>")[0][:20] in page
    assert 'href="javascript:' not in page
    assert 'href="http://127.0.0.1:8999/item/1"' in page
    assert "<b>bold</b>" not in page
    # Self-contained: no external resources of any kind.
    assert not re.search(r'(src|href)="(https?:)?//(?!127\.0\.0\.1:8999/item/)', page)
    assert page.count("data:image/jpeg;base64,") == 3
    assert page.count('<rect class="box"') == 3


def test_thumbnail_is_downscaled_from_the_original(delivered):
    run, _, _ = delivered
    page = (run / "brands" / "Acme" / "report.html").read_text()
    import base64

    uri = re.search(r'href="data:image/jpeg;base64,([^"]+)"', page).group(1)
    im = Image.open(io.BytesIO(base64.b64decode(uri)))
    assert max(im.size) <= 256 and im.size[0] / im.size[1] == pytest.approx(400 / 300, rel=0.02)
    # The box is drawn in the original image's pixel space (viewBox = original size).
    assert 'viewBox="0 0 400 300"' in page
    assert '<rect class="box" x="50.0" y="40.0" width="250.0" height="210.0"' in page


def _chromium(args: list[str], tmp: Path) -> subprocess.CompletedProcess:
    flags = [
        *CHROMIUM_ARGS,
        f"--user-data-dir={tmp / 'chrome-profile'}",
        "--window-size=1280,900",
    ]
    return subprocess.run([CHROMIUM, *flags, *args], capture_output=True, text=True, timeout=90)


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed (apt install chromium)")
def test_report_in_headless_chromium(delivered, tmp_path):
    run, _, items = delivered
    report = run / "brands" / "Acme" / "report.html"
    # Filter through the URL fragment (the page's own script applies it): only the 'evil' row stays.
    url = report.as_uri() + "#q=evil&sort=price&dir=asc"
    proc = _chromium(["--virtual-time-budget=3000", "--dump-dom", url], tmp_path)
    dom = proc.stdout
    assert "<tbody>" in dom, proc.stderr[-2000:]
    assert 'data-ready="1"' in dom, "the report's own script did not run (CSP hash or JS error)"
    assert "<title>knockoff: Acme (3 candidates)</title>" in dom, "the injected script changed the title"
    assert "pwned" not in re.search(r"<title>(.*?)</title>", dom).group(1)
    assert "&lt;script&gt;document.title" in dom  # shown as text
    rows = re.findall(r"<tr ([^>]*data-listing=\"(\w+)\"[^>]*)>", dom)
    visible = [lid for attrs, lid in rows if " hidden" not in attrs]
    assert visible == [items[1].lid]
    assert dom.count('<rect class="box"') == 3
    # Sorted by price ascending: the DOM order of rows follows the sort.
    assert [lid for _, lid in rows] == [items[1].lid, items[0].lid, items[2].lid]

    # Screenshot: the page renders, thumbnails and the red boxes are visible.
    shot = tmp_path / "shot.png"
    proc = _chromium(["--virtual-time-budget=3000", f"--screenshot={shot}", report.as_uri()], tmp_path)
    assert shot.is_file(), proc.stderr[-2000:]
    im = Image.open(shot).convert("RGB")
    px = im.load()
    w, h = im.size
    red = sum(
        1 for x in range(0, w, 2) for y in range(0, h, 2) if px[x, y][0] > 200 and max(px[x, y][1:]) < 60
    )
    assert red > 50, "no red box visible in the rendered report"


def test_report_details_give_the_listings_codes(delivered):
    """The codes a takedown request cites (lake listings' gtin, mpn, sku), escaped; none where a listing has none."""
    run, _, items = delivered
    page = (run / "brands" / "Acme" / "report.html").read_text()
    assert f"listing id {items[0].lid}; GTIN 4006381333931, item code R-1" in page
    assert f"listing id {items[1].lid}; MPN &lt;b&gt;X1&lt;/b&gt;" in page
    third = re.search(rf"listing id {items[2].lid}[^<]*", page).group(0)
    assert not re.search(r"GTIN|MPN|item code", third)
