"""The trained logo head: shipped weights, numpy/torch twins agree, and the training script runs end to end."""

from __future__ import annotations

import numpy as np
import pytest

from knockoff.matching.head import MIXED_WEIGHTS, TUNED_WEIGHTS, WEIGHTS, LogoHead, load_head, stack_features


def test_shipped_weights_load_and_name_the_model(matcher) -> None:
    for f in (WEIGHTS, MIXED_WEIGHTS, TUNED_WEIGHTS):
        assert f.is_file(), f"matching/weights/{f.name} must ship with the package"
    head = load_head(MIXED_WEIGHTS)  # the default stage's head (match.detect.stage "mixed", model v19)
    assert head is not None and head.in_channels == 152
    assert head.version in matcher.model_version
    x = np.random.default_rng(0).normal(size=(152, 5, 7)).astype(np.float32)
    y = head(x)
    assert y.shape[1:] == (5, 7) and np.isfinite(y).all()


def test_stack_features_pools_stride8_onto_stride16_grid() -> None:
    f8 = np.arange(2 * 4 * 6, dtype=np.float32).reshape(2, 4, 6)
    f16 = np.zeros((3, 2, 3), np.float32)
    out = stack_features(f8, f16)
    assert out.shape == (5, 2, 3)
    assert out[3, 0, 0] == pytest.approx(np.mean([0, 1, 6, 7]))
    # an odd-sized stride-8 map (image not a multiple of 16) is padded, not misaligned
    out = stack_features(f8[:, :3, :5], f16)
    assert out.shape == (5, 2, 3) and np.isfinite(out).all()


def test_numpy_head_matches_the_torch_twin_used_in_training(tmp_path) -> None:
    torch = pytest.importorskip("torch")
    from training.train_head import Head

    rng = np.random.default_rng(1)
    mean = rng.normal(size=152).astype(np.float32)
    scale = rng.uniform(0.5, 2, size=152).astype(np.float32)
    twin = Head(152, 16, 8, mean, scale, seed=3)
    twin.save(tmp_path / "h.npz")
    x = rng.normal(size=(152, 4, 6)).astype(np.float32)
    y = LogoHead(tmp_path / "h.npz")(x)
    y = y / (np.linalg.norm(y, axis=0, keepdims=True) + 1e-6)
    with torch.no_grad():
        ref = twin(torch.from_numpy(x)[None])[0].numpy()
    np.testing.assert_allclose(y, ref, atol=1e-5)


def test_training_script_runs_on_a_tiny_set(tmp_path) -> None:
    from training.shared_data import data_available

    if not data_available():
        pytest.skip("../shared/data is not present (training needs its logos and photos)")
    from knockoff.matching.backbone import Backbone
    from training.train_head import build_examples, train

    examples = build_examples(24, seed=5, backbone=Backbone("cpu"))
    assert any(e.slug for e in examples) and any(not e.slug for e in examples)
    for e in examples:
        if e.slug:
            assert e.template.shape[1] == 152 and e.box[2] > e.box[0]
    out = tmp_path / "head.npz"
    metrics = train(examples, steps=3, seed=0, out=out, batch=4, n_neg=2)
    assert out.is_file() and set(metrics) == {"mrr", "top1", "n", "calibration"}
    assert LogoHead(out).in_channels == 152


def test_brand_templates_are_cached_by_mark_content_and_model(brands, tmp_path) -> None:
    from knockoff.matching import logo

    calls = []

    def feats(rgb: np.ndarray) -> np.ndarray:
        calls.append(rgb.shape)
        h, w = rgb.shape[0] // 16, rgb.shape[1] // 16
        return np.random.default_rng(len(calls)).normal(size=(8, h, w)).astype(np.float32)

    first = logo.build_templates(brands[:1], feats, tmp_path, "model-a")
    n = len(calls)
    assert n > 0 and first
    again = logo.build_templates(brands[:1], feats, tmp_path, "model-a")
    assert len(calls) == n  # nothing recomputed
    assert all(np.array_equal(a.cells, b.cells) for a, b in zip(first, again, strict=True))
    logo.build_templates(brands[:1], feats, tmp_path, "model-b")  # another model: recomputed
    assert len(calls) == 2 * n
    for f in tmp_path.glob("*.npz"):
        f.write_bytes(b"damaged")
    repaired = logo.build_templates(brands[:1], feats, tmp_path, "model-a")
    assert len(calls) == 3 * n and len(repaired) == len(first)
