"""Faults reported publicly against tools doing knockoff's job, rebuilt as small inputs (issue 15).

Each case runs the real command or the real part and records what it counted in the ledger. The
siblings of each case are unit tests beside the code: tests/test_lake_schema.py (lake schema),
tests/matching/test_decode.py (one image decode), tests/matching/test_lookalikes.py (look-alike text).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from knockoff.lake import Lake
from tests.jobs.lakefix import Item, Night
from tests.reliability.env import REPO

DATE = "2026-02-03"


@pytest.fixture(scope="module")
def demo_brands(tmp_path_factory) -> Path:
    from knockoff.crawler.demoshop import generate_shop

    return Path(generate_shop(tmp_path_factory.mktemp("shop"), seed=0, n_listings=0).brands_path)


def _knockoff(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "knockoff.jobs.cli", *args],
        capture_output=True, text=True, timeout=timeout, cwd=REPO,
    )  # fmt: skip


def _rewrite_listings(lake: Lake, change) -> list[str]:
    files = lake.files("listings", DATE)
    for f in files:
        pq.write_table(change(pq.read_table(f)), f)
    return files


def _match(lake_root: Path, brands: Path, run: Path) -> subprocess.CompletedProcess:
    return _knockoff(
        "match", "--lake", str(lake_root), "--date", DATE, "--brands", str(brands), "--out", str(run),
        "--device", "cpu", "--workers", "1", "--no-progress",
    )  # fmt: skip


def test_listings_without_seller_url_match(tmp_path, demo_brands, ledger):
    """Case 3: a listings partition without the optional `seller_url` (an older writer) gives a run."""
    lake_root = tmp_path / "lake"
    lake = Lake(str(lake_root))
    Night(lake, DATE, [Item(1, "Sport shoes"), Item(2, "Plain mug"), Item(3, "Cap")]).write()
    _rewrite_listings(lake, lambda t: t.drop_columns(["seller_url"]))
    res = _match(lake_root, demo_brands, tmp_path / "run")
    cands = tmp_path / "run" / "candidates.parquet"
    ok = res.returncode == 0 and "Traceback" not in res.stderr and cands.is_file()
    ledger.record(
        "lake", "listings partition without seller_url: knockoff match makes a run", ok,
        errors=0 if ok else 1,
        note=f"exit {res.returncode}; " + ((res.stdout + res.stderr).strip().splitlines() or [""])[0][:120],
    )  # fmt: skip
    ledger.check()


def test_listings_uncastable_column_one_line_error(tmp_path, demo_brands, ledger):
    """Case 3's sibling: a type that cannot be cast is a one-line error naming the file, not a traceback."""
    lake_root = tmp_path / "lake"
    lake = Lake(str(lake_root))
    Night(lake, DATE, [Item(1, "Sport shoes")]).write()
    files = _rewrite_listings(
        lake, lambda t: t.set_column(t.column_names.index("price"), "price", pa.array(["n/a"] * t.num_rows))
    )
    res = _match(lake_root, demo_brands, tmp_path / "run")
    lines = res.stderr.strip().splitlines()
    ok = (
        res.returncode != 0
        and "Traceback" not in res.stderr
        and any(files[0] in ln and "price" in ln for ln in lines[-1:])
    )
    ledger.record(
        "lake", "listings with an uncastable price column: one-line error naming the file", ok,
        errors=1, note=(lines[-1] if lines else "")[:160],
    )  # fmt: skip
    ledger.check()


def _listening_ports() -> set[int]:
    import os

    import psutil

    return {
        c.laddr.port
        for c in psutil.Process(os.getpid()).net_connections(kind="tcp")
        if c.status == psutil.CONN_LISTEN
    }


def test_dashboard_off_starts_no_http_server(ledger):
    """Case 7: `cluster: {dashboard: false}` starts no dashboard and no HTTP server, and never warns that
    port 8787 is in use (it is held here for the test when free, as a second cluster would hold it)."""
    import contextlib
    import socket
    import warnings

    from knockoff.cluster import client as cc

    from knockoff.config import ClusterConfig

    holder = socket.socket()
    with contextlib.suppress(OSError):
        holder.bind(("127.0.0.1", 8787))
        holder.listen()
    try:
        before = _listening_ports()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            with cc.cluster_client(ClusterConfig(n_workers=1, dashboard=False), device="cpu") as client:
                info = client.scheduler_info()
                sched = client.cluster.scheduler
                nannies = {int(a.rsplit(":", 1)[1]) for a in client.cluster.scheduler_info["workers"]}
                nannies |= {w.port for w in client.cluster.workers.values()}
                new = _listening_ports() - before - {sched.port} - nannies
                line = cc.describe(client)
                works = client.submit(sum, [1, 2, 3]).result() == 6
    finally:
        holder.close()
    port_warnings = [str(w.message).splitlines()[0] for w in caught if "already in use" in str(w.message)]
    ok = (
        works
        and "dashboard" not in info.get("services", {})
        and "dashboard" not in line
        and not new
        and not port_warnings
    )
    ledger.record(
        "match", "cluster dashboard: false starts no dashboard / HTTP server, no port-8787 warning", ok,
        errors=len(port_warnings),
        note=f"services {info.get('services')}; other listening ports {sorted(new)}; {port_warnings[:1]}",
    )  # fmt: skip
    ledger.check()


def _git(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "-C", str(REPO), *args], capture_output=True, text=True)


def test_summary_written_only_to_an_ignored_path(ledger):
    """Case 6: the suite's summary table is generated into a git-ignored, untracked file, so a test
    run leaves every tracked file as it was (manifests of later runs record `git_dirty: no`)."""
    import shutil

    from tests.reliability import conftest as rc

    if shutil.which("git") is None or _git("rev-parse", "--is-inside-work-tree").returncode != 0:
        pytest.skip("not a git checkout")
    rel = str(rc.SUMMARY.relative_to(REPO))
    before = _git("status", "--porcelain", "--untracked-files=no", "--", "tests/reliability").stdout
    written = rc.write_summary(rc.render_summary(rc._LEDGER.rows))  # what the session end writes
    after = _git("status", "--porcelain", "--untracked-files=no", "--", "tests/reliability").stdout
    tracked = _git("ls-files", "--error-unmatch", rel).returncode == 0
    ignored = _git("check-ignore", "-q", rel).returncode == 0
    ok = written.is_file() and not tracked and ignored and before == after
    ledger.record(
        "report", "test run leaves tracked files unchanged (summary to an ignored path)", ok,
        note=f"{rel}: tracked={tracked}, ignored={ignored}, tracked status changed={before != after}",
    )  # fmt: skip
    ledger.check()


LOOKALIKE_TITLES = [  # (title, brand it must be flagged for, or None)
    ("N1ke Air running shoes", "Nike"),
    ("Faucet cartridge model 7070", None),
    ("Filter 4505 replacement", None),
    ("Part 3550 gasket", None),
    ("Kettle 0770 white", None),
    ("T0T0 toilet seat", "Toto"),
]


def test_lookalike_text_needs_letters(ledger):
    """Case 4: through the real ranking (matching.fusion.rank_candidates, text evidence only), a digit
    reads as each letter it can stand for, and a token without letters never matches a brand."""
    from knockoff.matching.brands import Brand
    from knockoff.matching.fusion import rank_candidates

    from knockoff.config import MatchConfig
    from knockoff.lake import DETECTIONS_SCHEMA, LISTINGS_SCHEMA

    brands = [Brand(name=b, marks=[], keywords=[b]) for b in ("Nike", "Toto", "Asos", "Esso", "Otto")]
    rows = []
    for i, (title, _) in enumerate(LOOKALIKE_TITLES):
        row = {f.name: None for f in LISTINGS_SCHEMA}
        row.update(listing_id=f"t{i}", site="s", url=f"http://127.0.0.1/{i}", title=title, image_sha256=[])
        rows.append(row)
    out = rank_candidates(
        pa.Table.from_pylist(rows, schema=LISTINGS_SCHEMA),
        DETECTIONS_SCHEMA.empty_table(),
        brands,
        MatchConfig(),
    )
    flagged = {(r["listing_id"], r["brand"]) for r in out.to_pylist()}
    for i, (title, brand) in enumerate(LOOKALIKE_TITLES):
        got = sorted(b for lid, b in flagged if lid == f"t{i}")
        want = [brand] if brand else []
        ledger.record(
            "match", f"look-alike text: {title!r} flags {want or 'no brand'}", got == want,
            note=f"flagged {got}",
        )  # fmt: skip
    ledger.check()
