"""Contact details in listing text: emails, phone numbers, messaging handles, external shop URLs.

Counterfeit operators running several storefronts tell buyers to "order on WhatsApp" or "visit our
own shop"; the same contact under different seller names is evidence a person can check. Every
value comes back normalised so that spellings of one contact compare equal:

- email: lower case; "name [at] shop [dot] com" is read as name@shop.com;
- phone: E.164 via Google's libphonenumber (the `phonenumbers` package); numbers without a
  country code need `region` (ISO 3166 code, e.g. "DE"); WhatsApp links (wa.me/NUMBER) give a phone;
- telegram / wechat: the handle, lower case, without "@";
- url: an external shop address `host/path` (no scheme, no "www.", no query), hosts in `own_hosts`
  (the marketplace itself) excluded.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

import phonenumbers

Contact = tuple[str, str]  # (kind, normalised value)

_DOTS = r"(?:\.|\s*\[dot\]\s*|\s*\(dot\)\s*)"
_EMAIL = re.compile(
    r"\b([a-z0-9][a-z0-9._%+-]{0,63})(?:@|\s*\[at\]\s*|\s*\(at\)\s*)"
    rf"([a-z0-9-]+(?:{_DOTS}[a-z0-9-]+)*{_DOTS}[a-z]{{2,12}})\b",
    re.IGNORECASE,
)
_DOT = re.compile(r"\s*(?:\[dot\]|\(dot\)|\.)\s*", re.IGNORECASE)
_PHONE = re.compile(r"(?<![\w/])(?:\+|00)?\d[\d \t().-]{5,18}\d(?![\w])")
_URL = re.compile(r"\b(?:https?://|www\.)[^\s<>\"'()]+", re.IGNORECASE)
_WA = re.compile(r"\b(?:wa\.me|api\.whatsapp\.com/send\?phone=)/?\+?(\d{7,15})", re.IGNORECASE)
_TG_LINK = re.compile(r"\b(?:t\.me|telegram\.me)/@?([a-z0-9_]{4,32})", re.IGNORECASE)
_TG = re.compile(r"\b(?:telegram|tg)\s*(?:id|handle)?\s*[:=]?\s*@([a-z0-9_]{4,32})", re.IGNORECASE)
_WECHAT = re.compile(r"\b(?:wechat|weixin|wx)\s*(?:id)?\s*[:=]\s*@?([a-z][a-z0-9_-]{4,19})", re.IGNORECASE)
_MESSAGING_HOSTS = {"wa.me", "api.whatsapp.com", "t.me", "telegram.me"}


def _host(url: str) -> str:
    host = (urlsplit(url if "://" in url else f"http://{url}").hostname or "").lower()
    return host.removeprefix("www.")


def emails(text: str) -> list[str]:
    """Email addresses in `text`, lower case (obfuscated "[at]"/"[dot]" forms included)."""
    out = []
    for m in _EMAIL.finditer(text):
        domain = _DOT.sub(".", m.group(2).lower())
        if "." in domain:
            out.append(f"{m.group(1).lower()}@{domain}")
    return out


def phones(text: str, region: str | None = None) -> list[str]:
    """Phone numbers in `text` in E.164 form (valid numbers only; see the module docstring)."""
    out = []
    for m in _PHONE.finditer(text):
        raw = m.group(0).strip()
        if raw.startswith("00"):
            raw = "+" + raw[2:]
        digits = sum(c.isdigit() for c in raw)
        if digits < 7 or (not raw.startswith("+") and region is None):
            continue
        try:
            num = phonenumbers.parse(raw, None if raw.startswith("+") else region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            out.append(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
    for m in _WA.finditer(text):
        try:
            num = phonenumbers.parse("+" + m.group(1), None)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            out.append(phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164))
    return out


def shop_urls(text: str, own_hosts: set[str] | frozenset[str] = frozenset()) -> list[str]:
    """External shop addresses (`host/path`) in `text`, excluding `own_hosts` and messaging links."""
    out = []
    for m in _URL.finditer(text):
        url = m.group(0).rstrip(".,;:!?")
        host = _host(url)
        if not host or "." not in host or host in own_hosts or host in _MESSAGING_HOSTS:
            continue
        parts = urlsplit(url if "://" in url else f"http://{url}")
        path = parts.path.rstrip("/").lower()
        out.append(host + path)
    return out


def extract_contacts(
    text: str | None, region: str | None = None, own_hosts: set[str] | frozenset[str] = frozenset()
) -> list[Contact]:
    """Every contact in `text` as sorted, unique (kind, value) pairs; kinds: email, phone,
    telegram, wechat, url. Never raises on odd text (an unparsable number is skipped)."""
    if not text:
        return []
    found: set[Contact] = set()
    found.update(("email", e) for e in emails(text))
    found.update(("phone", p) for p in phones(text, region))
    found.update(("telegram", h.lower()) for h in _TG_LINK.findall(text))
    found.update(("telegram", h.lower()) for h in _TG.findall(text))
    found.update(("wechat", h.lower()) for h in _WECHAT.findall(text))
    found.update(("url", u) for u in shop_urls(text, set(own_hosts)))
    return sorted(found)
