"""The linking state kept from night to night: append-only logs in parts, and small whole tables.

A night must cost what its new listings cost, not what the whole marketplace costs, so the big
tables are logs that only grow: each night adds one part (its new rows) and never rewrites an
older one; a row that a later night supersedes is left in place and skipped where it is read.

- `listings` (LISTING_LOG): one row per processed version of a listing (features, first_seen,
  `version` = the night it was processed). A listing processed again (new fingerprint) gets a new
  row; its old `(listing_id, version)` goes to `dead`.
- `postings` (POSTING_LOG): the inverted index (kind, key, account, listing_id, version) with `h`,
  a 64-bit hash of the key; every part is sorted by `h`, so the rows of a set of keys are found by
  binary search in each part (`lookup`) without reading the others. A row counts when its
  listing version is not dead and its key is not a stop key (stop keys' rows are kept: a key
  that changed listings leave can fall back under `max_df`).
- `images` (IMAGE_LOG): SHA-256, 256-bit perceptual hash and official flag, each part sorted by
  SHA-256 hash (`known_images`: binary search) with its photos' sorted substring tables
  (`near_new`: tonight's photos against every part, by binary search, nothing rebuilt).
- `near`: near-duplicate photo pairs (only ever added: a new pair always has a new photo).
- whole tables (rewritten each night, small): value links, network ids, stop keys, dead versions,
  and `stale` (listing_id, last_seen) for listings not seen on the state's night `date`.

`Parts.written` counts the parts already stored; the networks stage writes the rest
(jobs/night/networks.py). `compact` folds every log into one part without dead rows.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from knockoff.matching.netfeatures import SketchParams, band_keys
from knockoff.matching.photohash import (
    HASH_BYTES,
    NHASH,
    expand_ranges,
    shared_substring_pairs,
    substring_keys,
    substring_tables,
)

LISTING_LOG = pa.schema(
    [
        ("listing_id", pa.string()),
        ("account", pa.string()),
        ("site", pa.string()),
        ("seller", pa.string()),
        ("seller_url", pa.string()),
        ("url", pa.string()),
        ("title", pa.string()),
        ("images", pa.list_(pa.string())),
        ("contacts", pa.list_(pa.string())),
        ("text", pa.string()),
        ("name", pa.string()),
        ("fingerprint", pa.string()),
        ("first_seen", pa.string()),
        ("version", pa.string()),
    ]
)
POSTING_LOG = pa.schema(
    [
        ("kind", pa.string()),
        ("key", pa.string()),
        ("account", pa.string()),
        ("listing_id", pa.string()),
        ("version", pa.string()),
        ("h", pa.uint64()),
    ]
)
IMAGE_LOG = pa.schema(
    [
        ("image_sha256", pa.string()),
        ("phash", pa.binary(HASH_BYTES)),
        ("official", pa.bool_()),
        ("h", pa.uint64()),  # key_hash of the SHA-256; a part is sorted by it
        # photohash.substring_tables of the part's hashes: per substring t, its values sorted (s<t>)
        # and the rows in that order (r<t>); columns of the part, though not row-aligned with it
        *[(f"s{t}", pa.uint32()) for t in range(NHASH)],
        *[(f"r{t}", pa.uint32()) for t in range(NHASH)],
    ]
)
NEAR_LOG = pa.schema([("sha_a", pa.string()), ("sha_b", pa.string()), ("distance", pa.int32())])
# LSH band keys of every text and name seen (h: key_hash of sketch parameters + kind + text; a part
# is sorted by h): most of a night's seller names, and many descriptions, were sketched before
SKETCH_LOG = pa.schema([("h", pa.uint64()), ("bands", pa.binary())])
LOGS = {
    "listings": LISTING_LOG,
    "postings": POSTING_LOG,
    "images": IMAGE_LOG,
    "near": NEAR_LOG,
    "sketches": SKETCH_LOG,
}
WHOLE = {
    "value_links": [
        "account_a",
        "account_b",
        "kind",
        "key",
        "value",
        "listing_a",
        "listing_b",
        "df",
        "weight",
    ],
    "ids": ["account", "network_id"],
    "stop": ["key"],
    "dead": ["listing_id", "version"],
    "stale": ["listing_id", "last_seen"],
}


def key_hash(keys: pa.Array | pa.ChunkedArray | pd.Series | list[str]) -> np.ndarray:
    """64-bit hashes of strings (pandas' SipHash with its fixed key: the same on every run)."""
    if isinstance(keys, pa.Array | pa.ChunkedArray):
        keys = keys.to_numpy(zero_copy_only=False)
    arr = np.asarray(keys, dtype=object)
    if len(arr) == 0:
        return np.zeros(0, np.uint64)
    return pd.util.hash_array(arr, categorize=False)


@dataclass(frozen=True)
class Parts:
    """A table stored as parts (oldest first); the first `written` parts are stored already."""

    schema: pa.Schema
    tables: tuple[pa.Table, ...] = ()
    written: int = 0

    def add(self, table: pa.Table) -> Parts:
        """These parts and `table` (cast to the schema) as a new, unwritten last part."""
        if table.num_rows == 0:
            return self
        return replace(self, tables=(*self.tables, table.select(self.schema.names).cast(self.schema)))

    def all(self) -> pa.Table:
        """Every part as one table (zero-copy)."""
        if not self.tables:
            return self.schema.empty_table()
        return pa.concat_tables(self.tables)

    @property
    def num_rows(self) -> int:
        return sum(t.num_rows for t in self.tables)

    def unwritten(self) -> pa.Table | None:
        """The parts added since the state was stored, as one table (None if none)."""
        new = self.tables[self.written :]
        return pa.concat_tables(new).combine_chunks() if new else None


def sort_postings(table: pa.Table) -> pa.Table:
    """A postings part in `h` order (what `lookup` searches)."""
    if table.num_rows == 0:
        return table
    order = np.argsort(table.column("h").to_numpy(), kind="stable")
    return table.take(pa.array(order))


def lookup(parts: Parts, keys: pa.Array | pa.ChunkedArray) -> pa.Table:
    """Rows of a postings log (every part sorted by `h`) whose key is one of `keys`, oldest part
    first: a binary search per part for the keys' hashes, then an exact check of the key."""
    if len(keys) == 0 or not parts.tables:
        return parts.schema.empty_table()
    want = np.unique(key_hash(keys))
    out = []
    for t in parts.tables:
        h = t.column("h").to_numpy()
        lo, hi = np.searchsorted(h, want, "left"), np.searchsorted(h, want, "right")
        n = hi - lo
        if not n.any():
            continue
        out.append(t.take(pa.array(expand_ranges(lo, n))))
    if not out:
        return parts.schema.empty_table()
    rows = pa.concat_tables(out)
    if isinstance(keys, pa.ChunkedArray):
        keys = keys.combine_chunks()
    return rows.filter(pc.is_in(rows.column("key"), value_set=keys.cast(pa.string())))


def image_part(
    shas: np.ndarray, phash: np.ndarray, ok: np.ndarray, official: np.ndarray, keys: np.ndarray | None = None
) -> pa.Table:
    """An image-log part: SHA-256s (n,), hashes ((n, 32) uint8; rows where `ok` is False have no
    hash), official flags (and the hashes' `substring_keys`, if known); sorted by SHA-256 hash,
    with its substring tables."""
    shas = np.asarray(shas, dtype=object)
    h = key_hash(shas)
    order = np.argsort(h, kind="stable")
    shas, phash, ok, official, h = shas[order], phash[order], ok[order], official[order], h[order]
    keys = substring_keys(phash) if keys is None else keys[order]
    keys[~ok] = np.uint32(0xFFFFFFFF)  # rows without a hash: candidates dropped by `near_new`
    sorted_keys, rows = substring_tables(keys)
    n = len(shas)
    hashes = pa.FixedSizeBinaryArray.from_buffers(
        pa.binary(HASH_BYTES), n, [None, pa.py_buffer(np.ascontiguousarray(phash).tobytes())]
    )
    cols = {
        "image_sha256": pa.array(shas, pa.string()),
        "phash": pc.if_else(pa.array(~ok), pa.nulls(n, pa.binary(HASH_BYTES)), hashes),
        "official": pa.array(official, pa.bool_()),
        "h": pa.array(h, pa.uint64()),
    }
    cols.update({f"s{t}": pa.array(sorted_keys[t]) for t in range(NHASH)})
    cols.update({f"r{t}": pa.array(rows[t]) for t in range(NHASH)})
    return pa.table(cols, schema=IMAGE_LOG)


def hash_matrix(col: pa.ChunkedArray | pa.Array) -> np.ndarray:
    """A fixed-size binary column of 32-byte hashes as an (n, 32) uint8 matrix, zero-copy for one
    chunk (rows without a hash hold zeros)."""
    chunks = col.chunks if isinstance(col, pa.ChunkedArray) else [col]
    mats = []
    for chunk in chunks:
        raw = np.frombuffer(chunk.buffers()[1], np.uint8) if len(chunk) else np.zeros(0, np.uint8)
        start = chunk.offset * HASH_BYTES
        mats.append(raw[start : start + len(chunk) * HASH_BYTES].reshape(-1, HASH_BYTES))
    if not mats:
        return np.zeros((0, HASH_BYTES), np.uint8)
    return mats[0] if len(mats) == 1 else np.concatenate(mats)


def known_images(images: Parts, shas: pa.Array | pa.ChunkedArray | pd.Series) -> np.ndarray:
    """Mask of `shas` already in the image log (binary search of their hashes in each part)."""
    shas = np.asarray(
        shas.to_numpy(zero_copy_only=False) if isinstance(shas, pa.Array | pa.ChunkedArray) else shas,
        dtype=object,
    )
    out = np.zeros(len(shas), bool)
    if not len(shas):
        return out
    h = key_hash(shas)
    for t in images.tables:
        hp = t.column("h").to_numpy()
        idx = np.minimum(np.searchsorted(hp, h), max(len(hp) - 1, 0))
        cand = np.flatnonzero((hp[idx] == h) & ~out) if len(hp) else np.zeros(0, np.int64)
        if len(cand):
            stored = t.column("image_sha256").take(pa.array(idx[cand])).to_numpy(zero_copy_only=False)
            out[cand[stored == shas[cand]]] = True
    return out


def near_new(images: Parts, new: int, radius: int) -> pa.Table:
    """Near-duplicate pairs (sha_a < sha_b, distance <= `radius` bits) with a photo of the last
    `new` parts: each new photo's substrings are looked up in every part's tables, and only
    the candidates' hashes are compared (exact up to NHASH - 1 bits, as `photohash.near_pairs`)."""
    fresh = images.tables[len(images.tables) - new :] if new else ()
    qs_sha, qs_mat, qs_keys, own = [], [], [], []
    for t in fresh:
        ok = np.asarray(t.column("phash").is_valid().to_numpy(zero_copy_only=False), dtype=bool)
        # each new photo's own row in its part (a photo agrees with itself on every substring)
        own.append(np.flatnonzero(ok))
        keys = np.empty((t.num_rows, NHASH), np.uint32)  # the part's keys, from its tables
        for i in range(NHASH):
            keys[t.column(f"r{i}").to_numpy(), i] = t.column(f"s{i}").to_numpy()
        qs_sha.append(t.column("image_sha256").filter(pa.array(ok)))
        qs_mat.append(hash_matrix(t.column("phash"))[ok])
        qs_keys.append(keys[ok])
    if not fresh or not sum(len(m) for m in qs_mat):
        return NEAR_LOG.empty_table()
    q_sha = pa.chunked_array(qs_sha).combine_chunks()
    q_mat, q_keys = np.concatenate(qs_mat), np.concatenate(qs_keys)
    starts = np.cumsum([0] + [len(o) for o in own])
    sa, sb, ds = [], [], []
    for j, t in enumerate(images.tables):  # the tables as views of the (memory-mapped) part: no copy
        sk = [t.column(f"s{i}").to_numpy() for i in range(NHASH)]
        rows = [t.column(f"r{i}").to_numpy() for i in range(NHASH)]
        itself = None
        f = j - (len(images.tables) - len(fresh))
        if f >= 0:
            itself = np.full(len(q_keys), -1, np.int64)
            itself[starts[f] : starts[f + 1]] = own[f]
        qi, ri = shared_substring_pairs(q_keys, sk, rows, itself)
        if not len(qi):
            continue
        has = np.asarray(
            t.column("phash").take(pa.array(ri)).is_valid().to_numpy(zero_copy_only=False), dtype=bool
        )
        qi, ri = qi[has], ri[has]
        d = np.bitwise_count(q_mat[qi] ^ hash_matrix(t.column("phash"))[ri]).sum(axis=1)
        near = d <= radius
        a = q_sha.take(pa.array(qi[near])).to_numpy(zero_copy_only=False)
        b = t.column("image_sha256").take(pa.array(ri[near])).to_numpy(zero_copy_only=False)
        sa.append(a)
        sb.append(b)
        ds.append(d[near].astype(np.int32))
    if not sa:
        return NEAR_LOG.empty_table()
    a, b, d = np.concatenate(sa), np.concatenate(sb), np.concatenate(ds)
    keep = a != b
    lo, hi = np.where(a < b, a, b)[keep], np.where(a < b, b, a)[keep]
    out = pd.DataFrame({"sha_a": lo, "sha_b": hi, "distance": d[keep]}).drop_duplicates(["sha_a", "sha_b"])
    out = out.sort_values(["sha_a", "sha_b"], ignore_index=True)
    return pa.Table.from_pandas(out, schema=NEAR_LOG, preserve_index=False)


class SketchStore:
    """`netfeatures.BandKeys` backed by the sketch log: band keys of texts seen on earlier nights
    are read (binary search per part), the others computed once and kept for tonight's part."""

    def __init__(self, parts: Parts, params: SketchParams) -> None:
        self.parts, self.params = parts, params
        self.new: dict[int, bytes] = {}

    def __call__(self, kind: str, texts: list[str], k: int) -> np.ndarray:
        p = self.params
        tag = f"{kind}/{k}/{p.num_perm}/{p.bands}\x1f"
        h = key_hash([tag + t for t in texts])
        out = np.zeros((len(texts), p.bands), np.uint64)
        found = np.zeros(len(texts), bool)
        for t in self.parts.tables:
            hp = t.column("h").to_numpy()
            if not len(hp):
                continue
            idx = np.minimum(np.searchsorted(hp, h), len(hp) - 1)
            hit = np.flatnonzero((hp[idx] == h) & ~found)
            if len(hit):
                got = t.column("bands").take(pa.array(idx[hit])).to_pylist()
                out[hit] = np.frombuffer(b"".join(got), np.uint64).reshape(len(hit), p.bands)
                found[hit] = True
        for i in np.flatnonzero(~found):
            if int(h[i]) in self.new:
                out[i] = np.frombuffer(self.new[int(h[i])], np.uint64)
                found[i] = True
        todo = np.flatnonzero(~found)
        if len(todo):
            keys = band_keys([texts[i] for i in todo], k, p)
            out[todo] = keys
            self.new.update((int(h[i]), keys[j].tobytes()) for j, i in enumerate(todo))
        return out

    def part(self) -> pa.Table:
        """Tonight's new sketches as a part (sorted by h)."""
        hs = np.fromiter(self.new.keys(), np.uint64, len(self.new))
        order = np.argsort(hs, kind="stable")
        vals = list(self.new.values())
        return pa.table(
            {"h": pa.array(hs[order], pa.uint64()), "bands": pa.array([vals[i] for i in order], pa.binary())}
        )


def _pairs(listing_id: pa.ChunkedArray | pa.Array, version: pa.ChunkedArray | pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(listing_id, version, "\x1f")


def alive(rows: pa.Table, dead: pd.DataFrame) -> np.ndarray:
    """Mask of `rows` (listing_id, version columns) whose listing version is not dead."""
    out = np.ones(rows.num_rows, bool)
    if dead.empty or rows.num_rows == 0:
        return out
    # rows of a listing with a dead version first (short ids), then (id, version) for those only:
    # most rows belong to listings never replaced, so nothing is joined for them
    ids = pa.array(dead["listing_id"], pa.string())
    maybe = np.flatnonzero(
        np.asarray(pc.is_in(rows.column("listing_id"), value_set=ids).to_numpy(zero_copy_only=False), bool)
    )
    if len(maybe):
        sub = rows.select(["listing_id", "version"]).take(pa.array(maybe))
        gone = _pairs(ids, pa.array(dead["version"], pa.string()))
        hit = pc.is_in(_pairs(sub.column("listing_id"), sub.column("version")), value_set=gone)
        out[maybe] = ~np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)
    return out


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


@dataclass
class NetworkState:
    """Everything linking keeps from night to night (see the module docstring); `date` is the
    night the state was last updated (None: empty)."""

    date: str | None = None
    listings: Parts = field(default_factory=lambda: Parts(LISTING_LOG))
    postings: Parts = field(default_factory=lambda: Parts(POSTING_LOG))
    images: Parts = field(default_factory=lambda: Parts(IMAGE_LOG))
    near: Parts = field(default_factory=lambda: Parts(NEAR_LOG))
    sketches: Parts = field(default_factory=lambda: Parts(SKETCH_LOG))
    value_links: pd.DataFrame = field(default_factory=lambda: _empty(WHOLE["value_links"]))
    ids: pd.DataFrame = field(default_factory=lambda: _empty(WHOLE["ids"]))
    stop: pd.DataFrame = field(default_factory=lambda: _empty(WHOLE["stop"]))  # keys past max_df
    dead: pd.DataFrame = field(default_factory=lambda: _empty(WHOLE["dead"]))
    stale: pd.DataFrame = field(default_factory=lambda: _empty(WHOLE["stale"]))

    def current_listings(self, column: str | None = None, values: object = None) -> pa.Table:
        """The current version of every listing (optionally only those whose `column` is in
        `values`), in log order."""
        t = self.listings.all()
        if column is not None:
            want = pa.array(pd.unique(pd.Series(values, dtype=object)), pa.string())
            t = t.filter(pc.is_in(t.column(column), value_set=want))
        keep = alive(t, self.dead)
        return t if keep.all() else t.filter(pa.array(keep))

    def compact(self) -> NetworkState:
        """Every log in one unwritten part, without dead rows (the same links)."""
        listings = self.current_listings()
        post = self.postings.all()  # stop keys' rows stay: a changed listing may bring one back
        post = sort_postings(post.filter(pa.array(alive(post, self.dead))).combine_chunks())
        return replace(
            self,
            listings=Parts(LISTING_LOG).add(listings.combine_chunks()),
            postings=Parts(POSTING_LOG).add(post),
            images=Parts(IMAGE_LOG).add(_one_image_part(self.images)),
            near=Parts(NEAR_LOG).add(self.near.all().combine_chunks()),
            sketches=Parts(SKETCH_LOG).add(self.sketches.all().combine_chunks().sort_by("h")),
            dead=_empty(WHOLE["dead"]),
        )


def _one_image_part(images: Parts) -> pa.Table:
    """Every image-log part as one part (sorted and indexed again)."""
    t = images.all().select(["image_sha256", "phash", "official"]).combine_chunks()
    ok = np.asarray(t.column("phash").is_valid().to_numpy(zero_copy_only=False), dtype=bool)
    return image_part(
        t.column("image_sha256").to_numpy(zero_copy_only=False),
        hash_matrix(t.column("phash")).copy(),
        ok,
        np.asarray(t.column("official").to_numpy(zero_copy_only=False), dtype=bool),
    )
