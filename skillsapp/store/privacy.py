"""Queries behind deleting one pupil's data (services/privacy.py): finding their rows, dropping
the losing versions sync kept of them, and flushing the write-ahead log that still holds copies."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def pupil_row_ids(db: Database, table: str, pupil_id: str) -> list[str]:
    """Ids of the live rows of `table` (attendance, quiz_answer) that belong to the pupil."""
    rows = db.execute(
        f"SELECT id FROM {table} WHERE pupil_id = ? AND deleted = 0", [pupil_id]
    ).fetchall()
    return [r[0] for r in rows]


def forget_conflicts(db: Database, rows: Mapping[str, Sequence[str]]) -> None:
    """Drop the losing versions sync merges kept of these rows (table -> ids)."""
    for table, ids in rows.items():
        db.conn.executemany(
            "DELETE FROM conflict WHERE table_name = ? AND row_id = ?", [(table, i) for i in ids]
        )


def checkpoint(db: Database) -> None:
    """Move the write-ahead log into the main file and empty it (the -wal holds old copies)."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
