"""Lesson packs: build (being written)."""
