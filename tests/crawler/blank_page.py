"""A small product page whose id and class names say nothing (styled-components-like `sc-*`), the
frame of the name-free kinds (test_name_free.py) and of the rule-breadth cases (test_rule_breadth.py)."""

from __future__ import annotations

URL = "https://shop.example/p/1"
NAME = "Trail Runner 2 Shoe"
H1 = f"<h1 class='sc-a1'>{NAME}</h1>"
PHOTO = "/media/trail-runner-2_1000x1000.jpg"
IMG = f"<div class='sc-g7'><img class='sc-i8' src='{PHOTO}' alt='{NAME}'></div>"
BUY = "<button class='sc-b9'>Add to cart</button>"


def page(body: str, title: str = f"{NAME} | Shop Example", lang: str = "en") -> str:
    """A product page of shop.example whose classes name nothing: header, `body`, footer."""
    return (
        f"<html lang='{lang}'><head><title>{title}</title></head><body><header class='sc-h0'><a href='/'>Shop</a>"
        f"</header><main class='sc-m1'>{body}</main><footer class='sc-f2'>Shop Example</footer></body></html>"
    )


def block(*parts: str) -> str:
    """One small block of spans, each part in its own span."""
    return (
        "<div class='sc-p3'>"
        + "".join(f"<span class='sc-x{i}'>{p}</span>" for i, p in enumerate(parts))
        + "</div>"
    )
