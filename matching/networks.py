"""Seller networks: link seller accounts across sites and nights by evidence a person can check.

Evidence (each link keeps kind, value, df, weight and the two listings/accounts it joins):
- photo: the same image bytes (`image`, by SHA-256) or a near-duplicate photo (`phash`, 256-bit
  perceptual hash within `phash_radius` bits, found through `photohash.near_pairs`);
- contact: the same email, phone number, Telegram/WeChat handle or external shop URL;
- name: near-identical seller names; text: near-identical descriptions (MinHash-LSH candidates
  verified with rapidfuzz).

Precision guard (a shared stock photo must not merge honest sellers): a photo, name or text
shared by `df` accounts weighs `weight * min(1, strong_df / df)` (an IDF-like discount; a contact
belongs to one business and keeps its weight), and any value is ignored past `max_df`; for names
and texts `df` counts the accounts verified near-identical (`reweigh`), not the LSH bucket, whose
size grows with the marketplace; a photo that is a brand's official photo (same bytes, or near-duplicate of one, the
test the matcher applies in `engine.Matcher._official`) weighs at most `official_weight`. For a
pair of accounts, each family (photo, contact, name, text) gives its best link, except photos,
where each distinct shared photo adds its weight (near-duplicates of one photo count once) up to
1.0; the families are summed and the pair is joined when the sum reaches `threshold` (1.0: a
shared contact alone; two distinct shared photos; one photo with a near-identical seller name or
description; an official photo only with both name and description). Joined pairs are merged
with union-find (connected components); a network is a component of two or more accounts.

`update` is incremental: it takes the previous night's `NetworkState` (netstate.py: append-only
logs) and tonight's new or changed listings, recomputes value links only for keys those listings
touch (their stored postings found by binary search), searches near-duplicate photos only for new
images (binary search in every stored part's substring tables) and gives the networks a full
recompute over the same listings gives (tests/networks/test_incremental.py).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field, replace
from typing import Any

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from rapidfuzz import fuzz
from rapidfuzz.process import cpdist
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from knockoff.matching.netfeatures import FAMILY, POSTING_COLUMNS, SketchParams, postings
from knockoff.matching.netstate import (
    LISTING_LOG,
    NEAR_LOG,
    POSTING_LOG,
    NetworkState,
    Parts,
    SketchStore,
    alive,
    image_part,
    key_hash,
    known_images,
    lookup,
    near_new,
    sort_postings,
)
from knockoff.matching.photohash import (
    HASH_BYTES,
    as_matrix,
    shared_substring_pairs,
    substring_keys,
    substring_tables,
)

LINK_COLUMNS = ["account_a", "account_b", "kind", "key", "value", "listing_a", "listing_b", "df", "weight"]
LISTING_STATE_COLUMNS = [
    "listing_id",
    "account",
    "site",
    "seller",
    "seller_url",
    "url",
    "title",
    "text",
    "name",
    "fingerprint",
    "first_seen",
    "last_seen",
]


@dataclass(frozen=True)
class LinkParams:
    """Linking thresholds and weights (see the module docstring)."""

    phash_radius: int = 8
    max_df: int = 30
    strong_df: int = 4
    photo_weight: float = 0.6  # per distinct photo: one shared photo alone does not link
    contact_weight: float = 1.0
    name_weight: float = 0.6
    text_weight: float = 0.5
    official_weight: float = 0.3
    threshold: float = 1.0
    name_min_ratio: float = 90.0
    text_min_ratio: float = 92.0
    sketch: SketchParams = field(default_factory=SketchParams)

    def family_weight(self, family: str) -> float:
        return {
            "photo": self.photo_weight,
            "contact": self.contact_weight,
            "name": self.name_weight,
            "text": self.text_weight,
        }[family]


def strings(x: object) -> pa.Array | pa.ChunkedArray:
    """Strings as an Arrow large_string array (zero-copy for Arrow-backed pandas columns)."""
    if not isinstance(x, pa.Array | pa.ChunkedArray):
        if isinstance(x, pd.Series | pd.Index | np.ndarray):
            x = pa.array(x, from_pandas=True)
        else:
            x = pa.array(list(x), type=pa.large_string())
    return x.cast(pa.large_string())


def isin(values: object, wanted: object) -> np.ndarray:
    """Boolean mask of `values` in `wanted` (Series, arrays or collections of strings), computed
    by Arrow (pandas' isin on Arrow-backed strings loops in Python: seconds for millions of rows)."""
    mask = pc.is_in(strings(values), value_set=strings(wanted))
    return np.asarray(mask.to_numpy(zero_copy_only=False), dtype=bool)


def _cat(frames: list[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate, leaving out empty frames (an empty object-typed state frame would turn
    every Arrow string column into Python objects: ~200 MB per million strings)."""
    full = [f for f in frames if len(f)]
    if not full:
        return frames[-1].reset_index(drop=True)
    return full[0].reset_index(drop=True) if len(full) == 1 else pd.concat(full, ignore_index=True)


def _empty(columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})


@dataclass
class NetworkResult:
    """One night's networks: members (per listing), links (evidence), a summary per network."""

    members: pd.DataFrame
    links: pd.DataFrame
    networks: pd.DataFrame
    counts: dict[str, int]


class _Clock:
    """CPU seconds per named step (`time.process_time`), for the counts."""

    def __init__(self) -> None:
        self.t, self.steps = time.process_time(), {}

    def __call__(self, name: str) -> None:
        now = time.process_time()
        self.steps[name] = round(self.steps.get(name, 0.0) + now - self.t, 3)
        self.t = now


# ---- links from shared keys -------------------------------------------------------------------


def _weights(df: pd.Series, family: pd.Series, params: LinkParams) -> np.ndarray:
    """Weight of a link by family and df: photos, names and texts can be copied, so they lose
    weight past `strong_df` sellers; a contact belongs to one business and keeps its weight up
    to `max_df` (beyond that it is dropped as the marketplace's own)."""
    fam = family.to_numpy()
    weights = {f: params.family_weight(f) for f in ("photo", "contact", "name", "text")}
    base = family.map(weights).to_numpy(dtype=float)
    idf = np.minimum(1.0, params.strong_df / df.to_numpy(dtype=float))
    return np.where(fam == "contact", base, base * idf)


def canonical(post: pd.DataFrame) -> pd.DataFrame:
    """One posting per key and account, with the account's smallest listing id there (the same
    whatever order rows come in: an incremental night and a full recompute pick the same)."""
    if post.empty:
        return post[POSTING_COLUMNS].reset_index(drop=True)
    t = pa.table({c: pa.array(post[c], pa.string(), from_pandas=True) for c in POSTING_COLUMNS})
    g = t.group_by(["kind", "key", "account"], use_threads=False).aggregate([("listing_id", "min")])
    g = g.rename_columns(["kind", "key", "account", "listing_id"]).sort_by(
        [("key", "ascending"), ("account", "ascending")]
    )
    return g.to_pandas()


def value_links(
    post: pd.DataFrame,
    texts: pd.Series,
    names: pd.Series,
    official: set[str],
    params: LinkParams,
) -> pd.DataFrame:
    """Links between accounts that share a posting key (image bytes, contact, text/name band).

    `post`: postings, `canonical` already; `texts`: listing_id -> normalised description;
    `names`: account -> normalised seller name (to verify LSH candidates). Keys shared by more
    than `max_df` accounts are ignored.
    """
    size = post.groupby("key", sort=False)["account"].transform("size")
    p = post.assign(df=size)[(size >= 2) & (size <= params.max_df)]
    if p.empty:
        return _empty(LINK_COLUMNS)
    m = p.merge(p[["key", "account", "listing_id"]], on="key", suffixes=("_a", "_b"))
    m = m[m["account_a"] < m["account_b"]]
    m = m.rename(columns={"listing_id_a": "listing_a", "listing_id_b": "listing_b"})
    plain = m[~isin(m["kind"], ["text", "name"])]
    value = pc.replace_substring_regex(
        strings(plain["key"]), pattern="^[^:]*:", replacement="", max_replacements=1
    )
    out = [plain.assign(value=pd.Series(value.to_numpy(zero_copy_only=False), index=plain.index, dtype=str))]
    # one link per key and pair (not per pair: a night that recomputes some keys keeps the
    # others' links, as a full recompute would); each distinct pair is compared once
    txt = m[m["kind"] == "text"]
    if len(txt):
        ratio, ta, _ = _ratios(texts, txt["listing_a"], txt["listing_b"])
        ok = ratio >= params.text_min_ratio
        out.append(txt[ok].assign(value=[a[:80] for a in ta[ok]]))
    nm = m[m["kind"] == "name"]
    if len(nm):
        ratio, na, nb = _ratios(names, nm["account_a"], nm["account_b"])
        ok = ratio >= params.name_min_ratio
        out.append(nm[ok].assign(value=[f"{a} ~ {b}" for a, b in zip(na[ok], nb[ok], strict=True)]))
    links = pd.concat(out, ignore_index=True)
    if links.empty:
        return _empty(LINK_COLUMNS)
    w = _weights(links["df"], links["kind"].map(FAMILY), params)
    is_official = (links["kind"] == "image").to_numpy() & isin(links["value"], official)
    links["weight"] = np.where(is_official, np.minimum(w, params.official_weight), w)
    links.loc[is_official, "kind"] = "official_image"
    return links[LINK_COLUMNS].reset_index(drop=True)


def _ratios(values: pd.Series, a: pd.Series, b: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """rapidfuzz ratio of values[a] and values[b] row by row (rapidfuzz's `cpdist`, in C++), and
    the values of `a` and of `b` ("" where missing). `values` has a unique index; the values are
    found by Arrow's index_in (a pandas string index lookup costs more than the ratios)."""
    index, vals = strings(values.index), strings(values.to_numpy(dtype=object))
    va, vb = (
        vals.take(pc.index_in(strings(x), value_set=index)).fill_null("").to_numpy(zero_copy_only=False)
        for x in (a, b)
    )
    if not len(va):
        return np.zeros(0), va, vb
    return cpdist(list(va), list(vb), scorer=fuzz.ratio, dtype=np.float64), va, vb


# ---- links from near-duplicate photos ---------------------------------------------------------


def photo_links(
    near: pd.DataFrame,
    post: pd.DataFrame,
    official: set[str],
    params: LinkParams,
    stock: set[str] = frozenset(),
) -> pd.DataFrame:
    """Links between accounts whose photos are near-duplicates (different bytes).

    A photo's df is the number of accounts using it or any near-duplicate of it, so a stock
    photo re-uploaded by many sellers (each copy with other bytes) is discounted like one.
    """
    if near.empty:
        return _empty(LINK_COLUMNS)
    in_near = pd.unique(pd.concat([near["sha_a"], near["sha_b"]], ignore_index=True))
    img = post[isin(post["key"], "image:" + pd.Series(in_near, dtype=str))]
    img = img.sort_values(["key", "account", "listing_id"], kind="stable").drop_duplicates(["key", "account"])
    use = pd.DataFrame(
        {"sha": img["key"].str.slice(6), "account": img["account"], "listing_id": img["listing_id"]}
    )
    both = pd.concat(
        [
            near.rename(columns={"sha_a": "s", "sha_b": "t"}),
            near.rename(columns={"sha_b": "s", "sha_a": "t"}),
        ]
    )[["s", "t"]]
    hood = pd.concat([both, pd.DataFrame({"s": use["sha"].unique(), "t": use["sha"].unique()})])
    hood = hood.merge(use[["sha", "account"]], left_on="t", right_on="sha")
    df = hood.drop_duplicates(["s", "account"]).groupby("s").size()
    if stock:  # a near-duplicate of a photo too many sellers use is one of those too
        near_stock = both.loc[isin(both["t"], stock), "s"].unique()
        df.loc[df.index.isin(near_stock)] = params.max_df + 1
    m = near.merge(use.add_suffix("_a"), left_on="sha_a", right_on="sha_a").merge(
        use.add_suffix("_b"), left_on="sha_b", right_on="sha_b"
    )
    m = m[m["account_a"] != m["account_b"]]
    if m.empty:
        return _empty(LINK_COLUMNS)
    swap = m["account_a"] > m["account_b"]
    for c in ("account", "listing_id", "sha"):
        a, b = m[f"{c}_a"].copy(), m[f"{c}_b"].copy()
        m.loc[swap, f"{c}_a"], m.loc[swap, f"{c}_b"] = b[swap], a[swap]
    m["df"] = np.maximum(
        df.reindex(m["sha_a"]).fillna(1).to_numpy(), df.reindex(m["sha_b"]).fillna(1).to_numpy()
    )
    m = m[m["df"] <= params.max_df]
    if m.empty:
        return _empty(LINK_COLUMNS)
    m = m.sort_values(["distance", "listing_id_a", "listing_id_b"], kind="stable").drop_duplicates(
        ["account_a", "account_b", "sha_a", "sha_b"]
    )
    links = pd.DataFrame(
        {
            "account_a": m["account_a"],
            "account_b": m["account_b"],
            "kind": "phash",
            "key": "phash:" + m["sha_a"] + "~" + m["sha_b"],
            "value": m["sha_a"] + " ~ " + m["sha_b"] + " (" + m["distance"].astype(str) + " bits apart)",
            "listing_a": m["listing_id_a"],
            "listing_b": m["listing_id_b"],
            "df": m["df"].astype(int),
        }
    )
    w = _weights(links["df"], pd.Series("photo", index=links.index), params)
    off = isin(m["sha_a"], official) | isin(m["sha_b"], official)
    links["weight"] = np.where(off, np.minimum(w, params.official_weight), w)
    links.loc[off, "kind"] = "official_phash"
    return links[LINK_COLUMNS].reset_index(drop=True)


# ---- from links to networks -------------------------------------------------------------------


def photo_clusters(near: pd.DataFrame) -> pd.Series:
    """SHA-256 -> one id per group of near-duplicate photos (the group's smallest SHA-256), for
    the photos in `near`; a photo and its re-encoded copies count as one photo."""
    if near.empty:
        return pd.Series(dtype=object)
    both = pa.chunked_array([strings(near["sha_a"]), strings(near["sha_b"])])
    shas = pd.Index(pc.unique(both).sort().to_numpy(zero_copy_only=False), dtype=object)
    labels = components(shas, near.rename(columns={"sha_a": "account_a", "sha_b": "account_b"}))
    first = pd.Series(shas, index=shas).groupby(labels).transform("min")
    return pd.Series(first.to_numpy(), index=shas)


def accepted_pairs(links: pd.DataFrame, threshold: float, clusters: pd.Series | None = None) -> pd.DataFrame:
    """Pairs of accounts whose evidence reaches `threshold`: per family the best link, except
    photos, where each distinct photo (near-duplicates counted once, see `photo_clusters`) adds
    its weight, up to 1.0 in all. (Grouped on integer codes: it runs over every link each night.)"""
    if links.empty:
        return pd.DataFrame({"account_a": [], "account_b": [], "score": []})
    a_code, a_names = pd.factorize(links["account_a"])
    b_code, b_names = pd.factorize(links["account_b"])
    kinds = pd.Categorical(links["kind"])
    families = [FAMILY[str(k).removeprefix("official_")] for k in kinds.categories]
    fam_names = sorted(set(families))
    fam_code = np.array([fam_names.index(f) for f in families])[kinds.codes]
    photo_rows = fam_code == fam_names.index("photo") if "photo" in fam_names else np.zeros(len(links), bool)
    photo = np.full(len(links), -1, np.int64)
    if photo_rows.any():
        key = strings(links["key"]).filter(pa.array(photo_rows))
        sha = pc.replace_substring_regex(key, pattern="^[a-z_]+:|~.*$", replacement="").to_numpy(
            zero_copy_only=False
        )
        if clusters is not None and len(clusters):
            mapped = clusters.reindex(sha).to_numpy()
            sha = np.where(pd.isna(mapped), sha, mapped)
        photo[photo_rows] = pd.factorize(sha)[0]
    codes = pd.DataFrame(
        {"a": a_code, "b": b_code, "f": fam_code, "p": photo, "w": links["weight"].to_numpy(dtype=float)}
    )
    per_photo = codes.groupby(["a", "b", "f", "p"], sort=False)["w"].max()
    per_family = per_photo.groupby(level=[0, 1, 2], sort=False).sum().clip(upper=1.0)
    score = per_family.groupby(level=[0, 1], sort=False).sum()
    score = score[score.to_numpy() >= threshold - 1e-9]
    a = score.index.get_level_values(0).to_numpy()
    b = score.index.get_level_values(1).to_numpy()
    return pd.DataFrame(
        {"account_a": np.asarray(a_names)[a], "account_b": np.asarray(b_names)[b], "score": score.to_numpy()}
    )


def components(accounts: pd.Index, pairs: pd.DataFrame) -> np.ndarray:
    """Connected-component label per account (union-find over the accepted pairs)."""
    n = len(accounts)
    if n == 0:
        return np.zeros(0, np.int64)
    a = accounts.get_indexer(pairs["account_a"])
    b = accounts.get_indexer(pairs["account_b"])
    ok = (a >= 0) & (b >= 0)
    g = coo_matrix((np.ones(int(ok.sum())), (a[ok], b[ok])), shape=(n, n))
    _, labels = connected_components(g, directed=False)
    return labels


def _fresh_id(first_account: str) -> str:
    return "N" + hashlib.sha256(first_account.encode()).hexdigest()[:10]


def assign_ids(members: pd.DataFrame, prev: pd.DataFrame) -> pd.Series:
    """A network id per account of `members` (account, label) for labels with >= 2 accounts.

    A network keeps the id most of its accounts had the night before (so ids stay stable as
    networks grow; when two merge, the larger one's id wins); a new network gets N + a hash of
    its smallest account key.
    """
    if members.empty:
        return pd.Series(dtype=object)
    size = members.groupby("label")["account"].transform("size")
    first = members.groupby("label")["account"].transform("min")
    votes = members.assign(size=size.to_numpy(), first=first.to_numpy()).merge(
        prev, on="account", how="inner"
    )
    votes = votes.groupby(["label", "network_id", "size", "first"]).size().rename("n").reset_index()
    # a label's candidates in order; bigger networks choose first; an id goes to one network
    votes = votes.sort_values(["size", "first", "n", "network_id"], ascending=[False, True, False, True])
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for label, nid in zip(votes["label"], votes["network_id"], strict=True):
        if label not in ids and nid not in taken:
            ids[label] = nid
            taken.add(nid)
    labels = members.drop_duplicates("label")
    for label, acc in zip(labels["label"], first[labels.index], strict=True):
        ids.setdefault(label, _fresh_id(acc))
    return members["label"].map(ids)


# ---- the night's update -----------------------------------------------------------------------


def update(
    state: NetworkState,
    features: pd.DataFrame,
    hashes: pd.DataFrame,
    date: str,
    official_hashes: list[bytes] | None = None,
    official_shas: set[str] | None = None,
    params: LinkParams = LinkParams(),
    seen: pd.Series | None = None,
) -> tuple[NetworkState, NetworkResult]:
    """Fold tonight's new or changed listings into the state and compute the networks.

    `features`: netfeatures.listing_features of the listings that are new or whose fingerprint
    changed; `hashes`: (image_sha256, phash) for images not yet in `state.images` (phash None
    when undecodable); `official_*`: the brands' official photos; `seen`: listing ids seen
    tonight (their last_seen becomes `date`). Returns the new state and tonight's networks.

    Work is proportional to tonight's listings: their postings are appended to the log, value
    links are recomputed for the keys they touch (rows found by binary search, `netstate.lookup`),
    only their photos are searched against all photos, and networks are the components of the
    accepted pairs (every stored link: a few per linked account, not per listing).
    """
    clock = _Clock()
    features = features.drop_duplicates("listing_id").reset_index(drop=True)
    counts: dict[str, Any] = {"listings_new_or_changed": len(features)}
    old = state.current_listings("listing_id", features["listing_id"])
    listings_part, dead = _fold_listings(state, old, features, date)
    clock("fold_listings")
    state, post_t, touched = _fold_postings(state, old, features, listings_part, dead, date, params, clock)
    counts["keys_touched"] = len(touched)
    clock("fold_postings")
    images, near_new, n_new = _fold_images(state, hashes, official_hashes, official_shas, params)
    state = replace(state, images=images, near=state.near.add(near_new))
    counts["images_new"] = n_new
    near = state.near.all().to_pandas()
    counts["near_pairs"] = len(near)
    clock("fold_images")
    official_all = _official(images)
    vlinks, stop = _fold_value_links(state, post_t, touched, official_all, params)
    state = replace(state, value_links=vlinks, stop=stop)
    counts["stop_keys"] = len(stop)
    clock("value_links")
    keys = strings(stop["key"])
    stock = set(pc.utf8_slice_codeunits(keys.filter(pc.starts_with(keys, "image:")), 6).to_pylist())
    shas = pd.unique(pd.concat([near["sha_a"], near["sha_b"]], ignore_index=True))
    use = _valid_rows(state, pa.array("image:" + pd.Series(shas, dtype=object), pa.string()))
    plinks = photo_links(near, use, official_all, params, stock)
    clock("photo_links")
    links = reweigh(_cat([vlinks, plinks]), params)
    clock("reweigh")
    pairs, ids = _networks(links, near, state.ids, params)
    clock("networks")
    stale, members = _last_seen(state, features, seen, ids, date)
    clock("last_seen")
    state = replace(state, ids=ids, stale=stale, date=date)
    res = summarise(members, links, pairs, ids, counts)
    clock("summary")
    res.counts["link_cpu_seconds"] = clock.steps
    return state, res


def _fold_postings(
    state: NetworkState,
    old: pa.Table,
    features: pd.DataFrame,
    listings_part: pa.Table,
    dead: pd.DataFrame,
    date: str,
    params: LinkParams,
    clock: _Clock,
) -> tuple[NetworkState, pd.DataFrame, pa.Array]:
    """Append tonight's postings (and listings, sketches) to the state's logs.

    Returns the new state, the canonical postings of every key tonight's new or changed listings
    touch (stored parts searched by key hash, stop keys left out) and those keys.
    """
    sketches = SketchStore(state.sketches, params.sketch)
    new_post = postings(features, params.sketch, sketches)
    old_post = postings(_as_features(old), params.sketch, sketches) if old.num_rows else new_post.iloc[:0]
    touched = pc.unique(pa.chunked_array([strings(old_post["key"]), strings(new_post["key"])]))
    clock("postings")
    stop = _unstop(replace(state, dead=dead), old_post, new_post, params)
    # tonight's rows all have touched keys: only the stored parts are searched
    post_t = canonical(
        _cat(
            [
                _valid_rows(replace(state, dead=dead, stop=stop), touched),
                new_post.loc[~isin(new_post["key"], stop["key"]), POSTING_COLUMNS],
            ]
        )
    )
    state = replace(state, stop=stop)
    post_part = pa.Table.from_pandas(
        new_post.assign(version=date, h=key_hash(strings(new_post["key"]))),
        preserve_index=False,
    )
    state = replace(
        state,
        listings=state.listings.add(listings_part),
        postings=state.postings.add(sort_postings(post_part.select(POSTING_LOG.names).cast(POSTING_LOG))),
        sketches=state.sketches.add(sketches.part()),
        dead=dead,
    )
    return state, post_t, touched


def _unstop(
    state: NetworkState, old_post: pd.DataFrame, new_post: pd.DataFrame, params: LinkParams
) -> pd.DataFrame:
    """Stop keys that a changed listing left, counted again: those now shared by `params.max_df`
    accounts or fewer stop being stop keys (as in a full recompute). Keys only gain accounts
    otherwise, so no other stop key needs counting. Returns the stop keys."""
    if state.stop.empty or old_post.empty:
        return state.stop
    left = old_post.loc[isin(old_post["key"], state.stop["key"]), "key"].unique()
    if len(left) == 0:
        return state.stop
    rows = lookup(state.postings, strings(left))
    rows = rows.filter(pa.array(alive(rows, state.dead))).select(POSTING_COLUMNS).to_pandas()
    rows = _cat([rows, new_post.loc[isin(new_post["key"], left), POSTING_COLUMNS]])
    df = rows.drop_duplicates(["key", "account"]).groupby("key").size().reindex(left).fillna(0)
    back = df.index[df.to_numpy() <= params.max_df]
    return state.stop[~isin(state.stop["key"], back)].reset_index(drop=True)


def _as_features(rows: pa.Table) -> pd.DataFrame:
    """Listing-log rows as the features `postings` reads."""
    df = rows.select(["listing_id", "account", "images", "contacts", "text", "name"]).to_pandas()
    for c in ("images", "contacts"):
        df[c] = [list(x) if x is not None else [] for x in df[c]]
    return df


def _fold_listings(
    state: NetworkState, old: pa.Table, features: pd.DataFrame, date: str
) -> tuple[pa.Table, pd.DataFrame]:
    """Tonight's listing-log part (first_seen kept for changed listings, version = `date`) and
    the dead versions with the replaced ones added."""
    first = pd.Series(
        old.column("first_seen").to_numpy(zero_copy_only=False),
        index=old.column("listing_id").to_numpy(zero_copy_only=False),
        dtype=object,
    )
    add = features.assign(
        first_seen=first.reindex(features["listing_id"]).fillna(date).to_numpy(), version=date
    )
    for c in ("images", "contacts"):
        add[c] = [list(x) if x is not None else [] for x in add[c]]
    part = pa.Table.from_pandas(add[LISTING_LOG.names], preserve_index=False)
    gone = pd.DataFrame(
        {
            "listing_id": old.column("listing_id").to_numpy(zero_copy_only=False),
            "version": old.column("version").to_numpy(zero_copy_only=False),
        }
    )
    return part, _cat([state.dead, gone]) if len(gone) else state.dead


def _official(images: Parts) -> set[str]:
    """SHA-256 of every photo flagged official."""
    out: set[str] = set()
    for t in images.tables:
        out.update(t.filter(t.column("official")).column("image_sha256").to_pylist())
    return out


def _fold_images(
    state: NetworkState,
    hashes: pd.DataFrame,
    official_hashes: list[bytes] | None,
    official_shas: set[str] | None,
    params: LinkParams,
) -> tuple[Parts, pa.Table, int]:
    """Photos: tonight's new photos appended to the image log as one part (flagged official when
    one of `official_shas` or within `params.phash_radius` of an official hash) and their
    near-duplicate pairs with every photo (sha_a < sha_b; `netstate.near_new`).

    Returns (image log, new near pairs, number of new photos).
    """
    hashes = hashes.drop_duplicates("image_sha256")
    new_imgs = hashes[~known_images(state.images, hashes["image_sha256"])]
    if new_imgs.empty:
        return state.images, NEAR_LOG.empty_table(), 0
    ok = new_imgs["phash"].notna().to_numpy()
    phash = np.zeros((len(new_imgs), HASH_BYTES), np.uint8)
    phash[ok] = as_matrix(list(new_imgs["phash"][ok]))
    keys = substring_keys(phash)
    official = isin(new_imgs["image_sha256"], list(official_shas or set()))
    if official_hashes and ok.any():  # within the radius of an official photo: by its substrings
        off = as_matrix(official_hashes)
        qi, ri = shared_substring_pairs(keys, *substring_tables(substring_keys(off)))
        d = np.bitwise_count(phash[qi] ^ off[ri]).sum(axis=1)
        official[qi[(d <= params.phash_radius) & ok[qi]]] = True
    part = image_part(new_imgs["image_sha256"].to_numpy(dtype=object), phash, ok, official, keys)
    images = state.images.add(part)
    return images, near_new(images, 1, params.phash_radius), len(new_imgs)


def _valid_rows(state: NetworkState, keys: pa.Array | pa.ChunkedArray) -> pd.DataFrame:
    """Postings of `keys` whose listing version is current and whose key is not a stop key (stop
    keys are not even looked up: a boilerplate text's band has a row per listing using it)."""
    keys = strings(keys)
    if len(state.stop):
        keys = keys.filter(pc.invert(pc.is_in(keys, value_set=strings(state.stop["key"]))))
    rows = lookup(state.postings, keys)
    return rows.filter(pa.array(alive(rows, state.dead))).select(POSTING_COLUMNS).to_pandas()


def _fold_value_links(
    state: NetworkState, post_t: pd.DataFrame, touched: pa.Array, official_all: set[str], params: LinkParams
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Value links recomputed for the touched keys only (`post_t`: their valid postings,
    `canonical`); keys shared by more than `params.max_df` accounts become stop keys (not counted
    again unless a changed listing leaves them, `_unstop`; their postings are skipped).

    Returns (value links, stop keys).
    """
    p = post_t
    txt = state.current_listings("listing_id", p.loc[p["kind"] == "text", "listing_id"])
    texts = pd.Series(
        txt.column("text").to_numpy(zero_copy_only=False),
        index=txt.column("listing_id").to_numpy(zero_copy_only=False),
        dtype=object,
    )
    # an account's name: that of its smallest listing id among its name postings
    first = p[p["kind"] == "name"].groupby("account")["listing_id"].min()
    nm = state.current_listings("listing_id", first.to_numpy())
    names = pd.Series(
        nm.column("name").to_numpy(zero_copy_only=False),
        index=nm.column("account").to_numpy(zero_copy_only=False),
        dtype=object,
    )
    kept = state.value_links[~isin(state.value_links["key"], touched)]
    fresh = value_links(p, texts, names, official_all, params)
    vlinks = _cat([kept, fresh])
    df = p.groupby("key", sort=False).size()
    saturated = df.index[df.to_numpy() > params.max_df]
    stop = pd.concat(
        [state.stop, pd.DataFrame({"key": np.asarray(saturated, dtype=object)})], ignore_index=True
    )
    return vlinks, stop.sort_values("key", ignore_index=True)


def reweigh(links: pd.DataFrame, params: LinkParams) -> pd.DataFrame:
    """Name and text links weighed by the accounts verified near-identical, not by LSH bucket size.

    A band bucket holds every name or text that happens to agree on one band; how many of them
    are near-identical (the links, verified with rapidfuzz) is what makes a name common. A link's
    df becomes the larger of its two accounts' counts (the account and its verified partners);
    its weight `weight * min(1, strong_df / df)` as for the other families.
    """
    out = links.copy()
    for kind in ("name", "text"):
        rows = (out["kind"] == kind).to_numpy()
        if not rows.any():
            continue
        pairs = out.loc[rows, ["account_a", "account_b"]].drop_duplicates()
        ends = pd.concat([pairs["account_a"], pairs["account_b"]], ignore_index=True)
        n = ends.value_counts() + 1
        df = np.maximum(
            n.reindex(out.loc[rows, "account_a"]).to_numpy(), n.reindex(out.loc[rows, "account_b"]).to_numpy()
        )
        out.loc[rows, "df"] = df
        out.loc[rows, "weight"] = _weights(
            pd.Series(df), pd.Series(FAMILY[kind], index=range(len(df))), params
        )
    return out


def _last_seen(
    state: NetworkState, features: pd.DataFrame, seen: pd.Series | None, ids: pd.DataFrame, date: str
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(stale: listing_id, last_seen for listings not seen tonight; the listings of the network
    accounts with first_seen and last_seen)."""
    seen_ids = pa.chunked_array(
        [pa.array(features["listing_id"], pa.string())]
        + ([pa.array(seen, pa.string(), from_pandas=True)] if seen is not None else []),
        pa.string(),
    )
    all_ids = state.current_listings().column("listing_id")
    away = all_ids.filter(pc.invert(pc.is_in(all_ids, value_set=seen_ids.combine_chunks())))
    before = state.stale.set_index("listing_id")["last_seen"] if len(state.stale) else pd.Series(dtype=object)
    away_ids = away.to_numpy(zero_copy_only=False)
    stale = pd.DataFrame(
        {"listing_id": away_ids, "last_seen": before.reindex(away_ids).fillna(state.date or date).to_numpy()}
    )
    mem = state.current_listings("account", ids["account"]).select(LISTING_STATE_COLUMNS[:-1]).to_pandas()
    last = stale.set_index("listing_id")["last_seen"]
    mem["last_seen"] = last.reindex(mem["listing_id"]).fillna(date).to_numpy()
    return stale, mem[LISTING_STATE_COLUMNS]


def _networks(
    links: pd.DataFrame,
    near: pd.DataFrame,
    prev_ids: pd.DataFrame,
    params: LinkParams,
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Accounts joined by accepted links into networks of two or more, ids kept from `prev_ids`.

    Returns (accepted pairs, ids: account, network_id).
    """
    pairs = accepted_pairs(links, params.threshold, photo_clusters(near))
    accounts = pd.Index(sorted(pd.unique(pd.concat([pairs["account_a"], pairs["account_b"]]))))
    labels = components(accounts, pairs)
    members = pd.DataFrame({"account": accounts, "label": labels})
    size = members.groupby("label")["account"].transform("size")
    members = members[size >= 2]
    members = members.assign(network_id=assign_ids(members, prev_ids).to_numpy())
    return pairs, members[["account", "network_id"]].reset_index(drop=True)


def _pair_keys(df: pd.DataFrame) -> pa.Array:
    """account_a + US + account_b per row (Arrow strings), to match pairs without Python tuples."""
    return pc.binary_join_element_wise(
        strings(df["account_a"]), strings(df["account_b"]), pa.scalar("\x1f", pa.large_string())
    )


def _distinct_joined(mem: pd.DataFrame, column: str) -> pd.Series:
    """network_id -> the network's distinct non-empty values of `column`, sorted (code point
    order) and joined by ", " (Arrow group_by; no Python call per network)."""
    t = pa.table({"n": strings(mem["network_id"]), "v": strings(mem[column])})
    t = t.filter(pc.and_(pc.is_valid(t["v"]), pc.not_equal(t["v"], "")))
    t = (
        t.group_by(["n", "v"], use_threads=False)
        .aggregate([])
        .sort_by([("n", "ascending"), ("v", "ascending")])
    )
    g = t.group_by("n", use_threads=False).aggregate([("v", "list")])
    joined = pc.binary_join(g["v_list"], pa.scalar(", ", pa.large_string()))
    return pd.Series(
        joined.to_numpy(zero_copy_only=False), index=g["n"].to_numpy(zero_copy_only=False), dtype=object
    )


def summarise(
    listings: pd.DataFrame, links: pd.DataFrame, pairs: pd.DataFrame, ids: pd.DataFrame, counts: dict
) -> NetworkResult:
    """Members (one row per listing of a network), links inside networks, one summary row each."""
    nid = ids.set_index("account")["network_id"]
    mem = listings[isin(listings["account"], nid.index)].copy()
    mem["network_id"] = nid.reindex(mem["account"]).to_numpy()
    mem = mem.sort_values(["network_id", "account", "listing_id"]).reset_index(drop=True)
    lk = links[isin(links["account_a"], nid.index)].copy()
    lk["network_id"] = nid.reindex(lk["account_a"]).to_numpy()
    lk = lk[lk["network_id"].to_numpy() == nid.reindex(lk["account_b"]).to_numpy()]
    lk["accepted"] = isin(_pair_keys(lk), _pair_keys(pairs))
    lk = lk.sort_values(["network_id", "account_a", "account_b", "kind", "key"])
    # a name or a description shared in several LSH bands is one piece of evidence
    band = isin(lk["kind"], ["name", "text"])
    lk = lk[~(band & lk.duplicated(["account_a", "account_b", "kind"]).to_numpy())].reset_index(drop=True)
    if mem.empty:
        nets = pd.DataFrame(
            columns=[
                "network_id",
                "accounts",
                "listings",
                "sites",
                "sellers",
                "first_seen",
                "last_seen",
                "evidence",
            ]
        )
    else:
        g = mem.groupby("network_id")
        per_kind = lk.groupby(["network_id", "kind"]).size().reset_index(name="n")
        words = (
            per_kind["kind"]
            .str.replace("official_", "official ")
            .str.replace("phash", "near-duplicate photo")
        )
        per_kind["k"] = words + " " + per_kind["n"].astype(str)
        ev = per_kind.sort_values(["network_id", "k"]).groupby("network_id")["k"].agg(", ".join)
        nets = pd.DataFrame(
            {
                "accounts": g["account"].nunique(),
                "listings": g["listing_id"].nunique(),
                "first_seen": g["first_seen"].min(),
                "last_seen": g["last_seen"].max(),
            }
        )
        nets.insert(2, "sites", _distinct_joined(mem, "site").reindex(nets.index).fillna(""))
        nets.insert(3, "sellers", _distinct_joined(mem, "seller").reindex(nets.index).fillna(""))
        nets["evidence"] = ev.reindex(nets.index).fillna("")
        nets = nets.reset_index().sort_values(
            ["accounts", "listings", "network_id"], ascending=[False, False, True]
        )
        nets = nets.reset_index(drop=True)
    counts = {**counts, "networks": len(nets), "accounts_in_networks": int(len(ids)), "links": len(lk)}
    return NetworkResult(members=mem, links=lk, networks=nets, counts=counts)
