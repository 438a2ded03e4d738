"""Pupils: the queries behind the roster."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.domain.names import sort_key
from skillsapp.domain.records import Pupil

if TYPE_CHECKING:
    from sqlite_utils import Database

_SELECT = "SELECT id, class_id, full_name, code, gender, birth_year, active FROM pupil"


def _pupil(row: tuple) -> Pupil:
    return Pupil(
        id=row[0],
        class_id=row[1],
        full_name=row[2],
        code=row[3],
        gender=row[4],
        birth_year=row[5],
        active=bool(row[6]),
    )


def pupils_of_class(db: Database, class_id: str, *, include_inactive: bool = True) -> list[Pupil]:
    """The class list in Vietnamese order (given name, middle, family)."""
    sql = f"{_SELECT} WHERE class_id = ? AND deleted = 0"
    if not include_inactive:
        sql += " AND active = 1"
    found = [_pupil(r) for r in db.execute(sql, [class_id]).fetchall()]
    return sorted(found, key=lambda p: sort_key(p.full_name))


def pupil(db: Database, pupil_id: str) -> Pupil | None:
    row = db.execute(f"{_SELECT} WHERE id = ? AND deleted = 0", [pupil_id]).fetchone()
    return _pupil(row) if row else None
