"""Product-page recognition and the main fields of pages without structured data.

A page shows one product when it has a product title, a current price near that title (not inside
a repeated card of a category, search or "customers also bought" strip), and a buy control or a
main product image; or, for an item that cannot be bought now and shows no price (an unavailable
Amazon item), a title the document `<title>` names, a main image and an availability stated by an
element named for it, a sold-out buy control or out-of-stock words just after the title
(`Found.unavailable_product`). Pages of old table and font-tag layouts, which name no title
element, fall back to the page's one most prominent heading (`page.lone_heading`), a "Price:" line
(`page.price_line`) and a labelled stock count (`controls.stock_count`); they must then show a buy
control or a stated stock state and offer no several items (`page.several_offers`). Candidates are
scored on general signals only, never on a shop's name.

Modules, each importing only those before it:

- `dom`: an element's names, hidden state, visible and own text; patterns several finders share.
- `layout`: `Layout`, a page's document order and where an element sits (noise, cards, dialogs).
- `price_text`: the current amount in a shown price text (`shown_price`), old-price labels.
- `titles`: the title (`h1`, `[itemprop=name]`, `#productTitle`, ...), `title_without_shop`,
  `fuller_title`.
- `amounts`: the current price read without names (currency amounts near the title; old, struck,
  instalment, unit and conditional amounts left out), for pages whose price element no name marks.
- `prices`: the price element (`#priceblock_ourprice`, `.a-price`, `[itemprop=price]`, ...), else
  `amounts`.
- `photos`: the main image (`#landingImage`, `[itemprop=image]`, gallery images, `og:image`).
- `controls`: buy controls, sold-out controls and stated availability.
- `brands`: the brand and values written after a label.
- `page`: `Page`, the finders above as methods over a `Layout`, and `Found`, what they found.

Pure functions over a parsed page (parsel Selector / lxml); no I/O.
"""

from __future__ import annotations

from knockoff.crawler.heuristics.dom import visible_text
from knockoff.crawler.heuristics.page import Found, Page
from knockoff.crawler.heuristics.price_text import shown_price
from knockoff.crawler.heuristics.titles import fuller_title, title_without_shop

__all__ = [
    "Found",
    "Page",
    "fuller_title",
    "shown_price",
    "title_without_shop",
    "visible_text",
]
