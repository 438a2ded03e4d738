"""The rows a new school year copies, archives and can put back (services/school_year.py).

A new school year writes whole rows (`rows.put` needs every NOT NULL column), so these queries
read classes and pupils with every column they own, sync columns left out; `year_change` is the
local record of one new year, what it changed and what it made, for the undo.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

Row = dict[str, object]

CLASS_COLUMNS = (
    "id, school_id, school_year, grade, name, homeroom_teacher, archived, year_closed, site_id, "
    "mixed_grades"
)
PUPIL_COLUMNS = (
    "id, class_id, code, full_name, gender, birth_year, active, birth_date, previous_id, "
    "joined_on, left_on, left_reason, grade"
)
_CHUNK = 500  # ids per query, well under SQLite's limit on parameters


def live_classes(db: Database, school_year: str) -> list[Row]:
    """Every class of the year not archived and not deleted, by grade and name."""
    rows = named_rows(
        db,
        f"SELECT {CLASS_COLUMNS} FROM school_class WHERE school_year = ? AND deleted = 0 "
        "AND archived = 0 ORDER BY grade, name",
        [school_year],
    )
    return [dict(r) for r in rows]


def _by_ids(db: Database, table: str, columns: str, ids: Sequence[str]) -> list[Row]:
    found: list[Row] = []
    for first in range(0, len(ids), _CHUNK):
        chunk = list(ids[first : first + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT {columns} FROM {table} WHERE id IN ({marks}) ORDER BY id"
        found.extend(dict(r) for r in named_rows(db, sql, chunk))
    return found


def class_rows(db: Database, ids: Sequence[str]) -> list[Row]:
    """Whole class rows (deleted or not) by id."""
    return _by_ids(db, "school_class", CLASS_COLUMNS, ids)


def pupil_rows(db: Database, ids: Sequence[str]) -> list[Row]:
    """Whole pupil rows (deleted or not) by id."""
    return _by_ids(db, "pupil", PUPIL_COLUMNS, ids)


def pupils_of_classes(db: Database, class_ids: Sequence[str]) -> list[Row]:
    """Whole rows of the pupils (not deleted) of these classes."""
    found: list[Row] = []
    for first in range(0, len(class_ids), _CHUNK):
        chunk = list(class_ids[first : first + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = (
            f"SELECT {PUPIL_COLUMNS} FROM pupil WHERE class_id IN ({marks}) AND deleted = 0 "
            "ORDER BY class_id, id"
        )
        found.extend(dict(r) for r in named_rows(db, sql, chunk))
    return found


def sessions_of_classes(db: Database, class_ids: Sequence[str]) -> int:
    """How many sessions (not deleted) these classes have."""
    total = 0
    for first in range(0, len(class_ids), _CHUNK):
        chunk = list(class_ids[first : first + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        sql = f"SELECT count(*) FROM session WHERE class_id IN ({marks}) AND deleted = 0"
        total += int(db.execute(sql, chunk).fetchone()[0])
    return total


def record_change(
    db: Database, from_year: str, to_year: str, before: dict[str, object], made: dict[str, object]
) -> int:
    """Keep what a new school year changed (`before`: the rows as they were) and made."""
    cursor = db.execute(
        "INSERT INTO year_change (from_year, to_year, made_at, before, made) "
        "VALUES (?, ?, ?, ?, ?)",
        [
            from_year,
            to_year,
            datetime.now().isoformat(timespec="seconds"),
            json.dumps(before, ensure_ascii=False, sort_keys=True),
            json.dumps(made, ensure_ascii=False, sort_keys=True),
        ],
    )
    return int(cursor.lastrowid or 0)


def last_change(db: Database) -> dict[str, object] | None:
    """The latest new school year not undone, with `before` and `made` read back."""
    row = named_row(
        db,
        "SELECT id, from_year, to_year, made_at, before, made FROM year_change "
        "WHERE undone = 0 ORDER BY id DESC LIMIT 1",
    )
    if row is None:
        return None
    found = dict(row)
    found["before"] = json.loads(str(row["before"]))
    found["made"] = json.loads(str(row["made"]))
    return found


def mark_undone(db: Database, change_id: int) -> None:
    db.execute("UPDATE year_change SET undone = 1 WHERE id = ?", [change_id])
