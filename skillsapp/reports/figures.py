"""Report figures: computed once from SQL, then shown alike in PDF, XLSX, CSV and on screen.

Every figure is an integer count (rates are derived at presentation), so a department can add up
schools' figures exactly. School and department figures hold counts only, never a pupil's name or
code: `SchoolFigures.to_dict()` is what an aggregate sync package carries to the department.

Definitions (the tests recompute each one from raw SQL):
- classes in scope: live classes of the school years the period touches, archived ones only if
  they had a lesson in the period; a class is covered when it had at least one lesson session.
- enrolled: pupils of those classes who are active or have an attendance mark in the period;
  reached: distinct pupils marked present or late at a lesson in the period.
- attendance: attended = present + late; counted = all marks except excused absences.
- quiz (pupil mode): an attempt is a pupil with answers in a session; the items asked in a
  session are the distinct items anyone answered there; unanswered items count as wrong; an
  attempt passes at half marks. Whole-class mode: hands for the right option of all hands.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass, fields
from typing import TYPE_CHECKING, Any

import skillsapp.reports.messages  # noqa: F401  (registers this area's messages)
from skillsapp.content.model import Text
from skillsapp.domain.names import sort_key
from skillsapp.domain.periods import Period, parse_period, school_year_start
from skillsapp.domain.scoring import PASS_RATIO
from skillsapp.errors import UserError
from skillsapp.reports.tasks import PROGRAMME_TASKS
from skillsapp.services.school import current_school
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store.db import get_setting

if TYPE_CHECKING:
    from skillsapp.content import Kit

FIGURES_FORMAT = "skillsapp.school_figures"
FIGURES_VERSION = 1
SCHOOL_BANDS = ("g1-2", "g3-5", "g6-9", "g10-12")
ADULT_KINDS = ("parent_meeting", "staff_training", "school_event")
UNKNOWN_STRAND = 0  # a lesson the kit no longer has


@dataclass(frozen=True)
class GradeRow:
    """One grade's classes, pupils and attendance; gender x is "not recorded"."""

    grade: int
    classes: int = 0
    classes_covered: int = 0
    sessions: int = 0
    enrolled_f: int = 0
    enrolled_m: int = 0
    enrolled_x: int = 0
    reached_f: int = 0
    reached_m: int = 0
    reached_x: int = 0
    attended: int = 0
    counted: int = 0
    excused: int = 0

    @property
    def enrolled(self) -> int:
        return self.enrolled_f + self.enrolled_m + self.enrolled_x

    @property
    def reached(self) -> int:
        return self.reached_f + self.reached_m + self.reached_x


@dataclass(frozen=True)
class BandStrandRow:
    band: str
    strand: int
    sessions: int


@dataclass(frozen=True)
class StrandQuiz:
    """Quiz results of one strand: pupil-mode attempts and whole-class tallies."""

    strand: int
    attempts: int = 0
    passed: int = 0
    correct: int = 0
    possible: int = 0
    tally_right: int = 0
    tally_responses: int = 0


@dataclass(frozen=True)
class AdultRow:
    kind: str
    sessions: int
    participants: int


@dataclass(frozen=True)
class TaskRow:
    code: str
    status: str
    note: str = ""


@dataclass(frozen=True)
class Headline:
    """The period's main totals: what "compared with the previous period" compares."""

    classes: int = 0
    classes_covered: int = 0
    sessions: int = 0
    enrolled: int = 0
    reached: int = 0
    attended: int = 0
    counted: int = 0
    quiz_attempts: int = 0
    quiz_passed: int = 0
    quiz_correct: int = 0
    quiz_possible: int = 0
    parent_sessions: int = 0
    parent_participants: int = 0
    staff_sessions: int = 0
    staff_participants: int = 0


def _add(rows: Iterable[Any], field_name: str) -> int:
    return sum(getattr(r, field_name) for r in rows)


class _Totals:
    """Headline totals of anything holding grades, strands and adults rows."""

    grades: tuple[GradeRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]

    def _adult(self, kind: str) -> AdultRow:
        return next((a for a in self.adults if a.kind == kind), AdultRow(kind, 0, 0))

    def headline(self) -> Headline:
        parents, staff = self._adult("parent_meeting"), self._adult("staff_training")
        return Headline(
            classes=_add(self.grades, "classes"),
            classes_covered=_add(self.grades, "classes_covered"),
            sessions=_add(self.grades, "sessions"),
            enrolled=_add(self.grades, "enrolled"),
            reached=_add(self.grades, "reached"),
            attended=_add(self.grades, "attended"),
            counted=_add(self.grades, "counted"),
            quiz_attempts=_add(self.strands, "attempts"),
            quiz_passed=_add(self.strands, "passed"),
            quiz_correct=_add(self.strands, "correct"),
            quiz_possible=_add(self.strands, "possible"),
            parent_sessions=parents.sessions,
            parent_participants=parents.participants,
            staff_sessions=staff.sessions,
            staff_participants=staff.participants,
        )

    @property
    def has_data(self) -> bool:
        """Whether anything at all happened in the period (else the report says so)."""
        return bool(_add(self.grades, "sessions") or _add(self.adults, "sessions"))


@dataclass(frozen=True)
class SchoolFigures(_Totals):
    """A school's figures for a period: counts only, safe to send to the department."""

    school_code: str
    school_name: str
    district: str
    province: str
    period: str
    start: str
    end: str
    school_year: str
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
    tasks: tuple[TaskRow, ...]
    previous_period: str = ""
    previous: Headline | None = None

    def to_dict(self) -> dict[str, Any]:
        """A JSON-able dict (the payload of an aggregate package), tagged with its version."""
        data = asdict(self)
        return {"format": FIGURES_FORMAT, "version": FIGURES_VERSION, **data}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchoolFigures:
        """Rebuild figures from `to_dict()` output; a newer or malformed dict is a UserError."""
        school = str(data.get("school_code", "?")) if isinstance(data, Mapping) else "?"
        if not isinstance(data, Mapping) or data.get("format") != FIGURES_FORMAT:
            raise UserError("report.figures_bad", reason="not school figures")
        version = data.get("version")
        if not isinstance(version, int) or version > FIGURES_VERSION:
            raise UserError("report.figures_version", school=school, version=version)
        try:
            return _school_from_dict(data)
        except (KeyError, TypeError, ValueError) as exc:
            raise UserError("report.figures_bad", reason=f"{school}: {exc}") from exc


def _rows(row_type: type, items: Iterable[Mapping[str, Any]]) -> tuple:
    names = {f.name for f in fields(row_type)}
    built = []
    for item in items:
        if set(item) - names:
            raise ValueError(f"unknown fields {sorted(set(item) - names)}")
        built.append(row_type(**item))
    for row in built:
        for f in fields(row_type):
            value = getattr(row, f.name)
            if f.type in ("int",) and (not isinstance(value, int) or value < 0):
                raise ValueError(f"{row_type.__name__}.{f.name} = {value!r}")
    return tuple(built)


def _school_from_dict(data: Mapping[str, Any]) -> SchoolFigures:
    previous = data.get("previous")
    return SchoolFigures(
        school_code=str(data["school_code"]),
        school_name=str(data["school_name"]),
        district=str(data["district"]),
        province=str(data["province"]),
        period=str(data["period"]),
        start=str(data["start"]),
        end=str(data["end"]),
        school_year=str(data["school_year"]),
        grades=_rows(GradeRow, data["grades"]),
        band_strand=_rows(BandStrandRow, data["band_strand"]),
        strands=_rows(StrandQuiz, data["strands"]),
        adults=_rows(AdultRow, data["adults"]),
        tasks=_rows(TaskRow, data["tasks"]),
        previous_period=str(data.get("previous_period", "")),
        previous=_rows(Headline, [previous])[0] if previous else None,
    )


# --- school -------------------------------------------------------------------------------------


def _years_touched(period: Period) -> list[str]:
    first, last = school_year_start(period.start), school_year_start(period.end)
    return [f"{y}-{y + 1}" for y in range(first, last + 1)]


def _scope_sql(period: Period) -> tuple[str, dict[str, object]]:
    """CTEs `cls` (classes in scope, with grade) and `ses` (their lesson sessions in period)."""
    years = _years_touched(period)
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
    rows = store.db.execute(
        "SELECT code, status, note FROM plan_task "
        "WHERE deleted = 0 AND school_id = ? AND period = ?",
        [school_id, plan_year(period)],
    ).fetchall()
    saved = {code: TaskRow(code, status, note) for code, status, note in rows}
    return tuple(saved.get(t.code, TaskRow(t.code, "todo")) for t in PROGRAMME_TASKS)


def _details(store: Store, kit: Kit, school_id: str, period: Period) -> dict[str, tuple]:
    query = _Query(store, school_id, period)
    return {
        "grades": _grade_rows(query),
        "band_strand": _band_strand_rows(query, kit),
        "strands": _strand_rows(query, kit),
        "adults": _adult_rows(store, school_id, period),
    }


def _previous(period: Period) -> Period | None:
    try:
        return period.previous()
    except UserError:
        return None


def school_figures(store: Store, kit: Kit, period: Period | str) -> SchoolFigures:
    """The school's figures for `period` and the previous period's headline (for comparison)."""
    period = parse_period(period) if isinstance(period, str) else period
    school = current_school(store)
    details = _details(store, kit, school.id, period)
    before = _previous(period)
    previous = None
    if before is not None:
        previous = _HeadlineOf(**_details(store, kit, school.id, before)).headline()
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
class _HeadlineOf(_Totals):
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]


# --- department ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class SchoolLine:
    """One school's line in the department report."""

    code: str
    name: str
    district: str
    headline: Headline
    received_at: str = ""


@dataclass(frozen=True)
class TaskTally:
    code: str
    done: int
    doing: int
    todo: int


@dataclass(frozen=True)
class DepartmentFigures(_Totals):
    """Figures summed over the schools that reported for a period, and who has not."""

    period: str
    start: str
    end: str
    grades: tuple[GradeRow, ...]
    band_strand: tuple[BandStrandRow, ...]
    strands: tuple[StrandQuiz, ...]
    adults: tuple[AdultRow, ...]
    tasks: tuple[TaskTally, ...]
    schools: tuple[SchoolLine, ...]
    missing: tuple[SchoolLine, ...]
    unreadable: tuple[str, ...] = ()
    previous_period: str = ""
    previous: Headline | None = None


def sum_rows(row_type: type, rows: Iterable[Any], key: str | tuple[str, ...]) -> tuple:
    """Add rows field by field, grouped by the key field(s)."""
    keys = (key,) if isinstance(key, str) else key
    totals: dict[tuple, dict[str, int]] = {}
    for row in rows:
        k = tuple(getattr(row, name) for name in keys)
        acc = totals.setdefault(k, defaultdict(int))
        for f in fields(row_type):
            if f.name not in keys:
                acc[f.name] += getattr(row, f.name)
    return tuple(row_type(**dict(zip(keys, k, strict=True)), **totals[k]) for k in sorted(totals))


def _expected_schools(store: Store) -> dict[str, tuple[str, str]]:
    """Every school that has ever reported here, plus the `expected_schools` setting.

    The setting is a JSON list of school codes or {"code", "name", "district"} objects, so a
    department can list schools that have never sent anything.
    """
    expected = {
        code: (name, district)
        for code, name, district in store.db.execute(
            "SELECT school_code, school_name, district FROM aggregate_report ORDER BY received_at"
        ).fetchall()
    }
    try:
        listed = json.loads(get_setting(store.db, "expected_schools") or "[]")
    except json.JSONDecodeError:
        listed = []
    for item in listed if isinstance(listed, list) else []:
        if isinstance(item, str):
            expected.setdefault(item, ("", ""))
        elif isinstance(item, dict) and item.get("code"):
            old = expected.get(str(item["code"]), ("", ""))
            expected[str(item["code"])] = (
                str(item.get("name") or old[0]),
                str(item.get("district") or old[1]),
            )
    return expected


def _reported(store: Store, period_text: str) -> tuple[list[SchoolFigures], list[str], list[str]]:
    """The period's school figures, their received_at stamps, and codes whose figures fail."""
    good, received, bad = [], [], []
    for code, text, received_at in store.db.execute(
        "SELECT school_code, figures, received_at FROM aggregate_report WHERE period = ? "
        "ORDER BY school_code",
        [period_text],
    ).fetchall():
        try:
            good.append(SchoolFigures.from_dict(json.loads(text)))
            received.append(received_at)
        except (UserError, json.JSONDecodeError):
            bad.append(code)
    return good, received, bad


def _sum_tasks(reports: list[SchoolFigures]) -> tuple[TaskTally, ...]:
    counts = {t.code: {"done": 0, "doing": 0, "todo": 0} for t in PROGRAMME_TASKS}
    for figures in reports:
        for row in figures.tasks:
            if row.code in counts and row.status in counts[row.code]:
                counts[row.code][row.status] += 1
    return tuple(TaskTally(code, **c) for code, c in counts.items())


def _summed(reports: list[SchoolFigures]) -> dict[str, tuple]:
    return {
        "grades": sum_rows(GradeRow, (g for f in reports for g in f.grades), "grade"),
        "band_strand": sum_rows(
            BandStrandRow, (r for f in reports for r in f.band_strand), ("band", "strand")
        ),
        "strands": sum_rows(StrandQuiz, (s for f in reports for s in f.strands), "strand"),
        "adults": tuple(
            sorted(
                sum_rows(AdultRow, (a for f in reports for a in f.adults), "kind"),
                key=lambda a: ADULT_KINDS.index(a.kind) if a.kind in ADULT_KINDS else 99,
            )
        ),
    }


def department_figures(store: Store, period: Period | str) -> DepartmentFigures:
    """Sum the schools' aggregate figures for `period`; list who reported and who has not."""
    period = parse_period(period) if isinstance(period, str) else period
    reports, received, bad = _reported(store, period.text)
    expected = _expected_schools(store)
    lines = tuple(
        SchoolLine(f.school_code, f.school_name, f.district, f.headline(), at)
        for f, at in zip(reports, received, strict=True)
    )
    reported = {f.school_code for f in reports}
    missing = tuple(
        SchoolLine(code, name, district, Headline())
        for code, (name, district) in sorted(expected.items(), key=lambda kv: (kv[1][1], kv[0]))
        if code not in reported
    )
    before = _previous(period)
    previous = None
    if before is not None:
        earlier, _, _ = _reported(store, before.text)
        previous = _HeadlineOf(**_summed(earlier)).headline() if earlier else None
    return DepartmentFigures(
        period=period.text,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        tasks=_sum_tasks(reports),
        schools=lines,
        missing=missing,
        unreadable=tuple(bad),
        previous_period=before.text if before else "",
        previous=previous,
        **_summed(reports),
    )


# --- class --------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClassSession:
    held_on: str
    lesson_id: str
    title: Text
    minutes: int
    teacher: str
    quiz_mode: str
    present: int
    late: int
    absent: int
    excused: int

    @property
    def attended(self) -> int:
        return self.present + self.late

    @property
    def counted(self) -> int:
        return self.present + self.late + self.absent


@dataclass(frozen=True)
class PlanLesson:
    order: int
    lesson_id: str
    title: Text
    strand: int
    held_on: str  # last date in the period, "" if not held in it


@dataclass(frozen=True)
class Missed:
    held_on: str
    lesson_id: str
    excused: bool


@dataclass(frozen=True)
class PupilRow:
    """One pupil's attendance and quiz results (class reports only: personal data)."""

    name: str
    code: str
    gender: str
    attended: int
    counted: int
    excused: int
    quiz_attempts: int
    quiz_passed: int
    quiz_correct: int
    quiz_possible: int
    missed: tuple[Missed, ...]


@dataclass(frozen=True)
class LessonQuiz:
    held_on: str
    lesson_id: str
    title: Text
    mode: str
    attempts: int
    passed: int
    correct: int
    possible: int
    tally_right: int
    tally_responses: int


@dataclass(frozen=True)
class ItemResult:
    lesson_id: str
    item_id: str
    number: int  # 1-based position in the lesson's quiz
    prompt: Text
    right: int
    total: int


@dataclass(frozen=True)
class ClassFigures:
    """A class's period: sessions, the band plan, each pupil, each quiz and item."""

    school_name: str
    class_name: str
    grade: int
    school_year: str
    homeroom_teacher: str
    band_id: str
    period: str
    start: str
    end: str
    sessions: tuple[ClassSession, ...]
    plan: tuple[PlanLesson, ...]
    pupils: tuple[PupilRow, ...]
    quizzes: tuple[LessonQuiz, ...]
    items: tuple[ItemResult, ...]

    @property
    def has_data(self) -> bool:
        return bool(self.sessions)


def _title(kit: Kit, lesson_id: str) -> Text:
    try:
        return kit.lesson(lesson_id).title
    except KeyError:
        return Text(lesson_id, lesson_id)


_CLASS_SESSIONS_SQL = """
    SELECT s.id, s.held_on, s.lesson_id, s.minutes, s.teacher, s.quiz_mode,
           sum(a.status = 'present'), sum(a.status = 'late'), sum(a.status = 'absent'),
           sum(a.status = 'excused')
      FROM session s LEFT JOIN attendance a ON a.session_id = s.id AND a.deleted = 0
     WHERE s.deleted = 0 AND s.kind = 'lesson' AND s.class_id = ? AND s.held_on BETWEEN ? AND ?
     GROUP BY s.id ORDER BY s.held_on, s.lesson_id
"""


def _class_sessions(store: Store, class_id: str, period: Period) -> list[tuple]:
    return store.db.execute(
        _CLASS_SESSIONS_SQL, [class_id, period.start.isoformat(), period.end.isoformat()]
    ).fetchall()


def _pupil_rows(store: Store, class_id: str, sessions: list[tuple]) -> tuple[PupilRow, ...]:
    ids = [s[0] for s in sessions]
    marks: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    quiz: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_id = {s[0]: s for s in sessions}
    placeholders = ", ".join("?" for _ in ids)
    if ids:
        for pupil_id, session_id, status in store.db.execute(
            f"SELECT pupil_id, session_id, status FROM attendance "
            f"WHERE deleted = 0 AND session_id IN ({placeholders})",
            ids,
        ):
            marks[pupil_id].append((by_id[session_id][1], by_id[session_id][2], status))
        for pupil_id, correct, asked in store.db.execute(
            f"""
            WITH asked AS (SELECT session_id, count(DISTINCT item_id) AS n FROM quiz_answer
                            WHERE deleted = 0 AND session_id IN ({placeholders})
                            GROUP BY session_id)
            SELECT qa.pupil_id, sum(qa.correct), asked.n FROM quiz_answer qa
              JOIN asked USING (session_id)
             WHERE qa.deleted = 0 GROUP BY qa.pupil_id, qa.session_id""",
            ids,
        ):
            row = quiz[pupil_id]
            row[0] += 1
            row[1] += correct >= asked * PASS_RATIO
            row[2] += correct
            row[3] += asked
    people = store.db.execute(
        "SELECT id, full_name, code, gender, active FROM pupil WHERE deleted = 0 AND class_id = ?",
        [class_id],
    ).fetchall()
    rows = [
        _pupil_row(name, code, gender, marks.get(pid, []), quiz.get(pid, [0, 0, 0, 0]))
        for pid, name, code, gender, active in people
        if active or pid in marks
    ]
    return tuple(sorted(rows, key=lambda r: sort_key(r.name)))


def _pupil_row(
    name: str, code: str, gender: str, marks: list[tuple[str, str, str]], quiz: list[int]
) -> PupilRow:
    attended = sum(1 for m in marks if m[2] in ("present", "late"))
    excused = sum(1 for m in marks if m[2] == "excused")
    missed = tuple(
        Missed(held_on=day, lesson_id=lesson, excused=status == "excused")
        for day, lesson, status in sorted(marks)
        if status in ("absent", "excused")
    )
    return PupilRow(
        name=name,
        code=code,
        gender=gender,
        attended=attended,
        counted=len(marks) - excused,
        excused=excused,
        quiz_attempts=quiz[0],
        quiz_passed=quiz[1],
        quiz_correct=quiz[2],
        quiz_possible=quiz[3],
        missed=missed,
    )


def _quiz_rows(
    store: Store, kit: Kit, sessions: list[tuple]
) -> tuple[tuple[LessonQuiz, ...], tuple[ItemResult, ...]]:
    quizzes, items = [], defaultdict(lambda: [0, 0])
    for session in sessions:
        session_id, held_on, lesson_id = session[0], session[1], session[2]
        attempts = passed = correct = possible = right = responses = 0
        answers = store.db.execute(
            "SELECT pupil_id, item_id, correct FROM quiz_answer "
            "WHERE deleted = 0 AND session_id = ?",
            [session_id],
        ).fetchall()
        asked = {a[1] for a in answers}
        per_pupil: dict[str, int] = defaultdict(int)
        for pupil_id, item_id, ok in answers:
            per_pupil[pupil_id] += ok
            items[(lesson_id, item_id)][0] += ok
        for item_id in asked:
            items[(lesson_id, item_id)][1] += len(per_pupil)
        attempts = len(per_pupil)
        passed = sum(1 for c in per_pupil.values() if c >= len(asked) * PASS_RATIO)
        correct, possible = sum(per_pupil.values()), attempts * len(asked)
        right, responses = _session_tally(store, kit, session_id, lesson_id, items)
        quizzes.append(
            LessonQuiz(
                held_on,
                lesson_id,
                _title(kit, lesson_id),
                session[5],
                attempts,
                passed,
                correct,
                possible,
                right,
                responses,
            )
        )
    return tuple(quizzes), _item_results(kit, items)


def _session_tally(
    store: Store, kit: Kit, session_id: str, lesson_id: str, items: dict
) -> tuple[int, int]:
    try:
        keys = kit.lesson(lesson_id).quiz_keys()
    except KeyError:
        keys = {}
    right = responses = 0
    for item_id, option, count in store.db.execute(
        "SELECT item_id, option, count FROM quiz_tally WHERE deleted = 0 AND session_id = ?",
        [session_id],
    ):
        key = keys.get(item_id)
        if key is None:
            continue
        ok = count if option == key.answer else 0
        right, responses = right + ok, responses + count
        items[(lesson_id, item_id)][0] += ok
        items[(lesson_id, item_id)][1] += count
    return right, responses


def _item_results(kit: Kit, items: dict[tuple[str, str], list[int]]) -> tuple[ItemResult, ...]:
    out = []
    for (lesson_id, item_id), (right, total) in items.items():
        prompt, number = Text(item_id, item_id), 0
        try:
            quiz = kit.lesson(lesson_id).quiz
            number, item = next((i + 1, q) for i, q in enumerate(quiz) if q.id == item_id)
            prompt = item.prompt
        except (KeyError, StopIteration):
            pass
        out.append(ItemResult(lesson_id, item_id, number, prompt, right, total))
    return tuple(sorted(out, key=lambda r: (r.lesson_id, r.number, r.item_id)))


def _plan_rows(kit: Kit, band_id: str, sessions: list[tuple]) -> tuple[PlanLesson, ...]:
    held: dict[str, str] = {}
    for session in sessions:
        held[session[2]] = max(held.get(session[2], ""), session[1])
    return tuple(
        PlanLesson(lesson.order, lesson.id, lesson.title, lesson.strand, held.get(lesson.id, ""))
        for lesson in kit.band_plan(band_id)
    )


def class_figures(store: Store, kit: Kit, class_id: str, period: Period | str) -> ClassFigures:
    """A class's figures for the period (names included: the class report is personal data)."""
    period = parse_period(period) if isinstance(period, str) else period
    found = class_queries.school_class(store.db, class_id)
    if found is None:
        raise UserError("class.unknown", name=class_id)
    school = class_queries.school(store.db, found.school_id)
    band = kit.band_for_grade(found.grade)
    sessions = _class_sessions(store, class_id, period)
    quizzes, items = _quiz_rows(store, kit, sessions)
    return ClassFigures(
        school_name=school.name if school else "",
        class_name=found.name,
        grade=found.grade,
        school_year=found.school_year,
        homeroom_teacher=found.homeroom_teacher,
        band_id=band.id,
        period=period.text,
        start=period.start.isoformat(),
        end=period.end.isoformat(),
        sessions=tuple(
            ClassSession(
                s[1],
                s[2],
                _title(kit, s[2]),
                s[3],
                s[4],
                s[5],
                s[6] or 0,
                s[7] or 0,
                s[8] or 0,
                s[9] or 0,
            )
            for s in sessions
        ),
        plan=_plan_rows(kit, band.id, sessions),
        pupils=_pupil_rows(store, class_id, sessions),
        quizzes=quizzes,
        items=items,
    )
