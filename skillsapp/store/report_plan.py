"""Queries behind the reports' plan-progress figures: the report's classes in scope, and which
lessons each of their pupils attended so far (which lessons each class has had is
store/coverage.py, shared with the class screens).

"So far" is up to the end of the period: a class's plan is for its school year, so lessons held
earlier in the year count as delivered in a later period's report. The classes are the report's
classes in scope (live classes of the school years the period touches, and those archived when
their year was closed; another archived class only if it had a lesson in the period).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from sqlite_utils import Database

_SCOPE = """
    WITH cls AS (
        SELECT c.id, c.name, c.grade, c.mixed_grades FROM school_class c
         WHERE c.deleted = 0 AND c.school_id = :school AND c.school_year IN ({years})
           AND (c.archived = 0 OR c.year_closed = 1 OR c.id IN (
                SELECT s.class_id FROM session s
                 WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.held_on BETWEEN :start AND :end))),
    held AS (
        SELECT DISTINCT s.id, s.class_id, s.lesson_id FROM session s JOIN cls ON cls.id = s.class_id
         WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.held_on <= :end)
"""


class ClassInScope(NamedTuple):
    class_id: str
    name: str
    grade: int
    mixed_grades: str  # a mixed class's grades as stored ("3,4"), '' for one grade


class PupilLesson(NamedTuple):
    """A pupil of a class in scope and a lesson they attended (None: they attended none)."""

    class_id: str
    pupil_id: str
    lesson_id: str | None
    grade: int  # the pupil's own grade (a mixed class's pupils have theirs)


def _params(
    school_id: str, years: Sequence[str], start: str, end: str
) -> tuple[str, dict[str, object]]:
    params: dict[str, object] = {"school": school_id, "start": start, "end": end}
    params.update({f"y{i}": y for i, y in enumerate(years)})
    return _SCOPE.format(years=", ".join(f":y{i}" for i in range(len(years)))), params


def classes_in_scope(
    db: Database, school_id: str, years: Sequence[str], start: str, end: str
) -> list[ClassInScope]:
    """The report's classes in scope, by grade and name."""
    scope, params = _params(school_id, years, start, end)
    cursor = db.execute(
        scope + "SELECT id, name, grade, mixed_grades FROM cls ORDER BY grade, name", params
    )
    return [ClassInScope(*row) for row in cursor.fetchall()]


def pupil_lessons_so_far(
    db: Database, school_id: str, years: Sequence[str], start: str, end: str
) -> list[PupilLesson]:
    """One row per active pupil of a class in scope and lesson attended (present or late) by
    `end`; lesson_id None for a pupil who attended none."""
    scope, params = _params(school_id, years, start, end)
    cursor = db.execute(
        scope
        + """
        SELECT p.class_id, p.id AS pupil_id, went.lesson_id,
               CASE WHEN p.grade > 0 THEN p.grade ELSE cls.grade END
          FROM pupil p JOIN cls ON cls.id = p.class_id
          LEFT JOIN (SELECT DISTINCT a.pupil_id, held.lesson_id FROM attendance a
                       JOIN held ON held.id = a.session_id
                      WHERE a.deleted = 0 AND a.status IN ('present', 'late')) AS went
            ON went.pupil_id = p.id
         WHERE p.deleted = 0 AND p.active = 1""",
        params,
    )
    return [PupilLesson(*row) for row in cursor.fetchall()]
