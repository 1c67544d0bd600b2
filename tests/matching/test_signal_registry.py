"""Signals are plug-ins: a toy signal registered in one line shows in scores, evidence and reasons."""

from __future__ import annotations

import pyarrow as pa
import pytest
from pydantic import ValidationError

from knockoff.config import FusionConfig, MatchConfig
from knockoff.errors import ConfigError
from knockoff.matching import signals
from knockoff.matching.fusion import fuse_candidates, score_listing
from tests.matching.test_fusion import EMPTY_DET, evidence_of, listing, table
from tests.matching.toy_signal import REPLICA


@pytest.fixture
def replica_registered():
    signals.register(REPLICA)  # the one line
    yield REPLICA
    signals.unregister(REPLICA.name)


def _rows(out: pa.Table) -> dict[tuple[str, str], dict]:
    return {(r["brand"], r["listing_id"]): r for r in out.to_pylist()}


def test_builtin_signals_are_registered_in_order() -> None:
    assert [s.name for s in signals.SIGNALS][:7] == [
        "logo", "official_photo", "ocr", "brand_claimed", "product_code", "text", "price",
    ]  # fmt: skip
    assert all(isinstance(s, signals.Signal) for s in signals.SIGNALS)


def test_registered_toy_signal_scores_and_explains(brands, replica_registered) -> None:
    rows = [
        listing("a", "Plain replica handbag"),  # the toy signal alone
        listing("b", "Starling jacket"),  # a mention alone
        listing("c", "Starling jacket, replica"),  # both
    ]
    out = _rows(fuse_candidates(table(rows), EMPTY_DET, brands[:1], MatchConfig()))
    brand = brands[0].name
    a, b, c = out[(brand, "a")], out[(brand, "b")], out[(brand, "c")]
    assert a["score"] == pytest.approx(0.6, abs=1e-6)  # weight * strength
    assert a["reasons"] == "calls itself 'replica'"
    assert evidence_of(a)["signals"] == {"replica_word": 1.0}
    # noisy-or: 1 - (1 - 0.3 * 1) * (1 - 0.6 * 1) for the mention and the toy signal together
    assert c["score"] == pytest.approx(1 - 0.7 * 0.4, abs=1e-6) and c["score"] > b["score"]
    assert c["reasons"] == f"names {brand} in the text; calls itself 'replica'"  # reason_order 35 > 30
    assert evidence_of(c)["signals"] == {"mention": 1.0, "replica_word": 1.0}


def test_unregistered_signal_is_gone(brands) -> None:
    signals.register(REPLICA)
    signals.unregister(REPLICA.name)
    out = fuse_candidates(table([listing("a", "Plain replica handbag")]), EMPTY_DET, brands, MatchConfig())
    assert out.num_rows == 0


def test_signal_named_in_the_config_runs(brands) -> None:
    cfg = MatchConfig(fusion={"signals": ["tests.matching.toy_signal:REPLICA"]})
    out = fuse_candidates(table([listing("a", "fake Starling cap")]), EMPTY_DET, brands[:1], cfg)
    assert "replica_word" in evidence_of(out.to_pylist()[0])["signals"]
    assert "replica_word" not in [s.name for s in signals.SIGNALS]  # config-only: registry untouched


def test_config_weights_override_signal_weights(brands, replica_registered) -> None:
    rows = table([listing("a", "Plain replica handbag"), listing("b", "Starling jacket")])
    weights = {**FusionConfig().weights, "replica_word": 0.2, "mention": 0.5}
    out = _rows(fuse_candidates(rows, EMPTY_DET, brands[:1], MatchConfig(fusion={"weights": weights})))
    assert out[(brands[0].name, "a")]["score"] == pytest.approx(0.2, abs=1e-6)
    assert out[(brands[0].name, "b")]["score"] == pytest.approx(0.5, abs=1e-6)


def test_explicit_signal_list_replaces_the_registry(brands) -> None:
    row = listing("a", "Starling replica jacket", price=1.0)
    only_toy = score_listing(row, brands[0], {}, FusionConfig(), [REPLICA])
    assert only_toy is not None and only_toy["reasons"] == "calls itself 'replica'"
    assert score_listing(row, brands[0], {}, FusionConfig(), []) is None


@pytest.mark.parametrize(
    ("path", "message"),
    [
        ("tests.matching.no_such_module:X", "cannot import"),
        ("tests.matching.toy_signal:NOPE", "cannot import"),
        ("tests.matching.toy_signal:re", "is not a signal"),
    ],
)
def test_bad_signal_path_is_one_line(brands, path: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message) as exc:
        fuse_candidates(
            table([listing("a", "x")]), EMPTY_DET, brands, MatchConfig(fusion={"signals": [path]})
        )
    assert "\n" not in str(exc.value)


def test_register_refuses_a_non_signal() -> None:
    with pytest.raises(TypeError):
        signals.register(object())  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "fusion",
    [{"weights": {"logo": 1.5}}, {"min_signal": {"logo": -0.1}}, {"support_full_at": 0}, {"wieghts": {}}],
)
def test_fusion_knobs_are_bounded(fusion: dict) -> None:
    with pytest.raises(ValidationError):
        MatchConfig(fusion=fusion)
