"""The brand index: every mark's templates, background offsets and SIFT keypoints, built once per mark and
cached, with a vector lookup that shortlists the brands worth correlating on an image.

Building: each mark is one cache entry (`CACHE/index/DIGEST.npz`, DIGEST from the mark file's bytes, the
feature model's tag and every template setting), holding its templates' cells and plain-background offsets
(matching/logo.py) and its SIFT keypoints and descriptors. Adding a brand computes only its own marks; the
others load from the cache (a 1,000-brand index: see benchmarks/bench_throughput.py). A list of 64 marks or
more is also kept as one pack (matching/index_pack.py), read in one go the next time the same list starts.

Lookup (class-agnostic proposals, embedded, scored against one key per template): with more brands than
`shortlist`, an image is not correlated with every brand. Windows of QUERY_SHAPES cells are pooled from its
L2-normalised stride-16 cells (an integral image); the QUERY_WINDOWS least uniform ones (lowest norm of the mean
cell: busy regions, where a printed mark is, rather than flat cloth) are the proposals. Each is compared (inner
product, one BLAS product for all) with every template's key: its mean cell, normalised, with the template's
background offset as an extra dimension (the query carries -1 there, so the inner product is the pooled
similarity minus the offset, as the correlator scores a window). A brand scores its best key over all proposals;
the `shortlist` best brands are correlated exactly (StackedCorrelator: their templates in one product per
template shape) beside the plain-shape rivals. With `shortlist` or fewer brands every brand is correlated, as
before the index existed.

Measured (benchmarks/bench_throughput.py, 64 real photos, 100 brands): the true brand is among the 16
shortlisted for 58% of photos, among 32 for 81%; ranking brands by their exact correlation peak puts it there
55% / 77% (logo evidence alone is weak on these photos); cell-by-cell voting (the first version) 30% / 50%.
idx-v1 looked each proposal up in a faiss flat index and kept its 256 nearest keys: the same 32 brands on 30 of
30 photos at 1,000 brands, in 9.0 ms of CPU per image against 1.5 ms for the exact maximum (idx-v2).
A shortlist of 64 (every brand correlated where 64 or fewer are registered) was measured against 32 (model
v17, 2026-12-03): on the composites by another hand (40 brands) 32 drops the true brand of about 15% of
positives, prints that correlation and shape verification then find as the image's best brand (first 360:
mAP 0.437 -> 0.456 with 64); on real photographs the brands it drops are mostly chance peaks, and correlating
them costs a little (real-logos development half, 40 brands: mAP 0.886 -> 0.883, top-1 0.856 -> 0.854, logos
under 1/4 of the image 0.482 -> 0.473). Selection is on real photographs, so the default stays 32
(benchmarks/RESULTS.md).

Second tier (`rescue`, match.brand_rescue 32 and brand_rescue_min_p 0.85, 2026-12-03): that lead, a shortlist
that keeps a clear print's brand without admitting chance peaks. The lookup's next `rescue` brands after the
shortlist are correlated too (in the shortlist's stacked product), and a brand among them is
kept where one of its marks peaks at or above `rescue_min_corr` (the correlation whose calibrated probability is
brand_rescue_min_p); the half-size pass then follows it as well (`last_shortlist`). The Matcher reports a kept
brand (`last_rescued`) only where SIFT inliers or a shape match confirm its window (engine.py `_score_one`):
its peak alone stood against the lookup's ranking. Chosen on the first 360 composites by another hand and the
real-logos development half (40 brands registered, every row of both halves scored, the development rows read):
mAP 0.439 / 0.8856 with the shortlist alone; the tier kept without confirmation at p >= 0.5 0.455 / 0.8847
(Calvin Klein and Converse AP -0.011 each), at p >= 0.85 0.450 / 0.8847 (the same two brands; development
brands' scores move on 260 images: ranked-out brands' peaks reach p 0.85 often on real photos); confirmed,
p >= 0.5 0.444 and p >= 0.85 0.444 / 0.8861 (top-1 0.8565 in every variant, min P@10 1.0; confirmed at 0.85 no
brand's AP is down by more than 0.0002, Hugo Boss +0.005). Of 461 lookups there (360 images and their
zoomed crops) the tier kept 4 brands at p >= 0.85 and 14 at 0.5. Every brand correlated (a shortlist of 64):
0.458 / 0.8833. Checked after the choice, tier off / on: all 720 composites by another hand 0.411 -> 0.414 (one
run), real-logos held-out half 0.8870 -> 0.8871 (read once); CPU per image 1.10x at 100 brands and 1.06x at
1,000 (benchmarks/RESULTS.md).
Tried and not kept (2026-12-03, evening): reporting an unconfirmed second-tier window where its brand tops it
(no other brand's overlapping candidate correlates as high). On the real-logos development photos (1,066, 40
brands registered, ranked among the development images only: confirmed 0.9011) it gave 0.9000 (Calvin Klein
-0.006, Converse -0.016; no confirmation at all 0.8997). Of the 261 second-tier windows on those photos, 24
were of the photo's own brand (17 confirmed) and 237 of another brand, 110 of which top their window: on real
photos the tier's unconfirmed windows are mostly chance peaks, whatever their rank there or their correlation
(at correlation >= 0.42, 3 own-brand against 11 other-brand windows).
Tried and not kept (2026-12-04, model v19): a per-key prior in the lookup. The lookup favours some brands on
every image: on every 3rd real-logos development photo (356, 40 brands registered, OCR off) the true brand is
among the 32 looked up for 0.879 of photos, but for Champion 0.36, Rolex 0.43 and Adidas SB 0.52, while
Lacoste and The North Face rank first on most of their own photos. Subtracting each key's expected score
(its best proposal's score averaged over 200 training-split clothing photos: a cohort norm, as speaker
verification's Z-norm) raised that recall to 0.935 (worst brand 0.68; images and cohort cross-fitted on the
development photos themselves: 0.921 at half the prior), and turned the lookup's tall marks no worse (every
image and reference turned 90 degrees: 0.876 against 0.879; tall proposal windows added: no change). But the
development half end to end (OCR on, 1,066 photos) fell: mAP 0.9009 -> 0.8922 with the whole prior, 0.8981 with
half (The North Face 0.823 -> 0.734, Converse 0.924 -> 0.838): the brands the raw lookup favours are those whose
photos it finds, and the shortlist's recall is not what limits real photographs (Rolex's AP is 0.948 with OCR).
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import time
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

import numpy as np
from numpy.lib.stride_tricks import as_strided

from knockoff.lake import replace_atomic
from knockoff.matching import logo
from knockoff.matching.brands import Brand
from knockoff.matching.cohort import COHORT, CohortMark, build_cohort_templates
from knockoff.matching.index_pack import PACK_MIN_MARKS, load_pack, pack_key, save_pack

log = logging.getLogger(__name__)
T = TypeVar("T")

INDEX_VERSION = "idx-v2"  # the lookup (in the Matcher's model version when it shortlists)
ENTRY_VERSION = "idx-v1"  # what a cached mark entry holds (in its cache key)
QUERY_SHAPES = ((3, 3), (3, 6), (5, 5), (4, 10), (8, 8), (6, 12))  # proposal windows, cells (h, w)
QUERY_WINDOWS = 128
KEY_BLOCK = 16384  # keys scored per BLAS product (bounds the proposals x keys matrix)
DEFAULT_SHORTLIST = 32  # knockoff/config.py MatchConfig.brand_shortlist


@dataclass
class MarkEntry:
    """One mark of one brand, as the index keeps it."""

    brand: str
    mark: str
    templates: list[logo.Template]
    sift_keypoints: list[np.ndarray] = field(default_factory=list)
    sift_descriptors: list[np.ndarray] = field(default_factory=list)
    sift_size: tuple[int, int] = (0, 0)


def _normalise_rows(x: np.ndarray) -> np.ndarray:
    return (x / (np.linalg.norm(x, axis=1, keepdims=True) + 1e-6)).astype(np.float32)


def proposals(fmap: np.ndarray, n: int = QUERY_WINDOWS) -> np.ndarray:
    """The `n` least uniform windows of QUERY_SHAPES on a C x H x W map, each its normalised mean cell with a
    last coordinate of 1: n x (C + 1) float32 (fewer on a small map)."""
    c = fmap / (np.linalg.norm(fmap, axis=0, keepdims=True) + 1e-6)
    ch, h, w = c.shape
    ii = np.zeros((ch, h + 1, w + 1), np.float32)
    ii[:, 1:, 1:] = c.cumsum(axis=1).cumsum(axis=2)
    vecs, spread = [], []
    for kh, kw in QUERY_SHAPES:
        if kh > h or kw > w:
            continue
        s = ii[:, kh:, kw:] - ii[:, :-kh, kw:] - ii[:, kh:, :-kw] + ii[:, :-kh, :-kw]
        v = s.reshape(ch, -1).T
        norm = np.linalg.norm(v, axis=1)
        vecs.append(v / (norm[:, None] + 1e-6))
        spread.append(norm / (kh * kw))  # 1 for a window of identical cells, lower for a busy one
    if not vecs:
        return np.zeros((0, ch + 1), np.float32)
    v, u = np.concatenate(vecs), np.concatenate(spread)
    pick = np.argsort(u, kind="stable")[:n]
    return np.ascontiguousarray(np.hstack([v[pick], np.ones((len(pick), 1))]), dtype=np.float32)


class BrandIndex:
    """Templates, SIFT references and the shortlist lookup of a list of brands (see the module doc).

    `peaks(fmap, valid_hw)` has logo.Correlator.peaks's contract: the best (score, window in cells) for every
    (brand, mark) it correlates: every brand's marks, or the shortlist's, the plain shapes' and those of the
    second tier's brands that it keeps (`last_rescued`)."""

    def __init__(
        self,
        entries: list[MarkEntry],
        generic: list[logo.Template],
        background: np.ndarray,
        shortlist: int = DEFAULT_SHORTLIST,
        rescue: int = 0,
        rescue_min_corr: float = float("inf"),
    ) -> None:
        self.entries = entries
        self.generic = generic
        self.background = background  # N x C plain-background cells, L2-normalised
        self.brands = sorted({e.brand for e in entries})
        self.shortlist = shortlist
        self.rescue = rescue  # brands ranked after the shortlist, correlated as a second tier
        self.rescue_min_corr = rescue_min_corr  # the peak a second-tier brand needs to be kept
        self.templates = [t for e in entries for t in e.templates] + generic
        self.sift_refs: dict[tuple[str, str], logo.MarkRef] = {}
        for e in entries:
            if not e.sift_descriptors:
                continue
            ref = self.sift_refs.setdefault((e.brand, e.mark), logo.MarkRef(e.brand, e.mark, e.sift_size))
            ref.keypoints += e.sift_keypoints  # same mark in two formats: both sets of keypoints
            ref.descriptors += e.sift_descriptors
        self.counters = {"images": 0, "brands_correlated": 0, "brands_rescued": 0}
        self.built = 0  # marks computed (not found in the cache) by build_index
        self.last_rescued: list[str] = []  # the brands the second tier kept in peaks' last call
        if len(self.brands) <= shortlist:
            self._all = logo.Correlator(self.templates)
            return
        self._all = None
        self.last_shortlist: list[str] = []
        by_brand: dict[str, list[logo.Template]] = {}
        for e in entries:
            by_brand.setdefault(e.brand, []).extend(e.templates)
        self._stacked = StackedCorrelator(by_brand, generic)
        self._keys, self._key_brand = self._lookup_keys()

    def _lookup_keys(self) -> tuple[np.ndarray, np.ndarray]:
        """One key per template, K x (C + 1) float32 [mean cell, normalised; -offset], and its brand's number."""
        number = {b: i for i, b in enumerate(self.brands)}
        keys, owner = [], []
        for e in self.entries:
            for t in e.templates:
                v = t.cells.reshape(t.cells.shape[0], -1).mean(axis=1)
                keys.append(np.append(v / (np.linalg.norm(v) + 1e-6), -t.offset))
                owner.append(number[e.brand])
        return np.ascontiguousarray(keys, dtype=np.float32), np.asarray(owner, np.int64)

    def ranked(self, fmap: np.ndarray) -> list[str]:
        """Every brand with a lookup score on one C x H x W matching-feature map, best first (ties by name)."""
        query = proposals(fmap)
        if not len(query):
            return []
        per_key = np.concatenate(
            [
                (query @ self._keys[i : i + KEY_BLOCK].T).max(axis=0)
                for i in range(0, len(self._keys), KEY_BLOCK)
            ]
        )
        best = np.full(len(self.brands), -np.inf, np.float32)
        np.maximum.at(best, self._key_brand, per_key)
        return [self.brands[i] for i in np.argsort(-best, kind="stable") if np.isfinite(best[i])]

    def shortlisted(self, fmap: np.ndarray) -> list[str]:
        """The brands worth correlating on one C x H x W matching-feature map (all brands when they are few)."""
        if self._all is not None:
            return list(self.brands)
        return sorted(self.ranked(fmap)[: self.shortlist])

    def peaks(
        self, fmap: np.ndarray, valid_hw: tuple[int, int]
    ) -> dict[tuple[str, str], tuple[float, tuple]]:
        """logo.Correlator.peaks over every brand, or over the shortlist and the plain shapes."""
        self.counters["images"] += 1
        if self._all is not None:
            self.counters["brands_correlated"] += len(self.brands)
            return self._all.peaks(fmap, valid_hw)
        vh, vw = valid_hw
        self.last_rescued = []
        if not self.rescue:
            self.last_shortlist = self.shortlisted(fmap[:, :vh, :vw])
            self.counters["brands_correlated"] += len(self.last_shortlist)
            return self._stacked.peaks(fmap, valid_hw, self.last_shortlist)
        order = self.ranked(fmap[:, :vh, :vw])
        first = sorted(order[: self.shortlist])
        second = order[self.shortlist : self.shortlist + self.rescue]
        both = self._stacked.peaks(fmap, valid_hw, first + second)  # one product per template shape
        tier, best = set(second), {}
        for (brand, _mark), (score, _win) in both.items():
            if brand in tier:
                best[brand] = max(score, best.get(brand, -np.inf))
        kept = {b for b, score in best.items() if score >= self.rescue_min_corr}
        out = {key: peak for key, peak in both.items() if key[0] not in tier or key[0] in kept}
        self.last_shortlist = sorted([*first, *kept])
        self.last_rescued = sorted(kept)
        self.counters["brands_correlated"] += len(first) + len(second)
        self.counters["brands_rescued"] += len(kept)
        return out

    def restricted(self, keep) -> RestrictedIndex:
        """The templates for which `keep(template)` holds (e.g. the large ones, for a half-size pass), correlated
        on the brands that this index last shortlisted (every brand when it correlates them all)."""
        return RestrictedIndex(self, keep)


class StackedCorrelator:
    """logo.Correlator over a chosen subset of brands, in one pass: the templates of every brand (and the plain
    shapes, always correlated) stacked per template shape, the shortlisted brands' rows taken out of the stack
    and multiplied with the image's cells once per shape (the image map is normalised once per image).

    Same contract and figures as correlating each chosen brand with its own logo.Correlator and merging the
    results (the per-brand path before 2026-11-30, which normalised the image map and ran the BLAS product
    once per brand and shape); scores may differ in the last float32 bit (summation order)."""

    def __init__(self, by_brand: dict[str, list[logo.Template]], generic: list[logo.Template]) -> None:
        by_shape: dict[tuple[int, int], list[tuple[int, logo.Template]]] = {}
        self.brand_ids = {b: i for i, b in enumerate(sorted(by_brand))}
        for b, ts in sorted(by_brand.items()):
            for t in ts:
                by_shape.setdefault(t.cells.shape[1:], []).append((self.brand_ids[b], t))
        for t in generic:
            by_shape.setdefault(t.cells.shape[1:], []).append((-1, t))
        # per shape: templates, owning brand id (-1: a plain shape), weights (kh * kw) x T x C as logo.Correlator
        self.groups: dict[tuple[int, int], tuple[list[logo.Template], np.ndarray, np.ndarray]] = {}
        for (kh, kw), items in sorted(by_shape.items()):
            ts = [t for _, t in items]
            w = np.stack([t.cells for t in ts]) / float(kh * kw)  # T x C x kh x kw
            stack = np.ascontiguousarray(
                w.transpose(2, 3, 0, 1).reshape(kh * kw, len(ts), -1), dtype=np.float32
            )
            self.groups[(kh, kw)] = (ts, np.asarray([o for o, _ in items], np.int64), stack)

    def peaks(
        self, fmap: np.ndarray, valid_hw: tuple[int, int], chosen: list[str]
    ) -> dict[tuple[str, str], tuple[float, tuple]]:
        """Best (score, window in stride-16 cells) of every (brand, mark) of the `chosen` brands and the plain
        shapes on one C x H x W map (logo.Correlator.peaks's contract)."""
        vh, vw = valid_hw
        ids = np.asarray([self.brand_ids[b] for b in chosen if b in self.brand_ids] + [-1], np.int64)
        flat = logo.normalise_cells(fmap[:, :vh, :vw]).astype(np.float32).reshape(fmap.shape[0], -1)
        best: dict[tuple[str, str], tuple[float, tuple]] = {}
        for (kh, kw), (ts, owner, stack) in self.groups.items():
            if kh > vh or kw > vw:
                continue
            rows = np.flatnonzero(np.isin(owner, ids))
            if not len(rows):
                continue
            mat = stack[:, rows].reshape(kh * kw * len(rows), -1)
            s = (mat @ flat).reshape(kh, kw, len(rows), vh, vw)
            oh, ow = vh - kh + 1, vw - kw + 1
            st = s.strides
            shifted = as_strided(
                s, (kh, kw, len(rows), oh, ow), (st[0] + st[3], st[1] + st[4], *st[2:]), writeable=False
            )
            rf = shifted.sum(axis=(0, 1)).reshape(len(rows), -1)
            idx = rf.argmax(axis=1)
            top = rf[np.arange(len(rows)), idx]
            for r, k, v in zip(rows.tolist(), idx.tolist(), top.tolist(), strict=True):
                t = ts[r]
                score = v - t.offset
                key = (t.brand, t.mark)
                if key not in best or score > best[key][0]:
                    y, x = divmod(k, ow)
                    best[key] = (score, (x, y, x + kw, y + kh))
        return best


class RestrictedIndex:
    """A subset of a BrandIndex's templates that follows its shortlist (see BrandIndex.restricted)."""

    def __init__(self, parent: BrandIndex, keep) -> None:
        self.parent = parent
        self.templates = [t for t in parent.templates if keep(t)]
        if parent._all is not None:
            self._all = logo.Correlator(self.templates) if self.templates else None
            return
        by_brand: dict[str, list[logo.Template]] = {}
        for e in parent.entries:
            by_brand.setdefault(e.brand, []).extend(t for t in e.templates if keep(t))
        self._stacked = StackedCorrelator(
            {b: ts for b, ts in by_brand.items() if ts}, [t for t in parent.generic if keep(t)]
        )

    def peaks(
        self, fmap: np.ndarray, valid_hw: tuple[int, int]
    ) -> dict[tuple[str, str], tuple[float, tuple]]:
        if self.parent._all is not None:
            return self._all.peaks(fmap, valid_hw) if self._all is not None else {}
        return self._stacked.peaks(fmap, valid_hw, self.parent.last_shortlist)


def entry_key(path: Path, tag: str, background_weight: float) -> str:
    """Cache key of one mark: its bytes, the feature model, every template, offset and SIFT setting."""
    params = (tag, ENTRY_VERSION, background_weight, logo.template_params(), logo.SIFT_REF_SIZE)
    return hashlib.sha256(path.read_bytes() + repr(params).encode()).hexdigest()[:32]


def _cohort_templates(
    marks: list[CohortMark], features_fn, cache: Path | None, tag: str
) -> list[logo.Template]:
    """matching/cohort.build_cohort_templates, stored in `cache` under the SHA-256 of `tag`, the template
    settings and the icons' slugs and SVGs (one file per cohort), so a worker or a new night skips the backbone.
    Two processes starting together build it once: the second waits for the first's file (the marks' claim
    files, `_claim`), and builds it itself only where that claim goes stale."""
    if cache is None:
        return build_cohort_templates(marks, features_fn)
    key = hashlib.sha256(
        repr((tag, logo.template_params(), [(m.slug, m.svg) for m in marks])).encode()
    ).hexdigest()[:32]
    file = cache / f"cohort-{key}.npz"
    found = _load_cohort(file)
    if found is not None:
        return found
    try:
        claimed = _claim(file)
    except OSError:  # a read-only cache: built here, not stored
        return build_cohort_templates(marks, features_fn)
    try:
        # as build_index does for a mark: once claimed, look again (another process may have finished it
        # meanwhile); not claimed, wait for the other's file
        found = _load_cohort(file) if claimed else _await_other(file, lambda: _load_cohort(file))
        if found is not None:
            return found
        out = build_cohort_templates(marks, features_fn)
        arrays = {f"cells{i}": t.cells for i, t in enumerate(out)}
        arrays["marks"] = np.asarray([t.mark for t in out])
        try:
            replace_atomic(file, lambda tmp: np.savez(tmp, **arrays))
        except OSError as exc:  # a full or read-only cache only costs time
            log.warning("brand index: cohort %s not written (%s)", file.name, exc)
        return out
    finally:
        _unclaim(file)


def _load_cohort(file: Path) -> list[logo.Template] | None:
    """The cohort templates stored at `file` (`_cohort_templates`), or None where it is absent or damaged."""
    try:
        with np.load(file) as z:
            names = [str(v) for v in z["marks"]]
            return [logo.Template(COHORT, n, z[f"cells{i}"]) for i, n in enumerate(names)]
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):
        return None


def _save(file: Path, entry: MarkEntry, offsets: list[float]) -> None:
    arrays = {f"cells{i}": t.cells for i, t in enumerate(entry.templates)}
    arrays["offsets"] = np.asarray(offsets, np.float64)
    arrays["sift_size"] = np.asarray(entry.sift_size, np.int64)
    for i, (kp, d) in enumerate(zip(entry.sift_keypoints, entry.sift_descriptors, strict=True)):
        arrays[f"kp{i}"], arrays[f"desc{i}"] = kp, d
    replace_atomic(file, lambda tmp: np.savez(tmp, **arrays))


def _load(file: Path, brand: str, mark: str) -> MarkEntry | None:
    try:
        with np.load(file) as z:
            n = sum(1 for k in z.files if k.startswith("cells"))
            offsets = z["offsets"]
            templates = [logo.Template(brand, mark, z[f"cells{i}"], float(offsets[i])) for i in range(n)]
            m = sum(1 for k in z.files if k.startswith("kp"))
            entry = MarkEntry(
                brand,
                mark,
                templates,
                [z[f"kp{i}"] for i in range(m)],
                [z[f"desc{i}"] for i in range(m)],
                tuple(int(v) for v in z["sift_size"]),
            )
            return entry
    except (OSError, ValueError, KeyError, EOFError, zipfile.BadZipFile):  # absent or damaged: recomputed
        return None


CLAIM_STALE_S = 120.0  # a claim older than this is from a process that died: the mark is built again


def _claim(file: Path) -> bool:
    """Claim the building of one cache entry (an exclusive `.claim` file beside it); False if another
    process holds a fresh claim."""
    claim = file.with_suffix(".claim")
    file.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(claim, os.O_CREAT | os.O_EXCL | os.O_WRONLY))
        return True
    except FileExistsError:
        try:
            return time.time() - claim.stat().st_mtime > CLAIM_STALE_S
        except OSError:  # released meanwhile
            return True


def _unclaim(file: Path | None) -> None:
    if file is not None:
        with contextlib.suppress(OSError):
            file.with_suffix(".claim").unlink()


def _await_other(file: Path, load: Callable[[], T | None]) -> T | None:
    """What another process is building at `file`, read by `load` once written (None if its claim goes stale
    or is dropped without a file: the caller builds it)."""
    claim = file.with_suffix(".claim")
    while True:
        entry = load()
        if entry is not None:
            return entry
        try:
            if time.time() - claim.stat().st_mtime > CLAIM_STALE_S:
                return None
        except OSError:
            return load()
        time.sleep(0.05)


def _build_entry(
    brand: str,
    path: Path,
    features_fn,
    background_maps: list[np.ndarray],
    background: np.ndarray,
    weight: float,
) -> tuple[MarkEntry, list[float]]:
    from knockoff.matching.marks import is_photo_crop, load_mark_rgba

    mark = Brand(brand, [path]).mark_name(path)
    canv = logo.mark_canvases(lambda s: load_mark_rgba(path, s), matte=is_photo_crop(path))
    cells = [logo.template_cells(features_fn(canvas), kh, kw) for _s, _v, canvas, kh, kw in canv]
    templates = [logo.Template(brand, mark, c) for c in cells]
    if weight:
        logo.set_background_offsets(templates, background_maps, weight)
    refs = logo.build_sift_refs([Brand(brand, [path])])
    ref = refs[0] if refs else None
    entry = MarkEntry(
        brand,
        mark,
        templates,
        list(ref.keypoints) if ref else [],
        list(ref.descriptors) if ref else [],
        tuple(ref.size) if ref else (0, 0),
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
    rescue: int = 0,
    rescue_min_corr: float = float("inf"),
    cohort: list[CohortMark] | None = None,
) -> BrandIndex:
    """The index of `brands`; `features_fn(rgb) -> C x H x W` matching features (stride 16), `tag` its model
    version. Marks found in `cache` (a folder) are loaded, the others computed and stored there. `cohort`:
    other brands' icons (matching/cohort.py) whose templates join the plain shapes as rivals."""
    background_maps = [features_fn(bg) for bg in logo.plain_backgrounds()]  # offsets and saliency
    background = _normalise_rows(np.concatenate([m.reshape(m.shape[0], -1).T for m in background_maps]))
    marks = [(b.name, b.mark_name(path), path) for b in brands for path in b.marks]
    keys = [entry_key(p, tag, background_weight) for *_, p in marks] if cache else []
    files = [cache / f"{k}.npz" for k in keys] if cache else [None] * len(marks)
    pack = cache / f"{pack_key(keys)}.npz" if cache and len(marks) >= PACK_MIN_MARKS else None
    packed = load_pack(pack, [(b, m) for b, m, _p in marks], MarkEntry) if pack else None
    found: list[MarkEntry | None] = packed or [
        _load(f, b, m) if f else None for (b, m, _p), f in zip(marks, files, strict=True)
    ]
    built = 0

    def build(i: int) -> MarkEntry:
        nonlocal built
        brand, _mark, path = marks[i]
        entry, offsets = _build_entry(
            brand, path, features_fn, background_maps, background, background_weight
        )
        built += 1
        if files[i] is not None:
            _save(files[i], entry, offsets)
        return entry

    # Marks another process is building (its claim file is fresh) are left for the second pass: two Dask
    # workers starting on a new brand list share the work instead of both doing all of it.
    waiting = []
    for i, entry in enumerate(found):
        if entry is not None:
            continue
        if files[i] is None:
            found[i] = build(i)
        elif _claim(files[i]):  # then look again: another process may have finished it meanwhile
            found[i] = _load(files[i], marks[i][0], marks[i][1]) or build(i)
            _unclaim(files[i])
        else:
            waiting.append(i)
    for i in waiting:
        found[i] = _await_other(files[i], lambda i=i: _load(files[i], marks[i][0], marks[i][1])) or build(i)
        _unclaim(files[i])
    entries = [e for e in found if e is not None]
    if pack is not None and packed is None and len(entries) == len(marks):  # before offsets are shared below
        try:
            save_pack(pack, entries)
        except OSError as exc:  # a full or read-only cache: the pack only saves time, the night goes on
            log.warning("brand index: pack %s not written (%s)", pack.name, exc)
    rivals = logo.build_generic_templates(features_fn) if generic else []
    if cohort:
        rivals += _cohort_templates(cohort, features_fn, cache, tag)
    if background_weight:
        # Few brands, every one correlated: offsets over all templates at once, as before the index (the
        # same figures to the last bit; per mark they differ by float32 summation order, < 1e-7).
        few = len({b.name for b in brands}) <= shortlist
        together = [t for e in entries for t in e.templates] + rivals if few else rivals
        logo.set_background_offsets(together, background_maps, background_weight)
    log.info("brand index: %d marks (%d built, %d from cache)", len(entries), built, len(entries) - built)
    index = BrandIndex(entries, rivals, background, shortlist, rescue, rescue_min_corr)
    index.built = built
    return index
