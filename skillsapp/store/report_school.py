"""Queries behind a school's figures for a period (reports/figures/school.py).

Every count is over the report's classes in scope: live classes of the school years the period
touches (a class archived because its year was closed counts as live there), an archived
class only if it had a lesson in the period (CTE `cls`, with grade), and
their lesson sessions in the period (CTE `ses`, with the class's grade). The figures module
turns these rows into the report's rows; the definitions are in reports/figures/__init__.py.

Pupils count by their own grade (`pupil.grade`, 0 = the class's grade), so a mixed-grade class
(lớp ghép) of grades 3 and 4 adds its grade-4 pupils, their marks and answers to grade 4; the
class and its sessions count once, under the class's grade (its lowest). A scope with a `site`
counts only that site's classes ('' = the main site).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from skillsapp.domain.scoring import PASS_RATIO

if TYPE_CHECKING:
    from sqlite_utils import Database


@dataclass(frozen=True)
class SchoolPeriod:
    """A school and a period: the scope every query here counts over (dates ISO)."""

    school_id: str
    years: tuple[str, ...]  # the school years the period touches, e.g. ("2026-2027",)
    start: str
    end: str
    site: str | None = None  # None: every site; '' the main site; else a site id


# A pupil's own grade in the report: theirs in a mixed class, else the class's (`grade` of the
# row the pupil is joined to: cls or ses).
_PUPIL_GRADE = "(CASE WHEN p.grade > 0 THEN p.grade ELSE {of}.grade END)"


def _rows(db: Database, scope: SchoolPeriod, sql: str) -> list[Any]:
    """Run `sql` after the scope CTEs `cls` and `ses`, with the scope's parameters."""
    params: dict[str, object] = {
        "school": scope.school_id,
        "start": scope.start,
        "end": scope.end,
        "site": scope.site,
    }
    params.update({f"y{i}": y for i, y in enumerate(scope.years)})
    year_list = ", ".join(f":y{i}" for i in range(len(scope.years)))
    cte = f"""
        WITH ses_all AS (
            SELECT s.id, s.class_id, s.lesson_id, s.lesson_version, s.quiz_mode FROM session s
             WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.school_id = :school
               AND s.held_on BETWEEN :start AND :end),
        cls AS (
            SELECT c.id, c.grade FROM school_class c
             WHERE c.deleted = 0 AND c.school_id = :school AND c.school_year IN ({year_list})
               AND (c.archived = 0 OR c.year_closed = 1 OR c.id IN (SELECT class_id FROM ses_all))
               AND (:site IS NULL OR c.site_id = :site)),
        ses AS (
            SELECT ses_all.*, cls.grade FROM ses_all JOIN cls ON cls.id = ses_all.class_id)
    """
    return db.execute(cte + sql, params).fetchall()


def classes_by_grade(db: Database, scope: SchoolPeriod) -> list[tuple[int, int, int | None]]:
    """(grade, classes in scope, classes that had a lesson in the period)."""
    return _rows(
        db,
        scope,
        "SELECT grade, count(*), sum(id IN (SELECT class_id FROM ses)) FROM cls GROUP BY grade",
    )


def sessions_by_grade(db: Database, scope: SchoolPeriod) -> list[tuple[int, int]]:
    """(grade, lesson sessions in the period)."""
    return _rows(db, scope, "SELECT grade, count(*) FROM ses GROUP BY grade")


def enrolled_by_grade(db: Database, scope: SchoolPeriod) -> list[tuple[int, str, int]]:
    """(grade, gender, pupils active or marked at a lesson in the period)."""
    return _rows(
        db,
        scope,
        f"""
        SELECT {_PUPIL_GRADE.format(of="cls")} AS g, p.gender, count(*)
          FROM pupil p JOIN cls ON cls.id = p.class_id
         WHERE p.deleted = 0 AND (p.active = 1 OR p.id IN (
               SELECT a.pupil_id FROM attendance a JOIN ses ON ses.id = a.session_id
                WHERE a.deleted = 0))
         GROUP BY g, p.gender""",
    )


def reached_by_grade(db: Database, scope: SchoolPeriod) -> list[tuple[int, str, int]]:
    """(grade, gender, distinct pupils present or late at a lesson in the period)."""
    return _rows(
        db,
        scope,
        f"""
        SELECT {_PUPIL_GRADE.format(of="ses")} AS g, p.gender, count(DISTINCT a.pupil_id)
          FROM attendance a JOIN ses ON ses.id = a.session_id JOIN pupil p ON p.id = a.pupil_id
         WHERE a.deleted = 0 AND p.deleted = 0 AND a.status IN ('present', 'late')
         GROUP BY g, p.gender""",
    )


def attendance_by_grade(db: Database, scope: SchoolPeriod) -> list[tuple[int, int, int, int]]:
    """(grade, marks present or late, marks not excused, excused marks) at lessons."""
    return _rows(
        db,
        scope,
        f"""
        SELECT {_PUPIL_GRADE.format(of="ses")} AS g, sum(a.status IN ('present', 'late')),
               sum(a.status != 'excused'), sum(a.status = 'excused')
          FROM attendance a JOIN ses ON ses.id = a.session_id JOIN pupil p ON p.id = a.pupil_id
         WHERE a.deleted = 0 GROUP BY g""",
    )


def sessions_by_lesson(db: Database, scope: SchoolPeriod) -> list[tuple[str, int, int]]:
    """(lesson id, lesson version, sessions of it in the period): by version, so a report
    reads each session's lesson as it was taught."""
    return _rows(
        db,
        scope,
        "SELECT lesson_id, lesson_version, count(*) FROM ses GROUP BY lesson_id, lesson_version",
    )


_QUIZ_ATTEMPTS_SQL = """,
    asked AS (
        SELECT qa.session_id, count(DISTINCT qa.item_id) AS n
          FROM quiz_answer qa JOIN ses ON ses.id = qa.session_id
         WHERE qa.deleted = 0 GROUP BY qa.session_id),
    attempt AS (
        SELECT qa.session_id, qa.pupil_id, sum(qa.correct) AS c
          FROM quiz_answer qa JOIN ses ON ses.id = qa.session_id
         WHERE qa.deleted = 0 GROUP BY qa.session_id, qa.pupil_id)
"""


def quiz_by_lesson(
    db: Database, scope: SchoolPeriod
) -> list[tuple[str, int, int, int | None, int | None, int | None]]:
    """(lesson id, version, attempts, passed, correct, possible) from pupil-mode answers: an
    attempt is a pupil with answers in a session, the items asked are those anyone answered
    there."""
    return _rows(
        db,
        scope,
        _QUIZ_ATTEMPTS_SQL
        + f"""
        SELECT ses.lesson_id, ses.lesson_version, count(*),
               sum(attempt.c >= asked.n * {PASS_RATIO}), sum(attempt.c), sum(asked.n)
          FROM attempt JOIN asked USING (session_id) JOIN ses ON ses.id = attempt.session_id
         GROUP BY ses.lesson_id, ses.lesson_version""",
    )


def tallies_by_lesson(db: Database, scope: SchoolPeriod) -> list[tuple[str, int, str, str, int]]:
    """(lesson id, version, item id, option, hands) from whole-class tallies (judged by the
    caller with the keys of the version taught)."""
    return _rows(
        db,
        scope,
        """
        SELECT ses.lesson_id, ses.lesson_version, qt.item_id, qt.option, sum(qt.count)
          FROM quiz_tally qt JOIN ses ON ses.id = qt.session_id
         WHERE qt.deleted = 0
         GROUP BY ses.lesson_id, ses.lesson_version, qt.item_id, qt.option""",
    )


def adult_sessions(
    db: Database, school_id: str, start: str, end: str
) -> list[tuple[str, int, int | None]]:
    """(kind, sessions, participants) of the school's non-lesson sessions (parents, staff)."""
    rows = db.execute(
        """
        SELECT kind, count(*), sum(participants) FROM session
         WHERE deleted = 0 AND school_id = ? AND kind != 'lesson' AND held_on BETWEEN ? AND ?
         GROUP BY kind""",
        [school_id, start, end],
    )
    return [(kind, n, total) for kind, n, total in rows.fetchall()]
