"""TTĐN Desktop: records and reports of a province's foreign information work."""

__version__ = "0.1.0"
