"""Kỹ năng số: the digital skills kit for Vietnamese schools, offline."""

__version__ = "0.1.0"
