"""What travels: the columns of each travelling table as this database has them.

Read from the schema itself (skillsapp/store/sync_rows.py), so a later migration that adds a
column makes it travel without a second list to keep in step. `sync_epoch` is local bookkeeping
and never travels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.store import sync_rows
from skillsapp.store.schema import TRAVELLING_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

SYNC_COLUMNS = ("id", "hlc", "origin", "deleted")
LOCAL_ONLY = ("sync_epoch",)


def travelling_columns(db: Database, table: str) -> list[str]:
    """The columns of `table` that packages carry, in the table's order."""
    if table not in TRAVELLING_TABLES:
        raise ValueError(f"{table} does not travel")
    return [c for c in sync_rows.table_columns(db, table) if c not in LOCAL_ONLY]


def foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, parent table) for each reference `table` makes."""
    return sync_rows.foreign_keys(db, table)
