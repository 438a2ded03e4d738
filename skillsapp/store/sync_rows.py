"""The change rows a package carries: the travelling tables' columns, the epochs that mark
what changed since a package, and the rows themselves.

Columns and references are read from the schema itself (PRAGMA), so a later migration that adds
a column makes it travel without a second list to keep in step. skillsapp/sync/tables.py says
which of them travel; skillsapp/sync/export.py packs the rows.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

_IN_SCOPE = "class_id IN (SELECT value FROM json_each(:scope))"
_SCOPED_SESSIONS = f"SELECT id FROM session WHERE class_id IS NULL OR {_IN_SCOPE}"
SCOPE_FILTERS = {
    "school_class": "id IN (SELECT value FROM json_each(:scope))",
    "pupil": _IN_SCOPE,
    "session": f"(class_id IS NULL OR {_IN_SCOPE})",
    "attendance": f"session_id IN ({_SCOPED_SESSIONS})",
    "quiz_answer": f"session_id IN ({_SCOPED_SESSIONS})",
    "quiz_tally": f"session_id IN ({_SCOPED_SESSIONS})",
}


def table_columns(db: Database, table: str) -> list[str]:
    """All columns of `table`, in the table's order (the caller checks the name)."""
    return [r["name"] for r in named_rows(db, f"PRAGMA table_info({table})")]


def foreign_keys(db: Database, table: str) -> list[tuple[str, str]]:
    """(column, parent table) for each reference `table` makes."""
    rows = named_rows(db, f"PRAGMA foreign_key_list({table})")
    return [(r["from"], r["table"]) for r in rows]


def current_epoch(db: Database) -> int:
    """The epoch rows written now get (sync_state has its one row from migration m004 on)."""
    epoch: int = named_rows(db, "SELECT epoch FROM sync_state WHERE id = 1")[0]["epoch"]
    return epoch


def close_epoch(db: Database) -> int:
    """End the current epoch (call inside a transaction); returns the epoch just closed.

    Rows written after this get the next epoch, so an export that reads up to the closed epoch
    and remembers it sends every later change next time.
    """
    epoch = current_epoch(db)
    db.execute("UPDATE sync_state SET epoch = ? WHERE id = 1", [epoch + 1])
    return epoch


def changed_rows(
    db: Database,
    table: str,
    columns: Sequence[str],
    *,
    upto: int,
    since: int | None = None,
    skip_origin: str | None = None,
    scope: Sequence[str] = (),
) -> list[list[object]]:
    """The rows of `table` to send, as lists in `columns` order (the package's own format).

    Changed in (since, upto] epochs (all up to `upto` without `since`), not last written by
    `skip_origin`, and with `scope` only the pupil data of those classes (school-wide rows
    always go).
    """
    where = ["sync_epoch <= :upto"]
    if since is not None:
        where.append("sync_epoch > :since")
    if skip_origin:
        where.append("origin != :skip")
    if scope and table in SCOPE_FILTERS:
        where.append(SCOPE_FILTERS[table])
    params = {"upto": upto, "since": since, "skip": skip_origin, "scope": json.dumps(scope)}
    sql = f"SELECT {', '.join(columns)} FROM {table} WHERE {' AND '.join(where)}"
    return [list(r) for r in db.execute(sql, params).fetchall()]
