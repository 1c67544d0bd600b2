"""Scrapy spiders: the generic product spider and the declarative (selectors in YAML) one."""
