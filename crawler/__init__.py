"""crawler: Scrapy project that turns marketplaces into the lake's listings and images tables."""
