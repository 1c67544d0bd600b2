"""Scheduling examples: the Airflow DAG runs the four stages in order; cron and systemd call nightly."""

from __future__ import annotations

import configparser
import sys
import types
from pathlib import Path

from knockoff.jobs.cli import build_parser
from knockoff.jobs.night.nightly import STAGES

EXAMPLES = Path(__file__).resolve().parents[2] / "jobs" / "examples"


class _Op:
    made: list[_Op] = []

    def __init__(self, task_id: str, bash_command: str, **kw) -> None:
        self.task_id, self.bash_command, self.downstream = task_id, bash_command, []
        _Op.made.append(self)

    def __rshift__(self, other: _Op) -> _Op:
        self.downstream.append(other)
        return other


class _Dag:
    def __init__(self, **kw) -> None:
        self.kw = kw

    def __enter__(self) -> _Dag:
        return self

    def __exit__(self, *exc) -> None:
        return None


def test_airflow_dag_runs_stages_in_order(monkeypatch):
    """Loads the DAG file against a recording stand-in for Airflow's API (Airflow is not installed here)."""
    airflow = types.ModuleType("airflow")
    airflow.DAG = _Dag
    models = types.ModuleType("airflow.models")
    models.Variable = types.SimpleNamespace(get=lambda name, default_var=None: "/etc/knockoff.yaml")
    ops = types.ModuleType("airflow.operators")
    bash = types.ModuleType("airflow.operators.bash")
    bash.BashOperator = _Op
    for name, mod in {
        "airflow": airflow,
        "airflow.models": models,
        "airflow.operators": ops,
        "airflow.operators.bash": bash,
    }.items():
        monkeypatch.setitem(sys.modules, name, mod)
    _Op.made = []
    code = (EXAMPLES / "airflow_knockoff_dag.py").read_text()
    exec(compile(code, "airflow_knockoff_dag.py", "exec"), {"__name__": "dag"})
    assert [t.task_id for t in _Op.made] == list(STAGES)
    for a, b in zip(_Op.made, _Op.made[1:], strict=False):
        assert a.downstream == [b]
    parser = build_parser() if _cli_complete() else None
    for t in _Op.made:
        assert (
            t.bash_command
            == f"knockoff nightly --config /etc/knockoff.yaml --stage {t.task_id} --date {{{{ ds }}}}"
        )
        if parser:  # the command line accepts what the DAG runs
            args = parser.parse_args(t.bash_command.replace("{{ ds }}", "2026-11-01").split()[1:])
            assert args.stage == t.task_id and args.date == "2026-11-01"


def _cli_complete() -> bool:
    try:
        build_parser()
    except ImportError:
        return False
    return True


def test_systemd_units_and_crontab():
    svc = configparser.ConfigParser(strict=False)
    svc.read(EXAMPLES / "knockoff-nightly.service")
    assert svc["Service"]["Type"] == "oneshot"
    assert " nightly --config " in svc["Service"]["ExecStart"]
    assert "75" in svc["Service"]["SuccessExitStatus"]
    timer = configparser.ConfigParser(strict=False)
    timer.read(EXAMPLES / "knockoff-nightly.timer")
    assert timer["Timer"]["Unit"] == "knockoff-nightly.service" and timer["Timer"]["Persistent"] == "true"
    lines = [
        x
        for x in (EXAMPLES / "crontab").read_text().splitlines()
        if x and not x.startswith("#") and "=" not in x
    ]
    assert lines and all(len(x.split()) > 6 and "knockoff nightly --config" in x for x in lines)
