"""Field-level accuracy of the product extractor on hand-labelled pages (F1 targets), and its parsers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from knockoff.crawler.accuracy import field_scores
from knockoff.crawler.extract import extract_product, normalize_availability, parse_price

HERE = Path(__file__).parent
TARGETS = {"price": 0.93, "sku": 0.85, "availability": 0.96}


def _combined(*folders: Path) -> dict[str, float]:
    tot = {f: {"tp": 0, "fp": 0, "fn": 0} for f in TARGETS}
    for folder in folders:
        res = field_scores(folder)
        for f in TARGETS:
            for k in ("tp", "fp", "fn"):
                tot[f][k] += res["fields"][f][k]
    out = {}
    for f, c in tot.items():
        p = c["tp"] / max(1, c["tp"] + c["fp"])
        r = c["tp"] / max(1, c["tp"] + c["fn"])
        out[f] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def test_f1_targets_on_labelled_pages() -> None:
    main, holdout = HERE / "pages", HERE / "pages_holdout"
    assert len(list(main.glob("*.html"))) >= 30
    f1 = _combined(main, holdout)
    for field, target in TARGETS.items():
        assert f1[field] >= target, (field, f1[field], field_scores(main)["mistakes"])


def test_every_labelled_page_is_scored() -> None:
    res = field_scores(HERE / "pages")
    assert res["pages"] == len(list((HERE / "pages").glob("*.html")))
    # the non-product pages must not turn into listings
    for name in ("none_category.html", "none_blog.html", "none_home_jsonld_org.html"):
        assert extract_product((HERE / "pages" / name).read_text(), "https://x.example/") is None


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("1.299,00 €", 1299.0, "EUR"),
        ("$1,049.00", 1049.0, "USD"),
        ("£1,050.00", 1050.0, "GBP"),
        ("EUR 12.00", 12.0, "EUR"),
        ("19,95", 19.95, None),
        ("149,00 zł", 149.0, "PLN"),
        (12.5, 12.5, None),
        ("free", 0.0, None),
        ("call for price", None, None),
    ],
)
def test_messy_prices(text: object, amount: float | None, currency: str | None) -> None:
    got_amount, got_currency = parse_price(text)
    assert got_amount == amount and got_currency == currency


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("https://schema.org/InStock", "InStock"),
        ("http://schema.org/OutOfStock", "OutOfStock"),
        ("schema:PreOrder", "PreOrder"),
        ("in stock", "InStock"),
        ("Sold out", "OutOfStock"),  # words say whether a shopper can buy; schema.org names stay as written
        ("SoldOut", "SoldOut"),
        ("https://schema.org/LimitedAvailability", "LimitedAvailability"),
        ("Derzeit nicht verfügbar", "OutOfStock"),
        ("Only 2 left", "InStock"),
        ("call us", None),
    ],
)
def test_availability_forms(value: str, name: str | None) -> None:
    assert normalize_availability(value) == name


def test_garbage_never_raises() -> None:
    for html in ["", "<html", "\x00\x01binary", "<script type='application/ld+json'>{{{</script><h1>x</h1>"]:
        extract_product(html, "https://x.example/")


@pytest.mark.parametrize(
    ("pred", "truth", "same"),
    [
        (
            "https://img.shop.example/I/71FFzp2RUiL._SL1500_.jpg",
            "https://img.shop.example/I/71FFzp2RUiL._SX522_.jpg",
            True,
        ),
        (
            "https://cdn.shop.example/s/files/1/2/products/blue-pillow_1024x1024.jpg?v=1",
            "//cdn.shop.example/s/files/1/2/products/blue-pillow_grande.jpg",
            True,
        ),
        (
            "https://shop.example/wp-content/uploads/2017/05/mug-red-300x300.jpg",
            "https://shop.example/wp-content/uploads/2017/05/mug-red.jpg",
            True,
        ),
        (
            "https://cdn.shop.example/products/408/images/592/gb100__62875.1409331404.1280.1280.jpg",
            "http://cdn.shop.example/products/408/images/592/gb100__62875.1409331404.375.375.jpg",
            True,
        ),
        (
            "http://s7.shop.example/is/image/Shop/52062126?wid=1000&hei=1000",
            "https://s7.shop.example/is/image/Shop/52062126?wid=520&hei=520&fmt=pjpeg",
            True,
        ),
        # another view from the same image endpoint, and generic file names, are other pictures
        (
            "https://shop.example/compositor/?model=ms&view=FRONT&size=1200",
            "https://shop.example/compositor/?model=ms&view=SIDE&size=1920",
            False,
        ),
        ("https://shop.example/p/111/large.jpg", "https://shop.example/p/222/large.jpg", False),
        # the same size prefix before other photos' ids ("il_794xN.<id>.jpg") is not the same photo
        (
            "https://img.shop.example/il_794xN.1219664267_gaob.jpg",
            "https://img.shop.example/il_794xN.1219664299_xkcd.jpg",
            False,
        ),
        (
            "https://cdn.shop.example/products/mug-red_1024x1024.jpg",
            "https://cdn.shop.example/products/mug-blue_1024x1024.jpg",
            False,
        ),
    ],
)
def test_benchmark_image_rule_accepts_size_variants_of_one_photo_only(
    pred: str, truth: str, same: bool
) -> None:
    from benchmarks.bench_extraction import image_match

    base = "https://shop.example/item"
    assert image_match(pred, {truth if not truth.startswith("//") else "https:" + truth}, base) is same


def test_benchmark_title_rule_reads_entities_escaped_twice() -> None:
    from benchmarks.bench_extraction import title_match

    assert title_match("Men's Trail Shoe", "Men&amp;#39;s Trail Shoe | Shop")
    assert title_match("Salt & Pepper Mill", "Salt &amp;amp; Pepper Mill - Kitchen Shop")
    assert not title_match("Pepper", "Salt &amp;amp; Pepper Mill Deluxe Edition - Kitchen Shop")


def test_benchmark_title_rule_accepts_the_labels_product_segment_inside_a_fuller_name() -> None:
    from benchmarks.bench_extraction import title_match

    assert title_match(
        "Keepsake the Label Be the One Sleeveless Dress", "Be the One Sleeveless Dress | Nordshop"
    )
    # a one-word segment, or a prediction more than twice as long, does not match
    assert not title_match("Dresses for summer evenings and weddings", "Dresses | Nordshop")
    assert not title_match(
        "Be the One Dress with matching shoes belt bag and scarf set", "Be the One Dress | Nordshop"
    )


MARKET = HERE / "pages_market"
MARKET2 = HERE / "pages_market2"  # written after MARKET's fixes (eBay, Zalando, Allegro, bol, ...)
MARKET3 = HERE / "pages_market3"  # written after MARKET2's fixes (Walmart, Target, AliExpress, ...)
MARKET4 = HERE / "pages_market4"  # written after MARKET3's fixes (Trendyol, Flipkart, Shopee, Kaspi, ...)
MARKET_TARGETS = {
    "title": 0.95,
    "price": 0.93,
    "sku": 0.85,
    "availability": 0.96,
    "brand_claimed": 0.80,
    "image": 0.90,
}  # the targets for its 140-page set; title and main image as for product-pages


def _market_scores(*folders: Path) -> tuple[dict[str, float], list[str], int]:
    """Per-field F1 (benchmarks.bench_extraction.market_scores), the mistakes and the number of
    pages without a listing."""
    from benchmarks.bench_extraction import market_scores

    r = market_scores(list(folders))
    return r["f1"], r["mistakes"], r["pages"] - r["listings"]


def test_marketplace_and_platform_pages_without_structured_data_meet_the_field_targets() -> None:
    """Amazon (.com/.co.uk/.de/.fr/.it, unavailable items without a price included), Shopify Dawn,
    WooCommerce, Magento 2, PrestaShop, Shopware 6, Shopline, Coupang, Cafe24, MercadoLibre, Rakuten,
    Taobao, eBay, Zalando, Allegro, bol and local shops in Taiwan, Korea, Kazakhstan, Slovenia and
    Croatia; Trendyol, Flipkart, Shopee Taiwan, Kaspi.kz, momo, 11st, Tiendanube, VTEX IO,
    Cdiscount and Jumia: every page gives a listing."""
    f1, mistakes, missing = _market_scores(MARKET, MARKET2, MARKET3, MARKET4)
    assert sum(len(list(f.glob("*.html"))) for f in (MARKET, MARKET2, MARKET3, MARKET4)) >= 48
    assert missing == 0, mistakes
    for field, target in MARKET_TARGETS.items():
        assert f1[field] >= target, (field, f1[field], mistakes)


def test_unavailable_item_without_a_price_is_a_listing_and_cards_lend_it_no_price() -> None:
    got = extract_product(
        (MARKET / "amazon_de_unavailable.html").read_text(encoding="utf-8"),
        "https://www.amazon.de/dp/B07XYZ1234",
    )
    assert got is not None and got["price"] is None and got["currency"] is None  # not a "similar items" price
    assert (got["availability"], got["sku"], got["brand_claimed"]) == ("OutOfStock", "B07XYZ1234", "Hausbell")
    assert got["field_sources"]["availability"] == "heuristic" and "price" not in got["field_sources"]
    # the same page without its out-of-stock notice shows no product that can be told from a page
    # that merely mentions one: no listing
    html = (MARKET / "amazon_de_unavailable.html").read_text(encoding="utf-8")
    html = html.replace("Derzeit nicht verfügbar.", "").replace('id="outOfStock"', "")
    assert extract_product(html, "https://www.amazon.de/dp/B07XYZ1234") is None


def test_hidden_sold_out_badge_and_variant_labels_do_not_beat_a_live_buy_button() -> None:
    html = (MARKET / "shopify_dawn_instock.html").read_text(encoding="utf-8")
    got = extract_product(html, "https://northpeak.example/products/trailhead-bottle")
    assert got is not None and got["availability"] == "InStock" and got["sku"] == "NP-TB750-FG"
    sold = extract_product(
        (MARKET / "shopify_dawn_soldout.html").read_text(encoding="utf-8"),
        "https://northpeak.example/products/summit-camp-mug",
    )
    assert sold is not None and sold["availability"] == "OutOfStock" and sold["price"] == 18.0


def _variant_offers_page() -> str:
    offers = [
        {"@type": "Offer", "sku": f"TR-{c}", "price": p, "priceCurrency": "USD", "availability": a,
         "url": f"https://shop.example/products/trail-runner?variant={v}"}
        for c, p, a, v in [("RED", "59.00", "https://schema.org/OutOfStock", 11),
                           ("BLU", "64.00", "https://schema.org/InStock", 12),
                           ("GRN", "66.00", "https://schema.org/InStock", 13)]
    ]  # fmt: skip
    ld = {"@context": "https://schema.org", "@type": "Product", "name": "Trail Runner", "offers": offers}
    return (
        f'<html><head><title>Trail Runner</title><script type="application/ld+json">{json.dumps(ld)}</script>'
        "</head><body><h1>Trail Runner</h1></body></html>"
    )


@pytest.mark.parametrize(
    ("url", "sku", "price", "availability"),
    [
        ("https://shop.example/products/trail-runner", "TR-BLU", 64.0, "InStock"),  # first in stock
        ("https://shop.example/products/trail-runner?variant=13", "TR-GRN", 66.0, "InStock"),
        ("https://shop.example/products/trail-runner?variant=11", "TR-RED", 59.0, "OutOfStock"),
    ],
)
def test_offers_of_variants_give_the_variant_the_page_shows(
    url: str, sku: str, price: float, availability: str
) -> None:
    got = extract_product(_variant_offers_page(), url)
    assert got is not None and (got["sku"], got["price"], got["availability"]) == (sku, price, availability)
    assert got["field_sources"]["sku"] == "jsonld"


def test_marketplace_pages_served_on_loopback_and_crawled_give_a_listing_each(tmp_path, crawl_config) -> None:
    """As the issue measured: the pages served by a real HTTP server on 127.0.0.1, a real Scrapy
    crawl from an index page, listings in a real lake (unavailable items with a null price)."""
    from aiohttp import web

    from knockoff.crawler.run import run_crawl
    from knockoff.lake import Lake
    from tests.crawler.shop_server import serve

    pages = {
        f"/p/{f.parent.name}/{f.stem}": f
        for d in (MARKET, MARKET2, MARKET3, MARKET4)
        for f in sorted(d.glob("*.html"))
    }
    index = "".join(f'<a href="{p}">{p}</a> ' for p in pages)

    async def handle(request: web.Request) -> web.Response:
        if request.path == "/":
            return web.Response(text=f"<html><body>{index}</body></html>", content_type="text/html")
        page = pages.get(request.path)
        if page is None:
            raise web.HTTPNotFound()
        return web.Response(body=page.read_bytes(), content_type="text/html", charset="utf-8")

    app = web.Application()
    app.router.add_route("GET", "/{tail:.*}", handle)
    # the fixture's 1.5 s download timeout is for the timeout tests: on a loaded machine (the suite in
    # two processes beside other work) serving and parsing the large market pages took longer, and 3 of
    # 78 pages were lost to it (the pages are what this test is about, not the timeout)
    cfg = crawl_config.model_copy(
        update={"download_images": False, "sitemaps": False, "download_timeout": 15.0}
    )
    with serve(app) as base:
        from knockoff.config import SiteConfig

        run_crawl([SiteConfig(name="market", start_urls=[base])], str(tmp_path / "lake"), "2026-03-01", cfg)
    rows = {  # a page's own size links (Flipkart's "?pid=...") are listings of the same page here
        r["url"].split("/p/", 1)[1].split("?", 1)[0]: r
        for r in Lake(str(tmp_path / "lake")).read("listings", "2026-03-01").to_pylist()
    }
    assert set(rows) == {p.split("/p/", 1)[1] for p in pages}  # every product page gave a listing
    de = rows["pages_market/amazon_de_unavailable"]
    assert de["price"] is None and de["availability"] == "OutOfStock" and de["sku"] == "B07XYZ1234"
