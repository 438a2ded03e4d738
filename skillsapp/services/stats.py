"""Figures for the teacher's screens that combine several services: the year to work in, each
class's place in its grade's plan, and the week's dates.

Plain functions over the store and the kit's plans (no Qt), so the Today page can compute them on a
worker thread and the tests can check them without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from skillsapp.domain.lesson_plans import LessonPlans
from skillsapp.domain.periods import current_school_year
from skillsapp.services.coverage import class_coverage
from skillsapp.services.school import classes as list_classes
from skillsapp.services.school import school_years
from skillsapp.store import Store


@dataclass(frozen=True)
class ClassPlan:
    """Where one class stands in its grade's plan."""

    class_id: str
    class_name: str
    grade: int
    pupils: int
    band_id: str
    done: int
    total: int
    next_lesson_id: str | None
    last_held: date | None
    grades: tuple[int, ...] = ()  # a mixed class's grades (one grade: empty)
    next_grades: tuple[int, ...] = ()  # of a mixed class, the grades its next lesson serves


def teaching_year(store: Store, today: date) -> str:
    """The school year to show: today's if it has classes, else the newest that has any."""
    label = current_school_year(today).label
    years = school_years(store)
    return label if label in years or not years else years[0]


def week_of(day: date) -> tuple[date, date]:
    """Monday to Sunday of the week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def class_plans(store: Store, kit: LessonPlans, school_year: str) -> list[ClassPlan]:
    """Every live class of the year with its progress and the next lesson to teach."""
    plans = []
    for cls in list_classes(store, school_year=school_year):
        coverage = class_coverage(store, cls.id, kit)
        held = [s.held_on for s in coverage.lessons if s.held_on]
        upcoming = next((s for s in coverage.lessons if s.held_on is None), None)
        mixed = coverage.mixed and upcoming is not None
        plans.append(
            ClassPlan(
                class_id=cls.id,
                class_name=cls.name,
                grade=cls.grade,
                pupils=cls.pupil_count,
                band_id=coverage.band_id,
                done=coverage.done,
                total=coverage.total,
                next_lesson_id=coverage.next_lesson_id,
                last_held=max(held) if held else None,
                grades=coverage.grades if coverage.mixed else (),
                next_grades=upcoming.grades if mixed and upcoming else (),
            )
        )
    return plans
