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


def test_the_shipped_stage_is_opt_in_and_names_the_model(tmp_path) -> None:
    """matching/weights/stage16.pt holds exactly blocks 3 and 4, differs from ImageNet's, and is used only with
    match.detect.tuned_stage, with its own head; both digests are in that Matcher's model version. A file of other
    tensors is refused."""
    from knockoff.config import DetectConfig, MatchConfig
    from knockoff.matching import backbone
    from knockoff.matching.engine import Matcher
    from knockoff.matching.head import TUNED_WEIGHTS, WEIGHTS, LogoHead
    from training.train_backbone import stage_module

    tuned = backbone.build_torch_model(backbone.TUNED_STAGE).state_dict()
    imagenet = {
        f"blocks.{3 + i}.{k}": v for i, b in enumerate(stage_module()) for k, v in b.state_dict().items()
    }
    moved = [k for k, v in imagenet.items() if v.is_floating_point() and not torch.equal(v, tuned[k])]
    assert len(moved) > 20 and all(k.startswith(("blocks.3.", "blocks.4.")) for k in moved)
    assert backbone.weights_digest(backbone.TUNED_STAGE) != backbone.weights_digest()

    plain = Matcher([], MatchConfig(ocr=False, device="cpu"), device="cpu")
    opt_in = Matcher(
        [], MatchConfig(ocr=False, device="cpu", detect=DetectConfig(tuned_stage=True)), device="cpu"
    )
    assert (
        plain.backbone.digest == backbone.weights_digest()
        and LogoHead(WEIGHTS).version in plain.model_version
    )
    assert opt_in.backbone.digest in opt_in.model_version and opt_in.backbone.digest != plain.backbone.digest
    assert LogoHead(TUNED_WEIGHTS).version in opt_in.model_version
    rgb = np.random.default_rng(3).integers(0, 256, (64, 96, 3), dtype=np.uint8)
    x = plain.backbone.preprocess(rgb)[None]
    f8a, f16a = plain.backbone.features(x)
    f8b, f16b = opt_in.backbone.features(x)
    assert np.allclose(f8a, f8b) and not np.allclose(
        f16a, f16b, atol=1e-2
    )  # the stride-8 map stays ImageNet's

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
        ]
    )
    assert (args.composites, args.widened, args.steps, args.calibrate_on_all) == (3000, 2000, 1000, True)
    assert parser().parse_args(["--out-dir", str(tmp_path)]).calibrate_on_all is False
