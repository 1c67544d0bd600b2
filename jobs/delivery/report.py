"""Self-contained static HTML reports (jinja2, autoescape on).

Everything a brand sees comes from strangers' listings, so every value goes through jinja2's
autoescaping, links are emitted only for http(s) URLs, the small inline script reads the page
with `textContent`/`dataset` only, and a Content-Security-Policy allows no network access and
no script but ours (pinned by its SHA-256). Thumbnails are data URIs with the matched box drawn
as an SVG rectangle in the image's displayed (EXIF-applied) pixel frame.

What an analyst reads is said in words: reasons are rebuilt from the candidate's evidence
(`jobs.delivery.evidence`) without internals (no pixel boxes, mark ids or listing ids in the main
text: those are under "details"), every price carries its currency and is formatted by `money`
in reasons and columns alike, and each logo match is shown beside the brand's registered mark
(an official-photo reuse beside the nearest official photo) so the two can be compared at a
glance; a click enlarges the pair. The run index (`render_index`) shows the night at a glance
with inline SVG charts (no external scripts or styles).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from collections import Counter
from functools import cache
from importlib import resources
from typing import Any

import jinja2

from knockoff import __version__
from knockoff.jobs.delivery.evidence import marketplace, parse_evidence, safe_href
from knockoff.jobs.delivery.network_view import network_view
from knockoff.jobs.delivery.report_data import Picture, ReportExtras, closest_official
from knockoff.jobs.delivery.thumbs import Thumb

DISPLAY_SIDE = 160  # px, longer side of a listing photo in the table
MARK_DISPLAY = 120  # px, longer side of the registered mark / official photo beside it
# how a logo match was verified, by its detection method (matching/engine.py): SIFT keypoints placed by a
# homography (5 or more distinct correspondences since model v30), or the mark's outline matched by edge
# orientation; a plain "cnn" match is the CNN's similarity alone and says nothing more
VERIFIED_BY = {
    "cnn+sift": "its keypoints match the mark's",
    "cnn+shape": "its outline matches the mark's",
}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "KRW": "₩"}


@cache
def _env() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("knockoff.jobs.delivery", "templates"),
        autoescape=jinja2.select_autoescape(["html", "j2"], default_for_string=True, default=True),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


@cache
def _asset(name: str) -> str:
    return resources.files("knockoff.jobs.delivery").joinpath("templates", name).read_text(encoding="utf-8")


def script_hash(script: str) -> str:
    """The CSP source expression allowing exactly this inline script."""
    return "sha256-" + base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")


def money(amount: float | None, currency: str | None) -> str:
    """A price as shown everywhere in the reports: "€14.45", "CHF 1,299.00", "14.45 (currency unknown)".

    Two decimals (none for JPY/KRW), thousands separated by commas; the symbol for EUR, USD, GBP,
    JPY, INR, KRW, else the ISO 4217 code; "-" without an amount.
    """
    if amount is None:
        return "-"
    code = (currency or "").upper()
    digits = 0 if code in ("JPY", "KRW") else 2
    num = f"{float(amount):,.{digits}f}"
    if not code:
        return f"{num} (currency unknown)"
    sym = _SYMBOLS.get(code)
    return f"{sym}{num}" if sym else f"{code} {num}"


def _quoted(text: str) -> str:
    return f"“{text}”"


def reasons(row: dict[str, Any], currency: str | None, floor: float | None) -> list[str]:
    """Why a candidate is ranked, in words, strongest evidence first (from its evidence JSON).

    Scores are given as 0..1 similarities; prices through `money`. Falls back to the row's own
    `reasons` text when the evidence has no signals.
    """
    brand = row.get("brand") or "the brand"
    ev = parse_evidence(row.get("evidence"))
    sig = ev.signals
    hit = ev.raw.get("text_hit") if isinstance(ev.raw.get("text_hit"), dict) else None
    out: list[str] = []
    if "official_photo" in sig:
        out.append(f"reuses {brand}'s official product photo (similarity {sig['official_photo']:.2f})")
    if "logo" in sig:
        # the method is the shown photo's detection's: a logo method there is the logo match itself
        how = VERIFIED_BY.get(ev.raw.get("method"))
        said = f"; {how}" if how else ""
        out.append(f"shows a logo like {brand}'s registered mark (similarity {sig['logo']:.2f}{said})")
    if "ocr" in sig:
        mark = ev.mark or ""
        found = mark.split(":", 1)[1] if mark.startswith("text:") else ""
        said = f" {_quoted(found)}" if found else ""
        out.append(f"the photo reads{said}, like {brand} (similarity {sig['ocr']:.2f})")
    if hit and (said := _text_hit_reason(hit, brand)):
        out.append(said)
    if "brand_claimed" in sig:
        out.append(f"the listing's brand field claims {brand}")
    code = ev.raw.get("product_code") if isinstance(ev.raw.get("product_code"), dict) else {}
    if "product_code" in sig and code.get("code"):
        what = "GTIN" if code.get("kind") == "gtin" else "part number"
        out.append(f"the listing names {brand}'s {what} {code['code']}")
    price = row.get("price")
    if "price" in sig and price is not None:
        out.append(_price_reason(price, currency, floor, brand))
    if not out and row.get("reasons"):
        out.append(str(row["reasons"]))
    return out


# a text hit's kind -> its reason ({found}: the text found, quoted)
_TEXT_HIT_REASONS = {
    "mention": "names {brand} in the text",
    "homoglyph": "look-alike spelling {found} for {brand} in the text",
    "misspelling": "misspelt brand name {found} for {brand} in the text",
    "real_word": "{found} (a common word) resembles {brand}",
}


def _text_hit_reason(hit: dict[str, Any], brand: str) -> str | None:
    """The reason for the listing text's hit on the brand name; None for an unknown kind."""
    template = _TEXT_HIT_REASONS.get(hit.get("kind"))  # type: ignore[arg-type]
    if template is None:
        return None
    return template.format(brand=brand, found=_quoted(str(hit.get("found") or "")))


def _codes_text(codes: dict[str, str]) -> str:
    """The listing's codes as a report shows them: "GTIN 4006381333931, MPN KT2000-EU, item code 118822"
    ("" without any)."""
    names = (("gtin", "GTIN"), ("mpn", "MPN"), ("sku", "item code"))
    return ", ".join(f"{label} {codes[k]}" for k, label in names if codes.get(k))


def _price_reason(price: float, currency: str | None, floor: float | None, brand: str) -> str:
    """The price reason: how far below the brand's floor when the floor is known."""
    if floor:
        below = max(0.0, 1.0 - float(price) / float(floor))
        return (
            f"price {money(price, currency)} is {below:.0%} below {brand}'s floor of {money(floor, currency)}"
        )
    return f"price {money(price, currency)} is below {brand}'s floor"


def _thumb_view(
    thumb: Thumb | None, box: tuple | None, side: int = DISPLAY_SIDE
) -> tuple[dict | None, dict | None]:
    if thumb is None:
        return None, None
    scale = min(1.0, side / max(thumb.width, thumb.height))
    view = {
        "uri": thumb.uri,
        "W": thumb.width,
        "H": thumb.height,
        "w": max(1, round(thumb.width * scale)),
        "h": max(1, round(thumb.height * scale)),
    }
    b = None
    if box:
        x0, y0, x1, y1 = (max(0.0, v) for v in box)
        x1, y1 = min(x1, thumb.width), min(y1, thumb.height)
        if x1 > x0 and y1 > y0:
            sw = max(2.0, 3.0 / scale)  # about 3 display pixels whatever the original size
            b = {
                "x": f"{x0:.1f}",
                "y": f"{y0:.1f}",
                "w": f"{x1 - x0:.1f}",
                "h": f"{y1 - y0:.1f}",
                "sw": f"{sw:.1f}",
                "dash": False,
            }
    return view, b


def _picture_view(p: Picture | None, side: int = MARK_DISPLAY) -> dict | None:
    if p is None:
        return None
    scale = min(1.0, side / max(p.width, p.height, 1))
    return {
        "uri": p.uri,
        "w": max(1, round(p.width * scale)),
        "h": max(1, round(p.height * scale)),
        "label": p.label,
    }


def _evidence_view(
    row: dict[str, Any], thumb: Thumb | None, extras: ReportExtras | None
) -> tuple[str | None, dict | None, dict | None, str]:
    """(kind, box, comparison picture, caption) of the photo evidence shown for a row.

    kind: "logo" (box on the logo, the registered mark beside), "official" (the whole photo boxed,
    the nearest official photo beside), "ocr" (box on the text read), or None.
    """
    ev = parse_evidence(row.get("evidence"))
    method = ev.raw.get("method")
    mark = row.get("mark") or ev.mark or ""
    box = None
    if row.get("box_x0") is not None:
        box = (row["box_x0"], row["box_y0"], row["box_x1"], row["box_y1"])
    reg = extras.brands.get(row.get("brand") or "") if extras else None
    if method == "official_photo" or mark == "official":
        full = (0.0, 0.0, float(thumb.width), float(thumb.height)) if thumb else None
        return "official", full, _picture_view(closest_official(reg, thumb)), "official photo"
    if method == "ocr" or mark.startswith("text:"):
        return "ocr", box, None, ""
    if mark and ev.signals.get("logo") is not None:
        pic = reg.marks.get(mark) if reg else None
        return "logo", box, _picture_view(pic), "registered mark"
    return None, box, None, ""


def render_report(
    brand: str,
    rows: list[dict[str, Any]],
    thumbs: dict[str, Thumb],
    run_id: str,
    date: str | None = None,
    feedback: dict[str, int] | None = None,
    extras: ReportExtras | None = None,
) -> str:
    """One brand's report as a complete HTML document.

    `rows`: RANKED_SCHEMA dicts in rank order; `thumbs`: image sha256 -> Thumb; `extras`: currencies,
    registered marks and official photos (`report_data.gather`), optional.
    """
    script = _asset("report.js")
    reg = extras.brands.get(brand) if extras else None
    floor = reg.price_floor if reg else None
    view_rows = []
    pictures: dict[str, str] = {}  # data URI -> CSS class
    for r in rows:
        r = {**r, "brand": r.get("brand") or brand}
        cur = (extras.currency.get(r.get("listing_id") or "") if extras else None) or r.get("currency")
        t = thumbs.get(r.get("image_sha256") or "")
        kind, box, compare, caption = _evidence_view(r, t, extras)
        if compare is not None:  # each distinct picture is embedded once, as a CSS class
            compare["cls"] = pictures.setdefault(compare["uri"], f"pic{len(pictures)}")
        thumb, b = _thumb_view(t, box)
        if b is not None and kind == "official":
            b["dash"] = True
        view_rows.append(
            {
                **{k: r.get(k) for k in ("rank", "listing_id", "url", "title", "seller", "mark")},
                **{k: r.get(k) for k in ("site", "first_seen", "nights_seen", "feedback")},
                "price": r.get("price"),
                "price_text": money(r.get("price"), cur),
                "price_prev_text": money(r["price_prev"], cur) if r.get("price_prev") is not None else None,
                "currency": cur or "",
                "where": r.get("site") or r.get("marketplace") or marketplace(r.get("url")),
                "score": float(r["score"]),
                "score_match": float(r["score_match"]) if r.get("score_match") is not None else None,
                "is_new": bool(r.get("is_new")),
                "href": safe_href(r.get("url")),
                "thumb": thumb,
                "box": b,
                "kind": kind,
                "compare": compare,
                "caption": caption,
                "reasons": reasons(r, cur, floor),
                "raw_box": [round(float(v)) for v in box] if box and kind != "official" else None,
                "codes": _codes_text(extras.codes.get(r.get("listing_id") or "", {}) if extras else {}),
            }
        )
    return (
        _env()
        .get_template("report.html.j2")
        .render(
            brand=brand,
            rows=view_rows,
            n_new=sum(1 for r in view_rows if r["is_new"]),
            run_id=run_id,
            date=date,
            feedback=sorted((feedback or {}).items()),
            generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            version=__version__,
            demo=_is_loopback([r.get("url") for r in rows]),
            networks=network_view(rows, extras.networks if extras else {}),
            css=jinja2.utils.markupsafe.Markup(_asset("report.css")),
            pictures=sorted((cls, uri) for uri, cls in pictures.items()),
            script=jinja2.utils.markupsafe.Markup(script),
            script_hash=script_hash(script),
        )
    )


def _is_loopback(urls: list[str | None]) -> bool:
    """Every listing is on a loopback address (the demo shop, gone when the demo stops)."""
    hosts = {marketplace(u).rsplit(":", 1)[0] for u in urls if u}
    return bool(hosts) and all(h in ("127.0.0.1", "localhost", "[::1]") for h in hosts)


# ---- the run index: the night at a glance ----------------------------------------------------


def _bars_svg(values: list[tuple[str, int, int]], width: int = 260, height: int = 90) -> dict:
    """Grouped bars per night (candidates, confirmed) as numbers for the SVG template."""
    n = max(1, len(values))
    top = max([1] + [v for _, a, b in values for v in (a, b)])
    slot = width / n
    bw = max(2.0, slot * 0.38)
    bars = []
    for i, (label, a, b) in enumerate(values):
        x = i * slot + slot * 0.1
        ha, hb = a / top * (height - 14), b / top * (height - 14)
        bars.append(
            {
                "label": label,
                "a": a,
                "b": b,
                "xa": f"{x:.1f}",
                "xb": f"{x + bw:.1f}",
                "w": f"{bw:.1f}",
                "ya": f"{height - ha:.1f}",
                "ha": f"{ha:.1f}",
                "yb": f"{height - hb:.1f}",
                "hb": f"{hb:.1f}",
            }
        )
    return {"width": width, "height": height, "bars": bars, "top": top}


def _histogram(scores: list[float], bins: int = 10, width: int = 260, height: int = 90) -> dict:
    counts = [0] * bins
    for s in scores:
        counts[min(bins - 1, max(0, int(float(s) * bins)))] += 1
    top = max([1, *counts])
    bw = width / bins
    bars = []
    for i, c in enumerate(counts):
        h = c / top * (height - 14)
        bars.append(
            {
                "x": f"{i * bw + 1:.1f}",
                "w": f"{bw - 2:.1f}",
                "y": f"{height - h:.1f}",
                "h": f"{h:.1f}",
                "n": c,
                "lo": f"{i / bins:.1f}",
                "hi": f"{(i + 1) / bins:.1f}",
            }
        )
    return {"width": width, "height": height, "bars": bars, "top": top}


def _top(counter: Counter, k: int = 5) -> list[dict]:
    items = counter.most_common(k)
    top = max([1] + [c for _, c in items])
    return [{"name": name, "n": c, "pct": round(100 * c / top)} for name, c in items]


def render_index(
    run_id: str, date: str | None, brands: list[dict[str, Any]], extras: ReportExtras | None = None
) -> str:
    """The run's index page: per brand, tonight's numbers, candidates and confirmed fakes over the
    last nights, the score distribution, top sellers and marketplaces, and links to its files.

    `brands`: one dict per brand from `deliver` (name, dir, n, new, top, and optionally report and
    files); `extras`: the delivered rows and night history (`report_data.gather`), optional.
    """
    cards = []
    for b in brands:
        rows = extras.rows.get(b["name"], []) if extras else []
        hist = extras.history.get(b["name"], []) if extras else []
        nights = [(h["date"][5:], int(h["candidates"]), int(h["confirmed"])) for h in hist]
        confirmed = sum(1 for r in rows if r.get("feedback") == "confirmed")
        cards.append(
            {
                **b,
                "report": b.get("report", "report.html"),
                "files": b.get(
                    "files",
                    [
                        {"label": "CSV", "name": "candidates.csv"},
                        {"label": "Parquet", "name": "candidates.parquet"},
                    ],
                ),
                "confirmed": confirmed,
                "nights": _bars_svg(nights) if nights else None,
                "hist": _histogram([float(r["score"]) for r in rows]) if rows else None,
                "sellers": _top(Counter(r.get("seller") or "(no seller)" for r in rows)),
                "markets": _top(
                    Counter(
                        r.get("site") or r.get("marketplace") or marketplace(r.get("url")) or "-"
                        for r in rows
                    )
                ),
            }
        )
    return (
        _env()
        .get_template("index.html.j2")
        .render(
            run_id=run_id,
            date=date,
            brands=cards,
            total=sum(int(b.get("n") or 0) for b in brands),
            total_new=sum(int(b.get("new") or 0) for b in brands),
            generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            css=jinja2.utils.markupsafe.Markup(_asset("report.css")),
        )
    )
