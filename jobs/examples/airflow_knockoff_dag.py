"""Airflow DAG: the knockoff night as four tasks, one per stage (crawl >> match >> rank >> deliver).

Copy into your Airflow `dags/` folder and set the `knockoff_config` Airflow Variable to the path of
knockoff.yaml. Each task runs `knockoff nightly --stage STAGE --date {{ ds }}`: a stage that is
already done for that date is skipped, so task retries and backfills are safe; exit code 75 (the
same date is already running) is turned into a retry.
"""

from __future__ import annotations

import datetime as dt

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator

STAGES = ["crawl", "networks", "match", "rank", "deliver"]

with DAG(
    dag_id="knockoff_nightly",
    description="knockoff: crawl marketplaces, match brand marks, rank, deliver per-brand reports",
    schedule="15 2 * * *",
    start_date=dt.datetime(2026, 1, 1),
    catchup=False,
    max_active_runs=1,
    default_args={"retries": 2, "retry_delay": dt.timedelta(minutes=10)},
    tags=["knockoff"],
) as dag:
    config = Variable.get("knockoff_config", default_var="/srv/knockoff/knockoff.yaml")
    tasks = []
    for stage in STAGES:
        tasks.append(
            BashOperator(
                task_id=stage,
                bash_command=f"knockoff nightly --config {config} --stage {stage} --date {{{{ ds }}}}",
                execution_timeout=dt.timedelta(hours=4 if stage in ("crawl", "match") else 1),
            )
        )
    for upstream, downstream in zip(tasks, tasks[1:], strict=False):
        upstream >> downstream
