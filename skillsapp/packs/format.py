"""Lesson packs: format (being written)."""
