"""SQLite storage: opening and migrating the file, the clock that orders edits, one module per
aggregate. Services are the only callers; the UI never reaches in here."""

from skillsapp.store.db import Store, open_store

__all__ = ["Store", "open_store"]
