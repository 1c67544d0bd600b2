"""The whole nightly process SIGKILLed at each stage, then rerun: it resumes to the same result.

A clean night on a small demo shop is the reference. Each case runs another night with a
SIGKILL of the whole process group (nightly, crawl subprocesses, Dask workers) at one stage,
checks that nothing partial is visible, reruns the same date and compares: every listing stored
once, every stage done, candidates identical to the reference night.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.reliability.env import (
    candidate_set,
    demo_shop,
    listing_counts,
    manifest_stages,
    matcher_plugin,
    partial_partitions,
    run_night,
    write_config,
)

N = 8
D0 = "2026-10-01"
MATCHER = matcher_plugin()[1]


@pytest.fixture(scope="module")
def night_env(tmp_path_factory):
    base = tmp_path_factory.mktemp("nights")
    with demo_shop(base / "shop", N) as shop:
        cfg = write_config(base / "knockoff.yaml", shop.url, base / "lake", shop.root / "brands.yaml")
        ref = run_night(cfg, D0)
        yield base, shop, cfg, ref


def _run_dir(lake: Path, date: str) -> Path:
    return lake / "runs" / f"night-{date}"


def _brand_folders_complete(run_dir: Path) -> bool:
    folders = [p for p in (run_dir / "brands").glob("*") if not p.name.startswith(".")]
    need = {"candidates.csv", "candidates.parquet", "report.html"}
    return all(need <= {f.name for f in p.iterdir()} for p in folders)


def test_reference_night(night_env, ledger):
    base, shop, cfg, ref = night_env
    rows, ids, found = listing_counts(base / "lake", D0, shop.listing_ids())
    stages = manifest_stages(_run_dir(base / "lake", D0))
    ok = (
        ref.rc == 0 and found == N and rows == ids and all(s.get("status") == "done" for s in stages.values())
    )
    ledger.record(
        "nightly",
        f"clean reference night (demo shop, {N} listings)",
        ok,
        expected=N,
        stored=found,
        note=f"{MATCHER}; rc {ref.rc}, {ref.seconds:.0f}s"
        + (f"; {ref.err.strip().splitlines()[-1][:60]}" if ref.rc else ""),
    )
    ledger.check()


CASES = [
    ("crawl", "mid", "2026-10-02", False),
    ("match", "mid", "2026-10-04", True),  # a fresh lake: the match really computes when killed
    ("rank", "mid", "2026-10-05", False),
    ("deliver", "mid", "2026-10-06", False),
]


@pytest.mark.parametrize(
    ("stage", "point", "date", "fresh_lake"), CASES, ids=[f"{s}-{p}" for s, p, _, _ in CASES]
)
def test_sigkill_whole_night_at_stage_then_resume(
    night_env, ledger, tmp_path, stage, point, date, fresh_lake
):
    base, shop, cfg, ref = night_env
    if ref.rc != 0:
        pytest.fail(f"the reference night failed (rc {ref.rc}): {ref.err.strip()[-200:]}")
    lake = base / "lake"
    if fresh_lake:
        lake = tmp_path / "lake"
        cfg = write_config(tmp_path / "knockoff.yaml", shop.url, lake, shop.root / "brands.yaml")
    run_dir = _run_dir(lake, date)
    kill_when = None
    arg = f"{stage}:{point}"
    if stage == "crawl":
        start_hits = shop.listing_hits()
        kill_when = lambda: shop.listing_hits() - start_hits >= N // 3  # noqa: E731
        arg = None
    elif stage == "match" and point == "mid":
        seen: list[float] = []

        def kill_when() -> bool:
            if manifest_stages(run_dir).get("match", {}).get("status") == "running":
                seen.append(time.monotonic())
                return time.monotonic() - seen[0] > 3.0
            return False

        arg = None
    killed = run_night(cfg, date, kill=arg, kill_when=kill_when)
    stages = manifest_stages(run_dir)
    at = stages.get(stage, {}).get("status")
    partial = partial_partitions(lake)
    cand_ok = True
    if (run_dir / "candidates.parquet").exists():
        try:
            candidate_set(run_dir)
        except Exception:
            cand_ok = False
    ledger.record(
        "nightly",
        f"SIGKILL whole night during {stage} ({point}): nothing partial visible",
        killed.rc == -9 and at == "running" and not partial and cand_ok and _brand_folders_complete(run_dir),
        note=f"rc {killed.rc}, {stage} {at}, partial {partial}",
    )
    resumed = run_night(cfg, date)
    rows, ids, found = listing_counts(lake, date, shop.listing_ids())
    stages = manifest_stages(run_dir)
    all_done = all(stages.get(s, {}).get("status") == "done" for s in ("crawl", "match", "rank", "deliver"))
    same = candidate_set(run_dir) == candidate_set(_run_dir(base / "lake", D0))
    ledger.record(
        "nightly",
        f"rerun after SIGKILL in {stage}: resumes, same candidates as the clean night",
        resumed.rc == 0
        and all_done
        and same
        and found == N
        and rows == ids
        and _brand_folders_complete(run_dir),
        expected=N,
        stored=found,
        errors=0 if resumed.rc == 0 else 1,
        note=f"rc {resumed.rc}, dup {rows - ids}, same candidates {same}"
        + (f"; {resumed.err.strip().splitlines()[-1][:60]}" if resumed.rc and resumed.err.strip() else ""),
    )
    ledger.check()
