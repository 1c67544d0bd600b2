"""A toy fusion signal for the registry tests: the listing calls itself a replica.

It is what a new signal costs: this module plus one line of registration.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knockoff.matching.signals import BaseSignal, Case, Score


@dataclass(frozen=True)
class ReplicaWordSignal(BaseSignal):
    """'replica', 'fake' or '1:1' in the title or description."""

    def score(self, case: Case) -> Score | None:
        m = re.search(r"\b(replica|fake|1:1)\b", case.text, re.IGNORECASE)
        return Score(1.0, f"calls itself '{m.group(1)}'") if m else None


REPLICA = ReplicaWordSignal("replica_word", weight=0.6, reason_order=35)
