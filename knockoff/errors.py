"""Errors that the command line turns into a one-line message and a non-zero exit code."""


class KnockoffError(Exception):
    """A user-facing error: bad input or configuration. Its message is one line, shown as is."""

    exit_code = 2


class ConfigError(KnockoffError):
    """A configuration file (knockoff.yaml, brands.yaml, sites.yaml) is missing or malformed."""


class LakeError(KnockoffError):
    """The lake cannot be read or written."""


class CrawlError(KnockoffError):
    """A crawl could not start or failed as a whole (for example no start URL is reachable)."""
