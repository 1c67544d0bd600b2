"""Availability of marketplace listings in eBay's item-page markup of 2026, a kind found on real eBay.de pages
saved by other hands (product-dl 0.0.0.dev4; stop 65, issue 14). The pages stay out of the repository (the
shop's content); the pages below are written anew in the same shapes, with must-not-fire cases.

1. eBay renders its buy box before its script runs: each call to action ("Sofort-Kaufen", "In den
   Warenkorb", "Bieten"; eBay.com's "Buy It Now", "Add to cart", "Place bid") is a link carrying `disabled`
   and `tabindex="-1"` inside a box named "loading" (`<div class="x-bin-action loading">`); the script
   enables it. Such a control waits for the script: a live listing, not a sold-out one
   (`controls._awaits_script`). A page saying the item is gone keeps saying so.
2. The site header's notifications bell ("Benachrichtigungen", a button in the header) is no restock
   alert: a control saying "sold out" or "notify me" in the header or a menu says nothing about the item
   (`controls.buy_state`).
3. An ended listing keeps its JSON-LD offer "InStock" and shows no buy control; its page says it ended ("This
   listing has ended", the timer's "Beendet: 21. Mär. 2026" / "Ended: <date>"): OutOfStock
   (`controls.ended_listing`).
"""

from __future__ import annotations

from knockoff.crawler.extract import extract_product

URL = "https://www.ebay.example/itm/402211334455"


def header(bell: str = "Benachrichtigungen") -> str:
    return (
        '<header id="gh" class="gh-header"><nav class="gh-nav">'
        '<a href="/">Startseite</a> <a href="/mye/myebay">Mein Konto</a>'
        f'<button class="gh-flyout__target" type="button" aria-expanded="false">{bell}</button>'
        '<a href="/cart" class="gh-cart">Warenkorb</a></nav></header>'
    )


def cta(box: str, text: str, href: str, primary: bool = True) -> str:
    kind = "primary" if primary else "secondary"
    return (
        f'<li><div class="vim x-{box}-action vim-flex-cta loading">'
        f'<a class="ux-call-to-action fake-btn fake-btn--large fake-btn--{kind}" href="{href}" role="button"'
        f' tabindex="-1" data-track-disabled="{box.upper()}" rel="nofollow" disabled>'
        f'<span class="ux-call-to-action__cell"><span class="ux-call-to-action__text">{text}</span></span>'
        "</a></div></li>"
    )


def listing(
    buttons: str,
    note: str = "",
    price: str = "EUR 24,90",
    name: str = "Tischlampe aus Messing mit Leinenschirm, 40 cm",
    bell: str = "Benachrichtigungen",
    lang: str = "de",
) -> str:
    return (
        f'<html lang="{lang}"><head><title>{name} | eBay</title></head><body>'
        + header(bell)
        + '<main id="mainContent"><div class="x-photos"><img src="https://i.img.example/g/lamp/s-l1600.jpg"'
        ' alt="Lampe" width="800" height="800"></div>'
        '<div class="x-item-title"><h1 class="x-item-title__mainTitle"><span class="ux-textspans">'
        f"{name}</span></h1></div>"
        f"{note}"
        f'<div class="x-price-primary"><span class="ux-textspans">{price}</span></div>'
        '<div class="x-quantity"><span class="ux-textspans">Mehr als 10 verfügbar</span>'
        ' <span class="ux-textspans">27 verkauft</span></div>'
        f'<ul class="x-buybox-cta">{buttons}</ul>'
        '<div class="x-sellercard"><a href="/str/lampenhaus">lampenhaus</a> 99,2% positive Bewertungen</div>'
        '<div class="x-about-this-item"><h2>Artikelmerkmale</h2><p>Lampe aus Messing, Schirm aus Leinen, E14.'
        "</p></div></main>"
        '<footer id="glbfooter"><a href="/help">Hilfe</a> Copyright 1995-2026 eBay Inc.</footer></body></html>'
    )


BUY_NOW = cta("bin", "Sofort-Kaufen", "https://www.ebay.example/atc/binctr?item=402211334455&quantity=1")
TO_CART = cta("atc", "In den Warenkorb", "https://cart.payments.ebay.example/sc/add", primary=False)
WATCH = (
    '<li><div class="vim x-watch-action"><a class="fake-btn fake-btn--secondary add-to-watch-list"'
    ' href="https://signin.ebay.example/ws?ru=itm" tabindex="-1" disabled>Auf die Beobachtungsliste</a></div></li>'
)
BID = cta("bid", "Bieten", "https://signin.ebay.example/ws?ru=itm%3Fcta%3Dplacebid")


def availability(html: str) -> str | None:
    got = extract_product(html, URL)
    assert got is not None
    return got["availability"]


def test_fixed_price_listing_with_buttons_waiting_for_the_script_is_in_stock() -> None:
    assert availability(listing(BUY_NOW + TO_CART + WATCH)) == "InStock"


def test_auction_with_its_bid_button_waiting_for_the_script_is_in_stock() -> None:
    note = (
        '<div class="x-timer-module"><span class="ux-textspans">Endet in 8 Std. 12 Min.</span></div>'
        '<div class="x-bid-count"><span class="ux-textspans">3 Gebote</span></div>'
    )
    assert availability(listing(BID + WATCH, note=note, price="EUR 11,00")) == "InStock"


def test_ebay_com_wording_waiting_for_the_script_is_in_stock() -> None:
    buttons = (
        cta("bin", "Buy It Now", "https://www.ebay.example/atc/binctr?item=402211334455&quantity=1")
        + cta("atc", "Add to cart", "https://cart.payments.ebay.example/sc/add", primary=False)
        + cta("offer", "Make offer", "https://signin.ebay.example/ws?ru=itm%3Fboolp%3D1", primary=False)
        + '<li><a class="fake-btn fake-btn--secondary" href="https://signin.ebay.example/ws" tabindex="-1"'
        " disabled>Add to Watchlist</a></li>"
    )
    html = listing(
        buttons,
        note='<div class="x-quantity"><span class="ux-textspans">Last one</span></div>',
        price="US $39.00",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
        lang="en",
    )
    assert availability(html) in ("InStock", "LimitedAvailability")


def test_ebay_com_place_bid_waiting_for_the_script_is_in_stock() -> None:
    html = listing(
        cta("bid", "Place bid", "https://signin.ebay.example/ws?ru=itm%3Fcta%3Dplacebid"),
        price="US $12.50",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
        lang="en",
    )
    assert availability(html) == "InStock"


# must not fire: a listing that is gone stays gone


def test_listing_no_longer_available_is_out_of_stock() -> None:
    note = (
        '<div class="ux-message ux-message--attention"><p class="ux-message__title">'
        "Dieser Artikel ist nicht mehr verfügbar.</p></div>"
    )
    got = availability(listing(WATCH, note=note))
    assert got in ("OutOfStock", "SoldOut", "Discontinued")


def test_out_of_stock_message_beats_buttons_waiting_for_the_script() -> None:
    note = '<div class="x-statusmessage"><span class="ux-textspans">Out of stock</span></div>'
    html = listing(
        cta("bin", "Buy It Now", "https://www.ebay.example/atc/binctr?item=402211334455&quantity=1"),
        note=note,
        price="US $39.00",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
        lang="en",
    )
    assert availability(html) == "OutOfStock"


def test_ended_listing_is_not_in_stock() -> None:
    note = (
        '<div class="ux-message"><p>This listing has ended. The seller may have relisted it.</p></div>'
        '<div class="x-timer-module"><span class="ux-textspans">Ended: Mar 3, 2026 18:40:11 PST</span></div>'
    )
    html = listing(
        '<li><a class="fake-btn fake-btn--primary" href="https://www.ebay.example/sl/list?mode=SellLikeItem">'
        "Sell one like this</a></li>",
        note=note,
        price="US $39.00",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
        lang="en",
    )
    assert availability(html) != "InStock"


def test_shop_buy_button_disabled_outside_a_loading_box_is_still_out_of_stock() -> None:
    html = (
        "<html><head><title>Teekanne Glas 1,2 l | Teeladen</title></head><body>"
        '<header><a href="/">Teeladen</a></header><main><h1>Teekanne Glas 1,2 l</h1>'
        '<img src="/img/teekanne.jpg" alt="Teekanne" width="600" height="600">'
        '<div class="price">19,90 €</div>'
        '<form action="/cart/add" method="post"><button type="submit" class="btn add-to-cart" disabled>'
        "In den Warenkorb</button></form></main></body></html>"
    )
    got = extract_product(html, "https://www.teeladen.example/teekanne-glas")
    assert got is not None and got["availability"] == "OutOfStock"


def test_shop_sold_out_button_is_still_read() -> None:
    html = (
        "<html><head><title>Teekanne Glas 1,2 l | Teeladen</title></head><body>"
        '<header><a href="/">Teeladen</a></header><main><h1>Teekanne Glas 1,2 l</h1>'
        '<img src="/img/teekanne.jpg" alt="Teekanne" width="600" height="600">'
        '<div class="price">19,90 €</div>'
        '<div class="loading"><button type="button" class="btn" disabled>Ausverkauft</button></div>'
        "</main></body></html>"
    )
    got = extract_product(html, "https://www.teeladen.example/teekanne-glas")
    assert got is not None and got["availability"] in ("OutOfStock", "SoldOut")


def test_header_notifications_bell_is_no_restock_alert() -> None:
    html = (
        "<html><head><title>Gartenbank aus Eiche | Kleinmarkt</title></head><body>"
        + header()
        + "<main><h1>Gartenbank aus Eiche, 150 cm</h1>"
        '<img src="/img/bank.jpg" alt="Gartenbank" width="600" height="600">'
        '<div class="price">120 € VB</div><p>Nur Abholung in 50667 Köln.</p>'
        '<a class="contact" href="/nachricht">Nachricht schreiben</a></main></body></html>'
    )
    got = extract_product(html, "https://www.kleinmarkt.example/anzeige/2233")
    assert got is not None and got["availability"] not in ("OutOfStock", "SoldOut")


def ld_offer(state: str = "InStock") -> str:
    return (
        '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Product",'
        ' "name": "Brass desk lamp with linen shade, 16 in", "image": "https://i.img.example/g/lamp/s-l1600.jpg",'
        ' "offers": {"@type": "Offer", "price": "39.00", "priceCurrency": "USD",'
        f' "availability": "https://schema.org/{state}"}}}}</script>'
    )


def test_ended_auction_with_a_stale_in_stock_offer_is_out_of_stock() -> None:
    # 3. an ended listing keeps its JSON-LD "InStock" and shows no buy control; its timer says "Ended: <date>"
    note = (
        '<div class="x-photos-cvip"><span class="ux-textspans">ENDED</span></div>'
        '<div class="x-timer-module"><span class="x-timer-module__label"><span class="ux-textspans">Ended: </span>'
        '</span><span class="x-timer-module__timer"><span class="ux-timer__text">Mar 3, 2026 18:40:11 PST</span>'
        "</span></div>"
    )
    buttons = (
        '<li><a class="fake-btn fake-btn--primary" href="https://www.ebay.example/sl/list?mode=SellLikeItem">'
        "Sell one like this</a></li>"
    )
    html = listing(
        buttons,
        note=note,
        price="US $39.00",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
    ).replace("</head>", ld_offer() + "</head>")
    assert availability(html) == "OutOfStock"


def test_live_auction_timer_with_its_in_stock_offer_stays_in_stock() -> None:
    note = (
        '<div class="x-timer-module"><span class="x-timer-module__label"><span class="ux-textspans">Ends in </span>'
        '</span><span class="x-timer-module__timer">8h 12m</span></div>'
        '<div class="x-end-time"><span class="ux-textspans">Auction ends: Mar 3, 2026 18:40:11 PST</span></div>'
    )
    html = listing(
        cta("bid", "Place bid", "https://signin.ebay.example/ws?ru=itm%3Fcta%3Dplacebid"),
        note=note,
        price="US $39.00",
        name="Brass desk lamp with linen shade, 16 in",
        bell="Notifications",
    ).replace("</head>", ld_offer() + "</head>")
    assert availability(html) == "InStock"
