"""Training the head on real photos: the dev-A / dev-B / held-out rule, the loss, and its scores match the engine's."""

from __future__ import annotations

import numpy as np
import pytest

from training.real_photos import RealExample, TemplateBank

torch = pytest.importorskip("torch")


def _real_data() -> None:
    from training.shared_data import REAL_LOGOS

    if not (REAL_LOGOS / "annotations.jsonl").is_file():
        pytest.skip(f"{REAL_LOGOS} is not present (the real-logos set of ../shared/data)")


def test_dev_split_never_hands_a_held_out_brand_to_training() -> None:
    _real_data()
    from benchmarks.bench_real_logos import split_brands
    from training.real_photos import development_examples, references, split_development
    from training.shared_data import real_logos

    brands = sorted({r.brand for r in real_logos()[1]})
    dev, held = split_brands(brands)
    dev_a, dev_b = split_development(brands)
    assert len(brands) == 40 and len(dev_a) == len(dev_b) == 10
    assert set(dev_a) | set(dev_b) == set(dev) and not set(dev_a) & set(dev_b)
    assert not (set(dev_a) | set(dev_b)) & set(held)
    assert split_development(list(reversed(brands))) == (dev_a, dev_b)  # a rule, not an order
    for brand in held[:3]:  # refused before any file is opened
        with pytest.raises(ValueError, match="held-out"):
            development_examples({dev_a[0], brand})
        with pytest.raises(ValueError, match="held-out"):
            references({brand})
    assert {r.brand for r in references(set(dev_a))} == set(dev_a)


C = 152


def _toy(seed: int = 0) -> tuple[list[RealExample], TemplateBank]:
    """Two brands whose 2 x 3-cell templates are planted (noisy) in the labelled box of 6 photos."""
    rng = np.random.default_rng(seed)
    marks = [rng.normal(size=(C, 2, 3)).astype(np.float32) for _ in range(2)]
    photos = []
    for i in range(6):
        b = i % 2
        f = rng.normal(size=(C, 7, 9)).astype(np.float32)
        y, x = int(rng.integers(0, 5)), int(rng.integers(0, 6))
        f[:, y : y + 2, x : x + 3] = marks[b] + 1.5 * rng.normal(size=(C, 2, 3))
        photos.append(RealExample(f"img{i}", f"brand{b}", f.astype(np.float16), [(x, y, x + 3, y + 2)]))
    groups = {(2, 3): (np.stack(marks).astype(np.float16), np.array([0, 1]))}
    return photos, TemplateBank(["brand0", "brand1"], groups)


def _head(seed: int = 3):
    from training.train_head import Head

    return Head(C, 32, 16, np.zeros(C, np.float32), np.ones(C, np.float32), seed=seed)


def test_real_photo_loss_decreases_on_a_tiny_batch() -> None:
    from training.train_head_real import real_loss

    photos, bank = _toy()
    head = _head()
    opt = torch.optim.AdamW(head.params(), lr=3e-3)
    first = None
    for _ in range(40):
        loss = real_loss(head, photos, bank)
        first = loss.item() if first is None else first
        opt.zero_grad()
        loss.backward()
        opt.step()
    assert np.isfinite(first) and real_loss(head, photos, bank).item() < 0.7 * first


def test_logo_free_photos_are_negatives_of_every_brand() -> None:
    """A logo-free photo (no brand, no boxes) that looks like brand0's mark costs the loss (more with a
    margin), is never an anchor, and training with it ends with brand0's peak on it lower than training
    without it does."""
    from training.train_head_real import real_loss, real_scores

    photos, bank = _toy()
    rng = np.random.default_rng(7)
    lookalike = rng.normal(size=(C, 7, 9)).astype(np.float32)
    lookalike[:, 2:4, 3:6] = bank.groups[(2, 3)][0][0].astype(np.float32) + 1.5 * rng.normal(size=(C, 2, 3))
    clean = RealExample("clean", "", lookalike.astype(np.float16), [])
    with torch.no_grad():
        head = _head()
        base = real_loss(head, photos, bank).item()
        with_clean = real_loss(head, [*photos, clean], bank).item()
        assert with_clean > base and real_loss(head, [*photos, clean], bank, margin=0.2).item() > with_clean
        _w, inbox, _o, own = real_scores(head, [*photos, clean], bank)
    assert int(own[-1]) == -1 and inbox[-1].item() < -1e3  # no box: never an anchor

    def peak_after(batch: list[RealExample]) -> float:
        head = _head()
        opt = torch.optim.AdamW(head.params(), lr=3e-3)
        for _ in range(40):
            loss = real_loss(head, batch, bank, margin=0.1)
            opt.zero_grad()
            loss.backward()
            opt.step()
        with torch.no_grad():
            return real_scores(head, [*photos, clean], bank)[0][-1, 0].item()

    assert peak_after([*photos, clean]) < peak_after(photos) - 0.05


def test_training_scores_are_the_engines_correlations(tmp_path) -> None:
    from knockoff.matching import logo
    from knockoff.matching.head import LogoHead
    from training.train_head_real import real_scores

    photos, bank = _toy(1)
    head = _head(4)
    head.save(tmp_path / "h.npz")
    numpy_head = LogoHead(tmp_path / "h.npz")
    raw, bidx = bank.groups[(2, 3)]
    templates = [
        logo.Template(bank.brands[b], "m", logo.normalise_cells(numpy_head(r.astype(np.float32))))
        for r, b in zip(raw, bidx, strict=True)
    ]
    corr = logo.Correlator(templates)
    with torch.no_grad():
        whole, inbox, _outside, own = real_scores(head, photos, bank)
    for i, p in enumerate(photos):
        fmap = numpy_head(p.feats.astype(np.float32))
        peaks = corr.peaks(fmap, fmap.shape[1:])
        for b, name in enumerate(bank.brands):
            assert whole[i, b].item() == pytest.approx(peaks[(name, "m")][0], abs=1e-4)
        assert int(own[i]) == i % 2 and inbox[i].item() <= whole[i, i % 2].item() + 1e-6


def test_dev_only_selection_reads_no_held_out_brand() -> None:
    _real_data()
    from benchmarks.bench_real_logos import development_samples, split_brands

    samples, marks = development_samples(quick=True)
    dev, held = split_brands(sorted({s.brand for s in samples} | set(marks) | _all_brands()))
    assert set(marks) == set(dev) and {s.brand for s in samples} <= set(dev) and samples
    assert not {s.brand for s in samples} & set(held)


def _all_brands() -> set[str]:
    from training.shared_data import real_logos

    return {r.brand for r in real_logos()[1]}


def test_peak_rise_is_zero_for_the_starting_head_and_counts_only_rises() -> None:
    import copy

    from training.train_head_real import peak_rise

    photos, bank = _toy()
    feats = [p.feats for p in photos]
    templates = [bank.groups[(2, 3)][0][i : i + 1] for i in range(2)]  # 1 x C x 2 x 3 each
    head = _head()
    start = copy.deepcopy(head)
    assert peak_rise(head, start, feats, templates).item() == 0.0
    with torch.no_grad():
        head.b2 += 0.5  # every cell's embedding pulled towards one direction: correlations rise
    rise = peak_rise(head, start, feats, templates)
    assert rise.item() > 0
    rise.backward()
    assert head.b2.grad is not None and torch.isfinite(head.b2.grad).all()
