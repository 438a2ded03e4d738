"""One count of delivered lessons: the class screens (services/coverage.py class_coverage) and
the reports' plan figures (reports/figures/plan.py plan_progress) must agree, differing only by
the end date they count up to."""

from __future__ import annotations

from datetime import date

import pytest

from skillsapp.content import load_kit
from skillsapp.domain.periods import parse_period
from skillsapp.reports.figures.plan import plan_progress
from skillsapp.services import school as school_service
from skillsapp.services.coverage import class_coverage, delivered_lessons

YEAR = "2026-2027"


@pytest.fixture(scope="module")
def kit():
    return load_kit()


def _plan_ids(kit, grade: int) -> set[str]:
    return {lesson.id for lesson in kit.grade_plan(grade)}


def _raw_delivered(store, kit, class_id: str, grade: int, end: date | None) -> set[str]:
    """Plan lessons the class had a live lesson session of by `end`, straight from the rows."""
    rows = store.db.execute(
        "SELECT lesson_id, held_on FROM session WHERE class_id = ? AND deleted = 0 "
        "AND kind = 'lesson'",
        [class_id],
    ).fetchall()
    held = {lid for lid, day in rows if end is None or date.fromisoformat(day) <= end}
    return held & _plan_ids(kit, grade)


def test_screens_and_year_report_count_the_same_delivered_lessons(demo_store, kit):
    school = school_service.current_school(demo_store)
    progress = plan_progress(demo_store, kit, school.id, parse_period(YEAR))
    classes = school_service.classes(demo_store, school_year=YEAR)
    assert progress.classes and len(progress.classes) == len(classes)
    by_name = {c.name: c for c in progress.classes}
    for cls in classes:
        coverage = class_coverage(demo_store, cls.id, kit)
        expected = _raw_delivered(demo_store, kit, cls.id, cls.grade, None)
        assert coverage.done == by_name[cls.name].delivered == len(expected)
        assert coverage.total == by_name[cls.name].planned
    assert any(c.delivered for c in progress.classes)


def test_an_earlier_end_counts_only_lessons_held_by_then(demo_store, kit):
    school = school_service.current_school(demo_store)
    period = parse_period("2026-10")
    progress = plan_progress(demo_store, kit, school.id, period)
    by_name = {c.name: c.delivered for c in progress.classes}
    classes = school_service.classes(demo_store, school_year=YEAR)
    plans = {c.id: _plan_ids(kit, c.grade) for c in classes}
    so_far = delivered_lessons(demo_store, plans, period.end)
    fewer = 0
    for cls in classes:
        expected = _raw_delivered(demo_store, kit, cls.id, cls.grade, period.end)
        assert set(so_far[cls.id]) == expected
        assert by_name[cls.name] == len(expected)
        assert all(day <= period.end for day in so_far[cls.id].values())
        fewer += len(expected) < class_coverage(demo_store, cls.id, kit).done
    assert fewer  # the demo has lessons after October, so the end date matters


def test_delivered_lessons_ignores_lessons_outside_the_plan_and_deleted_sessions(demo_store, kit):
    cls = school_service.classes(demo_store, school_year=YEAR)[0]
    plan = _plan_ids(kit, cls.grade)
    held = delivered_lessons(demo_store, {cls.id: plan})[cls.id]
    some = next(iter(held))
    only = delivered_lessons(demo_store, {cls.id: {some}, "no-such-class": plan})
    assert only == {cls.id: {some: held[some]}, "no-such-class": {}}
    demo_store.db.execute(
        "UPDATE session SET deleted = 1 WHERE class_id = ? AND lesson_id = ?", [cls.id, some]
    )
    assert some not in delivered_lessons(demo_store, {cls.id: plan})[cls.id]
    assert class_coverage(demo_store, cls.id, kit).done == len(held) - 1
