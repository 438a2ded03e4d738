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
