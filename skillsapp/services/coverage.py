"""Which lessons of its grade's plan a class has had, and what to teach next.

A class is planned against its own grade's sequence (kit.yaml), not its whole band: a grade-7
class's next lesson is the first of grade 7's lessons it has not had.

A mixed-grade class (lớp ghép) is planned against each of its grades' sequences at once:
`class_plan` takes them in turn (the first lesson of each grade, then the second, ...), each
lesson once, with the grades it serves; the teacher picks one for the group.

`delivered_lessons` is the one count of delivered lessons: the class screens call it with no end
date (the class's year so far) and the reports' plan figures with the period's end.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from datetime import date

from skillsapp.domain.lesson_plans import LessonPlans, PlannedLesson
from skillsapp.errors import UserError
from skillsapp.messages import register_messages, tr
from skillsapp.services.school import classes as list_classes
from skillsapp.store import Store
from skillsapp.store import classes as class_queries
from skillsapp.store import pupils as pupil_queries
from skillsapp.store.coverage import lesson_days, lessons_attended, lessons_held

register_messages(
    {
        "coverage.since_joining": {
            "vi": "Từ khi vào lớp ngày {day}: đã học {attended}/{held} bài lớp đã học; "
            "còn {ahead} bài phía trước.",
            "en": "Since joining on {day}: attended {attended} of the {held} lessons the class "
            "has had; {ahead} lessons ahead.",
        },
        "coverage.whole_year": {
            "vi": "Cả năm: đã học {attended}/{held} bài lớp đã học.",
            "en": "Whole year: attended {attended} of the {held} lessons the class has had.",
        },
    }
)


@dataclass(frozen=True)
class LessonStatus:
    """One lesson of a class's plan: its place, its strand and when it was held."""

    lesson_id: str
    order: int
    strand: int
    held_on: date | None
    grades: tuple[int, ...] = ()  # the class's grades whose plan holds this lesson


@dataclass(frozen=True)
class ClassCoverage:
    """A class's plan for the year, lesson by lesson, with what is done and what is next."""

    class_id: str
    class_name: str
    grade: int
    band_id: str
    lessons: tuple[LessonStatus, ...]
    grades: tuple[int, ...] = ()  # every grade the class teaches (two or three when mixed)

    @property
    def mixed(self) -> bool:
        return len(self.grades) > 1

    @property
    def done(self) -> int:
        return sum(1 for lesson in self.lessons if lesson.held_on)

    @property
    def total(self) -> int:
        return len(self.lessons)

    @property
    def next_lesson_id(self) -> str | None:
        """The first lesson of the grade's plan the class has not had (None when all are done)."""
        return next((s.lesson_id for s in self.lessons if s.held_on is None), None)

    def strands_done(self) -> set[int]:
        return {s.strand for s in self.lessons if s.held_on}


def delivered_lessons(
    store: Store, plans: Mapping[str, Collection[str]], end: date | None = None
) -> dict[str, dict[str, date]]:
    """For each class (class id -> the lesson ids of its plan): the plan lessons it has had a
    lesson session of on or before `end` (ever, when None), each with the last such day.

    Every class of `plans` is in the result, with an empty dict when it has had none.
    """
    held = lessons_held(store.db, list(plans), end)
    return {
        class_id: {lid: day for lid, day in held.get(class_id, {}).items() if lid in plan}
        for class_id, plan in plans.items()
    }


def class_plan(
    kit: LessonPlans, grades: tuple[int, ...]
) -> tuple[tuple[PlannedLesson, tuple[int, ...]], ...]:
    """A class's plan with the grades each lesson serves: one grade's sequence as it is; for a
    mixed class the grades' sequences taken in turn, each lesson once."""
    plans = [(grade, list(kit.grade_plan(grade))) for grade in grades]
    served: dict[str, list[int]] = {}
    ordered: list[PlannedLesson] = []
    for step in range(max((len(p) for _, p in plans), default=0)):
        for _grade, plan in plans:
            if step < len(plan):
                lesson = plan[step]
                if lesson.id not in served:
                    served[lesson.id] = []
                    ordered.append(lesson)
    for grade, plan in plans:
        for lesson in plan:
            served[lesson.id].append(grade)
    return tuple((lesson, tuple(served[lesson.id])) for lesson in ordered)


def class_coverage(store: Store, class_id: str, kit: LessonPlans) -> ClassCoverage:
    found = class_queries.school_class(store.db, class_id)
    if found is None:
        raise UserError("class.unknown", name=class_id)
    band = kit.band_for_grade(found.grade)
    plan = class_plan(kit, found.grades)
    held = delivered_lessons(store, {class_id: {lesson.id for lesson, _ in plan}})[class_id]
    statuses = tuple(
        LessonStatus(
            lesson_id=lesson.id,
            order=lesson.order,
            strand=lesson.strand,
            held_on=held.get(lesson.id),
            grades=grades,
        )
        for lesson, grades in plan
    )
    return ClassCoverage(
        class_id=found.id,
        class_name=found.name,
        grade=found.grade,
        band_id=band.id,
        lessons=statuses,
        grades=found.grades,
    )


def school_coverage(store: Store, kit: LessonPlans, school_year: str) -> list[ClassCoverage]:
    return [class_coverage(store, c.id, kit) for c in list_classes(store, school_year=school_year)]


@dataclass(frozen=True)
class PupilCoverage:
    """One pupil's share of their class's plan: a pupil who joined mid-year is counted against
    the lessons held since the day they joined, and planned against the lessons still ahead
    (those the class had not had by then), never against what was taught before they came."""

    pupil_id: str
    joined_on: date | None
    held: int  # plan lessons the class has had (since joining, for a joiner)
    attended: int  # of those, the ones the pupil was present or late at
    ahead: tuple[str, ...]  # plan lessons the class had not had when the pupil joined

    def describe(self, lang: str | None = None) -> str:
        if self.joined_on is None:
            return tr("coverage.whole_year", lang, attended=self.attended, held=self.held)
        return tr(
            "coverage.since_joining",
            lang,
            day=self.joined_on.strftime("%d/%m/%Y"),
            attended=self.attended,
            held=self.held,
            ahead=len(self.ahead),
        )


def pupil_coverage(store: Store, pupil_id: str, kit: LessonPlans) -> PupilCoverage:
    """The plan of one pupil's stay in their class (see `PupilCoverage`)."""
    pupil = pupil_queries.pupil(store.db, pupil_id)
    cls = class_queries.school_class(store.db, pupil.class_id) if pupil else None
    if pupil is None or cls is None:
        raise UserError("pupil.unknown")
    joined = date.fromisoformat(pupil.joined_on) if pupil.joined_on else None
    plan = [lesson.id for lesson in kit.grade_plan(cls.grade)]
    days = lesson_days(store.db, cls.id)
    before = {lid for lid, day in days if joined is not None and day < joined}
    since = {lid for lid, day in days if joined is None or day >= joined}
    held = [lid for lid in plan if lid in since]
    went = lessons_attended(store.db, pupil.id)
    return PupilCoverage(
        pupil_id=pupil.id,
        joined_on=joined,
        held=len(held),
        attended=sum(1 for lid in held if lid in went),
        ahead=tuple(lid for lid in plan if lid not in before),
    )
