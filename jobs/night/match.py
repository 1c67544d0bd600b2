"""`knockoff match`: match a night's images on Dask and rank candidates per brand into a run folder.

`run_match` is four steps: plan (arguments, brands, the night's listings, the run folder and manifest),
compute (the lake's image partitions streamed through Dask workers by `cluster.workloop.run_plan`; the
Matcher is built once per worker by `cluster.plugins.MatcherPlugin`; detections cached per (image sha256,
model version) under `LAKE/cache/detections/` are reused, new ones cached as each batch lands), assemble
(new and cached detections, errors, candidates) and write: `RUN_DIR/detections.parquet` (score >= min_score),
`RUN_DIR/candidates.parquet` (matching.fusion.fuse_candidates over the night's listings),
`RUN_DIR/errors.parquet` (images that could not be matched) and `RUN_DIR/manifest.json`.
Same inputs give byte-identical Parquet outputs (sorted rows, no timestamps inside).

The manifest records the lake as an absolute path (or the fsspec URL as given), so that a run read from
another working folder finds its lake, and the brands file's SHA-256 and `results_config_hash` (the
settings matching and the stages after it read), which `knockoff nightly` compares on a rerun.
Batches are staged in `RUN_DIR/.staging-<hex>-<host>-<pid>-<born>/` (the writing process in the name); a
run that succeeds removes its own and those whose process is gone (a killed match), never a live one's.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import logging
import os
import re
import socket
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knockoff.cluster import workloop
from knockoff.config import KnockoffConfig, load_config, with_overrides
from knockoff.errors import KnockoffError
from knockoff.lake import CANDIDATES_SCHEMA, DETECTIONS_SCHEMA, Lake, check_date

log = logging.getLogger(__name__)

DEFAULT_RANKER = "knockoff.matching.fusion:fuse_candidates"
DET_SORT = [
    ("image_sha256", "ascending"),
    ("brand", "ascending"),
    ("mark", "ascending"),
    ("method", "ascending"),
    ("score", "descending"),
    ("x0", "ascending"),
    ("y0", "ascending"),
    ("x1", "ascending"),
    ("y1", "ascending"),
]
BATCHES_PER_THREAD = 4  # batches planned per worker thread at least (load balance; see plan_batches)
CAND_SORT = [("brand", "ascending"), ("rank", "ascending"), ("listing_id", "ascending")]
# The config sections matching and the stages after it (rank, deliver) read: results_config_hash covers these.
RESULT_SECTIONS = ("match", "networks", "deliver")
STAGING = ".staging-"
# .staging-<hex12> (before owners were named), or .staging-<hex12>-<host tag>-<pid>-<process start, ms>
_STAGING_NAME = re.compile(r"^\.staging-[0-9a-f]{12}(?:-(?P<host>[0-9a-f]{8})-(?P<pid>\d+)-(?P<born>\d+))?$")


@dataclass
class MatchResult:
    """What a matching run produced."""

    run_id: str
    run_dir: str
    counts: dict[str, Any] = field(default_factory=dict)


def expand_dates(spec: str) -> list[str]:
    """`D1..D2` -> every date from D1 to D2 inclusive (or one date)."""
    if ".." not in spec:
        return [check_date(spec)]
    a, b = (check_date(x.strip()) for x in spec.split("..", 1))
    d0, d1 = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    if d1 < d0:
        raise KnockoffError(f"bad date range {spec!r}: end before start")
    return [(d0 + dt.timedelta(days=i)).isoformat() for i in range((d1 - d0).days + 1)]


def _night_listings(lake: Lake, dates: list[str]) -> pa.Table:
    """The listings of `dates`, one row per listing_id (the latest date wins), sorted by listing_id."""
    parts = [lake.read("listings", d) for d in sorted(dates)]
    t = pa.concat_tables(parts) if parts else lake.read("listings", dates[0])
    if not t.num_rows:
        return t
    rows: dict[str, int] = {}
    for i, lid in enumerate(t.column("listing_id").to_pylist()):
        rows[lid] = i  # later dates come later: last one wins
    order = [rows[k] for k in sorted(rows)]
    return t.take(pa.array(order, pa.int64()))


def _referenced(listings: pa.Table) -> set[str]:
    if not listings.num_rows:
        return set()
    flat = pc.list_flatten(listings.column("image_sha256"))
    return {s for s in flat.to_pylist() if s}


def _inputs(lake: Lake, dates: list[str], extra_files: set[str]) -> dict[str, Any]:
    from knockoff.jobs.records.manifest import file_sha256

    files = []
    paths = sorted(
        {*(p for d in dates for t in ("listings", "images") for p in lake.files(t, d)), *extra_files}
    )
    for p in paths:
        rel = p[len(lake.path) + 1 :] if p.startswith(lake.path + "/") else p
        files.append({"path": rel, "bytes": lake.fs.size(p), "sha256": file_sha256(lake.fs, p)})
    return {"lake": lake.root, "dates": dates, "partitions": files}


def results_config_hash(config: KnockoffConfig) -> str:
    """16 hex digits hashing the config sections that shape a run's results from matching on
    (`RESULT_SECTIONS`: match, networks, deliver). Crawl, site, cluster and path settings are left out:
    they change where and how fast the night runs, not what matching, rank and deliver make of its lake."""
    return config.config_hash(RESULT_SECTIONS)


def brands_sha256(brands_path: str) -> str | None:
    """Hex SHA-256 of the brands file's bytes (local path or fsspec URL); None when it cannot be read."""
    import fsspec

    from knockoff.jobs.records.manifest import file_sha256

    try:
        fs, path = fsspec.core.url_to_fs(str(brands_path))
        return file_sha256(fs, path)
    except (OSError, ValueError):
        return None


def _host_tag() -> str:
    return hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]


def _process_born_ms(pid: int) -> int:
    """When process `pid` started, in ms since the epoch (psutil; the same figure from any process)."""
    import psutil

    return int(psutil.Process(pid).create_time() * 1000)


def _new_staging(rd: Any) -> str:
    """Create this run's staging folder, named after the process writing it (see `_staging_is_stale`)."""
    name = f"{STAGING}{uuid.uuid4().hex[:12]}-{_host_tag()}-{os.getpid()}-{_process_born_ms(os.getpid())}"
    staging = rd.join(name)
    rd.fs.makedirs(staging, exist_ok=True)
    return staging


def _owner_alive(pid: int, born_ms: int) -> bool:
    """Whether the process that made a staging folder still runs (a reused pid has another start time)."""
    import psutil

    try:
        return abs(_process_born_ms(pid) - born_ms) <= 1000
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:  # there, but not ours to inspect: keep its folder
        return True


def _last_change(fs: Any, path: str) -> float:
    """Latest modification time (s since the epoch) of a folder and what it holds; +inf when unknown."""
    latest = 0.0
    try:
        infos = [fs.info(path), *fs.find(path, withdirs=True, detail=True).values()]
        for info in infos:
            m = info.get("mtime")
            if m is None:
                m = fs.modified(info["name"]).timestamp()
            latest = max(latest, float(m))
    except Exception:  # noqa: BLE001 - a file system without times: cannot prove the folder stale
        return float("inf")
    return latest


def _staging_is_stale(fs: Any, path: str, since: float) -> bool:
    """A staging folder left by a match that is gone: its process (named in the folder's name, on this
    host) no longer runs; an unnamed one (older versions) stale when nothing in it changed since `since`.
    A folder of another host, or of a live process, is never stale."""
    m = _STAGING_NAME.match(path.rstrip("/").rsplit("/", 1)[-1])
    if m is None:
        return False
    if m["pid"] is not None:
        return m["host"] == _host_tag() and not _owner_alive(int(m["pid"]), int(m["born"]))
    return _last_change(fs, path) < since


def remove_stale_staging(rd: Any, keep: str, since: float) -> list[str]:
    """Remove the staging folders of run folder `rd` that killed matches left (`_staging_is_stale`),
    except `keep`; returns the removed paths. Errors are logged, never raised (the run succeeded)."""
    removed = []
    try:
        entries = rd.fs.ls(rd.path, detail=True)
    except (OSError, ValueError):
        return removed
    for e in entries:
        path = str(e["name"]).rstrip("/")
        name = path.rsplit("/", 1)[-1]
        if path == keep.rstrip("/") or not name.startswith(STAGING) or e.get("type") != "directory":
            continue
        try:
            if _staging_is_stale(rd.fs, path, since):
                rd.fs.rm(path, recursive=True)
                removed.append(path)
                log.info("removed %s, left by a match that is no longer running", path)
        except Exception as exc:  # noqa: BLE001
            log.warning("could not remove stale staging folder %s: %s", path, exc)
    return removed


def _table_bytes(table: pa.Table) -> bytes:
    sink = pa.BufferOutputStream()
    pq.write_table(table, sink, compression="zstd", write_statistics=True)
    return sink.getvalue().to_pybytes()


@contextlib.contextmanager
def _client_for(config: KnockoffConfig, device: str, client: Any) -> Iterator[Any]:
    if client is not None:
        yield client
        return
    from knockoff.cluster.client import cluster_client

    with cluster_client(config.cluster, device) as c:
        yield c


def _read_staged(fs: Any, staging: str, name: str, schema: pa.Schema, n: int) -> pa.Table:
    parts = [schema.empty_table()]
    for i in range(n):
        p = f"{staging}/{name}-{i:06d}.parquet"
        with fs.open(p, "rb") as fh:
            parts.append(pq.read_table(fh).cast(schema))
    return pa.concat_tables(parts)


@dataclass
class _Run:
    """A run as planned before any image is matched: what, where, with which settings."""

    lake: Lake
    dates: list[str]
    brands_path: str
    brands: list[Any]
    config: KnockoffConfig
    match_cfg: Any  # MatchConfig with the command line's min_score and device
    listings: pa.Table
    run_id: str
    run_dir: str
    rd: Any  # RunDir
    manifest: Any  # Manifest
    staging: str
    factory: str
    loader: str
    ranker: str
    timings: dict[str, float] = field(default_factory=dict)
    t_start: float = field(default_factory=time.perf_counter)
    began: float = field(default_factory=time.time)  # wall clock, s since the epoch


@dataclass
class _Computed:
    """What the cluster gave back: the batch plan, the cache it read and wrote, the workers' figures."""

    plan: Any  # cluster.stream.Plan
    cache: Any  # cluster.cache.DetectionCache
    found: dict[str, str]  # cached image sha256 -> its index file
    computed: list[str]
    model_version: str
    device: str | None
    workers: int
    failed_batches: int


def _plan(
    lake: str,
    dates: list[str],
    brands_path: str,
    config: KnockoffConfig,
    out_dir: str | None,
    run_id: str | None,
    min_score: float | None,
    device: str | None,
    plugins: tuple[str, str, str],
) -> _Run:
    """Check the arguments, load the brands and the night's listings, open the run folder and its manifest."""
    from knockoff.cluster.plugins import import_factory
    from knockoff.jobs.records.manifest import Manifest, code_version, new_run_id, utc_now
    from knockoff.jobs.records.rundir import RunDir, absolute_root

    t_start = time.perf_counter()
    if not dates:
        raise KnockoffError("no date given")
    dates = sorted({check_date(d) for d in dates})
    device = device or config.match.device
    min_score = config.match.min_score if min_score is None else float(min_score)
    if not 0.0 <= min_score <= 1.0:
        raise KnockoffError(f"--min-score must be within 0..1, got {min_score}")
    match_cfg = config.match.model_copy(update={"min_score": min_score, "device": device})
    factory, loader, ranker = plugins
    brands = import_factory(loader)(brands_path)  # ConfigError (one line) before anything starts
    lk = Lake(absolute_root(lake))
    listings = _night_listings(lk, dates)
    if not listings.num_rows and not any(lk.files("images", d) for d in dates):
        raise KnockoffError(f"no listings or images in lake {lake} for {', '.join(dates)}")
    run_id = run_id or new_run_id()
    run_dir = out_dir or f"{lake.rstrip('/')}/runs/{run_id}"
    rd = RunDir(run_dir)
    manifest = Manifest.load_or_create(run_dir, run_id)
    run_config = config.model_copy(update={"match": match_cfg})  # with the command line's overrides
    brands_abs = absolute_root(str(brands_path))
    manifest.update(
        run_id=run_id,
        created=manifest.get("created") or utc_now(),
        status="running",
        lake=lk.root,  # absolute: a run delivered from another folder finds its lake
        dates=dates,
        brands={
            "path": brands_abs,
            "names": [getattr(b, "name", str(b)) for b in brands],
            "sha256": brands_sha256(brands_abs),
        },
        config_hash=run_config.config_hash(),
        results_config_hash=results_config_hash(run_config),
        code_version=code_version(),
        seeds={"match": config.match.seed},
        min_score=min_score,
        device_requested=device,
    )
    manifest.save()
    staging = _new_staging(rd)
    run = _Run(lk, dates, brands_abs, brands, config, match_cfg, listings, run_id, run_dir, rd, manifest,
               staging, factory, loader, ranker, t_start=t_start)  # fmt: skip
    run.timings["prepare_s"] = time.perf_counter() - t_start
    return run


def _compute(client: Any, run: _Run, progress: bool) -> _Computed:
    """Load the matcher on every worker, plan the batches (cached images left out), match them, staging and
    caching each batch as it comes back."""
    from knockoff.cluster.cache import CacheWriter, DetectionCache
    from knockoff.cluster.client import describe
    from knockoff.cluster.plugins import MatcherPlugin
    from knockoff.cluster.stream import matcher_info, plan_batches

    line = describe(client)
    log.info("%s", line)
    if progress:
        print(line, file=sys.stderr)
    t0 = time.perf_counter()
    device = run.match_cfg.device
    plugin = MatcherPlugin(run.brands_path, run.match_cfg, device, run.factory, brands_loader=run.loader)
    client.register_plugin(plugin)
    info = client.submit(matcher_info, pure=False).result()
    run.timings["load_models_s"] = time.perf_counter() - t0
    cache = DetectionCache(run.lake, info["model_version"])
    found: dict[str, str] = {}

    def is_cached(shas: set[str]) -> set[str]:
        found.update(cache.lookup(shas))
        return set(found)

    t0 = time.perf_counter()
    nthreads = sum(client.nthreads().values()) or 1
    plan = plan_batches(
        run.lake,
        run.dates,
        _referenced(run.listings),
        is_cached,
        max_rows=run.match_cfg.partition_rows,
        min_batches=BATCHES_PER_THREAD * nthreads,
    )
    run.timings["plan_s"] = time.perf_counter() - t0
    t0 = time.perf_counter()
    writer = CacheWriter(cache)

    def keep(res: dict[str, Any]) -> None:  # cached first: kept even if this run dies later
        writer.add(res["computed"], res["detections"], res["errors"])
        i = res["index"]
        for name in ("detections", "errors"):
            with run.rd.fs.open(f"{run.staging}/{name}-{i:06d}.parquet", "wb") as fh:
                pq.write_table(res[name], fh)

    computed, wtimes = workloop.run_plan(client, plan, keep, progress=progress)
    writer.close()
    run.timings["compute_s"] = time.perf_counter() - t0
    failed = int(wtimes.pop("failed_batches", 0))
    run.timings.update({k: round(v, 3) for k, v in wtimes.items()})
    workers = len(client.scheduler_info().get("workers", {}))
    return _Computed(plan, cache, found, computed, info["model_version"], info.get("device"), workers, failed)


@dataclass
class _Outputs:
    detections: pa.Table  # score >= min_score, DET_SORT
    errors: pa.Table
    candidates: pa.Table
    scored: int  # detections before the min_score filter


def _assemble(run: _Run, comp: _Computed) -> _Outputs:
    """The run's detections (new and cached), errors (matching, download, missing bytes) and candidates."""
    from knockoff.cluster.cache import ERRORS_SCHEMA
    from knockoff.cluster.plugins import import_factory

    plan, n = comp.plan, len(comp.plan.batches)
    new_det = _read_staged(run.rd.fs, run.staging, "detections", DETECTIONS_SCHEMA, n)
    new_err = _read_staged(run.rd.fs, run.staging, "errors", ERRORS_SCHEMA, n)
    needed = set(plan.needed)
    old_det, old_err = comp.cache.read({s: f for s, f in comp.found.items() if s in needed})
    all_det = pa.concat_tables([new_det, old_det])
    min_score = pa.scalar(run.match_cfg.min_score, pa.float32())
    det = all_det.filter(pc.greater_equal(all_det["score"], min_score))
    det = det.sort_by(DET_SORT).cast(DETECTIONS_SCHEMA)
    lake_err = pa.table(
        {
            "image_sha256": list(plan.lake_errors),
            "error": [f"download: {e}" for e in plan.lake_errors.values()],
        },
        schema=ERRORS_SCHEMA,
    )
    missing = pa.table(
        {"image_sha256": plan.missing, "error": ["image bytes not in the lake"] * len(plan.missing)},
        schema=ERRORS_SCHEMA,
    )
    errors = pa.concat_tables([new_err, old_err, lake_err, missing]).sort_by([("image_sha256", "ascending")])
    rank = import_factory(run.ranker)
    cand = rank(run.listings, det, run.brands, run.match_cfg)
    cand = cand.select(CANDIDATES_SCHEMA.names).cast(CANDIDATES_SCHEMA).sort_by(CAND_SORT)
    return _Outputs(det, errors, cand, all_det.num_rows)


def _write(run: _Run, comp: _Computed, out: _Outputs, t0: float) -> MatchResult:
    """Write the three Parquet outputs and complete the manifest (status done, counts, timings)."""
    from knockoff.jobs.records.manifest import utc_now

    run.rd.write_bytes("detections.parquet", _table_bytes(out.detections))
    run.rd.write_bytes("errors.parquet", _table_bytes(out.errors))
    run.rd.write_bytes("candidates.parquet", _table_bytes(out.candidates))
    run.timings["write_s"] = time.perf_counter() - t0
    run.timings["total_s"] = time.perf_counter() - run.t_start
    plan = comp.plan
    counts = {
        "listings": run.listings.num_rows,
        "images": len(plan.needed),
        "images_computed": len(comp.computed),
        "images_cached": len(set(plan.needed) & set(comp.found)),
        "images_failed": out.errors.num_rows,
        "batches": len(plan.batches),
        "batches_failed": comp.failed_batches,
        "detections": out.detections.num_rows,
        "detections_scored": out.scored,
        "candidates": out.candidates.num_rows,
        "workers": comp.workers,
    }
    run.manifest.update(
        status="done",
        finished=utc_now(),
        inputs=_inputs(run.lake, run.dates, {b.path for b in plan.batches}),
        model_version=comp.model_version,
        device=comp.device,
        counts=counts,
        timings={k: round(v, 3) for k, v in run.timings.items()},
        outputs=["detections.parquet", "candidates.parquet", "errors.parquet"],
    )
    run.manifest.save()
    return MatchResult(run.run_id, run.run_dir, counts)


def run_match(
    lake: str,
    dates: list[str],
    brands_path: str,
    config: KnockoffConfig,
    out_dir: str | None = None,
    run_id: str | None = None,
    *,
    min_score: float | None = None,
    device: str | None = None,
    client: Any = None,
    progress: bool | Callable[[int, int], None] = False,  # True: a bar on stderr; callable(done, total)
    matcher_factory: str | None = None,
    brands_loader: str | None = None,
    ranker: str = DEFAULT_RANKER,
) -> MatchResult:
    """Match the images of `dates` and rank candidates into a run folder (see the module doc): plan,
    compute (on Dask), assemble, write.

    `client`: an existing distributed.Client (else one from `cluster_client(config.cluster)`).
    `matcher_factory` / `brands_loader` / `ranker`: `module:callable` import paths (tests and plug-ins);
    the defaults are matching.engine:Matcher, matching.brands:load_brands, matching.fusion:fuse_candidates.
    """
    from knockoff.cluster.plugins import DEFAULT_BRANDS_LOADER, DEFAULT_FACTORY

    plugins = (matcher_factory or DEFAULT_FACTORY, brands_loader or DEFAULT_BRANDS_LOADER, ranker)
    run = _plan(lake, dates, brands_path, config, out_dir, run_id, min_score, device, plugins)
    try:
        with _client_for(config, run.match_cfg.device, client) as c:
            comp = _compute(c, run, progress)
        t0 = time.perf_counter()
        res = _write(run, comp, _assemble(run, comp), t0)
        remove_stale_staging(run.rd, keep=run.staging, since=run.began)
        return res
    except BaseException as exc:
        with contextlib.suppress(Exception):
            run.manifest.update(status="failed", error=" ".join(f"{type(exc).__name__}: {exc}".split())[:300])
            run.manifest.save()
        raise
    finally:
        with contextlib.suppress(Exception):
            run.rd.fs.rm(run.staging, recursive=True)


# ---- command line -----------------------------------------------------------------------------


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "match",
        help="match a night's images against brands on Dask and rank candidates into a run folder",
        description="Stream the lake's image partitions for the given date(s) through Dask workers (a local "
        "cluster by default), reuse cached detections, and write RUN_DIR/{detections,candidates,errors}.parquet "
        "and manifest.json.",
    )
    p.add_argument("--lake", help="lake root (local path or fsspec URL); default: the config's lake")
    p.add_argument("--date", action="append", default=[], help="date YYYY-MM-DD to match (repeatable)")
    p.add_argument("--dates", help="inclusive date range D1..D2 (dates without data are skipped)")
    p.add_argument("--brands", help="brands.yaml; default: the config's brands")
    p.add_argument("--out", help="run folder (default LAKE/runs/RUN_ID)")
    p.add_argument("--run-id", help="run id (default: a new timestamped id)")
    p.add_argument("--scheduler", help="address of an existing Dask scheduler, e.g. tcp://host:8786")
    p.add_argument(
        "--cluster",
        metavar="KIND",
        help="cluster kind to start: auto (default: --scheduler if given, else local), local, slurm, kubernetes "
        "or a cluster class as module:Class (e.g. dask_jobqueue:PBSCluster); see cluster/RECIPES.md",
    )
    p.add_argument(
        "--min-score", type=float, help="keep detections with score >= S (0 keeps every scored pair)"
    )
    p.add_argument("--device", choices=["auto", "cpu", "cuda"], help="where models run (default auto)")
    p.add_argument("--workers", type=int, help="local workers (default: one per core, memory permitting)")
    p.add_argument("--config", help="knockoff.yaml (match/cluster sections; lake and brands defaults)")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.set_defaults(handler=_handle)


def _handle(args: argparse.Namespace) -> int:
    cfg = load_config(args.config) if args.config else KnockoffConfig()
    lake = args.lake or (cfg.lake if args.config else None)
    brands = args.brands or (cfg.brands if args.config else None)
    if not lake:
        raise KnockoffError("--lake is required (or a --config with 'lake:')")
    if not brands:
        raise KnockoffError("--brands is required (or a --config with 'brands:')")
    dates = [check_date(d) for d in args.date]
    if args.dates:
        lk = Lake(lake)
        have = set(lk.dates("listings")) | set(lk.dates("images"))
        dates += [d for d in expand_dates(args.dates) if d in have]
    if not dates:
        raise KnockoffError("give --date D (repeatable) or --dates D1..D2 with data in the lake")
    updates: dict[str, Any] = {}
    if args.scheduler:
        updates["scheduler"] = args.scheduler
    if args.cluster:
        updates["kind"] = args.cluster
    if args.workers:
        updates["n_workers"] = args.workers
    cfg = with_overrides(cfg, {"cluster": updates}, source="knockoff match option")
    res = run_match(
        lake,
        dates,
        brands,
        cfg,
        out_dir=args.out,
        run_id=args.run_id,
        min_score=args.min_score,
        device=args.device,
        progress=not args.no_progress,
    )
    c = res.counts
    print(
        f"run {res.run_id}: {c['listings']} listings, {c['images']} images "
        # the failed ones are among the computed or the lake's unreadable ones, not a third share (user audit)
        f"({c['images_computed']} computed, {c['images_cached']} cached; {c['images_failed']} of them failed), "
        f"{c['detections']} detections, {c['candidates']} candidates"
    )
    print(f"run folder: {res.run_dir}")
    return 0
