"""Lesson packs: remove (being written)."""
