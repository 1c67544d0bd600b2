"""The networks stage: tonight's listings -> seller networks, kept in the lake night after night.

Layout under the lake root:
- `networks/phash/part-*.parquet`: perceptual hashes per image SHA-256 (a cache shared by all
  nights; one file per finished Dask task, so a killed run keeps what it computed);
- `networks/date=D/`: the night's snapshot: `members.parquet`, `links.parquet` and
  `networks.parquet` (lake.NETWORK_*_SCHEMA), the linking state night D+1 starts from, and
  `_SUCCESS` (JSON counts) written last. The state (matching/netstate.py) is `state.json`, the
  list of its parts: tonight's new rows of each log (`state/<log>-<run>.arrow`, Arrow IPC,
  memory-mapped when read) after the parts of earlier nights, which are never rewritten, plus
  the small whole tables; past `networks.compact_after` parts a night writes every log as one.

Night D starts from the latest complete snapshot before D, so rerunning a date gives the same
networks (idempotent: a rerun writes parts under new names, so a later night's state that lists
the old ones stays valid) and a run killed half-way is simply run again (resumable; the previous
state is untouched, hashes already computed are reused). Only listings that are new or changed
since that snapshot are processed:
their features are computed as Dask tasks (one per chunk), and the hashes of their images not in
the cache as Dask tasks (one per images file), then linking runs on this process
(matching/networks.py).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable
from contextlib import AbstractContextManager
from pathlib import Path
from typing import Any, BinaryIO

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from knockoff.config import KnockoffConfig, NetworksConfig, read_yaml
from knockoff.errors import ConfigError, KnockoffError
from knockoff.lake import (
    NETWORK_LINKS_SCHEMA,
    NETWORK_MEMBERS_SCHEMA,
    NETWORKS_SCHEMA,
    SUCCESS,
    Lake,
    check_date,
    sha256_hex,
    write_file_atomic,
    write_table_atomic,
)
from knockoff.matching.netfeatures import SketchParams, fingerprints, listing_features
from knockoff.matching.netstate import LOGS, WHOLE, NetworkState, Parts, known_images
from knockoff.matching.networks import LinkParams, NetworkResult, isin, update
from knockoff.matching.photohash import photo_hash

log = logging.getLogger(__name__)

LISTING_COLUMNS = [
    "listing_id",
    "site",
    "url",
    "title",
    "description",
    "seller",
    "seller_url",
    "image_sha256",
]
PHASH_SCHEMA = pa.schema([("image_sha256", pa.string()), ("phash", pa.binary(32)), ("error", pa.string())])
STATE_FORMAT = 2  # matching/netstate.py logs in Arrow IPC parts, listed by state.json
FEATURE_CHUNK = 5000


def link_params(cfg: NetworksConfig) -> LinkParams:
    """LinkParams from the typed configuration."""
    keys = LinkParams.__dataclass_fields__.keys() - {"sketch"}
    return LinkParams(**{k: getattr(cfg, k) for k in keys}, sketch=SketchParams(region=cfg.phone_region))


# ---- snapshots --------------------------------------------------------------------------------


def snapshot_dir(lake: Lake, date: str) -> str:
    return lake.join("networks", f"date={check_date(date)}")


def snapshot_dates(lake: Lake) -> list[str]:
    """Dates with a complete networks snapshot."""
    return lake.complete_dates("networks", SUCCESS)


def _read(lake: Lake, path: str) -> pa.Table:
    return pq.read_table(path, filesystem=lake.fs)


def _read_ipc(lake: Lake, path: str) -> pa.Table:
    """An Arrow IPC file: memory-mapped on a local lake (only the rows a night touches are read
    from disk), else read whole."""
    if "file" in lake.fs.protocol or "local" in lake.fs.protocol:
        return pa.ipc.open_file(pa.memory_map(path)).read_all()
    return pa.ipc.open_file(pa.BufferReader(lake.fs.cat(path))).read_all()


def _write_ipc(lake: Lake, path: str, table: pa.Table) -> None:
    """Write an Arrow IPC file (uncompressed: the state holds random hashes that do not shrink,
    and an uncompressed file can be memory-mapped) through a temporary name."""

    def write(fh: BinaryIO) -> None:
        with pa.ipc.new_file(fh, table.schema) as w:
            w.write_table(table)

    write_file_atomic(lake, path, write)


def load_state(lake: Lake, date: str | None) -> tuple[NetworkState, dict[str, Any]]:
    """The linking state of the snapshot of `date` (an empty state for None) and its manifest.

    A snapshot of an older format (no `state.json`) gives an empty state that keeps its network
    ids: the night then links everything again (the same networks, ids kept)."""
    empty: dict[str, Any] = {"format": STATE_FORMAT, "parts": {name: [] for name in LOGS}}
    if date is None:
        return NetworkState(), empty
    base = snapshot_dir(lake, date)
    if not lake.fs.exists(f"{base}/state.json"):
        log.warning("networks snapshot %s has an older state format: linking every listing again", date)
        ids = f"{base}/state-ids.parquet"
        prev = _read(lake, ids).to_pandas()[["account", "network_id"]] if lake.fs.exists(ids) else None
        return (NetworkState() if prev is None else NetworkState(ids=prev)), empty
    manifest = json.loads(lake.fs.cat(f"{base}/state.json"))
    if manifest.get("format") != STATE_FORMAT:
        raise KnockoffError(
            f"networks state of {date} has format {manifest.get('format')}, not {STATE_FORMAT}"
        )
    root = lake.join("networks")
    logs = {
        name: Parts(  # a log the manifest lacks (the sketch cache, added later) starts empty
            schema,
            tuple(_read_ipc(lake, f"{root}/{p}") for p in manifest["parts"].get(name, [])),
            len(manifest["parts"].get(name, [])),
        )
        for name, schema in LOGS.items()
    }
    whole = {}
    for name, cols in WHOLE.items():
        df = _read_ipc(lake, f"{root}/{manifest['whole'][name]}").to_pandas()
        whole[name] = df[cols]
    return NetworkState(date=manifest["date"], **logs, **whole), manifest


def _table(df: pd.DataFrame, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_pandas(df[schema.names], schema=schema, preserve_index=False)


def save_snapshot(
    lake: Lake,
    date: str,
    state: NetworkState,
    res: NetworkResult,
    previous: dict[str, Any] | None = None,
    compact_after: int = 8,
) -> str:
    """Write the night's snapshot; `_SUCCESS` last, so a partial one is never read.

    The state is written as tonight's parts only (new log rows; whole tables), under names no
    other run uses, and `state.json` lists every part the state is made of (the parts of
    `previous`, the manifest it was loaded with, plus tonight's). When a log has more than
    `compact_after` parts, every log is rewritten as one part without dead rows (compaction)."""
    base = snapshot_dir(lake, date)
    if lake.fs.exists(f"{base}/{SUCCESS}"):
        lake.fs.rm(f"{base}/{SUCCESS}")
    if max(len(getattr(state, name).tables) for name in LOGS) > compact_after:
        state = state.compact()
    run = uuid.uuid4().hex[:12]
    prev_parts = (previous or {}).get("parts", {})
    manifest: dict[str, Any] = {"format": STATE_FORMAT, "date": date, "parts": {}, "whole": {}}
    for name in LOGS:
        parts: Parts = getattr(state, name)
        paths = list(prev_parts.get(name, []))[: parts.written]
        new = parts.unwritten()
        if new is not None:
            rel = f"date={date}/state/{name}-{run}.arrow"
            _write_ipc(lake, lake.join("networks", rel), new)
            paths.append(rel)
        manifest["parts"][name] = paths
    for name, cols in WHOLE.items():
        rel = f"date={date}/state/{name}-{run}.arrow"
        df = getattr(state, name)[cols]
        _write_ipc(
            lake,
            lake.join("networks", rel),
            pa.Table.from_pandas(
                df.astype({c: object for c in cols if c not in ("df", "weight")}), preserve_index=False
            ),
        )
        manifest["whole"][name] = rel
    lk = res.links.assign(df=res.links["df"].astype("int32"), weight=res.links["weight"].astype("float32"))
    write_table_atomic(lake, f"{base}/members.parquet", _table(res.members, NETWORK_MEMBERS_SCHEMA))
    write_table_atomic(lake, f"{base}/links.parquet", _table(lk, NETWORK_LINKS_SCHEMA))
    nets = res.networks.assign(
        accounts=res.networks["accounts"].astype("int32"), listings=res.networks["listings"].astype("int32")
    )
    write_table_atomic(lake, f"{base}/networks.parquet", _table(nets, NETWORKS_SCHEMA))
    state_json = json.dumps(manifest, sort_keys=True, indent=1).encode()
    write_file_atomic(lake, f"{base}/state.json", lambda fh: fh.write(state_json))
    with lake.fs.open(f"{base}/{SUCCESS}", "wb") as fh:
        fh.write(json.dumps(res.counts, sort_keys=True).encode())
    return base


def load_networks(lake: Lake | str, date: str | None = None) -> dict[str, Any] | None:
    """The latest complete snapshot on or before `date` (any date if None) as
    {"date", "members", "links", "networks"} (pandas DataFrames), or None if there is none."""
    lake = lake if isinstance(lake, Lake) else Lake(lake)
    dates = [d for d in snapshot_dates(lake) if date is None or d <= date]
    if not dates:
        return None
    base = snapshot_dir(lake, dates[-1])
    out: dict[str, Any] = {"date": dates[-1]}
    for name, schema in (
        ("members", NETWORK_MEMBERS_SCHEMA),
        ("links", NETWORK_LINKS_SCHEMA),
        ("networks", NETWORKS_SCHEMA),
    ):
        out[name] = _read(lake, f"{base}/{name}.parquet").cast(schema).to_pandas()
    return out


# ---- photo hashes -----------------------------------------------------------------------------


def phash_dir(lake: Lake) -> str:
    return lake.join("networks", "phash")


def load_phash_cache(lake: Lake) -> pd.DataFrame:
    """Every cached (image_sha256, phash, error) row."""
    base = phash_dir(lake)
    files = (
        sorted(p for p in lake.fs.ls(base, detail=False) if p.endswith(".parquet"))
        if lake.fs.isdir(base)
        else []
    )
    if not files:
        return PHASH_SCHEMA.empty_table().to_pandas()
    df = pa.concat_tables([_read(lake, f).cast(PHASH_SCHEMA) for f in files]).to_pandas()
    return df.drop_duplicates("image_sha256")


def hash_image_file(root: str, path: str, shas: list[str]) -> pa.Table:
    """Perceptual hashes of the rows of one images Parquet file whose SHA-256 is in `shas`
    (a Dask task). Undecodable or missing bytes give phash null and the reason in `error`."""
    from knockoff.matching.imageio import ImageRejected

    lake = Lake(root)
    t = pq.read_table(
        path,
        filesystem=lake.fs,
        columns=["image_sha256", "bytes", "error"],
        filters=[("image_sha256", "in", shas)],
    )
    rows = []
    seen: set[str] = set()
    for sha, data, err in zip(*(t.column(c).to_pylist() for c in t.column_names), strict=True):
        if sha in seen:
            continue
        seen.add(sha)
        if not data:
            rows.append({"image_sha256": sha, "phash": None, "error": err or "no bytes in the lake"})
            continue
        try:
            rows.append({"image_sha256": sha, "phash": photo_hash(data), "error": None})
        except ImageRejected as exc:
            rows.append({"image_sha256": sha, "phash": None, "error": str(exc)})
    return pa.Table.from_pylist(rows, schema=PHASH_SCHEMA)


def _locate(lake: Lake, shas: set[str], date: str) -> dict[str, list[str]]:
    """Images files holding the wanted SHA-256s: tonight's first, then earlier nights, newest first."""
    out: dict[str, list[str]] = {}
    left = set(shas)
    dates = [date] + sorted((d for d in lake.dates("images") if d < date), reverse=True)
    for d in dates:
        if not left:
            break
        for f in lake.files("images", d):
            col = pq.read_table(f, columns=["image_sha256"], filesystem=lake.fs).column(0).to_pylist()
            here = left.intersection(col)
            if here:
                out[f] = sorted(here)
                left -= here
    return out


def compute_hashes(lake: Lake, shas: set[str], date: str, client: Any | None) -> tuple[pd.DataFrame, int]:
    """Hashes for `shas` from the cache, computing the missing ones (Dask tasks per file when a
    client is given). Returns ((image_sha256, phash) rows, number computed tonight)."""
    cache = load_phash_cache(lake)
    cached = cache[isin(cache["image_sha256"], shas)]
    todo = _locate(lake, shas - set(cached["image_sha256"]), date)
    computed = 0

    def keep(table: pa.Table, path: str) -> None:
        name = hashlib.sha256(f"{path}\n{table.num_rows}\n{time.time_ns()}".encode()).hexdigest()[:20]
        write_table_atomic(lake, f"{phash_dir(lake)}/part-{name}.parquet", table)

    fresh = []
    if todo and client is not None:
        from distributed import as_completed

        futs = {client.submit(hash_image_file, lake.root, f, s, pure=False): f for f, s in todo.items()}
        for fut in as_completed(list(futs)):
            t = fut.result()
            keep(t, futs[fut])
            fresh.append(t)
    else:
        for f, s in todo.items():
            t = hash_image_file(lake.root, f, s)
            keep(t, f)
            fresh.append(t)
    for t in fresh:
        computed += t.num_rows
    all_rows = pd.concat([cached, *(t.to_pandas() for t in fresh)], ignore_index=True)
    return all_rows[["image_sha256", "phash"]], computed


def official_photos(brands_path: str | None) -> tuple[list[bytes], set[str]]:
    """Hashes and SHA-256s of the brands' official photos (brands.yaml `official_images`)."""
    if not brands_path or "://" in brands_path or not Path(brands_path).is_file():
        return [], set()
    try:
        data = read_yaml(brands_path) or {}
    except ConfigError as exc:
        log.warning("official photos not read: %s", exc)
        return [], set()
    base = Path(brands_path).resolve().parent
    hashes, shas = [], set()
    for b in data.get("brands") or []:
        for rel in (b or {}).get("official_images") or []:
            p = base / rel
            if p.is_file():
                raw = p.read_bytes()
                shas.add(sha256_hex(raw))
                hashes.append(photo_hash(raw))
    return hashes, shas


# ---- the night --------------------------------------------------------------------------------


def changed_listings(listings: pd.DataFrame, state: NetworkState) -> pd.DataFrame:
    """Tonight's listings that are new or whose linking inputs changed since the state."""
    listings = listings.drop_duplicates("listing_id")
    fp = fingerprints(listings)
    if state.listings.num_rows == 0:
        return listings.assign(fingerprint=fp.to_numpy(zero_copy_only=False))
    cur = state.current_listings().select(["listing_id", "fingerprint"])
    # each listing's stored row by its id (a hash table of short ids), then the fingerprints
    # compared row by row (memcmp): the long fingerprints are never hashed
    at = pc.index_in(pa.array(listings["listing_id"], pa.string()), value_set=cur.column("listing_id"))
    stored = cur.column("fingerprint").take(at)
    same = np.asarray(pc.equal(fp, stored).fill_null(False).to_numpy(zero_copy_only=False), dtype=bool)
    return listings[~same].assign(fingerprint=fp.filter(pa.array(~same)).to_numpy(zero_copy_only=False))


def features_of(todo: pd.DataFrame, sketch: SketchParams, client: Any | None) -> pd.DataFrame:
    """listing_features of `todo`, as Dask tasks of FEATURE_CHUNK rows when a client is given."""
    if client is None or len(todo) <= FEATURE_CHUNK:
        return listing_features(todo, sketch)
    chunks = [todo.iloc[i : i + FEATURE_CHUNK] for i in range(0, len(todo), FEATURE_CHUNK)]
    futs = client.map(listing_features, chunks, params=sketch, pure=False)
    return pd.concat(client.gather(futs), ignore_index=True)


def link_night(
    lake: Lake,
    date: str,
    listings: pd.DataFrame,
    params: LinkParams,
    official: tuple[list[bytes], set[str]] = ([], set()),
    client: Any | None = None,
    hashes: Callable[[set[str]], tuple[pd.DataFrame, int]] | None = None,
    start_client: Callable[[], AbstractContextManager[Any]] | None = None,
    compact_after: int = 8,
) -> tuple[NetworkResult, dict[str, float]]:
    """Link tonight's `listings` (LISTING_COLUMNS) on top of the previous snapshot and store the
    night's snapshot. `hashes(shas)` returns (image_sha256, phash) rows and how many were
    computed (default: from the lake's images). Feature and hash tasks run on `client`, or on
    one `start_client()` opens when there is work and no client is given, else in this process.
    `compact_after`: see `save_snapshot`. Returns the result and seconds per step."""
    t = {"start": time.perf_counter()}
    cpu = {"start": time.process_time()}
    prev = [d for d in snapshot_dates(lake) if d < date]
    state, manifest = load_state(lake, prev[-1] if prev else None)
    t["load_state"], cpu["load_state"] = time.perf_counter(), time.process_time()
    todo = changed_listings(listings, state)
    t["changed"], cpu["changed"] = time.perf_counter(), time.process_time()
    with contextlib.ExitStack() as stack:
        if client is None and start_client is not None and len(todo):
            client = stack.enter_context(start_client())
        feats = features_of(todo, params.sketch, client)
        t["features"], cpu["features"] = time.perf_counter(), time.process_time()
        shas = pd.Series(pd.unique(feats["images"].explode().dropna()), dtype=str)
        wanted = set(shas[~known_images(state.images, shas)])
        if hashes is None:
            rows, computed = compute_hashes(lake, wanted, date, client)
        else:
            rows, computed = hashes(wanted)
    t["hashes"], cpu["hashes"] = time.perf_counter(), time.process_time()
    state, res = update(
        state, feats, rows, date, official[0], official[1], params, seen=listings["listing_id"]
    )
    t["link"], cpu["link"] = time.perf_counter(), time.process_time()
    res.counts.update(
        previous_snapshot=prev[-1] if prev else None,
        listings_tonight=int(listings["listing_id"].nunique()),
        hashes_computed=computed,
        images_without_hash=len(wanted) - int(rows["phash"].notna().sum()) if len(rows) else len(wanted),
    )
    save_snapshot(lake, date, state, res, manifest, compact_after)
    t["save"], cpu["save"] = time.perf_counter(), time.process_time()
    steps = list(t)
    secs = {b: round(t[b] - t[a], 3) for a, b in zip(steps, steps[1:], strict=False)}
    res.counts["cpu_seconds"] = {b: round(cpu[b] - cpu[a], 3) for a, b in zip(steps, steps[1:], strict=False)}
    res.counts["peak_rss_mb"] = _peak_rss_mb()
    return res, secs


def _peak_rss_mb() -> float | None:
    """This process's peak resident memory so far (MB), where the platform tells it."""
    try:
        import resource
    except ImportError:  # not on Windows
        return None
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run_networks(cfg: KnockoffConfig, date: str, client: Any | None = None) -> dict[str, Any]:
    """The networks stage for `date`; returns its counts (for the run manifest)."""
    lake = Lake(cfg.lake)
    check_date(date)
    if not cfg.networks.enabled:
        return {"skipped": "networks.enabled is false"}
    if not lake.sites("listings", date):
        raise KnockoffError(f"no listings in the lake for {date}: run the crawl stage first")
    listings = lake.read("listings", date, columns=LISTING_COLUMNS).to_pandas()
    params = link_params(cfg.networks)
    official = official_photos(cfg.brands)

    def start_client() -> AbstractContextManager[Any]:
        from knockoff.cluster.client import cluster_client

        return cluster_client(cfg.cluster, "cpu")

    res, secs = link_night(
        lake,
        date,
        listings,
        params,
        official,
        client,
        start_client=start_client,
        compact_after=cfg.networks.compact_after,
    )
    log.info("networks %s: %s (%s)", date, res.counts, secs)
    return {"counts": res.counts, "steps_seconds": secs}
