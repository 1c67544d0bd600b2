"""`knockoff match` on the command line: errors are one line with exit 2; with the real Matcher, a run
through --scheduler writes the run folder."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from knockoff.jobs.cli import main
from tests.cluster.conftest import DATE, HAVE_REAL_MATCHER
from tests.cluster.lakegen import write_night


def test_match_cli_errors(tmp_path, tiny_brands, capsys):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=2)
    assert main(["match", "--lake", str(lake), "--brands", str(tiny_brands)]) == 2
    assert "give --date" in capsys.readouterr().err
    assert main(["match", "--lake", str(lake), "--brands", str(tiny_brands), "--date", "2026-02-30"]) == 2
    assert "bad date" in capsys.readouterr().err
    rc = main(
        ["match", "--lake", str(lake), "--brands", str(tiny_brands), "--dates", "2026-03-02..2026-03-01"]
    )
    assert rc == 2 and "end before start" in capsys.readouterr().err
    assert main(["match", "--brands", str(tiny_brands), "--date", DATE]) == 2
    assert "--lake is required" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["match", "--lake", str(lake), "--date", DATE, "--device", "tpu"])


@pytest.mark.skipif(
    not HAVE_REAL_MATCHER, reason="the real Matcher (matching.engine) is not in this checkout yet"
)
def test_match_cli_real_matcher_through_scheduler(tmp_path, real_brands, local_client, capsys):
    lake = tmp_path / "lake"
    write_night(lake, DATE, sites=1, images_per_site=6, row_group_size=3, size=224)
    run = tmp_path / "run"
    conf = tmp_path / "knockoff.yaml"
    conf.write_text("match:\n  ocr: false\ncluster:\n  dashboard: false\n")
    args = ["match", "--config", str(conf), "--lake", str(lake), "--dates", f"{DATE}..{DATE}", "--brands", str(real_brands),
            "--scheduler", local_client.scheduler.address, "--min-score", "0", "--device", "cpu",
            "--out", str(run), "--no-progress"]  # fmt: skip
    assert main(args) == 0
    out = capsys.readouterr().out
    assert "run folder:" in out and "7 computed" in out
    m = json.loads((run / "manifest.json").read_text())
    assert m["status"] == "done" and m["counts"]["images_computed"] == 7  # 6 images + 1 undecodable
    assert m["model_version"] and m["min_score"] == 0.0
    det = pq.read_table(run / "detections.parquet")
    assert det.num_rows > 0 and min(det.column("score").to_pylist()) >= 0.0
    errs = pq.read_table(run / "errors.parquet").to_pylist()
    assert {e["error"].startswith("download") for e in errs} == {True, False}
    assert main(args) == 0  # second run: everything from the cache, same bytes
    m2 = json.loads((run / "manifest.json").read_text())
    assert m2["counts"]["images_cached"] == 7 and m2["counts"]["images_computed"] == 0
