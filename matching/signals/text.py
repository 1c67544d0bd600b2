"""Text signals: the brand named, misspelt or disguised in the listing's text; the brand field claims it; the
listing names one of the brand's product codes (GTIN, part number).

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


@dataclass(frozen=True)
class ProductCodeSignal(BaseSignal):
    """The listing names one of the brand's product codes (`Brand.code_claimed`): a GTIN under the brand's
    GS1 company prefix, or one of its part numbers (as its mpn, or as a word of its title or description).
    Like the brand field, a claim to sell the brand's product (counterfeit listings copy the genuine item's
    codes); the evidence keeps which code (`product_code`: kind "gtin" or "mpn", code)."""

    def score(self, case: Case) -> Score | None:
        claimed = case.brand.code_claimed(case.listing.get("gtin"), case.listing.get("mpn"), case.text)
        if claimed is None:
            return None
        kind, code = claimed
        what = "GTIN" if kind == "gtin" else "part number"
        return Score(
            1.0,
            f"names {case.brand.name}'s {what} {code}",
            evidence={"product_code": {"kind": kind, "code": code}},
        )


BRAND_CLAIMED = BrandClaimedSignal("brand_claimed", DEFAULT_FUSION_WEIGHTS["brand_claimed"])
PRODUCT_CODE = ProductCodeSignal("product_code", DEFAULT_FUSION_WEIGHTS["product_code"])
# weight: per kind, from match.fusion.weights (mention, misspelling, homoglyph, real_word)
TEXT = TextSignal("text", DEFAULT_FUSION_WEIGHTS["misspelling"], reason_order=30)
