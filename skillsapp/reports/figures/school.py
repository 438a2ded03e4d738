"""A school's figures for a period, from its own database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from skillsapp.domain.checklist import CHECKLIST
from skillsapp.domain.periods import Period, SchoolYear, parse_period, school_year_start
from skillsapp.domain.scoring import PASS_RATIO
from skillsapp.errors import UserError
from skillsapp.reports.figures.plan import (
    ClassPlan,
    GradePlan,
    GradeStrandPlan,
    plan_progress,
    years_touched,
)
from skillsapp.reports.figures.rows import (
    ADULT_KINDS,
    PLAN_FIELDS,
    UNKNOWN_STRAND,
    AdultRow,
    BandStrandRow,
    GradeRow,
    StrandQuiz,
    TaskRow,
    _Totals,
)
from skillsapp.reports.figures.wire import SchoolFigures
from skillsapp.services.school import current_school
from skillsapp.services.settings import school_year_overrides
from skillsapp.store import Store
from skillsapp.store.checklist import saved_tasks

if TYPE_CHECKING:
    from skillsapp.content import Kit


def _scope_sql(period: Period) -> tuple[str, dict[str, object]]:
    """CTEs `cls` (classes in scope, with grade) and `ses` (their lesson sessions in period)."""
    years = years_touched(period)
    params: dict[str, object] = {f"y{i}": y for i, y in enumerate(years)}
    year_list = ", ".join(f":y{i}" for i in range(len(years)))
    sql = f"""
        WITH ses_all AS (
            SELECT s.id, s.class_id, s.lesson_id, s.quiz_mode FROM session s
             WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.school_id = :school
               AND s.held_on BETWEEN :start AND :end),
        cls AS (
            SELECT c.id, c.grade FROM school_class c
             WHERE c.deleted = 0 AND c.school_id = :school AND c.school_year IN ({year_list})
               AND (c.archived = 0 OR c.id IN (SELECT class_id FROM ses_all))),
        ses AS (
            SELECT ses_all.*, cls.grade FROM ses_all JOIN cls ON cls.id = ses_all.class_id)
    """
    return sql, params


class _Query:
    """Runs the period's queries with the scope CTEs and parameters filled in once."""

    def __init__(self, store: Store, school_id: str, period: Period) -> None:
        self.db = store.db
        self.cte, extra = _scope_sql(period)
        self.params = {
            "school": school_id,
            "start": period.start.isoformat(),
            "end": period.end.isoformat(),
            **extra,
        }

    def rows(self, sql: str) -> list[tuple]:
        return self.db.execute(self.cte + sql, self.params).fetchall()


_GRADE_SQL = {
    "classes": """
        SELECT grade, count(*), sum(id IN (SELECT class_id FROM ses)) FROM cls GROUP BY grade""",
    "sessions": "SELECT grade, count(*) FROM ses GROUP BY grade",
    "enrolled": """
        SELECT cls.grade, p.gender, count(*) FROM pupil p JOIN cls ON cls.id = p.class_id
         WHERE p.deleted = 0 AND (p.active = 1 OR p.id IN (
               SELECT a.pupil_id FROM attendance a JOIN ses ON ses.id = a.session_id
                WHERE a.deleted = 0))
         GROUP BY cls.grade, p.gender""",
    "reached": """
        SELECT ses.grade, p.gender, count(DISTINCT a.pupil_id)
          FROM attendance a JOIN ses ON ses.id = a.session_id JOIN pupil p ON p.id = a.pupil_id
         WHERE a.deleted = 0 AND p.deleted = 0 AND a.status IN ('present', 'late')
         GROUP BY ses.grade, p.gender""",
    "attendance": """
        SELECT ses.grade, sum(a.status IN ('present', 'late')), sum(a.status != 'excused'),
               sum(a.status = 'excused')
          FROM attendance a JOIN ses ON ses.id = a.session_id
         WHERE a.deleted = 0 GROUP BY ses.grade""",
}

_GENDER_SUFFIX = {"F": "f", "M": "m", "": "x"}


def _grade_rows(query: _Query) -> tuple[GradeRow, ...]:
    values: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for grade, classes, covered in query.rows(_GRADE_SQL["classes"]):
        values[grade]["classes"], values[grade]["classes_covered"] = classes, covered or 0
    for grade, count in query.rows(_GRADE_SQL["sessions"]):
        values[grade]["sessions"] = count
    for what in ("enrolled", "reached"):
        for grade, gender, count in query.rows(_GRADE_SQL[what]):
            values[grade][f"{what}_{_GENDER_SUFFIX.get(gender, 'x')}"] += count
    for grade, attended, counted, excused in query.rows(_GRADE_SQL["attendance"]):
        values[grade].update(attended=attended, counted=counted, excused=excused)
    return tuple(GradeRow(grade=g, **values[g]) for g in sorted(values))


def _lesson_strand(kit: Kit, lesson_id: str) -> tuple[str, int]:
    """(band, strand) of a lesson; a lesson gone from the kit keeps its band from its id."""
    try:
        lesson = kit.lesson(lesson_id)
    except KeyError:
        return lesson_id.split("/", 1)[0], UNKNOWN_STRAND
    return lesson.band, lesson.strand


def _band_strand_rows(query: _Query, kit: Kit) -> tuple[BandStrandRow, ...]:
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for lesson_id, count in query.rows("SELECT lesson_id, count(*) FROM ses GROUP BY lesson_id"):
        counts[_lesson_strand(kit, lesson_id)] += count
    return tuple(BandStrandRow(b, s, n) for (b, s), n in sorted(counts.items()))


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


def _quiz_by_lesson(query: _Query) -> list[tuple[str, int, int, int, int]]:
    """(lesson id, attempts, passed, correct, possible) from pupil-mode answers."""
    return query.rows(
        _QUIZ_ATTEMPTS_SQL
        + f"""
        SELECT ses.lesson_id, count(*), sum(attempt.c >= asked.n * {PASS_RATIO}),
               sum(attempt.c), sum(asked.n)
          FROM attempt JOIN asked USING (session_id) JOIN ses ON ses.id = attempt.session_id
         GROUP BY ses.lesson_id"""
    )


def _tallies_by_lesson(query: _Query, kit: Kit) -> dict[str, tuple[int, int]]:
    """Lesson id -> (right, responses) from whole-class tallies, judged with the kit's keys."""
    out: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rows = query.rows(
        """
        SELECT ses.lesson_id, qt.item_id, qt.option, sum(qt.count)
          FROM quiz_tally qt JOIN ses ON ses.id = qt.session_id
         WHERE qt.deleted = 0 GROUP BY ses.lesson_id, qt.item_id, qt.option"""
    )
    keys_cache: dict[str, dict] = {}
    for lesson_id, item_id, option, count in rows:
        if lesson_id not in keys_cache:
            try:
                keys_cache[lesson_id] = kit.lesson(lesson_id).quiz_keys()
            except KeyError:
                keys_cache[lesson_id] = {}
        key = keys_cache[lesson_id].get(item_id)
        if key is None:
            continue  # cannot judge an item the kit no longer has
        out[lesson_id][1] += count
        out[lesson_id][0] += count if option == key.answer else 0
    return {k: (v[0], v[1]) for k, v in out.items()}


def _strand_rows(query: _Query, kit: Kit) -> tuple[StrandQuiz, ...]:
    sums: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
    for lesson_id, attempts, passed, correct, possible in _quiz_by_lesson(query):
        row = sums[_lesson_strand(kit, lesson_id)[1]]
        for i, value in enumerate((attempts, passed, correct, possible)):
            row[i] += value or 0
    for lesson_id, (right, responses) in _tallies_by_lesson(query, kit).items():
        row = sums[_lesson_strand(kit, lesson_id)[1]]
        row[4] += right
        row[5] += responses
    return tuple(StrandQuiz(s, *sums[s]) for s in sorted(sums))


def _adult_rows(store: Store, school_id: str, period: Period) -> tuple[AdultRow, ...]:
    rows = store.db.execute(
        """
        SELECT kind, count(*), sum(participants) FROM session
         WHERE deleted = 0 AND school_id = ? AND kind != 'lesson' AND held_on BETWEEN ? AND ?
         GROUP BY kind""",
        [school_id, period.start.isoformat(), period.end.isoformat()],
    ).fetchall()
    found = {kind: AdultRow(kind, n, total or 0) for kind, n, total in rows}
    return tuple(found[k] for k in ADULT_KINDS if k in found)


def plan_year(period: Period) -> str:
    """The school year whose task checklist a period's report shows (the one it starts in)."""
    start = school_year_start(period.start)
    return f"{start}-{start + 1}"


def _task_rows(store: Store, school_id: str, period: Period) -> tuple[TaskRow, ...]:
    saved = saved_tasks(store.db, school_id, plan_year(period))
    return tuple(TaskRow(t.code, *saved.get(t.code, ("todo", ""))) for t in CHECKLIST)


def _with_plan(grades: tuple[GradeRow, ...], plan: dict[int, GradePlan]) -> tuple[GradeRow, ...]:
    """The grade rows with their plan progress (a grade may have classes but no session)."""
    by_grade = {g.grade: g for g in grades}
    for grade, progress in plan.items():
        row = by_grade.get(grade, GradeRow(grade=grade))
        by_grade[grade] = replace(row, **{k: getattr(progress, k) for k in PLAN_FIELDS})
    return tuple(by_grade[g] for g in sorted(by_grade))


def _details(store: Store, kit: Kit, school_id: str, period: Period) -> dict[str, tuple]:
    query = _Query(store, school_id, period)
    progress = plan_progress(store, kit, school_id, period)
    return {
        "class_plan": progress.classes,
        "grade_strand": progress.grade_strand,
        "grades": _with_plan(_grade_rows(query), progress.grades),
        "band_strand": _band_strand_rows(query, kit),
        "strands": _strand_rows(query, kit),
        "adults": _adult_rows(store, school_id, period),
    }


def previous_period(period: Period, years: dict[int, SchoolYear]) -> Period | None:
    """The period before, read with the school's own calendar (its semester dates)."""
    try:
        return period.previous(years)
    except UserError:
        return None


def school_figures(store: Store, kit: Kit, period: Period | str) -> SchoolFigures:
    """The school's figures for `period` and the previous period's headline (for comparison)."""
    years = school_year_overrides(store)
    period = parse_period(period, years) if isinstance(period, str) else period
    school = current_school(store)
    details = _details(store, kit, school.id, period)
    before = previous_period(period, years)
    previous = None
    if before is not None:
        previous = HeadlineOf(**_details(store, kit, school.id, before)).headline()
    return SchoolFigures(
        school_code=school.code,
        school_name=school.name,
        district=school.district,
        province=school.province,
        period=period.text,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        school_year=plan_year(period),
        tasks=_task_rows(store, school.id, period),
        previous_period=before.text if before else "",
        previous=previous,
        **details,
    )


@dataclass(frozen=True)
class HeadlineOf(_Totals):
    class_plan: tuple[ClassPlan, ...]
    grade_strand: tuple[GradeStrandPlan, ...]
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
