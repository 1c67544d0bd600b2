"""`knockoff feedback import | export | takedowns` through the command line (jobs/feedback_cmd.py)."""

from __future__ import annotations

import csv
import io

from knockoff.config import DeliverConfig
from knockoff.jobs.cli import main
from knockoff.jobs.delivery.deliver import deliver
from knockoff.lake import Lake
from tests.jobs.test_feedback import D1, D2, _fill, _items, _night


def test_import_export_and_takedowns_from_the_command_line(tmp_path, capsys) -> None:
    lake = Lake(str(tmp_path / "lake"))
    it = _items()
    run1 = _night(tmp_path, lake, D1, [1, 4, 5], {1: 0.9, 4: 0.5, 5: 0.6})
    deliver(str(run1), lake, ["Acme"], DeliverConfig(min_score=0.0))
    sent = _fill((run1 / "brands" / "Acme" / "candidates.csv").read_text(), {it[1].lid: "confirmed"})
    (tmp_path / "back.csv").write_text(sent)
    assert (
        main(["feedback", "import", "--lake", lake.root, "--brand", "Acme", str(tmp_path / "back.csv")]) == 0
    )
    assert "confirmed 1" in capsys.readouterr().out
    assert main(["feedback", "export", "--lake", lake.root, "--brand", "Acme"]) == 0
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [(r["listing_id"], r["verdict"]) for r in rows] == [(it[1].lid, "confirmed")]
    run2 = _night(tmp_path, lake, D2, [1, 4, 5], {1: 0.9, 4: 0.5, 5: 0.6})
    out = tmp_path / "notices"
    assert main(["feedback", "takedowns", "--run", str(run2), "--out", str(out)]) == 0
    assert "1 confirmed listing(s) in 1 notice(s)" in capsys.readouterr().out
    assert it[1].url in (out / "takedown-127.0.0.1_8999.md").read_text()
    assert main(["feedback", "takedowns", "--run", str(tmp_path / "nope"), "--out", str(out)]) == 2
    assert "not a run folder" in capsys.readouterr().err
