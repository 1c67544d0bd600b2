"""The embedded demo marketplace: a generated shop with planted infringements, served on loopback.

`generate_shop` writes it (deterministic from a seed), `serve_shop` serves it with aiohttp,
`python -m knockoff.crawler.demoshop --out DIR` does both from the command line.
"""

from knockoff.crawler.demoshop.generate import ShopSpec, generate_shop
from knockoff.crawler.demoshop.server import make_app, run_app_in_thread, serve_shop

__all__ = ["ShopSpec", "generate_shop", "make_app", "run_app_in_thread", "serve_shop"]
