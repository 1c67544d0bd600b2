"""The real-photo benchmark's per-image score cache: resumable, per model version, shared by shards."""

from __future__ import annotations

import hashlib

import pyarrow as pa
import pytest

from benchmarks.bench_real_logos import Sample, ScoreCache, fill_cache, rows_to_pred, shard
from tests.matching.conftest import background, draw_mark, jpeg_bytes, plant


def _samples(n: int) -> list[Sample]:
    out = []
    for i in range(n):
        rgb = background(200 + i, 256, 224)
        if i % 2 == 0:
            rgb, _ = plant(rgb, draw_mark(256), 110, (50, 60))
        data = jpeg_bytes(rgb)
        out.append(
            Sample(hashlib.sha256(data).hexdigest(), data, "Starling" if i % 2 == 0 else "", [], 224, 256)
        )
    return out


def test_interrupted_fill_resumes_and_reads_back(matcher, tmp_path) -> None:
    samples = _samples(4)
    cache = ScoreCache(matcher.model_version, root=tmp_path)
    assert fill_cache(matcher, samples[:2], cache)[0] == 2  # a run stopped after two images
    again = ScoreCache(matcher.model_version, root=tmp_path)
    assert fill_cache(matcher, samples, again)[0] == 2  # the next one scores only the other two
    assert fill_cache(matcher, samples, again)[0] == 0  # a finished one reads back
    rows = {s.name: again.get(s.name) for s in samples}
    fresh, _ = matcher.detect(
        pa.table({"image_sha256": [s.name for s in samples], "bytes": [s.jpeg for s in samples]})
    )
    want: dict[str, list[dict]] = {}
    for r in fresh.to_pylist():
        want.setdefault(r["image_sha256"], []).append(r)
    assert rows_to_pred(rows) == rows_to_pred(want)
    star = rows_to_pred(rows)
    assert star[(samples[0].name, "Starling")][0] > star[(samples[1].name, "Starling")][0]


def test_versions_do_not_share_rows(tmp_path) -> None:
    a, b = ScoreCache("model-a", root=tmp_path), ScoreCache("model-b", root=tmp_path)
    a.put("img", [{"brand": "X", "score": 0.5}])
    assert a.has("img") and not b.has("img")
    with pytest.raises(OSError):
        b.get("img")
    assert (a.folder / "model_version.txt").read_text().strip() == "model-a"


def test_shards_are_disjoint_and_cover() -> None:
    items = list(range(11))
    parts = [shard(items, i, 3) for i in range(3)]
    assert sorted(sum(parts, [])) == items
    assert all(set(p).isdisjoint(q) for p in parts for q in parts if p is not q)


def test_vector_condition_adds_each_brands_coloured_svg(tmp_path) -> None:
    from benchmarks.bench_real_logos import VECTOR_MARKS, with_vector_marks
    from knockoff.matching.marks import load_mark_rgba
    from training.shared_data import simple_icons

    if not simple_icons():
        pytest.skip("../shared/data/logos is not present")
    crop = tmp_path / "crop.png"
    crop.write_bytes(b"")
    marks = {"Uniqlo": [crop], "Casio": [crop]}
    out = with_vector_marks(marks, tmp_path)
    assert out["Casio"] == [crop] and marks["Uniqlo"] == [crop]  # other brands and the input untouched
    assert out["Uniqlo"][0] == crop and out["Uniqlo"][1].name == f"{VECTOR_MARKS['Uniqlo']}.svg"
    rgba = load_mark_rgba(out["Uniqlo"][1], 64)
    drawn = rgba[rgba[..., 3] > 128][:, :3]
    assert len(drawn) and drawn.std(axis=0).max() < 40 and drawn.mean() > 20  # one brand colour, not black
