"""One file for a whole brand list's index entries, so that a Matcher with many brands starts fast.

The brand index caches each mark on its own (`CACHE/index/DIGEST.npz`, matching/index.py), so adding a brand
computes only its marks. Loading 1,000 brands' entries that way opens 1,005 zip files of about 15 arrays each,
and numpy's per-array cost (zip member, header parsed with `ast.literal_eval`) made that 2.8-5.2 s of a
7.4 s Matcher start (2026-12-03, this 2-core machine, warm page cache; issue 13's bound is 2 s from cache).
A pack holds the same arrays for every mark of one brand list, concatenated into nine arrays: one zip
member per kind instead of per mark. It is keyed by the list's entry keys in order (`pack_key`), so any
change of a mark, of the feature model or of a template setting gives another pack, and the per-mark files
stay the source of truth: a pack is only ever written from entries that were just loaded or built. A cache
folder keeps the KEEP_PACKS most recently written or read packs (`prune`).

Loaded arrays are the stored ones bit for bit (the same float32 cells, float64 offsets, SIFT keypoints and
descriptors), so scores do not depend on which way the index was read.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from knockoff.lake import replace_atomic
from knockoff.matching import logo

PACK_VERSION = "pack-v1"  # the layout below (in the pack's key)
PACK_MIN_MARKS = 64  # smaller lists load fast enough mark by mark; no pack is written for them
KEEP_PACKS = 4  # packs kept per cache folder, most recently written or read first; older ones are removed


def pack_key(entry_keys: Sequence[str]) -> str:
    """The pack's file stem for these per-mark cache keys, in the order the marks were registered."""
    h = hashlib.sha256(PACK_VERSION.encode())
    for k in entry_keys:
        h.update(k.encode() + b"\n")
    return "set-" + h.hexdigest()[:32]


def save_pack(file: Path, entries: Sequence) -> None:
    """Write `entries` (index.MarkEntry, in registration order) to `file` atomically (np.savez, no pickles).

    Arrays: `cells` (every template's C x kh x kw cells, raveled and concatenated, float32), `cell_shapes`
    (T x 3), `offsets` (T, float64), `templates_per_entry` (E), `sift_size` (E x 2), `kp` (K x 2) and `desc`
    (K x 128) concatenated over every keypoint set, `kp_per_set` (S) and `sets_per_entry` (E)."""
    templates = [t for e in entries for t in e.templates]
    kps = [k for e in entries for k in e.sift_keypoints]
    descs = [d for e in entries for d in e.sift_descriptors]
    arrays = {
        "cells": np.concatenate([t.cells.ravel() for t in templates]).astype(np.float32, copy=False)
        if templates
        else np.zeros(0, np.float32),
        "cell_shapes": np.asarray([t.cells.shape for t in templates], np.int64).reshape(-1, 3),
        "offsets": np.asarray([t.offset for t in templates], np.float64),
        "templates_per_entry": np.asarray([len(e.templates) for e in entries], np.int64),
        "sift_size": np.asarray([e.sift_size for e in entries], np.int64).reshape(-1, 2),
        "kp": np.concatenate(kps) if kps else np.zeros((0, 2), np.float32),
        "desc": np.concatenate(descs) if descs else np.zeros((0, 128), np.float32),
        "kp_per_set": np.asarray([len(k) for k in kps], np.int64),
        "sets_per_entry": np.asarray([len(e.sift_keypoints) for e in entries], np.int64),
    }
    replace_atomic(file, lambda tmp: np.savez(tmp, **arrays))  # makes the folder where missing
    prune(file.parent)


def prune(folder: Path, keep: int = KEEP_PACKS) -> None:
    """Remove all but the `keep` most recently used packs of `folder` (a 1,000-brand pack is about 130 MB;
    each change of the brand list writes a new one). A pack being read elsewhere is safe to remove: the reader
    either has it open or falls back to the per-mark entries."""

    def used(p: Path) -> float:
        try:
            return p.stat().st_mtime
        except OSError:  # removed meanwhile
            return -1.0

    for p in sorted(folder.glob("set-*.npz"), key=used, reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            p.unlink()


def _starts(counts: np.ndarray) -> np.ndarray:
    """Offsets of consecutive runs of `counts` items, and the total last: [0, c0, c0 + c1, ...]."""
    return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)


def load_pack(file: Path, names: Sequence[tuple[str, str]], make_entry: Callable) -> list | None:
    """The entries of a pack written by `save_pack`, one per (brand, mark) of `names` (the same order), each
    built as `make_entry(brand, mark, templates, keypoints, descriptors, sift_size)`; None where the file is
    absent, damaged or holds another number of marks (the caller then reads the marks one by one)."""
    try:
        with np.load(file) as z:
            a = {k: z[k] for k in z.files}
        with contextlib.suppress(OSError):
            os.utime(file)  # read now: most recently used (prune)
        per_entry, sets_per_entry = a["templates_per_entry"], a["sets_per_entry"]
        if len(per_entry) != len(names) or len(sets_per_entry) != len(names):
            return None
        starts = _starts(np.prod(a["cell_shapes"], axis=1))  # of each template's cells in `cells`
        kstarts = _starts(a["kp_per_set"])  # of each keypoint set in `kp` and `desc`
        tstarts, sstarts = _starts(per_entry), _starts(sets_per_entry)  # of each entry's templates and sets
        if starts[-1] != len(a["cells"]) or kstarts[-1] != len(a["kp"]) or len(a["kp"]) != len(a["desc"]):
            return None
        out = []
        for i, (brand, mark) in enumerate(names):
            templates = [
                logo.Template(
                    brand,
                    mark,
                    a["cells"][starts[j] : starts[j + 1]].reshape(tuple(a["cell_shapes"][j])),
                    float(a["offsets"][j]),
                )
                for j in range(tstarts[i], tstarts[i + 1])
            ]
            sets = range(sstarts[i], sstarts[i + 1])
            kp = [a["kp"][kstarts[j] : kstarts[j + 1]] for j in sets]
            desc = [a["desc"][kstarts[j] : kstarts[j + 1]] for j in sets]
            out.append(make_entry(brand, mark, templates, kp, desc, tuple(int(v) for v in a["sift_size"][i])))
        return out
    except (
        OSError,
        ValueError,
        KeyError,
        EOFError,
        IndexError,
        zipfile.BadZipFile,
    ):  # absent or damaged: read mark by mark
        return None
