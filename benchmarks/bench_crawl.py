"""Crawler benchmark: extraction accuracy (field F1) and crawl throughput into Parquet on loopback,
side by side with a reference image downloader on the same image URLs.

Throughput: a generated shop (category pages with pagination, one JSON-LD listing page and one
unique ~50 KB JPEG per listing) is served by an aiohttp server in its own process. knockoff crawls it
with `run_crawl` (pages + images, validation, Parquet staging and atomic commit: the wall time of
the whole call). The baselines download only the image URL list: img2dataset 1.47 (the reference;
parquet output, no re-encoding) when it can be imported, and a plain aiohttp downloader that keeps
the bytes in memory.

    python -m benchmarks.bench_crawl [--quick]
"""

from __future__ import annotations

import asyncio
import io
import multiprocessing as mp
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
PAGES = ROOT / "tests" / "crawler" / "pages"
HOLDOUT = ROOT / "tests" / "crawler" / "pages_holdout"
PER_PAGE = 50


# ---- the loopback shop ------------------------------------------------------------------------


def _make_images(folder: Path, n: int) -> None:
    import numpy as np
    from PIL import Image

    rng = np.random.default_rng(0)
    folder.mkdir(parents=True, exist_ok=True)
    base = rng.integers(0, 256, (240, 240, 3), dtype=np.uint8)
    for i in range(n):
        arr = base.copy()
        arr[i % 240, :, :] = i % 256  # unique bytes per image
        arr[:, (i * 7) % 240, 0] = (i * 13) % 256
        arr[0:8, 0:8, :] = 0
        arr[0:8, 0:8, 1] = (i >> 8) % 256  # with the two lines above: unique up to 65,536 images
        arr[0:8, 8:16, 1] = i % 256  # (the stripes alone repeat every 3,840)
        buf = io.BytesIO()
        Image.fromarray(arr).save(buf, "JPEG", quality=85)
        (folder / f"{i}.jpg").write_bytes(buf.getvalue())


def _serve(folder: str, n: int, port_q: mp.Queue) -> None:
    import json

    from aiohttp import web

    imgs = {p.name: p.read_bytes() for p in Path(folder).glob("*.jpg")}

    async def home(request: web.Request) -> web.Response:
        n_pages = -(-n // PER_PAGE)
        links = "".join(f"<a href='/c?page={p}'>page {p}</a> " for p in range(1, n_pages + 1))
        return web.Response(
            text=f"<html><body><h1>Bench shop</h1>{links}</body></html>", content_type="text/html"
        )

    async def category(request: web.Request) -> web.Response:
        page = int(request.query.get("page", "1"))
        ids = range((page - 1) * PER_PAGE, min(n, page * PER_PAGE))
        items = "".join(
            f"<li><a href='/p/{i}'>Item {i}</a> <span class='price'>{i}.99 €</span></li>" for i in ids
        )
        return web.Response(text=f"<html><body><ul>{items}</ul></body></html>", content_type="text/html")

    async def product(request: web.Request) -> web.Response:
        i = int(request.match_info["i"])
        base = f"http://{request.host}"
        data = {
            "@context": "https://schema.org",
            "@type": "Product",
            "name": f"Item {i}",
            "sku": f"B-{i}",
            "description": "A benchmark product. " * 5,
            "image": [f"{base}/img/{i}.jpg"],
            "offers": {
                "@type": "Offer",
                "price": f"{i}.99",
                "priceCurrency": "EUR",
                "availability": "InStock",
            },
        }
        body = f"<html><head><script type='application/ld+json'>{json.dumps(data)}</script></head><body><h1>Item {i}</h1></body></html>"
        return web.Response(text=body, content_type="text/html")

    async def image(request: web.Request) -> web.Response:
        data = imgs.get(request.match_info["name"])
        if data is None:
            raise web.HTTPNotFound()
        return web.Response(body=data, content_type="image/jpeg")

    async def robots(request: web.Request) -> web.Response:
        return web.Response(text="User-agent: *\nDisallow: /cart\n")

    app = web.Application()
    app.router.add_get("/", home)
    app.router.add_get("/c", category)
    app.router.add_get("/p/{i}", product)
    app.router.add_get("/img/{name}", image)
    app.router.add_get("/robots.txt", robots)

    async def main() -> None:
        runner = web.AppRunner(app, access_log=None)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0, backlog=1024)
        await site.start()
        port_q.put(site._server.sockets[0].getsockname()[1])  # type: ignore[union-attr]
        await asyncio.Event().wait()

    asyncio.run(main())


# ---- the runs ---------------------------------------------------------------------------------


def _knockoff(base: str, tmp: Path, redis_url: str | None = None, workers: int = 1) -> dict[str, float]:
    from knockoff.config import CrawlConfig, SiteConfig
    from knockoff.crawler.run import run_crawl

    cfg = CrawlConfig(
        allow_private_addresses=True,
        autothrottle=False,
        concurrent_requests=64,
        concurrent_requests_per_domain=64,  # shared by the processes (run_crawl divides it)
        http_cache=False,
        sitemaps=False,
        redis_url=redis_url,
        workers=workers,
    )
    t0 = time.perf_counter()
    lake = str(tmp / f"lake-{workers}")
    s = run_crawl([SiteConfig(name="bench", start_urls=[base])], lake, "2026-01-01", cfg)
    dt = time.perf_counter() - t0
    site = s.sites["bench"]
    return {
        "seconds": dt,
        "listings": site.committed_listings,
        "images": site.committed_images,
        "pages": site.pages,
    }


def _redis_server(tmp: Path) -> tuple[subprocess.Popen | None, str | None]:
    from knockoff.crawler.frontier import start_local_redis

    return start_local_redis(tmp) or (None, None)


def _aiohttp_baseline(urls: list[str]) -> dict[str, float]:
    import aiohttp

    async def main() -> int:
        got = 0
        sem = asyncio.Semaphore(64)
        async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=64)) as s:

            async def one(u: str) -> None:
                nonlocal got
                async with sem, s.get(u) as r:
                    if r.status == 200 and await r.read():
                        got += 1

            await asyncio.gather(*(one(u) for u in urls))
        return got

    t0 = time.perf_counter()
    got = asyncio.run(main())
    return {"seconds": time.perf_counter() - t0, "images": got}


def _img2dataset_path() -> str | None:
    """Where img2dataset can be imported from: the environment, or IMG2DATASET_PYTHONPATH."""
    extra = os.environ.get("IMG2DATASET_PYTHONPATH", "")
    for path in ([""] if not extra else [extra]) + ([] if extra else ["/tmp/i2d"]):
        env = {**os.environ, "PYTHONPATH": path} if path else dict(os.environ)
        r = subprocess.run(
            [sys.executable, "-c", "import img2dataset"], env=env, capture_output=True, check=False
        )
        if r.returncode == 0:
            return path
    return None


def _img2dataset(urls: list[str], tmp: Path, path: str) -> dict[str, float]:
    url_file = tmp / "urls.txt"
    url_file.write_text("\n".join(urls))
    out = tmp / "i2d"
    code = (
        "from img2dataset import download\n"
        f"download(url_list={str(url_file)!r}, output_folder={str(out)!r}, output_format='parquet', "
        "input_format='txt', processes_count=2, thread_count=64, resize_mode='no', disable_all_reencoding=True, "
        "number_sample_per_shard=10000, enable_wandb=False, timeout=20, retries=0, compute_hash=None)\n"
    )
    env = {**os.environ, "NO_ALBUMENTATIONS_UPDATE": "1", "PYTHONPATH": path} if path else dict(os.environ)
    t0 = time.perf_counter()
    r = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False)
    dt = time.perf_counter() - t0
    if r.returncode != 0:
        raise RuntimeError((r.stderr or r.stdout).strip().splitlines()[-1][:200])
    import pyarrow.parquet as pq

    n = 0
    for f in out.glob("*.parquet"):
        t = pq.read_table(f, columns=["status"])
        n += sum(1 for s in t["status"].to_pylist() if s == "success")
    return {"seconds": dt, "images": n}


def _accuracy_table() -> list[str]:
    from knockoff.crawler.accuracy import SCORED, field_scores

    main, hold = field_scores(PAGES), field_scores(HOLDOUT)
    lines = [
        f"Field F1 of the extractor on {main['pages']} hand-labelled pages (JSON-LD, microdata, RDFa, OpenGraph, "
        f"heuristic-only and non-product pages; used while building it) and {hold['pages']} held-out pages "
        "(written after the extractor was frozen).",
        "",
        "| field | F1 labelled | F1 held-out | target |",
        "|---|---|---|---|",
    ]
    targets = {"price": 0.93, "sku": 0.85, "availability": 0.96}
    for f in SCORED:
        t = f">= {targets[f]}" if f in targets else ""
        lines.append(f"| {f} | {main['fields'][f]['f1']:.3f} | {hold['fields'][f]['f1']:.3f} | {t} |")
    if hold["mistakes"]:
        lines += ["", "Held-out mistakes: " + "; ".join(hold["mistakes"][:6])]
    return lines


@dataclass
class _Measured:
    """One throughput run: `n` listings with `mb` MB of images; seconds and counts per downloader
    (None when it did not run) and a note on img2dataset when it could not run."""

    n: int
    mb: float
    k: dict[str, float]
    k2: dict[str, float] | None = None
    a: dict[str, float] | None = None
    i2d: dict[str, float] | None = None
    i2d_note: str = ""


def _shared_frontier_crawl(base: str, tmp: Path) -> dict[str, float] | None:
    """knockoff's crawl with two processes sharing a Redis frontier; None without a redis-server."""
    redis_proc, redis_url = _redis_server(tmp)
    if redis_proc is None:
        return None
    try:
        return _knockoff(base, tmp, redis_url, workers=2)
    finally:
        redis_proc.terminate()
        redis_proc.wait(10)


def _img2dataset_run(urls: list[str], tmp: Path, baselines: bool) -> tuple[dict[str, float] | None, str]:
    """img2dataset's download of `urls` when `baselines` and it can be imported; (result, note on why not)."""
    if not baselines:
        return None, ""
    i2d_path = _img2dataset_path()
    if i2d_path is None:
        return None, (
            "img2dataset is not importable here: `pip install img2dataset` would downgrade "
            "opencv-python-headless 5 -> 4.14 and pull pandas/wandb into the shared environment, so it is "
            "installed in isolation (`pip install --target DIR img2dataset`, remove DIR/dataclasses.py, "
            "then IMG2DATASET_PYTHONPATH=DIR); only the aiohttp baseline ran."
        )
    try:
        return _img2dataset(urls, tmp, i2d_path), ""
    except Exception as exc:
        return None, f"img2dataset failed: {exc}"


def _measure(tmp: Path, n: int, baselines: bool) -> _Measured:
    """Serve `n` listings with JPEGs from a shop in its own process and crawl/download them all."""
    _make_images(tmp / "img", n)
    mb = sum(p.stat().st_size for p in (tmp / "img").glob("*.jpg")) / 1e6
    ctx = mp.get_context("spawn")
    q: mp.Queue = ctx.Queue()
    server = ctx.Process(target=_serve, args=(str(tmp / "img"), n, q), daemon=True)
    server.start()
    try:
        port = q.get(timeout=60)
        base = f"http://127.0.0.1:{port}/"
        urls = [f"{base}img/{i}.jpg" for i in range(n)]
        m = _Measured(n=n, mb=mb, k=_knockoff(base, tmp))
        m.k2 = _shared_frontier_crawl(base, tmp)
        m.a = _aiohttp_baseline(urls) if baselines else None
        m.i2d, m.i2d_note = _img2dataset_run(urls, tmp, baselines)
        return m
    finally:
        server.terminate()
        server.join(10)


def _throughput_table(m: _Measured, load_before: tuple[float, float, float]) -> list[str]:
    """The markdown throughput table with its counts and notes."""
    n, mb, k, k2, a, i2d = m.n, m.mb, m.k, m.k2, m.a, m.i2d
    lines = [
        "",
        f"Throughput on loopback: {n} listings, {n} unique JPEGs ({mb / n * 1000:.0f} KB each, {mb:.0f} MB), shop "
        "server in its own process; knockoff = whole `run_crawl` (subprocess start, robots.txt, category pages, "
        "listing pages, JSON-LD extraction, image download + validation + SHA-256, Parquet staging and atomic commit).",
        "",
        "| downloader | what it does | wall s | listings/s | images/s | MB/s |",
        "|---|---|---|---|---|---|",
        f"| knockoff crawl (Scrapy 2.19, asyncio, 1 process) | pages + images into Parquet | {k['seconds']:.1f} | "
        f"{k['listings'] / k['seconds']:.0f} | {k['images'] / k['seconds']:.0f} | {mb / k['seconds']:.1f} |",
    ]
    if k2:
        lines.append(
            f"| knockoff crawl, 2 processes sharing a Redis frontier | pages + images into Parquet | "
            f"{k2['seconds']:.1f} | {k2['listings'] / k2['seconds']:.0f} | {k2['images'] / k2['seconds']:.0f} | "
            f"{mb / k2['seconds']:.1f} |"
        )
    if i2d:
        lines.append(
            f"| img2dataset 1.47 (2 processes x 64 threads, no re-encoding) | image URL list into Parquet | "
            f"{i2d['seconds']:.1f} | - | {i2d['images'] / i2d['seconds']:.0f} | {mb / i2d['seconds']:.1f} |"
        )
    if a:
        lines.append(
            f"| plain aiohttp (64 concurrent, bytes kept in memory) | image URL list, nothing written | "
            f"{a['seconds']:.1f} | - | {a['images'] / a['seconds']:.0f} | {mb / a['seconds']:.1f} |"
        )
    counts = f"knockoff stored {k['listings']} listings and {k['images']} images"
    if k2:
        counts += f" (2 processes: {k2['listings']} and {k2['images']})"
    if i2d:
        counts += f"; img2dataset {i2d['images']} images"
    lines += ["", counts + (f"; aiohttp {a['images']} images." if a else ".")]
    if k2:
        lines.append(
            f"Two processes vs one: {k['seconds'] / k2['seconds']:.2f}x. Load average (1 min) on this "
            f"{os.cpu_count()}-core machine: {load_before[0]:.1f} before, {os.getloadavg()[0]:.1f} after."
        )
    if m.i2d_note:
        lines += ["", m.i2d_note]
    return lines


def run(quick: bool = False, listings: int | None = None, baselines: bool = True) -> str:
    """The accuracy table and the throughput table (`listings` listings, default 300 quick / 2000); without
    `baselines`, only knockoff's crawls (one process, then two on a Redis frontier) and the machine's load."""
    n = listings or (300 if quick else 2000)
    lines = ["## Crawler: extraction accuracy and loopback throughput", ""]
    if baselines:
        lines += _accuracy_table()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as d:
        m = _measure(Path(d), n, baselines)
    lines += _throughput_table(m, load_before)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="300 listings")
    ap.add_argument("--listings", type=int, help="listings (and images) in the loopback shop, e.g. 20000")
    ap.add_argument("--no-baselines", action="store_true", help="knockoff's crawls only (no accuracy table)")
    args = ap.parse_args()
    print(run(args.quick, args.listings, not args.no_baselines))
