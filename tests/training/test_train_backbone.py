"""Fine-tuning the stride-16 stage: its maps are the engine's, crops keep the mark, and the loss trains the stage."""

from __future__ import annotations

import numpy as np
import pytest

from training.train_head import Example

torch = pytest.importorskip("torch")


def test_the_stage_and_its_stacking_give_the_engines_features() -> None:
    """stage(f8) stacked as train_backbone does equals matching.head.stack_features of the backbone's own maps."""
    from knockoff.matching.backbone import Backbone
    from knockoff.matching.head import stack_features
    from training.train_backbone import stacked, stage_module

    rgb = np.random.default_rng(0).integers(0, 256, (96, 160, 3), dtype=np.uint8)
    f8, f16 = Backbone("cpu").features(Backbone.preprocess(rgb)[None])
    with torch.no_grad():
        ours = stacked(stage_module().eval(), torch.from_numpy(f8))[0].numpy()
    want = stack_features(f8[0], f16[0])
    assert ours.shape == want.shape == (152, 6, 10)
    assert np.allclose(ours, want, atol=2e-3)


def test_a_crop_keeps_the_whole_box_on_the_cell_grid() -> None:
    from training.train_backbone import crop

    rng = np.random.default_rng(1)
    feats = np.arange(40 * 64 * 48, dtype=np.float32).reshape(40, 64, 48)
    box = (17.5, 20.0, 22.0, 26.5)  # x0, y0, x1, y1 in stride-16 cells: (35-44, 40-53) in stride-8 units
    for _ in range(50):
        c = crop(Example(feats, "mark", box), rng, side=36)
        assert c.feats.shape == (40, 36, 36)
        oy, ox = np.argwhere(feats[0] == c.feats[0, 0, 0])[0]
        assert oy % 2 == 0 and ox % 2 == 0  # stride-16 cells stay aligned
        assert c.box == (box[0] - ox / 2, box[1] - oy / 2, box[2] - ox / 2, box[3] - oy / 2)
        assert c.box[0] >= 0 and c.box[2] <= 18 and c.box[1] >= 0 and c.box[3] <= 18
    neg = crop(Example(feats, None), rng, side=36)
    assert neg.box is None and neg.feats.shape == (40, 36, 36)


def test_a_step_moves_the_stage_and_lowers_the_loss() -> None:
    """Two marks planted in noise photos: a few steps on the stage and head together lower the contrastive loss,
    and the stage's weights move (gradients reach it through the crop, the stacking and the templates)."""
    from knockoff.matching.head import WEIGHTS
    from training.train_backbone import batch_inputs, head_from, stage_module, template_inputs
    from training.train_head import contrastive_loss

    rng = np.random.default_rng(2)
    marks = [rng.normal(size=(40, 8, 10)).astype(np.float32) for _ in range(2)]
    canvases = [np.pad(m, ((0, 0), (2, 2), (2, 2)))[None].astype(np.float16) for m in marks]
    pos = []
    for i in range(4):
        f = rng.normal(size=(40, 24, 24)).astype(np.float32)
        y, x = 2 * int(rng.integers(0, 7)), 2 * int(rng.integers(0, 7))
        f[:, y : y + 8, x : x + 10] = marks[i % 2] + 0.3 * rng.normal(size=(40, 8, 10))
        pos.append(Example(f.astype(np.float16), f"m{i % 2}", (x / 2, y / 2, x / 2 + 5, y / 2 + 4),
                           canvases[i % 2], (4, 5)))  # fmt: skip
    negs = [Example(rng.normal(size=(40, 24, 24)).astype(np.float16), None) for _ in range(2)]
    chosen = pos[:2]
    stage, head = stage_module().eval(), head_from(WEIGHTS)
    start = [p.detach().clone() for p in stage.parameters()]
    opt = torch.optim.Adam(list(stage.parameters()) + head.params(), lr=1e-3)

    def loss():
        x, mask = batch_inputs(stage, chosen + negs)
        return contrastive_loss(head, x, mask, [template_inputs(stage, e) for e in chosen], chosen, 0.05)

    first = loss()
    for _ in range(5):
        opt.zero_grad()
        value = loss()
        value.backward()
        opt.step()
    assert loss().item() < first.item()
    assert any(not torch.equal(a, b) for a, b in zip(start, stage.parameters(), strict=True))


def test_each_stage_names_its_weights_and_the_model(tmp_path) -> None:
    """matching/weights/stage16.pt holds exactly blocks 3 and 4 and differs from ImageNet's; stage16_mixed.pt and
    logo_head_mixed.npz lie 0.2 of the way from ImageNet's stage and the v18 head to the tuned pair (WiSE-FT, as
    documented). match.detect.stage picks the pair ("mixed" by default, `tuned_stage` an old name for "tuned"),
    and each pair's digests are in its Matcher's model version. A file of other tensors is refused."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching import backbone
    from knockoff.matching.engine import Matcher, stage_files
    from knockoff.matching.head import MIXED_WEIGHTS, TUNED_WEIGHTS, WEIGHTS, LogoHead
    from training.train_backbone import stage_module

    tuned = backbone.build_torch_model(backbone.TUNED_STAGE).state_dict()
    mixed = backbone.build_torch_model(backbone.MIXED_STAGE).state_dict()
    imagenet = {
        f"blocks.{3 + i}.{k}": v for i, b in enumerate(stage_module()) for k, v in b.state_dict().items()
    }
    moved = [k for k, v in imagenet.items() if v.is_floating_point() and not torch.equal(v, tuned[k])]
    assert len(moved) > 20 and all(k.startswith(("blocks.3.", "blocks.4.")) for k in moved)
    for k in moved:
        assert torch.allclose(mixed[k], 0.8 * imagenet[k] + 0.2 * tuned[k], atol=1e-5), k
    heads = [LogoHead(f) for f in (WEIGHTS, MIXED_WEIGHTS, TUNED_WEIGHTS)]
    for name in ("w1", "b1", "w2", "b2"):
        ends = getattr(heads[0], name), getattr(heads[2], name)
        assert np.allclose(getattr(heads[1], name), 0.8 * ends[0] + 0.2 * ends[1], atol=1e-5)

    assert DetectConfig().stage == "mixed" and not DetectConfig().tuned_stage
    rgb = np.random.default_rng(3).integers(0, 256, (64, 96, 3), dtype=np.uint8)
    maps, digests = {}, set()
    for name, detect in (
        ("imagenet", DetectConfig(stage="imagenet")),
        ("mixed", DetectConfig()),
        ("tuned", DetectConfig(tuned_stage=True)),
    ):
        m = Matcher([], MatchConfig(ocr=False, device="cpu", detect=detect), device="cpu")
        stage, head = stage_files(name)
        assert m.backbone.digest == backbone.weights_digest(stage) and m.backbone.digest in m.model_version
        assert LogoHead(head).version in m.model_version
        digests.add(m.backbone.digest)
        maps[name] = m.backbone.features(m.backbone.preprocess(rgb)[None])
    assert len(digests) == 3
    for name in ("mixed", "tuned"):  # the stride-8 map stays ImageNet's, the stride-16 map does not
        assert np.allclose(maps[name][0], maps["imagenet"][0])
        assert not np.allclose(maps[name][1], maps["imagenet"][1], atol=1e-2)

    wrong = tmp_path / "wrong.pt"
    torch.save({"blocks.3.0.conv_pw.weight": imagenet["blocks.3.0.conv_pw.weight"]}, wrong)
    with pytest.raises(RuntimeError, match="stride-16 stage"):
        backbone.build_torch_model(wrong)


def test_the_command_line_takes_every_documented_option(tmp_path) -> None:
    from training.train_backbone import parser

    args = parser().parse_args(
        [
            "--composites",
            "3000",
            "--widened",
            "2000",
            "--steps",
            "1000",
            "--out-dir",
            str(tmp_path),
            "--calibrate-on-all",
            "--pairs",
            "4",
        ]
    )
    assert (args.composites, args.widened, args.steps, args.calibrate_on_all) == (3000, 2000, 1000, True)
    assert (args.pairs, args.interpolate) == (4, None)
    plain = parser().parse_args(["--out-dir", str(tmp_path)])
    assert plain.calibrate_on_all is False and plain.pairs == 0
    assert parser().parse_args(["--interpolate", "0.3", "--out-dir", str(tmp_path)]).interpolate == 0.3


def test_lookalikes_find_the_mark_of_the_same_silhouette_and_pairs_put_them_in_one_batch() -> None:
    """Of three marks, two share their reference but for a little noise: each is the other's nearest neighbour
    (never a positive of its own mark), and sample_pairs puts such pairs in a batch, one positive per mark."""
    from knockoff.matching.head import WEIGHTS
    from training.train_backbone import head_from, lookalikes, sample_pairs, stage_module

    rng = np.random.default_rng(3)
    base = rng.normal(size=(40, 8, 10)).astype(np.float32)
    marks = {"a": base, "a2": base + 0.1 * rng.normal(size=base.shape), "b": rng.normal(size=(40, 8, 10))}
    pos = []
    for slug, m in marks.items():
        canvas = np.pad(m, ((0, 0), (2, 2), (2, 2)))[None].astype(np.float16)
        for _ in range(2):
            f = rng.normal(size=(40, 24, 24)).astype(np.float16)
            pos.append(Example(f, slug, (1.0, 1.0, 6.0, 5.0), canvas, (4, 5)))
    near = lookalikes(stage_module().eval(), head_from(WEIGHTS), pos, k=2)
    assert near.shape == (6, 2)
    slugs = [e.slug for e in pos]
    for i, row in enumerate(near):
        assert all(slugs[j] != slugs[i] for j in row)
        if slugs[i] in ("a", "a2"):
            assert {slugs[j] for j in row} == ({"a", "a2"} - {slugs[i]})
    negs = [Example(rng.normal(size=(40, 24, 24)).astype(np.float16), None) for _ in range(3)]
    for _ in range(20):
        chosen, got_negs = sample_pairs(rng, pos, near, negs, batch=4, n_neg=2, pairs=1)
        assert len(got_negs) == 2
        assert len({e.slug for e in chosen}) == len(chosen) <= 4


def test_interpolation_ends_at_imagenet_and_at_the_tuned_pair_and_mixes_between(tmp_path) -> None:
    """WiSE-FT's alpha 0 writes ImageNet's stage and the shipped head, alpha 1 the tuned pair, 0.5 their mean;
    the calibration is refitted on the examples given."""
    from knockoff.matching.backbone import TUNED_STAGE
    from knockoff.matching.head import TUNED_WEIGHTS, WEIGHTS, LogoHead
    from training.train_backbone import interpolate, stage_module

    rng = np.random.default_rng(4)
    mark = rng.normal(size=(40, 8, 10)).astype(np.float32)
    canvas = np.pad(mark, ((0, 0), (2, 2), (2, 2)))[None].astype(np.float16)
    examples = []
    for i in range(30):  # "8m", "23m", "28m" are the validation marks (split_examples)
        f = rng.normal(size=(40, 24, 24)).astype(np.float32)
        f[:, 4:12, 6:16] = mark + 0.3 * rng.normal(size=mark.shape)
        examples.append(Example(f.astype(np.float16), f"{i}m", (3.0, 2.0, 8.0, 6.0), canvas, (4, 5)))
    examples += [Example(rng.normal(size=(40, 24, 24)).astype(np.float16), None) for _ in range(10)]
    imagenet = {k: v for k, v in stage_module().state_dict().items()}
    tuned = stage_module(TUNED_STAGE).state_dict()
    key = "0.0.conv_pw.weight"
    for alpha, want in ((0.0, imagenet[key]), (1.0, tuned[key]), (0.5, (imagenet[key] + tuned[key]) / 2)):
        out = tmp_path / str(alpha)
        metrics = interpolate(alpha, TUNED_STAGE, TUNED_WEIGHTS, out, examples)
        state = torch.load(out / "stage16.pt")
        assert torch.allclose(state["blocks.3.0.conv_pw.weight"], want, atol=1e-6)
        head = LogoHead(out / "logo_head.npz")
        ends = LogoHead(WEIGHTS).w1, LogoHead(TUNED_WEIGHTS).w1
        assert np.allclose(head.w1, (1 - alpha) * ends[0] + alpha * ends[1], atol=1e-6)
        assert metrics["n"] > 0 and len(metrics["calibration"]) == 2
