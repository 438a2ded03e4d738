"""A school's figures for a period, from its own database."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from skillsapp.domain.cases import CaseCounts
from skillsapp.domain.checklist import CHECKLIST
from skillsapp.domain.periods import Period, SchoolYear, parse_period, school_year_start
from skillsapp.domain.scoring import QuizKey
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
    BandDomainRow,
    BandStrandRow,
    GradeRow,
    OwnLessonRow,
    StrandQuiz,
    TaskRow,
    Totals,
)
from skillsapp.reports.figures.wire import SchoolFigures
from skillsapp.services.case_counts import DAMAGED, case_counts
from skillsapp.services.school import current_school
from skillsapp.services.settings import school_year_overrides
from skillsapp.store import Store
from skillsapp.store import report_school as queries
from skillsapp.store.checklist import saved_tasks
from skillsapp.store.classes import sites
from skillsapp.store.report_school import SchoolPeriod

if TYPE_CHECKING:
    from sqlite_utils import Database

    from skillsapp.content import Kit


def _scope(school_id: str, period: Period, site: str | None = None) -> SchoolPeriod:
    return SchoolPeriod(
        school_id,
        tuple(years_touched(period)),
        period.start.isoformat(),
        period.end.isoformat(),
        site,
    )


@dataclass(frozen=True)
class SiteRow:
    """One site's (điểm trường) share of the school report: its classes, lesson sessions and
    pupils; `name` '' is the main site. Counts only, like the grade rows."""

    name: str
    classes: int = 0
    sessions: int = 0
    enrolled: int = 0
    reached: int = 0


def site_rows(store: Store, period: Period | str) -> tuple[SiteRow, ...]:
    """The school report's breakdown by site: the main site first, then each site by name.

    The school's own report leaves this out (and so does the department's package): it is the
    leader's view of where the lessons happen (`report --by-site`, the Reports page's box).
    """
    years = school_year_overrides(store)
    period = parse_period(period, years) if isinstance(period, str) else period
    school = current_school(store)
    found = [("", "")] + [(s.id, s.name) for s in sites(store.db, school.id)]
    out = []
    for site_id, name in found:
        rows = _grade_rows(store.db, _scope(school.id, period, site_id))
        out.append(
            SiteRow(
                name,
                classes=sum(r.classes for r in rows),
                sessions=sum(r.sessions for r in rows),
                enrolled=sum(r.enrolled for r in rows),
                reached=sum(r.reached for r in rows),
            )
        )
    return tuple(out)


_GENDER_SUFFIX = {"F": "f", "M": "m", "": "x"}


def _grade_rows(db: Database, scope: SchoolPeriod) -> tuple[GradeRow, ...]:
    values: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for grade, classes, covered in queries.classes_by_grade(db, scope):
        values[grade]["classes"], values[grade]["classes_covered"] = classes, covered or 0
    for grade, count in queries.sessions_by_grade(db, scope):
        values[grade]["sessions"] = count
    for what, rows in (
        ("enrolled", queries.enrolled_by_grade(db, scope)),
        ("reached", queries.reached_by_grade(db, scope)),
    ):
        for grade, gender, count in rows:
            values[grade][f"{what}_{_GENDER_SUFFIX.get(gender, 'x')}"] += count
    for grade, attended, counted, excused in queries.attendance_by_grade(db, scope):
        values[grade].update(attended=attended, counted=counted, excused=excused)
    return tuple(GradeRow(grade=g, **values[g]) for g in sorted(values))


def _lesson_strand(kit: Kit, lesson_id: str, version: int) -> tuple[str, int]:
    """(band, strand) of a lesson as taught (that version); a lesson gone from the kit keeps
    its band from its id."""
    try:
        lesson = kit.lesson_at(lesson_id, version)
    except KeyError:
        return lesson_id.split("/", 1)[0], UNKNOWN_STRAND
    return lesson.band, lesson.strand


def _band_strand_rows(db: Database, scope: SchoolPeriod, kit: Kit) -> tuple[BandStrandRow, ...]:
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for lesson_id, version, count in queries.sessions_by_lesson(db, scope):
        counts[_lesson_strand(kit, lesson_id, version)] += count
    return tuple(BandStrandRow(b, s, n) for (b, s), n in sorted(counts.items()))


def _band_domain_rows(db: Database, scope: SchoolPeriod, kit: Kit) -> tuple[BandDomainRow, ...]:
    """Sessions per band and framework domain; a lesson gone from the kit is left out, since its
    competence codes are no longer known."""
    counts: dict[tuple[str, int], int] = defaultdict(int)
    for lesson_id, version, count in queries.sessions_by_lesson(db, scope):
        try:
            lesson = kit.lesson_at(lesson_id, version)
        except KeyError:
            continue
        for domain in lesson.domains:
            counts[(lesson.band, domain)] += count
    return tuple(BandDomainRow(b, d, n) for (b, d), n in sorted(counts.items()))


def _own_lesson_rows(db: Database, scope: SchoolPeriod, kit: Kit) -> tuple[OwnLessonRow, ...]:
    """Sessions of each own lesson version taught in the period (issue 19)."""
    rows = []
    for lesson_id, version, count in queries.sessions_by_lesson(db, scope):
        try:
            lesson = kit.lesson_at(lesson_id, version)
        except KeyError:
            continue
        if lesson.origin == "own":
            rows.append(OwnLessonRow(lesson_id, version, lesson.title.vi, lesson.title.en, count))
    return tuple(sorted(rows, key=lambda row: (row.lesson_id, row.version)))


def _tallies_by_lesson(db: Database, scope: SchoolPeriod, kit: Kit) -> dict[str, tuple[int, int]]:
    """(lesson id, version) -> (right, responses) from whole-class tallies, judged with the
    keys of the version taught."""
    out: dict[tuple[str, int], list[int]] = defaultdict(lambda: [0, 0])
    keys_cache: dict[tuple[str, int], dict[str, QuizKey]] = {}
    for lesson_id, version, item_id, option, count in queries.tallies_by_lesson(db, scope):
        taught = (lesson_id, version)
        if taught not in keys_cache:
            try:
                keys_cache[taught] = kit.lesson_at(lesson_id, version).quiz_keys()
            except KeyError:
                keys_cache[taught] = {}
        key = keys_cache[taught].get(item_id)
        if key is None:
            continue  # cannot judge an item the kit no longer has
        out[taught][1] += count
        out[taught][0] += count if option == key.answer else 0
    return {k: (v[0], v[1]) for k, v in out.items()}


def _strand_rows(db: Database, scope: SchoolPeriod, kit: Kit) -> tuple[StrandQuiz, ...]:
    sums: dict[int, list[int]] = defaultdict(lambda: [0] * 6)
    for lesson_id, version, attempts, passed, correct, possible in queries.quiz_by_lesson(
        db, scope
    ):
        row = sums[_lesson_strand(kit, lesson_id, version)[1]]
        for i, value in enumerate((attempts, passed, correct, possible)):
            row[i] += value or 0
    for (lesson_id, version), (right, responses) in _tallies_by_lesson(db, scope, kit).items():
        row = sums[_lesson_strand(kit, lesson_id, version)[1]]
        row[4] += right
        row[5] += responses
    return tuple(StrandQuiz(s, *sums[s]) for s in sorted(sums))


def _adult_rows(store: Store, school_id: str, period: Period) -> tuple[AdultRow, ...]:
    rows = queries.adult_sessions(
        store.db, school_id, period.start.isoformat(), period.end.isoformat()
    )
    found = {kind: AdultRow(kind, n, total or 0) for kind, n, total in rows}
    return tuple(found[k] for k in ADULT_KINDS if k in found)


def _cases(store: Store, period: Period) -> CaseCounts | None:
    """The case register's counts; None when its table cannot be read, so a damaged register
    leaves the rest of the report standing (the report says the counts are missing)."""
    try:
        return case_counts(store, period)
    except UserError as exc:
        if exc.key != DAMAGED:
            raise
        return None


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
    scope = _scope(school_id, period)
    progress = plan_progress(store, kit, school_id, period)
    return {
        "class_plan": progress.classes,
        "grade_strand": progress.grade_strand,
        "grades": _with_plan(_grade_rows(store.db, scope), progress.grades),
        "band_strand": _band_strand_rows(store.db, scope, kit),
        "band_domain": _band_domain_rows(store.db, scope, kit),
        "strands": _strand_rows(store.db, scope, kit),
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
        cases=_cases(store, period),
        own_lessons=_own_lesson_rows(store.db, _scope(school.id, period), kit),
        **details,
    )


@dataclass(frozen=True)
class HeadlineOf(Totals):
    class_plan: tuple[ClassPlan, ...]
    grade_strand: tuple[GradeStrandPlan, ...]
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
    band_domain: tuple[BandDomainRow, ...] = ()
