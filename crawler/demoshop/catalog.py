"""What each demo listing is: its planted infringement (if any), title, price, seller and page format.

Listings come in blocks of 24; each block holds a fixed mix of slots in an order shuffled by
(seed, block). A listing is a pure function of (seed, index), so adding listings for night 2
never changes the earlier ones.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import numpy as np

from knockoff.crawler.demoshop.marks import BRANDS, DemoBrand
from knockoff.crawler.demoshop.photos import KINDS

BLOCK = 24
# slot -> count per block (sums to BLOCK); "official_photo" turns into "clean" in 2 blocks of 3.
SLOTS: dict[str, int] = {
    "logo": 2,
    "logo_price": 1,
    "wordmark": 1,
    "misspelling": 2,
    "price": 1,
    "official_photo": 1,
    "authorized": 1,
    "decoy_shape": 1,
    "decoy_text": 1,
    "clean": 13,
}

KIND_TITLES = {
    "t-shirt": ["cotton t-shirt", "crew neck tee", "graphic t-shirt", "slim fit tee"],
    "hoodie": ["hooded sweatshirt", "zip hoodie", "oversized hoodie", "fleece hoodie"],
    "jacket": ["softshell jacket", "rain jacket", "bomber jacket", "windbreaker"],
    "sneakers": ["running sneakers", "canvas trainers", "low-top sneakers", "court shoes"],
    "bag": ["tote bag", "shoulder bag", "backpack", "weekender bag"],
    "cap": ["baseball cap", "trucker cap", "dad hat", "snapback cap"],
}
PRICE_RANGE = {
    "t-shirt": (12, 45),
    "hoodie": (25, 95),
    "jacket": (45, 190),
    "sneakers": (35, 160),
    "bag": (20, 220),
    "cap": (10, 40),
}
ADJECTIVES = ["Men's", "Women's", "Unisex", "Kids'", "Classic", "Vintage", "Premium", "Everyday"]
SELLERS = [
    "urban-closet",
    "bestdeals-4u",
    "outlet-kingdom",
    "mode-express",
    "style-hub-24",
    "trendy-wear",
    "cheap-brands-online",
    "fashion-direct",
    "the-shoe-box",
    "bagsandmore",
    "retro-threads",
    "global-outlet-store",
    "lucky-finds",
    "northside-apparel",
    "megastore-eu",
]
OTHER_BRANDS = ["Velta", "Moro", "Quanto", "Zephyr", "Urban Co", "no brand", ""]
DECOY_TITLES = ["Nordic", "Academy", "Solar", "Acmetal", "Sol", "Nord"]
CURRENCY = "EUR"


@dataclass(frozen=True)
class Operator:
    """One counterfeiter behind several storefronts (a planted seller network)."""

    id: str
    sellers: tuple[str, ...]  # seller slugs it uses
    contacts: tuple[str, ...]  # lines it puts in descriptions (one per listing, picked at random)


# Some seller names are near-identical, others unrelated: names alone must not be what links them.
OPERATORS = (
    Operator(
        "op-lucky",
        ("lucky-deals-outlet", "lucky-deals-outlet-24", "top-brand-corner"),
        (
            "Order on WhatsApp: +44 7911 123456.",
            "Questions? WhatsApp +44 7911 123456 or see www.luckydeals-store.shop/new",
        ),
    ),
    Operator(
        "op-vault",
        ("sneaker-vault", "fresh-kicks-depot", "vault-kicks-co"),
        (
            "Wholesale on Telegram: @vaultkicks_eu",
            "Bulk orders: vaultkicks@mailbox.example, Telegram @vaultkicks_eu",
        ),
    ),
    Operator(
        "op-bazaar",
        ("brand-bazaar", "mega-label-store", "bazaar-of-brands"),
        ("Contact orders [at] brandbazaar [dot] example for sizes.", "WeChat: brandbazaar88"),
    ),
)
OPERATOR_SLOTS = ("clean", "logo", "logo_price", "wordmark", "misspelling", "price")
OPERATOR_SHARE = 0.2  # of the listings in those slots


@dataclass
class ListingPlan:
    """Everything about one listing except its pixels."""

    index: int
    slot: str
    category: str
    title: str
    description: str
    brand_claimed: str
    price: float
    availability: str
    seller: str
    page_format: str  # jsonld | microdata | opengraph
    n_images: int
    planted_brand: DemoBrand | None = None
    genuine_brand: DemoBrand | None = None
    kinds: list[str] = field(default_factory=list)
    logo_image: int | None = None  # which image carries the planted mark
    mark: str | None = None  # "logo" | "wordmark"
    operator: str | None = None  # the planted seller network this listing belongs to
    house_photo: int | None = None  # the operator's shared photo appended: 0 same bytes, 1 re-encoded copy

    @property
    def id(self) -> str:
        return f"L{self.index:05d}"

    @property
    def sku(self) -> str:
        return f"DS-{self.index:05d}"

    @property
    def path(self) -> str:
        return f"/listing/{self.index:05d}-{slugify(self.title)}"


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")[:60] or "item"


def _slot_for(seed: int, index: int) -> str:
    block, pos = divmod(index, BLOCK)
    slots = [name for name, n in SLOTS.items() for _ in range(n)]
    order = np.random.default_rng([seed, 7, block]).permutation(len(slots))
    slot = slots[int(order[pos])]
    if slot == "official_photo" and block % 3 != 0:
        slot = "clean"
    return slot


def _page_format(index: int) -> str:
    if index % 12 == 5:
        return "microdata"
    if index % 17 == 9:
        return "opengraph"
    return "jsonld"


def plan_listing(seed: int, index: int) -> ListingPlan:
    """The deterministic plan of listing `index` in the shop with `seed`."""
    rng = np.random.default_rng([seed, 11, index])
    slot = _slot_for(seed, index)
    category = KINDS[int(rng.integers(0, len(KINDS)))]
    noun = KIND_TITLES[category][int(rng.integers(0, 4))]
    adj = ADJECTIVES[int(rng.integers(0, len(ADJECTIVES)))]
    lo, hi = PRICE_RANGE[category]
    price = round(float(rng.uniform(lo, hi)), 2)
    brand = BRANDS[int(rng.integers(0, len(BRANDS)))]
    seller = SELLERS[int(rng.integers(0, len(SELLERS)))]
    other = OTHER_BRANDS[int(rng.integers(0, len(OTHER_BRANDS)))]
    n_images = int(rng.choice([1, 1, 2, 2, 3]))
    availability = "InStock" if rng.random() < 0.9 else "OutOfStock"
    p = ListingPlan(
        index=index,
        slot=slot,
        category=category,
        title=f"{adj} {noun}",
        description=f"{adj} {noun}. Comfortable, durable and easy to care for. Ships in 2-4 days.",
        brand_claimed=other,
        price=price,
        availability=availability,
        seller=seller,
        page_format=_page_format(index),
        n_images=n_images,
    )
    if slot in ("logo", "logo_price", "wordmark"):
        p.planted_brand, p.kinds = brand, ["logo"]
        p.mark = "wordmark" if slot == "wordmark" else "logo"
        p.logo_image = int(rng.integers(0, n_images))
        p.title = f"{adj} {noun} with print"
        if slot == "logo_price":
            p.price = round(brand.price_floor * float(rng.uniform(0.15, 0.45)), 2)
            p.kinds.append("price")
    elif slot == "misspelling":
        fake = brand.misspellings[int(rng.integers(0, len(brand.misspellings)))]
        p.planted_brand, p.kinds = brand, ["misspelling"]
        p.title = f"{fake} {noun} - top quality"
        p.brand_claimed = fake
        p.description = f"{fake} {noun}, {adj.lower()} fit. Same quality as in store, fast shipping."
    elif slot == "price":
        p.planted_brand, p.kinds = brand, ["price"]
        p.title = f"{brand.name} {noun}"
        p.brand_claimed = brand.name
        p.price = round(brand.price_floor * float(rng.uniform(0.15, 0.4)), 2)
        p.description = f"Original {brand.name} {noun}. Clearance sale, limited stock!"
    elif slot == "official_photo":
        p.planted_brand, p.kinds = brand, ["official_photo"]
        p.title = f"{adj} {noun} like new"
        p.logo_image = 0
    elif slot == "authorized":
        p.genuine_brand = brand
        p.seller = brand.authorized_sellers[int(rng.integers(0, len(brand.authorized_sellers)))]
        p.title = f"{brand.name} {noun}"
        p.brand_claimed = brand.name
        p.price = round(max(price, brand.price_floor * float(rng.uniform(1.1, 2.2))), 2)
        p.description = f"Official {brand.name} {noun} from an authorised retailer."
        p.logo_image = 0
    elif slot == "decoy_text":
        p.title = f"{DECOY_TITLES[int(rng.integers(0, len(DECOY_TITLES)))]} {noun}"
    if p.kinds and "price" not in p.kinds and p.price < brand.price_floor and slot == "misspelling":
        p.kinds.append("price")
    _plant_operator(seed, p)
    return p


def _plant_operator(seed: int, p: ListingPlan) -> None:
    """Hand some listings to an operator: its seller name, a contact line and/or its shared photo.

    A separate random stream, so every other part of the listing is what it was before networks
    were planted (its own photos, title, price, slot).
    """
    if p.slot not in OPERATOR_SLOTS:
        return
    rng = np.random.default_rng([seed, 13, p.index])
    if rng.random() >= OPERATOR_SHARE:
        return
    op = OPERATORS[int(rng.integers(0, len(OPERATORS)))]
    p.operator = op.id
    p.seller = op.sellers[int(rng.integers(0, len(op.sellers)))]
    contact, photo = rng.random() < 0.6, rng.random() < 0.7
    if not (contact or photo):
        photo = True
    if contact:
        p.description = f"{p.description} {op.contacts[int(rng.integers(0, len(op.contacts)))]}"
    if photo:
        p.house_photo = int(rng.integers(0, 2))


def seller_name(slug: str) -> str:
    return slug.replace("-", " ").title()
