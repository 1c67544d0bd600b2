"""`knockoff crawl`: crawl marketplaces into the lake (docs/ARCHITECTURE.md section 5, command-line contract)."""

from __future__ import annotations

import argparse
import json
from urllib.parse import urlsplit

from knockoff.errors import ConfigError


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "crawl",
        help="crawl marketplaces into the lake (listings and images, one partition per site and date)",
        description=(
            "Crawl product listings and their images into LAKE/listings and LAKE/images for one date. "
            "Either give start URLs (one site) or a sites.yaml (several sites, generic or declarative "
            "spiders). Obeys robots.txt, throttles per domain, refuses private addresses unless allowed, "
            "and never downloads an image stored on an earlier date (a date crawled again is replaced whole, its "
            "images fetched again). Partitions appear atomically at the end."
        ),
    )
    p.add_argument(
        "--start-url", action="append", default=[], metavar="URL", help="where to start (repeatable)"
    )
    p.add_argument(
        "--allowed-domain",
        action="append",
        default=[],
        metavar="D",
        help="stay on this domain and its subdomains (repeatable; default: the start URLs' hosts)",
    )
    p.add_argument(
        "--sitemap", action="append", default=[], metavar="URL", help="a sitemap to read (repeatable)"
    )
    p.add_argument(
        "--site", metavar="NAME", help="site name for the partition (default: the start URL's host)"
    )
    p.add_argument("--sites", metavar="SITES_YAML", help="crawl every site listed in this sites.yaml instead")
    p.add_argument(
        "--lake",
        metavar="LAKE",
        help="lake root (local path or fsspec URL; default: --config's lake:, else ./lake, knockoff.yaml's default)",
    )
    p.add_argument("--date", metavar="YYYY-MM-DD", help="partition date (default: today)")
    p.add_argument("--max-listings", type=int, metavar="N", help="stop cleanly after N listings per site")
    p.add_argument("--max-pages", type=int, metavar="N", help="stop after N pages per site")
    p.add_argument(
        "--job-dir",
        metavar="DIR",
        help="keep crawl state here: a crawl killed (even with SIGKILL) resumes from it with the same DIR",
    )
    p.add_argument(
        "--allow-private",
        action="store_true",
        help="allow loopback/private addresses (for a local test shop; refused by default)",
    )
    p.add_argument(
        "--redis", metavar="URL", help="share the crawl frontier in this Redis (redis://host:6379/0)"
    )
    p.add_argument(
        "--workers",
        type=int,
        metavar="N",
        help="crawl processes per site sharing the Redis frontier (with --redis)",
    )
    p.add_argument(
        "--no-commit",
        action="store_true",
        help="join a shared crawl from another machine: crawl and stage only (needs --redis and the same "
        "--job-dir on shared storage); the run without --no-commit commits when every process is done",
    )
    p.add_argument("--concurrency", type=int, metavar="N", help="concurrent requests per domain")
    p.add_argument("--delay", type=float, metavar="S", help="download delay per domain, seconds")
    p.add_argument(
        "--no-robots", action="store_true", help="do not obey robots.txt (only for your own sites)"
    )
    p.add_argument("--no-images", action="store_true", help="do not download images")
    p.add_argument("--no-cache", action="store_true", help="no HTTP cache / conditional requests")
    p.add_argument(
        "--config", metavar="KNOCKOFF_YAML", help="take the crawl: section (and sites) from knockoff.yaml"
    )
    p.set_defaults(handler=handle)


def _site_name(url: str) -> str:
    host = urlsplit(url).hostname or "site"
    port = urlsplit(url).port
    return f"{host}-{port}" if port else host


# command-line option -> CrawlConfig field: numbers where 0 counts, values set only when given
# (non-empty, non-zero), and switches that set a fixed value
_NUMBERS = {"max_listings": "max_listings", "max_pages": "max_pages", "delay": "download_delay"}
_VALUES = {
    "job_dir": "job_dir",
    "redis": "redis_url",
    "workers": "workers",
    "concurrency": "concurrent_requests_per_domain",
}
_SWITCHES = {
    "allow_private": ("allow_private_addresses", True),
    "no_robots": ("obey_robots", False),
    "no_images": ("download_images", False),
    "no_cache": ("http_cache", False),
}


def _overrides(args: argparse.Namespace) -> dict:
    """CrawlConfig fields set by the command-line options given."""
    updates: dict = {f: getattr(args, o) for o, f in _NUMBERS.items() if getattr(args, o) is not None}
    updates.update({f: getattr(args, o) for o, f in _VALUES.items() if getattr(args, o)})
    updates.update({f: v for o, (f, v) in _SWITCHES.items() if getattr(args, o)})
    return updates


def _start_url_site(args: argparse.Namespace):  # -> SiteConfig
    """The one site of `--start-url` (name from --site or the first URL's host and port).

    Raises ConfigError with --sites too, or for a URL that is not http(s)."""
    from knockoff.config import SiteConfig

    if args.sites:
        raise ConfigError("give either --start-url or --sites, not both")
    for u in args.start_url:
        if urlsplit(u).scheme not in ("http", "https") or not urlsplit(u).hostname:
            raise ConfigError(f"--start-url {u!r}: expected an http(s) URL")
    return SiteConfig(
        name=args.site or _site_name(args.start_url[0]),
        start_urls=args.start_url,
        allowed_domains=args.allowed_domain,
        sitemap_urls=args.sitemap,
    )


def handle(args: argparse.Namespace) -> int:
    """Run `knockoff crawl`: print the crawl summary as JSON; exit status 1 when a site failed."""
    from knockoff.config import (
        CrawlConfig,
        KnockoffConfig,
        SiteConfig,
        load_config,
        load_sites,
        with_overrides,
    )
    from knockoff.crawler.run import run_crawl
    from knockoff.lake import today

    config = CrawlConfig()
    sites: list[SiteConfig] = []
    lake = args.lake
    if args.config:
        kcfg = load_config(args.config)
        config, sites = kcfg.crawl, list(kcfg.sites)
        lake = lake or kcfg.lake
    # docs/ARCHITECTURE.md section 5 writes `knockoff crawl --sites sites.yaml` alone: without --lake the lake is
    # --config's, else knockoff.yaml's default (KnockoffConfig.lake, ./lake); the summary names it
    lake = lake or KnockoffConfig().lake
    if args.sites:
        sites = load_sites(args.sites)
    if args.start_url:
        sites = [_start_url_site(args)]
    if not sites:
        raise ConfigError("nothing to crawl: give --start-url URL or --sites sites.yaml")
    config = with_overrides(config, _overrides(args), source="knockoff crawl option")
    summary = run_crawl(sites, lake, args.date or today(), config, commit=not args.no_commit)
    print(json.dumps(summary.to_dict(), indent=1))
    failed = [s for s in summary.sites.values() if s.error]
    return 1 if failed else 0
