"""The lake contract: atomic, idempotent partitions with the schemas of docs/ARCHITECTURE.md section 4 (lake contract)."""

from __future__ import annotations

import threading

import pyarrow.parquet as pq
import pytest

from knockoff.errors import LakeError
from knockoff.lake import IMAGES_SCHEMA, Lake, check_date, listing_id, replace_atomic, sha256_hex


def _image_rows(n: int, tag: str = "a") -> list[dict]:
    rows = []
    for i in range(n):
        data = f"{tag}-{i}".encode()
        rows.append(
            {
                "image_sha256": sha256_hex(data),
                "url": f"http://x/{i}.jpg",
                "bytes": data,
                "mime": "image/jpeg",
                "width": 1,
                "height": 1,
                "error": None,
            }
        )
    return rows


def test_partition_visible_only_after_commit(tmp_path):
    lake = Lake(str(tmp_path))
    with lake.writer("images", "2026-11-01", "shop") as w:
        w.write(_image_rows(3))
        assert lake.sites("images", "2026-11-01") == []
        assert lake.read("images", "2026-11-01").num_rows == 0
    assert lake.sites("images", "2026-11-01") == ["shop"]
    table = lake.read("images", "2026-11-01")
    assert table.schema == IMAGES_SCHEMA
    assert table.num_rows == 3
    assert table.column("bytes").to_pylist()[0] == b"a-0"


def test_failed_write_leaves_nothing_and_keeps_previous(tmp_path):
    lake = Lake(str(tmp_path))
    with lake.writer("images", "2026-11-01", "shop") as w:
        w.write(_image_rows(2))
    with pytest.raises(RuntimeError), lake.writer("images", "2026-11-01", "shop") as w:
        w.write(_image_rows(5, "b"))
        raise RuntimeError("crash mid-write")
    assert lake.read("images", "2026-11-01").num_rows == 2
    leftovers = [p.name for p in (tmp_path / "images" / "date=2026-11-01").iterdir()]
    assert leftovers == ["site=shop"]


def test_rerun_replaces_never_duplicates(tmp_path):
    lake = Lake(str(tmp_path))
    for _ in range(3):
        with lake.writer("images", "2026-11-01", "shop") as w:
            w.write(_image_rows(4))
    assert lake.read("images", "2026-11-01").num_rows == 4
    files = lake.files("images", "2026-11-01")
    assert len(files) == 1
    meta = pq.ParquetFile(files[0]).metadata
    assert meta.row_group(0).column(2).compression == "UNCOMPRESSED"  # image bytes are stored as is


def test_listing_id_is_stable_under_url_noise():
    a = listing_id("shop", "http://shop.example/item?b=2&a=1#frag")
    b = listing_id("shop", "http://shop.example/item?a=1&b=2")
    assert a == b
    assert a != listing_id("other", "http://shop.example/item?a=1&b=2")


@pytest.mark.parametrize("bad", ["2026-13-01", "yesterday", "2026-1-1", ""])
def test_bad_dates_are_one_line_errors(bad):
    with pytest.raises(LakeError, match="bad date"):
        check_date(bad)


def test_bad_site_name_refused(tmp_path):
    with pytest.raises(LakeError, match="bad site name"):
        Lake(str(tmp_path)).partition("listings", "2026-11-01", "../etc")


def test_unwritable_lake_is_reported(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(LakeError, match="not writable"):
        Lake(str(blocker / "lake")).ensure_writable()


def test_fsspec_memory_lake():
    lake = Lake("memory://knockoff-test-lake")
    with lake.writer("images", "2026-11-02", "s") as w:
        w.write(_image_rows(2))
    assert lake.read("images", "2026-11-02", "s").num_rows == 2


def test_replace_atomic_file_appears_whole(tmp_path):
    path = tmp_path / "sub" / "cache.npz"  # folder made if missing
    seen = []

    def write(tmp):
        seen.append(tmp)
        with open(tmp, "wb") as fh:
            fh.write(b"a" * 1000)
            fh.flush()
            assert not path.exists()  # nothing at the target while the file is being written
            fh.write(b"b" * 1000)

    replace_atomic(path, write)
    assert path.read_bytes() == b"a" * 1000 + b"b" * 1000
    (tmp,) = seen
    assert tmp.parent == path.parent and tmp.suffix == ".npz" and tmp != path
    assert sorted(p.name for p in path.parent.iterdir()) == ["cache.npz"]


def test_replace_atomic_raising_writer_leaves_nothing(tmp_path):
    path = tmp_path / "model.onnx"

    def write(tmp):
        tmp.write_bytes(b"half")
        raise RuntimeError("check failed")

    with pytest.raises(RuntimeError, match="check failed"):
        replace_atomic(path, write)
    assert list(tmp_path.iterdir()) == []  # no temporary file, no target

    path.write_bytes(b"old")
    with pytest.raises(RuntimeError, match="check failed"):
        replace_atomic(path, write)
    assert path.read_bytes() == b"old" and list(tmp_path.iterdir()) == [path]  # the old file is untouched


def test_replace_atomic_two_threads_same_path(tmp_path):
    path = tmp_path / "calibration.json"
    both_writing = threading.Barrier(2, timeout=10)
    contents = {0: b"0" * 100_000, 1: b"1" * 100_000}
    errors: list[BaseException] = []

    def write(tmp, data):
        with open(tmp, "wb") as fh:
            fh.write(data[: len(data) // 2])
            both_writing.wait()  # both threads hold a temporary file at the same time
            fh.write(data[len(data) // 2 :])

    def run(i):
        try:
            replace_atomic(path, lambda tmp: write(tmp, contents[i]))
        except BaseException as exc:  # noqa: BLE001 - reported to the main thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in (0, 1)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert path.read_bytes() in contents.values()
    assert list(tmp_path.iterdir()) == [path]
