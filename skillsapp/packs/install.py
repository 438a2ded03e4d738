"""Lesson packs: install (being written)."""
