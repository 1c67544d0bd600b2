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
- `images` (IMAGE_LOG): SHA-256, 256-bit perceptual hash, official flag and the hash's substring
  keys (`photohash.substring_keys`, computed once per photo).
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

from knockoff.matching.photohash import HASH_BYTES, NHASH

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
        ("sub", pa.binary(4 * NHASH)),  # NHASH little-endian uint32 substring keys
    ]
)
NEAR_LOG = pa.schema([("sha_a", pa.string()), ("sha_b", pa.string()), ("distance", pa.int32())])
LOGS = {"listings": LISTING_LOG, "postings": POSTING_LOG, "images": IMAGE_LOG, "near": NEAR_LOG}
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

    def column(self, name: str) -> pa.ChunkedArray:
        return self.all().column(name)

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
        starts = np.repeat(lo[n > 0], n[n > 0])
        offs = np.arange(len(starts)) - np.repeat(np.cumsum(n[n > 0]) - n[n > 0], n[n > 0])
        out.append(t.take(pa.array(starts + offs)))
    if not out:
        return parts.schema.empty_table()
    rows = pa.concat_tables(out)
    return rows.filter(pc.is_in(rows.column("key"), value_set=pa.array(keys).cast(pa.string())))


def _pairs(listing_id: pa.ChunkedArray | pa.Array, version: pa.ChunkedArray | pa.Array) -> pa.Array:
    return pc.binary_join_element_wise(listing_id, version, "\x1f")


def alive(rows: pa.Table, dead: pd.DataFrame) -> np.ndarray:
    """Mask of `rows` (listing_id, version columns) whose listing version is not dead."""
    if dead.empty or rows.num_rows == 0:
        return np.ones(rows.num_rows, bool)
    gone = _pairs(pa.array(dead["listing_id"], pa.string()), pa.array(dead["version"], pa.string()))
    hit = pc.is_in(_pairs(rows.column("listing_id"), rows.column("version")), value_set=gone)
    return ~np.asarray(hit.to_numpy(zero_copy_only=False), dtype=bool)


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
            images=Parts(IMAGE_LOG).add(self.images.all().combine_chunks()),
            near=Parts(NEAR_LOG).add(self.near.all().combine_chunks()),
            dead=_empty(WHOLE["dead"]),
        )
