"""Train the logo-matching head (matching/head.py) on composites of the training split of ../shared/data.

    python -m training.train_head [--composites 8000] [--steps 1500] [--out matching/weights/logo_head.npz]

1. Composites: a training-split simple-icons logo (sometimes Font Awesome's drawing of the same brand)
   pasted into a training-split product photo with training.synth.paste (hard or mild conditions, brand
   colour, black or white), plus negatives (clean photos, printed words, plain shapes). Logos and photos
   of the held-out split (training.shared_data.is_eval_logo / is_eval_photo) are never read.
2. The frozen backbone's features of every composite and of its reference templates (the engine's own
   logo.mark_canvases at the template size nearest the pasted size, every colour variant), computed once.
3. The head is trained so that dense correlation, exactly as the engine computes it, peaks inside the
   logo's box on the image that carries it and stays lower on every other image of the batch and for
   every other logo's template: a contrastive loss over images (what a brand's ranking needs) and over
   logos. One composite in ten (by logo) is kept aside for validation.

Composites are generated in blocks of BLOCK, block i seeded `seed + i` (so 8000 composites are the 4000 of
seed 0 plus 4000 more); initialisation is seeded. The shipped head: 8000 composites, 1500 steps, about 25
minutes on 2 CPU cores (12 generating composites, 12 training). Measured against the earlier 4000-composite
head on the held-out composites (12 brands, 40 logos >= 48 px each): mAP 0.958 vs 0.952, small logos 0.650
vs 0.615; demo shop images, Solenne AP 0.85 vs 0.76.
"""

from __future__ import annotations

import argparse
import math
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from knockoff.matching import logo
from knockoff.matching.head import WEIGHTS, stack_features
from knockoff.matching.imageio import decode
from knockoff.matching.marks import render_svg
from training.shared_data import fontawesome, is_eval_logo, photos, simple_icons
from training.synth import (
    Widen,
    load_photo,
    paste,
    pick_colour,
    recolour,
    shape_rgba,
    svg_with_fill,
    text_image,
    to_jpeg,
)

SIZES = (40, 48, 56, 64, 80, 96, 112, 128, 160)
MAX_SIDE = 300
FONT_DIRS = ("/usr/share/fonts/truetype", "/usr/share/fonts/TTF", "/Library/Fonts")


def _fonts() -> list[Path]:
    """TrueType fonts on this machine (printed-word negatives); cv2's Hershey fonts are used as well."""
    out: list[Path] = []
    for d in FONT_DIRS:
        if Path(d).is_dir():
            out += sorted(Path(d).rglob("*.ttf"))
    return out


def word_image(
    photo: np.ndarray, rng: np.random.Generator, words: list[str], fonts: list[Path]
) -> np.ndarray:
    """Printed words (other brands' names, generic words) in a TrueType font: the hard negative for wordmarks."""
    from PIL import Image, ImageDraw, ImageFont

    if not fonts:
        return text_image(photo, rng)
    img = Image.fromarray(photo)
    W, H = img.size
    for _ in range(int(rng.integers(1, 3))):
        word = words[int(rng.integers(len(words)))]
        word = word.upper() if rng.random() < 0.4 else word
        font = ImageFont.truetype(str(fonts[int(rng.integers(len(fonts)))]), int(rng.integers(14, 64)))
        layer = Image.new("RGBA", img.size, (0, 0, 0, 0))
        colour = tuple(int(c) for c in rng.integers(0, 256, 3)) + (255,)
        ImageDraw.Draw(layer).text(
            (int(rng.integers(0, W // 2)), int(rng.integers(0, H - 40))), word, font=font, fill=colour
        )
        layer = layer.rotate(float(rng.uniform(-15, 15)), resample=Image.BILINEAR)
        img = Image.alpha_composite(img.convert("RGBA"), layer).convert("RGB")
    return np.asarray(img)


@dataclass
class Example:
    feats: np.ndarray  # C x H x W stacked backbone features (float16)
    slug: str | None  # logo planted (None: negative)
    box: tuple[float, float, float, float] | None = None  # stride-16 cell units
    template: np.ndarray | None = None  # V x C x kh x kw raw features of the reference's variants
    cells: tuple[int, int] | None = (
        None  # (kh, kw) where `raw8` kept whole stride-8 canvases (train_backbone)
    )


def _features(backbone, rgbs: list[np.ndarray], raw8: bool = False) -> list[np.ndarray]:
    """Stacked stride-16 features per image (C16 + C8 x H x W); with `raw8`, the stride-8 map alone (C8 x 2H x 2W),
    the input of the stride-16 stage that training/train_backbone.py fine-tunes."""
    from knockoff.matching.backbone import Backbone

    out: list[np.ndarray] = [None] * len(rgbs)  # type: ignore[list-item]
    by_shape: dict[tuple, list[int]] = {}
    for i, r in enumerate(rgbs):
        by_shape.setdefault(r.shape, []).append(i)
    for idx in by_shape.values():
        for s in range(0, len(idx), 16):
            chunk = idx[s : s + 16]
            f8, f16 = backbone.features(np.stack([Backbone.preprocess(rgbs[i]) for i in chunk]))
            for k, i in enumerate(chunk):
                out[i] = f8[k] if raw8 else stack_features(f8[k], f16[k])
    return out


BLOCK = 4000


def build_examples(
    n: int, seed: int, backbone, wide: Widen | None = None, raw8: bool = False
) -> list[Example]:
    """n composites (about 80% positives) with their features and reference templates; with `wide`, hard
    pastes (logos and plain shapes) take synth.paste's widened conditions (training only). With `raw8` the
    features are the stride-8 maps and each template the whole canvases' stride-8 maps (V x C8 x 2Hc x 2Wc,
    `cells` its kh x kw), for training/train_backbone.py; the composites drawn are the same."""
    rng = np.random.default_rng(seed)
    logos = [lg for lg in simple_icons() if not is_eval_logo(lg.slug)]
    fa = {s: p for s, p in fontawesome().items() if not is_eval_logo(s)}
    pics = photos("train")
    words = [lg.title for lg in logos] + [
        "SPORT",
        "Original",
        "premium quality",
        "100% cotton",
        "NEW",
        "limited",
    ]
    fonts = _fonts()
    texts: dict[Path, str] = {}

    def svg(p: Path) -> str:
        if p not in texts:
            texts[p] = p.read_text(encoding="utf-8")
        return texts[p]

    examples: list[Example] = []
    t0 = time.perf_counter()
    for k in range(n):
        base = load_photo(pics[int(rng.integers(len(pics)))])
        r = rng.random()
        if r < 0.75:
            lg = logos[int(rng.integers(len(logos)))]
            size = int(rng.choice(SIZES))
            src = fa[lg.slug] if lg.slug in fa and rng.random() < 0.25 else lg.svg
            probe = render_svg(svg_with_fill(svg(src), "000000"), 256)
            aspect = max(probe.shape[:2]) / max(1, min(probe.shape[:2]))
            longer = min(MAX_SIDE, round(size * aspect**0.5))
            rgba = recolour(render_svg(svg_with_fill(svg(src), "000000"), longer), pick_colour(lg.hex, rng))
            hard = rng.random() < 0.6
            img, box = paste(base, rgba, rng, hard=hard, wide=wide)
            if box is None:
                continue
            q = int(rng.integers(45, 92)) if hard else int(rng.integers(75, 95))
            d = decode(to_jpeg(img, q), 512)
            tsize = min(logo.TEMPLATE_SIZES, key=lambda s, lo=longer: abs(math.log(s / lo)))
            ref_text = svg_with_fill(svg(lg.svg), lg.hex)
            canv = [  # upright: one template shape per mark and size
                c
                for c in logo.mark_canvases(lambda s, t=ref_text: render_svg(t, s), rotations=(0.0,))
                if c[0] == tsize
            ]
            kh, kw = canv[0][3], canv[0][4]
            tf = _features(backbone, [c[2] for c in canv], raw8)
            crop = (lambda f: f) if raw8 else (lambda f, kh=kh, kw=kw: f[:, 1 : 1 + kh, 1 : 1 + kw])
            template = np.stack([crop(f) for f in tf]).astype(np.float16)
            cell_box = tuple(v / d.scale / logo.STRIDE for v in box)
            ex = Example(None, lg.slug, cell_box, template, (kh, kw))  # type: ignore[arg-type]
        else:
            kind = rng.integers(4)
            if kind == 0:
                img = base
            elif kind == 1:
                img = text_image(base, rng)
            elif kind == 2:
                img = word_image(base, rng, words, fonts)
            else:
                img, _ = paste(base, shape_rgba(rng, int(rng.choice(SIZES))), rng, wide=wide)
            d = decode(to_jpeg(img, int(rng.integers(45, 92))), 512)
            ex = Example(None, None)  # type: ignore[arg-type]
        ex.feats = _features(backbone, [d.rgb], raw8)[0].astype(np.float16)
        examples.append(ex)
        if (k + 1) % 250 == 0:
            print(f"  {k + 1}/{n} composites ({time.perf_counter() - t0:.0f} s)", flush=True)
    return examples


def _pad_batch(feats: list[np.ndarray]):
    import torch

    return pad_maps([torch.from_numpy(f.astype(np.float32)) for f in feats])


def pad_maps(maps: list):
    """C x Hi x Wi torch maps -> (N x C x H x W zero-padded batch, N x H x W mask of the real cells); the copies
    keep autograd (training/train_backbone.py pads maps its stage computed)."""
    import torch

    c = maps[0].shape[0]
    h = max(f.shape[1] for f in maps)
    w = max(f.shape[2] for f in maps)
    x = torch.zeros(len(maps), c, h, w)
    m = torch.zeros(len(maps), h, w, dtype=torch.bool)
    for i, f in enumerate(maps):
        x[i, :, : f.shape[1], : f.shape[2]] = f
        m[i, : f.shape[1], : f.shape[2]] = True
    return x, m


def sample_batch(
    rng: np.random.Generator, tr_pos: list[Example], tr_neg: list[Example], batch: int, n_neg: int
):
    """One training batch: up to `batch` positives drawn without replacement, one per logo, and `n_neg`
    negatives: (chosen, negs)."""
    idx = rng.choice(len(tr_pos), size=min(batch, len(tr_pos)), replace=False)
    chosen, seen = [], set()
    for i in idx:
        if tr_pos[i].slug not in seen:
            seen.add(tr_pos[i].slug)
            chosen.append(tr_pos[i])
    negs = [tr_neg[i] for i in rng.choice(len(tr_neg), size=min(n_neg, len(tr_neg)), replace=False)]
    return chosen, negs


class Head:
    """The torch twin of matching.head.LogoHead (same arithmetic), for training."""

    def __init__(self, c_in: int, hidden: int, dim: int, mean: np.ndarray, scale: np.ndarray, seed: int):
        import torch

        g = torch.Generator().manual_seed(seed)
        self.mean = torch.from_numpy(mean)
        self.scale = torch.from_numpy(scale)
        self.w1 = (torch.randn(hidden, c_in, generator=g) * math.sqrt(2.0 / c_in)).requires_grad_()
        self.b1 = torch.zeros(hidden, requires_grad=True)
        self.w2 = (torch.randn(dim, hidden, generator=g) * math.sqrt(1.0 / hidden)).requires_grad_()
        self.b2 = torch.zeros(dim, requires_grad=True)

    def params(self):
        return [self.w1, self.b1, self.w2, self.b2]

    def __call__(self, x):
        """N x C x H x W -> N x D x H x W, L2-normalised per cell."""
        import torch

        x = (x - self.mean[None, :, None, None]) * self.scale[None, :, None, None]
        h = torch.relu(torch.einsum("oc,nchw->nohw", self.w1, x) + self.b1[None, :, None, None])
        y = torch.einsum("oc,nchw->nohw", self.w2, h) + self.b2[None, :, None, None]
        return y / (y.norm(dim=1, keepdim=True) + 1e-6)

    calibration: tuple[float, float] = (0.58, 0.06)

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(".tmp.npz")
        np.savez(
            tmp,
            w1=self.w1.detach().numpy(), b1=self.b1.detach().numpy(),
            w2=self.w2.detach().numpy(), b2=self.b2.detach().numpy(),
            mean=self.mean.numpy(), scale=self.scale.numpy(), calibration=np.float32(self.calibration),
        )  # fmt: skip
        tmp.replace(path)


def _iou_map(box, kh: int, kw: int, oh: int, ow: int):
    """IoU of every kh x kw window (top-left at y, x) with a box in cell units: oh x ow array."""
    ys = np.arange(oh)[:, None]
    xs = np.arange(ow)[None, :]
    ix = np.clip(np.minimum(xs + kw, box[2]) - np.maximum(xs, box[0]), 0, None)
    iy = np.clip(np.minimum(ys + kh, box[3]) - np.maximum(ys, box[1]), 0, None)
    inter = ix * iy
    union = kh * kw + (box[2] - box[0]) * (box[3] - box[1]) - inter
    return inter / union


def scores(head, x, mask, templates: list, device: str = "cpu"):
    """Correlation maps of every template against every image: list of (N x oh x ow, valid) per template."""
    import torch.nn.functional as F

    e = head(x)
    out = []
    for t in templates:
        v, c, kh, kw = t.shape
        te = head(t)  # V x D x kh x kw
        wgt = te / float(kh * kw)
        if kh > e.shape[2] or kw > e.shape[3]:
            out.append(None)
            continue
        s = F.conv2d(e, wgt).amax(dim=1)  # N x oh x ow: best colour variant
        valid = F.max_pool2d((~mask).float()[:, None], (kh, kw), stride=1)[:, 0] == 0
        out.append((s, valid))
    return out


def split_examples(examples: list[Example]):
    """(train positives, validation positives, train negatives, validation negatives): one logo in ten (by its
    slug's first bytes) and the last tenth of the negatives are kept aside for validation."""
    pos = [e for e in examples if e.slug]
    neg = [e for e in examples if not e.slug]
    val = {e.slug for e in pos if int.from_bytes(e.slug.encode()[:4].ljust(4, b"_"), "little") % 10 == 0}
    tr_pos = [e for e in pos if e.slug not in val]
    va_pos = [e for e in pos if e.slug in val]
    return tr_pos, va_pos, neg[: int(0.9 * len(neg))], neg[int(0.9 * len(neg)) :]


def build_blocks(n: int, seed: int, backbone, wide: Widen | None = None, raw8: bool = False) -> list[Example]:
    """`build_examples` in blocks of BLOCK composites, block i seeded `seed + i`."""
    return [
        e
        for i, k in enumerate(range(0, n, BLOCK))
        for e in build_examples(min(BLOCK, n - k), seed + i, backbone, wide, raw8)
    ]


def train(examples: list[Example], steps: int, seed: int, out: Path, batch: int = 16, n_neg: int = 8,
          tau: float = 0.05, lr: float = 3e-3) -> dict:  # fmt: skip
    import torch

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed + 1)
    tr_pos, va_pos, tr_neg, va_neg = split_examples(examples)
    sample = np.concatenate([e.feats.reshape(e.feats.shape[0], -1).T for e in tr_pos[:300]]).astype(
        np.float32
    )
    mean = sample.mean(axis=0)
    scale = 1.0 / (sample.std(axis=0) + 1e-3)
    head = Head(sample.shape[1], 192, 64, mean.astype(np.float32), scale.astype(np.float32), seed)
    opt = torch.optim.AdamW(head.params(), lr=lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=lr, total_steps=steps, pct_start=0.1)
    with torch.no_grad():
        print(
            "validation before training (raw stride-16 features):",
            evaluate_retrieval(_raw_head, va_pos, va_neg),
        )
    print(
        f"training on {len(tr_pos)} positives + {len(tr_neg)} negatives; validation {len(va_pos)} + {len(va_neg)}"
    )
    t0 = time.perf_counter()
    batch, n_neg = min(batch, len(tr_pos)), min(n_neg, len(tr_neg))
    for step in range(steps):
        chosen, negs = sample_batch(rng, tr_pos, tr_neg, batch, n_neg)
        loss = _batch_loss(head, chosen, negs, tau)
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % 100 == 0 or step == steps - 1:
            print(f"  step {step}: loss {loss.item():.3f} ({time.perf_counter() - t0:.0f} s)", flush=True)
    with torch.no_grad():
        metrics = evaluate_retrieval(head, va_pos, va_neg)
    head.calibration = fit_calibration(metrics.pop("scores"), len(va_pos))
    metrics["calibration"] = head.calibration
    head.save(out)
    print("validation:", metrics)
    return metrics


def _batch_loss(head, chosen: list[Example], negs: list[Example], tau: float):
    import torch

    x, mask = _pad_batch([e.feats for e in chosen + negs])
    return contrastive_loss(
        head, x, mask, [torch.from_numpy(e.template.astype(np.float32)) for e in chosen], chosen, tau
    )


def contrastive_loss(head, x, mask, templates: list, chosen: list[Example], tau: float):
    """The training loss on a batch: `x` N x C x H x W stacked features (the chosen positives first, then the
    negatives), `mask` N x H x W valid cells, `templates[j]` V x C x kh x kw the stacked features of
    chosen[j]'s reference variants. Over images (the logo's own box against every other image and against its
    own image away from the box) and over logos (each positive's own logo against the batch's others)."""
    import torch
    import torch.nn.functional as F

    maps = scores(head, x, mask, templates)
    losses = []
    big = -1e4
    col_logits = []
    best = torch.full((x.shape[0], len(chosen)), big)
    for j, (e, m) in enumerate(zip(chosen, maps, strict=True)):
        if m is None:
            continue
        s, valid = m
        s = torch.where(valid, s, torch.full_like(s, big))
        best[:, j] = s.flatten(1).amax(dim=1)
        kh, kw = templates[j].shape[2:]
        iou = torch.from_numpy(_iou_map(e.box, kh, kw, s.shape[1], s.shape[2]).astype(np.float32))
        if iou.max() <= 0:
            continue
        inside = iou >= min(0.3, float(iou.max())) * 0.999
        outside = iou < 0.05
        p = torch.where(inside, s[j], torch.full_like(s[j], big)).amax()
        o = torch.where(outside, s[j], torch.full_like(s[j], big)).amax()
        others = torch.cat([s[:j].flatten(1).amax(dim=1), s[j + 1 :].flatten(1).amax(dim=1)])
        col_logits.append(torch.cat([p[None], others, o[None]]))
        best[j, j] = p
    for logits in col_logits:
        losses.append(F.cross_entropy((logits / tau)[None], torch.zeros(1, dtype=torch.long)))
    n = len(chosen)
    ok = torch.diagonal(best[:n]) > big / 2
    row_loss = F.cross_entropy(best[:n][ok] / tau, torch.arange(n)[ok])
    return torch.stack(losses).mean() + 0.5 * row_loss


def _raw_head(x):
    """The engine without a head: the stride-16 features alone, normalised per cell."""
    y = x[:, :112]
    return y / (y.norm(dim=1, keepdim=True) + 1e-6)


def evaluate_retrieval(head, pos: list[Example], neg: list[Example], chunk: int = 64) -> dict:
    """Per validation logo: the rank of its own image among all validation images (AP with one positive)."""
    import torch

    if not pos:
        return {"mrr": float("nan"), "top1": float("nan"), "n": 0}
    feats = [e.feats for e in pos + neg]
    templates = [torch.from_numpy(e.template.astype(np.float32)) for e in pos]
    score = np.full((len(feats), len(pos)), -1e4, np.float32)
    for s0 in range(0, len(feats), chunk):
        x, mask = _pad_batch(feats[s0 : s0 + chunk])
        for j, m in enumerate(scores(head, x, mask, templates)):
            if m is not None:
                s, valid = m
                score[s0 : s0 + len(x), j] = (
                    torch.where(valid, s, torch.full_like(s, -1e4)).flatten(1).amax(1).numpy()
                )
    ranks = [(score[:, j] > score[j, j]).sum() + 1 for j in range(len(pos))]
    return {"mrr": float(np.mean([1 / r for r in ranks])), "top1": float(np.mean([r == 1 for r in ranks])),
            "n": len(pos), "scores": score}  # fmt: skip


def fit_calibration(score: np.ndarray, n_pos: int) -> tuple[float, float]:
    """Logistic fit (centre, width) of P(logo) from a validation score matrix (images x logos, diagonal true),
    classes weighted equally so that 0.5 sits where a peak is as likely a logo as not."""
    if n_pos == 0:
        return (0.58, 0.06)
    lab = np.zeros_like(score, dtype=bool)
    lab[np.arange(n_pos), np.arange(n_pos)] = True
    ok = score > -1e3
    x, y = score[ok].astype(np.float64), lab[ok].astype(np.float64)
    w = np.where(y > 0, 0.5 / y.sum(), 0.5 / (1 - y).sum())
    a, b = 10.0, -10.0 * float(np.median(x))
    for _ in range(100):  # Newton steps on the weighted log-loss
        p = 1 / (1 + np.exp(-(a * x + b)))
        g = np.array([(w * (p - y) * x).sum(), (w * (p - y)).sum()])
        h = w * p * (1 - p)
        hess = np.array([[(h * x * x).sum(), (h * x).sum()], [(h * x).sum(), h.sum()]]) + 1e-9 * np.eye(2)
        a, b = np.array([a, b]) - np.linalg.solve(hess, g)
    return (float(-b / a), float(1 / a))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--composites", type=int, default=8000, help="training composites to generate")
    ap.add_argument("--steps", type=int, default=1500, help="optimiser steps")
    ap.add_argument("--seed", type=int, default=0, help="seed for composites and initialisation")
    ap.add_argument(
        "--cache", type=Path, default=None, help="reuse/save generated features here (.npz pickle)"
    )
    ap.add_argument("--out", type=Path, default=WEIGHTS, help="where to write the weights")
    args = ap.parse_args()
    import pickle

    import torch

    from knockoff.matching.backbone import Backbone

    torch.set_num_threads(max(1, torch.get_num_threads()))
    if args.cache and args.cache.exists():
        examples = pickle.loads(args.cache.read_bytes())
    else:
        examples = build_blocks(args.composites, args.seed, Backbone("cpu"))
        if args.cache:
            args.cache.write_bytes(pickle.dumps(examples))
    train(examples, args.steps, args.seed, args.out)


if __name__ == "__main__":
    main()
