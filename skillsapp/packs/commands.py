"""Lesson packs: commands (being written)."""
