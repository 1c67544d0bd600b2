"""The generic product spider: any shop from start URLs and allowed domains.

From the start URLs it follows in-domain links (pagination first), reads robots.txt `Sitemap:`
lines and configured sitemaps (also `/sitemap.xml` as a guess), and turns every page that shows a
product (structured data or, failing that, HTML heuristics; see crawler.extract) into a listing
item. Links to carts, accounts, log-ins and faceted sort/filter variants are not followed.
"""

from __future__ import annotations

import codecs
import logging
import re
from collections.abc import AsyncIterator, Callable, Iterable
from typing import Any
from urllib.parse import parse_qsl, unquote_plus, urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.http import Response, TextResponse
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip
from scrapy.utils.response import get_meta_refresh
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure
from w3lib.url import canonicalize_url, safe_url_string

from knockoff.crawler.extract import extract_product, response_text
from knockoff.crawler.middlewares import AlreadyStored, MaxListingsReached, PageLimitReached

log = logging.getLogger(__name__)

DENY_PATHS = [
    r"/(cart|basket|checkout|login|logout|signin|sign-in|register|account|my-account|wishlist|compare)\b",
    r"add[-_]?to[-_]?cart",
    r"/(help|faq|terms|privacy|imprint|impressum|contact|about)\b",
]
DENY_QUERY_KEYS = re.compile(
    r"^(sort|sortby|order|orderby|dir|view|mode|limit|per_?page|filter.*|price.*|color|colour|size|lang|"
    r"currency|add|add-to-cart|returnurl|redirect)$",
    re.I,
)
TRACKING_KEYS = re.compile(
    r"^(utm_.*|fbclid|gclid|msclkid|mc_.*|ref|ref_|source|sid|session.*|phpsessid|_ga)$", re.I
)
MAX_SITEMAP_BYTES = 50 * 1024 * 1024
# what the spider remembers about canonical waits, kept in a job folder (`_keep_memory_in_job`)
JOB_MEMORY = ("_not_products", "_shown", "_waiting", "_looks", "_looked_again", "_named_elsewhere")
REDIRECT_STATUSES = [301, 302, 303, 307, 308]


def allowed_query(url: str) -> bool:
    """False for faceted-navigation variants (sort/filter/view keys) that multiply pages."""
    return not any(
        DENY_QUERY_KEYS.match(k) for k, _ in parse_qsl(urlsplit(url).query, keep_blank_values=True)
    )


def clean_url(url: str) -> str:
    """The URL to request: the fragment and tracking/session parameters removed, every other query
    piece kept exactly as written (`/item?blue-widget` stays `/item?blue-widget`, never
    `blue-widget=`; order and encoding unchanged). Identity and de-duplication use
    w3lib's `canonicalize_url` (Scrapy's request fingerprint, the lake's listing id), not this."""
    parts = urlsplit(url)
    if not parts.query and not parts.fragment:
        return url
    kept = [
        piece
        for piece in parts.query.split("&")
        if piece and not TRACKING_KEYS.match(unquote_plus(piece.split("=", 1)[0]))
    ]
    return urlunsplit((parts.scheme, parts.netloc, parts.path, "&".join(kept), ""))


REFRESH_VALUE = re.compile(
    r"""^\s*\d*(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['"]?)(?P<url>[^'"]+)\1\s*$""", re.I
)


def refresh_header_url(response: Response) -> str | None:
    """The absolute URL in a response's HTTP `Refresh` header (`0; url=/next`, `5;URL='/next'`),
    or None (no header, or a refresh of the page itself: a delay alone)."""
    value = response.headers.get(b"Refresh")
    m = REFRESH_VALUE.match(value.decode("latin-1")) if value else None
    return response.urljoin(m.group("url").strip()) if m else None


def page_key(url: str) -> str:
    """Which page a URL names, for canonical links: w3lib's `canonicalize_url` (percent-escapes in
    one case, raw characters encoded, query sorted, fragment dropped) without a path's trailing
    slash. `/kr/상품/c1`, `/kr/%EC%83%81%ED%92%88/c1/` and `/kr/%ec%83%81%ed%92%88/c1#top` are one page."""
    parts = urlsplit(canonicalize_url(url))
    return urlunsplit((parts.scheme, parts.netloc, parts.path.rstrip("/") or "/", parts.query, ""))


class GenericProductSpider(scrapy.Spider):
    """Crawl one site; yield a listing item per product page."""

    name = "knockoff-generic"
    # crawler.middlewares.ParseFirstMetaRefreshMiddleware: a product page's refresh waits for parse
    reads_meta_refresh = True

    def __init__(
        self,
        site: dict[str, Any],
        sitemaps: bool = True,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.site = site
        self.start_urls = list(site["start_urls"])
        self._not_products: set[str] = set()  # page keys (page_key) of pages failing or showing no product
        self._shown: set[str] = set()  # page keys of pages seen showing a product
        self._waiting: dict[str, list[dict[str, Any]]] = {}  # page key -> listings of pages naming it
        self._looks: dict[str, tuple[str, int]] = {}  # page key waited on -> (its URL, the look's depth)
        self._looked_again: set[str] = set()  # page keys requested once more at spider_idle
        self._named_elsewhere: dict[str, str] = {}  # canonical URL on another host -> first page naming it
        self._shared_frontier = False  # a Redis frontier shared with other crawl processes (from_crawler)
        self._page_limit = 0  # CLOSESPIDER_PAGECOUNT (--max-pages), 0 for none (from_crawler)
        self._pages_seen = 0  # responses so far, counted as Scrapy's CloseSpider counts them
        self.page_limit_reached = False  # read by crawler.middlewares.SkipStoredMiddleware
        self._on_the_way: set[str] = set()  # with a page limit: keys of page requests in the downloader
        self._late_items: list[dict[str, Any]] = []  # listings released at the page limit, not yet yielded
        self.shown_to_share: list[str] = []  # Redis run: page keys shown, for crawler.frontier to record
        self._domains = list(site.get("allowed_domains") or [])  # these and their subdomains
        self._bare_hosts: set[str] = set()  # a www. start URL's bare host: that host only
        if not self._domains:  # pages and redirects of a www. shop often use its bare domain
            self._domains = sorted({urlsplit(u).hostname or "" for u in self.start_urls} - {""})
            self._bare_hosts = {d[4:] for d in self._domains if d.startswith("www.")} - set(self._domains)
        # Scrapy's OffsiteMiddleware (which sees redirects) lets an allowed domain's subdomains in; the
        # links and sitemap entries the spider requests pass the stricter _in_domain
        self.allowed_domains = sorted({*self._domains, *self._bare_hosts})
        self.use_sitemaps = sitemaps
        # domains are checked by hostname (_in_domain; LinkExtractor's allow_domains compares host:port)
        self.links = LinkExtractor(deny=DENY_PATHS, unique=True)
        self.next_links = LinkExtractor(
            deny=DENY_PATHS,
            restrict_xpaths=[
                "//a[@rel='next'] | //link[@rel='next'] | //*[contains(@class, 'pagination')]//a"
                " | //*[contains(@class, 'pager')]//a | //a[contains(@class, 'next')]"
            ],
            tags=("a", "link"),
            unique=True,
        )

    @classmethod
    def from_crawler(cls, crawler: Any, *args: Any, **kwargs: Any) -> GenericProductSpider:
        spider = super().from_crawler(crawler, *args, **kwargs)
        # with a frontier shared in Redis, a page still waiting is settled when every process is idle
        # (`settle_waits_shared`, called by crawler.frontier.SharedScheduler), not at this one's idle
        spider._shared_frontier = bool(crawler.settings.get("REDIS_URL"))
        if not spider._shared_frontier:
            crawler.signals.connect(spider._look_again, signal=signals.spider_idle)
        spider._page_limit = crawler.settings.getint("CLOSESPIDER_PAGECOUNT")
        if spider._page_limit:
            crawler.signals.connect(spider._count_page, signal=signals.response_received)
            crawler.signals.connect(spider._on_its_way, signal=signals.request_reached_downloader)
        return spider

    # -- start ----------------------------------------------------------------------------------

    async def start(self) -> AsyncIterator[Any]:
        self._keep_memory_in_job()
        for url in self.start_urls:
            yield scrapy.Request(
                url, callback=self.parse, errback=self.start_failed, meta={"knockoff_start": url}, priority=5
            )
        if not self.use_sitemaps:
            return
        for url in self.site.get("sitemap_urls") or []:
            yield scrapy.Request(url, callback=self.parse_sitemap, errback=self.ignore_failure, priority=3)
        seen_roots = set()
        for url in self.start_urls:
            parts = urlsplit(url)
            root = f"{parts.scheme}://{parts.netloc}"
            if root in seen_roots:
                continue
            seen_roots.add(root)
            yield scrapy.Request(
                f"{root}/robots.txt", callback=self.parse_robots, errback=self.ignore_failure, priority=4
            )

    def start_failed(self, failure: Failure) -> Iterable[Any]:
        """A start URL failed: recorded as unreachable; pages waiting on it as their canonical page
        (a template naming the home page) keep their listings."""
        url = failure.request.meta.get("knockoff_start", failure.request.url)
        exc = failure.value
        reason = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
        if hasattr(exc, "response") and getattr(exc, "response", None) is not None:
            reason = f"HTTP {exc.response.status}"
        reason = re.sub(r"\s*ssl:<[^>]*>", "", reason)
        self.crawler.knockoff_state.unreachable[url] = reason.strip(": ")[:300]
        yield from self.page_failed(failure)

    def ignore_failure(self, failure: Failure) -> Iterable[dict[str, Any]]:
        log.debug("ignored: %s", failure.value)
        yield from self._stored_at_page_limit()

    # -- what a stop or a limit must not lose ----------------------------------------------------

    def _keep_memory_in_job(self) -> None:
        """With a job folder (Scrapy's JOBDIR), what the spider knows about canonical waits (JOB_MEMORY:
        the pages waiting on each named URL, the pages seen showing a product or none) lives in
        `self.state`, which Scrapy's SpiderState extension pickles into the job folder when the crawl
        stops cleanly and loads before `start()` when it resumes. Called first thing in `start()`.

        Why: only the first waiting page rides in the look's meta (persisted in the JOBDIR queue); the
        others were in memory alone, and the JOBDIR's fingerprints kept their pages from being fetched
        again, so a paused job lost their listings. Keeping the whole memory is the simplest correct
        rule: the resumed look settles every waiting page, a URL known to show a product still makes
        its aliases duplicates, and a look swallowed by the dupefilter is still asked once more at
        spider_idle. Carrying every waiter in the look would need a new request (a new fetch) per
        waiter, as the queued one cannot change. After a hard kill the runner drops the JOBDIR (its
        queue is not trustworthy) and pages not stored are fetched again, so nothing lives only in
        memory across a kill either."""
        state = getattr(self, "state", None)
        if not isinstance(state, dict):  # no job folder
            return
        kept = state.setdefault("knockoff_canonical", {})
        for name in JOB_MEMORY:
            if name in kept:
                setattr(self, name, kept[name])
            else:
                kept[name] = getattr(self, name)

    def _count_page(self, **kwargs: Any) -> None:
        """response_received with a page limit (CLOSESPIDER_PAGECOUNT, --max-pages): counted as Scrapy's
        CloseSpider extension counts (every response), which closes the crawl at the limit."""
        self._pages_seen += 1
        if self._pages_seen == self._page_limit:
            self._reach_page_limit()

    def _on_its_way(self, request: scrapy.Request, **kwargs: Any) -> None:
        """request_reached_downloader with a page limit: a request on its way is answered even while the
        crawl closes (a look, or the named page requested as a link before: the look met the
        dupefilter). Forgotten when it settles the pages waiting on it (`_waiters`)."""
        if not request.meta.get("knockoff_image"):
            self._on_the_way.add(page_key(request.url))

    def _reach_page_limit(self) -> None:
        """The crawl closes at its page limit: a named page not yet on its way is never fetched, so the
        pages waiting on it (fetched and parsed) are stored under their own URLs, as when the named page
        fails; they are yielded by the next callback to end (`_stored_at_page_limit`: the response
        reaching the limit, or the page whose item fetches it, is still processed). A named page on its
        way (`_on_the_way`) still settles its pages (the named product stays one listing); a look taken
        from the queue after this is refused (SkipStoredMiddleware: `page_limit_reached`), and later
        pages wait on no new look. --max-listings still caps them (ListingPipeline)."""
        self.page_limit_reached = True
        for key in [k for k in self._waiting if k not in self._on_the_way]:
            for item in self._waiting.pop(key):
                self.crawler.stats.inc_value("knockoff/canonical_fallback")
                self.crawler.stats.inc_value("knockoff/canonical_page_limit")
                self._late_items.append(item)

    def _stored_at_page_limit(self) -> Iterable[dict[str, Any]]:
        """The listings `_reach_page_limit` released, once; yielded at the end of every callback."""
        items, self._late_items = self._late_items, []
        yield from items

    # -- sitemaps -------------------------------------------------------------------------------

    def parse_robots(self, response: Response) -> Iterable[Any]:
        yield from self._robots_sitemaps(response)
        yield from self._stored_at_page_limit()

    def _robots_sitemaps(self, response: Response) -> Iterable[scrapy.Request]:
        urls = (
            list(sitemap_urls_from_robots(response.body, base_url=response.url))
            if response.status == 200
            else []
        )
        if not urls and not self.site.get("sitemap_urls"):
            parts = urlsplit(response.url)
            urls = [f"{parts.scheme}://{parts.netloc}/sitemap.xml"]
        for u in urls:
            yield scrapy.Request(u, callback=self.parse_sitemap, errback=self.ignore_failure, priority=3)

    def parse_sitemap(self, response: Response) -> Iterable[Any]:
        yield from self._sitemap_entries(response)
        yield from self._stored_at_page_limit()

    def _sitemap_entries(self, response: Response) -> Iterable[scrapy.Request]:
        body = response.body
        if body[:2] == b"\x1f\x8b":
            try:
                body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
            except Exception:
                return
        if b"<urlset" not in body[:5000] and b"<sitemapindex" not in body[:5000]:
            return
        # blank lines (or a BOM) before the XML declaration, as some CMS plugins write: lxml's recover
        # mode then parses on but drops every entity (`&amp;` in a <loc> query vanished)
        body = body.removeprefix(codecs.BOM_UTF8).lstrip()
        try:
            sm = Sitemap(body)
        except Exception:
            return
        self.crawler.stats.inc_value("knockoff/sitemaps")
        for entry in sm:
            loc = entry.get("loc")
            if not loc:
                continue
            if sm.type == "sitemapindex":
                yield scrapy.Request(
                    loc, callback=self.parse_sitemap, errback=self.ignore_failure, priority=3
                )
            elif self._in_domain(loc) and allowed_query(loc):
                yield scrapy.Request(clean_url(loc), callback=self.parse, errback=self.page_failed)

    # -- pages ----------------------------------------------------------------------------------

    def _in_domain(self, url: str) -> bool:
        """True for a host of `allowed_domains` or a subdomain of one; without them, for the start URLs'
        hosts and their subdomains, and a www. start URL's bare host (not its other subdomains: a
        www.amazon.com crawl stays off aws.amazon.com)."""
        host = (urlsplit(url).hostname or "").lower()
        return host in self._bare_hosts or any(host == d or host.endswith("." + d) for d in self._domains)

    def extract(self, response: TextResponse) -> dict[str, Any] | None:
        """The product fields of a page, or None (the declarative spider overrides this)."""
        return extract_product(response_text(response), response.url)

    def parse(self, response: Response) -> Iterable[Any]:
        yield from self._parse_page(response)
        yield from self._stored_at_page_limit()

    def _parse_page(self, response: Response) -> Iterable[Any]:
        start = response.meta.get("knockoff_start")
        if start:
            self.crawler.knockoff_state.reached.add(start)
        if response.meta.get("knockoff_look") and response.status in REDIRECT_STATUSES:
            yield from self._look_redirected(response)
            return
        if not isinstance(response, TextResponse) or b"html" not in response.headers.get(
            b"Content-Type", b"html"
        ):  # no product here (a feed, a PDF): pages waiting on it keep their listings
            yield from self._release(self._request_keys(response.request, response.url), response.meta)
            return
        self.crawler.stats.inc_value("knockoff/pages")
        try:
            product = self.extract(response)
        except Exception as exc:  # one broken page must never stop the crawl
            log.warning("extraction failed on %s: %s", response.url, exc)
            self.crawler.stats.inc_value("knockoff/extract_errors")
            product = None
        yield from self.listing_items(response, product)
        if self.crawler.knockoff_state.stop_pages:
            return
        for link in self.next_links.extract_links(response):
            if allowed_query(link.url) and self._in_domain(link.url):
                yield scrapy.Request(
                    clean_url(link.url), callback=self.parse, errback=self.page_failed, priority=2
                )
        for link in self.follow_links(response):
            yield scrapy.Request(
                clean_url(link),
                callback=self.parse,
                errback=self.page_failed,
                priority=1 if not product else 0,
            )

    def listing_items(self, response: TextResponse, product: dict[str, Any] | None) -> Iterable[Any]:
        """The listing item of `response` (or the request for the page it names as canonical), and
        what keeps a product page's listing when that goes wrong.

        A page naming another page of this site as canonical lets that page speak for itself (fetched
        once), so a page cannot overwrite another listing with its content; its own listing waits on
        the named page (`_await_canonical`). When the named page fails (404, timeout), shows no product
        or is already known to, every page waiting on it is stored under its own URL (a canonical link
        to a broken or generic URL, a template naming one URL for every product, or a saved page served
        elsewhere, loses nothing); when it shows a product, they are that product under other URLs. A
        canonical link naming the page's own URL in another spelling (raw or percent-encoded
        characters, escape case, query order, a trailing slash or a fragment: the same page under
        w3lib's canonicalize_url) is the page itself. A page that was waited on and names yet another
        page is stored under its own URL (one hop only). A page showing no product that carries
        `<meta http-equiv=refresh>` is followed to its target (`ParseFirstMetaRefreshMiddleware`
        leaves the refresh to the spider)."""
        keys = self._request_keys(response.request, response.url)
        if not product:
            yield from self._release(keys, response.meta)
            yield from self._refresh_request(response)
            return
        awaited = self._settle(keys, response.meta)
        url = self.listing_url(response)
        if url is None:
            self.crawler.stats.inc_value("knockoff/canonical_duplicate")
        elif page_key(url) in keys:
            yield {"url": url, **product}
        elif awaited or page_key(url) in self._not_products:
            yield {"url": response.url, **product}  # one hop only; or the named page shows no product
        elif page_key(url) in self._shown:
            self.crawler.stats.inc_value("knockoff/canonical_duplicate")  # it stored its own listing
        else:
            yield from self._await_canonical(
                url, {"url": response.url, **product}, response.meta.get("depth", 0)
            )

    def _await_canonical(
        self, url: str, item: dict[str, Any], depth: int, hops: int = 0
    ) -> Iterable[scrapy.Request]:
        """Hold `item` until the page at `url` answers; request that page once, at `depth` (the page
        naming it; `hops`: redirects already followed to reach `url`). Pages naming the same URL while
        it is on its way wait with `item` (a second request would only meet the dupefilter). The first
        item also rides in the request's meta; the others are in `_waiting`, kept in the job folder
        (`_keep_memory_in_job`); with a shared Redis frontier, settled at the end if the look was
        answered elsewhere or dropped as another process's (`settle_waits_shared`).

        Once the crawl's page limit is reached (`_reach_page_limit`) a page joins only a look already
        on its way; otherwise it is stored under its own URL (no new look would be fetched)."""
        key = page_key(url)
        waiting = self._waiting.get(key)
        if waiting is not None and (key in self._on_the_way or not self.page_limit_reached):
            waiting.append(item)
            return
        if self.page_limit_reached:
            self.crawler.stats.inc_value("knockoff/canonical_fallback")
            self.crawler.stats.inc_value("knockoff/canonical_page_limit")
            yield item
            return
        self._waiting[key] = [item]
        self._looks[key] = (url, depth)
        self.crawler.stats.inc_value("knockoff/canonical_elsewhere")
        yield self._look(url, item, {"knockoff_same_depth": True, "redirect_times": hops})

    def _look(
        self, url: str, item: dict[str, Any], meta: dict[str, Any], dont_filter: bool = False
    ) -> scrapy.Request:
        """The request for a named page. Its redirects come back to the spider (`_look_redirected`):
        Scrapy's dupefilter and OffsiteMiddleware drop a redirect to a page already requested or to
        another host without an errback, which left the waiting pages waiting for ever."""
        meta = {
            **meta,
            "knockoff_look": True,
            "knockoff_fallback": item,
            "dont_redirect": True,
            "handle_httpstatus_list": REDIRECT_STATUSES,
        }
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.canonical_failed,
            priority=3,
            meta=meta,
            dont_filter=dont_filter,
        )

    def _look_redirected(self, response: Response) -> Iterable[Any]:
        """A named page answered with a redirect; where it leads settles each page waiting on it. To
        that page itself (an old URL redirecting to the current one), to a page showing no product or
        failing, to another host, or past REDIRECT_MAX_TIMES: the waiting page keeps its listing under
        its own URL. To a page seen showing a product: a duplicate of it. Elsewhere: the page waits on
        the redirect target instead (requested as a named page, at the same depth)."""
        keys = self._request_keys(response.request, response.url)
        location = (response.headers.get(b"Location") or b"").decode("latin-1").strip()
        try:
            target = safe_url_string(response.urljoin(location)) if location else ""
            key = page_key(target) if target else ""
        except ValueError:  # an unusable Location ('http://[x', a bad port): leads nowhere
            target = key = ""
        hops = response.meta.get("redirect_times", 0) + 1
        lost = not target or key in keys or not self._in_domain(target)
        lost = lost or hops > self.settings.getint("REDIRECT_MAX_TIMES", 20)
        if lost or key in self._not_products:
            self._not_products |= keys
        elif key in self._shown:
            self._mark_shown(keys)  # later pages naming this URL are duplicates at once
        depth = response.meta.get("depth", 0)
        for item in self._waiters(keys, response.meta):
            if lost or key in self._not_products or key == page_key(item["url"]):
                self.crawler.stats.inc_value("knockoff/canonical_fallback")
                yield item
            elif key in self._shown:
                self.crawler.stats.inc_value("knockoff/canonical_duplicate")
            else:
                yield from self._await_canonical(clean_url(target), item, depth, hops)

    def _look_again(self) -> None:
        """spider_idle: pages still waiting when nothing is left to fetch wait on a request dropped
        without an errback (Scrapy's dupefilter met the named URL requested before, a request that
        ended nowhere). Each such named page is requested once more, past the dupefilter (its redirects
        still come back to the spider); its answer or failure settles the pages waiting on it."""
        for key in [k for k in self._waiting if k not in self._looked_again]:
            self._looked_again.add(key)
            url, depth = self._looks[key]
            self.crawler.stats.inc_value("knockoff/canonical_look_again")
            self.crawler.engine.crawl(self._look(url, self._waiting[key][0], {"depth": depth}, True))

    def settle_waits_shared(self, shown_elsewhere: Callable[[list[str]], list[Any]]) -> bool:
        """Redis run: the pages still waiting once the shared queue is empty and every crawl process is
        idle (called by crawler.frontier.SharedScheduler). Their look went to the shared queue, where
        another process may have popped it (settling only the page riding in its meta), or the shared
        dupefilter dropped it as another process's request of the same URL: either way the named page
        was answered elsewhere. `shown_elsewhere(keys)` tells, per page key, whether a process saw it
        show a product (crawler.frontier records `shown_to_share`): then the waiting pages are that
        product under other URLs. Otherwise (it failed, showed no product, or the record is missing)
        the named page is requested once more past the dupefilter, carrying every page still waiting on
        it, and whichever process answers settles them all (`_waiters`). True when a request was sent.

        Why not each waiting page its own look past the dupefilter: that fetched a named product page
        once per page naming it, where a shared crawl fetches each page once."""
        keys = list(self._waiting)
        sent = False
        for key, shown in zip(keys, shown_elsewhere(keys) if keys else [], strict=True):
            if shown:
                self._shown.add(key)
                self._looks.pop(key, None)
                self.crawler.stats.inc_value("knockoff/canonical_duplicate", len(self._waiting.pop(key)))
                continue
            self.crawler.stats.inc_value("knockoff/canonical_look_again")
            self.crawler.engine.crawl(self._look_carrying_all(key))
            sent = True
        return sent

    def waits_to_hand_over(self) -> list[scrapy.Request]:
        """Redis run, this process closing (stopped: SIGTERM, or a crash) with pages still waiting: one
        look per named page, past the dupefilter, carrying every page waiting on it, for
        crawler.frontier.SharedScheduler to push to the shared queue. The rerun (or another process)
        answers it; without this the pages were lost, as the shared fingerprints keep them from being
        fetched again. Empty after a finished crawl (`settle_waits_shared` leaves nothing waiting)."""
        return [self._look_carrying_all(key) for key in list(self._waiting)]

    def _look_carrying_all(self, key: str) -> scrapy.Request:
        """A look at the page waited on under `key`, past the dupefilter, carrying (and taking from
        `_waiting`) every page waiting on it; whichever process answers settles them all."""
        items = self._waiting.pop(key)
        url, depth = self._looks.pop(key)
        return self._look(url, items[0], {"depth": depth, "knockoff_also_waiting": items[1:]}, True)

    def _waiters(self, keys: set[str], meta: dict[str, Any]) -> list[dict[str, Any]]:
        """The items waiting on a page known under `keys` (its URL and the URLs redirected to it)."""
        items = [meta["knockoff_fallback"]] if meta.get("knockoff_fallback") else []
        items += meta.get("knockoff_also_waiting", [])  # a look sent again by settle_waits_shared
        self._on_the_way -= keys
        for key in keys:
            items += self._waiting.pop(key, [])
        return list({item["url"]: item for item in items}.values())

    def _release(self, keys: set[str], meta: dict[str, Any]) -> Iterable[dict[str, Any]]:
        """The page known under `keys` failed or shows no product (so recorded): each page waiting on
        it keeps its listing."""
        self._not_products |= keys
        for item in self._waiters(keys, meta):
            self.crawler.stats.inc_value("knockoff/canonical_fallback")
            yield item

    def _settle(self, keys: set[str], meta: dict[str, Any]) -> bool:
        """The page known under `keys` shows a product (so recorded): the pages waiting on it are that
        product under other URLs. True when any page was waiting."""
        self._mark_shown(keys)
        waiters = self._waiters(keys, meta)
        if waiters:
            self.crawler.stats.inc_value("knockoff/canonical_duplicate", len(waiters))
        return bool(waiters)

    def _mark_shown(self, keys: set[str]) -> None:
        """Record the page known under `keys` as showing a product; in a Redis run also for the other
        crawl processes (`shown_to_share`, which crawler.frontier sends with its next round trip)."""
        self._shown |= keys
        if self._shared_frontier:
            self.shown_to_share.extend(keys)

    @staticmethod
    def _request_keys(request: scrapy.Request, url: str) -> set[str]:
        return {page_key(u) for u in [url, request.url, *request.meta.get("redirect_urls", [])]}

    def canonical_failed(self, failure: Failure) -> Iterable[Any]:
        """The canonical page another page named could not be fetched: the pages naming it keep their
        listings."""
        log.debug("canonical page failed: %s", failure.value)
        yield from self.page_failed(failure)

    def page_failed(self, failure: Failure) -> Iterable[Any]:
        """A page request failed (HTTP error, timeout, refused): no product there; pages waiting on it
        as their canonical page keep their listings."""
        yield from self._page_failed(failure)
        yield from self._stored_at_page_limit()

    def _page_failed(self, failure: Failure) -> Iterable[Any]:
        request = failure.request  # type: ignore[attr-defined]
        keys = self._request_keys(request, request.url)
        # nothing more is stored; or a look refused past the page limit, its pages stored at the limit
        if isinstance(failure.value, (MaxListingsReached, PageLimitReached)):
            self._waiters(keys, request.meta)
            return
        if isinstance(failure.value, AlreadyStored):  # its listing is stored: pages naming it are it
            self._settle(keys, request.meta)
            return
        yield from self._release(keys, request.meta)

    def _refresh_request(self, response: TextResponse) -> Iterable[scrapy.Request]:
        """The request for the page a page showing no product refreshes to: its <meta http-equiv=
        refresh>, else its HTTP `Refresh` header (the same `delay; url=...` value, which browsers
        follow and Scrapy's middlewares do not read)."""
        _, url = get_meta_refresh(response, ignore_tags=["noscript"])
        url = url or refresh_header_url(response)
        # a chain of refreshes counts as redirects (REDIRECT_MAX_TIMES), as in Scrapy's MetaRefreshMiddleware:
        # a page refreshing to itself under a new query each time stops there
        hops = response.meta.get("redirect_times", 0) + 1
        if hops > self.settings.getint("REDIRECT_MAX_TIMES", 20):
            return
        if url and url != response.url and self._in_domain(url):
            self.crawler.stats.inc_value("knockoff/meta_refresh")
            yield scrapy.Request(
                clean_url(url),
                callback=self.parse,
                errback=self.page_failed,
                priority=2,
                meta={"redirect_times": hops},
            )

    def listing_url(self, response: TextResponse) -> str | None:
        """The URL naming the listing on `response`: its canonical URL when on this site (tracking and
        variant URLs of one product become one listing), else the page's own URL; None when the page
        names a canonical URL on another host (a mirror or a shop served under another domain) that an
        earlier page of this crawl process already named: the same product under another URL, stored
        once (first page wins; Scrapy's dupefilter is per URL, this is per canonical URL)."""
        canonical = response.xpath("//link[@rel='canonical']/@href").get()
        url = response.url
        if canonical:  # resolved as a browser does: against <base href>, the query in the page's encoding
            try:
                url = safe_url_string(clean_url(response.urljoin(canonical.strip())), response.encoding)
                _ = urlsplit(url).port  # ValueError for a bad port; an unclosed '[' host fails above
            except ValueError:  # no usable canonical URL: the page's own
                canonical, url = None, response.url
        if self._in_domain(url):
            return url
        if canonical and urlsplit(url).scheme in ("http", "https"):
            first = self._named_elsewhere.setdefault(canonicalize_url(url), response.url)
            if canonicalize_url(first) != canonicalize_url(response.url):
                return None
        return response.url

    def follow_links(self, response: TextResponse) -> list[str]:
        return [
            lk.url
            for lk in self.links.extract_links(response)
            if allowed_query(lk.url) and not lk.nofollow and self._in_domain(lk.url)
        ]
