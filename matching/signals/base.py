"""The signal interface: what a fusion signal is, what it returns, what it sees.

A signal looks at one (listing, brand) case and returns a `Score` (a strength in [0, 1] and a
reason a brand reads) or None. `matching.fusion.score_listing` runs the registered signals in
order and combines their scores: "evidence" signals by a noisy-or of `weight * value` (each one
alone can raise the score only as far as its weight says), then "support" signals, which only
strengthen an existing tie (a low price never makes a case on its own).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol, runtime_checkable

if TYPE_CHECKING:  # pragma: no cover
    from knockoff.config import FusionConfig
    from knockoff.matching.brands import Brand

# (image sha256, brand) -> {signal name: best detection row of that signal on that image}
ImageEvidence = dict[tuple[str, str], dict[str, dict]]


@dataclass(frozen=True)
class Score:
    """What one signal found for one (listing, brand).

    `value`: strength in [0, 1] (combined with the signal's weight; recorded rounded to 4 places).
    `reason`: one clause for the brand's report, or a function of the finished `Case` (for reasons
    that depend on other signals, e.g. the logo box is quoted only when its image is the one shown).
    `name`: the evidence key, when not the signal's name (a text hit is named by its kind).
    `detection`: the detection row behind an image signal (candidate for the evidence's best image).
    `evidence`: extra top-level evidence fields (e.g. `text_hit`).
    """

    value: float
    reason: str | Callable[[Case], str] | None = None
    name: str | None = None
    detection: dict[str, Any] | None = None
    evidence: dict[str, Any] | None = None


@dataclass
class Case:
    """One (listing, brand) under examination: the inputs and what earlier signals found."""

    listing: dict[str, Any]
    brand: Brand
    images: ImageEvidence
    config: FusionConfig
    found: dict[str, Score] = field(default_factory=dict)  # evidence key -> score, in signal order
    best_image: dict[str, Any] | None = None  # set once every evidence signal has run

    @property
    def text(self) -> str:
        """Title and description, joined by a space."""
        return " ".join(t for t in (self.listing.get("title"), self.listing.get("description")) if t)

    def detections(self, signal: str) -> list[dict[str, Any]]:
        """The best detection of `signal` on each of the listing's images (image order)."""
        out = []
        for sha in self.listing.get("image_sha256") or []:
            r = self.images.get((sha, self.brand.name), {}).get(signal) if sha else None
            if r is not None:
                out.append(r)
        return out


@runtime_checkable
class Signal(Protocol):
    """A fusion signal: `name`, default `weight` in [0, 1], and `score(case) -> Score | None`.

    `combine`: "evidence" (noisy-or; can make a case) or "support" (raises an existing case's
    score as far as the tie is strong). `reason_order`: where its reason goes in the reasons text
    (lower first). `match.fusion.weights[name]` in the config overrides `weight`.
    """

    name: str
    weight: float
    combine: Literal["evidence", "support"]
    reason_order: int

    def score(self, case: Case) -> Score | None: ...


@dataclass(frozen=True)
class BaseSignal:
    """Convenience base: the interface's attributes with defaults; subclasses define `score`."""

    name: str
    weight: float = 0.5
    combine: Literal["evidence", "support"] = "evidence"
    reason_order: int = 60

    def score(self, case: Case) -> Score | None:  # pragma: no cover - abstract
        raise NotImplementedError
