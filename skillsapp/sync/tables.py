"""What travels: the columns of each travelling table as this database has them.

Read from the schema itself (PRAGMA), so a later migration that adds a column makes it travel
without a second list to keep in step. `sync_epoch` is local bookkeeping and never travels.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.store.schema import TRAVELLING_TABLES

if TYPE_CHECKING:
    from sqlite_utils import Database

SYNC_COLUMNS = ("id", "hlc", "origin", "deleted")
LOCAL_ONLY = ("sync_epoch",)


def travelling_columns(db: Database, table: str) -> list[str]:
    """The columns of `table` that packages carry, in the table's order."""
    if table not in TRAVELLING_TABLES:
        raise ValueError(f"{table} does not travel")
    rows = db.execute(f"PRAGMA table_info({table})").fetchall()
    return [r[1] for r in rows if r[1] not in LOCAL_ONLY]


def foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, parent table) for each reference `table` makes."""
    rows = db.execute(f"PRAGMA foreign_key_list({table})").fetchall()
    return [(r[3], r[2]) for r in rows]


def current_epoch(db: Database) -> int:
    return db.execute("SELECT epoch FROM sync_state WHERE id = 1").fetchone()[0]


def close_epoch(db: Database) -> int:
    """End the current epoch (call inside a transaction); returns the epoch just closed.

    Rows written after this get the next epoch, so an export that reads up to the closed epoch
    and remembers it sends every later change next time.
    """
    epoch = current_epoch(db)
    db.execute("UPDATE sync_state SET epoch = ? WHERE id = 1", [epoch + 1])
    return epoch
