"""The brand reports and the run index in real headless Chromium (Playwright driving /usr/bin/chromium),
at a desktop width (1400 px) and a phone width (420 px): nothing wider than the screen, the brand's
registered mark beside each logo match, a currency on every price, the photo enlarged with its
box on a click, the view (filter and sort) kept in the URL, and reasons in words."""

from __future__ import annotations

import io
import json
import re
from pathlib import Path

import pytest
import yaml
from PIL import Image, ImageDraw

from knockoff.config import DeliverConfig
from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.delivery.report import money, reasons
from knockoff.lake import CANDIDATES_SCHEMA, Lake, sha256_hex
from tests.jobs.browser import CHROMIUM
from tests.jobs.browser import CHROMIUM_ARGS as ARGS
from tests.jobs.lakefix import Item, Night

DATE = "2026-11-21"
LONG_TITLE = "Supersizedunbreakablewordwithoutanyspacesthatwouldoverflowaphonescreen " * 2


def test_money_is_one_format_everywhere():
    assert money(14.449, "EUR") == "€14.45"
    assert money(1299, "USD") == "$1,299.00"
    assert money(12.5, "CHF") == "CHF 12.50"
    assert money(1500, "JPY") == "¥1,500"
    assert money(3.0, None) == "3.00 (currency unknown)"
    assert money(None, "EUR") == "-"


def test_reasons_are_words_without_internals():
    row = {
        "brand": "Acme",
        "price": 14.45,
        "listing_id": "9f2c4e1a7b3d5e6f",
        "reasons": "logo match 0.99 at box [149, 131, 284, 265]",
        "evidence": json.dumps(
            {
                "signals": {"logo": 0.988, "price": 0.9, "homoglyph": 0.97, "brand_claimed": 1.0},
                "box": [149.9, 131.4, 284.3, 265.7],
                "mark": "acme-logo",
                "method": "cnn+sift",
                "text_hit": {"kind": "homoglyph", "found": "Acrne", "term": "Acme"},
            }
        ),
    }
    got = reasons(row, "EUR", 40.0)
    assert got == [
        "shows a logo like Acme's registered mark (similarity 0.99; its keypoints match the mark's)",
        "look-alike spelling “Acrne” for Acme in the text",
        "the listing's brand field claims Acme",
        "price €14.45 is 64% below Acme's floor of €40.00",
    ]
    text = " ".join(got)
    assert "box" not in text and "acme-logo" not in text and row["listing_id"] not in text
    ocr = {**row, "evidence": json.dumps({"signals": {"ocr": 0.95}, "mark": "text:ACM", "method": "ocr"})}
    assert reasons(ocr, "EUR", 40.0) == ["the photo reads “ACM”, like Acme (similarity 0.95)"]


def test_a_logo_reason_says_how_the_match_was_verified():
    def logo_reason(method: str | None) -> str:
        ev = {"signals": {"logo": 0.7, "ocr": 0.8}, "mark": "acme-logo", "method": method}
        return reasons({"brand": "Acme", "evidence": json.dumps(ev)}, "EUR", None)[0]

    assert (
        logo_reason("cnn+shape")
        == "shows a logo like Acme's registered mark (similarity 0.70; its outline matches the mark's)"
    )
    # the CNN's similarity alone, or a photo shown for another signal (its OCR text): nothing claimed
    assert logo_reason("cnn") == "shows a logo like Acme's registered mark (similarity 0.70)"
    assert logo_reason("ocr") == logo_reason(None) == logo_reason("cnn")


def _write_run(run_dir: Path, lake_root: str, rows: list[tuple[str, Item, float, dict]]) -> Path:
    """A run folder (manifest, candidates.parquet) with fusion's old reasons text, internals included."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    run_dir.mkdir(parents=True)
    recs, rank = [], {}
    for brand, it, score, ev in rows:
        rank[brand] = rank.get(brand, 0) + 1
        raw = f"logo match 0.93 at box {ev['box']}; mark {ev['mark']}" if ev.get("box") else "misspelling"
        recs.append(
            {"brand": brand, "rank": rank[brand], "listing_id": it.lid, "url": it.url, "title": it.title}
            | {"price": it.price, "seller": it.seller, "score": score, "evidence": ev, "reasons": raw}
        )
    pq.write_table(pa.Table.from_pylist(recs, schema=CANDIDATES_SCHEMA), run_dir / "candidates.parquet")
    manifest = {"run_id": run_dir.name, "lake": lake_root, "inputs": {"dates": [DATE]}, "stages": {}}
    (run_dir / "manifest.json").write_text(json.dumps(manifest))
    return run_dir


def _mark_png(path: Path) -> None:
    im = Image.new("RGBA", (200, 200), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    d.ellipse((10, 10, 190, 190), fill=(220, 30, 30, 255))
    d.polygon([(50, 150), (100, 60), (150, 150)], fill=(255, 255, 255, 255))
    im.save(path)


def _jpeg_bytes(colour: tuple[int, int, int]) -> bytes:
    im = Image.new("RGB", (500, 400), colour)
    ImageDraw.Draw(im).ellipse((150, 100, 350, 300), fill=(220, 30, 30))
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=85)
    return buf.getvalue()


@pytest.fixture(scope="module")
def night(tmp_path_factory):
    """A real lake, run and delivery: logo, official-photo, OCR and text-only candidates."""
    tmp = tmp_path_factory.mktemp("report")
    marks = tmp / "brand" / "marks"
    marks.mkdir(parents=True)
    _mark_png(marks / "acme-logo.png")
    (marks / "acme-logo.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><circle cx="50" cy="50" r="45" fill="red"/></svg>'
    )
    official = tmp / "brand" / "official.jpg"
    official.write_bytes(_jpeg_bytes((30, 60, 160)))
    brands = tmp / "brand" / "brands.yaml"
    brands.write_text(
        yaml.safe_dump(
            {
                "brands": [
                    {
                        "name": "Acme",
                        "marks": ["marks/acme-logo.png", "marks/acme-logo.svg"],
                        "keywords": ["acme"],
                        "price_floor": 40.0,
                        "official_images": ["official.jpg"],
                    },
                    {"name": "Globex", "marks": ["marks/acme-logo.png"], "price_floor": 10.0},
                ]
            }
        )
    )
    lake = Lake(str(tmp / "lake"))
    items = [
        Item(1, "Acme runner, genuine?", price=12.0, seller="cheap-store"),
        Item(2, "Official look jacket", price=1299.0, seller="mega-deals"),
        Item(3, LONG_TITLE, price=8.0, seller="x" * 90),
        Item(4, "Acrne hoodie", price=30.0, seller="cheap-store"),
        Item(5, "Globex cap", price=5.0, seller="cap-shop"),
    ]
    Night(lake, DATE, items).write()
    sha = {it.n: sha256_hex(it.image) for it in items}

    def ev(signals: dict, n: int | None, mark=None, method=None, box=None, hit=None) -> dict:
        return {
            "signals": signals,
            "best_image": sha[n] if n else None,
            "box": box,
            "mark": mark,
            "method": method,
            "text_hit": hit,
        }

    run = _write_run(
        tmp / "lake" / "runs" / f"night-{DATE}",
        lake.root,
        [
            (
                "Acme",
                items[0],
                0.95,
                ev({"logo": 0.93, "price": 1.0}, 1, "acme-logo", "cnn+sift", [100.0, 80, 220, 160]),
            ),
            ("Acme", items[1], 0.90, ev({"official_photo": 0.97}, 2, "official", "official_photo")),
            (
                "Acme",
                items[2],
                0.70,
                ev({"ocr": 0.9, "price": 1.0}, 3, "text:ACM", "ocr", [90, 70, 230, 170]),
            ),
            (
                "Acme",
                items[3],
                0.60,
                ev(
                    {"homoglyph": 0.97, "price": 0.37},
                    None,
                    hit={"kind": "homoglyph", "found": "Acrne", "term": "Acme"},
                ),
            ),
            ("Globex", items[4], 0.66, ev({"logo": 0.7}, 5, "acme-logo", "cnn+sift", [100, 80, 220, 160])),
        ],
    )
    res = deliver(str(run), lake.root, str(brands), DeliverConfig(min_score=0.05))
    return {"run": Path(run), "res": res, "items": items, "mark_png": marks / "acme-logo.png"}


@pytest.fixture(scope="module")
def browser():
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (install.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


def _open(browser, path: Path, width: int, fragment: str = ""):
    page = browser.new_page(viewport={"width": width, "height": 900})
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri() + fragment)
    return page, errors


def _overflow(page) -> tuple[int, int]:
    return page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")


@pytest.mark.parametrize("width", [1400, 420])
def test_report_fits_and_shows_the_mark_beside_each_logo_match(browser, night, width):
    page, errors = _open(browser, night["run"] / "brands" / "Acme" / "report.html", width)
    page.wait_for_selector("body[data-ready='1']")
    sw, cw = _overflow(page)
    assert sw <= cw, f"horizontal overflow at {width} px: {sw} > {cw}"
    assert errors == []  # the CSP let our script run and nothing failed
    logo_rows = page.locator("tr[data-evidence='logo']")
    assert logo_rows.count() == 1
    for i in range(logo_rows.count()):
        row = logo_rows.nth(i)
        photo = row.locator("figure.photo svg").bounding_box()
        mark = row.locator("figure.mark .pic")
        assert mark.is_visible()
        assert "registered mark" in mark.get_attribute("aria-label")
        box = mark.bounding_box()
        assert box["width"] > 40 and box["x"] + box["width"] <= cw  # on screen, a real size
        assert abs(box["y"] - photo["y"]) < 5 and box["x"] > photo["x"] + photo["width"] - 1  # beside it
        # it is the brand's registered PNG (the raster of acme-logo, not some other picture)
        src = mark.evaluate("e => getComputedStyle(e).backgroundImage")[5:-2]  # url("...")
        assert src.startswith("data:image/png;base64,")
        assert page.content().count(src) == 1  # embedded once however many rows show it
        import base64

        shown = Image.open(io.BytesIO(base64.b64decode(src.split(",", 1)[1]))).convert("RGBA")
        assert shown.getpixel((shown.width // 2, shown.height // 5))[:3] == pytest.approx(
            (220, 30, 30), abs=40
        )
    official = page.locator("tr[data-evidence='official']")
    assert official.locator("figure.mark .pic").get_attribute("aria-label") == "Acme official photo"
    rect = official.locator("rect.box")  # the whole photo is boxed, dashed
    assert (
        rect.get_attribute("stroke-dasharray") and float(rect.get_attribute("width")) == 400.0
    )  # the listing photo is 400 x 300
    page.close()


@pytest.mark.parametrize("width", [1400, 420])
def test_every_price_has_its_currency(browser, night, width):
    page, _ = _open(browser, night["run"] / "brands" / "Acme" / "report.html", width)
    page.wait_for_selector("body[data-ready='1']")
    prices = page.locator("td.price").all_inner_texts()
    assert len(prices) == 4
    for p in prices:
        assert re.fullmatch(r"(Price: )?€[\d,]+\.\d\d", p.strip()), p
    assert "€1,299.00" in " ".join(prices)
    reasons_text = page.locator("ul.reasons").all_inner_texts()
    price_reasons = [t for r in reasons_text for t in r.splitlines() if "price" in t]
    assert len(price_reasons) == 3
    for t in price_reasons:
        assert re.search(r"price €[\d,]+\.\d\d is \d+% below Acme's floor of €40\.00", t), t
    # No internals in what is read: no pixel boxes, mark ids or listing ids outside "details".
    main_text = " ".join(page.locator("td.listing .title, td.listing ul.reasons").all_inner_texts())
    assert "box [" not in main_text and "text:" not in main_text and "acme-logo" not in main_text
    for it in night["items"]:
        assert it.lid not in main_text
    page.close()


def test_click_enlarges_the_photo_with_its_box(browser, night):
    page, _ = _open(browser, night["run"] / "brands" / "Acme" / "report.html", 1400)
    page.wait_for_selector("body[data-ready='1']")
    dialog = page.locator("dialog#zoom")
    assert not dialog.is_visible()
    page.locator("tr[data-evidence='logo'] button.zoom").click()
    assert dialog.is_visible()
    big = dialog.locator("svg").bounding_box()
    small = page.locator("tr[data-evidence='logo'] figure.photo svg").first.bounding_box()
    assert big["width"] > 2 * small["width"]
    assert dialog.locator("rect.box").count() == 1 and dialog.locator(".pic").count() == 1
    assert dialog.locator(".pic").bounding_box()["width"] > 200  # the registered mark, enlarged too
    page.locator("#zoom-close").click()
    assert not dialog.is_visible()
    page.close()


def test_filter_and_sort_are_written_to_the_url(browser, night):
    report = night["run"] / "brands" / "Acme" / "report.html"
    page, _ = _open(browser, report, 1400)
    page.wait_for_selector("body[data-ready='1']")
    page.fill("#filter-text", "cheap")
    page.locator("th[data-key='price']").click()  # first click on a number: highest first
    url = page.url
    assert "#" in url and "q=cheap" in url and "sort=price" in url and "dir=desc" in url
    page.close()
    page, _ = _open(browser, report, 420, "#" + url.split("#", 1)[1])  # the shared link, on a phone
    page.wait_for_selector("body[data-ready='1']")
    assert page.input_value("#filter-text") == "cheap"
    assert page.input_value("#sort-key") == "price:desc"
    visible = page.locator("tbody tr:not([hidden]) td.price").all_inner_texts()
    assert [v.replace("Price: ", "").strip() for v in visible] == ["€30.00", "€12.00"]
    page.close()


@pytest.mark.parametrize("width", [1400, 420])
def test_index_shows_the_night_at_a_glance(browser, night, width):
    page, errors = _open(browser, night["run"] / "index.html", width)
    assert errors == []
    sw, cw = _overflow(page)
    assert sw <= cw, f"horizontal overflow at {width} px: {sw} > {cw}"
    assert page.locator("meta[name='viewport']").count() == 1
    acme = page.locator("section.card[data-brand='Acme']")
    assert acme.locator("a[href='brands/Acme/report.html']").count() >= 1
    assert acme.locator("svg[aria-label='score distribution'] rect").count() == 10
    assert acme.locator("svg[aria-label='candidates and confirmed fakes per night'] title").count() == 1
    assert "4 candidates" in acme.locator(".nums").inner_text().replace("\n", " ")
    sellers = acme.locator(".tops ol").first.locator("li .name").all_inner_texts()
    assert sellers[0] == "cheap-store"  # 2 of the 4 candidates
    assert page.locator("section.card").count() == 2
    page.close()


def test_night_history_counts_candidates_and_confirmed_fakes_per_night(tmp_path):
    """The index's chart data: the sibling night-DATE runs up to this one, oldest first."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from knockoff.jobs.delivery.report_data import night_history
    from knockoff.jobs.records.rundir import RunDir

    nights = {
        "2026-11-01": [("Acme", None), ("Acme", "confirmed"), ("Globex", None)],
        "2026-11-02": [("Acme", "confirmed"), ("Acme", "confirmed"), ("Acme", "rejected")],
        "2026-11-03": [("Globex", None)],  # later than the run: not shown
    }
    for date, rows in nights.items():
        d = tmp_path / "runs" / f"night-{date}"
        d.mkdir(parents=True)
        t = pa.table({"brand": [b for b, _ in rows], "feedback": [f for _, f in rows]})
        pq.write_table(t, d / "ranked.parquet")
    (tmp_path / "runs" / "run-adhoc").mkdir()  # not a night: ignored
    got = night_history(RunDir(str(tmp_path / "runs" / "night-2026-11-02")), ["Acme", "Globex"])
    assert [(h["date"], h["candidates"], h["confirmed"]) for h in got["Acme"]] == [
        ("2026-11-01", 2, 1),
        ("2026-11-02", 3, 2),
    ]
    assert [h["candidates"] for h in got["Globex"]] == [1, 0]
