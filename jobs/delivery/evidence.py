"""Reading the `evidence` of candidates: signals, best image, box; fingerprints; small helpers.

`matching.fusion` writes the evidence as a typed struct (`knockoff.lake.EVIDENCE_TYPE`); runs made
before that hold JSON text. This module reads both tolerantly (a missing key is simply absent), so
delivery, feedback and run diffs read every run alike; `upgrade_evidence` turns an old JSON column
into the struct. Every reader of evidence goes through `parse_evidence`.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import pyarrow as pa

from knockoff.lake import EVIDENCE_TYPE

_IMAGE_KEYS = ("best_image", "best_image_sha256", "image_sha256", "image")
_BOX_KEYS = ("box", "bbox", "best_box")
_SIGNAL_KEYS = ("signals", "scores", "signal_scores")
# Keys that describe how a run was made rather than what was found: not part of a fingerprint.
_VOLATILE = {"model_version", "code_version", "run_id", "computed_at", "timings", "seconds"}
# Fields added to the evidence after fingerprints were first stored: left out of a fingerprint while null, so that
# a candidate's fingerprint from an older night still matches (a rejected candidate stays rejected).
_ADDED_LATER = {"product_code"}


@dataclass
class Evidence:
    """The parts of a candidate's evidence that delivery and diffs use."""

    signals: dict[str, float] = field(default_factory=dict)
    image: str | None = None
    box: tuple[float, float, float, float] | None = None
    mark: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)


def _as_box(v: Any) -> tuple[float, float, float, float] | None:
    if isinstance(v, dict):
        v = [v.get(k) for k in ("x0", "y0", "x1", "y1")]
    if isinstance(v, list | tuple) and len(v) == 4 and all(isinstance(x, int | float) for x in v):
        x0, y0, x1, y1 = (float(x) for x in v)
        if x1 > x0 and y1 > y0:
            return (x0, y0, x1, y1)
    return None


def _from_struct(value: dict) -> dict:
    """A struct row as Python (Arrow maps come back as (key, value) pairs) -> plain dicts."""
    out = dict(value)
    for k in _SIGNAL_KEYS:
        sig = out.get(k)
        if isinstance(sig, list) and all(isinstance(p, tuple) and len(p) == 2 for p in sig):
            out[k] = dict(sig)
    return out


def _raw(text: str | dict | None) -> dict[str, Any]:
    """The evidence as a plain dict: a struct row, parsed JSON text, or {} for anything else."""
    if isinstance(text, dict):
        return _from_struct(text)
    try:
        raw = json.loads(text) if text else {}
    except (TypeError, ValueError):
        return {}
    return raw if isinstance(raw, dict) else {}


def _signals(raw: dict[str, Any]) -> dict[str, float]:
    """Signal -> strength from the first signals mapping found (values may be {"score": x})."""
    sig = next((raw[k] for k in _SIGNAL_KEYS if isinstance(raw.get(k), dict)), {})
    out = {}
    for name, val in sig.items():
        if isinstance(val, dict):
            val = val.get("score")
        if isinstance(val, int | float) and not isinstance(val, bool):
            out[str(name)] = float(val)
    return out


def _first_image(src: dict[str, Any]) -> str | None:
    return next((v for k in _IMAGE_KEYS if isinstance(v := src.get(k), str) and v), None)


def _first_box(src: dict[str, Any]) -> tuple[float, float, float, float] | None:
    for k in _BOX_KEYS:
        if box := _as_box(src.get(k)):
            return box
    return _as_box({k: src.get(k) for k in ("x0", "y0", "x1", "y1")})


def parse_evidence(text: str | dict | None) -> Evidence:
    """Parse evidence: a struct row (dict), JSON text (runs before the struct), or None; never raises.

    Image, box and mark come from the top level first, then from a nested `image` object.
    """
    raw = _raw(text)
    ev = Evidence(signals=_signals(raw), raw=raw)
    image = raw.get("image") if isinstance(raw.get("image"), dict) else {}
    for src in (raw, image):
        ev.image = ev.image or _first_image(src)
        ev.box = ev.box or _first_box(src)
        if ev.mark is None and isinstance(src.get("mark"), str):
            ev.mark = src["mark"]
    return ev


def evidence_record(value: str | dict | None) -> dict[str, Any] | None:
    """Evidence of any vintage as a dict of EVIDENCE_TYPE's fields (for writing a struct column).

    Fields the struct lacks are dropped; a text hit or method of the wrong shape becomes null.
    Fusion's own evidence gives back exactly its fields, so its fingerprint does not change.
    """
    if value is None or value == "":
        return None
    ev = parse_evidence(value)
    raw = ev.raw
    hit = raw.get("text_hit")
    if not (
        isinstance(hit, dict) and all(isinstance(hit.get(k), str | None) for k in ("kind", "found", "term"))
    ):
        hit = None
    method = raw.get("method")
    code = raw.get("product_code")
    if not (isinstance(code, dict) and all(isinstance(code.get(k), str) for k in ("kind", "code"))):
        code = None
    return {
        "signals": dict(sorted(ev.signals.items())),
        "best_image": ev.image,
        "box": list(ev.box) if ev.box else None,
        "mark": ev.mark,
        "method": method if isinstance(method, str) else None,
        "text_hit": {k: hit.get(k) for k in ("kind", "found", "term")} if hit else None,
        "product_code": {"kind": code["kind"], "code": code["code"]} if code else None,
    }


def upgrade_evidence(table: pa.Table) -> pa.Table:
    """A candidates/ranked table whose `evidence` is JSON text (older runs) with it as EVIDENCE_TYPE."""
    i = table.schema.get_field_index("evidence")
    if i < 0 or table.schema.field(i).type == EVIDENCE_TYPE:
        return table
    values = [evidence_record(v) for v in table.column(i).to_pylist()]
    return table.set_column(i, pa.field("evidence", EVIDENCE_TYPE), pa.array(values, type=EVIDENCE_TYPE))


def _normalise(v: Any) -> Any:
    if isinstance(v, bool) or v is None or isinstance(v, str | int):
        return v
    if isinstance(v, float):
        return round(v, 2)
    if isinstance(v, dict):
        return {
            str(k): _normalise(x)
            for k, x in sorted(v.items())
            if k not in _VOLATILE and not (k in _ADDED_LATER and x is None)
        }
    if isinstance(v, list | tuple):
        return [_normalise(x) for x in v]
    return str(v)


def evidence_fingerprint(text: str | dict | None) -> str:
    """A short hash of what was found (signal scores rounded to 0.01, images, boxes, marks).

    Two nights with the same evidence give the same fingerprint; a rejected candidate comes back
    only when this changes.
    """
    raw = parse_evidence(text).raw
    blob = json.dumps(_normalise(raw), sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode()).hexdigest()[:16]


def marketplace(url: str | None) -> str:
    """The marketplace a URL belongs to: its host (with port), lower-cased; '' if none."""
    try:
        return (urlsplit(url or "").netloc or "").lower()
    except ValueError:
        return ""


def safe_href(url: str | None) -> str | None:
    """The URL if it is http(s), else None (never a javascript:, data: or relative link)."""
    if not url or not isinstance(url, str):
        return None
    u = url.strip()
    try:
        parts = urlsplit(u)
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return u
    return None


def brand_slug(name: str) -> str:
    """A folder name for a brand: letters, digits, '.', '_' and '-' only."""
    slug = re.sub(r"[^A-Za-z0-9._-]+", "-", name.strip()).strip("-.") or "brand"
    if slug != name:
        slug = f"{slug}-{hashlib.sha256(name.encode()).hexdigest()[:6]}"
    return slug[:80]
