"""Near-duplicate photos: a 256-bit perceptual hash and an approximate nearest-neighbour search.

The hash is `imagehash.phash` with hash_size=16 (a 16x16 DCT sign pattern, 256 bits, 32 bytes)
of the image decoded with its longer side at `DECODE_SIDE` px. The 64-bit pHash is too coarse
for product photos: on the demo marketplace's generated photos, different products on a plain
backdrop are often 2-4 bits apart at 64 bits, while at 256 bits they are >= 20 bits apart and a
resized, re-encoded copy is <= 2 bits away (measured on the 438 demo photos of seed 0).

Search never compares all pairs: `near_pairs` puts the hashes into faiss's multi-index hashing
index (`IndexBinaryMultiHash`, Norouzi et al., "Fast search in Hamming space with multi-index
hashing", CVPR 2012): the 256 bits are cut into `NHASH` substrings of `SUB_BITS` bits; two hashes
within Hamming distance < NHASH share at least one substring exactly (pigeonhole), so looking up
each substring finds every pair within `radius` <= NHASH - 1 bits.
"""

from __future__ import annotations

import faiss
import imagehash
import numpy as np
from PIL import Image

from knockoff.matching.imageio import decode

HASH_BYTES = 32  # 256 bits
DECODE_SIDE = 256
NHASH, SUB_BITS = 10, 25  # 10 substrings of 25 bits (250 of the 256 bits): exact up to 9 bits apart
MAX_RADIUS = NHASH - 1


def photo_hash(data: bytes, max_pixels: int = 50_000_000) -> bytes:
    """The 32-byte perceptual hash of an encoded image. Raises `ImageRejected` on undecodable bytes."""
    d = decode(data, DECODE_SIDE, max_pixels=max_pixels)
    bits = imagehash.phash(Image.fromarray(d.rgb), hash_size=16).hash.reshape(-1)
    return np.packbits(bits.astype(np.uint8)).tobytes()


def as_matrix(hashes: list[bytes] | np.ndarray) -> np.ndarray:
    """Hashes as a C-contiguous (n, 32) uint8 matrix (what faiss binary indexes take)."""
    if isinstance(hashes, np.ndarray):
        return np.ascontiguousarray(hashes, dtype=np.uint8).reshape(-1, HASH_BYTES)
    if not hashes:
        return np.zeros((0, HASH_BYTES), np.uint8)
    return np.frombuffer(b"".join(hashes), np.uint8).reshape(-1, HASH_BYTES).copy()


def hamming(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Row-wise Hamming distances between two (n, 32) uint8 matrices."""
    return np.unpackbits(np.bitwise_xor(a, b), axis=1).sum(axis=1)


def substring_keys(hashes: np.ndarray, chunk: int = 100_000) -> np.ndarray:
    """(n, NHASH) uint32: the hashes' first NHASH * SUB_BITS bits cut into NHASH substrings.
    Two hashes within NHASH - 1 bits agree on at least one of them (pigeonhole)."""
    h = as_matrix(hashes)
    out = np.zeros((len(h), NHASH), np.uint32)
    for i in range(0, len(h), chunk):
        bits = np.unpackbits(h[i : i + chunk], axis=1)[:, : NHASH * SUB_BITS].reshape(-1, NHASH, SUB_BITS)
        packed = np.packbits(bits, axis=2, bitorder="little")  # (rows, NHASH, 4) bytes
        out[i : i + chunk] = np.ascontiguousarray(packed).view("<u4").reshape(-1, NHASH)
    return out


def _may_match(query: np.ndarray, index: np.ndarray) -> np.ndarray:
    """Rows of `query` that share a substring with some row of `index` (a superset of the rows
    with a neighbour within NHASH - 1 bits)."""
    qk, ik = substring_keys(query), substring_keys(index)
    hit = np.zeros(len(qk), bool)
    seen = np.zeros(1 << SUB_BITS, bool)  # one bit per possible substring value (32 MB)
    for t in range(NHASH):
        seen[ik[:, t]] = True
        hit |= seen[qk[:, t]]
        seen[ik[:, t]] = False  # only what was set (clearing all 32 MB each time costs more)
    return hit


def substring_tables(keys: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """For each of the NHASH substrings of `keys` ((n, NHASH) uint32, `substring_keys`): the
    values sorted and the rows in that order, two (NHASH, n) uint32 arrays. Stored with a set of
    photos, they let `shared_substring_pairs` find candidates by binary search, without an index
    built again (a faiss index lives in memory only: rebuilding it over every photo each night
    costs what the night should not)."""
    order = np.argsort(keys, axis=0, kind="stable").T
    return np.ascontiguousarray(np.take_along_axis(keys.T, order, axis=1)), order.astype(np.uint32)


def expand_ranges(lo: np.ndarray, n: np.ndarray) -> np.ndarray:
    """Positions lo[i], ..., lo[i] + n[i] - 1 for every i, concatenated in order (int64; n >= 0):
    the rows a vectorised binary search's [left, right) bounds select, without a Python loop."""
    keep = n > 0
    lo, n = lo[keep], n[keep]
    return np.repeat(lo, n) + np.arange(n.sum()) - np.repeat(np.cumsum(n) - n, n)


def shared_substring_pairs(
    query_keys: np.ndarray,
    sorted_keys: np.ndarray | list[np.ndarray],
    rows: np.ndarray | list[np.ndarray],
    itself: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """Every (query row, stored row) pair that agrees on at least one substring (each pair once):
    the candidates within NHASH - 1 bits (pigeonhole), found by binary search in the
    `substring_tables` of the stored photos. `itself`: per query, its own stored row (-1: none),
    left out. Cost: O(queries x NHASH x log(stored) + candidates)."""
    qs, rs = [], []
    for t in range(len(sorted_keys)):
        # queries in order too: each binary search starts where the last ended (far fewer misses)
        qo = np.argsort(query_keys[:, t], kind="stable")
        needles = query_keys[qo, t]
        lo, hi = np.empty(len(qo), np.int64), np.empty(len(qo), np.int64)
        lo[qo] = np.searchsorted(sorted_keys[t], needles, "left")
        hi[qo] = np.searchsorted(sorted_keys[t], needles, "right")
        n = hi - lo
        hit = n > 0
        if not hit.any():
            continue
        q = np.repeat(np.flatnonzero(hit), n[hit])
        r = rows[t][expand_ranges(lo, n)].astype(np.int64)
        if itself is not None:
            q, r = q[r != itself[q]], r[r != itself[q]]
        qs.append(q)
        rs.append(r)
    if not qs:
        return np.zeros(0, np.int64), np.zeros(0, np.int64)
    width = np.int64(len(sorted_keys[0]))
    pair = np.unique(np.concatenate(qs) * width + np.concatenate(rs))
    return pair // width, pair % width


def near_pairs(
    index_hashes: np.ndarray,
    query_hashes: np.ndarray,
    radius: int = 8,
    chunk: int = 100_000,
    index_chunk: int = 100_000,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (query row, index row) pair at Hamming distance <= `radius` (0 <= radius <= 9).

    Returns three equal-length arrays (query_row int64, index_row int64, distance int32); a query
    also finds itself if it is in the index. The index is built `index_chunk` rows at a time
    (its hash tables take ~1 KB a row), queries run `chunk` rows at a time: memory is bounded by
    the chunks and the pairs found, never by the product of the two sizes.
    """
    if not 0 <= radius <= MAX_RADIUS:
        raise ValueError(f"radius {radius} outside 0..{MAX_RADIUS} (the index is exact only up to that)")
    empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int32))
    if len(index_hashes) == 0 or len(query_hashes) == 0:
        return empty
    q = as_matrix(query_hashes)
    base = as_matrix(index_hashes)
    rows = np.arange(len(q), dtype=np.int64)
    if len(q) > 4 * len(base):  # many queries, small index: only queries sharing a substring can match
        rows = np.flatnonzero(_may_match(q, base))
        q = q[rows]
    qs, js, ds = [], [], []
    for i0 in range(0, len(base), index_chunk):
        index = faiss.IndexBinaryMultiHash(HASH_BYTES * 8, NHASH, SUB_BITS)
        index.nflip = 0
        index.add(base[i0 : i0 + index_chunk])
        for start in range(0, len(q), chunk):
            lims, dist, ids = index.range_search(q[start : start + chunk], radius + 1)  # faiss: d < r
            counts = np.diff(lims).astype(np.int64)
            qs.append(np.repeat(np.arange(start, start + len(counts), dtype=np.int64), counts))
            js.append(ids.astype(np.int64) + i0)
            ds.append(dist.astype(np.int32))
        del index
    if not qs:
        return empty
    return rows[np.concatenate(qs)], np.concatenate(js), np.concatenate(ds)
