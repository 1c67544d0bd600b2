"""Main image kinds found by reading the registries' real pages WITHOUT their structured data (stop 68, issue 14;
see test_registry_stripped.py for the probe): the picker chose a site graphic or a thumbnail where the page
shows its product's photo, or found none where a link opens it. The pages stay out of the repository; each
kind is written anew here as a small page of its era, with must-not-fire pages where the rule must not change
the answer.

1. A spacer ("clear.gif", "spacer.gif", "trans.gif", "s.gif") under a CSS-sprite tab or menu entry whose alt
   text shares the title's words is no photo, whatever the product (`photos.spacer_file`; formasaurus 0.10.0's
   bradfordexchange.com page, its photo drawn by a Scene7 viewer: "clear.gif" was its main image).
2. A picture whose alt text is a buy control's label ("Add To Cart" on "btn-AddToCart.png" in a link that submits
   the form) is no photo (`photos._buy_picture`; the same page: the button was next once the spacer went).
3. An `<img id="image">` is named the page's picture (`photos._picture_id`): Magento 1's `<p class="product-image">
   <img id="image">` beside an "unboxed" picture whose alt text is the bare title (brooklynbrewshop.com), a
   shop's `<img id="image">` beside its `<h1>` under a zoom lightbox's slides (globalindustrial.com).
4. The product's picture and gallery named in French, Spanish, Italian, German ("image_produit",
   "galerieImageCourante"; dragees-massardier.fr: a sidebar's "contact" GIF led).
5. In a strip of links opening picture files (thickbox), pictures declared under 160 px are thumbnails when a
   picture among the strip's links is not declared small: the stage's photo linking to its zoom
   (juno.co.uk: the first 95 px thumbnail, named "product-image-eq-small", led).
6. A text link without a picture, named a zoom or a product image, that opens a picture file is a fallback
   picture: the cover a reading widget draws by script ("Cover vergrößern" on beltz.de: no image).
"""

from __future__ import annotations

import pytest

from knockoff.crawler.extract import extract_product
from knockoff.crawler.heuristics import photos


def _image(html: str, url: str) -> str | None:
    got = extract_product(html, url)
    assert got is not None
    return (got.get("image_urls") or [None])[0]


# 1-2: an old collectibles shop: sprite tabs on spacers, an image button, the photo drawn by a viewer script
COLLECTIBLE_URL = "https://www.collectibles.example/products/884201_lighthouse-village.html"


def _collectible_page(photo: str = "", button_alt: str = "Add To Cart") -> str:
    return f"""<html><head><title>Lighthouse Village Collection</title></head><body>
<div id="header"><ul id="utilityNav">
 <li><a href="/account.html" class="sprite spriteLogIn"><img src="/store/images/clear.gif" alt="Log In"></a></li>
 <li><a href="/help.html" class="sprite spriteHelp"><img src="/store/images/clear.gif" alt="Customer Support"></a></li>
</ul></div>
<div class="hero">
 <div class="viewer"><div id="s7viewer"></div>{photo}
  <script>var v = new s7sdk.ZoomView("s7viewer", "Collectibles/884201");</script></div>
 <div class="info">
  <div class="heading1">Lighthouse Village Collection Lights Up the Coast</div>
  <div class="price">$49.99 <span>US each issue</span></div>
  <p>Item no: 884201</p>
  <form name="itemForm" action="/basket/add.html" method="post">
   <input type="hidden" name="item" value="884201">
   <a class="buyNow"><img src="/store/images/buttons/addtocart/btn-15pt-AddToCart.png" alt="{button_alt}"
      onclick="document.itemForm.submit();"></a>
  </form>
  <div class="choices">
   <a class="description" href="javascript:void(0)"><img alt="Lighthouse Village Description" src="/store/images/clear.gif"></a>
   <a class="features" href="javascript:void(0)"><img alt="Lighthouse Features" src="/store/images/spacer.gif"></a>
  </div>
 </div>
</div>
<div id="descriptionCon"><p>Hand-painted lighthouses that glow after dark, issued one a month.</p></div>
</body></html>"""


def test_spacers_and_buy_button_picture_are_no_photo() -> None:
    assert _image(_collectible_page(), COLLECTIBLE_URL) is None


def test_photo_beside_spacers_and_buy_button_leads() -> None:
    photo = '<img src="https://img.collectibles.example/is/image/Collectibles/884201_main.jpg" alt="">'
    assert _image(_collectible_page(photo), COLLECTIBLE_URL) == (
        "https://img.collectibles.example/is/image/Collectibles/884201_main.jpg"
    )


@pytest.mark.parametrize(
    "name",
    ["clear.gif", "spacer.gif", "trans.gif", "s.gif", "clear_1x1.gif", "pixel.png", "shim.gif"],
)
def test_spacer_file_names(name: str) -> None:
    assert photos.spacer_file(f"https://shop.example/images/{name}?v=2")


@pytest.mark.parametrize(
    "name",
    ["clear-phone-case.jpg", "clear.jpg", "crystal-clear-vase.png", "s-l500.jpg", "dots.gif", "x100.webp"],
)
def test_spacer_file_must_not_fire(name: str) -> None:
    assert not photos.spacer_file(f"https://shop.example/images/{name}")


def test_clear_product_photo_named_clear_stays() -> None:
    """Must-not-fire: a product whose photo's file name starts with "clear" keeps it."""
    html = """<html><head><title>Clear Phone Case</title></head><body>
<div class="product"><h1>Clear Phone Case</h1>
 <img src="/media/clear-phone-case.jpg" alt="Clear Phone Case" width="600" height="600">
 <span class="price">$19.00</span><button class="add-to-cart">Add to cart</button></div></body></html>"""
    assert (
        _image(html, "https://cases.example/p/clear-phone-case")
        == "https://cases.example/media/clear-phone-case.jpg"
    )


def test_photo_whose_alt_opens_with_a_buy_word_and_names_the_product_stays() -> None:
    """Must-not-fire: a Spanish shop's alt text "Comprar <product>" names the product: its photo."""
    html = """<html><head><title>Zapatillas Trail Runner</title></head><body>
<div class="ficha"><h1>Zapatillas Trail Runner</h1>
 <img src="/img/p/1234-trail-runner.jpg" alt="Comprar Zapatillas Trail Runner">
 <span class="precio">59,90 €</span><button>Añadir al carrito</button></div></body></html>"""
    assert _image(html, "https://tienda.example/zapatillas-trail-runner") == (
        "https://tienda.example/img/p/1234-trail-runner.jpg"
    )


# 3: <img id="image">
def test_magento1_image_id_leads_unboxed_picture_with_bare_title_alt() -> None:
    html = """<html><head><title>Cold Brew Coffee Kit | Bushwick Roasters</title></head><body>
<div class="main"><form action="/checkout/cart/add/product/301/" method="post" id="product_addtocart_form">
 <div class="product-img-box">
  <p class="product-image product-image-zoom"><img id="image"
     src="/media/catalog/product/cache/1/image/600x/9df78e/c/b/cbk-cold-brew-kit_1.jpg" width="300"
     alt="Bushwick Roasters' Cold Brew Coffee Kit" title="Bushwick Roasters' Cold Brew Coffee Kit"></p>
  <img class="product-unboxed" src="/media/catalog/product/cache/1/unbox/600x338/9df78e/c/o/cold-brew-unbox.jpg"
     width="300" height="169" alt="Cold Brew Coffee Kit">
 </div>
 <div class="product-shop"><div class="product-name"><h1>Cold Brew Coffee Kit</h1></div>
  <span class="price">$35.00</span><button type="button" class="button btn-cart">Add to Cart</button></div>
</form></div></body></html>"""
    assert _image(html, "https://bushwickroasters.example/kits/cold-brew-coffee-kit") == (
        "https://bushwickroasters.example/media/catalog/product/cache/1/image/600x/9df78e/c/b/cbk-cold-brew-kit_1.jpg"
    )


def test_image_id_beside_h1_leads_zoom_lightbox_slides() -> None:
    html = """<html><head><title>Workbenches | Tops | 72"W Maple Workbench Top</title></head><body>
<section class="details"><div class="details-imgs"><figure class="image-only" id="image-only">
 <img id="image" src="https://images.tools.example/images/pd/40211.jpg" alt='72"W Maple Workbench Top'></figure></div>
 <div class="item-info"><h1 id="item-desc">72"W Maple Workbench Top</h1><p class="item-num">Item #: T9F5521</p>
  <p class="price">$219.95</p><button class="btn-addcart">Add to cart</button></div>
</section>
<section class="zoom-thumb-container"><div class="swiper-container thumb-swiper"><div class="swiper-wrapper">
 <div class="swiper-slide zoom-img" data-zoom="https://images.tools.example/images/1500x1500/552AB_11.jpg">
  <img class="swiper-lazy" data-src="https://images.tools.example/images/100x100/552AB_11.gif" alt='72"W Maple Workbench Top'>
 </div></div></div></section></body></html>"""
    assert _image(html, "https://www.tools.example/p/maple-workbench-top/40211") == (
        "https://images.tools.example/images/pd/40211.jpg"
    )


# 4: French names
def test_french_named_product_picture_leads_sidebar_gif() -> None:
    html = """<html><head><title>Boîte Dragées Papillon - Thème mariage</title></head><body>
<div id="colonne_gauche"><div id="cms_6">
 <a class="catalogue" href="../notre-boutique,fr,8,8.cfm"><img src="../site/medias/cms6-1.jpg" alt="boutique de Dragées"></a>
 <a class="catalogue"><img src="../site/medias/cms6-3.gif" alt="contact Dragées Papillon"></a></div></div>
<div id="contenu"><h1>Boîte Dragées Papillon</h1>
 <div id="galerieImageCouranteZone"><a id="lien_image_produit" href="images_produits/papillon-z.jpg">
  <img src="images_produits/papillon.jpg" id="bordure_image_produit_fiche_produit"
   alt="Boîte en métal d'une contenance de 10 pièces - Thème mariage"></a></div>
 <div class="prix">1.20 &euro;</div><input type="submit" value="Ajouter au panier"></div></body></html>"""
    assert _image(html, "https://www.dragees.example/boutique/boite-papillon,fr,4,17.cfm") == (
        "https://www.dragees.example/boutique/images_produits/papillon.jpg"
    )


# 5: thickbox strip
def _thickbox_page() -> str:
    thumbs = "".join(
        f'<a href="https://img.music.example/full/IS5511-01-0{i}-BIG.jpg" class="thickbox" rel="product-images">'
        f'<img src="https://img.music.example/150/IS5511-01-0{i}.jpg" class="product-image-eq-small" width="95" height="95"></a>'
        for i in range(2, 6)
    )
    return f"""<html><head><title>Ortofon Concorde DJ Cartridge - Music Example</title></head><body>
<div id="content"><h1>Ortofon Concorde DJ Cartridge</h1><div class="price">&pound;64.50</div>
 <p>5 in stock</p><button class="add-to-cart">Add to cart</button></div>
<div id="sidebar"><div id="product-images">
 <a href="https://img.music.example/full/IS5511-01-01-BIG.jpg" class="productimage thickbox" rel="product-images">
  <div class="product-image-eq-large"><img alt="Ortofon - Ortofon Concorde DJ Cartridge"
   src="https://img.music.example/full/IS5511-01-01-BIG.jpg"></div></a>
 {thumbs}</div></div></body></html>"""


def test_small_linked_thumbnails_beside_linked_stage_photo() -> None:
    assert _image(_thickbox_page(), "https://www.music.example/products/concorde/5511-01/") == (
        "https://img.music.example/full/IS5511-01-01-BIG.jpg"
    )


def test_grid_of_equal_small_linked_pictures_keeps_first() -> None:
    """Must-not-fire: a grid gallery, every picture a 95 px thumbnail linking its large file: the first stays first."""
    cells = "".join(
        f'<a href="/full/IS5511-01-0{i}-BIG.jpg" class="thickbox" rel="product-images">'
        f'<img src="/150/IS5511-01-0{i}.jpg" class="product-image-eq-small" width="95" height="95"></a>'
        for i in range(1, 6)
    )
    html = f"""<html><head><title>Ortofon Concorde DJ Cartridge</title></head><body>
<div id="content"><h1>Ortofon Concorde DJ Cartridge</h1><div class="price">&pound;64.50</div>
 <button class="add-to-cart">Add to cart</button></div>
<div id="sidebar"><div id="product-images">{cells}</div></div></body></html>"""
    assert _image(html, "https://www.music.example/products/concorde/5511-01/") in (
        "https://www.music.example/150/IS5511-01-01.jpg",
        "https://www.music.example/full/IS5511-01-01-BIG.jpg",
    )


# 6: a zoom text link
def _publisher_page(extra: str = "") -> str:
    return f"""<html><head><title>Gärten für alle - Verlag Beispiel</title></head><body>
<div class="productShow"><h1 class="pagetitle">Gärten für alle</h1>
 <div class="col-md-4"><div class="product-cover-wrap"><div id="widget" class="readingWidget">
  <script>new ReadingWidget('9783000000001', 'launcher=yes,width=198,height=373');</script></div>
  <p><a class="product-cover-zoom coverLightBox" href="/fileadmin/products/9783000000001.jpg">Cover vergrößern</a><br>
  <a class="product-cover-download" href="/fileadmin/productsfine/9783000000001.jpg">Feindaten herunterladen</a></p>
 </div>{extra}</div>
 <div class="col-md-8"><p class="price">18,95 € inkl. MwSt.</p><p>Lieferzeit: ca. 3 bis 5 Tage</p>
  <form action="/shop/warenkorb.html"><button type="submit">In den Warenkorb</button></form></div>
</div></body></html>"""


def test_zoom_text_link_opens_the_cover() -> None:
    assert _image(_publisher_page(), "https://www.verlag.example/buecher/123-gaerten_fuer_alle.html") == (
        "https://www.verlag.example/fileadmin/products/9783000000001.jpg"
    )


def test_zoom_text_link_does_not_outrank_a_shown_photo() -> None:
    """Must-not-fire: a cover shown as an `<img>` named a product image stays the main image (fallback pictures,
    the zoom link among them, are read only when no `<img>` scores 4)."""
    extra = '<img class="product-image" src="/fileadmin/_processed_/cover-9783000000001-300.jpg" alt="Gärten für alle">'
    assert _image(
        _publisher_page(extra), "https://www.verlag.example/buecher/123-gaerten_fuer_alle.html"
    ) == ("https://www.verlag.example/fileadmin/_processed_/cover-9783000000001-300.jpg")
