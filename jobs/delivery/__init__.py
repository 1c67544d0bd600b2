"""Delivery to brands: per-brand CSV, Parquet and HTML reports, thumbnails, evidence formatting."""
