"""Declarative per-site spider: CSS/XPath selectors and link rules from sites.yaml.

For shops the generic spider cannot read (no structured data, odd markup). Example:

    sites:
      - name: oldshop
        spider: declarative
        start_urls: [https://oldshop.example/]
        selectors:                       # CSS by default; prefix "xpath:" for XPath
          listing: div.item-page         # optional: a page is a listing when this matches
          title: h1.name::text
          price: span.cost::text         # any notation: "1.299,00 EUR", "$1,049"
          currency: "xpath://meta[@name='currency']/@content"
          sku: .ref::text
          availability: .stock::text     # schema.org URL or text ("Sold out", "Auf Lager", ...)
          brand: .maker::text
          seller: .vendor a::text
          seller_url: .vendor a::attr(href)
          description: .desc ::text
          images: .photos img::attr(src)
        link_rules:                      # regular expressions on absolute URLs
          follow: ["/cat/", "[?&]p=\\d+"]  # pages to crawl for links
          listing: ["/item/\\d+"]          # listing pages (crawled and extracted)
          deny: ["/login", "/basket"]

Fields the selectors do not give fall back to the generic extractor (structured data, heuristics).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin

from parsel import Selector
from scrapy.http import TextResponse

from knockoff.config import SiteConfig
from knockoff.crawler.codes import gtin, mpn
from knockoff.crawler.extract import (
    clean_text,
    extract_product,
    normalize_availability,
    normalize_currency,
    parse_price,
    response_text,
)
from knockoff.crawler.spiders.generic import GenericProductSpider, allowed_query
from knockoff.errors import ConfigError

SELECTOR_KEYS = {
    "listing",
    "title",
    "description",
    "price",
    "currency",
    "brand",
    "sku",
    "gtin",
    "mpn",
    "availability",
    "seller",
    "seller_url",
    "images",
}
RULE_KEYS = {"follow", "listing", "deny"}


def _select(sel: Selector, expr: str) -> list[str]:
    if expr.startswith("xpath:"):
        return [x.strip() for x in sel.xpath(expr[6:]).getall() if x and x.strip()]
    return [x.strip() for x in sel.css(expr).getall() if x and x.strip()]


def validate_site(site: SiteConfig) -> None:
    """Fail early (one line) on unknown keys, bad selectors or bad regular expressions."""
    if site.spider != "declarative":
        return
    if not site.selectors:
        raise ConfigError(f"site {site.name}: a declarative spider needs selectors")
    probe = Selector(text="<html><body></body></html>")
    for key, expr in site.selectors.items():
        if key not in SELECTOR_KEYS:
            raise ConfigError(
                f"site {site.name}: unknown selector {key!r} (use {', '.join(sorted(SELECTOR_KEYS))})"
            )
        try:
            _select(probe, expr)
        except Exception as exc:
            raise ConfigError(f"site {site.name}: selector {key}: {expr!r} is not valid ({exc})") from exc
    for key, patterns in site.link_rules.items():
        if key not in RULE_KEYS:
            raise ConfigError(f"site {site.name}: unknown link rule {key!r} (use follow, listing, deny)")
        for p in patterns:
            try:
                re.compile(p)
            except re.error as exc:
                raise ConfigError(
                    f"site {site.name}: link rule {key}: {p!r} is not a valid regex ({exc})"
                ) from exc


class DeclarativeSpider(GenericProductSpider):
    """Selectors and link rules from the site's configuration; generic extraction fills the gaps."""

    name = "knockoff-declarative"

    def __init__(self, site: dict[str, Any], **kwargs: Any) -> None:
        super().__init__(site, **kwargs)
        self.selectors: dict[str, str] = dict(site.get("selectors") or {})
        rules = site.get("link_rules") or {}
        self.follow_re = [re.compile(p) for p in rules.get("follow", [])]
        self.listing_re = [re.compile(p) for p in rules.get("listing", [])]
        self.deny_re = [re.compile(p) for p in rules.get("deny", [])]

    def _is_listing(self, response: TextResponse) -> bool:
        if self.listing_re and any(r.search(response.url) for r in self.listing_re):
            return True
        if "listing" in self.selectors:
            return bool(_select(response.selector, self.selectors["listing"]))
        if self.listing_re:
            return False
        return bool(self.selectors.get("title") and _select(response.selector, self.selectors["title"]))

    def extract(self, response: TextResponse) -> dict[str, Any] | None:
        if not self._is_listing(response):
            return None
        sel, s = response.selector, self.selectors

        def text(key: str, limit: int = 2000) -> str | None:
            return clean_text(" ".join(_select(sel, s[key])), limit) if key in s else None

        out: dict[str, Any] = {
            "title": text("title", 1000),
            "description": text("description", 20000),
            "brand_claimed": text("brand", 300),
            "sku": text("sku", 200),
            "gtin": gtin(text("gtin", 200)),
            "mpn": mpn(text("mpn", 200)),
            "seller": text("seller", 300),
        }
        raw_price = text("price", 200)
        cur = normalize_currency(text("currency", 20))
        amount, cur2 = parse_price(raw_price, cur)
        out["price"], out["currency"] = amount, cur or cur2
        av = _select(sel, s["availability"]) if "availability" in s else []
        out["availability"] = next((a for a in (normalize_availability(x) for x in av) if a), None)
        if "seller_url" in s:
            urls = _select(sel, s["seller_url"])
            out["seller_url"] = urljoin(response.url, urls[0]) if urls else None
        if "images" in s:
            out["image_urls"] = list(
                dict.fromkeys(urljoin(response.url, u) for u in _select(sel, s["images"]))
            )
        sources = {k: "selector" for k, v in out.items() if v not in (None, "", [])}
        generic = extract_product(response_text(response), response.url) or {}
        generic_sources = generic.pop("field_sources", None) or {}
        for k, v in generic.items():
            if out.get(k) in (None, "", []) and v not in (None, "", []):
                out[k] = v
                if k in generic_sources:
                    sources[k] = generic_sources[k]
        if not out.get("title"):
            return None
        out.setdefault("image_urls", [])
        out["field_sources"] = sources
        return out

    def follow_links(self, response: TextResponse) -> list[str]:
        links = (
            super().follow_links(response)
            if not (self.follow_re or self.listing_re)
            else [
                lk.url
                for lk in self.links.extract_links(response)
                if self._in_domain(lk.url) and not lk.nofollow
            ]
        )
        out = []
        for url in links:
            if any(r.search(url) for r in self.deny_re) or not allowed_query(url):
                continue
            if (self.follow_re or self.listing_re) and not any(
                r.search(url) for r in self.follow_re + self.listing_re
            ):
                continue
            out.append(url)
        return out
