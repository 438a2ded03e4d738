"""The class dashboard shows what the session services recorded, recomputed here independently."""

from __future__ import annotations

from collections import defaultdict

import pytest

from skillsapp.domain.attendance import rate
from skillsapp.domain.scoring import is_correct
from skillsapp.services.coverage import class_coverage
from skillsapp.services.school import classes, pupils
from skillsapp.services.sessions import get_session, list_sessions


@pytest.fixture
def shown(window, ctx):
    page = window.show_page("dashboard")
    cls = classes(ctx.store)[1]
    page.select_class(cls.id)
    sessions = [get_session(ctx.store, s.id) for s in list_sessions(ctx.store, class_id=cls.id)]
    return page, cls, sorted(sessions, key=lambda s: s.held_on)


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%"


def test_coverage_matches_the_band_plan(ctx, shown):
    page, cls, _sessions = shown
    coverage = class_coverage(ctx.store, cls.id, ctx.kit)
    cells = [
        page.coverage.item(r, c)
        for r in range(page.coverage.rowCount())
        for c in range(page.coverage.columnCount())
        if page.coverage.item(r, c) is not None
    ]
    assert len(cells) == coverage.total
    assert sum(1 for c in cells if c.text().startswith("✓")) == coverage.done
    strands = {s.strand for s in coverage.lessons}
    assert page.coverage.rowCount() == len(strands)


def test_attendance_per_pupil(ctx, shown):
    page, cls, sessions = shown
    marks = defaultdict(list)
    for session in sessions:
        for pupil_id, status in session.attendance.items():
            marks[pupil_id].append(status)
    roster = [p for p in pupils(ctx.store, cls.id) if p.active or p.id in marks]
    assert page.pupils.rowCount() == len(roster)
    for row, pupil in enumerate(roster):
        expected = rate(marks[pupil.id])
        shown_row = [page.pupils.item(row, c).text() for c in range(5)]
        assert shown_row[1:4] == [pupil.full_name, str(expected.attended), str(expected.counted)]
        assert shown_row[4] == (
            _percent(expected.attended, expected.counted) if expected.counted else "–"
        )
    page.only_missed.setChecked(True)
    missed = [p for p in roster if any(s in ("absent", "excused") for s in marks[p.id])]
    assert page.pupils.rowCount() == len(missed)
    assert {page.pupils.item(r, 1).text() for r in range(len(missed))} == {
        p.full_name for p in missed
    }


def test_quiz_results_per_session(ctx, shown):
    page, _cls, sessions = shown
    assert page.sessions.rowCount() == len(sessions)
    for row, session in enumerate(sessions):
        keys = ctx.kit.lesson(session.lesson_id).quiz_keys()
        if session.quiz_mode == "pupil":
            answerers = {a.pupil_id for a in session.answers}
            asked = {a.item_id for a in session.answers}
            right = sum(is_correct(keys[a.item_id], a.answer) for a in session.answers)
            expected = _percent(right, len(answerers) * len(asked))
        else:
            hands = sum(t.count for t in session.tallies)
            right = sum(t.count for t in session.tallies if t.option == keys[t.item_id].answer)
            expected = _percent(right, hands)
        assert page.sessions.item(row, 3).text() == expected


def test_charts_draw_one_bar_per_session(shown, qtbot):
    from PySide6.QtCharts import QChartView

    page, _cls, sessions = shown
    page.tabs.setCurrentIndex(1)
    view = page.charts["attendance"]
    assert isinstance(view, QChartView)
    (series,) = view.chart().series()
    assert series.barSets()[0].count() == len(sessions)
    page.tabs.setCurrentIndex(2)
    assert "quiz" in page.charts


def test_a_grade_7_class_shows_grade_7s_sequence(window, ctx, qtbot):
    """Issue 17: the coverage grid has one column per lesson of grade 7's sequence, in order."""
    page = window.show_page("dashboard")
    cls = next(c for c in classes(ctx.store) if c.grade == 7)
    page.select_class(cls.id)
    plan = ctx.kit.grade_plan(7)
    assert plan and len(plan) < len(ctx.kit.band_plan("g6-9"))
    qtbot.waitUntil(lambda: page.coverage.columnCount() == len(plan), timeout=20000)
    headers = [page.coverage.horizontalHeaderItem(c).text() for c in range(len(plan))]
    assert headers == [str(lesson.order) for lesson in plan]
    held = {s.lesson_id for s in list_sessions(ctx.store, class_id=cls.id) if s.kind == "lesson"}
    ticked = [
        page.coverage.item(r, c)
        for r in range(page.coverage.rowCount())
        for c in range(page.coverage.columnCount())
        if page.coverage.item(r, c) is not None and page.coverage.item(r, c).text().startswith("✓")
    ]
    assert len(ticked) == sum(1 for lesson in plan if lesson.id in held)
