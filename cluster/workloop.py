"""The Dask work loop: submit a plan's batches with a bounded window in flight, hand each result back as it lands.

`run_plan(client, plan, on_result)` keeps about three batches per worker thread in flight (enough to hide
the read of the next batch, few enough that results do not pile up in the scheduler), calls
`on_result(result)` on the client as each batch finishes (the caller stages it and commits it to the
detection cache, so a run killed half-way keeps its finished batches), and returns the computed image
hashes in plan order with the workers' summed timings. A batch whose workers die is retried once (it may
have been collateral damage of another batch's crash); if it kills its workers again its images become
per-row errors (`failed_batch`) and the run goes on. Retries run one at a time: two batches lost in the
same crash (the batch that crashed its worker and one queued on that worker) are not retried side by
side, where the crashing one could take the other down with it again.
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections import deque
from collections.abc import Callable
from typing import Any

import pyarrow as pa

from knockoff.cluster.stream import ERRORS_SCHEMA, Batch, Plan, run_batch
from knockoff.lake import DETECTIONS_SCHEMA, Lake

log = logging.getLogger(__name__)

WINDOW_PER_THREAD = 3  # batches in flight per worker thread (at least 4 in all)


class _Submitter:
    """The batches in flight (task key -> (batch, attempt)) and the retries waiting: one retry runs at a
    time, so two batches lost in the same crash are not retried side by side."""

    def __init__(self, client: Any, ac: Any, token: str) -> None:
        self.client, self.ac, self.token = client, ac, token
        self.sent: dict[str, tuple[Batch, int]] = {}
        self.retries: deque[Batch] = deque()

    def submit(self, b: Batch, attempt: int) -> None:
        key = f"knockoff-batch-{self.token}-{b.index:05d}-{attempt}"
        self.sent[key] = (b, attempt)
        self.ac.add(self.client.submit(run_batch, b, key=key, retries=2))

    def submit_retry(self) -> None:
        if self.retries and not any(attempt == 1 for _, attempt in self.sent.values()):
            self.submit(self.retries.popleft(), 1)

    def lost(self, batch: Batch, attempt: int, exc: BaseException) -> dict[str, Any] | None:
        """A batch whose workers died: queued for its one retry (None), or on its retry its failed result."""
        if attempt == 0:  # maybe collateral damage of another batch's crash: once more
            log.warning("batch %d lost its workers; retrying it once", batch.index)
            self.retries.append(batch)
            self.submit_retry()
            return None
        # the batch itself takes down every worker that tries it
        return failed_batch(batch, f"worker died matching this batch ({type(exc).__name__})")


def run_plan(
    client: Any,
    plan: Plan,
    on_result: Callable[[dict[str, Any]], None],
    *,
    progress: bool | Callable[[int, int], None] = False,
    run_token: str | None = None,
) -> tuple[list[str], dict[str, float]]:
    """Compute every batch of `plan` on `client`; `on_result(result)` sees each `run_batch` result.

    `progress`: True draws a tqdm bar on stderr; a callable is called as `progress(images_done, total)`
    after each batch instead (the nightly console display).

    Returns (computed image sha256s in batch order, timings: `worker_s`, `read_s` summed over batches and
    `failed_batches` when any). Raises whatever `on_result` raises (the run then fails)."""
    from distributed import KilledWorker, as_completed
    from tqdm import tqdm

    nthreads = sum(client.nthreads().values()) or 1
    window = max(4, WINDOW_PER_THREAD * nthreads)
    pending = iter(plan.batches)
    ac = as_completed()
    out = _Submitter(client, ac, run_token or uuid.uuid4().hex[:8])
    computed: dict[int, list[str]] = {}
    times: dict[str, float] = {"worker_s": 0.0, "read_s": 0.0}

    def submit_next() -> None:
        b = next(pending, None)
        if b is not None:
            out.submit(b, 0)

    for _ in range(window):
        submit_next()
    total = sum(b.n_images for b in plan.batches)
    report = progress if callable(progress) else None
    bar = tqdm(total=total, unit="img", desc="matching", disable=progress is not True, file=sys.stderr)
    done = 0
    if report:
        report(0, total)
    try:
        for fut in ac:
            batch, attempt = out.sent.pop(str(fut.key))
            try:
                res = fut.result()
            except KilledWorker as exc:
                fut.release()
                res = out.lost(batch, attempt, exc)
                if res is None:
                    continue
                times["failed_batches"] = times.get("failed_batches", 0) + 1
            fut.release()
            on_result(res)
            computed[res["index"]] = res["computed"]
            times["worker_s"] += res["seconds"]
            times["read_s"] += res["read_s"]
            n = len(res["computed"]) + len(res.get("failed", []))
            bar.update(n)
            done += n
            if report:
                report(done, total)
            out.submit_retry()
            submit_next()
    finally:
        bar.close()
    order = [s for i in sorted(computed) for s in computed[i]]
    return order, times


def failed_batch(batch: Batch, reason: str) -> dict[str, Any]:
    """A batch that could not be matched: its images become errors (not cached, so retried next run)."""
    if batch.wanted is not None:
        shas = list(batch.wanted)
    else:
        lake = Lake(batch.lake)
        t = lake.read_file("images", batch.path, ["image_sha256", "error"], row_group=batch.row_group)
        shas = sorted(
            {
                s
                for s, e in zip(t["image_sha256"].to_pylist(), t["error"].to_pylist(), strict=True)
                if s and e is None
            }
        )
    log.error("batch %d (%d images from %s): %s", batch.index, len(shas), batch.path, reason)
    return {
        "index": batch.index,
        "computed": [],
        "failed": shas,
        "detections": DETECTIONS_SCHEMA.empty_table(),
        "errors": pa.table({"image_sha256": shas, "error": [reason] * len(shas)}, schema=ERRORS_SCHEMA),
        "read_s": 0.0,
        "seconds": 0.0,
    }
