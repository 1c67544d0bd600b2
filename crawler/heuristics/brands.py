"""The brand a product page names, and values written after a label ("Brand: Acme", "ASIN: B01..").

Pure functions over a parsed page (`layout.Layout`); no I/O.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from knockoff.crawler.heuristics.dom import BRAND_EL, MARKS, hidden, visible_text
from knockoff.crawler.heuristics.layout import Layout

_BYLINE = re.compile(
    r"^(?:brand|marke|marque|marca|merk|znamka|proizvođač|proizvajalec|by|ブランド|品牌|廠牌|브랜드|бренд)"
    r"\s*(?:[:：]\s*|\s+)(.+)$"
    r"|^visit the (.+?) store$|^besuche den (.+?)-?store$|^visiter la boutique (.+)$|^visita lo store di (.+)$"
    r"|^visita la tienda de (.+)$|^bezoek de (.+?)-?winkel$",
    re.I,
)
_BRAND_LABEL = re.compile(
    r"^(?:brand(?:\s*name)?|marke|marque|marca|merk|märke|marka|manufacturer|hersteller|fabricant|produttore|"
    r"fabricante|fabrikant|znamka|blagovna znamka|proizvođač|proizvajalec|proizvodjač|výrobce|gyártó|producent|"
    r"ブランド|メーカー|品牌|廠牌|制造商|브랜드|제조사|бренд|производитель|өндіруші)(?:\s*[:：]\s*|\s+|$)(.*)$",
    re.I,
)


def labelled(page: Layout, label: re.Pattern[str], limit: int = 60) -> str | None:
    """The value written after a label ("Brand: Acme", "ASIN ‏:‎ B01..", or "Brand" in
    one cell and "Acme" in the next), outside navigation, footers and product cards; None when
    there is none."""
    nodes = page.text_nodes()
    for i, (node, raw) in enumerate(nodes):
        text = raw.strip()
        if not text or len(text) > 80:
            continue
        m = label.match(text)
        if not m:
            continue
        parent = node.getparent()
        if parent is not None and any(page.context(parent)):
            continue
        value = m.group(m.lastindex or 0).strip(" :：#-") if m.lastindex else ""
        if not value:
            value = next((t.strip() for _, t in nodes[i + 1 : i + 4] if t.strip().strip(":：")), "")
        value = re.sub(r"\s+", " ", value).strip(" :：")
        if 1 < len(value) <= limit:
            return value
    return None


def find_brand(page: Layout, title_el: Any = None) -> str | None:
    """The brand: itemprop=brand, a brand/manufacturer/byline element near the product (not a
    menu of brands; a manufacturer logo's alt text), a labelled value ("Brand: X", "Marke: X",
    "ブランド X", ...), a brand meta tag, or the short line just above the title that the
    document title opens with ("Nike Sportswear" over "AIR MAX 90", titled "Nike Sportswear
    AIR MAX 90 - ...")."""
    for el in page.named(BRAND_EL)[:40]:
        if el.tag in ("script", "style", "body", "html") or any(page.context(el)):
            continue
        home = el.xpath("descendant-or-self::a/@href")
        if home and urlsplit(urljoin(page.base, home[0])).path in ("", "/"):
            continue  # the shop's own logo linking home ("navbar-brand", "site-brand")
        inner = el.xpath(".//*[@itemprop='name']/@content | .//*[@itemprop='name']//text()")
        logo = el.xpath("descendant-or-self::img/@alt")  # a manufacturer logo names the brand
        text = el.get("content") or " ".join(inner) or visible_text(el) or (logo[0] if logo else "")
        text = re.sub(r"\s+", " ", MARKS.sub("", text or "")).strip()
        m = _BYLINE.match(text)
        if m:
            text = m.group(m.lastindex or 1).strip()
        if 1 < len(text) <= 60 and not re.search(r"\bbrands\b|\bshop all\b|\bsee all\b", text, re.I):
            return text
    meta = page.sel.xpath(
        "//meta[@name='brand' or @property='brand' or @itemprop='brand' or @property='og:brand']/@content"
    ).get()
    return (
        labelled(page, _BRAND_LABEL)
        or (meta.strip() if meta and meta.strip() else None)
        or _brand_above(page, title_el)
    )


def _brand_above(page: Layout, title_el: Any) -> str | None:
    """A 1-4 word line among the 6 elements before the title that the document title starts with."""
    if title_el is None or not page.doc_title:
        return None
    doc = page.doc_title.casefold()
    title = visible_text(title_el).casefold()
    for el in reversed(title_el.xpath("preceding::*[position() <= 6]")):
        if not isinstance(el.tag, str) or el.tag in ("script", "style", "title", "meta", "link"):
            continue
        text = re.sub(r"\s+", " ", el.text or "").strip()
        words = text.split()
        if not (1 <= len(words) <= 4 and len(text) <= 40) or any(page.context(el)) or hidden(el):
            continue
        low = text.casefold()
        if doc.startswith(low + " ") and not title.startswith(low):
            return text
    return None
