"""The night's stages: crawl, match, rank, deliver, in order (``nightly``), and the demo night."""
