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


def test_images_partition_from_another_tool_match(tmp_path, demo_brands, ledger):
    """Case 3's sibling on the images table: a partition with only `image_sha256`, `url`, `bytes` (a
    brand's own dump) reads with the missing columns as nulls and gives a run."""
    lake_root = tmp_path / "lake"
    lake = Lake(str(lake_root))
    Night(lake, DATE, [Item(1, "Sport shoes"), Item(2, "Plain mug")]).write()
    for f in lake.files("images", DATE):
        pq.write_table(pq.read_table(f, columns=["image_sha256", "url", "bytes"]), f)
    res = _match(lake_root, demo_brands, tmp_path / "run")
    ok = (
        res.returncode == 0
        and "Traceback" not in res.stderr
        and (tmp_path / "run" / "candidates.parquet").is_file()
    )
    last = ((res.stderr or res.stdout).strip().splitlines() or [""])[-1]
    ledger.record(
        "lake", "images partition without error/mime/width/height columns: knockoff match makes a run", ok,
        errors=0 if ok else 1, note=f"exit {res.returncode}; {last[:120]}",
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
    from knockoff.config import MatchConfig
    from knockoff.lake import DETECTIONS_SCHEMA, LISTINGS_SCHEMA
    from knockoff.matching.brands import Brand
    from knockoff.matching.fusion import rank_candidates

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


@pytest.fixture(scope="module")
def starling_matcher(tmp_path_factory):
    """The real Matcher (CPU, OCR off) with one brand whose mark is drawn by the matching tests."""
    import yaml

    from knockoff.config import MatchConfig
    from knockoff.matching.brands import load_brands
    from knockoff.matching.engine import Matcher
    from tests.matching.conftest import draw_mark, png_bytes

    d = tmp_path_factory.mktemp("brands")
    (d / "marks").mkdir()
    (d / "marks" / "starling.png").write_bytes(png_bytes(draw_mark(256)))
    doc = {"brands": [{"name": "Starling", "marks": ["marks/starling.png"], "keywords": ["starling"]}]}
    (d / "brands.yaml").write_text(yaml.safe_dump(doc), encoding="utf-8")
    return Matcher(load_brands(d / "brands.yaml"), MatchConfig(ocr=False, device="cpu"), device="cpu")


def _iou(a, b) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    return inter / ((a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter)


def _boxes(det: pa.Table, sha: str) -> list[dict]:
    return [r for r in det.to_pylist() if r["image_sha256"] == sha and r["x0"] is not None]


def test_exif_orientations_boxes_in_displayed_frame(starling_matcher, ledger):
    """Cases 1 (orientation) over EXIF orientations 1-8: the same displayed photo (a mark planted at
    its bottom-right edge, where a box in the wrong frame or scale falls outside) stored 8 ways. Every
    detection box lies inside the displayed image and the mark's box is where a viewer shows it."""
    from PIL import Image

    from tests.matching.conftest import background, draw_mark, images_table, plant
    from tests.matching.test_decode import exif_jpeg

    W, H = 1203, 601  # rounded decoded sizes: the two axes' scales differ
    shown, truth = plant(background(7, H, W), draw_mark(256), 190, (1012, 410))
    blobs = [exif_jpeg(Image.fromarray(shown), o, quality=90) for o in range(1, 9)]
    shas = [f"orientation-{o}" for o in range(1, 9)]
    det, err = starling_matcher.detect(images_table(blobs, shas))
    for o, sha in zip(range(1, 9), shas, strict=True):
        boxes = _boxes(det, sha)
        outside = [r for r in boxes if not (0 <= r["x0"] <= r["x1"] <= W and 0 <= r["y0"] <= r["y1"] <= H)]
        best = max((r for r in boxes if r["brand"] == "Starling"), key=lambda r: r["score"], default=None)
        iou = _iou((best["x0"], best["y0"], best["x1"], best["y1"]), truth) if best else 0.0
        ledger.record(
            "match", f"EXIF orientation {o}: every box inside the displayed {W}x{H} image, mark found there",
            not outside and iou >= 0.8 and not err.num_rows,
            note=f"{len(boxes)} boxes, {len(outside)} outside; mark IoU {iou:.2f}",
        )  # fmt: skip
    ledger.check()


def test_reported_orientation_6_scale_box_and_thumbnail(starling_matcher, ledger):
    """Case 1 as reported: a 1200x600 JPEG with orientation 6. Matching decodes it at scale 2.34 for a
    512 px long side (was 4.69), its box is the mark's box in the displayed frame (was 1.5x too large
    and partly outside), and the report thumbnail is shown in that frame (was unrotated)."""
    import base64
    import io

    import numpy as np
    from PIL import Image

    from knockoff.jobs.delivery.thumbs import make_thumb
    from knockoff.matching.imageio import decode
    from tests.matching.conftest import background, draw_mark, images_table, plant
    from tests.matching.test_decode import exif_jpeg

    shown, truth = plant(background(11, 1200, 600), draw_mark(256), 200, (330, 880))  # 600 wide, 1200 tall
    data = exif_jpeg(Image.fromarray(shown), 6, quality=90)
    d = decode(data, starling_matcher.size)
    det, _ = starling_matcher.detect(images_table([data], ["o6"]))
    best = max(
        (r for r in _boxes(det, "o6") if r["brand"] == "Starling"), key=lambda r: r["score"], default=None
    )
    box = (best["x0"], best["y0"], best["x1"], best["y1"]) if best else (0, 0, 0, 0)
    thumb = make_thumb(data)
    px = np.asarray(Image.open(io.BytesIO(base64.b64decode(thumb.uri.split(",", 1)[1]))).convert("RGB"))
    upright = np.asarray(Image.fromarray(shown).resize((px.shape[1], px.shape[0]), Image.BILINEAR))
    thumb_diff = (
        float(np.abs(px.astype(float) - upright.astype(float)).mean()) if px.shape == upright.shape else 255.0
    )
    checks = {
        "scale 2.34": abs(d.scale - 2.34375) < 1e-6,
        "box inside 600x1200": 0 <= box[0] <= box[2] <= 600 and 0 <= box[1] <= box[3] <= 1200,
        "box on the mark": _iou(box, truth) >= 0.8,
        "thumbnail 600x1200 upright": (thumb.width, thumb.height) == (600, 1200) and thumb_diff < 16,
    }
    ledger.record(
        "match", "1200x600 JPEG, EXIF orientation 6: scale, box and thumbnail in the displayed frame",
        all(checks.values()),
        note=f"scale {d.scale:.2f}; box {[round(v) for v in box]} vs {[round(v) for v in truth]} "
        f"(IoU {_iou(box, truth):.2f}); thumbnail {thumb.width}x{thumb.height}, mean diff {thumb_diff:.1f}; "
        + ", ".join(k for k, v in checks.items() if not v),
    )  # fmt: skip
    ledger.check()


def test_transparent_logo_thumbnail_matches_matching(ledger):
    """Case 2: a black logo on transparency, in every mode that carries transparency: the report
    thumbnail shows it on white (was black on black), the same picture matching decodes."""
    import base64
    import io

    import numpy as np
    from PIL import Image

    from knockoff.jobs.delivery.thumbs import make_thumb
    from knockoff.matching.imageio import decode
    from tests.matching.test_decode import transparent_black_logo_variants

    for name, data in transparent_black_logo_variants().items():
        thumb = make_thumb(data)
        px = np.asarray(Image.open(io.BytesIO(base64.b64decode(thumb.uri.split(",", 1)[1]))).convert("RGB"))
        rgb = decode(data).rgb
        diff = float(np.abs(px.astype(float) - rgb.astype(float)).mean()) if px.shape == rgb.shape else 255.0
        visible = px[32, 48].max() < 60 and px[4, 4].min() > 200
        ledger.record(
            "report", f"transparent PNG/GIF/WEBP ({name}): thumbnail = matching's picture, logo on white",
            visible and diff < 6,
            note=f"logo pixel {px[32, 48].tolist()}, background {px[4, 4].tolist()}, mean diff {diff:.1f}",
        )  # fmt: skip
    ledger.check()


def test_ingest_stores_displayed_size(tmp_path, ledger):
    """Case 1, ingest's side: `ingest` stores width/height in the displayed frame, the frame of boxes."""
    from PIL import Image

    from knockoff.crawler.ingest import ingest
    from tests.matching.conftest import background
    from tests.matching.test_decode import exif_jpeg

    folder = tmp_path / "photos"
    folder.mkdir()
    for o in range(1, 9):
        (folder / f"o{o}.jpg").write_bytes(exif_jpeg(Image.fromarray(background(o, 300, 500)), o))
    ingest(folder, str(tmp_path / "lake"), "brand-dump", DATE)
    rows = Lake(str(tmp_path / "lake")).read("images", DATE).to_pylist()
    sizes = sorted({(r["width"], r["height"]) for r in rows if not r["error"]})
    ledger.record(
        "crawl", "ingest of JPEGs with EXIF orientations 1-8: width/height in the displayed frame",
        len(rows) == 8 and sizes == [(500, 300)], expected=8, stored=len(rows), note=f"sizes {sizes}",
    )  # fmt: skip
    ledger.check()
