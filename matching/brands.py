"""Brands from brands.yaml: marks (PNG, JPEG, SVG), keywords, aliases, price floor, authorised sellers, and the
brand's product codes (GS1 company prefixes of its GTINs, its part numbers)."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from knockoff.config import read_yaml
from knockoff.errors import ConfigError

MARK_SUFFIXES = {".png", ".jpg", ".jpeg", ".svg"}


class _BrandEntry(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1)
    marks: list[str] = Field(min_length=1)
    keywords: list[str] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    price_floor: float | None = None
    authorized_sellers: list[str] = Field(default_factory=list)
    official_images: list[str] = Field(default_factory=list)
    gtin_prefixes: list[str] = Field(default_factory=list)
    part_numbers: list[str] = Field(default_factory=list)

    @field_validator("gtin_prefixes")
    @classmethod
    def _digits(cls, v: list[str]) -> list[str]:
        for p in v:
            if not re.fullmatch(r"\d{6,12}", str(p)):
                raise ValueError(f"{p!r} is no GS1 company prefix (6 to 12 digits, in its GTIN-13 form)")
        return [str(p) for p in v]


@dataclass
class Brand:
    """One brand's registration: no training, a new brand works the same night."""

    name: str
    marks: list[Path]
    keywords: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    price_floor: float | None = None
    authorized_sellers: list[str] = field(default_factory=list)
    official_images: list[Path] = field(default_factory=list)
    # GS1 company prefixes of the brand's GTINs, in GTIN-13 form (a UPC company prefix with a 0 in front), and
    # the brand's manufacturer part numbers: a listing naming one claims to sell the brand's product
    gtin_prefixes: list[str] = field(default_factory=list)
    part_numbers: list[str] = field(default_factory=list)

    @property
    def terms(self) -> list[str]:
        """Name, keywords and aliases: the words that name this brand."""
        seen: dict[str, None] = {}
        for t in [self.name, *self.keywords, *self.aliases]:
            if t and t.strip():
                seen.setdefault(t.strip(), None)
        return list(seen)

    def is_authorized(self, seller: str | None, seller_url: str | None = None) -> bool:
        """Seller name or the last path segment of its URL equals an authorised seller (case, spaces, dashes ignored)."""
        names = {_slug(a) for a in self.authorized_sellers}
        keys = {_slug(seller or "")}
        if seller_url:
            keys.add(_slug(seller_url.rstrip("/").rsplit("/", 1)[-1]))
        return bool(names & (keys - {""}))

    def code_claimed(self, gtin: str | None, mpn: str | None, text: str = "") -> tuple[str, str] | None:
        """("gtin", code) when `gtin` (a listing's GTIN digits, `crawler.codes.gtin`) lies under one of the
        brand's GS1 company prefixes (compared in GTIN-13 form: a UPC-A gains a 0 in front, a GTIN-14 loses
        its packaging digit), else ("mpn", code) when `mpn` is one of its part numbers (case, spaces and
        punctuation ignored) or `text` (the listing's title and description) writes one as a whole word
        ("Submariner 126610LN box and papers"), else None."""
        if gtin and gtin.isdigit() and len(gtin) in (12, 13, 14):
            g13 = gtin.zfill(14)[1:]
            if any(g13.startswith(p) for p in self.gtin_prefixes):
                return "gtin", gtin
        parts = {_slug(p): p for p in self.part_numbers if _slug(p)}
        if mpn and _slug(mpn) in parts:
            return "mpn", mpn
        if parts and text:
            # whole words only: a part number inside a longer code ("X126610LNB") is another item's
            for word in re.findall(r"[\w./-]+", text):
                if (key := _slug(word)) in parts:
                    return "mpn", parts[key]
        return None

    def mark_name(self, path: Path) -> str:
        return path.stem

    def digest(self) -> str:
        """Content hash of the registration (marks' bytes included), for caches and manifests."""
        # the product codes are left out: only fusion reads them, which runs every night, so registering one
        # does not invalidate the night's cached detections (the digest is part of the model version)
        h = hashlib.sha256(repr((self.name, self.keywords, self.aliases, self.price_floor)).encode())
        for p in [*self.marks, *self.official_images]:
            h.update(p.read_bytes())
        return h.hexdigest()[:16]


def _slug(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _check_file(brand: str, kind: str, path: Path) -> None:
    if not path.is_file():
        raise ConfigError(f"brand {brand!r}: {kind} file not found: {path}")
    if path.suffix.lower() not in MARK_SUFFIXES:
        raise ConfigError(f"brand {brand!r}: {kind} {path.name}: use PNG, JPEG or SVG")
    from knockoff.matching.marks import check_mark

    try:
        check_mark(path)
    except Exception as exc:  # noqa: BLE001 - any decoder failure is the brand's bad file
        raise ConfigError(
            f"brand {brand!r}: {kind} {path.name} is unreadable ({type(exc).__name__})"
        ) from exc


def load_brands(path: str | Path) -> list[Brand]:
    """Load and validate brands.yaml; mark paths are relative to the file."""
    p = Path(path)
    data = read_yaml(p)
    if not isinstance(data, dict) or not isinstance(data.get("brands"), list) or not data["brands"]:
        raise ConfigError(f"{p}: expected a mapping with a non-empty 'brands' list")
    base = p.resolve().parent
    brands: list[Brand] = []
    for i, raw in enumerate(data["brands"]):
        try:
            e = _BrandEntry.model_validate(raw)
        except ValidationError as exc:
            err = exc.errors()[0]
            name = raw.get("name") if isinstance(raw, dict) else None
            where = ".".join(str(x) for x in err["loc"])
            raise ConfigError(f"{p}: brand {name or '#' + str(i + 1)!r}: {where}: {err['msg']}") from exc
        marks = [(base / m).resolve() for m in e.marks]
        official = [(base / m).resolve() for m in e.official_images]
        for m in marks:
            _check_file(e.name, "mark", m)
        for m in official:
            _check_file(e.name, "official image", m)
        brands.append(
            Brand(
                e.name,
                marks,
                e.keywords,
                e.aliases,
                e.price_floor,
                e.authorized_sellers,
                official,
                e.gtin_prefixes,
                e.part_numbers,
            )
        )
    _check_unique(p, [b.name for b in brands])
    return brands


# separators a brand name may be written with or without ("Acme Co", "acme-co", "ACME_CO", "Levi's", "AC/DC");
# other symbols name other brands ("C" and "C++", "A&E" and "AE" in simple-icons' 2,363 titles)
_SEPARATORS = re.compile(r"[\s\-_.,'’·/]+")


def brand_key(name: str) -> str:
    """The identity of a brand name: NFKC-normalised, case-folded, without whitespace and the separators
    '-', '_', '.', ',', apostrophes, middle dots and '/'. Two brands of one key are one brand written twice
    ("Acme", "ACME", "Acme Co", "acme-co"); names differing only in case would also share a folder
    (`jobs.delivery.evidence.brand_slug`) on a case-insensitive file system."""
    return _SEPARATORS.sub("", unicodedata.normalize("NFKC", name).casefold())


def _check_unique(path: Path, names: list[str]) -> None:
    """Raise a one-line ConfigError naming the first two brands of `names` with the same `brand_key`."""
    seen: dict[str, str] = {}
    for name in names:
        key = brand_key(name)
        if key not in seen:
            seen[key] = name
            continue
        first = seen[key]
        if first == name:
            raise ConfigError(f"{path}: brand {name!r} is listed twice")
        raise ConfigError(
            f"{path}: brands {first!r} and {name!r} differ only in case or separators (one brand, and one "
            "folder on a case-insensitive file system): list it once"
        )
