"""Run records: run folders, manifests, history across nights, the per-date lock, ``knockoff runs``."""
