"""Which lessons classes have had: the one query behind every "delivered" count (the class
screens' plan progress and the reports' plan figures, see services/coverage.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

_CHUNK = 500  # class ids per query, well under SQLite's limit on parameters


def lessons_held(
    db: Database, class_ids: Sequence[str], end: date | None = None
) -> dict[str, dict[str, date]]:
    """Class id -> lesson id -> the last day the class had a lesson session of it, counting
    sessions on or before `end` only (all of them when None). A class with none is absent."""
    held: dict[str, dict[str, date]] = {}
    for first in range(0, len(class_ids), _CHUNK):
        chunk = list(class_ids[first : first + _CHUNK])
        marks = ", ".join("?" for _ in chunk)
        until = "" if end is None else "AND held_on <= ? "
        rows = db.execute(
            "SELECT class_id, lesson_id, max(held_on) FROM session "
            f"WHERE class_id IN ({marks}) AND deleted = 0 AND kind = 'lesson' AND lesson_id != '' "
            f"{until}GROUP BY class_id, lesson_id",
            chunk if end is None else [*chunk, end.isoformat()],
        ).fetchall()
        for class_id, lesson_id, day in rows:
            held.setdefault(class_id, {})[lesson_id] = date.fromisoformat(day)
    return held


def lesson_days(db: Database, class_id: str) -> list[tuple[str, date]]:
    """(lesson id, day) of every lesson session of a class, oldest first."""
    rows = db.execute(
        "SELECT lesson_id, held_on FROM session WHERE class_id = ? AND deleted = 0 "
        "AND kind = 'lesson' AND lesson_id != '' ORDER BY held_on",
        [class_id],
    ).fetchall()
    return [(str(lesson), date.fromisoformat(day)) for lesson, day in rows]


def lessons_attended(db: Database, pupil_id: str) -> set[str]:
    """The lessons a pupil (this one row: one stay in one class) was present or late at."""
    rows = db.execute(
        "SELECT DISTINCT s.lesson_id FROM attendance a JOIN session s ON s.id = a.session_id "
        "WHERE a.pupil_id = ? AND a.deleted = 0 AND s.deleted = 0 AND s.kind = 'lesson' "
        "AND a.status IN ('present', 'late')",
        [pupil_id],
    ).fetchall()
    return {str(row[0]) for row in rows}
