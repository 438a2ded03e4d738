"""Local settings read or removed by group (store/db.py has the one-key get and set)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def settings_with_prefix(db: Database, prefix: str) -> list[tuple[str, str]]:
    """(key, value) of every setting whose key starts with `prefix`."""
    rows = db.execute("SELECT key, value FROM setting WHERE key LIKE ?", [f"{prefix}%"])
    return [(key, value) for key, value in rows.fetchall()]


def delete_settings(db: Database, keys: Iterable[str]) -> None:
    keys = list(keys)
    if keys:
        marks = ", ".join("?" for _ in keys)
        db.execute(f"DELETE FROM setting WHERE key IN ({marks})", keys)
