"""Text signals: the brand named, misspelt or disguised in the listing's text; the brand field claims it.

`matching.text.find_brand` finds the best hit; its kind names the evidence (mention, misspelling,
homoglyph, real_word), each with its own weight. A near miss that is a common word ("Sterling"
beside Starling) counts only beside evidence that ties the listing to the brand itself
(`match.fusion.real_word_needs`).
"""

from __future__ import annotations

from dataclasses import dataclass

from knockoff.config import DEFAULT_FUSION_WEIGHTS
from knockoff.matching.signals.base import BaseSignal, Case, Score
from knockoff.matching.text import find_brand


@dataclass(frozen=True)
class BrandClaimedSignal(BaseSignal):
    """The listing's brand field names the brand (a common-word near miss does not count)."""

    def score(self, case: Case) -> Score | None:
        hit = find_brand(case.listing.get("brand_claimed"), case.brand.terms, case.config.text_min_similarity)
        if hit and hit.kind != "real_word":
            return Score(1.0)
        return None


@dataclass(frozen=True)
class TextSignal(BaseSignal):
    """The best brand-name hit in title + description; the evidence key is the hit's kind."""

    def score(self, case: Case) -> Score | None:
        hit = find_brand(case.text, case.brand.terms, case.config.text_min_similarity)
        if hit is None:
            return None
        if hit.kind == "real_word" and not set(case.config.real_word_needs) & case.found.keys():
            return None  # "Sterling silver" is no case against Starling on its own
        if hit.kind == "mention":
            reason = f"names {case.brand.name} in the text"
        elif hit.kind == "real_word":
            reason = f"'{hit.found}' (a common word) ~ {case.brand.name}"
        else:
            reason = f"{hit.kind} '{hit.found}' ~ {case.brand.name}"
        text_hit = {"kind": hit.kind, "found": hit.found, "term": hit.term}
        return Score(round(hit.score, 4), reason, name=hit.kind, evidence={"text_hit": text_hit})


BRAND_CLAIMED = BrandClaimedSignal("brand_claimed", DEFAULT_FUSION_WEIGHTS["brand_claimed"])
# weight: per kind, from match.fusion.weights (mention, misspelling, homoglyph, real_word)
TEXT = TextSignal("text", DEFAULT_FUSION_WEIGHTS["misspelling"], reason_order=30)
