"""Sessions and what was recorded in them: attendance, quiz answers, whole-class tallies."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from skillsapp.domain.records import Answer, Session, SessionSummary, Tally

if TYPE_CHECKING:
    from sqlite_utils import Database

_SESSION_COLUMNS = (
    "id, school_id, class_id, kind, lesson_id, lesson_version, held_on, minutes, teacher, "
    "participants, notes, quiz_mode"
)


def session(db: Database, session_id: str) -> Session | None:
    row = db.execute(
        f"SELECT {_SESSION_COLUMNS} FROM session WHERE id = ? AND deleted = 0", [session_id]
    ).fetchone()
    if row is None:
        return None
    attendance = dict(
        db.execute(
            "SELECT pupil_id, status FROM attendance WHERE session_id = ? AND deleted = 0",
            [session_id],
        ).fetchall()
    )
    answers = tuple(
        Answer(pupil_id=r[0], item_id=r[1], answer=r[2])
        for r in db.execute(
            "SELECT pupil_id, item_id, answer FROM quiz_answer "
            "WHERE session_id = ? AND deleted = 0 ORDER BY item_id, pupil_id",
            [session_id],
        )
    )
    tallies = tuple(
        Tally(item_id=r[0], option=r[1], count=r[2])
        for r in db.execute(
            "SELECT item_id, option, count FROM quiz_tally "
            "WHERE session_id = ? AND deleted = 0 ORDER BY item_id, option",
            [session_id],
        )
    )
    return Session(
        id=row[0],
        school_id=row[1],
        class_id=row[2],
        kind=row[3],
        lesson_id=row[4],
        lesson_version=row[5],
        held_on=date.fromisoformat(row[6]),
        minutes=row[7],
        teacher=row[8],
        participants=row[9],
        notes=row[10],
        quiz_mode=row[11],
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
    rows = db.execute(
        f"""
        SELECT s.id, s.kind, s.held_on, s.class_id, coalesce(c.name, ''), s.lesson_id,
               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted = 0
                   AND a.status IN ('present', 'late')),
               (SELECT count(*) FROM attendance a WHERE a.session_id = s.id AND a.deleted = 0),
               s.participants, s.quiz_mode
          FROM session s LEFT JOIN school_class c ON c.id = s.class_id
         WHERE {" AND ".join(where)}
         ORDER BY s.held_on DESC, c.name
        """,
        params,
    ).fetchall()
    return [
        SessionSummary(
            id=r[0],
            kind=r[1],
            held_on=date.fromisoformat(r[2]),
            class_id=r[3],
            class_name=r[4],
            lesson_id=r[5],
            present=r[6],
            pupils=r[7],
            participants=r[8],
            quiz_mode=r[9],
        )
        for r in rows
    ]


def lessons_held(db: Database, class_id: str) -> dict[str, date]:
    """Lesson id -> the last date the class had it."""
    rows = db.execute(
        "SELECT lesson_id, max(held_on) FROM session "
        "WHERE class_id = ? AND deleted = 0 AND kind = 'lesson' AND lesson_id != '' "
        "GROUP BY lesson_id",
        [class_id],
    ).fetchall()
    return {r[0]: date.fromisoformat(r[1]) for r in rows}


def live_ids(db: Database, table: str, session_id: str) -> set[str]:
    rows = db.execute(
        f"SELECT id FROM {table} WHERE session_id = ? AND deleted = 0", [session_id]
    ).fetchall()
    return {r[0] for r in rows}
