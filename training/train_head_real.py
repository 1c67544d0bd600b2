"""Fine-tune the logo head (matching/head.py) on composites AND real photographs of the dev-A brands.

    OMP_NUM_THREADS=1 python -m training.train_head_real --composites /tmp/comp1500.pkl --steps 250 \
        --real-weight 0.5 --anchor 10 --anchor-templates --lr 1e-3 --seed 0 --out /tmp/c5.npz

(candidate c5, head-7277ae13b1, chosen 2026-11-30 and NOT shipped, see "Withdrawn" below: started from the composite-only head of
training/train_head.py; 1,500 composites made by the same command where the file is absent, 2 min; 250 steps
about 4.5 min on one thread of a shared 2-core CPU; bit-for-bit reproduction was not checked).

Data. Composites: training.train_head.build_examples (training split of ../shared/data only), generated once
and pickled (`--composites FILE`, made with `--make-composites N`, seed `--seed`, where absent). Real photos:
the dev-A brands of ../shared/data/real-logos (training.real_photos.split_development: the benchmark's
development half split again by a fixed hash rule; dev-B and the held-out half are never trained on), 475
photos with their labelled boxes and the dev-A references (11 marks), backbone features read from the
benchmark's feature cache. Reference source images are left out.

Logo-free negatives (`--clean N`, 2026-11-30, after the withdrawal): N clothing photos of ../shared/data/photos'
TRAINING split (real_photos.clean_examples, drawn with `--seed`; the eval split is never read), features
through the same cache; `--clean-batch` of them join each step's real batch as negatives of every dev-A brand
in the ranking term, and `--clean-margin M` adds the hinge max(0, brand's best peak on them - in-box peak + M).

Objective. The composite loss of train_head (unchanged) plus `real_weight` x a real-photo loss with the same
shape (`real_loss`): the brand's correlation, exactly as the engine computes it (every template the engine
builds from its reference: sizes, colour variants, turns), peaking in the labelled box must beat (a) the same
brand's best correlation on the batch's photos of other brands and outside the box (ranking: AP), and (b)
every other dev-A brand's best correlation on the same photo (top-1 brand). With `--anchor W`, plus W x the
squared change of the composite batch's cell embeddings (and, `--anchor-templates`, of its rendered marks'
template cells) from the starting head's: the real term alone moves the embedding of flat rendered marks
too. Starts from the shipped weights (input centring and scaling kept); AdamW, cosine decay; seeded. The
calibration is refitted on the composite validation split (one logo in ten) as train_head does.

Selection (never on composites, never on held-out brands): the engine's scores on dev-B with only the 20
development brands registered (`KNOCKOFF_BENCH_FEATURE_CACHE=1 KNOCKOFF_BENCH_HEAD=FILE python -m
benchmarks.bench_real_logos --dev-only`, top-1 among the 20); acceptance beside it (training/check_head.py):
composite mAP on all logos >= 48 px may fall by 0.01 at most, the demo shop's per-brand fused AP no lower.
`--proxy` prints a fast screen (the training scorer's per-brand AP on dev-B). Candidates, 2026-11-30 (dev-B
mAP / top-1 / min P@10 / product photos / logo < 1/4; composites all >= 48 px; demo Acme / Nordvik /
Solenne):

    v13 (composite-only head)                 0.895 / 0.871 / 1.0 / 0.820 / 0.514; 0.957; 0.946 / 0.903 / 0.940
    c1 real 1.0, 300 steps                    0.907 / 0.876 / 1.0 / 0.857 / 0.595; 0.925; 0.888 / 0.878 / 0.876
    c4 real 0.5, anchor 10 (images)           0.902 / 0.883 / 1.0 / 0.838 / 0.558; 0.939; 0.931 / 0.880 / 0.925
    c0 real 0 (control), anchor 10            -;                                   0.959; -
    c5 real 0.5, anchor 10 + templates (chosen) 0.900 / 0.873 / 1.0 / 0.836 / 0.562; 0.955; 0.949 / 0.903 / 0.943

dev-A (in-sample: trained on) mAP / top-1: v13 0.905 / 0.865, c1 0.945 / 0.924, c4 0.924 / 0.903, c5 0.922 /
0.895. c0 shows that fine-tuning on these composites does not cost the composite benchmark: the real term
does, through the rendered marks' templates (c4 -> c5). c5's top-1 gain on dev-B is one photo of 591; its
gains are in product photos and small logos (The North Face 0.816 -> 0.871; Hugo Boss 0.920 -> 0.895).
Held-out figures: benchmarks/RESULTS.md, real-photo section (measured once, after this choice).

Withdrawn. c5 was shipped for an hour and taken back: it raises the scores of logo-free photos, which the
acceptance above did not check. The composite benchmark's logo-free product photos, (photo, brand) pairs
>= 0.3: 24 -> 39 of 4,764 (>= 0.5: 9 -> 10); on the 40-listing demo shop of tests/jobs/test_nightly_e2e.py
a clean dad hat's best Solenne logo row went 0.258 -> 0.402 (over fusion's logo minimum 0.4) and reached
Solenne's top 3, which that test forbids. Next: logo-free photos (the training split's clean product photos)
as an acceptance condition and as negatives in the real-photo term.

Logo-free candidates (2026-11-30; training/check_head.py's logo-free acceptance, measured beside v13 and c5 in
one run: `OMP_NUM_THREADS=2 python -m training.check_head /tmp/c5.npz /tmp/c6.npz --no-composites --no-demo`, c7 in a
second run beside v13, which gave v13 the same figures;
pairs >= 0.3 / >= 0.5 of 4,764 held-out (photo, brand) pairs; the 40-listing demo's clean listings in the top 3
of Acme / Nordvik / Solenne):

    v13 (shipped)                                               24 / 9;  0 / 0 / 0  pass
    c5 (withdrawn)                                              39 / 10; 0 / 0 / 1  FAIL (the check reproduces it)
    c6 c5 + --clean 300 --clean-batch 8 --clean-margin 0.05     37 / 12; 0 / 0 / 1  FAIL
    c7 c5 + --clean 300 --clean-batch 16 --clean-margin 0.15    36 / 11; 0 / 0 / 1  FAIL
c6: `OMP_NUM_THREADS=1 python -m training.train_head_real --composites /tmp/comp1500.pkl --steps 250
--real-weight 0.5 --anchor 10 --anchor-templates --lr 1e-3 --seed 0 --clean 300 --clean-batch 8 --clean-margin
0.05 --out /tmp/c6.npz` (5.7 min); c7 the same with `--clean-batch 16 --clean-margin 0.15 --out /tmp/c7.npz`
(OMP_NUM_THREADS=2, 3.5 min). c5's weights: `git show 3c46b5a^:matching/weights/logo_head.npz`.
dev-B (`KNOCKOFF_BENCH_FEATURE_CACHE=1 KNOCKOFF_BENCH_HEAD=/tmp/c6.npz python -m benchmarks.bench_real_logos
--dev-only`, 1.5 min each), mAP / top-1 / min P@10 / product photos / logo < 1/4: c6 0.899 / 0.861 / 1.0 /
0.827 / 0.515; c7 0.901 / 0.870 / 1.0 / 0.828 / 0.519 (v13 0.895 / 0.871 / 1.0 / 0.820 / 0.514). Composites and
the 240-listing demo were not run for c6 / c7: both fail the logo-free acceptance first.
Reading: negatives of the dev-A brands do not stop the lift, which is on OTHER brands' marks (the check's six
simple-icons apparel brands, the demo's Solenne; none is trained on): presumably the real term moves the embedding
in a way that raises unseen marks' correlations on clean photos (not measured apart), and a constraint that names only the
trained brands does not reach them. Next: logo-free photos against MANY marks (the composites' training-split
simple-icons marks, the engine's full template set, max correlation as real_scores computes it) with a hinge
at the starting head's peaks, or an anchor on the clean photos' cell embeddings (the c5 anchor holds them only
through the composite batch's 8 negatives, in mean squared change).

Widened synthesis (issue 12, 2026-11-30 23:00 - 00:40 UTC; real term off). Composites by another hand
(benchmarks/eval_composites_other.py) lose most on what training/synth.py never made: ink near the cloth's
colour, transparency, occlusion by the photo. `--widen` builds absent composites with synth.paste(wide=
synth.Widen()): 45 % of hard prints in a colour of the photo 8-45 grey levels (luma) from the cloth, opacity
0.4-1.0, 30 % covered 15-50 % by a patch of the same photo, fabric shading 80 % at strength 0.5-1.0 (paste's
default draws are unchanged: tests/training/test_synth.py). Two terms against the logo-free lift:
`--anchor-clean` (the drawn `--clean` photos' cell embeddings anchored like the composite batch's) and
`--clean-hinge W` (W x `peak_rise`: the batch's marks may not correlate higher on the batch's negatives and
the drawn logo-free photos than with the starting head). Commands (2 shared cores, loaded by other helpers):

    OMP_NUM_THREADS=2 python -m training.train_head_real --composites /tmp/wide1500.pkl --widen --seed 1 \
        --make-composites 1500 --make-only --out /dev/null                                        # 2 min
    w1: OMP_NUM_THREADS=2 python -m training.train_head_real --composites /tmp/comp1500.pkl /tmp/wide1500.pkl \
        --steps 250 --real-weight 0 --anchor 10 --anchor-templates --lr 1e-3 --seed 0 --out /tmp/w1.npz  # 9.6 min
    w2: the same, --steps 200 --clean 300 --clean-batch 8 --anchor-clean --clean-hinge 10                   # 13 min
    w3: as w2, --steps 150 --anchor 1                                                                  # 9 min

Gates (the brief's order, each beside v13 in one run): logo-free `OMP_NUM_THREADS=2 python -m
training.check_head FILE --no-composites --no-demo` ((photo, brand) pairs >= 0.3 / >= 0.5 / >= 0.7 of 4,764;
clean listings in the 40-listing demo's top 3 of Acme / Nordvik / Solenne), then dev-B, composites and demo as
above. Composites by another hand, first 200 of its 720 images (`python -m training.check_head FILE
--no-logo-free --no-composites --no-demo --other 200`, OCR on; informative only, measured although every
candidate failed the first gate): mAP all / >= 48 px / < 48 px / contrast < 40 / photo ink / opacity < 0.8 /
occluded. Composite validation: mrr on the mixed (standard + widened) validation logos, v13 0.710.

    head  valid.  logo-free pairs; demo-40 top 3   gate     other-hand (200 images)
    v13   0.710   24 / 9 / 1; 0 / 0 / 0            -        0.454 / 0.556 / 0.085 / 0.335 / 0.299 / 0.290 / 0.309
    w1    0.715   78 / 9 / 1; 0 / 0 / 0            FAIL     0.464 / 0.555 / 0.140 / 0.348 / 0.312 / 0.319 / 0.297
    w2    0.705   62 / 6 / 1; 0 / 0 / 0            FAIL     0.454 / 0.559 / 0.092 / 0.344 / 0.305 / 0.314 / 0.298
    w3    0.703   42 / 11 / 1; 0 / 0 / 0           FAIL     0.462 / 0.573 / 0.083 / 0.341 / 0.302 / 0.328 / 0.312

Reading: held to v13 (anchor 10) the widened composites move the target by at most 0.01 (w1; w2 none) and
still lift logo-free photos into the 0.3-0.5 band (24 -> 78 pairs; >= 0.5 unchanged); the clean-photo anchor
and hinge (w2) take back a quarter of that lift (62; >= 0.5 9 -> 6) and the gain with it. Nothing shipped:
no candidate passes the first gate, so dev-B, composites and demo were not run. Loosened (w3, anchor 1)
the head moves more on the target (>= 48 px +0.017, transparency +0.04, contrast >= 40 +0.04, but contrast
< 40 only +0.006) and lifts logo-free pairs less than w1 (42) yet more at >= 0.5 (11). The low-contrast loss
is barely touched by any of them: the frozen backbone's features of a faint print are presumably too
close to the cloth's for a per-cell head to separate (not measured apart). Next: measure that directly
(correlation at the truth box vs the photo's own peak on the low-contrast subset), or a contrast-normalised
view in the engine (tried in issue 12 and not kept: matching/engine.py notes) rather than the head.
"""

from __future__ import annotations

import argparse
import math
import pickle
import time
from pathlib import Path

import numpy as np

from knockoff.matching import logo
from knockoff.matching.head import WEIGHTS
from training.real_photos import (
    Features,
    RealExample,
    TemplateBank,
    clean_examples,
    development_examples,
    references,
    split_development,
    template_bank,
)
from training.train_head import (
    Example,
    Head,
    _batch_loss,
    _iou_map,
    _pad_batch,
    evaluate_retrieval,
    fit_calibration,
    sample_batch,
)

BIG = -1e4


def head_from_weights(path: Path = WEIGHTS) -> Head:
    """The torch twin of a saved head, its parameters trainable."""
    import torch

    with np.load(path) as z:
        w = {k: z[k].astype(np.float32) for k in z.files}
    head = Head(w["w1"].shape[1], w["w1"].shape[0], w["w2"].shape[0], w["mean"], w["scale"], seed=0)
    for name in ("w1", "b1", "w2", "b2"):
        setattr(head, name, torch.from_numpy(w[name]).clone().requires_grad_())
    head.calibration = tuple(float(v) for v in w["calibration"])
    return head


def real_scores(head, batch: list[RealExample], bank: TemplateBank):
    """Correlation of every template of `bank` on every photo of `batch`, as the engine computes it.

    Returns (whole, inbox, outside, own): whole N x B, each brand's best window anywhere on each photo;
    inbox N, the photo's own brand's best window overlapping its labelled box (IoU >= 0.3, or >= the best
    IoU any template window reaches where that is lower); outside N, its best window off the box (IoU < 0.05)
    (BIG where none); own N, index of the photo's brand in `bank.brands` (-1: not in the bank)."""
    import torch
    import torch.nn.functional as F

    x, mask = _pad_batch([e.feats for e in batch])
    e = head(x)
    n, hh, ww = len(batch), x.shape[2], x.shape[3]
    own = torch.tensor([bank.brands.index(b.brand) if b.brand in bank.brands else -1 for b in batch])
    shapes = [s for s in bank.groups if s[0] <= hh and s[1] <= ww]
    ious = {}
    for kh, kw in shapes:
        oh, ow = hh - kh + 1, ww - kw + 1
        ious[(kh, kw)] = np.stack(  # a logo-free photo (no boxes): IoU 0 everywhere
            [
                np.max([_iou_map(b, kh, kw, oh, ow) for b in ex.boxes] or [np.zeros((oh, ow))], axis=0)
                for ex in batch
            ]
        ).astype(np.float32)
    best_iou = np.max([v.reshape(n, -1).max(1) for v in ious.values()], axis=0)
    thr = np.minimum(0.3, best_iou) * 0.999
    tmax, tin, tout, tb = [], [], [], []
    for kh, kw in shapes:
        raw, bidx = bank.groups[(kh, kw)]
        te = head(torch.from_numpy(raw.astype(np.float32)))  # T x D x kh x kw
        s = F.conv2d(e, te / float(kh * kw))  # N x T x oh x ow
        valid = F.max_pool2d((~mask).float()[:, None], (kh, kw), stride=1)[:, 0] == 0
        iou = torch.from_numpy(ious[(kh, kw)])
        inside = valid & (iou >= torch.from_numpy(thr)[:, None, None]) & (iou > 0)
        off = valid & (iou < 0.05)
        full = torch.full_like(s, BIG)
        tmax.append(torch.where(valid[:, None], s, full).flatten(2).amax(2))
        tin.append(torch.where(inside[:, None], s, full).flatten(2).amax(2))
        tout.append(torch.where(off[:, None], s, full).flatten(2).amax(2))
        tb.append(torch.from_numpy(bidx))
    tmax_all, tin_all, tout_all = (torch.cat(v, dim=1) for v in (tmax, tin, tout))
    tb_all = torch.cat(tb)
    whole = torch.stack(
        [
            tmax_all[:, tb_all == b].amax(1) if (tb_all == b).any() else torch.full((n,), BIG)
            for b in range(len(bank.brands))
        ],
        dim=1,
    )
    mine = tb_all[None, :] == own[:, None]  # N x T: the photo's own brand's templates
    inbox = torch.where(mine, tin_all, torch.full_like(tin_all, BIG)).amax(1)
    outside = torch.where(mine, tout_all, torch.full_like(tout_all, BIG)).amax(1)
    return whole, inbox, outside, own


def real_loss(head, batch: list[RealExample], bank: TemplateBank, tau: float = 0.05, margin: float = 0.0):
    """Contrastive loss on real photos (see the module docstring): per photo whose brand is in the bank and
    whose box a template window reaches, cross-entropy of [in-box peak, the brand's peak on each photo of
    another brand, its peak off the box] (ranking) plus half of [in-box peak, every other brand's peak on the
    photo] (top-1 brand). Logo-free photos in `batch` (brand "", no boxes: real_photos.clean_examples) are
    negatives of every brand in the ranking term; with `margin` > 0, plus the mean hinge max(0, the brand's
    best peak on the batch's logo-free photos - in-box peak + margin) (correlation units). A scalar tensor."""
    import torch
    import torch.nn.functional as F

    whole, inbox, outside, own = real_scores(head, batch, bank)
    zero = torch.zeros(1, dtype=torch.long)
    clean = torch.tensor([not e.boxes for e in batch])
    col, row, hinge = [], [], []
    for i in range(len(batch)):
        b = int(own[i])
        if b < 0 or inbox[i] <= BIG / 2:
            continue
        others = torch.tensor([j for j in range(len(batch)) if int(own[j]) != b], dtype=torch.long)
        logits = torch.cat([inbox[i : i + 1], whole[others, b], outside[i : i + 1]])
        col.append(F.cross_entropy((logits / tau)[None], zero))
        rivals = torch.cat([whole[i, :b], whole[i, b + 1 :]])
        row.append(F.cross_entropy((torch.cat([inbox[i : i + 1], rivals]) / tau)[None], zero))
        if margin > 0 and clean.any():
            hinge.append(F.relu(whole[clean, b].amax() - inbox[i] + margin))
    if not col:
        return torch.zeros((), requires_grad=True)
    loss = torch.stack(col).mean() + 0.5 * torch.stack(row).mean()
    return loss + torch.stack(hinge).mean() if hinge else loss


def proxy_eval(head, examples: list[RealExample], bank: TemplateBank, chunk: int = 48) -> dict:
    """Fast screen with the training scorer (no background offsets, rivals, SIFT or OCR): per brand of `bank`,
    AP of ranking every photo of `examples` by the brand's best correlation; mAP, mAP of photos whose logo is
    under 1/4 of the image (ranked against every other brand's photos), top-1 brand among the bank's brands."""
    import torch

    from benchmarks.eval_metrics import average_precision

    rows = []
    with torch.no_grad():
        for s in range(0, len(examples), chunk):
            rows.append(real_scores(head, examples[s : s + chunk], bank)[0].numpy())
    whole = np.concatenate(rows)
    brand = np.array([e.brand for e in examples])
    small = np.array([e.small for e in examples])
    aps, aps_small = [], []
    for k, b in enumerate(bank.brands):
        lab = (brand == b).astype(np.int64)
        aps.append(average_precision(whole[:, k], lab))
        keep = (brand != b) | small
        if (lab & keep).sum():
            aps_small.append(average_precision(whole[keep, k], lab[keep]))
    mine = np.array([b in bank.brands for b in brand])
    idx = np.array([bank.brands.index(b) for b in brand[mine]])
    top1 = float((whole[mine].argmax(1) == idx).mean()) if mine.any() else float("nan")
    return {"mAP": float(np.mean(aps)), "mAP_small": float(np.mean(aps_small)), "top1": top1}


def finetune(
    head: Head,
    composites: list[Example],
    real: list[RealExample],
    bank: TemplateBank,
    steps: int,
    seed: int,
    real_weight: float = 1.0,
    lr: float = 1e-3,
    real_batch: int = 16,
    comp_batch: int = 16,
    n_neg: int = 8,
    tau: float = 0.05,
    log_every: int = 50,
    anchor: float = 0.0,
    anchor_templates: bool = False,
    clean: list[RealExample] | None = None,
    clean_batch: int = 8,
    margin: float = 0.0,
    anchor_clean: bool = False,
    clean_hinge: float = 0.0,
) -> Head:
    """`steps` AdamW steps (cosine decay from `lr`) on composite loss + real_weight x real_loss, in place.
    With `anchor` > 0, plus anchor x the mean squared change of the composite batch's embeddings (cells L2-
    normalised) from those of the head as it started: the synthetic behaviour is held where the real term does
    not need it moved; with `anchor_templates`, the batch's composite templates (rendered marks) as well.
    With `clean` (logo-free photos, real_photos.clean_examples), `clean_batch` of them join each step's real
    batch as negatives of every brand (real_loss, with `margin`); with `anchor_clean` (and `anchor` > 0),
    their cell embeddings are anchored to the starting head's as the composite batch's are. With `clean_hinge`
    W > 0 (and `anchor` > 0), plus W x `peak_rise` of the composite batch's marks on its negatives and the
    drawn logo-free photos: no mark may correlate higher on a logo-free image than it did with the start."""
    import copy

    import torch

    start = copy.deepcopy(head) if anchor > 0 else None

    torch.manual_seed(seed)
    rng = np.random.default_rng(seed + 1)
    pos = [e for e in composites if e.slug]
    neg = [e for e in composites if not e.slug]
    tr_pos = [e for e in pos if not _val_slug(e.slug)]
    tr_neg = neg[: int(0.9 * len(neg))]
    opt = torch.optim.AdamW(head.params(), lr=lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: 0.5 * (1 + math.cos(math.pi * k / steps)))
    t0 = time.perf_counter()
    for step in range(steps):
        loss_c = torch.zeros(())
        if composites and real_weight < float("inf"):
            chosen, negs = sample_batch(rng, tr_pos, tr_neg, comp_batch, n_neg)
            loss_c = _batch_loss(head, chosen, negs, tau)
            if start is not None:
                x, mask = _pad_batch([e.feats for e in chosen + negs])
                with torch.no_grad():
                    before = start(x)
                loss_c = loss_c + anchor * ((head(x) - before) ** 2).sum(1)[mask].mean()
                if anchor_templates:  # the rendered marks' canvases too (flat marks on grey)
                    t = torch.cat([_flat(e.template) for e in chosen])
                    with torch.no_grad():
                        before = start(t)
                    loss_c = loss_c + anchor * ((head(t) - before) ** 2).sum(1).mean()
        batch = [real[i] for i in rng.choice(len(real), size=min(real_batch, len(real)), replace=False)]
        if clean:
            drawn = [
                clean[i] for i in rng.choice(len(clean), size=min(clean_batch, len(clean)), replace=False)
            ]
            batch += drawn
            if anchor_clean and start is not None:  # logo-free photos held where they were
                x, mask = _pad_batch([e.feats for e in drawn])
                with torch.no_grad():
                    before = start(x)
                loss_c = loss_c + anchor * ((head(x) - before) ** 2).sum(1)[mask].mean()
            if clean_hinge > 0 and start is not None and composites:
                free = [e.feats for e in negs] + [e.feats for e in drawn]
                loss_c = loss_c + clean_hinge * peak_rise(head, start, free, [e.template for e in chosen])
        # (real weight 0: the batch is still drawn, so the composite draws stay those of a weighted run)
        loss_r = real_loss(head, batch, bank, tau, margin) if real_weight else torch.zeros(())
        loss = loss_c + real_weight * loss_r
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        if step % log_every == 0 or step == steps - 1:
            print(
                f"  step {step}: composite {loss_c.item():.3f} real {loss_r.item():.3f} "
                f"({time.perf_counter() - t0:.0f} s)",
                flush=True,
            )
    return head


def peak_rise(head, start, feats: list[np.ndarray], templates: list[np.ndarray]):
    """Mean over (image, template) of max(0, the template's best correlation on the image with `head` - with
    `start`), correlation as train_head.scores computes it (best colour variant, valid windows). `feats`:
    C x H x W logo-free images; `templates`: V x C x kh x kw marks. A scalar tensor (0 where none fits)."""
    import torch
    import torch.nn.functional as F

    from training.train_head import scores

    x, mask = _pad_batch(feats)
    tt = [torch.from_numpy(t.astype(np.float32)) for t in templates]
    new = scores(head, x, mask, tt)
    with torch.no_grad():
        old = scores(start, x, mask, tt)
    rises = []
    for n, o in zip(new, old, strict=True):
        if n is None:
            continue
        (s, valid), so = n, o[0]
        ok = valid.flatten(1).any(1)
        pn = torch.where(valid, s, torch.full_like(s, BIG)).flatten(1).amax(1)
        po = torch.where(valid, so, torch.full_like(so, BIG)).flatten(1).amax(1)
        rises.append(F.relu(pn - po)[ok])
    return torch.cat(rises).mean() if rises else torch.zeros(())


def _flat(template: np.ndarray):
    """V x C x kh x kw template features as (V * kh * kw) x C x 1 x 1 cells for the head."""
    import torch

    v, c, kh, kw = template.shape
    cells = template.astype(np.float32).transpose(0, 2, 3, 1).reshape(-1, c, 1, 1)
    return torch.from_numpy(np.ascontiguousarray(cells))


def _val_slug(slug: str) -> bool:
    """train_head's composite validation logos (one in ten, by slug)."""
    return int.from_bytes(slug.encode()[:4].ljust(4, b"_"), "little") % 10 == 0


def composite_validation(head, composites: list[Example]) -> dict:
    """train_head's composite validation (held-aside logos): mrr, top1 and the score matrix."""
    import torch

    pos = [e for e in composites if e.slug and _val_slug(e.slug)]
    neg = [e for e in composites if not e.slug]
    with torch.no_grad():
        return evaluate_retrieval(head, pos, neg[int(0.9 * len(neg)) :])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--composites",
        type=Path,
        nargs="+",
        required=True,
        help="pickled train_head composites (concatenated)",
    )
    ap.add_argument("--make-composites", type=int, default=1500, help="composites to generate where absent")
    ap.add_argument("--widen", action="store_true", help="generate absent composites with synth.Widen()")
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--real-weight", type=float, default=1.0)
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--anchor", type=float, default=0.0, help="weight of the composite-embedding anchor")
    ap.add_argument("--anchor-templates", action="store_true", help="anchor composite templates too")
    ap.add_argument("--real-batch", type=int, default=16, help="real photos per step")
    ap.add_argument("--upright", action="store_true", help="train with upright templates only (faster)")
    ap.add_argument("--clean", type=int, default=0, help="logo-free training-split photos as negatives")
    ap.add_argument("--clean-batch", type=int, default=8, help="logo-free photos per step")
    ap.add_argument("--clean-margin", type=float, default=0.0, help="hinge margin below the in-box peak")
    ap.add_argument("--anchor-clean", action="store_true", help="anchor the logo-free photos' embeddings too")
    ap.add_argument("--clean-hinge", type=float, default=0.0, help="weight of peak_rise on logo-free images")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--init", type=Path, default=WEIGHTS, help="weights to start from")
    ap.add_argument("--proxy", action="store_true", help="print the dev-B screen before and after")
    ap.add_argument("--make-only", action="store_true", help="generate absent composites, then stop")
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args()
    import torch

    torch.set_num_threads(max(1, torch.get_num_threads()))
    composites = []
    for path in args.composites:
        if path.exists():
            composites += pickle.loads(path.read_bytes())
            continue
        from knockoff.matching.backbone import Backbone
        from training.synth import Widen
        from training.train_head import build_examples

        made = build_examples(
            args.make_composites, args.seed, Backbone("cpu"), Widen() if args.widen else None
        )
        path.write_bytes(pickle.dumps(made))
        composites += made
    if args.make_only:
        return
    from training.shared_data import real_logos

    _images, refs = real_logos()
    dev_a, dev_b = split_development(sorted({r.brand for r in refs}))
    feats = Features()
    real = development_examples(set(dev_a), feats)
    bank = template_bank(references(set(dev_a)), feats, (0.0,) if args.upright else logo.TEMPLATE_ROTATIONS)
    clean = clean_examples(args.clean, args.seed, feats) if args.clean else None
    print(f"dev-A {dev_a}: {len(real)} photos; {len(composites)} composites; {args.clean} logo-free photos")
    head = head_from_weights(args.init)
    proxy = None
    if args.proxy:
        proxy = (
            development_examples(set(dev_a) | set(dev_b), feats),
            template_bank(references(set(dev_b)), feats),
        )
        print("dev-B screen before:", proxy_eval(head, *proxy))
    print(
        "composite validation before:",
        {k: v for k, v in composite_validation(head, composites).items() if k != "scores"},
    )
    finetune(
        head, composites, real, bank, args.steps, args.seed, args.real_weight, args.lr, args.real_batch,
        anchor=args.anchor, anchor_templates=args.anchor_templates, clean=clean, clean_batch=args.clean_batch,
        margin=args.clean_margin, anchor_clean=args.anchor_clean, clean_hinge=args.clean_hinge,
    )  # fmt: skip
    metrics = composite_validation(head, composites)
    n_val = metrics["n"]
    head.calibration = fit_calibration(metrics.pop("scores"), n_val)
    print("composite validation after:", metrics, "calibration", head.calibration)
    if proxy:
        print("dev-B screen after:", proxy_eval(head, *proxy))
    head.save(args.out)
    print("wrote", args.out)


if __name__ == "__main__":
    main()
