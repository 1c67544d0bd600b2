"""Per-listing linking features: seller account, contacts, photos, text and name sketches.

`listing_features` turns listing rows (the lake's LISTINGS_SCHEMA columns) into one row per
listing with what linking needs; `postings` turns features into an inverted index
(kind, key, account, listing_id): two seller accounts sharing a key share that evidence.

Text and seller names are compared with MinHash-LSH (Broder 1997; Leskovec, Rajaraman, Ullman,
"Mining of Massive Datasets", ch. 3): a MinHash signature of character shingles (`datasketch`),
cut into bands; two texts with Jaccard similarity J share at least one band with probability
1 - (1 - J^r)^b. A shared band is only a candidate: `links.value_links` verifies it with
rapidfuzz's edit-distance ratio before it counts.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
from datasketch import MinHash

from knockoff.matching.contacts import extract_contacts

FEATURE_COLUMNS = [
    "listing_id",
    "site",
    "account",
    "seller",
    "seller_url",
    "url",
    "title",
    "images",  # list of image SHA-256
    "contacts",  # list of "kind:value"
    "text",  # normalised description ("" when too short to compare)
    "name",  # normalised seller name ("" when too short to compare)
    "fingerprint",  # changes when anything linking reads changes
]
POSTING_COLUMNS = ["kind", "key", "account", "listing_id"]
_FP_COLUMNS = ["title", "description", "seller", "seller_url"]
FAMILY = {
    "image": "photo",
    "phash": "photo",
    "email": "contact",
    "phone": "contact",
    "telegram": "contact",
    "wechat": "contact",
    "url": "contact",
    "name": "name",
    "text": "text",
}


@dataclass(frozen=True)
class SketchParams:
    """MinHash-LSH sizes and the shortest text/name worth comparing."""

    num_perm: int = 32
    bands: int = (
        8  # 8 bands of 4 rows: a pair with J = 0.7 is a candidate with p = 0.89, J = 0.3 with p = 0.06
    )
    text_shingle: int = 5
    name_shingle: int = 3
    min_text_chars: int = 40
    min_name_chars: int = 5
    region: str | None = None  # phone numbers without a country code are read in this region


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def seller_slug(seller: str | None, seller_url: str | None) -> str:
    """The seller account's slug: the last path segment of its page URL, else its name."""
    url = (seller_url or "").strip().rstrip("/")
    raw = (urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1] or url) if url else (seller or "")
    return re.sub(r"[^0-9a-z]+", "-", _ascii(raw)).strip("-")


def account_key(site: str, seller: str | None, seller_url: str | None, listing_id: str) -> str:
    """`SITE/SELLER-SLUG`; a listing without a seller is an account of its own."""
    slug = seller_slug(seller, seller_url)
    return f"{site}/{slug}" if slug else f"{site}/listing:{listing_id}"


def normalise_name(seller: str | None) -> str:
    """Letters and digits of a seller name, lower case ("Lucky-Finds 24" -> "luckyfinds24")."""
    return re.sub(r"[^0-9a-z]+", "", _ascii(seller or ""))


def normalise_text(text: str | None) -> str:
    """Lower case ASCII words separated by single spaces."""
    return " ".join(re.findall(r"[0-9a-z]+", _ascii(text or "")))


def fingerprints(listings: pd.DataFrame) -> pa.Array:
    """Per row, every column linking reads (title, description, seller, seller URL, image
    SHA-256s; the URL is in the listing id already) joined into one string by Arrow. A listing
    whose fingerprint is unchanged since the previous night is not processed again. Kept whole
    rather than hashed: tonight's and the stored ones are compared in Arrow's hash tables, with no
    Python object per listing (every listing of the marketplace is fingerprinted every night)."""
    if listings.empty:
        return pa.array([], pa.string())
    cols = [pa.array(listings[c], from_pandas=True).cast(pa.string()).fill_null("\0") for c in _FP_COLUMNS]
    images = pa.array(listings["image_sha256"], type=pa.list_(pa.string()), from_pandas=True)
    cols.append(pc.binary_join(images, pa.scalar(" ")).fill_null(""))
    return pc.binary_join_element_wise(*cols, "\x1f")


def listing_features(listings: pd.DataFrame, params: SketchParams = SketchParams()) -> pd.DataFrame:
    """Features of listing rows (columns listing_id, site, url, title, description, seller,
    seller_url, image_sha256). Returns FEATURE_COLUMNS, one row per listing_id (first kept)."""
    df = listings.drop_duplicates("listing_id")
    rows = []
    cols = ["listing_id", "site", "url", "title", "description", "seller", "seller_url", "image_sha256"]
    fps = (
        df["fingerprint"] if "fingerprint" in df.columns else fingerprints(df).to_numpy(zero_copy_only=False)
    )
    for (lid, site, url, title, desc, seller, seller_url, shas), fp in zip(
        zip(*(df[c] for c in cols), strict=True), fps, strict=True
    ):
        shas = [s for s in (list(shas) if shas is not None else []) if s]
        own = {(urlsplit(url).hostname or "").removeprefix("www.")} if url else set()
        text_all = f"{title or ''}\n{desc or ''}"
        contacts = [f"{k}:{v}" for k, v in extract_contacts(text_all, params.region, own)]
        text = normalise_text(desc)
        name = normalise_name(seller)
        rows.append(
            (
                lid,
                site,
                account_key(site, seller, seller_url, lid),
                seller,
                seller_url,
                url,
                title,
                sorted(set(shas)),
                contacts,
                text if len(text) >= params.min_text_chars else "",
                name if len(name) >= params.min_name_chars else "",
                fp,
            )
        )
    return pd.DataFrame(rows, columns=FEATURE_COLUMNS)


def _shingles(text: str, k: int) -> list[bytes]:
    padded = f" {text} "
    return [padded[i : i + k].encode() for i in range(max(1, len(padded) - k + 1))]


def band_keys(texts: list[str], k: int, params: SketchParams) -> np.ndarray:
    """(len(texts), bands) uint64 LSH band keys of the texts' MinHash signatures (char k-shingles)."""
    if not texts:
        return np.zeros((0, params.bands), np.uint64)
    sigs = MinHash.bulk([_shingles(t, k) for t in texts], num_perm=params.num_perm, seed=1)
    mat = np.stack([m.hashvalues for m in sigs]).astype(np.uint64)
    rows = params.num_perm // params.bands
    mat = mat[:, : rows * params.bands].reshape(len(texts), params.bands, rows)
    mult = (np.arange(1, rows + 1, dtype=np.uint64) * np.uint64(0x9E3779B97F4A7C15)) | np.uint64(1)
    with np.errstate(over="ignore"):
        return (mat * mult).sum(axis=2, dtype=np.uint64)


BandKeys = Callable[[str, list[str], int], np.ndarray]  # (kind, texts, shingle) -> band_keys


def _band_postings(
    kind: str, values: pd.Series, owners: pd.DataFrame, k: int, p: SketchParams, bands: BandKeys | None
) -> pd.DataFrame:
    """Band postings for the distinct non-empty `values` (owners: account, listing_id per value)."""
    keep = values != ""
    if not keep.any():
        return pd.DataFrame(columns=POSTING_COLUMNS)
    uniq = pd.unique(values[keep])
    keys = band_keys(list(uniq), k, p) if bands is None else bands(kind, list(uniq), k)
    code = pd.Series(np.arange(len(uniq)), index=uniq)
    idx = code[values[keep]].to_numpy()
    own = owners[keep.to_numpy()]
    parts = []
    for b in range(p.bands):
        parts.append(
            pd.DataFrame(
                {
                    "kind": kind,
                    "key": [f"{kind}{b}:{x:x}" for x in keys[idx, b]],
                    "account": own["account"].to_numpy(),
                    "listing_id": own["listing_id"].to_numpy(),
                }
            )
        )
    return pd.concat(parts, ignore_index=True)


def postings(
    features: pd.DataFrame, params: SketchParams = SketchParams(), bands: BandKeys | None = None
) -> pd.DataFrame:
    """The inverted index of features: (kind, key, account, listing_id), keys prefixed by kind
    ("image:SHA", "phone:+49...", "text3:9f..." for LSH band 3). `bands`: what gives the texts'
    and names' `band_keys` (default: computed; the networks state keeps those it has seen)."""
    parts = []
    img = features[["account", "listing_id", "images"]].explode("images").dropna(subset=["images"])
    if len(img):
        parts.append(
            pd.DataFrame(
                {
                    "kind": "image",
                    "key": "image:" + img["images"].astype(str),
                    "account": img["account"],
                    "listing_id": img["listing_id"],
                }
            )
        )
    con = features[["account", "listing_id", "contacts"]].explode("contacts").dropna(subset=["contacts"])
    if len(con):
        key = con["contacts"].astype(str)
        parts.append(
            pd.DataFrame(
                {
                    "kind": key.str.split(":", n=1).str[0],
                    "key": key,
                    "account": con["account"],
                    "listing_id": con["listing_id"],
                }
            )
        )
    owners = features[["account", "listing_id"]].reset_index(drop=True)
    parts.append(
        _band_postings(
            "text", features["text"].reset_index(drop=True), owners, params.text_shingle, params, bands
        )
    )
    first = features.sort_values("listing_id", kind="stable").drop_duplicates("account")
    first = first[["account", "listing_id", "name"]].reset_index(drop=True)
    parts.append(
        _band_postings(
            "name", first["name"], first[["account", "listing_id"]], params.name_shingle, params, bands
        )
    )
    parts = [p for p in parts if len(p)]
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype=str) for c in POSTING_COLUMNS})
    out = pd.concat(parts, ignore_index=True)[POSTING_COLUMNS]
    return out.astype(str)
