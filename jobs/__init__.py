"""Command line, nightly orchestration, run manifests and delivery."""
