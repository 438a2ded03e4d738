"""A class's figures for a period: sessions, plan, each pupil (personal data)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.content.model import Text
from skillsapp.domain.names import sort_key
from skillsapp.domain.periods import Period, parse_period
from skillsapp.domain.scoring import PASS_RATIO
from skillsapp.errors import UserError
from skillsapp.services.coverage import class_plan
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import report_class as queries
from skillsapp.store.report_class import SessionCounts

if TYPE_CHECKING:
    from skillsapp.content import Kit


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
    version: int = 0  # the lesson version asked: an update's item is not its predecessor's


@dataclass(frozen=True)
class ClassFigures:
    """A class's period: sessions, the grade's plan, each pupil, each quiz and item."""

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
    grades: tuple[int, ...] = ()  # every grade the class teaches (a mixed class: two or three)

    @property
    def has_data(self) -> bool:
        return bool(self.sessions)


def _title(kit: Kit, lesson_id: str, version: int) -> Text:
    """The lesson's title as taught (that version)."""
    try:
        return kit.lesson_at(lesson_id, version).title
    except KeyError:
        return Text(lesson_id, lesson_id)


def _pupil_rows(store: Store, class_id: str, sessions: list[SessionCounts]) -> tuple[PupilRow, ...]:
    ids = [s.id for s in sessions]
    marks: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    quiz: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    by_id = {s.id: s for s in sessions}
    for pupil_id, session_id, status in queries.attendance_marks(store.db, ids):
        marks[pupil_id].append((by_id[session_id].held_on, by_id[session_id].lesson_id, status))
    for pupil_id, correct, asked in queries.pupil_scores(store.db, ids):
        row = quiz[pupil_id]
        row[0] += 1
        row[1] += correct >= asked * PASS_RATIO
        row[2] += correct
        row[3] += asked
    people = queries.class_pupils(store.db, class_id)
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
    store: Store, kit: Kit, sessions: list[SessionCounts]
) -> tuple[tuple[LessonQuiz, ...], tuple[ItemResult, ...]]:
    quizzes: list[LessonQuiz] = []
    # (lesson id, version taught, item id) -> [right, asked]: each version's items on their own
    items: dict[tuple[str, int, str], list[int]] = defaultdict(lambda: [0, 0])
    for session in sessions:
        session_id, held_on, lesson_id = session.id, session.held_on, session.lesson_id
        taught = (lesson_id, session.lesson_version)
        attempts = passed = correct = possible = right = responses = 0
        answers = queries.session_answers(store.db, session_id)
        asked = {a[1] for a in answers}
        per_pupil: dict[str, int] = defaultdict(int)
        for pupil_id, item_id, ok in answers:
            per_pupil[pupil_id] += ok
            items[(*taught, item_id)][0] += ok
        for item_id in asked:
            items[(*taught, item_id)][1] += len(per_pupil)
        attempts = len(per_pupil)
        passed = sum(1 for c in per_pupil.values() if c >= len(asked) * PASS_RATIO)
        correct, possible = sum(per_pupil.values()), attempts * len(asked)
        right, responses = _session_tally(store, kit, session_id, taught, items)
        quizzes.append(
            LessonQuiz(
                held_on,
                lesson_id,
                _title(kit, lesson_id, session.lesson_version),
                session.quiz_mode,
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
    store: Store,
    kit: Kit,
    session_id: str,
    taught: tuple[str, int],
    items: dict[tuple[str, int, str], list[int]],
) -> tuple[int, int]:
    """(right, responses) of a session's show of hands, judged by the version taught."""
    lesson_id, version = taught
    try:
        keys = kit.lesson_at(lesson_id, version).quiz_keys()
    except KeyError:
        keys = {}
    right = responses = 0
    for item_id, option, count in queries.session_tallies(store.db, session_id):
        key = keys.get(item_id)
        if key is None:
            continue
        ok = count if option == key.answer else 0
        right, responses = right + ok, responses + count
        items[(lesson_id, version, item_id)][0] += ok
        items[(lesson_id, version, item_id)][1] += count
    return right, responses


def _item_results(kit: Kit, items: dict[tuple[str, int, str], list[int]]) -> tuple[ItemResult, ...]:
    """Each item asked, numbered and worded as in the version taught."""
    out = []
    for (lesson_id, version, item_id), (right, total) in items.items():
        prompt, number = Text(item_id, item_id), 0
        try:
            quiz = kit.lesson_at(lesson_id, version).quiz
            number, item = next((i + 1, q) for i, q in enumerate(quiz) if q.id == item_id)
            prompt = item.prompt
        except (KeyError, StopIteration):
            pass
        out.append(ItemResult(lesson_id, item_id, number, prompt, right, total, version))
    return tuple(sorted(out, key=lambda r: (r.lesson_id, r.version, r.number, r.item_id)))


def _plan_rows(
    kit: Kit, grades: tuple[int, ...], sessions: list[SessionCounts], taught: dict[str, int]
) -> tuple[PlanLesson, ...]:
    """The class's own grade plan (kit.yaml's sequence; a mixed class's grades' plans in turn,
    services/coverage.py class_plan), each lesson with its last session in the period, named
    as the class was taught it (`taught`), so a later update leaves past reports unchanged; a
    lesson the class never had is named as it is now."""
    held: dict[str, str] = {}  # lesson id -> last day held in the period
    for session in sessions:
        held[session.lesson_id] = max(held.get(session.lesson_id, ""), session.held_on)
    rows = []
    for planned, _grades in class_plan(kit, grades):
        lesson = kit.lesson(planned.id)
        title = kit.lesson_at(lesson.id, taught.get(lesson.id, lesson.version)).title
        rows.append(
            PlanLesson(lesson.order, lesson.id, title, lesson.strand, held.get(lesson.id, ""))
        )
    return tuple(rows)


def _taught_versions(store: Store, class_id: str, end: str) -> dict[str, int]:
    """Each lesson the class had, with the version that names it in a period ending on `end`:
    the last taught by then, else (a lesson first had later) the first taught after."""
    versions: dict[str, int] = {}
    for held_on, lesson_id, version in queries.taught_versions(store.db, class_id):
        if held_on <= end or lesson_id not in versions:
            versions[lesson_id] = version
    return versions


def class_figures(store: Store, kit: Kit, class_id: str, period: Period | str) -> ClassFigures:
    """A class's figures for the period (names included: the class report is personal data)."""
    period = parse_period(period) if isinstance(period, str) else period
    found = class_queries.school_class(store.db, class_id)
    if found is None:
        raise UserError("class.unknown", name=class_id)
    school = class_queries.school(store.db, found.school_id)
    band = kit.band_for_grade(found.grade)
    sessions = queries.class_sessions(
        store.db, class_id, period.start.isoformat(), period.end.isoformat()
    )
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
                s.held_on,
                s.lesson_id,
                _title(kit, s.lesson_id, s.lesson_version),
                s.minutes,
                s.teacher,
                s.quiz_mode,
                s.present,
                s.late,
                s.absent,
                s.excused,
            )
            for s in sessions
        ),
        plan=_plan_rows(
            kit, found.grades, sessions, _taught_versions(store, class_id, period.end.isoformat())
        ),
        grades=found.grades,
        pupils=_pupil_rows(store, class_id, sessions),
        quizzes=quizzes,
        items=items,
    )
