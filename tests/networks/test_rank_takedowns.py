"""Networks in the ranking and the takedown notices, on the crawled demo lake with real feedback."""

from __future__ import annotations

import shutil

import pyarrow as pa
import pytest

from knockoff.jobs.delivery.deliver import deliver
from knockoff.jobs.feedback import import_feedback, write_takedowns
from knockoff.jobs.night.netrank import NETWORK_CONFIRMED
from knockoff.jobs.night.networks import load_networks
from knockoff.jobs.night.rank import rank_run
from knockoff.jobs.records.rundir import RunDir
from knockoff.lake import CANDIDATES_SCHEMA, Lake
from tests.networks.conftest import D2


def _candidates(listings: list[dict]) -> pa.Table:
    rows = [
        {
            "brand": "Acme",
            "rank": i + 1,
            "listing_id": r["listing_id"],
            "url": r["url"],
            "title": r["title"],
            "price": 20.0,
            "seller": r["seller"],
            "score": 0.4,
            "evidence": None,
            "reasons": "logo",
        }
        for i, r in enumerate(listings)
    ]
    return pa.Table.from_pylist(rows, schema=CANDIDATES_SCHEMA)


def test_confirmed_fakes_lift_the_rest_of_their_network_with_the_reason(demo_nights, tmp_path):
    _, cfg = demo_nights
    lake = Lake(cfg.lake)
    snap = load_networks(lake, D2)
    nid = snap["networks"]["network_id"].iloc[0]
    mem = snap["members"][snap["members"]["network_id"] == nid]
    accounts = sorted(mem["account"].unique())
    confirmed = mem[mem["account"] == accounts[0]].iloc[0].to_dict()
    other = mem[mem["account"] == accounts[1]].iloc[0].to_dict()
    listings = lake.read("listings", D2, columns=["listing_id", "url", "title", "seller"]).to_pylist()
    honest = next(r for r in listings if r["listing_id"] not in set(snap["members"]["listing_id"]))
    run_dir = tmp_path / "run"
    RunDir(str(run_dir)).write_table("candidates.parquet", _candidates([confirmed, other, honest]))
    verdicts = tmp_path / "verdicts.csv"
    verdicts.write_text(f"brand,listing_id,url,seller,verdict\nAcme,{confirmed['listing_id']},,,confirmed\n")
    import_feedback(lake, "Acme", verdicts)

    info = rank_run(str(run_dir), lake, D2, cfg.brands)
    assert info["feedback"]["boosted_network_confirmed"] == 1
    ranked = {r["listing_id"]: r for r in RunDir(str(run_dir)).read_table("ranked.parquet").to_pylist()}
    lifted = ranked[other["listing_id"]]
    assert lifted["feedback"] == NETWORK_CONFIRMED and lifted["network_id"] == nid
    assert lifted["score"] > 0.4 and lifted["network_sellers"] == 3
    assert "1 listing(s) confirmed fake" in lifted["reasons"] and f"network {nid}" in lifted["reasons"]
    assert lifted["reasons"].split("; ")[-1].startswith(("same ", "linked by "))
    assert (
        abs(ranked[honest["listing_id"]]["score"] - 0.4) < 1e-6
        and ranked[honest["listing_id"]]["network_id"] is None
    )
    assert ranked[confirmed["listing_id"]]["feedback"] == "confirmed"
    assert lifted["rank"] < ranked[honest["listing_id"]]["rank"]

    notices = write_takedowns(list(ranked.values()), tmp_path / "notices", "run", networks=snap)
    text = notices[0].read_text()
    assert "## Seller networks behind these listings" in text
    for seller in mem.drop_duplicates("account")["seller"]:
        assert seller in text  # every storefront of the operator is named
    assert "Evidence linking them:" in text

    # the brand's report has a "networks" view naming the network and the ranks of its candidates
    deliver(str(run_dir), lake, cfg.brands, cfg)
    report = run_dir / "brands" / "Acme" / "report.html"
    html = report.read_text()
    assert 'id="networks"' in html and f'data-network="{nid}"' in html
    _check_in_chromium(report, nid, sorted([ranked[confirmed["listing_id"]]["rank"], lifted["rank"]]))


def _check_in_chromium(report, nid, ranks):
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        pytest.skip("chromium is not installed (install.sh installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        page = browser.new_page(viewport={"width": 1400, "height": 900})
        errors: list[str] = []
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(report.as_uri())
        row = page.locator(f"#networks tr[data-network='{nid}']")
        assert row.is_visible()
        assert f"rank {', '.join(map(str, ranks))}" in row.inner_text()
        assert "3:" in row.locator("td").nth(1).inner_text()  # three storefronts
        browser.close()
    assert errors == []
