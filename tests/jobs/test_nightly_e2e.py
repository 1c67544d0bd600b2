"""End to end on the demo shop, with every real part: Scrapy crawl over loopback, Dask matching with
the real CNN, rank, deliver.

One small demo night (40 listings, tests/jobs/conftest.py `demo_night`) is shared by the tests of this
module and tests/jobs/test_console_progress.py:
- `knockoff demo` ranks the planted infringements above the clean listings (truth.json);
- night 2 (+10% listings) computes about 10% of night 1's images (run manifest counts) and marks
  the new listings;
- a rerun of the old date writes byte-identical candidates;
- a night killed during matching resumes to the same candidates as the uninterrupted night, and
  the lock refuses a second run of that date while the first is alive;
- brand feedback imported after night 2 changes the re-ranked night.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pyarrow.parquet as pq
import pytest

from knockoff.config import load_config
from knockoff.jobs.feedback import import_feedback
from knockoff.jobs.night.demo import run_demo
from knockoff.jobs.night.nightly import run_nightly, stage_status
from knockoff.jobs.records.lock import LockBusy
from tests.jobs.conftest import DEMO_DATE as D1
from tests.jobs.conftest import DEMO_LISTINGS as N

D2 = "2026-11-02"
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo(demo_night):
    """(out folder, shop port) of the package's demo night (tests/jobs/conftest.py)."""
    return demo_night.out, demo_night.port


@pytest.fixture(scope="module")
def night2(demo):
    out, port = demo
    return run_demo(out, listings=N, night=2, date=D2, port=port)


def _truth(out: Path, name: str = "shop/truth.json") -> dict[str, dict]:
    return {x["path"]: x for x in json.loads((out / name).read_text())["listings"]}


def _counts(run_dir: Path) -> dict:
    return stage_status(str(run_dir))["match"]["counts"]


def test_demo_ranks_planted_infringements_above_clean_listings(demo):
    out, _ = demo
    run = out / "lake" / "runs" / f"night-{D1}"
    assert (run / "candidates.parquet").is_file() and (run / "index.html").is_file()
    truth = _truth(out, "truth-night1.json")
    ranked = pq.read_table(run / "ranked.parquet").to_pylist()
    brands = json.loads((out / "shop" / "truth.json").read_text())["brands"]
    pairs = good = 0
    for brand in brands:
        planted = [p for p, t in truth.items() if t["brand"] == brand]
        clean = [p for p, t in truth.items() if t["brand"] is None]
        score = {urlsplit(r["url"]).path: r["score"] for r in ranked if r["brand"] == brand}
        for p in planted:
            for c in clean:
                pairs += 1
                good += score.get(p, 0.0) > score.get(c, 0.0)
        rows = sorted((r for r in ranked if r["brand"] == brand), key=lambda r: r["rank"])
        top = [truth[urlsplit(r["url"]).path] for r in rows[:3]]
        assert all(t["brand"] for t in top), f"{brand}: a clean listing is in the top 3: {top}"
        assert (run / "brands").is_dir()
    assert pairs and good / pairs >= 0.9, f"planted above clean in only {good}/{pairs} pairs"
    report = next((run / "brands").glob("*/report.html")).read_text()
    assert "data:image/jpeg;base64," in report


def test_second_night_computes_about_ten_percent(demo, night2):
    out, _ = demo
    c1 = _counts(out / "lake" / "runs" / f"night-{D1}")
    c2 = _counts(out / "lake" / "runs" / f"night-{D2}")
    assert c1["images_computed"] > 0
    ratio = c2["images_computed"] / c1["images_computed"]
    assert 0.03 <= ratio <= 0.25, (c1, c2)
    assert c2["images_cached"] >= c1["images_computed"] * 0.8
    ranked = pq.read_table(out / "lake" / "runs" / f"night-{D2}" / "ranked.parquet").to_pylist()
    new_paths = {
        p for p, t in _truth(out).items() if int(t["id"].split("-")[-1].lstrip("L") or 0) >= N
    } or None
    new = [r for r in ranked if r["is_new"]]
    assert new, "night 2 added listings but none is marked new"
    assert all(r["first_seen"] == D2 for r in new)
    old = [r for r in ranked if not r["is_new"]]
    assert old and all(r["first_seen"] == D1 for r in old)
    assert {urlsplit(r["url"]).path for r in new} <= new_paths


def test_rerun_of_an_old_date_gives_byte_identical_candidates(demo, tmp_path):
    from knockoff.jobs.night.match import run_match

    out, _ = demo
    cfg = load_config(out / "knockoff.yaml")
    res = run_match(cfg.lake, [D1], cfg.brands, cfg, out_dir=str(tmp_path / "rerun"), run_id="rerun")
    first = (out / "lake" / "runs" / f"night-{D1}" / "candidates.parquet").read_bytes()
    assert (Path(res.run_dir) / "candidates.parquet").read_bytes() == first


def test_killed_night_resumes_to_the_same_outputs(demo, tmp_path):
    out, _ = demo
    # A second lake with night 1's crawl only (no detection cache, no runs): the night has to match.
    lake2 = tmp_path / "lake2"
    for table in ("listings", "images"):
        shutil.copytree(out / "lake" / table, lake2 / table)
    cfg_text = (out / "knockoff.yaml").read_text().replace("lake: lake", f"lake: {lake2}")
    cfg_text = cfg_text.replace("brands: shop/brands.yaml", f"brands: {out / 'shop' / 'brands.yaml'}")
    cfg_path = tmp_path / "knockoff.yaml"
    cfg_path.write_text(cfg_text + "match: {partition_rows: 8}\n")
    run2 = lake2 / "runs" / f"night-{D1}"
    proc = subprocess.Popen(
        [sys.executable, "-m", "knockoff.jobs.cli", "nightly", "--config", str(cfg_path), "--date", D1],
        cwd=REPO,
        start_new_session=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            st = stage_status(str(run2)) if (run2 / "manifest.json").is_file() else {}
            staged = [p for p in run2.glob(".staging-*/*") if p.is_file()]
            if st.get("match", {}).get("status") == "running" and staged:
                break  # matching is under way: some batches are computed, not all
            assert proc.poll() is None, "the night ended before it could be killed mid-match"
            time.sleep(0.05)
        else:
            pytest.fail("matching never started")
        with pytest.raises(LockBusy):
            run_nightly(load_config(cfg_path), D1)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()
    assert stage_status(str(run2))["match"]["status"] == "running"  # killed mid-stage
    res = run_nightly(load_config(cfg_path), D1)
    assert res.skipped == ["crawl", "networks"] and res.ran == ["match", "rank", "deliver"]
    counts = _counts(run2)
    # batches finished before the kill were cached as they came back: the rerun computes only the rest
    assert counts["images_computed"] > 0 and counts["images_cached"] > 0, counts
    assert counts["images_computed"] + counts["images_cached"] == counts["images"], counts
    first = (out / "lake" / "runs" / f"night-{D1}" / "candidates.parquet").read_bytes()
    assert (run2 / "candidates.parquet").read_bytes() == first
    a = pq.read_table(out / "lake" / "runs" / f"night-{D1}" / "ranked.parquet").drop_columns(["is_new"])
    b = pq.read_table(run2 / "ranked.parquet").drop_columns(["is_new"])
    assert a.equals(b)
    # A rerun of a finished night does nothing.
    again = run_nightly(load_config(cfg_path), D1)
    assert again.ran == [] and again.skipped == ["crawl", "networks", "match", "rank", "deliver"]


def test_feedback_changes_the_rerun_ranking(demo, night2, tmp_path):
    out, _ = demo
    cfg = load_config(out / "knockoff.yaml")
    run = out / "lake" / "runs" / f"night-{D2}"
    before = pq.read_table(run / "ranked.parquet").to_pylist()
    brand = before[0]["brand"]
    rows = sorted((r for r in before if r["brand"] == brand), key=lambda r: r["rank"])
    top = rows[0]
    csv_path = tmp_path / "verdicts.csv"
    csv_path.write_text(
        "listing_id,url,seller,verdict,evidence_fingerprint\n"
        f"{top['listing_id']},{top['url']},{top['seller']},rejected,{top['evidence_fingerprint']}\n"
    )
    import_feedback(cfg.lake, brand, csv_path)
    res = run_nightly(cfg, D2, force=["rank"])
    assert res.ran == ["rank", "deliver"]
    after = pq.read_table(run / "ranked.parquet").to_pylist()
    assert top["listing_id"] not in {r["listing_id"] for r in after if r["brand"] == brand}
    assert top["listing_id"] not in (run / "brands").joinpath(*_slug_parts(run, brand)).read_text()


def _slug_parts(run: Path, brand: str) -> tuple[str, str]:
    from knockoff.jobs.delivery.evidence import brand_slug

    return (brand_slug(brand), "candidates.csv")
