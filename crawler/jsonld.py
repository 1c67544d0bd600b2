"""JSON-LD blocks of a page, read leniently, with `@id` references resolved across the page graph.

Shops publish JSON-LD that strict JSON rejects: a `;` after the object, trailing commas, `//` and
`/* */` comments, several objects in one `<script>`, HTML comments around the block. Each
`<script type="application/ld+json">` is parsed on its own (one broken block never hides the
others): `json.loads` first, then chompjs (a JavaScript-object parser, scrapinghub) for the rest.

`resolve_refs` replaces node references (`{"@id": "https://shop/#org"}`) by the node the page
defines with that `@id` anywhere (any block, any `@graph`), so `offers`, `seller`, `brand`,
`manufacturer`, `image` ... read the same whether they are nested or referenced.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

import chompjs
import json_repair

_SCRIPT = re.compile(
    r"<script\b[^>]*\btype\s*=\s*[\"']?\s*application/ld\+json[^>]*>(.*?)</script\s*>", re.S | re.I
)
_HTML_COMMENT = re.compile(r"^\s*<!--|-->\s*$")
MAX_BLOCK_CHARS = 2_000_000
MAX_DEPTH = 6


def jsonld_blocks(html: str) -> list[Any]:
    """Every JSON-LD item of the page, in page order (a top-level array yields its members).

    Returns plain JSON values (dicts mostly). Blocks that no parser can read are skipped.
    """
    out: list[Any] = []
    for m in _SCRIPT.finditer(html):
        text = _HTML_COMMENT.sub("", m.group(1).strip()).strip()
        if not text or len(text) > MAX_BLOCK_CHARS:
            continue
        for item in parse_lenient(text):
            out.extend(item if isinstance(item, list) else [item])
    return [x for x in out if isinstance(x, dict)]


def parse_lenient(text: str) -> list[Any]:
    """One script body -> its JSON values: strict JSON, else chompjs (trailing commas, comments,
    `;` separators, several objects), else json-repair (a string holding an unescaped quote: a CMS writing
    a product named `Brass 12" Task Lamp` into its JSON-LD, which neither reads; stop 66). Empty list when
    nothing can be read."""
    try:
        return [json.loads(text, strict=False)]
    except (
        ValueError,
        RecursionError,
    ):  # "[[[[..." nested deeper than the interpreter's stack: a hostile block
        pass
    try:
        objs = [v for v in js_objects(text) if isinstance(v, dict | list)]
    except (ValueError, TypeError, RecursionError):
        objs = []
    return objs or _repaired(text)


# the longest block json-repair is given: it is pure Python and slows faster than the text grows (2 MB of
# quote-and-brace garbage took 106 s, 200 kB 0.8 s; 64 kB about 0.1 s), where a product's JSON-LD is a few kB
REPAIR_MAX_CHARS = 64_000


def _repaired(text: str) -> list[Any]:
    """`text` read by json-repair (mangiucugna's repairer of broken JSON) as one object or array with content;
    empty list otherwise (it makes something of anything: a value that is no object, or an empty one, is none),
    for a text over `REPAIR_MAX_CHARS` and for one that does not end as an object or array ends (a block cut off,
    which `js_object` refuses too)."""
    if len(text) > REPAIR_MAX_CHARS or not text.rstrip(" \t\r\n;").endswith(("}", "]")):
        return []  # too long, or cut off (`{"@type": "Product", "name": `): the repairer would close it
    try:
        value = json_repair.loads(text, skip_json_loads=True)
    except (ValueError, TypeError, RecursionError):
        return []
    return [value] if isinstance(value, dict | list) and value else []


def js_object(text: str) -> Any:
    """The first JavaScript object or array at the start of `text` (chompjs.parse_js_object; text
    after it is ignored). Raises ValueError when none can be read, and for an object cut off by the
    end of `text`: chompjs 1.4 reads past the end of a cut-off string (`{"name": ` gives
    `{"name": "\x00"}` or whatever memory follows), so a NUL in the result, which the input cannot
    hold (NULs are removed first), means an overread."""
    return _checked(chompjs.parse_js_object(text.replace("\x00", "")))


def js_objects(text: str) -> list[Any]:
    """Every JavaScript object or array in `text`, in order (chompjs.parse_js_objects); the
    overread guard of `js_object`. Raises ValueError or TypeError when the text cannot be read."""
    return _checked(list(chompjs.parse_js_objects(text.replace("\x00", ""), loader_kwargs={"strict": False})))


def _checked(value: Any) -> Any:
    """`value`, or ValueError when a string in it (key or value) holds a NUL: chompjs read past
    the end of its input."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, str):
            if "\x00" in v:
                raise ValueError("chompjs read past the end of its input (cut-off object)")
        elif isinstance(v, dict):
            stack.extend(v.keys())
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return value


def walk(value: Any) -> Iterable[dict]:
    """Every dict inside a JSON-LD / microdata tree (including @graph members), depth first."""
    if isinstance(value, dict):
        yield value
        for v in value.values():
            yield from walk(v)
    elif isinstance(value, list):
        for v in value:
            yield from walk(v)


def id_index(items: Iterable[Any]) -> dict[str, dict]:
    """`@id` -> the richest node with that id (a node with more keys than a bare reference)."""
    index: dict[str, dict] = {}
    for node in walk(list(items)):
        ident = node.get("@id")
        if not isinstance(ident, str) or len(node) <= 1:
            continue
        have = index.get(ident)
        if have is None:
            index[ident] = node
        else:  # the same id described twice (split over blocks): merge, first value wins
            index[ident] = {**node, **have}
    return index


def resolve_refs(value: Any, index: dict[str, dict], depth: int = 0, seen: frozenset = frozenset()) -> Any:
    """A copy of `value` where each bare reference `{"@id": X}` (optionally with `@type`) is the node
    defined as X, recursively (cycles and depth > MAX_DEPTH stop at the reference)."""
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [resolve_refs(v, index, depth + 1, seen) for v in value]
    if not isinstance(value, dict):
        return value
    ident = value.get("@id")
    if isinstance(ident, str) and set(value) <= {"@id", "@type"} and ident in index and ident not in seen:
        value = index[ident]
        seen = seen | {ident}
    elif isinstance(ident, str):
        seen = seen | {ident}
    return {k: resolve_refs(v, index, depth + 1, seen) for k, v in value.items()}
