"""Seller networks at marketplace scale: 200,000 listings and 500,000 images, two nights.

Generated data (seeded): listings on 5 sites sold by ~16,000 independent seller accounts and by
planted operators (2-6 storefronts each, across sites) that reuse their own photos (same bytes
or a re-encoded copy: a 256-bit hash a few bits away), put a contact (phone, Telegram, email or
shop URL) in some descriptions and sometimes use near-identical seller names. Beside them,
independent sellers share brand catalogue photos (official) and stock photos (used by 10-60
sellers), and boilerplate descriptions. Image hashes are generated (decoding 500,000 photos is
the matcher benchmark's business); contacts are extracted from the generated text for real.

Each night runs in its own process through the networks stage's `link_night` (the same code the
nightly stage runs: features, linking, the snapshot written to a lake folder, the second night
starting from the first night's snapshot), so wall time and peak RSS (`ru_maxrss`) are that
night's alone. The second night adds 10% new listings (new storefronts of existing operators
among them). Reported: seconds per step (wall and CPU), peak RSS, pairwise precision/recall over
seller accounts, the second/first night time ratio, night 2 run again from scratch (empty state,
its own lake: its cost, and whether the networks equal the incremental night's), night-1 quality
on seeds 1-7 at 10,000 listings (how much the figures move between generated marketplaces), and
the near-duplicate search (faiss multi-index hashing) side by side with a full comparison (numpy,
all pairs) on a 10,000-photo sample: same pairs, time ratio.

    python -m benchmarks --only networks [--quick]
    python -m benchmarks.bench_networks --listings 200000 --images 500000
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

SITES = ["shop-a", "shop-b", "shop-c", "shop-d", "shop-e"]
ADJ = ["Men's", "Women's", "Unisex", "Kids'", "Classic", "Vintage", "Premium", "Everyday"]
NOUN = ["cotton t-shirt", "zip hoodie", "rain jacket", "running sneakers", "tote bag", "baseball cap"]
WORDS = [
    "urban",
    "style",
    "outlet",
    "north",
    "bay",
    "river",
    "stone",
    "fashion",
    "trend",
    "house",
    "corner",
    "market",
    "depot",
    "deal",
    "star",
    "city",
    "green",
    "blue",
    "red",
    "lucky",
    "prime",
    "best",
    "top",
    "king",
    "queen",
    "select",
    "supply",
    "goods",
    "works",
    "store",
]
D1, D2 = "2026-11-01", "2026-11-02"


def _sha(tag: str) -> str:
    return hashlib.sha256(tag.encode()).hexdigest()


def _flip(h: np.ndarray, rng: np.random.Generator, bits: int) -> np.ndarray:
    h = h.copy()
    for b in rng.choice(256, bits, replace=False):
        h[b // 8] ^= np.uint8(1 << (b % 8))
    return h


@dataclass
class _World:
    """The generator's state: its random stream, every photo's hash so far, the official and stock
    photos, honest accounts (site, slug) with the stock/official photos some of them reuse, and the
    operators (accounts, names, house photos, contact line)."""

    rng: np.random.Generator
    hashes: dict[str, bytes] = field(default_factory=dict)
    official: list[str] = field(default_factory=list)
    honest: list[tuple[str, str]] = field(default_factory=list)
    stock_of: dict[int, list[str]] = field(default_factory=dict)
    official_of: dict[int, list[str]] = field(default_factory=dict)
    operators: list[dict] = field(default_factory=list)

    def new_photo(self, tag: str, base: np.ndarray | None = None, bits: int = 0) -> str:
        """A photo's SHA-256 (from `tag`); its 256-bit hash random, or `base` with `bits` bits flipped."""
        h = self.rng.integers(0, 256, 32, dtype=np.uint8) if base is None else _flip(base, self.rng, bits)
        sha = _sha(tag)
        self.hashes[sha] = h.tobytes()
        return sha


def _add_honest(w: _World, n_listings: int) -> None:
    """40 official photos, 200 stock photos each reused by 10-60 honest accounts, the honest accounts,
    and one in ten of them reusing an official photo."""
    rng = w.rng
    w.official = [w.new_photo(f"official-{i}") for i in range(40)]
    stock = [w.new_photo(f"stock-{i}") for i in range(200)]
    stock_users = {s: int(rng.integers(10, 61)) for s in stock}
    n_honest = max(20, n_listings // 12)
    w.honest = [
        (SITES[int(rng.integers(0, 5))], f"{rng.choice(WORDS)}-{rng.choice(WORDS)}-{i}")
        for i in range(n_honest)
    ]
    n_stock_acc = min(n_honest, 3000)
    w.stock_of = {
        a: [s for s in stock if rng.random() < stock_users[s] / n_stock_acc] for a in range(n_stock_acc)
    }
    w.official_of = {a: [w.official[int(rng.integers(0, 40))]] for a in rng.choice(n_honest, n_honest // 10)}


def _add_operators(w: _World, n_ops: int) -> None:
    """`n_ops` operators, each 2-6 storefronts with similar or unrelated names, 3 house photos and
    one contact line (phone, handle, e-mail or URL)."""
    rng = w.rng
    for o in range(n_ops):
        k = int(rng.integers(2, 7))
        base = f"{rng.choice(WORDS)} {rng.choice(WORDS)}"
        names = [
            f"{base} {j + 1}" if rng.random() < 0.5 else f"{rng.choice(WORDS)} {rng.choice(WORDS)} {o}"
            for j in range(k)
        ]
        accounts = [
            (SITES[int(rng.integers(0, 5))], f"{n.replace(' ', '-')}-op{o}-{j}") for j, n in enumerate(names)
        ]
        house = [rng.integers(0, 256, 32, dtype=np.uint8) for _ in range(3)]
        contact = [
            f"WhatsApp +44 7911 {100000 + o:06d}",
            f"Telegram @op{o}_shop",
            f"orders: sales{o}@op{o}-mail.example",
            f"our shop www.op{o}-outlet.shop/store",
        ][o % 4]
        w.operators.append({"accounts": accounts, "names": names, "house": house, "contact": contact})


def _operator_listing(
    w: _World, i: int, night: int, n_img: int, desc: str
) -> tuple[str, str, str, list[str], str, str]:
    """Listing `i` of a random operator: (site, slug, seller, image shas, description, operator)."""
    rng = w.rng
    o = int(rng.integers(0, len(w.operators)))
    op = w.operators[o]
    # a new storefront of an operator appears on night 2 (its last account)
    j = int(rng.integers(0, len(op["accounts"]) - (night == 1 and len(op["accounts"]) > 2)))
    site, slug = op["accounts"][j]
    seller = op["names"][j]
    house, contact = rng.random() < 0.7, rng.random() < 0.6
    imgs = [w.new_photo(f"l{i}-{k}") for k in range(max(1, n_img - house))]
    if house:
        h = int(rng.integers(0, 3))
        imgs.append(
            _sha(f"house-{o}-{h}")
            if rng.random() < 0.5
            else w.new_photo(f"l{i}-house", op["house"][h], int(rng.integers(1, 5)))
        )
        w.hashes.setdefault(_sha(f"house-{o}-{h}"), op["house"][h].tobytes())
    if contact or not house:
        desc = f"{desc} {op['contact']}"
    return site, slug, seller, imgs, desc, f"op{o}"


def _honest_listing(w: _World, i: int, n_img: int) -> tuple[str, str, str, list[str]]:
    """Listing `i` of an honest account (Zipf-popular half the time): (site, slug, seller, image shas)."""
    rng = w.rng
    n_honest = len(w.honest)
    a = int(rng.zipf(1.6)) % n_honest if rng.random() < 0.5 else int(rng.integers(0, n_honest))
    site, slug = w.honest[a]
    seller = slug.replace("-", " ").title()
    imgs = [w.new_photo(f"l{i}-{k}") for k in range(n_img)]
    if a in w.stock_of and w.stock_of[a] and rng.random() < 0.3:
        imgs[0] = w.stock_of[a][int(rng.integers(0, len(w.stock_of[a])))]
    if a in w.official_of and rng.random() < 0.5:
        imgs[0] = w.official_of[a][0]
    return site, slug, seller, imgs


def generate(n_listings: int, n_images: int, seed: int = 0) -> tuple[pd.DataFrame, dict, pd.DataFrame, dict]:
    """(listings with a `night` column, hashes {sha: 32 bytes}, truth (account, operator), official).

    ~8% of listings belong to operators; night 2 is the last 10% of rows."""
    w = _World(rng=np.random.default_rng(seed))
    rng = w.rng
    per = n_images / n_listings
    _add_honest(w, n_listings)
    _add_operators(w, max(3, n_listings // 200))
    rows = []
    n_op_listings = int(n_listings * 0.08)
    for i in range(n_listings):
        night = 2 if i >= n_listings * 0.9 else 1
        n_img = max(1, int(rng.poisson(per - 1) + 1))
        desc = f"{ADJ[int(rng.integers(0, 8))]} {NOUN[int(rng.integers(0, 6))]}. Comfortable, durable and easy to care for."
        truth = None
        if i % int(n_listings / n_op_listings) == 0:
            site, slug, seller, imgs, desc, truth = _operator_listing(w, i, night, n_img, desc)
        else:
            site, slug, seller, imgs = _honest_listing(w, i, n_img)
        url = f"http://{site}.example/item/{i}"
        rows.append(
            {
                "listing_id": hashlib.sha256(f"{site}\n{url}".encode()).hexdigest()[:20],
                "site": site,
                "url": url,
                "title": f"item {i}",
                "description": desc,
                "seller": seller,
                "seller_url": f"http://{site}.example/seller/{slug}",
                "image_sha256": imgs,
                "night": night,
                "operator": truth,
            }
        )
    listings = pd.DataFrame(rows)
    acc = listings.assign(
        account=listings["site"] + "/" + listings["seller_url"].str.rsplit("/", n=1).str[-1]
    )
    truth_df = acc[["account", "operator"]].drop_duplicates("account")
    return (
        listings,
        w.hashes,
        truth_df,
        {"shas": set(w.official), "hashes": [w.hashes[s] for s in w.official]},
    )


def _groups(members: pd.DataFrame) -> set[frozenset[str]]:
    return {frozenset(g["account"]) for _, g in members.groupby("network_id")}


def seeds_quality(n_listings: int, n_images: int, seeds: range) -> list[dict]:
    """Night-1 pairwise quality on other seeds of the generator (in this process, linking only):
    how much precision and recall move from one generated marketplace to the next."""
    from knockoff.matching.netfeatures import listing_features
    from knockoff.matching.networks import LinkParams, NetworkState, update

    out = []
    for seed in seeds:
        listings, hashes, truth, official = generate(n_listings, n_images, seed=seed)
        first = listings[listings["night"] == 1]
        feats = listing_features(first.drop(columns=["night", "operator"]))
        h = pd.DataFrame({"image_sha256": list(hashes), "phash": list(hashes.values())})
        _, res = update(
            NetworkState(),
            feats,
            h,
            D1,
            official["hashes"],
            official["shas"],
            LinkParams(),
            seen=first["listing_id"],
        )
        q = pairwise(truth[truth["account"].isin(set(feats["account"]))], res.members)
        out.append({"seed": seed, **q})
    return out


def pairwise(truth: pd.DataFrame, members: pd.DataFrame) -> dict[str, float | int]:
    """Pairwise precision/recall over accounts (pairs counted per group, without listing them)."""
    t = truth.dropna(subset=["operator"])
    m = members.drop_duplicates("account")[["account", "network_id"]]
    both = t.merge(m, on="account", how="left")

    def pairs(sizes: pd.Series) -> int:
        return int((sizes * (sizes - 1) // 2).sum())

    true_pairs = pairs(t.groupby("operator").size())
    found_pairs = pairs(m.groupby("network_id").size())
    hit = pairs(both.dropna(subset=["network_id"]).groupby(["operator", "network_id"]).size())
    honest_in = int(m["account"].isin(truth.loc[truth["operator"].isna(), "account"]).sum())
    return {
        "true_pairs": true_pairs,
        "found_pairs": found_pairs,
        "correct_pairs": hit,
        "precision": round(hit / found_pairs, 4) if found_pairs else 0.0,
        "recall": round(hit / true_pairs, 4) if true_pairs else 0.0,
        "honest_accounts_merged": honest_in,
    }


# ---- one night in its own process -------------------------------------------------------------


def _night_main(folder: str, night: int, full: bool | None = None) -> None:
    """One night in this process; `full`: night 2 from scratch in a lake of its own."""
    from knockoff.jobs.night.networks import link_night
    from knockoff.lake import Lake
    from knockoff.matching.networks import LinkParams

    t0 = time.perf_counter()
    data = Path(folder)
    listings = pd.read_parquet(data / "listings.parquet")
    listings = listings[listings["night"] <= night].drop(columns=["night", "operator"])
    hashes = pd.read_parquet(data / "hashes.parquet")
    by_sha = dict(zip(hashes["image_sha256"], hashes["phash"], strict=True))  # the photos' hashing stage
    official = json.loads((data / "official.json").read_text())
    t_read = time.perf_counter() - t0

    def lookup(shas: set[str]) -> tuple[pd.DataFrame, int]:
        """Stands in for hashing tonight's new photos: cost proportional to them, like the stage."""
        got = sorted(s for s in shas if s in by_sha)
        rows = pd.DataFrame({"image_sha256": got, "phash": [by_sha[s] for s in got]})
        return rows, len(rows)

    ru0 = resource.getrusage(resource.RUSAGE_SELF)
    res, secs = link_night(
        Lake(str(data / ("lake" if full is None else "lake-full"))),
        D1 if night == 1 else D2,
        listings,
        LinkParams(),
        ([bytes.fromhex(h) for h in official["hashes"]], set(official["shas"])),
        hashes=lookup,
    )
    ru1 = resource.getrusage(resource.RUSAGE_SELF)
    res.members[["account", "network_id"]].to_parquet(
        data / f"members-{night}{'-full' if full else ''}.parquet"
    )
    out = {
        "seconds": round(sum(secs.values()), 2),
        "cpu_seconds": round(ru1.ru_utime + ru1.ru_stime - ru0.ru_utime - ru0.ru_stime, 2),
        "read_inputs_seconds": round(t_read, 2),
        "steps": secs,
        "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "counts": res.counts,
    }
    print(json.dumps(out, default=str))


def _run_night(folder: Path, night: int, full: bool = False) -> dict:
    cmd = [sys.executable, "-m", "benchmarks.bench_networks", "--night", str(night), "--folder", str(folder)]
    cmd += ["--full"] if full else []
    done = subprocess.run(
        cmd, capture_output=True, text=True, cwd=Path(__file__).resolve().parents[1], check=False
    )
    if done.returncode != 0:
        raise RuntimeError(f"night {night} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _search_vs_full(hashes: dict, n: int = 10_000) -> dict:
    from knockoff.matching.photohash import as_matrix, hamming, near_pairs

    h = as_matrix(list(hashes.values())[:n])
    t = time.perf_counter()
    qi, ii, _ = near_pairs(h, h, 8)
    t_index = time.perf_counter() - t
    got = {(int(a), int(b)) for a, b in zip(qi, ii, strict=True) if a != b}
    t = time.perf_counter()
    full = set()
    bits = np.unpackbits(h, axis=1).astype(np.uint8)
    for i in range(0, n, 500):  # all pairs, in blocks: d = sum of differing bits
        blk = bits[i : i + 500].astype(np.int32)
        d = blk.sum(1)[:, None] + bits.sum(1)[None, :].astype(np.int32) - 2 * blk @ bits.T.astype(np.int32)
        for a, b in zip(*np.nonzero(d <= 8), strict=True):
            if i + a != b:
                full.add((int(i + a), int(b)))
    t_full = time.perf_counter() - t
    assert all(hamming(h[[a]], h[[b]])[0] <= 8 for a, b in list(got)[:100])
    return {
        "photos": n,
        "pairs_index": len(got),
        "pairs_full": len(full),
        "same_pairs": got == full,
        "index_seconds": round(t_index, 2),
        "full_seconds": round(t_full, 2),
    }


def measure(n_listings: int, n_images: int) -> dict:
    """Generate, run both nights in child processes, score; returns every figure."""
    t = time.perf_counter()
    listings, hashes, truth, official = generate(n_listings, n_images)
    gen_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory(prefix="bench-networks-") as tmp:
        folder = Path(tmp)
        listings.to_parquet(folder / "listings.parquet")
        pd.DataFrame({"image_sha256": list(hashes), "phash": list(hashes.values())}).to_parquet(
            folder / "hashes.parquet"
        )
        (folder / "official.json").write_text(
            json.dumps({"shas": sorted(official["shas"]), "hashes": [h.hex() for h in official["hashes"]]})
        )
        load = os.getloadavg()[0]
        n1 = _run_night(folder, 1)
        n2 = _run_night(folder, 2)
        n2_full = _run_night(folder, 2, full=True)
        same = _groups(pd.read_parquet(folder / "members-2.parquet")) == _groups(
            pd.read_parquet(folder / "members-2-full.parquet")
        )
        first = listings[listings["night"] == 1]
        acc1 = set(first["site"] + "/" + first["seller_url"].str.rsplit("/", n=1).str[-1])
        truth1 = truth[truth["account"].isin(acc1)]
        q1 = pairwise(truth1, pd.read_parquet(folder / "members-1.parquet"))
        q2 = pairwise(truth, pd.read_parquet(folder / "members-2.parquet"))
        lake_mb = sum(p.stat().st_size for p in (folder / "lake").rglob("*") if p.is_file()) / 2**20
    return {
        "listings": n_listings,
        "images": sum(len(x) for x in listings["image_sha256"]),
        "unique_images": len(hashes),
        "operators": int(truth["operator"].nunique()),
        "generate_seconds": round(gen_s, 1),
        "load_before": round(load, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "night1": n1,
        "night2": n2,
        "quality1": q1,
        "quality2": q2,
        "night2_from_scratch": {"seconds": n2_full["seconds"], "cpu_seconds": n2_full["cpu_seconds"]},
        "same_networks_as_from_scratch": same,
        "ratio": round(n2["seconds"] / n1["seconds"], 3),
        "cpu_ratio": round(n2["cpu_seconds"] / n1["cpu_seconds"], 3),
        "snapshot_mb": round(lake_mb, 1),
        "search": _search_vs_full(hashes),
    }


def _section(small: dict, big: dict | None, seeds: list[dict] | None = None) -> str:
    lines = [
        "## Seller networks (benchmarks/bench_networks.py)",
        "",
        "Generated listings and image hashes with planted operators (see the module docstring); each night in its "
        "own process through `jobs.night.networks.link_night` (features, linking, lake snapshot); in-process, one "
        "core (the Dask tasks of the nightly stage are not used here). Night 2 starts from night 1's state (its "
        "CPU is what the must-show compares: under 15% of night 1); the photo hashes of the night's new images "
        "are looked up in a dict built before timing (the stand-in for the hashing stage, whose cost follows the "
        "new images). Pairwise precision/recall over seller accounts.",
        "",
        "| size | night | listings processed | wall s | CPU s | peak RSS MB | precision | recall | honest merged "
        "| night 2 / night 1 (wall, CPU) |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for r in [x for x in (small, big) if x]:
        size = f"{r['listings']:,} listings, {r['images']:,} images"
        ratios = f"{r['ratio']}, {r['cpu_ratio']}"
        for k in (1, 2):
            n, q = r[f"night{k}"], r[f"quality{k}"]
            lines.append(
                f"| {size} | {k} | {n['counts']['listings_new_or_changed']:,} | {n['seconds']} | {n['cpu_seconds']} | "
                f"{n['peak_rss_mb']} | {q['precision']} | {q['recall']} | {q['honest_accounts_merged']} | "
                f"{ratios if k == 2 else ''} |"
            )
    lines.append("")
    for r in [x for x in (small, big) if x]:
        s = r["search"]
        c1, c2 = r["night1"]["counts"].get("cpu_seconds"), r["night2"]["counts"].get("cpu_seconds")
        lines += [
            f"- {r['listings']:,} listings: steps (wall s) night 1 {r['night1']['steps']}, night 2 "
            f"{r['night2']['steps']}; CPU s night 1 {c1}, night 2 {c2}; linking (the 'link' step) CPU s by part, "
            f"night 2 {r['night2']['counts'].get('link_cpu_seconds')}; {r['operators']} operators; lake "
            f"folder (both nights, the from-scratch night 2 aside) {r['snapshot_mb']} MB; load average "
            f"{r['load_before']} before, {r['load_after']} after (2 cores shared with other work).",
            f"- {r['listings']:,} listings: night 2 from scratch (every listing, empty state) "
            f"{r['night2_from_scratch']['cpu_seconds']} s CPU; same networks as the incremental night 2: "
            f"{r['same_networks_as_from_scratch']}.",
            f"- near-duplicate search on {s['photos']:,} photos (radius 8 of 256 bits): multi-index hashing "
            f"{s['index_seconds']} s vs full comparison {s['full_seconds']} s, same pairs: {s['same_pairs']} "
            f"({s['pairs_index']} pairs).",
        ]
    for q in seeds or []:
        lines.append(
            f"- 10,000 listings, seed {q['seed']} (night 1, linking only): precision {q['precision']}, recall "
            f"{q['recall']} ({q['correct_pairs']} of {q['true_pairs']} pairs), honest merged "
            f"{q['honest_accounts_merged']}."
        )
    if seeds:
        rec = [q["recall"] for q in seeds]
        lines.append(
            f"- 10,000 listings, seeds 0-{len(seeds)}: night-1 recall mean "
            f"{round((sum(rec) + small['quality1']['recall']) / (len(rec) + 1), 4)} "
            f"(min {min([*rec, small['quality1']['recall']])}, max {max([*rec, small['quality1']['recall']])})."
        )
    return "\n".join(lines)


def run(quick: bool = False) -> str:
    """The Markdown section for benchmarks/RESULTS.md (quick: 10,000 listings only)."""
    small = measure(10_000, 25_000)
    seeds = seeds_quality(10_000, 25_000, range(1, 8))
    big = None if quick else measure(200_000, 500_000)
    return _section(small, big, seeds)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--listings", type=int, default=10_000)
    ap.add_argument("--images", type=int, default=25_000)
    ap.add_argument("--night", type=int, help=argparse.SUPPRESS)
    ap.add_argument("--folder", help=argparse.SUPPRESS)
    ap.add_argument("--full", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.night:
        _night_main(args.folder, args.night, args.full or None)
        return 0
    r = measure(args.listings, args.images)
    print(json.dumps(r, indent=1, default=str))
    print(_section(r, None))
    return 0


if __name__ == "__main__":
    sys.exit(main())
