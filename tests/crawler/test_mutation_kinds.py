"""Failure kinds the mutation probe (benchmarks/eval_page_mutations.py) found on the real train pages.

The probe adds to each of the 24 train pages of /work/shared/data/product-pages what real pages carry
around a product (related cards before the product, a mini cart, banners, lazy images, a hidden
mobile title, a breadcrumb, a sale presentation, an instalment line) and scores price, title and main
image as benchmarks.bench_extraction does, on the page as is, without its structured data, and
without it with class/id names hashed. Against a237135 five pages x mutations failed, in four
kinds; three are fixed, each written here as small realistic pages (`FIRES`: each failed before
its fix and passes after) with ordinary pages where the answer was right and must stay so
(`NOT_FIRE`, passing before and after):

- price: a price box holding the current price and a percentage-only saving badge ("$52.00 Save
  20%", "-20%", "20% off") was read as a saving line, so the current amount joined the page's old
  prices and a microdata price read from the box's text (the struck old price first) was no longer
  replaced by the shown one (`price_text.old_words`).
- title: microdata `itemprop="name"` on a wrapper holding the h1 and a second copy of the name (a
  hidden mobile h1, a breadcrumb ending with it) gave the wrapper's text, the name twice
  ("Dream Man Arm Dream Man Arm Pillow"); the shown h1 now wins (`extract._name_block`).
- title: an h1 holding the name and then the price block (H&M), with names hashed: the block's
  words beside its amounts ("Save 20%", "or 4 interest-free payments of ... with") stayed in the
  title (`dom._price_box_after_name`).

Left failing (`XFAIL`): a header mini cart's amount beside the product's one price labelled
"Regular price" by a span whose hiding class is hashed. The other mutations (related cards,
consent and promo banners, lazy images) found nothing failing; a few such pages stand here as
must-not-fire guards.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from benchmarks.bench_extraction import image_match, title_match
from knockoff.crawler.extract import extract_product

S = "https://www.harbor-goods.example"
CDN = "https://cdn.harbor-goods.example"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


@dataclass(frozen=True)
class Case:
    id: str
    html: str
    title: str
    price: float
    image: str | None = None
    url: str = f"{S}/p/item-1001"
    exact_title: bool = False  # the title itself, not only `title_match` (which takes the name twice)


def page(body: str, title: str, head: str = "", suffix: str = " | Harbor Goods") -> str:
    """A whole page: `<title>` the `title` and the shop's `suffix`, header, `body` in `<main>`, footer."""
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}{suffix}</title>"
        f"{head}</head><body><header class='site-header'><a href='/' class='logo'>"
        f"<img src='{CDN}/static/logo.svg' alt='Harbor Goods'></a><nav><a href='/c/new'>New</a> "
        "<a href='/c/sale'>Sale</a></nav><a href='/cart'>Cart (0)</a></header>"
        f"<main>{body}</main><footer><p>&copy; 2026 Harbor Goods</p></footer></body></html>"
    )


def buy_form() -> str:
    return (
        "<form action='/cart/add' method='post'><input type='number' name='qty' value='1'>"
        "<button type='submit' class='btn btn-primary add-to-cart'>Add to Cart</button></form>"
    )


def gallery(file: str, alt: str, lazy: bool = False) -> str:
    src = (
        f"src='{GIF}' data-src='{CDN}/images/{file}' class='lazyload'"
        if lazy
        else f"src='{CDN}/images/{file}'"
    )
    return f"<div class='product-gallery'><img {src} alt='{alt}' width='800' height='800'></div>"


def microdata(name_block: str, price_block: str, file: str, alt: str) -> str:
    return (
        "<div itemscope itemtype='http://schema.org/Product' class='product-detail'>"
        f"{gallery(file, alt)}<section class='product-info'>{name_block}"
        "<div itemprop='offers' itemscope itemtype='http://schema.org/Offer' id='productPrice'>"
        f"<meta itemprop='priceCurrency' content='USD'>{price_block}</div>{buy_form()}</section></div>"
    )


def plain(
    name: str, price_block: str, file: str = "item-front.jpg", before: str = "", lazy: bool = False
) -> str:
    """A product page without structured data: `before` markup, gallery, h1, price block, buy form."""
    return page(
        f"{before}<div class='product-detail'>{gallery(file, name, lazy)}<section class='product-info'>"
        f"<h1 class='product-name'>{name}</h1>{price_block}{buy_form()}</section></div>",
        name,
    )


FIRES: list[Case] = [
    Case(
        "microdata-price-box-struck-and-save-badge",
        page(
            microdata(
                "<div itemprop='name' class='product-title'><h1>University Hooded Sweatshirt</h1></div>",
                "<span itemprop='price' id='itemPrice'><s class='was-price'>$65.00</s> "
                "<span class='efPrice'>$52.00</span> <span class='badge badge--sale'>Save 20%</span></span>",
                "hoodie-cardinal-front.jpg",
                "University Hooded Sweatshirt",
            ),
            "University Hooded Sweatshirt",
        ),
        "University Hooded Sweatshirt",
        52.0,
        f"{CDN}/images/hoodie-cardinal-front.jpg",
    ),
    Case(
        "microdata-name-wrapper-with-hidden-mobile-h1",
        page(
            microdata(
                "<div itemprop='name' class='product-title'><div class='visible-xs' style='display:none'>"
                "<h1 class='mobile-title'>Dream Man Arm</h1></div><h1>Dream Man Arm Pillow</h1></div>",
                "<span itemprop='price' content='28.49'>$28.49</span>",
                "arm-pillow-grey.jpg",
                "Dream Man Arm Pillow",
            ),
            "Dream Man Arm Pillow",
            suffix="",
        ),
        "Dream Man Arm Pillow",
        28.49,
        f"{CDN}/images/arm-pillow-grey.jpg",
        exact_title=True,
    ),
    Case(
        "microdata-name-wrapper-with-breadcrumb",
        page(
            microdata(
                "<div itemprop='name' class='product-heading'><nav class='breadcrumb'><ol><li><a href='/'>Home</a>"
                "</li><li><a href='/c/bedding'>Bedding</a></li><li>Linen Duvet Cover Queen</li></ol></nav>"
                "<h1>Linen Duvet Cover Queen</h1></div>",
                "<span itemprop='price' content='189.00'>$189.00</span>",
                "duvet-linen-sand.jpg",
                "Linen Duvet Cover Queen",
            ),
            "Linen Duvet Cover Queen",
        ),
        "Linen Duvet Cover Queen",
        189.0,
        f"{CDN}/images/duvet-linen-sand.jpg",
        exact_title=True,
    ),
    Case(
        "h1-holding-price-box-with-badge-hashed-names",
        plain(
            "",
            "",
        ).replace(
            "<h1 class='product-name'></h1>",
            "<h1 class='k4410273'> Bomber Jacket <span class='k0912734'><s class='k5512093'>$49.99</s> "
            "<span class='k7730161'>$24.99</span> <span class='k2209415'>Save 20%</span></span></h1>"
            "<div class='k1200341'><div class='k9912002'>or 4 interest-free payments of <strong>$6.25</strong>"
            " with Klarna</div></div>",
        ),
        "Bomber Jacket",
        24.99,
        exact_title=True,
    ),
    Case(
        "h1-holding-price-box-with-instalments-hashed-names",
        plain("", "").replace(
            "<h1 class='product-name'></h1>",
            "<h1 class='k4410273'> Bomber Jacket <span class='k0912734'><span class='k7730161'>$24.99</span>"
            "<div class='k9912002'>or 4 interest-free payments of <strong>$6.25</strong> with Klarna</div>"
            "</span></h1>",
        ),
        "Bomber Jacket",
        24.99,
        exact_title=True,
    ),
]


CARDS = "".join(
    f"<li class='card'><a href='/p/rel-{i}'><img src='{CDN}/images/rel-{i}.jpg' alt='{n}'></a>"
    f"<a href='/p/rel-{i}' class='card__name'>{n}</a><span class='card__price price'>${p}</span></li>"
    for i, (n, p) in enumerate(
        (("Canvas Weekender Duffel Bag", "61.03"), ("Stainless Steel Water Bottle", "24.03"))
    )
)

NOT_FIRE: list[Case] = [
    Case(
        "microdata-price-box-minus-percent-badge",
        page(
            microdata(
                "<h1 itemprop='name'>Merino Crewneck Cardigan</h1>",
                "<div itemprop='price' class='pricing'><del>$49.90</del> <strong>$39.90</strong> "
                "<em class='discount-tag'>-20%</em></div>",
                "cardigan-navy.jpg",
                "Merino Crewneck Cardigan",
            ),
            "Merino Crewneck Cardigan",
        ),
        "Merino Crewneck Cardigan",
        39.9,
        f"{CDN}/images/cardigan-navy.jpg",
    ),
    Case(
        "saving-amount-beside-price",
        plain(
            "Walnut Serving Board",
            "<div class='price-box'><span class='price'>$52.00</span> "
            "<span class='saving'>You save $13.00 (20%)</span></div>",
        ),
        "Walnut Serving Board",
        52.0,
        f"{CDN}/images/item-front.jpg",
    ),
    Case(
        "was-now-line",
        plain("Walnut Serving Board", "<p class='price'>Was $65.00 Now $52.00</p>"),
        "Walnut Serving Board",
        52.0,
    ),
    Case(
        "struck-old-price-and-percent-badge-no-structured-data",
        plain(
            "Ceramic Pour-Over Dripper",
            "<div class='price'><s>$40.00</s> <span class='price__sale'>$32.00</span> <span>20% off</span></div>",
        ),
        "Ceramic Pour-Over Dripper",
        32.0,
    ),
    Case(
        "coupon-percentage-under-price",
        plain(
            "Ceramic Pour-Over Dripper",
            "<div class='price'><span class='money'>$45.00</span></div>"
            "<p class='promo'>Save 20% with code SPRING at checkout</p>",
        ),
        "Ceramic Pour-Over Dripper",
        45.0,
    ),
    Case(
        "instalments-under-price",
        plain(
            "Linen Apron",
            "<div class='price'><span class='money'>$48.00</span></div><div class='installments'>or 4 "
            "interest-free payments of <strong>$12.00</strong> with Klarna</div>",
        ),
        "Linen Apron",
        48.0,
    ),
    Case(
        "related-cards-before-product",
        plain(
            "Linen Apron",
            "<div class='price'><span class='money'>$48.00</span></div>",
            "apron-natural.jpg",
            before=f"<section class='also-viewed'><h2>Customers also viewed</h2><ul>{CARDS}</ul></section>",
        ),
        "Linen Apron",
        48.0,
        f"{CDN}/images/apron-natural.jpg",
    ),
    Case(
        "lazy-gallery-image",
        plain("Linen Apron", "<div class='price'>$48.00</div>", "apron-natural.jpg", lazy=True),
        "Linen Apron",
        48.0,
        f"{CDN}/images/apron-natural.jpg",
    ),
    Case(
        "microdata-name-is-h1",
        page(
            microdata(
                "<h1 itemprop='name'>Bora Bora Beach Towel</h1>",
                "<span itemprop='price' content='34.00'>$34.00</span>",
                "towel.jpg",
                "Bora Bora Beach Towel",
            ),
            "Bora Bora Beach Towel",
        ),
        "Bora Bora Beach Towel",
        34.0,
        exact_title=True,
    ),
    Case(
        "microdata-name-fuller-than-h1",
        page(
            microdata(
                "<h1>Merino Wool Crew Socks</h1><meta itemprop='name' content='Merino Wool Crew Socks 3-Pack'>",
                "<span itemprop='price' content='36.00'>$36.00</span>",
                "socks.jpg",
                "Merino Wool Crew Socks",
            ),
            "Merino Wool Crew Socks",
        ),
        "Merino Wool Crew Socks 3-Pack",
        36.0,
        exact_title=True,
    ),
    Case(
        "h1-wrapper-name-then-amount",
        plain("", "").replace(
            "<h1 class='product-name'></h1>",
            "<h1><div class='k0012'><span class='k0013'>Canvas Tote Bag</span> <span class='k0014'>$24.99</span></div></h1>",
        ),
        "Canvas Tote Bag",
        24.99,
        exact_title=True,
    ),
    Case(
        "h1-amount-inside-the-name",
        plain("", "<div class='price'>$18.00</div>").replace(
            "<h1 class='product-name'></h1>", "<h1>Book: <i>The $100 Startup</i></h1>"
        ),
        "Book: The $100 Startup",
        18.0,
        exact_title=True,
    ),
]


# left failing: the product's one price labelled "Regular price" by a span that names no longer hide
# (class names hashed: "visually-hidden" is no word any more), so it reads as an old price, beside a
# sticky header's mini cart showing another item's price; the header's amount is the only one left
# (`amounts.price_near_title` keeps a header amount, with a penalty, when nothing else is there).
XFAIL: list[Case] = [
    Case(
        "hashed-header-mini-cart-beside-regular-labelled-price",
        page(
            "<div class='k1101'>"
            + gallery("pillow-blue.jpg", "Travel Pillow Original")
            + "<div class='k1102'>"
            "<h1 class='k1103'>Travel Pillow Original</h1><form action='/cart/add' method='post'>"
            "<span class='k1104'>Regular price</span> <span class='k1105'>$99</span>"
            "<button type='submit' class='k1106'>Add to Cart</button></form></div></div>",
            "Travel Pillow Original",
        ).replace(
            "<a href='/cart'>Cart (0)</a></header>",
            "<div class='k2201'><span>1 item</span><div class='k2202'><a href='/p/bottle'>Stainless Steel "
            "Water Bottle</a><span class='k2203'>$60.42</span></div><div class='k2204'>Subtotal: $60.42</div>"
            "<a href='/cart'>Checkout</a></div></header>",
        ),
        "Travel Pillow Original",
        99.0,
    ),
]


def _check(c: Case) -> None:
    got = extract_product(c.html, c.url)
    assert got is not None, c.id
    assert got["price"] == pytest.approx(c.price), (c.id, got["price"])
    assert title_match(got["title"], c.title), (c.id, got["title"])
    if c.exact_title:
        assert " ".join(got["title"].split()) == c.title, (c.id, got["title"])
    if c.image:
        assert image_match((got["image_urls"] or [None])[0], {c.image}, c.url), (c.id, got["image_urls"][:2])


@pytest.mark.parametrize("c", FIRES, ids=[c.id for c in FIRES])
def test_mutation_kind_fixed(c: Case) -> None:
    _check(c)


@pytest.mark.parametrize("c", NOT_FIRE, ids=[c.id for c in NOT_FIRE])
def test_mutation_kind_must_not_fire(c: Case) -> None:
    _check(c)


@pytest.mark.xfail(strict=True, reason="a header mini cart's amount beside a price labelled 'Regular price'")
@pytest.mark.parametrize("c", XFAIL, ids=[c.id for c in XFAIL])
def test_mutation_kind_left(c: Case) -> None:
    _check(c)
