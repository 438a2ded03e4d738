"""The school's programme checklist as saved: one travelling `plan_task` row per task and year."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database


def saved_tasks(db: Database, school_id: str, school_year: str) -> dict[str, tuple[str, str]]:
    """Task code -> (status, note) of the tasks the school has recorded for the year."""
    rows = db.execute(
        "SELECT code, status, note FROM plan_task WHERE deleted = 0 AND school_id = ? "
        "AND period = ?",
        [school_id, school_year],
    ).fetchall()
    return {code: (status, note) for code, status, note in rows}
