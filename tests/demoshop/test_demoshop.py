"""The demo marketplace: deterministic generation, every page kind served, structured data = truth."""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

import extruct
import pytest
import yaml
from PIL import Image

from knockoff.crawler.demoshop import generate_shop, serve_shop

N = 48  # two blocks of 24: every kind of planting appears


def _tree(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def _get(url: str) -> tuple[int, str, bytes]:
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.status, r.headers.get("content-type", ""), r.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.headers.get("content-type", ""), exc.read()


@pytest.fixture(scope="module")
def shop(tmp_path_factory):
    root = tmp_path_factory.mktemp("shop")
    spec = generate_shop(root, seed=0, n_listings=N)
    return spec


@pytest.fixture(scope="module")
def served(shop):
    with serve_shop(shop.root) as url:
        yield url


def test_same_seed_gives_identical_files(shop, tmp_path):
    again = generate_shop(tmp_path / "again", seed=0, n_listings=N)
    assert _tree(again.root) == _tree(shop.root)
    other = generate_shop(tmp_path / "other", seed=1, n_listings=N)
    a, b = _tree(shop.root), _tree(other.root)
    img_a = {k: v for k, v in a.items() if k.startswith("img/")}
    img_b = {k: v for k, v in b.items() if k.startswith("img/")}
    assert set(img_a.values()).isdisjoint(img_b.values()) or img_a != img_b
    assert a["shop.json"] != b["shop.json"]


def test_truth_covers_every_kind_and_most_are_clean(shop):
    truth = json.loads(shop.truth_path.read_text())
    rows = truth["listings"]
    assert len(rows) == N == truth["n_listings"]
    kinds = {k for r in rows for k in r["kinds"]}
    assert {"logo", "misspelling", "price", "official_photo"} <= kinds
    clean = [r for r in rows if r["brand"] is None]
    assert len(clean) > N / 2
    authorised = [r for r in rows if r["genuine_brand"]]
    assert authorised and all(r["brand"] is None and not r["kinds"] for r in authorised)
    brands = yaml.safe_load(shop.brands_path.read_text())["brands"]
    by_name = {b["name"]: b for b in brands}
    for r in authorised:
        assert r["seller"] in by_name[r["genuine_brand"]]["authorized_sellers"]
    for r in rows:
        if "price" in r["kinds"]:
            assert r["price"] < by_name[r["brand"]]["price_floor"]
        if "logo" in r["kinds"]:
            planted = [im["planted"] for im in r["images"] if im["planted"]]
            assert len(planted) == 1 and planted[0]["brand"] == r["brand"]
        if r["brand"]:
            assert r["seller"] not in by_name[r["brand"]]["authorized_sellers"]
        for im in r["images"]:
            data = (shop.root / im["path"].lstrip("/")).read_bytes()
            assert hashlib.sha256(data).hexdigest() == im["sha256"]


def test_brands_yaml_marks_exist_and_render(shop):
    brands = yaml.safe_load(shop.brands_path.read_text())["brands"]
    assert len(brands) == 3
    svgs = 0
    for b in brands:
        assert b["keywords"] and b["price_floor"] > 0 and b["authorized_sellers"]
        for rel in b["marks"] + b["official_images"]:
            path = shop.brands_path.parent / rel
            assert path.is_file(), rel
            if rel.endswith(".svg"):
                svgs += 1
                import cairosvg

                png = cairosvg.svg2png(bytestring=path.read_bytes(), output_width=128)
                assert Image.open(io.BytesIO(png)).size == (128, 128)
            else:
                with Image.open(path) as im:
                    im.load()
                    assert min(im.size) >= 64
    assert svgs >= 1


def test_server_serves_every_page_kind(shop, served):
    status, ctype, body = _get(served + "robots.txt")
    text = body.decode()
    assert status == 200 and "text/plain" in ctype
    assert "Disallow: /cart" in text and f"Sitemap: {served}sitemap.xml" in text

    status, ctype, body = _get(served + "sitemap.xml")
    locs = re.findall(r"<loc>([^<]+)</loc>", body.decode())
    listing_urls = {u for u in locs if "/listing/" in u}
    assert status == 200 and listing_urls == {served.rstrip("/") + x["path"] for x in shop.listings}

    status, _, body = _get(served)
    cats = sorted(set(re.findall(r'href="/c/([a-z-]+)/"', body.decode())))
    assert status == 200 and len(cats) >= 3

    # walk every category through its pagination: every listing is reachable exactly once
    seen: list[str] = []
    for c in cats:
        url, pages = f"{served}c/{c}/", 0
        while url:
            status, _, body = _get(url)
            assert status == 200
            html = body.decode()
            seen += re.findall(r'class="product" href="([^"]+)"', html)
            nxt = re.search(r'rel="next" class="next" href="([^"]+)"', html)
            url = served.rstrip("/") + nxt.group(1).replace("&amp;", "&") if nxt else None
            pages += 1
            assert pages < 20
    assert sorted(seen) == sorted(x["path"] for x in shop.listings)

    x = shop.listings[0]
    status, _, body = _get(served.rstrip("/") + x["path"])
    assert status == 200
    seller = re.search(r'href="/seller/([^"]+)"', body.decode()).group(1)
    status, _, body = _get(f"{served}seller/{seller}")
    assert status == 200 and x["path"] in body.decode()

    for im in x["images"]:
        status, ctype, data = _get(served.rstrip("/") + im["path"])
        assert status == 200 and ctype == "image/jpeg"
        assert hashlib.sha256(data).hexdigest() == im["sha256"]
        with Image.open(io.BytesIO(data)) as pic:
            assert pic.format == "JPEG" and min(pic.size) >= 300 and max(pic.size) <= 640

    assert _get(served + "listing/99999-nothing")[0] == 404
    assert _get(served + "img/../shop.json")[0] == 404
    assert _get(served + "c/hoodie/?page=999")[0] == 404


def _product(data: dict) -> dict:
    for key in ("json-ld", "microdata"):
        for item in data.get(key, []):
            if item.get("@type") == "Product":
                return item
    return {}


def test_structured_data_matches_truth(shop, served):
    shop_json = json.loads(shop.shop_path.read_text())
    by_id = {x["id"]: x for x in shop_json["listings"]}
    formats = set()
    base = served.rstrip("/")
    for t in shop.listings:
        s = by_id[t["id"]]
        status, _, body = _get(base + t["path"])
        assert status == 200
        data = extruct.extract(
            body.decode(), base_url=base, syntaxes=["json-ld", "microdata", "opengraph"], uniform=True
        )
        formats.add(t["format"])
        images = [base + im["path"] for im in t["images"]]
        if t["format"] == "opengraph":
            assert not _product(data)
            raw = extruct.extract(body.decode(), base_url=base, syntaxes=["opengraph"])["opengraph"][0]
            props = raw["properties"]
            og = dict(props)
            assert og["og:title"] == t["title"]
            assert float(og["product:price:amount"]) == pytest.approx(t["price"])
            assert [v for k, v in props if k == "og:image"] == images
            continue
        p = _product(data)
        key = "json-ld" if t["format"] == "jsonld" else "microdata"
        assert p in data[key], t["format"]
        assert p["name"] == t["title"]
        assert p["sku"] == s["sku"]
        assert p["description"] == s["description"]
        offer = p["offers"]
        assert float(offer["price"]) == pytest.approx(t["price"])
        assert offer["priceCurrency"] == "EUR"
        assert offer["availability"].startswith("https://schema.org/")
        assert offer["seller"]["url"].endswith("/seller/" + t["seller"])
        assert offer["seller"]["name"] == s["seller_name"]
        got = p["image"] if isinstance(p["image"], list) else [p["image"]]
        assert got == images
        if s["brand"]:
            assert p["brand"]["name"] == s["brand"]
    assert formats == {"jsonld", "microdata", "opengraph"}


def test_titles_are_escaped_in_pages(shop, served):
    # a misspelt brand with a homoglyph survives as text, not as broken markup
    t = next(r for r in shop.listings if "misspelling" in r["kinds"])
    status, _, body = _get(served.rstrip("/") + t["path"])
    assert status == 200 and t["title"].split()[0] in body.decode()


def test_night_two_adds_about_ten_percent(shop, tmp_path):
    n2 = generate_shop(tmp_path / "n2", seed=0, n_listings=N, night=2)
    assert n2.n_listings == N + round(N * 0.1)
    assert n2.listings[:N] == shop.listings
    for t in shop.listings:
        for im in t["images"]:
            rel = im["path"].lstrip("/")
            assert (n2.root / rel).read_bytes() == (shop.root / rel).read_bytes()
    # night 2 generated in place over night 1 keeps the old files as they were
    inplace = generate_shop(tmp_path / "inplace", seed=0, n_listings=N)
    before = _tree(inplace.root)
    generate_shop(inplace.root, seed=0, n_listings=N, night=2)
    after = _tree(inplace.root)
    changed = {k for k in before if before[k] != after.get(k)}
    assert changed == {"shop.json", "truth.json"}
    assert len(after) > len(before)


def test_command_line_generates_and_serves(tmp_path):
    out = tmp_path / "cli"
    proc = subprocess.Popen(
        [sys.executable, "-m", "knockoff.crawler.demoshop", "--out", str(out), "--listings", "12"],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = None
        for _ in range(5):
            line = proc.stdout.readline()
            m = re.search(r"serving (http://127\.0\.0\.1:\d+/)", line)
            if m:
                url = m.group(1)
                break
        assert url, "server did not start"
        status, _, body = _get(url + "robots.txt")
        assert status == 200 and b"Sitemap:" in body
        assert len(json.loads((out / "truth.json").read_text())["listings"]) == 12
    finally:
        proc.terminate()
        proc.wait(10)


def test_evaluate_scores_candidates_against_truth(shop):
    import pyarrow as pa

    from knockoff.crawler.demoshop.evaluate import evaluate
    from knockoff.lake import CANDIDATES_SCHEMA

    base = "http://127.0.0.1:9/"
    planted = [t for t in shop.listings if t["brand"]]
    authorised = next(t for t in shop.listings if t["genuine_brand"])
    rows = [
        {"brand": t["brand"], "url": base + t["url_path"].lstrip("/"), "score": 0.9} for t in planted[:3]
    ] + [
        {"brand": authorised["genuine_brand"], "url": base + authorised["url_path"].lstrip("/"), "score": 0.8}
    ]
    table = pa.Table.from_pylist(
        rows, schema=pa.schema([CANDIDATES_SCHEMA.field(c) for c in ("brand", "url", "score")])
    )
    res = evaluate(shop.truth_path, table)
    assert res["recall"]["any"] == {"found": 3, "planted": len(planted), "recall": round(3 / len(planted), 3)}
    assert res["authorised_flagged"] == 1
    assert sum(p["true"] for p in res["precision"].values()) == 3


def test_conditional_requests_get_304(shop, served):
    x = shop.listings[0]
    for path in (x["path"], x["images"][0]["path"]):
        url = served.rstrip("/") + path
        with urllib.request.urlopen(url, timeout=10) as r:
            etag = r.headers["ETag"]
            assert r.status == 200 and etag
        req = urllib.request.Request(url, headers={"If-None-Match": etag})
        try:
            urllib.request.urlopen(req, timeout=10)
            status = 200
        except urllib.error.HTTPError as exc:
            status = exc.code
        assert status == 304, path
