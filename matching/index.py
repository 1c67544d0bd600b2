"""The brand index: every mark's templates, background offsets, SIFT keypoints and lookup keys, built once
per mark and cached, with a vector lookup that shortlists the brands worth correlating on an image.

Building: each mark is one cache entry (`CACHE/index/DIGEST.npz`, DIGEST from the mark file's bytes, the
feature model's tag and every template setting), holding its templates' cells and plain-background offsets
(matching/logo.py), its SIFT keypoints and descriptors, and its lookup keys. Adding a brand computes only its
own marks; the others load from the cache (a 1,000-brand index: see benchmarks/bench_throughput.py).

Lookup: with more brands than `shortlist`, an image is not correlated with every brand. Its stride-16 cells
that no plain background explains (cosine to the nearest plain-background cell below SALIENT_MAX_COS; at most
QUERY_CELLS of them, least explained first) are looked up in a faiss inner-product index of every mark's
keys (the mark's distinctive template cells, k-means reduced to KEYS_PER_MARK); each brand scores the sum,
over query cells, of its best key similarity among the cell's NEIGHBOURS nearest keys; the `shortlist`
best-scoring brands are correlated exactly (matching.logo.Correlator, per brand), beside the plain-shape
rivals. With `shortlist` or fewer brands every brand is correlated, as before the index existed.
"""

from __future__ import annotations

import hashlib
import logging
import os
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from knockoff.matching import logo
from knockoff.matching.brands import Brand

log = logging.getLogger(__name__)

INDEX_VERSION = "idx-v1"
KEYS_PER_MARK = 16
KEY_SIZES = (80, 128)  # template sizes (px) whose upright cells make a mark's keys
SALIENT_MAX_COS = 0.9  # image cells closer than this to a plain-background cell are not looked up
QUERY_CELLS = 128
NEIGHBOURS = 16
DEFAULT_SHORTLIST = 16


@dataclass
class MarkEntry:
    """One mark of one brand, as the index keeps it."""

    brand: str
    mark: str
    templates: list[logo.Template]
    keys: np.ndarray  # K x C float32, L2-normalised
    sift_keypoints: list[np.ndarray] = field(default_factory=list)
    sift_descriptors: list[np.ndarray] = field(default_factory=list)
    sift_size: tuple[int, int] = (0, 0)
    canvases: list[tuple[int, int, int, int]] = field(default_factory=list)  # (size, upright, kh, kw)


def key_params() -> str:
    """The settings a mark's lookup keys depend on (stored with them)."""
    return repr((KEYS_PER_MARK, KEY_SIZES, SALIENT_MAX_COS, "kmeans-spherical-12-1234"))


def _normalise_rows(x: np.ndarray) -> np.ndarray:
    return (x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-6)).astype(np.float32)


def mark_keys(
    canvases: list[tuple[int, int, int, int]],
    cells: list[np.ndarray],
    background: np.ndarray,
    k: int = KEYS_PER_MARK,
) -> np.ndarray:
    """A mark's lookup keys: the cells of its upright templates at KEY_SIZES that no plain background explains,
    reduced to at most `k` k-means centroids (seeded). `canvases`: (size, upright 0/1, kh, kw) per template."""
    rows = [
        c.reshape(c.shape[0], -1).T
        for (size, upright, _kh, _kw), c in zip(canvases, cells, strict=True)
        if size in KEY_SIZES and upright
    ]
    pts = _normalise_rows(np.concatenate(rows)) if rows else np.zeros((0, background.shape[1]), np.float32)
    if len(pts) and len(background):
        keep = (pts @ background.T).max(axis=1) < SALIENT_MAX_COS
        pts = pts[keep] if keep.sum() >= 4 else pts
    if len(pts) <= k:
        return pts
    import faiss

    km = faiss.Kmeans(
        pts.shape[1], k, niter=12, seed=1234, spherical=True, verbose=False, min_points_per_centroid=1
    )
    km.train(pts)
    return _normalise_rows(km.centroids)


class BrandIndex:
    """Templates, SIFT references and the shortlist lookup of a list of brands (see the module doc).

    `peaks(fmap, valid_hw)` has logo.Correlator.peaks's contract: the best (score, window in cells) for every
    (brand, mark) it correlates: every brand's marks, or the shortlist's and the plain shapes'."""

    def __init__(
        self,
        entries: list[MarkEntry],
        generic: list[logo.Template],
        background: np.ndarray,
        shortlist: int = DEFAULT_SHORTLIST,
    ) -> None:
        self.entries = entries
        self.generic = generic
        self.background = background  # N x C plain-background cells, L2-normalised
        self.brands = sorted({e.brand for e in entries})
        self.shortlist = shortlist
        self.templates = [t for e in entries for t in e.templates] + generic
        self.sift_refs: dict[tuple[str, str], logo.MarkRef] = {}
        for e in entries:
            if not e.sift_descriptors:
                continue
            ref = self.sift_refs.setdefault((e.brand, e.mark), logo.MarkRef(e.brand, e.mark, e.sift_size))
            ref.keypoints += e.sift_keypoints  # same mark in two formats: both sets of keypoints
            ref.descriptors += e.sift_descriptors
        self.counters = {"images": 0, "brands_correlated": 0}
        self.built = 0  # marks computed (not found in the cache) by build_index
        if len(self.brands) <= shortlist:
            self._all = logo.Correlator(self.templates)
            return
        self._all = None
        by_brand: dict[str, list[logo.Template]] = {}
        for e in entries:
            by_brand.setdefault(e.brand, []).extend(e.templates)
        self._per_brand = {b: logo.Correlator(ts) for b, ts in by_brand.items()}
        self._generic = logo.Correlator(generic) if generic else None
        self._faiss, self._key_brand = self._lookup_index()

    def _lookup_index(self):
        import faiss

        keys = [e.keys for e in self.entries if len(e.keys)]
        owner = [self.brands.index(e.brand) for e in self.entries for _ in range(len(e.keys))]
        dim = keys[0].shape[1]
        index = faiss.IndexFlatIP(dim)
        index.add(np.ascontiguousarray(np.concatenate(keys), dtype=np.float32))
        return index, np.asarray(owner, np.int64)

    def shortlisted(self, fmap: np.ndarray) -> list[str]:
        """The brands worth correlating on one C x H x W matching-feature map (all brands when they are few)."""
        if self._all is not None:
            return list(self.brands)
        cells = _normalise_rows(fmap.reshape(fmap.shape[0], -1).T)
        explained = (cells @ self.background.T).max(axis=1) if len(self.background) else np.zeros(len(cells))
        order = np.argsort(explained, kind="stable")[:QUERY_CELLS]
        query = cells[order[explained[order] < SALIENT_MAX_COS]]
        if not len(query):
            query = cells[order[:8]]
        k = min(NEIGHBOURS, self._faiss.ntotal)
        sims, ids = self._faiss.search(np.ascontiguousarray(query), k)
        owners = self._key_brand[ids]  # Q x k brand numbers
        score = np.zeros((len(query), len(self.brands)), np.float32)
        rows = np.repeat(np.arange(len(query)), k)
        np.maximum.at(score, (rows, owners.ravel()), np.maximum(sims.ravel(), 0.0))
        total = score.sum(axis=0)
        top = np.argsort(-total, kind="stable")[: self.shortlist]
        return sorted(self.brands[i] for i in top if total[i] > 0)

    def peaks(
        self, fmap: np.ndarray, valid_hw: tuple[int, int]
    ) -> dict[tuple[str, str], tuple[float, tuple]]:
        """logo.Correlator.peaks over every brand, or over the shortlist and the plain shapes."""
        self.counters["images"] += 1
        if self._all is not None:
            self.counters["brands_correlated"] += len(self.brands)
            return self._all.peaks(fmap, valid_hw)
        vh, vw = valid_hw
        chosen = self.shortlisted(fmap[:, :vh, :vw])
        self.counters["brands_correlated"] += len(chosen)
        best: dict[tuple[str, str], tuple[float, tuple]] = {}
        for b in chosen:
            best.update(self._per_brand[b].peaks(fmap, valid_hw))
        if self._generic is not None:
            best.update(self._generic.peaks(fmap, valid_hw))
        return best


def entry_key(path: Path, tag: str, background_weight: float) -> str:
    """Cache key of one mark: its bytes, the feature model, every template, offset and SIFT setting (the
    lookup keys' settings are stored beside them: keys made otherwise are recomputed from the cells)."""
    params = (tag, INDEX_VERSION, background_weight, logo.template_params(), logo.SIFT_REF_SIZE)
    return hashlib.sha256(path.read_bytes() + repr(params).encode()).hexdigest()[:32]


def _save(file: Path, entry: MarkEntry, offsets: list[float]) -> None:
    arrays = {f"cells{i}": t.cells for i, t in enumerate(entry.templates)}
    arrays["offsets"] = np.asarray(offsets, np.float64)
    arrays["keys"] = entry.keys
    arrays["key_params"] = np.frombuffer(key_params().encode(), np.uint8)
    arrays["key_canvases"] = np.asarray(entry.canvases, np.int64)
    arrays["sift_size"] = np.asarray(entry.sift_size, np.int64)
    for i, (kp, d) in enumerate(zip(entry.sift_keypoints, entry.sift_descriptors, strict=True)):
        arrays[f"kp{i}"], arrays[f"desc{i}"] = kp, d
    file.parent.mkdir(parents=True, exist_ok=True)
    tmp = file.with_name(f".{file.stem}.{os.getpid()}.tmp.npz")
    np.savez(tmp, **arrays)
    os.replace(tmp, file)


def _load(file: Path, brand: str, mark: str) -> MarkEntry | None:
    try:
        with np.load(file) as z:
            n = sum(1 for k in z.files if k.startswith("cells"))
            offsets = z["offsets"]
            templates = [logo.Template(brand, mark, z[f"cells{i}"], float(offsets[i])) for i in range(n)]
            m = sum(1 for k in z.files if k.startswith("kp"))
            canvases = [tuple(int(v) for v in row) for row in z["key_canvases"]]
            keys = z["keys"]
            if bytes(z["key_params"]).decode() != key_params():
                keys = None
            entry = MarkEntry(
                brand,
                mark,
                templates,
                keys,
                [z[f"kp{i}"] for i in range(m)],
                [z[f"desc{i}"] for i in range(m)],
                tuple(int(v) for v in z["sift_size"]),
                canvases,
            )
            return entry
    except (OSError, ValueError, KeyError, EOFError):  # absent or damaged: recomputed
        return None


def _build_entry(
    brand: str,
    path: Path,
    features_fn,
    background_maps: list[np.ndarray],
    background: np.ndarray,
    weight: float,
) -> tuple[MarkEntry, list[float]]:
    from knockoff.matching.marks import load_mark_rgba

    mark = Brand(brand, [path]).mark_name(path)
    canv = logo.mark_canvases(lambda s: load_mark_rgba(path, s))
    cells = [logo.template_cells(features_fn(canvas), kh, kw) for _s, _v, canvas, kh, kw in canv]
    templates = [logo.Template(brand, mark, c) for c in cells]
    if weight:
        logo.set_background_offsets(templates, background_maps, weight)
    shapes = [(s, int("@" not in v), kh, kw) for s, v, _c, kh, kw in canv]
    keys = mark_keys(shapes, cells, background)
    refs = logo.build_sift_refs([Brand(brand, [path])])
    ref = refs[0] if refs else None
    entry = MarkEntry(
        brand,
        mark,
        templates,
        keys,
        list(ref.keypoints) if ref else [],
        list(ref.descriptors) if ref else [],
        tuple(ref.size) if ref else (0, 0),
        shapes,
    )
    return entry, [t.offset for t in templates]


def build_index(
    brands: list[Brand],
    features_fn,
    cache: Path | None,
    tag: str,
    *,
    generic: bool = True,
    background_weight: float = 0.5,
    shortlist: int = DEFAULT_SHORTLIST,
) -> BrandIndex:
    """The index of `brands`; `features_fn(rgb) -> C x H x W` matching features (stride 16), `tag` its model
    version. Marks found in `cache` (a folder) are loaded, the others computed and stored there."""
    background_maps = [features_fn(bg) for bg in logo.plain_backgrounds()]  # offsets and saliency
    background = _normalise_rows(np.concatenate([m.reshape(m.shape[0], -1).T for m in background_maps]))
    entries: list[MarkEntry] = []
    built = 0
    for b in brands:
        for path in b.marks:
            file = cache / f"{entry_key(path, tag, background_weight)}.npz" if cache is not None else None
            entry = _load(file, b.name, b.mark_name(path)) if file is not None else None
            if entry is not None and entry.keys is None:  # cached with other key settings
                cells = [t.cells for t in entry.templates]
                entry.keys = mark_keys(entry.canvases, cells, background)
                _save(file, entry, [t.offset for t in entry.templates])
            if entry is None:
                entry, offsets = _build_entry(
                    b.name, path, features_fn, background_maps, background, background_weight
                )
                built += 1
                if file is not None:
                    _save(file, entry, offsets)
            entries.append(entry)
    rivals = logo.build_generic_templates(features_fn) if generic else []
    if background_weight:
        # Few brands, every one correlated: offsets over all templates at once, as before the index (the
        # same figures to the last bit; per mark they differ by float32 summation order, < 1e-7).
        few = len({b.name for b in brands}) <= shortlist
        together = [t for e in entries for t in e.templates] + rivals if few else rivals
        logo.set_background_offsets(together, background_maps, background_weight)
    log.info("brand index: %d marks (%d built, %d from cache)", len(entries), built, len(entries) - built)
    index = BrandIndex(entries, rivals, background, shortlist)
    index.built = built
    return index
