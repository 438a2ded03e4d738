"""Applying a package's rows: the local versions of incoming ids, the batched writes of the
winning versions, the kept losing versions (`conflict`), and the parent check.

The merge rule itself (which version wins, what is a conflict) is skillsapp/sync/merge.py; each
function here is one set-based statement, so a package of thousands of rows costs a handful of
queries per table, all inside the import's one transaction.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

from skillsapp.store.rows import named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database


class KeptLoser(NamedTuple):
    """A losing version kept for review, in the `conflict` table's column order."""

    table_name: str
    row_id: str
    loser: str  # the losing row as JSON
    winner_hlc: str
    package_id: str
    recorded_at: str


def local_versions(
    db: Database, table: str, columns: Sequence[str], ids: list[str]
) -> dict[str, sqlite3.Row]:
    """id -> the local row (its `columns`, by name) for each of `ids` found here: one query."""
    wanted = ", ".join(f't."{c}"' for c in columns)
    sql = f"SELECT {wanted} FROM json_each(?) AS j CROSS JOIN {table} AS t ON t.id = j.value"
    return {row["id"]: row for row in named_rows(db, sql, [json.dumps(ids)])}


def insert_rows(
    db: Database, table: str, columns: Sequence[str], rows: list[list[object]], epoch: int
) -> None:
    """Add rows (lists in `columns` order), marked as changed in `epoch`."""
    if not rows:
        return
    names = ", ".join(f'"{c}"' for c in (*columns, "sync_epoch"))
    marks = ", ".join("?" for _ in range(len(columns) + 1))
    db.conn.executemany(
        f"INSERT INTO {table} ({names}) VALUES ({marks})", [(*row, epoch) for row in rows]
    )


def update_rows(
    db: Database, table: str, columns: Sequence[str], rows: list[list[object]], epoch: int
) -> None:
    """Overwrite rows by id with these versions (lists in `columns` order), changed in `epoch`."""
    if not rows:
        return
    i_id = list(columns).index("id")
    others = [i for i, c in enumerate(columns) if c != "id"]
    sets = ", ".join(f'"{columns[i]}" = ?' for i in others)
    db.conn.executemany(
        f"UPDATE {table} SET {sets}, sync_epoch = ? WHERE id = ?",
        [(*(row[i] for i in others), epoch, row[i_id]) for row in rows],
    )


def keep_losers(db: Database, losers: list[KeptLoser]) -> None:
    """Store each losing version once (the same loser seen again is not a new conflict)."""
    if losers:
        db.conn.executemany(
            "INSERT OR IGNORE INTO conflict "
            "(table_name, row_id, loser, winner_hlc, package_id, recorded_at) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            losers,
        )


def forget_losers(db: Database, table: str, row_ids: list[str]) -> None:
    """Drop the kept losing versions of these rows (they have just been deleted)."""
    if row_ids:
        db.execute(
            "DELETE FROM conflict WHERE table_name = ? "
            "AND row_id IN (SELECT value FROM json_each(?))",
            [table, json.dumps(row_ids)],
        )


def count_missing(db: Database, table: str, ids: list[str]) -> int:
    """How many of `ids` name no row of `table`."""
    rows = named_rows(
        db,
        f"SELECT count(*) AS missing FROM json_each(?) AS j "
        f"WHERE NOT EXISTS (SELECT 1 FROM {table} AS p WHERE p.id = j.value)",
        [json.dumps(ids)],
    )
    missing: int = rows[0]["missing"]
    return missing
