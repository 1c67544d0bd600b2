"""Image URLs of an `<img>` element: `srcset` per the HTML spec, lazy-loading attributes, zoom URLs.

`parse_srcset` follows the WHATWG HTML "parse a srcset attribute" algorithm
(https://html.spec.whatwg.org/multipage/images.html#parse-a-srcset-attribute): a candidate is a
run of non-space characters (trailing commas end it and it then has no descriptor), then
descriptors up to the next comma outside parentheses; a candidate without a descriptor is `1x`.
So `/a.jpg, /b.jpg 2x` gives `/a.jpg` (1x) and `/b.jpg` (2x), and line breaks count as spaces.

`img_urls` lists an element's URLs best first: high-resolution and zoom attributes, lazy-loading
attributes (`data-src`, `data-lazy-src`, `data-original`, ...), the largest `srcset` /
`data-srcset` candidate, then `src` unless it is a `data:` placeholder. Any other `data-`
attribute holding one picture file URL, unless named for another picture (`data-flickity-lazyload`,
`data-ks-lazyload`, `data-echo`; not `data-hover-image`), comes before `srcset` when `src` is a
placeholder (`_placeholder_src`: none, `data:`, a GIF/SVG or a blank picture's name), else last.
AngularJS's `ng-src` is a lazy attribute; a value holding a template's unrendered `{{ }}` is no URL.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

_WS = " \t\n\r\f"


class Candidate(NamedTuple):
    """One srcset entry: URL, width descriptor (px) or None, pixel density (x) or None."""

    url: str
    width: int | None
    density: float | None


def parse_srcset(value: str | None) -> list[Candidate]:
    """`srcset` text -> its candidates in order (invalid descriptors drop the candidate, as the spec)."""
    out: list[Candidate] = []
    if not value:
        return out
    s, n, pos = value, len(value), 0
    while True:
        while pos < n and (s[pos] in _WS or s[pos] == ","):
            pos += 1
        if pos >= n:
            return out
        start = pos
        while pos < n and s[pos] not in _WS:
            pos += 1
        url = s[start:pos]
        descriptors: list[str] = []
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            descriptors, pos = _descriptors(s, pos)
        cand = _candidate(url, descriptors)
        if cand is not None:
            out.append(cand)


def _descriptors(s: str, pos: int) -> tuple[list[str], int]:
    """The descriptors after a URL ending at `pos`: tokens up to a comma outside parentheses (the spec's
    descriptor tokenizer). Returns (descriptors, position after that comma or at the end)."""
    n = len(s)
    descriptors: list[str] = []
    while pos < n and s[pos] in _WS:
        pos += 1
    current, in_parens = "", False
    while pos < n:
        c = s[pos]
        if in_parens:
            current += c
            in_parens = c != ")"
        elif c in _WS:
            if current:
                descriptors.append(current)
                current = ""
        elif c == ",":
            pos += 1
            break
        else:
            current += c
            in_parens = c == "("
        pos += 1
    if current:
        descriptors.append(current)
    return descriptors, pos


def _candidate(url: str, descriptors: list[str]) -> Candidate | None:
    if not url:
        return None
    width: int | None = None
    density: float | None = None
    for d in descriptors:
        num, kind = d[:-1], d[-1:].lower()
        if kind == "w" and num.isdigit() and width is None and density is None and int(num) > 0:
            width = int(num)
        elif (
            kind == "x" and density is None and width is None and re.fullmatch(r"\d*\.?\d+(e[+-]?\d+)?", num)
        ):
            density = float(num)
        elif kind == "h" and num.isdigit():
            continue  # a future-compat height descriptor: allowed, ignored
        else:
            return None
    if width is None and density is None:
        density = 1.0
    return Candidate(url, width, density)


def largest(candidates: list[Candidate]) -> str | None:
    """The candidate with the largest width (or density when no widths are given)."""
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.width or 0, c.density or 0.0)).url


_HIRES = (
    "data-old-hires",
    "data-zoom-image",
    "data-zoom",
    "data-zoom-src",
    "data-large",
    "data-large-image",
    "data-large_image",  # WooCommerce gallery
    "data-full",
    "data-full-image",  # Shopware 6
    "data-zoom-image-url",
    "data-image-large-src",  # PrestaShop thumbnails
    "data-hires",
)
# lazy-loading attributes; "ec-data-src" is Cafe24's (Korea: `<img src="blank.gif" ec-data-src=...>`,
# market price review of issue 14)
_LAZY = (
    "data-src",
    "data-lazy-src",
    "data-lazy",
    "data-original",
    "data-img",
    "data-image",
    "data-url",
    "ec-data-src",
    # AngularJS 1.x: `ng-src` holds the URL Angular copies into `src`; a server writing the photo's
    # URL into it leaves no `src` before the script runs (tests/crawler/test_image_review9.py
    # angularjs-ng-src-only-server-written)
    "ng-src",
    "data-ng-src",
)
_KNOWN = {*_HIRES, *_LAZY, "data-a-dynamic-image", "data-srcset", "data-lazy-srcset"}
# a template's unrendered expression (AngularJS / Handlebars / Vue "{{p.imageUrl}}", Liquid "{{ img }}"):
# no URL yet, whichever attribute holds it (`src="{{item.image}}"` too: the browser asks for "%7B%7B...")
_TEMPLATE = re.compile(r"\{\{|\}\}|%7B%7B|%7D%7D", re.I)
# a value that is no URL at all: JSON written into a lazy-loader's attribute (`data-srcset='{"400": "/m/a.jpg"}'`)
# or markup (a quote, an angle bracket); the lead's probe, stop 66: read as the page-relative URL '{"400":...'
_NOT_URL = re.compile(r'^\s*[\[{]|["<>]')


# a data attribute naming another picture than the one the element shows (a thumbnail, a swatch, the
# view shown on hover, a low-quality preview), or one of those read by name above
_OTHER_PICTURE_ATTR = re.compile(
    r"thumb|swatch|icon|logo|poster|placeholder|hover|alt|second|back|flip|rollover|preview|blur|lqip|tiny|small"
)
# a single picture file URL (no srcset list): a path ending in a picture extension, query allowed
_PICTURE_URL = re.compile(r"[^\s,]+\.(?:jpe?g|png|gif|webp|avif)(?:\?[^\s,]*)?", re.I)


# a non-`data-` attribute a lazy-loading script reads ("lazy-src", "lazysrc", "lazyload": Vue and
# jQuery lazy loaders as Chinese and Taiwanese shops configure them, `<img src="grey.gif" lazy-src=...>`;
# "original": jQuery lazyload 1.x's own attribute name)
_BARE_LAZY_ATTR = re.compile(r"^(?:[a-z]+[-_])?(?:lazy[-_]?(?:src|load|img|url)?|original(?:[-_]?src)?)$")


def _other_lazy_attr(name: str, value: str) -> bool:
    """`name="value"` is a lazy-loading attribute this module does not name (`data-flickity-lazyload`,
    `data-ks-lazyload`, `data-echo`, `data-lazyload`, `lazy-src`): a `data-` attribute or a bare lazy
    one (`_BARE_LAZY_ATTR`), not read by name above (`_HIRES`, `_LAZY`), not naming another picture
    (`_OTHER_PICTURE_ATTR`), whose value is one picture file URL (`_PICTURE_URL`)."""
    return (
        (name.startswith("data-") or bool(_BARE_LAZY_ATTR.match(name)))
        and name not in _KNOWN
        and not _OTHER_PICTURE_ATTR.search(name)
        and bool(_PICTURE_URL.fullmatch(value))
    )


# a lazy-loading placeholder's file: a GIF or SVG, or a name of a blank picture
_PLACEHOLDER_FILE = re.compile(
    r"\.(?:gif|svg)$|(?<![a-z])(?:blank|loading|loader|lazy|placeholder|spacer|pixel|transparent|empty|dummy|1x1)(?![a-z])"
)


def _placeholder_src(src: str) -> bool:
    """`src` is missing or a lazy-loading placeholder: a `data:` URI or a `_PLACEHOLDER_FILE`."""
    path = src.split("?", 1)[0].lower()
    return not path or path.startswith("data:") or bool(_PLACEHOLDER_FILE.search(path.rsplit("/", 1)[-1]))


def img_urls(attrs: dict[str, Any]) -> list[str]:
    """The URLs an `<img>` element (its attribute dict) offers, best first, without duplicates.

    `data:` URIs (lazy-loading placeholders) and empty values are skipped. Relative URLs are
    returned as written (resolve them against the page's base URL).
    """
    a = {str(k).lower(): str(v).strip() for k, v in attrs.items() if v is not None}
    urls: list[str] = []
    urls += [a[k] for k in _HIRES if a.get(k)]
    dyn = a.get("data-a-dynamic-image")
    if dyn:  # {"url": [w, h], ...}: largest first
        try:
            sizes = json.loads(dyn)
            if isinstance(sizes, dict):
                urls += sorted(sizes, key=lambda u: -_area(sizes[u]))
        except ValueError:
            pass
    urls += [a[k] for k in _LAZY if a.get(k)]
    other = [v for k, v in a.items() if _other_lazy_attr(k, v)]
    if _placeholder_src(a.get("src") or ""):
        urls += other  # the picture the placeholder stands for, before it
        other = []
    for key in ("data-srcset", "data-lazy-srcset", "srcset"):
        best = largest(parse_srcset(a.get(key)))
        if best:
            urls.append(best)
    if a.get("src"):
        urls.append(a["src"])
    urls += other  # beside a real `src` (data-origin, data-mega-url): a copy, maybe on another host
    widths = re.findall(r"\d+", a.get("data-widths") or "")
    seen: list[str] = []
    for u in urls:
        if "{width}" in u:  # Shopify lazysizes template: the largest width it lists
            u = u.replace("{width}", max(widths, key=int) if widths else "1024")
        if (
            u
            and not u.lower().startswith(("data:", "javascript:", "about:"))
            and not _TEMPLATE.search(u)
            and not _NOT_URL.search(u)
            and u not in seen
        ):
            seen.append(u)
    return seen


def _area(size: Any) -> float:
    try:
        return float(size[0]) * float(size[1])
    except (TypeError, ValueError, IndexError, KeyError):
        return 0.0
