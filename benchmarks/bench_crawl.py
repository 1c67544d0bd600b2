"""Crawler benchmark: extraction accuracy (field F1) and crawl throughput into Parquet on loopback,
side by side with a reference image downloader on the same image URLs.

Throughput: a generated shop (category pages with pagination, one JSON-LD listing page and one
unique ~44 KB JPEG per listing) is served by an aiohttp server in its own process. knockoff crawls it
with `run_crawl` (pages + images, validation, Parquet staging and atomic commit: the wall time of
the whole call), with one process and with two processes sharing a Redis frontier. Each crawl runs
in a subprocess; its CPU seconds (crawl processes, their parent, and redis-server for two processes)
and the shop server's CPU are measured with it, so a figure taken on a loaded machine can still be
read: CPU ms per listing does not depend on the load, images/s does. Same-run references:

- `--baseline REV`: the same crawls with the crawl pipeline files (`BASELINE_FILES`) as they were at
  git revision REV and everything else (extraction included) as in the working tree;
- `--floor`: plain Scrapy (same settings, trivial JSON-LD read, FilesPipeline) doing the same
  requests: what any Scrapy crawler gets from one process on this machine;
- a CPU control: how much more work two CPU-bound processes get done than one, at the same moment
  (on a shared machine this, not the crawler, can bound the two-process ratio).

The baselines (without `--no-baselines`) download only the image URL list: img2dataset 1.47 (the
reference; parquet output, no re-encoding) when it can be imported, and a plain aiohttp downloader
that keeps the bytes in memory.

    python -m benchmarks.bench_crawl [--quick] [--listings N] [--no-baselines] [--baseline REV] [--floor]
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


BASELINE_FILES = [
    f"crawler/{m}.py"
    for m in (
        [
            "pipelines",
            "images",
            "staging",
            "settings",
            "runner",
            "run",
            "frontier",
            "middlewares",
            "state",
            "safety",
            "command",
        ]
    )
] + ["crawler/spiders/generic.py", "crawler/spiders/declarative.py"]

_CRAWL_SCRIPT = """
import json, sys, time
from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.run import run_crawl
base, lake, redis_url, workers = sys.argv[1], sys.argv[2], sys.argv[3] or None, int(sys.argv[4])
cfg = CrawlConfig(allow_private_addresses=True, autothrottle=False, concurrent_requests=64,
    concurrent_requests_per_domain=64,  # shared by the processes (run_crawl divides it)
    http_cache=False, sitemaps=False, redis_url=redis_url, workers=workers)
t0 = time.perf_counter()
s = run_crawl([SiteConfig(name='bench', start_urls=[base])], lake, '2026-01-01', cfg)
site = s.sites['bench']
print(json.dumps({'seconds': time.perf_counter() - t0, 'listings': site.committed_listings,
    'images': site.committed_images, 'pages': site.pages,
    'split': [w.get('listings') for w in site.worker_results]}))
"""


def _tree(tmp: Path, rev: str | None) -> Path:
    """The code a crawl runs: the working tree, or a copy of it with BASELINE_FILES as at git `rev`."""
    if rev is None:
        return ROOT
    import shutil

    tree = tmp / f"tree-{rev}"
    if tree.exists():
        return tree
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for pkg in ("knockoff", "crawler"):
        shutil.copytree(ROOT / pkg, tree / pkg, ignore=ignore)
    for f in BASELINE_FILES:
        old = subprocess.run(["git", "show", f"{rev}:{f}"], cwd=ROOT, capture_output=True, check=True).stdout
        (tree / f).write_bytes(old)
    # the installed layout (knockoff.crawler, knockoff.matching, ...): unchanged packages are linked
    (tree / "knockoff" / "crawler").symlink_to(tree / "crawler", target_is_directory=True)
    for pkg in ("matching", "jobs", "cluster"):
        (tree / "knockoff" / pkg).symlink_to(ROOT / pkg, target_is_directory=True)
    return tree


def _children_cpu() -> float:
    import resource

    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def _proc_cpu(pid: int) -> float:
    import psutil

    t = psutil.Process(pid).cpu_times()
    return t.user + t.system


def _knockoff(
    base: str, tmp: Path, server_pid: int, workers: int = 1, rev: str | None = None
) -> dict[str, float] | None:
    """One `run_crawl` of the shop at `base` with `workers` processes (two or more share a Redis
    frontier; None without a redis-server), running the code of `_tree(tmp, rev)` in a subprocess.
    Returns seconds, counts, CPU seconds of the crawl and of the shop server, and the load average."""
    tree = _tree(tmp, rev)
    redis_proc, redis_url = _redis_server(tmp) if workers > 1 else (None, "")
    if workers > 1 and redis_proc is None:
        return None
    lake = tmp / f"lake-{workers}-{rev or 'now'}"
    env = {**os.environ, "PYTHONPATH": str(tree)}
    cpu0, srv0, load0 = _children_cpu(), _proc_cpu(server_pid), os.getloadavg()[0]
    try:
        r = subprocess.run(
            [sys.executable, "-c", _CRAWL_SCRIPT, base, str(lake), redis_url or "", str(workers)],
            cwd=tree,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    finally:
        if redis_proc is not None:
            redis_proc.terminate()
            redis_proc.wait(10)
    if r.returncode != 0:
        raise RuntimeError(f"crawl ({workers} processes, {rev or 'working tree'}) failed: {r.stderr[-2000:]}")
    import json
    import shutil

    shutil.rmtree(lake, ignore_errors=True)
    out = json.loads(r.stdout.strip().splitlines()[-1])
    out.update(
        cpu=_children_cpu() - cpu0,
        server_cpu=_proc_cpu(server_pid) - srv0,
        load=(load0 + os.getloadavg()[0]) / 2,
        workers=workers,
        rev=rev or "",
    )
    return out


_FLOOR_SCRIPT = """
import json, sys, time
import scrapy
from scrapy.crawler import AsyncCrawlerProcess

class Floor(scrapy.Spider):
    name = 'floor'
    def parse(self, response):
        for href in response.css('a::attr(href)').getall():
            yield response.follow(href, self.parse)
        ld = response.css('script[type="application/ld+json"]::text').get()
        if ld:
            self.crawler.stats.inc_value('floor/listings')
            yield {'file_urls': json.loads(ld)['image']}

process = AsyncCrawlerProcess({'TWISTED_REACTOR_ENABLED': False, 'CONCURRENT_ITEMS': 1,
    'CONCURRENT_REQUESTS': 64, 'CONCURRENT_REQUESTS_PER_DOMAIN': 64, 'DOWNLOAD_DELAY': 0,
    'ROBOTSTXT_OBEY': True, 'COOKIES_ENABLED': False, 'TELNETCONSOLE_ENABLED': False, 'LOG_LEVEL': 'WARNING',
    'ITEM_PIPELINES': {'scrapy.pipelines.files.FilesPipeline': 1}, 'FILES_STORE': sys.argv[2]})
crawler = process.create_crawler(Floor)
t0 = time.perf_counter()
process.crawl(crawler, start_urls=[sys.argv[1]])
process.start()
st = crawler.stats.get_stats()
print(json.dumps({'seconds': time.perf_counter() - t0, 'listings': st.get('floor/listings', 0),
    'images': st.get('file_status_count/downloaded', 0), 'pages': st.get('response_received_count', 0)}))
"""


def _floor(base: str, tmp: Path, server_pid: int) -> dict[str, float]:
    """Plain Scrapy on the same shop: pages followed, JSON-LD image URL read, FilesPipeline to disk."""
    store = tmp / "floor-files"
    cpu0, srv0, load0 = _children_cpu(), _proc_cpu(server_pid), os.getloadavg()[0]
    script = tmp / "floor.py"  # a file: Scrapy reads the callback's source (not possible with -c)
    script.write_text(_FLOOR_SCRIPT, encoding="utf-8")
    r = subprocess.run(
        [sys.executable, str(script), base, str(store)],
        capture_output=True,
        text=True,
        check=False,
    )
    if r.returncode != 0:
        raise RuntimeError(f"plain Scrapy run failed: {r.stderr[-2000:]}")
    import json
    import shutil

    shutil.rmtree(store, ignore_errors=True)
    out = json.loads(r.stdout.strip().splitlines()[-1])
    if not out["images"]:
        raise RuntimeError(f"plain Scrapy run stored no image: {r.stderr[-2000:]}")
    out.update(
        cpu=_children_cpu() - cpu0,
        server_cpu=_proc_cpu(server_pid) - srv0,
        load=(load0 + os.getloadavg()[0]) / 2,
        workers=1,
        rev="floor",
    )
    return out


def _spin(seconds: float, q: mp.Queue) -> None:
    t0, n = time.perf_counter(), 0
    while time.perf_counter() - t0 < seconds:
        for _ in range(10_000):
            n += 1
    q.put(n)


def _cpu_control(seconds: float = 4.0) -> float:
    """Work done by two CPU-bound processes over the work of one, measured back to back: 2.0 on two
    idle cores; less where other load takes the machine."""
    ctx = mp.get_context("spawn")
    work = []
    for k in (1, 2):
        q: mp.Queue = ctx.Queue()
        procs = [ctx.Process(target=_spin, args=(seconds, q)) for _ in range(k)]
        for p in procs:
            p.start()
        work.append(sum(q.get(timeout=seconds + 60) for _ in procs))
        for p in procs:
            p.join(10)
    return work[1] / work[0]


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
    """One throughput run: `n` listings with `mb` MB of images; the crawls (dicts from `_knockoff` /
    `_floor`, in the order run), the image-list baselines (None when they did not run), a note on
    img2dataset when it could not run, and the CPU control ratio (None when not measured)."""

    n: int
    mb: float
    crawls: list[dict[str, float]]
    a: dict[str, float] | None = None
    i2d: dict[str, float] | None = None
    i2d_note: str = ""
    control: float | None = None


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


def _measure(tmp: Path, n: int, baselines: bool, rev: str | None = None, floor: bool = False) -> _Measured:
    """Serve `n` listings with JPEGs from a shop in its own process and crawl/download them all:
    knockoff with 1 then 2 processes (interleaved with the code of `rev` when given), plain Scrapy
    when `floor`, the CPU control, and the image-list baselines when `baselines`."""
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
        crawls: list[dict[str, float]] = []
        for workers in (1, 2):
            for r in [None, rev] if rev else [None]:
                got = _knockoff(base, tmp, server.pid, workers, r)
                if got:
                    crawls.append(got)
        if floor:
            crawls.append(_floor(base, tmp, server.pid))
        m = _Measured(n=n, mb=mb, crawls=crawls, control=_cpu_control())
        m.a = _aiohttp_baseline(urls) if baselines else None
        m.i2d, m.i2d_note = _img2dataset_run(urls, tmp, baselines)
        return m
    finally:
        server.terminate()
        server.join(10)


def _crawl_row(c: dict[str, float], mb: float) -> str:
    if c["rev"] == "floor":
        name = "plain Scrapy 2.19 + FilesPipeline, 1 process (no extraction, validation or Parquet)"
    else:
        code = f"crawl pipeline at {c['rev']}" if c["rev"] else "working tree"
        procs = "1 process" if c["workers"] == 1 else f"{c['workers']} processes sharing a Redis frontier"
        name = f"knockoff crawl, {procs} ({code})"
    split = "/".join(str(x) for x in c.get("split") or []) if c["workers"] > 1 else ""
    dt = c["seconds"]
    return (
        f"| {name} | {dt:.1f} | {c['listings'] / dt:.0f} | {c['images'] / dt:.0f} | {mb / dt:.1f} | "
        f"{c['cpu'] / max(1, c['listings']) * 1000:.2f} | {c['cpu'] / dt:.2f} | {c['server_cpu'] / dt:.2f} | "
        f"{c['load']:.1f} | {split} |"
    )


def _throughput_table(m: _Measured, load_before: tuple[float, float, float]) -> list[str]:
    """The markdown throughput table with its counts, ratios and notes."""
    n, mb, a, i2d = m.n, m.mb, m.a, m.i2d
    lines = [
        "",
        f"Throughput on loopback: {n} listings, {n} unique JPEGs ({mb / n * 1000:.0f} KB each, {mb:.0f} MB), shop "
        "server in its own process; knockoff = whole `run_crawl` (subprocess start, robots.txt, category pages, "
        "listing pages, JSON-LD extraction, image download + validation + SHA-256, Parquet staging and atomic commit). "
        "CPU: seconds of the crawl processes (with redis-server for two) per listing, and in cores over the wall "
        "time; server: the shop server's CPU in cores.",
        "",
        "| run | wall s | listings/s | images/s | MB/s | crawl CPU ms/listing | crawl CPU cores | server cores "
        "| load avg | listings per process |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    lines += [_crawl_row(c, mb) for c in m.crawls]
    if i2d:
        lines.append(
            f"| img2dataset 1.47 (2 processes x 64 threads, no re-encoding): image URL list into Parquet | "
            f"{i2d['seconds']:.1f} | - | {i2d['images'] / i2d['seconds']:.0f} | {mb / i2d['seconds']:.1f} | | | | | |"
        )
    if a:
        lines.append(
            f"| plain aiohttp (64 concurrent, bytes kept in memory): image URL list, nothing written | "
            f"{a['seconds']:.1f} | - | {a['images'] / a['seconds']:.0f} | {mb / a['seconds']:.1f} | | | | | |"
        )
    stored = "; ".join(
        f"{c['rev'] or 'working tree'} x{c['workers']}: {c['listings']} listings, {c['images']} images"
        for c in m.crawls
    )
    lines += ["", f"Stored: {stored}" + (f"; img2dataset {i2d['images']} images" if i2d else "") + "."]
    for rev in dict.fromkeys(c["rev"] for c in m.crawls if c["rev"] != "floor"):
        one = [c for c in m.crawls if c["rev"] == rev and c["workers"] == 1]
        two = [c for c in m.crawls if c["rev"] == rev and c["workers"] == 2]
        if one and two:
            lines.append(
                f"Two processes vs one ({rev or 'working tree'}): {one[0]['seconds'] / two[0]['seconds']:.2f}x "
                f"wall; CPU per listing {two[0]['cpu'] / one[0]['cpu']:.2f}x."
            )
    if m.control is not None:
        lines.append(
            f"CPU control, same run: two CPU-bound processes did {m.control:.2f}x the work of one (2.00 on two idle "
            f"cores). Load average (1 min) on this {os.cpu_count()}-core machine: {load_before[0]:.1f} before, "
            f"{os.getloadavg()[0]:.1f} after."
        )
    if m.i2d_note:
        lines += ["", m.i2d_note]
    return lines


def run(
    quick: bool = False,
    listings: int | None = None,
    baselines: bool = True,
    rev: str | None = None,
    floor: bool = False,
) -> str:
    """The accuracy table and the throughput table (`listings` listings, default 300 quick / 2000); without
    `baselines`, only the crawls (knockoff with one process, then two on a Redis frontier; with `rev`, the
    same with the crawl pipeline of that git revision; plain Scrapy with `floor`) and the machine's load."""
    n = listings or (300 if quick else 2000)
    lines = ["## Crawler: extraction accuracy and loopback throughput", ""]
    if baselines:
        lines += _accuracy_table()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as d:
        m = _measure(Path(d), n, baselines, rev, floor)
    lines += _throughput_table(m, load_before)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="300 listings")
    ap.add_argument("--listings", type=int, help="listings (and images) in the loopback shop, e.g. 20000")
    ap.add_argument("--no-baselines", action="store_true", help="knockoff's crawls only (no accuracy table)")
    ap.add_argument("--baseline", metavar="REV", help="also crawl with the crawl pipeline files of git REV")
    ap.add_argument("--floor", action="store_true", help="also crawl with plain Scrapy + FilesPipeline")
    args = ap.parse_args()
    print(run(args.quick, args.listings, not args.no_baselines, args.baseline, args.floor))
