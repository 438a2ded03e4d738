"""Queries behind a class's figures for a period (reports/figures/class_.py): its lesson
sessions with attendance counts, each pupil's marks and quiz scores, each session's answers and
whole-class tallies. Personal data: only the class report reads these."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database


class SessionCounts(NamedTuple):
    """A lesson session of the class with its attendance marks counted by status."""

    id: str
    held_on: str
    lesson_id: str
    minutes: int
    teacher: str
    quiz_mode: str
    present: int
    late: int
    absent: int
    excused: int
    lesson_version: int = 0  # the version taught, so the report names the lesson as it was


class ClassPupil(NamedTuple):
    id: str
    full_name: str
    code: str
    gender: str
    active: int


_CLASS_SESSIONS_SQL = """
    SELECT s.id, s.held_on, s.lesson_id, s.minutes, s.teacher, s.quiz_mode,
           sum(a.status = 'present'), sum(a.status = 'late'), sum(a.status = 'absent'),
           sum(a.status = 'excused'), s.lesson_version
      FROM session s LEFT JOIN attendance a ON a.session_id = s.id AND a.deleted = 0
     WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.class_id = ? AND s.held_on BETWEEN ? AND ?
     GROUP BY s.id ORDER BY s.held_on, s.lesson_id
"""


def class_sessions(db: Database, class_id: str, start: str, end: str) -> list[SessionCounts]:
    """The class's lesson sessions from `start` to `end` (ISO dates), oldest first."""
    rows = db.execute(_CLASS_SESSIONS_SQL, [class_id, start, end]).fetchall()
    return [
        SessionCounts(*row[:6], *(count or 0 for count in row[6:]))  # no marks: sum is NULL
        for row in rows
    ]


def taught_versions(db: Database, class_id: str) -> list[tuple[str, str, int]]:
    """(held on, lesson id, lesson version) of every lesson session of the class, oldest first:
    which version of each lesson the class was taught, whatever the period."""
    rows = db.execute(
        "SELECT held_on, lesson_id, lesson_version FROM session WHERE deleted = 0 "
        "AND kind = 'lesson' AND class_id = ? ORDER BY held_on, lesson_id",
        [class_id],
    ).fetchall()
    return [(str(day), str(lesson_id), int(version)) for day, lesson_id, version in rows]


def _marks(ids: Sequence[str]) -> str:
    return ", ".join("?" for _ in ids)


def attendance_marks(db: Database, session_ids: Sequence[str]) -> list[tuple[str, str, str]]:
    """(pupil id, session id, status) of every live mark at these sessions."""
    if not session_ids:
        return []
    rows = db.execute(
        f"SELECT pupil_id, session_id, status FROM attendance "
        f"WHERE deleted = 0 AND session_id IN ({_marks(session_ids)})",
        list(session_ids),
    )
    return [(pupil, session, status) for pupil, session, status in rows.fetchall()]


def pupil_scores(db: Database, session_ids: Sequence[str]) -> list[tuple[str, int, int]]:
    """(pupil id, correct answers, items asked) per pupil and session with answers; the items
    asked in a session are the distinct items anyone answered there."""
    if not session_ids:
        return []
    rows = db.execute(
        f"""
        WITH asked AS (SELECT session_id, count(DISTINCT item_id) AS n FROM quiz_answer
                        WHERE deleted = 0 AND session_id IN ({_marks(session_ids)})
                        GROUP BY session_id)
        SELECT qa.pupil_id, sum(qa.correct), asked.n FROM quiz_answer qa
          JOIN asked USING (session_id)
         WHERE qa.deleted = 0 GROUP BY qa.pupil_id, qa.session_id""",
        list(session_ids),
    )
    return [(pupil, correct, asked) for pupil, correct, asked in rows.fetchall()]


def class_pupils(db: Database, class_id: str) -> list[ClassPupil]:
    """Every pupil of the class not deleted, active or not (unsorted)."""
    rows = db.execute(
        "SELECT id, full_name, code, gender, active FROM pupil WHERE deleted = 0 AND class_id = ?",
        [class_id],
    )
    return [ClassPupil(*row) for row in rows.fetchall()]


def session_answers(db: Database, session_id: str) -> list[tuple[str, str, int]]:
    """(pupil id, item id, correct 0/1) of the session's live answers."""
    rows = db.execute(
        "SELECT pupil_id, item_id, correct FROM quiz_answer WHERE deleted = 0 AND session_id = ?",
        [session_id],
    )
    return [(pupil, item, correct) for pupil, item, correct in rows.fetchall()]


def session_tallies(db: Database, session_id: str) -> list[tuple[str, str, int]]:
    """(item id, option, hands) of the session's live whole-class tallies."""
    rows = db.execute(
        "SELECT item_id, option, count FROM quiz_tally WHERE deleted = 0 AND session_id = ?",
        [session_id],
    )
    return [(item, option, count) for item, option, count in rows.fetchall()]
