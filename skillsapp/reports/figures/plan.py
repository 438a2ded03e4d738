"""Plan progress: how much of each class's lesson plan has been delivered so far, and which
pupils have had every lesson their class has been taught.

"At least one session" says a class has started, not that it has had the programme; these
figures are what the assessment's claims about targets rest on. Definitions:
- a class's planned lessons are its band's lesson plan in the kit; delivered are the distinct
  plan lessons it has had a session of by the end of the period (its school year so far),
  counted by services/coverage.py delivered_lessons, as the class screens count them;
- a class is complete when every planned lesson is delivered;
- a pupil (active, of a class in scope) has had every lesson so far when they were present or
  late at a session of each plan lesson their class has had; a class that has had none has no
  such pupil;
- a mixed-grade class (lớp ghép) plans every one of its grades' lessons and counts under its
  lowest grade; its pupils count under their own grade.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from skillsapp.domain.periods import Period, school_year_start
from skillsapp.services.coverage import delivered_lessons
from skillsapp.store import Store
from skillsapp.store.classes import parse_grades
from skillsapp.store.report_plan import ClassInScope, classes_in_scope, pupil_lessons_so_far

if TYPE_CHECKING:
    from skillsapp.content import Kit


@dataclass(frozen=True)
class ClassPlan:
    """One class's plan progress (no pupil figures: it goes to the department as it is)."""

    name: str
    grade: int
    planned: int
    delivered: int


@dataclass(frozen=True)
class GradePlan:
    grade: int
    plan_lessons: int = 0
    plan_delivered: int = 0
    classes_complete: int = 0
    pupils_active: int = 0
    pupils_all_lessons: int = 0


@dataclass(frozen=True)
class GradeStrandPlan:
    """Planned and delivered lessons of one strand in one grade, over its classes."""

    grade: int
    strand: int
    planned: int = 0
    delivered: int = 0


@dataclass(frozen=True)
class PlanProgress:
    classes: tuple[ClassPlan, ...]
    grades: dict[int, GradePlan]
    grade_strand: tuple[GradeStrandPlan, ...]


def years_touched(period: Period) -> list[str]:
    first, last = school_year_start(period.start), school_year_start(period.end)
    return [f"{y}-{y + 1}" for y in range(first, last + 1)]


def _plan_ids(
    kit: Kit, grades: tuple[int, ...], cache: dict[int, frozenset[str]]
) -> frozenset[str]:
    """A class's plan: its grade's lessons, or for a mixed class every one of its grades'."""
    for grade in grades:
        if grade not in cache:
            try:
                cache[grade] = frozenset(p.id for p in kit.grade_plan(grade))
            except (KeyError, ValueError):
                cache[grade] = frozenset()
    return frozenset().union(*(cache[g] for g in grades))


def _class_grades(found: ClassInScope) -> tuple[int, ...]:
    return parse_grades(found.mixed_grades) or (found.grade,)


def _strand_counts(
    kit: Kit,
    names: dict[str, ClassInScope],
    delivered: dict[str, set[str]],
    plans: dict[int, frozenset[str]],
) -> tuple[GradeStrandPlan, ...]:
    counts: dict[tuple[int, int], list[int]] = defaultdict(lambda: [0, 0])
    for cid, found in names.items():
        grade = found.grade
        for lesson_id in _plan_ids(kit, _class_grades(found), plans):
            key = (grade, kit.lesson(lesson_id).strand)
            counts[key][0] += 1
            counts[key][1] += lesson_id in delivered[cid]
    return tuple(GradeStrandPlan(g, s, *counts[(g, s)]) for g, s in sorted(counts))


def plan_progress(store: Store, kit: Kit, school_id: str, period: Period) -> PlanProgress:
    """Each class's progress and each grade's totals, for the report's classes in scope."""
    args = (school_id, years_touched(period), period.start.isoformat(), period.end.isoformat())
    names = {c.class_id: c for c in classes_in_scope(store.db, *args)}
    plans: dict[int, frozenset[str]] = {}
    class_plans = {cid: _plan_ids(kit, _class_grades(c), plans) for cid, c in names.items()}
    delivered = {
        cid: set(days) for cid, days in delivered_lessons(store, class_plans, period.end).items()
    }
    went: dict[str, set[str]] = defaultdict(set)
    pupil_class: dict[str, tuple[str, int]] = {}
    for row in pupil_lessons_so_far(store.db, *args):
        pupil_class[row.pupil_id] = (row.class_id, row.grade)
        if row.lesson_id:
            went[row.pupil_id].add(row.lesson_id)
    grades: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    classes: list[ClassPlan] = []
    for cid, found in names.items():
        grade = found.grade
        planned = len(class_plans[cid])
        classes.append(ClassPlan(found.name, grade, planned, len(delivered[cid])))
        grades[grade]["plan_lessons"] += planned
        grades[grade]["plan_delivered"] += len(delivered[cid])
        grades[grade]["classes_complete"] += bool(planned) and len(delivered[cid]) == planned
    for pupil, (cid, grade) in pupil_class.items():
        grades[grade]["pupils_active"] += 1
        had = delivered[cid]
        grades[grade]["pupils_all_lessons"] += bool(had) and had <= went[pupil]
    return PlanProgress(
        classes=tuple(classes),
        grades={g: GradePlan(grade=g, **v) for g, v in grades.items()},
        grade_strand=_strand_counts(kit, names, delivered, plans),
    )
