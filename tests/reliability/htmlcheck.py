"""Find active content that scraped text could have smuggled into an HTML report."""

from __future__ import annotations

from html.parser import HTMLParser

ACTIVE_TAGS = {"iframe", "object", "embed", "frame", "base", "form", "meta"}
URL_ATTRS = {"href", "src", "action", "formaction", "xlink:href", "data", "poster"}


class _Scan(HTMLParser):
    def __init__(self, allowed_script: str | None) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.allowed_script = allowed_script
        self._in_script = False
        self._script_text: list[str] = []
        self.scripts = 0
        self.meta_ok = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=...>: event handler attribute")
            v = (value or "").strip().lower().replace("\t", "").replace("\n", "")
            if name in URL_ATTRS and (v.startswith("javascript:") or v.startswith("vbscript:")):
                self.problems.append(f"<{tag} {name}={value!r}>: script URL")
            if name in URL_ATTRS and v.startswith("data:") and not v.startswith("data:image/"):
                self.problems.append(f"<{tag} {name}=data:...>: non-image data URL")
        if tag == "meta":
            names = {k: (v or "").lower() for k, v in attrs}
            # the report's own charset / viewport / CSP metas are fine; a refresh is not
            if names.get("http-equiv") == "refresh":
                self.problems.append("<meta http-equiv=refresh>")
        elif tag in ACTIVE_TAGS:
            self.problems.append(f"<{tag}>: active element")
        if tag == "script":
            self.scripts += 1
            if any(k == "src" for k, _ in attrs):
                self.problems.append("<script src=...>: external script")
            self._in_script, self._script_text = True, []

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._in_script:
            self._in_script = False
            body = "".join(self._script_text)
            if self.allowed_script is None or body.strip() != self.allowed_script.strip():
                self.problems.append(f"unexpected <script>: {body[:60]!r}")

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self._script_text.append(data)


def unsafe_markup(html: str, allowed_script: str | None = None) -> list[str]:
    """Problems found: event handlers, script URLs, active elements, any script but the allowed one."""
    scan = _Scan(allowed_script)
    scan.feed(html)
    scan.close()
    return scan.problems
