"""knockoff: shared contracts (configuration, lake layout, errors) for the crawler, matching, cluster and jobs packages."""

__version__ = "0.1.0"
