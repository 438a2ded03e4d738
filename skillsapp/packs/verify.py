"""Lesson packs: verify (being written)."""
