"""Six kinds of product page without structured data that the HTML heuristics were believed to misread
(issue 14), written as full pages (a header with a menu, the product block, a description, a footer;
40-120 lines each) before reading the heuristics:

1. a product `<h1>` holding a subtitle (`<span>`, `<small>`) or a badge ("New", "-20%");
2. a newsletter popup marked only by `id="newsletter"` or a `newsletter-modal` class (no role) with a
   heading and a "Subscribe" button above the product block;
3. a category banner `<h1>` ("Bestseller", "New arrivals", "Sale") above the product's own heading;
4. a member price beside the regular one ("Member price", "Mitgliederpreis", "Medlemspris",
   "Ledenprijs"): the price a non-member pays, unless the page shows only one price;
5. Nordic dash prices with offer words ("Tilbud 399,- Normalpris 499,- kr", "Nu 399:- Ord.pris 499:-");
6. the Swedish colon-dash form with a tax note ("2 790:- inkl. moms"), no currency written.

Each case gives the title, price and currency a careful labeller gives (None: not checked); the
must-not-fire cases are ordinary pages where a fix must change nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics.dom import MERCH_LABEL
from knockoff.crawler.heuristics.price_text import member_and_regular
from knockoff.crawler.values import dash_currency

NAV = {
    "en": ("New in", "Women", "Men", "Kids", "Sale", "Cart", "Search", "Help", "Returns", "Add to cart"),
    "de": (
        "Neu",
        "Damen",
        "Herren",
        "Kinder",
        "Sale",
        "Warenkorb",
        "Suche",
        "Hilfe",
        "Rückgabe",
        "In den Warenkorb",
    ),
    "sv": ("Nytt", "Dam", "Herr", "Barn", "Rea", "Varukorg", "Sök", "Hjälp", "Returer", "Lägg i varukorgen"),
    "da": ("Nyheder", "Dame", "Herre", "Børn", "Udsalg", "Kurv", "Søg", "Hjælp", "Returnering", "Læg i kurv"),
    "nb": (
        "Nyheter",
        "Dame",
        "Herre",
        "Barn",
        "Salg",
        "Handlekurv",
        "Søk",
        "Hjelp",
        "Retur",
        "Legg i handlekurv",
    ),
    "nl": (
        "Nieuw",
        "Dames",
        "Heren",
        "Kinderen",
        "Sale",
        "Winkelwagen",
        "Zoeken",
        "Klantenservice",
        "Retouren",
        "In winkelwagen",
    ),
    "fr": (
        "Nouveautés",
        "Femme",
        "Homme",
        "Enfant",
        "Soldes",
        "Panier",
        "Rechercher",
        "Aide",
        "Retours",
        "Ajouter au panier",
    ),
}


def page(
    product: str,
    *,
    title: str,
    lang: str = "en",
    shop: str = "Stride",
    before: str = "",
    buy: bool = True,
    description: str = "Made to last, tested by our staff on long days out. Free returns within 30 days.",
) -> str:
    """A whole product page: header (logo, menu, search, cart), `before` (a banner or popup above the
    product), a product block (gallery, `product` holding name and price, sizes, buy button), a
    description with a details list, a related strip and a footer; one element a line."""
    new, women, men, kids, sale, cart, search, help_, returns, add = NAV[lang.split("-")[0]]
    lines = [
        "<!doctype html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{title}</title>",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<link rel="stylesheet" href="/assets/theme.css">',
        "</head>",
        "<body>",
        '<header class="site-header">',
        f'  <a class="logo" href="/"><img src="/assets/logo.svg" alt="{shop}"></a>',
        '  <nav class="main-menu">',
        f'    <a href="/c/new">{new}</a>',
        f'    <a href="/c/women">{women}</a>',
        f'    <a href="/c/men">{men}</a>',
        f'    <a href="/c/kids">{kids}</a>',
        f'    <a href="/c/sale">{sale}</a>',
        "  </nav>",
        f'  <form class="search" action="/search"><input name="q" placeholder="{search}"></form>',
        f'  <a class="cart-link" href="/cart">{cart} (0)</a>',
        "</header>",
        *before.splitlines(),
        '<main id="content">',
        '  <div class="product-page">',
        '    <div class="gallery">',
        '      <img src="/media/catalog/product-main.jpg" alt="" width="800" height="800">',
        '      <img src="/media/catalog/product-side.jpg" alt="" width="160" height="160">',
        "    </div>",
        '    <div class="summary">',
        *("      " + line for line in product.strip().splitlines()),
        '      <div class="sizes">',
        '        <button type="button">S</button>',
        '        <button type="button">M</button>',
        '        <button type="button">L</button>',
        "      </div>",
        *([f'      <button type="submit" class="add">{add}</button>'] if buy else []),
        "    </div>",
        "  </div>",
        '  <section class="description">',
        f"    <p>{description}</p>",
        "    <ul>",
        "      <li>100 %</li>",
        "      <li>30</li>",
        "    </ul>",
        "  </section>",
        "</main>",
        '<footer class="site-footer">',
        '  <ul class="footer-links">',
        f'    <li><a href="/help">{help_}</a></li>',
        f'    <li><a href="/returns">{returns}</a></li>',
        "  </ul>",
        f"  <p>© 2026 {shop}</p>",
        "</footer>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines)


@dataclass(frozen=True)
class Case:
    """A page, its URL and what a careful labeller reads: title, price (float), ISO currency; None is
    not checked; `listing=False`: the page gives no listing."""

    id: str
    html: str
    url: str
    title: str | None = None
    price: float | None = None
    currency: str | None = None
    listing: bool = True


def xfail(case: Case, reason: str) -> object:
    """`case` as a strict xfail (a conflict with an older test, or left unfixed)."""
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=reason))


# ---- 1. a subtitle or badge inside the product <h1> -------------------------------------------------

SUBTITLE = [
    Case(
        "k1-span-subtitle-doc-full",
        page(
            '<h1 class="product-title">Trail Runner 3 <span class="subtitle">Men\'s running shoe</span></h1>\n'
            '<div class="price">$129.00</div>',
            title="Trail Runner 3 Men's running shoe | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3 Men's running shoe",
        129.0,
        "USD",
    ),
    Case(
        "k1-nb-small-plain",
        page(
            '<h1>Bergjakke Fjell <small>Vanntett skalljakke</small></h1>\n<div class="pris">kr 2 499,00</div>',
            title="Bergjakke Fjell | Turbutikken",
            lang="nb",
            shop="Turbutikken",
        ),
        "https://turbutikken.example/bergjakke-fjell",
        "Bergjakke Fjell Vanntett skalljakke",
        2499.0,
        "NOK",
    ),
    Case(
        "k1-de-span-plain",
        page(
            "<h1>Kaffeemühle Aroma\n  <span>Handmühle aus Buchenholz</span>\n</h1>\n"
            '<div class="preis">49,90 €</div>\n<p class="tax">inkl. MwSt., zzgl. Versand</p>',
            title="Kaffeemühle Aroma – Handmühle aus Buchenholz | Kaffeehaus",
            lang="de",
            shop="Kaffeehaus",
        ),
        "https://kaffeehaus.example/kaffeemuehle-aroma",
        "Kaffeemühle Aroma Handmühle aus Buchenholz",
        49.9,
        "EUR",
    ),
    Case(
        "k1-sv-small-size",
        page(
            '<h1 class="produktnamn">Ullfilt Sova <small>140 x 200 cm</small></h1>\n<div class="pris">1 495 kr</div>',
            title="Ullfilt Sova 140 x 200 cm | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova 140 x 200 cm",
        1495.0,
        "SEK",
    ),
    Case(
        "k1-badge-new",
        page(
            '<h1>Trail Runner 3 <span class="label label-new">New</span></h1>\n<div class="price">$129.00</div>',
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k1-nl-badge-discount",
        page(
            '<h1>Linnen overhemd Bas <span class="tag tag--sale">-20%</span></h1>\n'
            '<div class="prijs"><span>€ 47,96</span> <s>€ 59,95</s></div>',
            title="Linnen overhemd Bas | Modehuis",
            lang="nl",
            shop="Modehuis",
        ),
        "https://modehuis.example/linnen-overhemd-bas",
        "Linnen overhemd Bas",
        47.96,
        "EUR",
    ),
    Case(
        "k1-fr-badge-before",
        page(
            '<h1><span class="pill">Nouveau</span> Théière en fonte Kyoto</h1>\n<div class="prix">39,00 €</div>',
            title="Théière en fonte Kyoto - Maison Thé",
            lang="fr",
            shop="Maison Thé",
        ),
        "https://maisonthe.example/theiere-fonte-kyoto",
        "Théière en fonte Kyoto",
        39.0,
        "EUR",
    ),
    Case(
        "k1-de-badge-neu",
        page(
            '<h1 class="product-name">Wanderrucksack Alpin 30 <em class="chip">Neu</em></h1>\n'
            '<div class="preis">89,95 €</div>',
            title="Wanderrucksack Alpin 30 | Bergladen",
            lang="de",
            shop="Bergladen",
        ),
        "https://bergladen.example/wanderrucksack-alpin-30",
        "Wanderrucksack Alpin 30",
        89.95,
        "EUR",
    ),
    xfail(
        Case(
            "k1-subtitle-named-doc-short",
            page(
                '<h1 class="product-title">Trail Runner 3 <span class="subtitle">Men\'s running shoe</span></h1>\n'
                '<div class="price">$129.00</div>',
                title="Trail Runner 3 | Stride",
            ),
            "https://stride.example/p/trail-runner-3",
            "Trail Runner 3 Men's running shoe",
            129.0,
            "USD",
        ),
        "conflicts with test_ordinary_pages2::test_subtitle_inside_the_h1_is_not_part_of_the_title: an "
        "element named subtitle inside the h1 is left out (dom.visible_text) unless the <title> writes it; "
        "reads 'Trail Runner 3'",
    ),
    Case(
        "k1-book-colon-subtitle",
        page(
            '<h1 class="product-title">Deep Work<span class="subtitle">: Rules for Focused Success in a '
            'Distracted World</span></h1>\n<p>Cal Newport</p>\n<div class="price">$16.99</div>',
            title="Deep Work by Cal Newport | Pageturn Books",
            shop="Pageturn Books",
        ),
        "https://pageturn.example/p/deep-work",
        "Deep Work: Rules for Focused Success in a Distracted World",
        16.99,
        "USD",
    ),
    Case(
        "k1-nl-book-colon-subtitle",
        page(
            '<h1>Het Achterhuis<span class="sub-title">: Dagboekbrieven 1942-1944</span></h1>\n'
            '<p>Anne Frank</p>\n<div class="prijs">€ 12,99</div>',
            title="Het Achterhuis - Anne Frank | Boekhuis",
            lang="nl",
            shop="Boekhuis",
        ),
        "https://boekhuis.example/het-achterhuis",
        "Het Achterhuis: Dagboekbrieven 1942-1944",
        12.99,
        "EUR",
    ),
    # must not fire: a plain heading, a labelled item number, a price inside the heading, a name
    # holding a badge word, a tagline set as a subtitle
    Case(
        "k1-plain-h1",
        page('<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>', title="Trail Runner 3 | Stride"),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k1-de-item-number",
        page(
            '<h1>Gartenschere Profi 200 mm <small class="artnr">Art.-Nr. 40512</small></h1>\n'
            '<div class="preis">24,90 €</div>',
            title="Gartenschere Profi 200 mm | Gartenbedarf",
            lang="de",
            shop="Gartenbedarf",
        ),
        "https://garten.example/gartenschere-profi",
        "Gartenschere Profi 200 mm",
        24.9,
        "EUR",
    ),
    Case(
        "k1-price-in-h1",
        page(
            "<h1>Trail Runner 3 <span>$129.00</span></h1>",
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k1-tagline-subtitle",
        page(
            '<h1 class="product-title">Walnut Serving Board <span class="subtitle">Handmade in Vermont</span></h1>\n'
            '<div class="price">$59.00</div>',
            title="Walnut Serving Board | Oak Works",
            shop="Oak Works",
        ),
        "https://oakworks.example/p/walnut-serving-board",
        "Walnut Serving Board",
        59.0,
        "USD",
    ),
    Case(
        "k1-name-with-new",
        page(
            '<h1>New Balance 990v6 <span class="colour">Grey</span></h1>\n<div class="price">$199.99</div>',
            title="New Balance 990v6 Grey | Stride",
        ),
        "https://stride.example/p/new-balance-990v6",
        "New Balance 990v6 Grey",
        199.99,
        "USD",
    ),
]


# ---- 2. a newsletter popup named only by id or class -----------------------------------------------


def popup(tag: str, heading: str, button: str, *, mark: str = 'id="newsletter"', extra: str = "") -> str:
    """A newsletter popup above the product: `mark` its only name (no role), a heading, an email field
    and a subscribe button."""
    return (
        f'<div {mark} class="fixed inset-0 z-50 flex items-center">\n'
        '  <div class="bg-white p-6 rounded">\n'
        '    <img src="/media/popup/welcome.jpg" alt="">\n'
        f"    <{tag}>{heading}</{tag}>\n"
        f"    {extra}\n"
        '    <form action="/newsletter/subscribe"><input type="email" name="email">\n'
        f'    <button type="submit">{button}</button></form>\n'
        '    <button type="button" class="close">×</button>\n'
        "  </div>\n"
        "</div>"
    )


STYLED_NAME = '<p class="text-2xl font-semibold">{name}</p>\n<p class="text-xl">{price}</p>'

NEWSLETTER = [
    Case(
        "k2-h1-id-styled-name",
        page(
            STYLED_NAME.format(name="Trail Runner 3", price="$129.00"),
            title="Trail Runner 3 | Stride",
            before=popup("h1", "Get 10% off your first order", "Subscribe"),
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k2-de-h2-euro-off",
        page(
            STYLED_NAME.format(name="Kaffeemühle Aroma", price="49,90 €"),
            title="Kaffeemühle Aroma | Kaffeehaus",
            lang="de",
            shop="Kaffeehaus",
            before=popup("h2", "10 € Rabatt auf deine erste Bestellung", "Abonnieren"),
        ),
        "https://kaffeehaus.example/kaffeemuehle-aroma",
        "Kaffeemühle Aroma",
        49.9,
        "EUR",
    ),
    Case(
        "k2-sv-modal-class",
        page(
            STYLED_NAME.format(name="Ullfilt Sova", price="1 495 kr"),
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
            before=popup(
                "h1",
                "Få 10 % rabatt på ditt första köp",
                "Prenumerera",
                mark='class="newsletter-modal"',
            ),
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        1495.0,
        "SEK",
    ),
    Case(
        "k2-en-h1-heading-named-product",
        page(
            '<div class="product-name">Merino Wool Scarf</div>\n<div class="price">$45.00</div>',
            title="Stride – Knitwear",
            before=popup(
                "h1", "Join the club and save $10", "Subscribe", extra="<p>Orders over $50 only.</p>"
            ),
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        45.0,
        "USD",
    ),
    Case(
        "k2-nl-h1-doc-title-name",
        page(
            STYLED_NAME.format(name="Linnen overhemd Bas", price="€ 59,95"),
            title="Linnen overhemd Bas kopen? | Modehuis",
            lang="nl",
            shop="Modehuis",
            before=popup("h1", "Schrijf je in en krijg 10% korting", "Inschrijven", mark='id="newsletter"'),
        ),
        "https://modehuis.example/linnen-overhemd-bas",
        "Linnen overhemd Bas",
        59.95,
        "EUR",
    ),
    Case(
        "k2-h1-id-priced-offer",
        page(
            STYLED_NAME.format(name="Canvas Tote Bag", price="$24.00"),
            title="Canvas Tote Bag | Stride",
            before=popup("h1", "Get $10 off your first order of $50", "Sign me up"),
        ),
        "https://stride.example/p/canvas-tote-bag",
        "Canvas Tote Bag",
        24.0,
        "USD",
    ),
    # must not fire: a newsletter section above the product, a subscription product with no email field
    Case(
        "k2-newsletter-section-above",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>',
            title="Trail Runner 3 | Stride",
            before='<section class="newsletter">\n  <h2>Sign up for our emails</h2>\n'
            '  <input type="email"><button type="submit">Subscribe</button>\n</section>',
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k2-h1-product-with-popup",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>',
            title="Trail Runner 3 | Stride",
            before=popup("h2", "Get 10% off your first order", "Subscribe"),
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
]


NEWSLETTER.append(
    Case(
        "k2-subscription-product",
        page(
            '<div class="subscription-box">\n<h1>Coffee Club Box</h1>\n<div class="price">$29.00 / month</div>\n'
            "<p>Three bags of fresh beans, delivered every month.</p>\n</div>",
            title="Coffee Club Box | Roastery",
            shop="Roastery",
        ),
        "https://roastery.example/p/coffee-club-box",
        "Coffee Club Box",
    )
)


# ---- 3. a collection banner <h1> above the product's own heading ------------------------------------


def banner(text: str) -> str:
    """A collection banner as themes print it above the product: an image and the collection's <h1>."""
    return (
        '<div class="collection-hero">\n'
        '  <img src="/media/banners/collection.jpg" alt="">\n'
        f"  <h1>{text}</h1>\n"
        "</div>"
    )


BANNER = [
    Case(
        "k3-bestseller-h2-generic-title",
        page(
            '<h2>Trail Runner 3</h2>\n<div class="price">$129.00</div>',
            title="Stride – Running shoes and trail gear",
            before=banner("Bestseller"),
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k3-new-arrivals-in-doc-title",
        page(
            '<h2 class="h3">Merino Wool Scarf</h2>\n<div class="price">$45.00</div>',
            title="Merino Wool Scarf | New arrivals | Stride",
            before=banner("New arrivals"),
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        45.0,
        "USD",
    ),
    Case(
        "k3-sv-rea-h2",
        page(
            '<h2>Ullfilt Sova</h2>\n<div class="pris">1 495 kr</div>',
            title="Ullfilt Sova | Rea | Hemma",
            lang="sv",
            shop="Hemma",
            before=banner("Rea"),
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        1495.0,
        "SEK",
    ),
    Case(
        "k3-de-neuheiten-product-name",
        page(
            '<div class="product-name">Kaffeemühle Aroma</div>\n<div class="preis">49,90 €</div>',
            title="Neuheiten | Kaffeehaus",
            lang="de",
            shop="Kaffeehaus",
            before=banner("Neuheiten"),
        ),
        "https://kaffeehaus.example/kaffeemuehle-aroma",
        "Kaffeemühle Aroma",
        49.9,
        "EUR",
    ),
    Case(
        "k3-nl-sale-h2",
        page(
            '<h2 class="product__title">Linnen overhemd Bas</h2>\n<div class="prijs">€ 59,95</div>',
            title="Sale | Modehuis",
            lang="nl",
            shop="Modehuis",
            before=banner("Sale"),
        ),
        "https://modehuis.example/linnen-overhemd-bas",
        "Linnen overhemd Bas",
        59.95,
        "EUR",
    ),
    Case(
        "k3-fr-nouveautes-h2",
        page(
            '<h2>Théière en fonte Kyoto</h2>\n<div class="prix">39,00 €</div>',
            title="Nouveautés - Maison Thé",
            lang="fr",
            shop="Maison Thé",
            before=banner("Nouveautés"),
        ),
        "https://maisonthe.example/theiere-fonte-kyoto",
        "Théière en fonte Kyoto",
        39.0,
        "EUR",
    ),
    # must not fire: a product whose name opens with a collection word, a "Bestseller" strip heading
    # below the product's <h1>
    Case(
        "k3-name-with-sale-word",
        page('<h1>Sale Stool</h1>\n<div class="price">$89.00</div>', title="Sale Stool | Stride"),
        "https://stride.example/p/sale-stool",
        "Sale Stool",
        89.0,
        "USD",
    ),
    Case(
        "k3-bestseller-strip-below",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>',
            title="Trail Runner 3 | Stride",
        ).replace("</main>", '<section class="strip">\n<h2>Bestseller</h2>\n</section>\n</main>'),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
]


# ---- 4. a member price beside the regular one -------------------------------------------------------


def two_prices(member_label: str, member: str, regular_label: str, regular: str) -> str:
    """A price block with a member price and the regular one, each with its label."""
    return (
        '<div class="price-box">\n'
        f'  <div class="member"><span class="label">{member_label}</span> <span class="amount">{member}</span></div>\n'
        f'  <div class="regular"><span class="label">{regular_label}</span> <span class="amount">{regular}</span></div>\n'
        '  <a href="/membership">Join for free</a>\n'
        "</div>"
    )


MEMBER = [
    Case(
        "k4-en-usd",
        page(
            "<h1>Trail Runner 3</h1>\n" + two_prices("Member price", "$39.99", "Regular price", "$49.99"),
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        49.99,
        "USD",
    ),
    Case(
        "k4-en-kr-se-host",
        page(
            "<h1>Trail Runner 3</h1>\n" + two_prices("Member price", "399 kr", "Regular price", "499 kr"),
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.se/p/trail-runner-3",
        "Trail Runner 3",
        499.0,
        "SEK",
    ),
    Case(
        "k4-de-mitgliederpreis",
        page(
            "<h1>Wanderrucksack Alpin 30</h1>\n"
            + two_prices("Mitgliederpreis", "79,95 €", "Regulärer Preis", "89,95 €"),
            title="Wanderrucksack Alpin 30 | Bergladen",
            lang="de",
            shop="Bergladen",
        ),
        "https://bergladen.example/wanderrucksack-alpin-30",
        "Wanderrucksack Alpin 30",
        89.95,
        "EUR",
    ),
    Case(
        "k4-sv-medlemspris-ordinarie",
        page(
            "<h1>Ullfilt Sova</h1>\n" + two_prices("Medlemspris", "399 kr", "Ordinarie pris", "499 kr"),
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        499.0,
        "SEK",
    ),
    Case(
        "k4-nl-ledenprijs-normale",
        page(
            "<h1>Linnen overhemd Bas</h1>\n"
            + two_prices("Ledenprijs", "€ 49,95", "Normale prijs", "€ 59,95"),
            title="Linnen overhemd Bas | Modehuis",
            lang="nl",
            shop="Modehuis",
        ),
        "https://modehuis.example/linnen-overhemd-bas",
        "Linnen overhemd Bas",
        59.95,
        "EUR",
    ),
    Case(
        "k4-regular-first-plain",
        page(
            "<h1>Merino Wool Scarf</h1>\n<div>\n  <div>Regular price $49.99</div>\n"
            "  <div>Member price $39.99</div>\n</div>",
            title="Merino Wool Scarf | Stride",
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        49.99,
        "USD",
    ),
    Case(
        "k4-member-only",
        page(
            '<h1>Merino Wool Scarf</h1>\n<div class="price-box"><span class="label">Member price</span> $39.99</div>',
            title="Merino Wool Scarf | Stride",
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        39.99,
        "USD",
    ),
    Case(
        "k4-sv-medlemspris-only",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="pris"><span>Medlemspris</span> 399 kr</div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        399.0,
        "SEK",
    ),
    # must not fire: a sale with the regular price as the old one, a members' promise in the promo text
    Case(
        "k4-sale-regular-old",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price"><span>Sale price $45.00</span> '
            "<span>Regular price <s>$60.00</s></span></div>",
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        45.0,
        "USD",
    ),
    Case(
        "k4-sv-ordinarie-old",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="pris"><span class="now">399 kr</span> '
            '<span class="was">Ordinarie pris 499 kr</span></div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        399.0,
        "SEK",
    ),
    Case(
        "k4-sale-beside-member-plain",
        page(
            "<h1>Merino Wool Scarf</h1>\n<div>\n  <div>Regular price <s>$60.00</s> $45.00</div>\n"
            "  <div>Member price $40.00</div>\n</div>",
            title="Merino Wool Scarf | Stride",
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        45.0,
        "USD",
    ),
    Case(
        "k4-named-price-member-below",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>\n'
            '<div>Member price $115.00 <a href="/join">Join now</a></div>',
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k4-members-free-delivery",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="price">$129.00</div>\n<p>Members get free delivery</p>',
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
]


# ---- 5. Nordic dash prices with offer words ---------------------------------------------------------

DASH = [
    Case(
        "k5-da-tilbud",
        page(
            "<h1>Uldtæppe Hygge</h1>\n"
            '<div class="pris">Tilbud 399,- <span class="normal">Normalpris 499,-</span> kr</div>',
            title="Uldtæppe Hygge | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
        ),
        "https://boligbutikken.example/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        399.0,
        "DKK",
    ),
    Case(
        "k5-nb-tilbud",
        page(
            "<h1>Bergjakke Fjell</h1>\n"
            '<div class="pris">\n  <span class="tilbud">Tilbud 399,-</span>\n'
            '  <span class="normal">Normalpris 499,- kr</span>\n</div>',
            title="Bergjakke Fjell | Turbutikken",
            lang="nb",
            shop="Turbutikken",
        ),
        "https://turbutikken.example/bergjakke-fjell",
        "Bergjakke Fjell",
        399.0,
        "NOK",
    ),
    Case(
        "k5-sv-nu-ord",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="pris">Nu 399:- <span>Ord.pris 499:-</span></div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        399.0,
        "SEK",
    ),
    Case(
        "k5-sv-host-no-lang",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="css-9x1">Nu 399:-</div>\n<div class="css-2k7">Ord.pris 499:-</div>',
            title="Ullfilt Sova | Hemma",
            lang="en",
            shop="Hemma",
        ).replace('<html lang="en">', "<html>"),
        "https://www.hemma.se/ullfilt-sova",
        "Ullfilt Sova",
        399.0,
        "SEK",
    ),
    Case(
        "k5-da-host-tilbud-plain",
        page(
            "<h1>Uldtæppe Hygge</h1>\n<div>\n  <div>Tilbud 399,-</div>\n  <div>Normalpris 499,- kr</div>\n</div>",
            title="Uldtæppe Hygge | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
        ).replace('<html lang="da">', "<html>"),
        "https://boligbutikken.dk/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        399.0,
        "DKK",
    ),
    # must not fire: an offer word in a promo line, a shipping cost beside the price
    Case(
        "k5-da-tilbud-promo",
        page(
            '<h1>Uldtæppe Hygge</h1>\n<div class="pris">299,- kr</div>\n'
            "<p>Tilbud: fri fragt ved køb over 499,- kr</p>",
            title="Uldtæppe Hygge | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
        ),
        "https://boligbutikken.example/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        299.0,
        "DKK",
    ),
    Case(
        "k5-nb-shipping-beside",
        page(
            '<h1>Bergjakke Fjell</h1>\n<div class="pris">2 499,- kr</div>\n<p class="frakt">Frakt 99,- kr</p>',
            title="Bergjakke Fjell | Turbutikken",
            lang="nb",
            shop="Turbutikken",
        ),
        "https://turbutikken.example/bergjakke-fjell",
        "Bergjakke Fjell",
        2499.0,
        "NOK",
    ),
]


# ---- 6. the Swedish colon-dash form with a tax note -------------------------------------------------

COLON_DASH = [
    Case(
        "k6-sv-lang",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<div class="pris">2 790:- <small>inkl. moms</small></div>',
            title="Espressomaskin Barista Pro | Köksbutiken",
            lang="sv",
            shop="Köksbutiken",
        ),
        "https://koksbutiken.example/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        2790.0,
        "SEK",
    ),
    Case(
        "k6-se-host-no-lang",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<div class="css-p1">2 790:- inkl. moms</div>',
            title="Espressomaskin Barista Pro | Köksbutiken",
            lang="sv",
            shop="Köksbutiken",
        ).replace('<html lang="sv">', "<html>"),
        "https://www.koksbutiken.se/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        2790.0,
        "SEK",
    ),
    Case(
        "k6-sv-pris-label",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<div class="pris">Pris: 12 490:- (inkl. moms)</div>',
            title="Espressomaskin Barista Pro | Köksbutiken",
            lang="sv-SE",
            shop="Köksbutiken",
        ),
        "https://koksbutiken.example/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        12490.0,
        "SEK",
    ),
    Case(
        "k6-sv-bare",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="price">1 290:-</div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        1290.0,
        "SEK",
    ),
    Case(
        "k6-sv-exkl-moms-beside",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<div class="pris">2 790:- <small>inkl. moms</small></div>\n'
            '<div class="netto">2 232:- exkl. moms</div>',
            title="Espressomaskin Barista Pro | Köksbutiken",
            lang="sv",
            shop="Köksbutiken",
        ),
        "https://koksbutiken.example/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        2790.0,
        "SEK",
    ),
    # must not fire: a "kr" price with its tax note, a Danish dash price with "moms", a German dash price
    Case(
        "k6-sv-kr-moms",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="pris">2 790 kr <small>inkl. moms</small></div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        2790.0,
        "SEK",
    ),
    Case(
        "k6-da-dash-moms",
        page(
            '<h1>Uldtæppe Hygge</h1>\n<div class="pris">2.790,- kr. <small>inkl. moms</small></div>',
            title="Uldtæppe Hygge | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
        ),
        "https://boligbutikken.example/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        2790.0,
        "DKK",
    ),
    Case(
        "k6-de-dash-euro",
        page(
            '<h1>Wanderrucksack Alpin 30</h1>\n<div class="preis">1.299,- € <small>inkl. MwSt.</small></div>',
            title="Wanderrucksack Alpin 30 | Bergladen",
            lang="de",
            shop="Bergladen",
        ),
        "https://bergladen.example/wanderrucksack-alpin-30",
        "Wanderrucksack Alpin 30",
        1299.0,
        "EUR",
    ),
]


# ---- must not fire: ordinary pages where none of the rules may change anything ----------------------

ORDINARY = [
    Case(
        "plain-en",
        page('<h1>Canvas Tote Bag</h1>\n<div class="price">$24.00</div>', title="Canvas Tote Bag | Stride"),
        "https://stride.example/p/canvas-tote-bag",
        "Canvas Tote Bag",
        24.0,
        "USD",
    ),
    Case(
        "plain-sv-kr",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="pris">1 495 kr</div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        1495.0,
        "SEK",
    ),
    Case(
        "category-page-new-arrivals",
        page(
            "",
            title="New arrivals | Stride",
            before=banner("New arrivals"),
            buy=False,
        ).replace(
            '<div class="sizes">',
            '<ul class="product-grid">\n'
            '<li class="card"><a href="/p/a">Trail Runner 3</a><span class="price">$129.00</span></li>\n'
            '<li class="card"><a href="/p/b">Road Racer 2</a><span class="price">$139.00</span></li>\n'
            '<li class="card"><a href="/p/c">Merino Wool Scarf</a><span class="price">$45.00</span></li>\n'
            '</ul>\n<div class="sizes">',
        ),
        "https://stride.example/c/new-arrivals",
        listing=False,
    ),
    Case(
        "category-page-sale-h2-items",
        page(
            "",
            title="Sale | Stride",
            before=banner("Sale"),
            buy=False,
        ).replace(
            '<div class="sizes">',
            '<div class="grid">\n'
            '<div class="tile"><h2>Trail Runner 3</h2><span class="price">$99.00</span>'
            '<button type="submit">Add to cart</button></div>\n'
            '<div class="tile"><h2>Road Racer 2</h2><span class="price">$109.00</span>'
            '<button type="submit">Add to cart</button></div>\n'
            '<div class="tile"><h2>Merino Wool Scarf</h2><span class="price">$35.00</span>'
            '<button type="submit">Add to cart</button></div>\n'
            '</div>\n<div class="sizes">',
        ),
        "https://stride.example/c/sale",
        listing=False,
    ),
    Case(
        "newsletter-page",
        page(
            "<h1>Get 10% off your first order</h1>\n<p>Sign up for news and offers.</p>\n"
            '<form><input type="email"><button type="submit">Subscribe</button></form>',
            title="Newsletter | Stride",
            buy=False,
        ).replace('id="content"', 'id="newsletter"'),
        "https://stride.example/newsletter",
        listing=False,
    ),
]


# round 2, written after the fixes of round 1 (other markup for the same kinds)
ROUND2 = [
    Case(
        "k1-sv-badge-nyhet-sup",
        page(
            '<h1>Ullfilt Sova <sup class="etikett">Nyhet</sup></h1>\n<div class="pris">1 495 kr</div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        1495.0,
        "SEK",
    ),
    Case(
        "k1-de-small-variant",
        page(
            '<h1>Sofa Oslo <small>3-Sitzer, Stoff grau</small></h1>\n<div class="preis">899,00 €</div>',
            title="Sofa Oslo | Wohnhaus",
            lang="de",
            shop="Wohnhaus",
        ),
        "https://wohnhaus.example/sofa-oslo",
        "Sofa Oslo 3-Sitzer, Stoff grau",
        899.0,
        "EUR",
    ),
    Case(
        "k1-discount-label-span",
        page(
            '<h1>Teekanne Sakura <span class="product-label">-20 %</span></h1>\n<div class="preis">31,92 €</div>',
            title="Teekanne Sakura | Teehaus",
            lang="de",
            shop="Teehaus",
        ),
        "https://teehaus.example/teekanne-sakura",
        "Teekanne Sakura",
        31.92,
        "EUR",
    ),
    Case(
        "k2-text-email-field",
        page(
            STYLED_NAME.format(name="Canvas Tote Bag", price="$24.00"),
            title="Canvas Tote Bag | Stride",
            before='<div id="newsletter" class="fixed inset-0">\n  <h1>Be the first to know</h1>\n'
            '  <input type="text" name="email" placeholder="Email address">\n'
            '  <button type="submit">Subscribe</button>\n</div>',
        ),
        "https://stride.example/p/canvas-tote-bag",
        "Canvas Tote Bag",
        24.0,
        "USD",
    ),
    Case(
        "k3-page-title-new-arrivals-product-name",
        page(
            '<div class="product-name">Merino Wool Scarf</div>\n<div class="price">$45.00</div>',
            title="Merino Wool Scarf | Stride",
            before='<div class="page-header">\n  <h1 class="page-title">New Arrivals</h1>\n</div>',
        ),
        "https://stride.example/p/merino-wool-scarf",
        "Merino Wool Scarf",
        45.0,
        "USD",
    ),
    Case(
        "k3-da-udsalg-h2",
        page(
            '<h2 class="produkt-titel">Uldtæppe Hygge</h2>\n<div class="pris">399,- kr.</div>',
            title="Udsalg | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
            before=banner("Udsalg"),
        ),
        "https://boligbutikken.example/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        399.0,
        "DKK",
    ),
    Case(
        "k4-da-medlemspris-dash",
        page(
            "<h1>Uldtæppe Hygge</h1>\n<div>\n  <div>Medlemspris 399,-</div>\n  <div>Normalpris 499,-</div>\n</div>",
            title="Uldtæppe Hygge | Boligbutikken",
            lang="da",
            shop="Boligbutikken",
        ),
        "https://boligbutikken.example/uldtaeppe-hygge",
        "Uldtæppe Hygge",
        499.0,
        "DKK",
    ),
    Case(
        "k4-named-member-regular-classes",
        page(
            '<h1>Trail Runner 3</h1>\n<div class="prices">\n'
            '  <span class="label">Member price</span> <span class="price price--member">$99.00</span>\n'
            '  <span class="label">Regular price</span> <span class="price price--regular">$129.00</span>\n</div>',
            title="Trail Runner 3 | Stride",
        ),
        "https://stride.example/p/trail-runner-3",
        "Trail Runner 3",
        129.0,
        "USD",
    ),
    Case(
        "k5-nb-for-na",
        page(
            '<h1>Bergjakke Fjell</h1>\n<div class="pris"><span>Før 2 999,-</span> <strong>Nå 2 499,-</strong></div>',
            title="Bergjakke Fjell | Turbutikken",
            lang="nb",
            shop="Turbutikken",
        ),
        "https://turbutikken.example/bergjakke-fjell",
        "Bergjakke Fjell",
        2499.0,
        "NOK",
    ),
    Case(
        "k5-sv-rea-ord-pris-brackets",
        page(
            '<h1>Ullfilt Sova</h1>\n<div class="css-k2">REA 399:- (ord. pris 499:-)</div>',
            title="Ullfilt Sova | Hemma",
            lang="sv",
            shop="Hemma",
        ),
        "https://hemma.example/ullfilt-sova",
        "Ullfilt Sova",
        399.0,
        "SEK",
    ),
    Case(
        "k6-sv-free-shipping-threshold",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<div class="pris">2 790:- <small>inkl. moms</small></div>\n'
            "<p>Fri frakt över 500:-</p>",
            title="Espressomaskin Barista Pro | Köksbutiken",
            lang="sv",
            shop="Köksbutiken",
        ),
        "https://koksbutiken.example/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        2790.0,
        "SEK",
    ),
    Case(
        "k6-se-host-named-vat-apart",
        page(
            '<h1>Espressomaskin Barista Pro</h1>\n<span class="price">2 790:-</span>\n<span class="vat">inkl. moms</span>',
            title="Espressomaskin Barista Pro | Köksbutiken",
            shop="Köksbutiken",
        ),
        "https://www.koksbutiken.se/espressomaskin-barista-pro",
        "Espressomaskin Barista Pro",
        2790.0,
        "SEK",
    ),
]


# At first look (before any fix) 26 of the 59 cases of round 1 failed: kind 1 3 (badges), kind 2 2,
# kind 3 4, kind 4 7, kind 5 5, kind 6 5; no must-not-fire case failed. Round 2 (12 cases, written after
# those fixes): 1 failed (k2-text-email-field). Then 2 colon subtitles of kind 1 (k1-book-colon-subtitle,
# k1-nl-book-colon-subtitle) failed, with a tagline subtitle as their must-not-fire case. All are fixed;
# the one strict xfail left is k1-subtitle-named-doc-short (a convention of an older test).
ALL = SUBTITLE + NEWSLETTER + BANNER + MEMBER + DASH + COLON_DASH + ORDINARY + ROUND2


def _case(c: object) -> Case:
    return c if isinstance(c, Case) else c.values[0]  # type: ignore[attr-defined]


def test_pages_are_full_size() -> None:
    """Every page is a full page of 40-120 lines."""
    for c in map(_case, ALL):
        n = len(c.html.splitlines())
        assert 40 <= n <= 120, (c.id, n)


@pytest.mark.parametrize("case", ALL, ids=[_case(c).id for c in ALL])
def test_page(case: Case) -> None:
    """The page gives a listing (or none) with the labelled title, price and currency."""
    got = extract_product(case.html, case.url)
    if not case.listing:
        assert got is None
        return
    assert got is not None, "no listing"
    want = {"title": case.title, "price": case.price, "currency": case.currency}
    have = {k: got.get(k) for k, v in want.items() if v is not None}
    assert have == {k: v for k, v in want.items() if v is not None}


@pytest.mark.parametrize(
    "text, region, currency",
    [
        ("2 790:- inkl. moms", "SE", "SEK"),
        ("Tilbud 399,- Normalpris 499,- kr", "DK", "DKK"),
        ("Nå 2 499,-", "NO", "NOK"),
        ("1.299,-", "DE", "EUR"),
        # must not fire: no dash form, a country not listed, no country, a range
        ("2 790 inkl. moms", "SE", None),
        ("2 790:-", "US", None),
        ("2 790:-", None, None),
        ("Lieferung 1,-3 Tage", "DE", None),
    ],
)
def test_dash_currency(text: str, region: str | None, currency: str | None) -> None:
    """A dash-form price with no mark takes the money of the page's country, nothing else does."""
    assert dash_currency(text, region) == currency


@pytest.mark.parametrize(
    "text, member, regular",
    [
        ("Member price $39.99 Regular price $49.99", "$39.99", "$49.99"),
        ("$39.99 Member price $49.99 Regular price", "$39.99", "$49.99"),
        ("Medlemspris 399 kr Ordinarie pris 499 kr", "399 kr", "499 kr"),
        ("Ledenprijs € 49,95 Normale prijs € 59,95", "€ 49,95", "€ 59,95"),
        ("Member price $39.99", "$39.99", None),
        # must not fire: no members' label
        ("Sale price $45.00 Regular price $60.00", None, "$45.00"),
        ("$45.00 Was $60.00", None, None),
    ],
)
def test_member_and_regular(text: str, member: str | None, regular: str | None) -> None:
    """The members' and the regular amount of a block's text (the regular one is used only beside a
    members' one: `prices._member_block`)."""
    got = member_and_regular(text)
    assert (got[0] and got[0][0], got[1] and got[1][0]) == (member, regular)


@pytest.mark.parametrize(
    "text, label",
    [
        ("New", True),
        ("Nouveau", True),
        ("Bestseller", True),
        ("New arrivals", True),
        ("Neuheiten", True),
        ("Rea", True),
        ("-Sale-", True),
        # must not fire: names holding such a word
        ("New Balance 990v6", False),
        ("Sale Stool", False),
        ("Rea Bag", False),
        ("Bestseller Tee", False),
    ],
)
def test_merch_label(text: str, label: bool) -> None:
    """`dom.MERCH_LABEL` matches a whole badge or collection label, never a name holding one."""
    assert bool(MERCH_LABEL.match(text)) is label
