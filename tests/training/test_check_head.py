"""check_head scores a candidate head on the ImageNet stride-16 stage, the features train_head trains it on."""

from __future__ import annotations

import pytest

pytest.importorskip("torch")


def test_a_candidate_head_runs_on_the_imagenet_stage_whatever_the_default() -> None:
    from knockoff.config import MatchConfig
    from knockoff.matching import backbone, engine
    from knockoff.matching.head import TUNED_WEIGHTS, LogoHead
    from training.check_head import _matcher

    m = _matcher(
        TUNED_WEIGHTS, lambda: engine.Matcher([], MatchConfig(ocr=False, device="cpu"), device="cpu")
    )
    assert m.backbone.digest == backbone.weights_digest()  # ImageNet's stage, not the default "mixed"
    assert m.head.version == LogoHead(TUNED_WEIGHTS).version
    assert engine.stage_files("mixed") == (backbone.MIXED_STAGE, engine.MIXED_WEIGHTS)  # restored after
