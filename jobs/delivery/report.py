"""Self-contained static HTML reports (jinja2, autoescape on).

Everything a brand sees comes from strangers' listings, so every value goes through jinja2's
autoescaping, links are emitted only for http(s) URLs, the small inline script reads the page
with `textContent`/`dataset` only, and a Content-Security-Policy allows no network access and
no script but ours (pinned by its SHA-256). Thumbnails are data URIs with the matched box drawn
as an SVG rectangle in the original image's pixel space.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from functools import cache
from importlib import resources
from typing import Any

import jinja2
from knockoff.jobs.delivery.evidence import safe_href
from knockoff.jobs.delivery.thumbs import Thumb

from knockoff import __version__

DISPLAY_SIDE = 160


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


def _thumb_view(thumb: Thumb | None, box: tuple | None) -> tuple[dict | None, dict | None]:
    if thumb is None:
        return None, None
    scale = min(1.0, DISPLAY_SIDE / max(thumb.width, thumb.height))
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
            }
    return view, b


def render_report(
    brand: str,
    rows: list[dict[str, Any]],
    thumbs: dict[str, Thumb],
    run_id: str,
    date: str | None = None,
    feedback: dict[str, int] | None = None,
) -> str:
    """One brand's report as a complete HTML document."""
    script = _asset("report.js")
    view_rows = []
    for r in rows:
        box = None
        if r.get("box_x0") is not None:
            box = (r["box_x0"], r["box_y0"], r["box_x1"], r["box_y1"])
        thumb, b = _thumb_view(thumbs.get(r.get("image_sha256") or ""), box)
        view_rows.append(
            {
                **{k: r.get(k) for k in ("rank", "listing_id", "url", "title", "price", "seller", "reasons")},
                **{
                    k: r.get(k)
                    for k in ("site", "marketplace", "mark", "first_seen", "nights_seen", "feedback")
                },
                "score": float(r["score"]),
                "score_match": float(r["score_match"]) if r.get("score_match") is not None else None,
                "is_new": bool(r.get("is_new")),
                "price_prev": r.get("price_prev"),
                "href": safe_href(r.get("url")),
                "thumb": thumb,
                "box": b,
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
            css=jinja2.utils.markupsafe.Markup(_asset("report.css")),
            script=jinja2.utils.markupsafe.Markup(script),
            script_hash=script_hash(script),
        )
    )


def render_index(run_id: str, date: str | None, brands: list[dict[str, Any]]) -> str:
    """The run's index page linking every brand's report."""
    return (
        _env()
        .get_template("index.html.j2")
        .render(
            run_id=run_id,
            date=date,
            brands=brands,
            generated=dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            css=jinja2.utils.markupsafe.Markup(_asset("report.css")),
        )
    )
