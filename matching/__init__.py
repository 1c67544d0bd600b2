"""matching: plain batch functions that turn images and listings into evidence and scores (no Dask, no Scrapy)."""
