"""One pack per brand list (matching/index_pack.py): a Matcher with many brands reads its index in one file, the
same arrays bit for bit as mark by mark, and falls back to the per-mark entries wherever the pack is absent,
damaged or of another list. Also the cheap decode check that load_brands runs on every mark file."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from knockoff.config import ConfigError
from knockoff.matching import index as index_mod
from knockoff.matching.brands import load_brands
from knockoff.matching.index import MarkEntry, build_index
from knockoff.matching.index_pack import KEEP_PACKS, load_pack, pack_key, save_pack
from knockoff.matching.logo import Template
from tests.cluster.test_brand_index import _same, brands, features_fn  # noqa: F401 - that module's fixtures


def _entries() -> list[MarkEntry]:
    rng = np.random.default_rng(0)
    cells = [rng.normal(size=s).astype(np.float32) for s in ((8, 1, 3), (8, 2, 2), (8, 3, 5))]
    kp = [rng.normal(size=(n, 2)).astype(np.float32) for n in (4, 0, 7)]
    desc = [rng.normal(size=(len(k), 128)).astype(np.float32) for k in kp]
    return [
        MarkEntry("A", "a", [Template("A", "a", cells[0], 0.1), Template("A", "a", cells[1], -0.25)], kp[:2], desc[:2], (64, 32)),
        MarkEntry("B", "b", [Template("B", "b", cells[2], 1 / 3)], [], [], (0, 0)),  # a mark without SIFT keypoints
        MarkEntry("C", "c", [], kp[2:], desc[2:], (16, 16)),
    ]  # fmt: skip


def _arrays_equal(a: list[np.ndarray], b: list[np.ndarray]) -> bool:
    return len(a) == len(b) and all(
        np.array_equal(u, v) and u.dtype == v.dtype for u, v in zip(a, b, strict=True)
    )


def _equal(a: list[MarkEntry], b: list[MarkEntry]) -> bool:
    return len(a) == len(b) and all(
        (x.brand, x.mark, x.sift_size) == (y.brand, y.mark, y.sift_size)
        and _same(x.templates, y.templates)
        and _arrays_equal([t.cells for t in x.templates], [t.cells for t in y.templates])
        and _arrays_equal(x.sift_keypoints, y.sift_keypoints)
        and _arrays_equal(x.sift_descriptors, y.sift_descriptors)
        for x, y in zip(a, b, strict=True)
    )


def test_a_pack_gives_back_every_array_bit_for_bit(tmp_path):
    entries = _entries()
    file = tmp_path / "p.npz"
    save_pack(file, entries)
    assert _equal(load_pack(file, [(e.brand, e.mark) for e in entries], MarkEntry), entries)


def test_a_damaged_or_mismatched_pack_is_not_used(tmp_path):
    entries = _entries()
    file = tmp_path / "p.npz"
    save_pack(file, entries)
    assert load_pack(file, [("A", "a"), ("B", "b")], MarkEntry) is None  # another number of marks
    assert load_pack(tmp_path / "absent.npz", [("A", "a")], MarkEntry) is None
    file.write_bytes(file.read_bytes()[:200])
    assert load_pack(file, [(e.brand, e.mark) for e in entries], MarkEntry) is None


def test_the_pack_key_follows_every_entry_and_their_order():
    assert pack_key(["k1", "k2"]) == pack_key(["k1", "k2"])
    assert (
        len({pack_key(["k1", "k2"]), pack_key(["k2", "k1"]), pack_key(["k1", "k3"]), pack_key(["k1"])}) == 4
    )


def test_a_large_list_is_read_from_its_pack_the_next_time(brands, features_fn, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(index_mod, "PACK_MIN_MARKS", 1)
    cache = tmp_path / "index"
    first = build_index(brands, features_fn, cache, "t1", shortlist=1)
    packs = list(cache.glob("set-*.npz"))
    assert len(packs) == 1
    monkeypatch.setattr(index_mod, "_load", lambda *a: pytest.fail("a mark read on its own"))
    again = build_index(brands, features_fn, cache, "t1", shortlist=1)
    assert again.built == 0 and _equal(again.entries, first.entries)
    assert again.sift_refs.keys() == first.sift_refs.keys()
    monkeypatch.undo()
    monkeypatch.setattr(index_mod, "PACK_MIN_MARKS", 1)
    packs[0].write_bytes(
        b"truncated"
    )  # a damaged pack: the marks are read one by one and the pack written again
    third = build_index(brands, features_fn, cache, "t1", shortlist=1)
    assert third.built == 0 and _equal(third.entries, first.entries)
    assert load_pack(packs[0], [(e.brand, e.mark) for e in first.entries], MarkEntry) is not None
    fewer = build_index(brands[:2], features_fn, cache, "t1", shortlist=1)  # another list: its own pack
    assert fewer.built == 0 and len(list(cache.glob("set-*.npz"))) == 2


def test_a_small_list_writes_no_pack(brands, features_fn, tmp_path):  # noqa: F811
    build_index(brands, features_fn, tmp_path / "index", "t1", shortlist=1)
    assert not list((tmp_path / "index").glob("set-*.npz"))  # 10 marks, under PACK_MIN_MARKS


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("broken.svg", b"<svg xmlns='http://www.w3.org/2000/svg'><path d="),
        ("notutf8.svg", b"\xff\xfe<svg/>"),
        ("broken.png", b"\x89PNG\r\n\x1a\n" + b"\0" * 40),
        ("cut.png", None),  # a real PNG cut in half
    ],
)
def test_an_unreadable_mark_is_a_config_error(tmp_path, real_brands: Path, name, data):
    png = next(p for p in real_brands.parent.rglob("*.png"))
    (tmp_path / name).write_bytes(
        data if data is not None else png.read_bytes()[: len(png.read_bytes()) // 2]
    )
    (tmp_path / "brands.yaml").write_text(f"brands:\n  - name: Acme\n    marks: [{name}]\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unreadable"):
        load_brands(tmp_path / "brands.yaml")


def test_only_the_most_recently_used_packs_are_kept(tmp_path):
    import os

    entries = _entries()
    names = [(e.brand, e.mark) for e in entries]
    files = [tmp_path / f"set-{i}.npz" for i in range(KEEP_PACKS)]
    for i, f in enumerate(files):
        save_pack(f, entries)
        os.utime(f, (1000 + i, 1000 + i))  # written in this order, the oldest first
    assert load_pack(files[0], names, MarkEntry) is not None  # the oldest, read now: most recently used
    save_pack(tmp_path / "set-new.npz", entries)  # one more than KEEP_PACKS: the least recently used goes
    kept = {p.name for p in tmp_path.glob("set-*.npz")}
    assert kept == {"set-new.npz", files[0].name, *(f.name for f in files[2:])}


def test_a_pack_that_cannot_be_written_leaves_the_index_as_it_is(brands, features_fn, tmp_path, monkeypatch):  # noqa: F811
    monkeypatch.setattr(index_mod, "PACK_MIN_MARKS", 1)
    cache = tmp_path / "index"
    ref = build_index(brands, features_fn, cache, "t1", shortlist=1)  # per-mark entries and a pack
    for p in cache.glob("set-*.npz"):
        p.unlink()

    def full(*a):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(index_mod, "save_pack", full)
    again = build_index(brands, features_fn, cache, "t1", shortlist=1)
    assert again.built == 0 and _equal(again.entries, ref.entries) and not list(cache.glob("set-*.npz"))
