"""`Page`: one parsed page and the heuristic finders of its fields, and `Found`, what they found.

The finders live in the modules named for their field (`titles`, `prices`, `photos`, `controls`,
`brands`); `Page` adds them to the page's `layout.Layout` state as methods, and `Page.find` runs
them all in a fixed order. No I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from knockoff.crawler.heuristics.brands import find_brand, labelled
from knockoff.crawler.heuristics.controls import UNAVAILABLE, buy_state, near_state, stock_state
from knockoff.crawler.heuristics.dom import tokens
from knockoff.crawler.heuristics.layout import Layout
from knockoff.crawler.heuristics.photos import find_images
from knockoff.crawler.heuristics.prices import find_price
from knockoff.crawler.heuristics.titles import find_title


@dataclass
class Found:
    """What the heuristics found: fields plus the elements they came from."""

    title: str | None = None
    title_el: Any = None
    price: float | None = None
    currency: str | None = None
    price_el: Any = None
    price_in_card: bool = False
    old_prices: set[float] = field(default_factory=set)
    images: list[str] = field(default_factory=list)
    image_score: float = 0.0
    buy: bool = False
    buy_availability: str | None = None
    stock: str | None = None  # what an element named for the availability says (Page.stock_state)
    title_named: float = 0.0  # share of the title's words the document <title> / og:title repeats
    near_state: str | None = None  # not-in-stock words just after the title (Page.near_state)
    sold_shown: str | None = None  # the same on a priced page without a buy control (recognition only)

    def is_product(self) -> bool:
        """Title, a current price near it outside repeated cards, and a buy control, a main image or a
        stated not-in-stock state (an element named for it, or words just after the title); or, for
        a product that cannot be bought now (no price shown, as on an unavailable Amazon item), a
        title the document title names, a main image and an out-of-stock state."""
        if not self.title:
            return False
        if self.price is not None and not self.price_in_card:
            # a sold-out page stating its state stands where the buy control stands on an in-stock one
            return (
                self.buy
                or self.image_score >= 3
                or self.stock in UNAVAILABLE
                or self.sold_shown in UNAVAILABLE
            )
        return self.unavailable_product()

    def unavailable_product(self) -> bool:
        """A product page without a current price: a title the document title names, a main image,
        and an out-of-stock state, or an element stating the availability ("Available from these
        sellers." beside "See All Buying Options")."""
        state = self.stock or self.buy_availability or self.near_state
        return bool(
            self.title
            and self.title_named >= 0.5
            and self.image_score >= 3
            and (state in UNAVAILABLE or self.stock is not None)
        )


class Page(Layout):
    """One parsed page, the positions of its elements (document order, `Layout`) and the finders
    of its fields. `Page(sel, base)`: `sel` the parsed page (parsel Selector), `base` the URL
    relative links resolve against."""

    def find_title(self) -> tuple[str | None, Any]:
        """The product title and its element (None, None when there is no candidate): `titles.find_title`."""
        return find_title(self)

    def find_price(self, title_el: Any) -> tuple[float | None, str | None, Any, bool, set[float]]:
        """(amount, currency, element, in a repeated card, old/list prices seen): `prices.find_price`."""
        return find_price(self, title_el)

    def find_images(self, title_el: Any, title: str | None) -> tuple[list[str], float]:
        """Image URLs best first (resolved against the base) and the best one's score: `photos.find_images`."""
        return find_images(self, title_el, title)

    def buy_state(self, title_el: Any = None) -> tuple[bool, str | None, bool]:
        """(the page has a buy control, availability its controls state, a live control shown):
        `controls.buy_state`."""
        return buy_state(self, title_el)

    def stock_state(self, live_buy: bool = False) -> str | None:
        """The schema.org availability an element named for it states: `controls.stock_state`."""
        return stock_state(self, live_buy)

    def near_state(self, title_el: Any, window: int = 80) -> str | None:
        """A not-in-stock availability just after the title: `controls.near_state`."""
        return near_state(self, title_el, window)

    def labelled(self, label: re.Pattern[str], limit: int = 60) -> str | None:
        """The value written after a label ("Brand: Acme"): `brands.labelled`."""
        return labelled(self, label, limit)

    def find_brand(self, title_el: Any = None) -> str | None:
        """The brand the page names: `brands.find_brand`."""
        return find_brand(self, title_el)

    def find(self) -> Found:
        """Everything at once."""
        title, title_el = self.find_title()
        amount, cur, price_el, card, old = self.find_price(title_el)
        images, img_score = self.find_images(title_el, title)
        buy, buy_avail, shown_live = self.buy_state(title_el)
        toks = tokens(title or "")
        sold_near = self.near_state(title_el) if amount is None or card else None  # pages without a price
        sold_shown = self.near_state(title_el) if amount is not None and not card and not buy else None
        return Found(
            near_state=sold_near,
            sold_shown=sold_shown,
            stock=self.stock_state(live_buy=shown_live),
            title_named=sum(t in self.title_tokens for t in toks) / len(toks) if toks else 0.0,
            title=title,
            title_el=title_el,
            price=amount,
            currency=cur,
            price_el=price_el,
            price_in_card=card,
            old_prices=old,
            images=images,
            image_score=img_score,
            buy=buy,
            buy_availability=buy_avail,
        )
