"""The researcher's path at scale: ingest writes row groups of a sensible size, batches are sized for the
workers, and the detection cache's file count stays bounded however many batches a run commits."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from knockoff.cluster.cache import FANIN, CacheWriter, DetectionCache
from knockoff.cluster.stream import MIN_BATCH_ROWS, batch_rows, plan_batches
from knockoff.crawler.ingest import ingest
from knockoff.lake import DETECTIONS_SCHEMA, Lake
from tests.cluster.conftest import DATE
from tests.cluster.lakegen import make_jpeg


def _images_folder(root: Path, n: int) -> Path:
    root.mkdir(parents=True)
    for i in range(n):
        (root / f"img{i:03d}.jpg").write_bytes(make_jpeg(i, 96))
    (root / "broken.jpg").write_bytes(b"not a jpeg")
    return root


def test_ingest_of_50_images_writes_one_row_group_and_plans_balanced_batches(tmp_path) -> None:
    folder = _images_folder(tmp_path / "imgs", 50)
    lake = Lake(str(tmp_path / "lake"))
    counts = ingest(folder, lake.root, "dump", DATE)
    assert counts["images_new"] == 50 and counts["images_failed"] == 1
    files = lake.files("images", DATE)
    groups = sum(pq.ParquetFile(f).num_row_groups for f in files)
    assert groups == 1, f"{groups} row groups for 51 rows"  # was one per image
    assert pq.read_table(files[0]).num_rows == 51  # the failed image is a row too (with its error)

    one = plan_batches(lake, [DATE], set(), lambda s: set(), max_rows=1000)
    assert [b.n_images for b in one.batches] == [50]  # one batch, every usable row, no `wanted` list
    assert one.batches[0].wanted is None
    split = plan_batches(lake, [DATE], set(), lambda s: set(), max_rows=1000, min_batches=8)
    # 8 batches wanted, but never under MIN_BATCH_ROWS (8) images: 6 x 8 + 2
    assert MIN_BATCH_ROWS == 8
    assert [b.n_images for b in split.batches] == [8] * 6 + [2]
    four = plan_batches(lake, [DATE], set(), lambda s: set(), max_rows=1000, min_batches=4)
    assert [b.n_images for b in four.batches] == [13, 13, 13, 11]
    assert sorted(s for b in split.batches for s in b.wanted) == sorted(one.needed)


def test_batch_rows_bounds() -> None:
    assert batch_rows(10_000, 1000, 8) == 1000  # max_rows caps
    assert batch_rows(10_000, 1000, 40) == 250  # enough batches for 10 threads x 4
    assert batch_rows(100, 1000, 40) == MIN_BATCH_ROWS  # never below the minimum
    assert batch_rows(75, 1000, 8) == 10  # the 40-listing demo night on 2 workers: 8 batches
    assert batch_rows(0, 1000, 4) == 1000


def _det(shas: list[str]) -> pa.Table:
    rows = [
        dict(image_sha256=s, brand="B", mark="m", score=0.5, x0=0.0, y0=0.0, x1=1.0, y1=1.0, method="cnn")
        for s in shas
    ]
    return pa.Table.from_pylist(rows, schema=DETECTIONS_SCHEMA)


def test_cache_file_count_stays_bounded_while_a_run_commits_many_batches(tmp_path) -> None:
    cache = DetectionCache(Lake(str(tmp_path / "lake")), "m-1")
    writer = CacheWriter(cache)
    no_err = pa.table({"image_sha256": pa.array([], pa.string()), "error": pa.array([], pa.string())})
    most, shas = 0, []
    for b in range(150):  # 150 batches of 2 images
        batch = [f"{b:03d}a", f"{b:03d}b"]
        shas += batch
        writer.add(batch, _det(batch), no_err)
        most = max(most, len(list(Path(cache.dir).iterdir())))
    # tiers of at most FANIN - 1 pairs each: 150 batches = tiers 0..2 of base 8
    assert most <= 2 * FANIN * 3, most
    merged = writer.close()
    files = sorted(p.name for p in Path(cache.dir).iterdir())
    assert len(files) == 2 and f"index-{merged.rsplit('index-', 1)[1]}" in files
    found = cache.lookup(shas + ["absent"])
    assert set(found) == set(shas) and set(found.values()) == {merged}
    det, _ = cache.read(found)
    assert sorted(det["image_sha256"].to_pylist()) == sorted(shas)
