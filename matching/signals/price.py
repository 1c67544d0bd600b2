"""Price signal: a price far below the brand's floor supports a case already tied to the brand.

0 at or above `brands.yaml` price_floor, 1 at a third of it or less. A "support" signal: fusion
raises the score by `(1 - score) * weight * value * min(1, (score / support_full_at) ** 2)`, so a
low price counts as far as the brand tie is strong and never makes a case alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from knockoff.config import DEFAULT_FUSION_WEIGHTS
from knockoff.matching.signals.base import BaseSignal, Case, Score


def price_signal(price: float | None, floor: float | None) -> float:
    """0 at or above the floor, 1 at a third of it or less."""
    if price is None or floor is None or floor <= 0 or price <= 0 or price >= floor:
        return 0.0
    return float(min(1.0, (floor - price) / (floor * 2 / 3)))


@dataclass(frozen=True)
class PriceSignal(BaseSignal):
    def score(self, case: Case) -> Score | None:
        ps = price_signal(case.listing.get("price"), case.brand.price_floor)
        if ps <= 0:
            return None
        cur = str(case.listing.get("currency") or "").strip()
        unit = f" {cur}" if cur else ""  # the floor is compared in the listing's currency
        return Score(ps, f"price {case.listing['price']:g}{unit} vs floor {case.brand.price_floor:g}{unit}")


PRICE = PriceSignal("price", DEFAULT_FUSION_WEIGHTS["price"], combine="support", reason_order=40)
