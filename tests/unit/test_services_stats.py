"""Figures behind the Today page (skillsapp.services.stats), checked against the services."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from skillsapp.content import load_kit
from skillsapp.services.coverage import class_coverage
from skillsapp.services.school import classes, school_years
from skillsapp.services.sessions import list_sessions
from skillsapp.services.stats import class_plans, teaching_year, week_of


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)))
def test_week_runs_monday_to_sunday_around_the_day(day):
    monday, sunday = week_of(day)
    assert monday.weekday() == 0 and (sunday - monday).days == 6
    assert monday <= day <= sunday


def test_teaching_year_falls_back_to_the_newest_with_classes(demo_store):
    newest = school_years(demo_store)[0]
    assert teaching_year(demo_store, date(2040, 10, 1)) == newest
    start = int(newest[:4])
    assert teaching_year(demo_store, date(start, 10, 1)) == newest


def test_class_plans_agree_with_coverage_and_sessions(demo_store):
    kit = load_kit()
    year = school_years(demo_store)[0]
    plans = class_plans(demo_store, kit, year)
    assert [p.class_id for p in plans] == [c.id for c in classes(demo_store, school_year=year)]
    for plan in plans:
        coverage = class_coverage(demo_store, plan.class_id, kit)
        assert (plan.done, plan.total, plan.next_lesson_id) == (
            coverage.done,
            coverage.total,
            coverage.next_lesson_id,
        )
        held = [s.held_on for s in list_sessions(demo_store, class_id=plan.class_id)]
        assert plan.last_held == (max(held) if held else None)
