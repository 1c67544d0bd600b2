"""docs/ARCHITECTURE.md keeps up with the code: every lake table's columns and every command are listed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "ARCHITECTURE.md"


def _section(text: str, heading: str) -> str:
    start = text.index(heading)
    nxt = re.search(r"^#{2,3} ", text[start + len(heading) :], re.MULTILINE)
    return text[start : start + len(heading) + (nxt.start() if nxt else len(text))]


def _schemas():
    from knockoff.cluster.cache import ERRORS_SCHEMA
    from knockoff.jobs.feedback import FEEDBACK_SCHEMA
    from knockoff.jobs.night.rank import RANKED_SCHEMA
    from knockoff.jobs.records.history import HISTORY_SCHEMA
    from knockoff.lake import (
        CANDIDATES_SCHEMA,
        DETECTIONS_SCHEMA,
        EVIDENCE_TYPE,
        IMAGES_SCHEMA,
        LISTINGS_SCHEMA,
        NETWORK_LINKS_SCHEMA,
        NETWORK_MEMBERS_SCHEMA,
        NETWORKS_SCHEMA,
    )

    return {
        "### listings": LISTINGS_SCHEMA.names,
        "### images": IMAGES_SCHEMA.names,
        "### detections": DETECTIONS_SCHEMA.names,
        "### candidates": CANDIDATES_SCHEMA.names + [f.name for f in EVIDENCE_TYPE],
        "### ranked": RANKED_SCHEMA.names[len(CANDIDATES_SCHEMA) :],
        "### errors": ERRORS_SCHEMA.names,
        "### history": HISTORY_SCHEMA.names,
        "### feedback": FEEDBACK_SCHEMA.names,
        "### networks": NETWORK_MEMBERS_SCHEMA.names + NETWORK_LINKS_SCHEMA.names + NETWORKS_SCHEMA.names,
    }


@pytest.mark.parametrize("heading", list(_schemas()))
def test_every_lake_column_is_documented(heading: str) -> None:
    section = _section(DOC.read_text(encoding="utf-8"), heading)
    missing = [c for c in _schemas()[heading] if f"`{c}`" not in section]
    assert not missing, f"{heading}: columns not in docs/ARCHITECTURE.md: {missing}"


def test_every_command_is_in_the_command_line_contract() -> None:
    import argparse

    from knockoff.jobs.cli import build_parser

    section = _section(DOC.read_text(encoding="utf-8"), "## 5. Command-line contract")
    sub = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    missing = []
    for name, parser in sub.choices.items():
        nested = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
        commands = [f"{name} {n}" for a in nested for n in a.choices] or [name]
        missing += [c for c in commands if f"knockoff {c} " not in section]
        for action in parser._actions if not nested else []:
            if action.help == argparse.SUPPRESS:
                continue  # hidden options (for tests and benchmarks) are not part of the contract
            missing += [
                f"{name} {o}" for o in action.option_strings if o.startswith("--") and o not in section
            ]
    assert not missing, f"not in docs/ARCHITECTURE.md section 5: {missing}"
