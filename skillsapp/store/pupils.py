"""Pupils: the queries behind the roster."""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

from skillsapp.domain.names import sort_key
from skillsapp.domain.records import Pupil
from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

_SELECT = (
    "SELECT id, class_id, full_name, code, gender, birth_year, active, grade, joined_on, "
    "left_on, left_reason, previous_id FROM pupil"
)


def _pupil(row: sqlite3.Row) -> Pupil:
    return Pupil(
        id=row["id"],
        class_id=row["class_id"],
        full_name=row["full_name"],
        code=row["code"],
        gender=row["gender"],
        birth_year=row["birth_year"],
        active=bool(row["active"]),
        grade=row["grade"],
        joined_on=row["joined_on"],
        left_on=row["left_on"],
        left_reason=row["left_reason"],
        previous_id=row["previous_id"],
    )


def pupils_of_class(db: Database, class_id: str, *, include_inactive: bool = True) -> list[Pupil]:
    """The class list in Vietnamese order (given name, middle, family)."""
    sql = f"{_SELECT} WHERE class_id = ? AND deleted = 0"
    if not include_inactive:
        sql += " AND active = 1"
    found = [_pupil(r) for r in named_rows(db, sql, [class_id])]
    return sorted(found, key=lambda p: sort_key(p.full_name))


def pupil_ids_of_class(db: Database, class_id: str) -> set[str]:
    """The ids of a class's pupils, for checks that need no names (and no sorting)."""
    rows = db.execute("SELECT id FROM pupil WHERE class_id = ? AND deleted = 0", [class_id])
    return {str(row[0]) for row in rows}


def pupil(db: Database, pupil_id: str) -> Pupil | None:
    row = named_row(db, f"{_SELECT} WHERE id = ? AND deleted = 0", [pupil_id])
    return _pupil(row) if row else None


def names_and_codes(db: Database) -> list[tuple[str, str]]:
    """(full name, code) of every pupil not deleted: the private texts no aggregate may hold."""
    rows = named_rows(db, "SELECT full_name, code FROM pupil WHERE deleted = 0")
    return [(r["full_name"], r["code"]) for r in rows]
