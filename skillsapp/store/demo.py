"""Queries behind removing the demo school (services/demo_data.py).

The demo's rows are deleted outright, not tombstoned: the demo is made on this PC and no
package carries it, so there is no older copy to keep out.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_SESSIONS = "SELECT id FROM session WHERE school_id = ?"
_CLASSES = "SELECT id FROM school_class WHERE school_id = ?"
# Child tables first. Each entry: table, and the condition that picks one school's rows given
# the school's id as the only parameter.
_SCHOOL_ROWS = (
    ("quiz_answer", f"session_id IN ({_SESSIONS})"),
    ("quiz_tally", f"session_id IN ({_SESSIONS})"),
    ("attendance", f"session_id IN ({_SESSIONS})"),
    ("session", "school_id = ?"),
    ("pupil", f"class_id IN ({_CLASSES})"),
    ("school_class", "school_id = ?"),
    ("plan_task", "school_id = ?"),
    ("school", "id = ?"),
)
_WHERE = dict(_SCHOOL_ROWS)


def has_school(db: Database) -> bool:
    """Whether the database holds any school row at all (the demo goes only into an empty one)."""
    return bool(db.execute("SELECT count(*) FROM school").fetchone()[0])


def school_id_by_code(db: Database, code: str) -> str | None:
    """The id of a school with this code (the lowest when there are several), or None."""
    row = db.execute("SELECT id FROM school WHERE code = ? ORDER BY id LIMIT 1", [code]).fetchone()
    return str(row[0]) if row else None


def school_name(db: Database, school_id: str) -> str:
    return str(db.execute("SELECT name FROM school WHERE id = ?", [school_id]).fetchone()[0])


def school_counts(db: Database, school_id: str) -> tuple[int, int, int]:
    """(classes, pupils, sessions) of the school, deleted rows included (all of them go)."""
    classes, pupils, sessions = (
        int(db.execute(f"SELECT count(*) FROM {t} WHERE {_WHERE[t]}", [school_id]).fetchone()[0])
        for t in ("school_class", "pupil", "session")
    )
    return classes, pupils, sessions


def delete_school(db: Database, school_id: str) -> set[str]:
    """Delete every row of the school, child tables first; the tables that had rows."""
    touched = set()
    for table, where in _SCHOOL_ROWS:
        if db.execute(f"DELETE FROM {table} WHERE {where}", [school_id]).rowcount:
            touched.add(table)
    return touched


def delete_aggregates(db: Database, school_code: str) -> None:
    """Drop the aggregate packages filed under the school's code."""
    db.execute("DELETE FROM aggregate_report WHERE school_code = ?", [school_code])
