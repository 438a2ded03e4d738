"""Qt item models over service records (no SQL: they read from services)."""
