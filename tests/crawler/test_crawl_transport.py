"""Issue 14, a listing from every product page: the transport and link shapes of shops in Taiwan,
Korea, Kazakhstan, Russia, Slovenia, Croatia, Argentina and on Amazon .com/.co.uk/.de/.fr/.it,
between fetch and stored row. Two real crawls (crawler.run.run_crawl) of the loopback shop in
tests/crawler/transport_shop.py (cases in transport_cases.py) into a real lake, the second to depth 1;
each page is one case. A stored row belongs to the case its URL leads back to: the test requests the
stored URL again (as a browser would, cookies kept) and reads the X-Case header of the answer, so a
row under a URL that does not reach its product counts as no listing for that case.

`test_direct_extraction` runs extract_product on each page as a browser decodes it, so a failure
of `test_crawl_stores_the_listing` alone is a loss on the crawl path, not in extraction.

First look (cases written before reading the crawler, crawler at 9130b1e): 6 of 68 crawl cases
failed (64 product pages, 4 that must give none), direct extraction 64 of 64 passed. Cases written
later, after reading the spider, found further kinds (shared canonical URLs, the depth limit, HTTP
Refresh headers, sitemaps with blank lines before <?xml, short Content-Length, Retry-After, www.);
each commit touching crawler/ names its cases. CRAWL_XFAIL keeps the three left unfixed, and why.
"""

from __future__ import annotations

import time
import urllib.error
import urllib.request
from http.cookiejar import CookieJar
from urllib.parse import unquote, urlsplit

import pytest

from knockoff.config import CrawlConfig, SiteConfig
from knockoff.crawler.extract import extract_product
from knockoff.crawler.run import run_crawl
from knockoff.lake import Lake
from tests.crawler.transport_cases import NOFOLLOW_DENIED
from tests.crawler.transport_shop import Case, TransportShop

# pages linked from the home page naming another URL of this site as canonical (or sharing one)
AT_THE_LIMIT = ["c55", "c60", "c61", "c62", "c63", "c65", "c66", "c67", "c77"]

D = "2026-12-01"
CASES = TransportShop().cases  # built without serving: the parameters of the tests below
PRODUCTS = [c for c in CASES if c.title]

# Cases failing at first look, with what knockoff stored (strict: a fix turns them into passes).
CRAWL_XFAIL: dict[str, str] = {
    "c40": "not a canonical loss: the link's `color` key is a faceted-navigation key the spider does not"
    " follow by design (generic.DENY_QUERY_KEYS), so the page is never fetched; c64 is the same canonical"
    " shape without a facet key",
    "c56": "link with rel=nofollow not followed: nothing stored. Left as the spider's choice since"
    " a5a28aa (generic.follow_links and the declarative spider skip nofollow links; in shops they mark"
    " facets, carts and sort orders as much as products): a decision for the lead",
    "c50": "302 to set a session cookie, then back to the page: nothing stored. Cookies are off by"
    " policy (crawler/settings.py COOKIES_ENABLED False, crawler/README 'no cookies'), and the bounce"
    " back to a requested URL would also meet the dupefilter: a decision for the lead",
}
DIRECT_XFAIL: dict[str, str] = {}


def _param(case: Case, xfails: dict[str, str]):
    reason = xfails.get(case.token)
    marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
    return pytest.param(case, id=f"{case.token}-{case.kind}", marks=marks)


def _config(**update: object) -> CrawlConfig:
    """Loopback only; robots.txt obeyed; a download timeout above the slow page's delay; no cache,
    no throttle."""
    return CrawlConfig(
        allowed_private_hosts=["127.0.0.1"],
        obey_robots=True,
        autothrottle=False,
        concurrent_requests_per_domain=8,
        download_timeout=4.0,
        retry_times=1,
        retry_backoff=0.05,
        max_image_bytes=200_000,
        http_cache=False,
    ).model_copy(update=update)


def _leads_to(opener: urllib.request.OpenerDirector, url: str) -> str:
    """The case token of the page a stored URL leads to, or what went wrong requesting it."""
    try:
        with opener.open(url, timeout=5) as resp:
            return resp.headers.get("X-Case") or "no X-Case"
    except urllib.error.HTTPError as exc:
        return f"HTTP {exc.code}"
    except (UnicodeError, ValueError, OSError) as exc:
        return f"{type(exc).__name__}: {exc}"


def _crawl(root, **update: object) -> dict:
    with TransportShop() as shop:
        t0 = time.monotonic()
        site = SiteConfig(name="transport", start_urls=[shop.base])
        run_crawl([site], str(root / "lake"), D, _config(**update))
        seconds = time.monotonic() - t0
        rows = Lake(str(root / "lake")).read("listings", D).to_pylist()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(CookieJar()))
        for row in rows:
            row["leads_to"] = _leads_to(opener, row["url"])
        return {"rows": rows, "seconds": seconds, "hits": shop.hits, "base": shop.base}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return _crawl(tmp_path_factory.mktemp("transport"))


@pytest.fixture(scope="module")
def crawled_to_depth_1(tmp_path_factory):
    """The second crawl: depth_limit 1, so the pages the home page links are at the limit and a
    request for the page one of them names as canonical would be one step beyond it."""
    return _crawl(tmp_path_factory.mktemp("transport_depth"), depth_limit=1)


def _stored(rows: list[dict], case: Case) -> str:
    """What was stored under a URL naming the case's token, for failure messages."""
    near = [r for r in rows if case.token in unquote(r["url"]) or r["leads_to"] == case.token]
    return "; ".join(f"{r['url']} -> {r['leads_to']}: {r['title']!r} {r['price']}" for r in near) or "nothing"


@pytest.mark.parametrize("case", [_param(c, CRAWL_XFAIL) for c in CASES])
def test_crawl_stores_the_listing(crawled, case: Case) -> None:
    netloc = urlsplit(crawled["base"]).netloc
    stored_url = case.stored_url.replace("@@HOST@@", netloc)
    rows = [
        r for r in crawled["rows"] if r["leads_to"] == case.token or (stored_url and r["url"] == stored_url)
    ]
    if case.title is None:
        assert not rows, f"{case.key}: no listing may be stored, stored {_stored(crawled['rows'], case)}"
        return
    assert len(rows) == 1, f"{case.key}: one listing expected, stored {_stored(crawled['rows'], case)}"
    row = rows[0]
    assert (row["title"], row["price"]) == (case.title, case.price), (
        f"{case.key}: stored {_stored(rows, case)}"
    )
    first = urlsplit((row["image_urls"] or [""])[0])
    assert unquote(first.path) == unquote(case.image) and first.netloc == netloc, row["image_urls"]
    assert (row["image_sha256"] or [None])[0], f"{case.key}: first image not stored: {row['image_urls'][0]}"


@pytest.mark.parametrize("case", [_param(c, DIRECT_XFAIL) for c in PRODUCTS])
def test_direct_extraction(case: Case) -> None:
    """The page as a browser decodes it, at its own URL: the listing a crawl must match."""
    got = (
        extract_product(case.text.replace("@@HOST@@", "127.0.0.1:8000"), "http://127.0.0.1:8000" + case.at)
        or {}
    )
    assert (got.get("title"), got.get("price")) == (case.title, case.price), got
    assert unquote(urlsplit((got.get("image_urls") or [""])[0]).path) == unquote(case.image), got.get(
        "image_urls"
    )


def test_every_row_is_one_case_and_the_crawl_is_bounded(crawled) -> None:
    keys = {c.token for c in PRODUCTS}
    strays = [(r["url"], r["leads_to"], r["title"]) for r in crawled["rows"] if r["leads_to"] not in keys]
    # rows under URLs that do not lead to a product case are counted by the case tests as losses;
    # here only their number is bounded: at most one per product case, never a row for an index page
    assert len(strays) <= len(PRODUCTS) and not any(s[1] in {"index", "c91", "c92", "c93"} for s in strays), (
        strays
    )
    assert crawled["seconds"] < 120
    assert crawled["hits"]["/ar/p/c49"] <= 2  # the slow page was not retried as a timeout
    assert crawled["hits"]["/robots.txt"] >= 1 and crawled["hits"]["/hr/skriveno/c77"] == 0  # obeyed
    assert crawled["hits"]["/ar/promo-c83"] == 0  # a product page's Refresh header is not followed


def test_nofollow_links_to_a_cart_or_a_sort_order_stay_unfollowed(crawled) -> None:
    """Must not fire: following rel=nofollow product links does not follow the search page's
    nofollow cart and sort links (the spider's path and query rules refuse them)."""
    assert len(NOFOLLOW_DENIED) == 2  # a cart link and a sort-order link
    assert not [h for h in crawled["hits"] if "/cart/" in h or "sort=" in h], crawled["hits"]


@pytest.mark.parametrize("token", AT_THE_LIMIT)
def test_a_page_at_the_depth_limit_keeps_its_listing(crawled_to_depth_1, token: str) -> None:
    """A product page at the depth limit naming another URL of this site as canonical: the request for
    that URL is one step past the limit, Scrapy's DepthMiddleware drops it silently (no errback), so
    the page's listing must not wait on it."""
    case = next(c for c in CASES if c.token == token)
    rows = [
        r
        for r in crawled_to_depth_1["rows"]
        if r["leads_to"] == token or (case.stored_url and "c55" in r["url"])
    ]
    assert len(rows) == 1, (
        f"{case.key}: one listing expected, stored {_stored(crawled_to_depth_1['rows'], case)}"
    )
    assert (rows[0]["title"], rows[0]["price"]) == (case.title, case.price)


def test_the_depth_limit_still_holds_for_links(crawled_to_depth_1) -> None:
    """Must not fire: pages two links from the home page (products of the search page and of the two
    category pages) are beyond depth 1 and stay unfetched; only canonical looks keep their depth."""
    deeper = [c for c in CASES if c.title and c.linked_from not in ("/", "/sitemap.xml")]
    assert len(deeper) == 10 and all(c.token not in "".join(crawled_to_depth_1["hits"]) for c in deeper)
    assert {r["leads_to"] for r in crawled_to_depth_1["rows"]}.isdisjoint({c.token for c in deeper})


def test_retry_after_values() -> None:
    """The waits BackoffRetryMiddleware reads from a Retry-After header (c95 is the crawl case)."""
    from email.utils import formatdate

    from knockoff.crawler.safety import retry_after_seconds

    now = 1_800_000_000.0
    assert retry_after_seconds(None) == retry_after_seconds(b"") == 0.0
    assert retry_after_seconds(b"1") == 1.0 and retry_after_seconds(b" 120 ") == 120.0
    assert retry_after_seconds(formatdate(now + 30, usegmt=True).encode(), now=now) == 30.0
    # a date in the past, a negative number and junk ask for no wait
    assert retry_after_seconds(formatdate(now - 30, usegmt=True).encode(), now=now) == 0.0
    assert retry_after_seconds(b"-5") == retry_after_seconds(b"soon") == 0.0


def test_a_www_start_url_allows_its_bare_domain() -> None:
    """A shop configured by its www. address whose pages link (or redirect) to the bare domain, or
    the other way round (no loopback name has a www. form, so the spider's domain rule is checked
    directly). Must not fire: other domains, look-alike suffixes and explicit allowed_domains."""
    from knockoff.crawler.spiders.generic import GenericProductSpider

    www = GenericProductSpider({"start_urls": ["https://www.trgovina.si/"]})
    assert www._in_domain("https://trgovina.si/izdelek/c1") and www._in_domain("https://www.trgovina.si/x")
    bare = GenericProductSpider({"start_urls": ["https://trgovina.si/"]})
    assert bare._in_domain("https://www.trgovina.si/izdelek/c1")
    for spider in (www, bare):
        assert not spider._in_domain("https://druga-trgovina.si/x")
        assert not spider._in_domain("https://trgovina.si.example.com/x")
        assert not spider._in_domain("https://wwwtrgovina.si/x")
    explicit = GenericProductSpider(
        {"start_urls": ["https://www.trgovina.si/"], "allowed_domains": ["www.trgovina.si"]}
    )
    assert not explicit._in_domain("https://trgovina.si/x")
