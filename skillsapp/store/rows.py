"""Reading rows by column name, and writing travelling rows stamped for the merge rule.

Every query that maps a row onto a record reads it through `named_rows` / `named_row`, by
column name: a builder that says row["full_name"] stays right when a SELECT list changes,
where row[7] against a column list kept elsewhere silently reads the wrong column.

A write that changes nothing is skipped, so saving an unchanged session does not create sync
traffic or false conflicts. Deletes are tombstones: the row stays with `deleted = 1`, so an
older copy arriving later in a package cannot bring it back.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.store.db import Store

Params = Sequence[object] | dict[str, object]
_SYNC = ("hlc", "origin", "deleted")


def named_rows(db: Database, sql: str, params: Params = ()) -> list[sqlite3.Row]:
    """The rows of a query, each readable by column name (`row["code"]`) and as a mapping."""
    cursor = db.execute(sql, params)
    cursor.row_factory = sqlite3.Row  # applies to the fetches below
    return cursor.fetchall()


def named_row(db: Database, sql: str, params: Params = ()) -> sqlite3.Row | None:
    """The first row of a query by column name, or None."""
    cursor = db.execute(sql, params)
    cursor.row_factory = sqlite3.Row
    row: sqlite3.Row | None = cursor.fetchone()
    return row


def put(store: Store, table: str, row: Mapping[str, object]) -> bool:
    """Insert or update `row` (which has an `id`); returns whether anything was written."""
    columns = [c for c in row if c not in _SYNC]
    existing = named_row(
        store.db, f"SELECT {', '.join(columns)}, deleted FROM {table} WHERE id = ?", [row["id"]]
    )
    if (
        existing is not None
        and not existing["deleted"]
        and all(existing[c] == row[c] for c in columns)
    ):
        return False
    values = {**{c: row[c] for c in columns}, **store.stamp()}
    names = list(values)
    updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
    store.db.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}",
        list(values.values()),
    )
    return True


def tombstone(
    store: Store, table: str, ids: Iterable[str], *, wipe: Mapping[str, object] | None = None
) -> int:
    """Mark rows deleted (stamped); `wipe` overwrites columns that must not survive (privacy)."""
    wipe = wipe or {}
    sets = ", ".join([*(f"{c} = ?" for c in wipe), "hlc = ?", "origin = ?", "deleted = 1"])
    count = 0
    for row_id in ids:
        stamp = store.stamp()
        cursor = store.db.execute(
            f"UPDATE {table} SET {sets} WHERE id = ? AND deleted = 0",
            [*wipe.values(), stamp["hlc"], stamp["origin"], row_id],
        )
        count += cursor.rowcount
    return count


def replace_children(
    store: Store, table: str, parent_column: str, parent_id: str, rows: list[dict[str, object]]
) -> int:
    """Make the live children of a parent exactly `rows`: write what changed, tombstone the rest.

    One read and two batched writes, however many rows: saving a session of 45 pupils with 10
    quiz items stays well inside a frame.
    """
    columns = [c for c in rows[0] if c not in _SYNC] if rows else ["id"]
    existing = {
        r["id"]: r
        for r in named_rows(
            store.db,
            f"SELECT {', '.join(columns)}, deleted FROM {table} WHERE {parent_column} = ?",
            [parent_id],
        )
    }
    changed = []
    for row in rows:
        old = existing.get(row["id"])
        if old is None or old["deleted"] or any(old[c] != row[c] for c in columns):
            changed.append(row)
    if changed:
        names = [*columns, *_SYNC]
        updates = ", ".join(f"{n} = excluded.{n}" for n in names if n != "id")
        store.db.conn.executemany(
            f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            f"ON CONFLICT(id) DO UPDATE SET {updates}",
            [[*(r[c] for c in columns), *store.stamp().values()] for r in changed],
        )
    wanted = {r["id"] for r in rows}
    gone = [i for i, old in existing.items() if not old["deleted"] and i not in wanted]
    return len(changed) + tombstone(store, table, gone)
