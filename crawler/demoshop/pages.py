"""HTML for the demo shop, rendered from shop.json with every text escaped.

Listing pages carry their product data in one of three ways (as real marketplaces do):
schema.org Product JSON-LD (most), schema.org microdata, or only OpenGraph product tags.
"""

from __future__ import annotations

import json
from html import escape

PAGE_SIZE = 24


def _page(title: str, body: str, head: str = "") -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        f"<title>{escape(title)} | Demo Market</title>{head}</head>\n<body>\n"
        '<header><a href="/">Demo Market</a> <a href="/account">Account</a> <a href="/cart">Cart</a></header>\n'
        f"{body}\n<footer>Demo Market is a generated test marketplace.</footer>\n</body></html>\n"
    )


def _card(x: dict) -> str:
    img = x["images"][0] if x["images"] else ""
    return (
        f'<li class="card"><a class="product" href="{escape(x["path"])}">'
        f'<img src="{escape(img)}" width="160" alt="">{escape(x["title"])}</a> '
        f'<span class="price">{x["price"]:.2f} {escape(x["currency"])}</span></li>'
    )


def home(shop: dict, categories: list[str]) -> str:
    cats = "".join(f'<li><a href="/c/{escape(c)}/">{escape(c.title())}</a></li>' for c in categories)
    latest = "".join(_card(x) for x in shop["listings"][-12:])
    body = (
        f'<h1>Demo Market</h1><nav><ul class="categories">{cats}</ul></nav><h2>New in</h2><ul>{latest}</ul>'
    )
    return _page("Home", body)


def category(name: str, items: list[dict], page: int) -> str:
    n_pages = max(1, -(-len(items) // PAGE_SIZE))
    chunk = items[(page - 1) * PAGE_SIZE : page * PAGE_SIZE]
    cards = "".join(_card(x) for x in chunk)
    nav, head = [], ""
    if page > 1:
        prev = f"/c/{escape(name)}/" if page == 2 else f"/c/{escape(name)}/?page={page - 1}"
        nav.append(f'<a rel="prev" href="{prev}">Previous</a>')
        head += f'<link rel="prev" href="{prev}">'
    if page < n_pages:
        nxt = f"/c/{escape(name)}/?page={page + 1}"
        nav.append(f'<a rel="next" class="next" href="{nxt}">Next</a>')
        head += f'<link rel="next" href="{nxt}">'
    body = (
        f"<h1>{escape(name.title())}</h1><p>Page {page} of {n_pages}</p>"
        f'<ul class="listings">{cards}</ul><nav class="pagination">{" ".join(nav)}</nav>'
    )
    return _page(f"{name.title()} - page {page}", body, head)


def seller(slug: str, name: str, items: list[dict]) -> str:
    cards = "".join(_card(x) for x in items)
    body = f'<h1 class="seller-name">{escape(name)}</h1><p>{len(items)} listings</p><ul>{cards}</ul>'
    return _page(f"Seller {name}", body)


def _availability(x: dict) -> str:
    return f"https://schema.org/{x['availability']}"


def _jsonld(x: dict, base: str) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Product",
        "name": x["title"],
        "description": x["description"],
        "sku": x["sku"],
        "image": [base + p for p in x["images"]],
        "offers": {
            "@type": "Offer",
            "url": base + x["path"],
            "price": f"{x['price']:.2f}",
            "priceCurrency": x["currency"],
            "availability": _availability(x),
            "seller": {
                "@type": "Organization",
                "name": x["seller_name"],
                "url": f"{base}/seller/{x['seller']}",
            },
        },
    }
    if x["brand"]:
        data["brand"] = {"@type": "Brand", "name": x["brand"]}
    # "</" must not end the script element early
    blob = json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")
    return f'<script type="application/ld+json">\n{blob}\n</script>'


def _gallery(x: dict, itemprop: bool = False) -> str:
    attr = ' itemprop="image"' if itemprop else ""
    return "".join(f'<img{attr} src="{escape(p)}" alt="{escape(x["title"])}">' for p in x["images"])


def _seller_block(x: dict) -> str:
    return (
        f'<p class="seller">Sold by <a href="/seller/{escape(x["seller"])}">{escape(x["seller_name"])}</a></p>'
        f'<a class="add" href="/cart?add={escape(x["id"])}" rel="nofollow">Add to cart</a>'
    )


def listing(x: dict, base: str) -> str:
    """A listing page in the listing's own format (jsonld, microdata or opengraph)."""
    fmt = x["format"]
    price = f"{x['price']:.2f}"
    if fmt == "microdata":
        brand = (
            f'<p itemprop="brand" itemscope itemtype="https://schema.org/Brand">Brand: '
            f'<span itemprop="name">{escape(x["brand"])}</span></p>'
            if x["brand"]
            else ""
        )
        body = (
            '<div itemscope itemtype="https://schema.org/Product">'
            f'<h1 itemprop="name">{escape(x["title"])}</h1>{_gallery(x, itemprop=True)}{brand}'
            f'<p itemprop="description">{escape(x["description"])}</p>'
            f'<p>SKU <span itemprop="sku">{escape(x["sku"])}</span></p>'
            '<div itemprop="offers" itemscope itemtype="https://schema.org/Offer">'
            f'<span itemprop="price" content="{price}">{price}</span> '
            f'<span itemprop="priceCurrency" content="{escape(x["currency"])}">{escape(x["currency"])}</span>'
            f'<link itemprop="availability" href="{_availability(x)}">'
            '<div itemprop="seller" itemscope itemtype="https://schema.org/Organization">'
            f'Sold by <a itemprop="url" href="/seller/{escape(x["seller"])}">'
            f'<span itemprop="name">{escape(x["seller_name"])}</span></a></div>'
            "</div></div>"
        )
        return _page(x["title"], body)
    if fmt == "opengraph":
        metas = [
            ("og:type", "product"),
            ("og:title", x["title"]),
            ("og:description", x["description"]),
            ("og:url", base + x["path"]),
            *[("og:image", base + p) for p in x["images"]],
            ("product:price:amount", price),
            ("product:price:currency", x["currency"]),
            ("product:availability", "in stock" if x["availability"] == "InStock" else "out of stock"),
            ("product:retailer_item_id", x["sku"]),
        ]
        if x["brand"]:
            metas.append(("product:brand", x["brand"]))
        head = "".join(f'<meta property="{k}" content="{escape(v)}">' for k, v in metas)
        body = (
            f"<h1>{escape(x['title'])}</h1>{_gallery(x)}<p>{escape(x['description'])}</p>"
            f'<p class="price">{price} {escape(x["currency"])}</p>{_seller_block(x)}'
        )
        return _page(x["title"], body, head)
    body = (
        f'<h1>{escape(x["title"])}</h1>{_gallery(x)}<p class="description">{escape(x["description"])}</p>'
        f'<p class="price">{price} {escape(x["currency"])}</p>{_seller_block(x)}'
    )
    return _page(x["title"], body, _jsonld(x, base))


def robots(base: str) -> str:
    return f"User-agent: *\nDisallow: /cart\nDisallow: /account\n\nSitemap: {base}/sitemap.xml\n"


def sitemap(shop: dict, categories: list[str], base: str) -> str:
    urls = (
        [f"{base}/"] + [f"{base}/c/{c}/" for c in categories] + [base + x["path"] for x in shop["listings"]]
    )
    body = "".join(f"<url><loc>{escape(u)}</loc></url>\n" for u in urls)
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'
    )
