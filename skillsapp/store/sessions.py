"""Sessions and what was recorded in them: attendance, quiz answers, whole-class tallies."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from skillsapp.domain.records import Answer, Session, SessionSummary, Tally
from skillsapp.store.rows import named_row, named_rows

if TYPE_CHECKING:
    from sqlite_utils import Database

_SESSION_COLUMNS = (
    "id, school_id, class_id, kind, lesson_id, lesson_version, held_on, minutes, teacher, "
    "participants, notes, quiz_mode, quiz_shuffled"
)


def session(db: Database, session_id: str) -> Session | None:
    row = named_row(
        db, f"SELECT {_SESSION_COLUMNS} FROM session WHERE id = ? AND deleted = 0", [session_id]
    )
    if row is None:
        return None
    attendance = {
        r["pupil_id"]: r["status"]
        for r in named_rows(
            db,
            "SELECT pupil_id, status FROM attendance WHERE session_id = ? AND deleted = 0",
            [session_id],
        )
    }
    answers = tuple(
        Answer(pupil_id=r["pupil_id"], item_id=r["item_id"], answer=r["answer"])
        for r in named_rows(
            db,
            "SELECT pupil_id, item_id, answer FROM quiz_answer "
            "WHERE session_id = ? AND deleted = 0 ORDER BY item_id, pupil_id",
            [session_id],
        )
    )
    tallies = tuple(
        Tally(item_id=r["item_id"], option=r["option"], count=r["count"])
        for r in named_rows(
            db,
            "SELECT item_id, option, count FROM quiz_tally "
            "WHERE session_id = ? AND deleted = 0 ORDER BY item_id, option",
            [session_id],
        )
    )
    return Session(
        id=row["id"],
        school_id=row["school_id"],
        class_id=row["class_id"],
        kind=row["kind"],
        lesson_id=row["lesson_id"],
        lesson_version=row["lesson_version"],
        held_on=date.fromisoformat(row["held_on"]),
        minutes=row["minutes"],
        teacher=row["teacher"],
        participants=row["participants"],
        notes=row["notes"],
        quiz_mode=row["quiz_mode"],
        quiz_shuffled=bool(row["quiz_shuffled"]),
        attendance=attendance,
        answers=answers,
        tallies=tallies,
    )


def summaries(
    db: Database,
    *,
    class_id: str | None = None,
    start: date | None = None,
    end: date | None = None,
    school_year: str | None = None,
) -> list[SessionSummary]:
    """Sessions newest first, with present/pupil counts, filtered by class, dates or year."""
    where = ["s.deleted = 0"]
    params: list[object] = []
    if class_id:
        where.append("s.class_id = ?")
        params.append(class_id)
    if start:
        where.append("s.held_on >= ?")
        params.append(start.isoformat())
    if end:
        where.append("s.held_on <= ?")
        params.append(end.isoformat())
    if school_year:
        where.append("(c.school_year = ? OR s.class_id IS NULL)")
        params.append(school_year)
    rows = named_rows(
        db,
        f"""
        SELECT s.id, s.kind, s.held_on, s.class_id, coalesce(c.name, '') AS class_name,
               s.lesson_id, s.lesson_version,
               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted = 0
                   AND a.status IN ('present', 'late')) AS present,
               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted = 0)
                   AS pupils,
               s.participants, s.quiz_mode
          FROM session s LEFT JOIN school_class c ON c.id = s.class_id
         WHERE {" AND ".join(where)}
         ORDER BY s.held_on DESC, c.name
        """,
        params,
    )
    return [
        SessionSummary(
            id=r["id"],
            kind=r["kind"],
            held_on=date.fromisoformat(r["held_on"]),
            class_id=r["class_id"],
            class_name=r["class_name"],
            lesson_id=r["lesson_id"],
            present=r["present"],
            pupils=r["pupils"],
            participants=r["participants"],
            quiz_mode=r["quiz_mode"],
            lesson_version=r["lesson_version"],
        )
        for r in rows
    ]


def lessons_held(db: Database, class_id: str) -> dict[str, date]:
    """Lesson id -> the last date the class had it."""
    rows = named_rows(
        db,
        "SELECT lesson_id, max(held_on) AS last_held FROM session "
        "WHERE class_id = ? AND deleted = 0 AND kind = 'lesson' AND lesson_id != '' "
        "GROUP BY lesson_id",
        [class_id],
    )
    return {r["lesson_id"]: date.fromisoformat(r["last_held"]) for r in rows}


def live_ids(db: Database, table: str, session_id: str) -> set[str]:
    rows = named_rows(
        db, f"SELECT id FROM {table} WHERE session_id = ? AND deleted = 0", [session_id]
    )
    return {r["id"] for r in rows}
