"""Today: next lessons per class and this week's sessions as the services say; Start lesson."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from support.today_page import click_start

from skillsapp.services.coverage import class_coverage
from skillsapp.services.school import classes
from skillsapp.services.sessions import list_sessions
from skillsapp.services.stats import week_of
from skillsapp.ui.pages import today as today_module
from skillsapp.ui.pages.session import ATTENDANCE, REVIEW


@pytest.fixture(autouse=True)
def demo_day(monkeypatch, demo_store):
    """Today is the demo school's last teaching day, so this week has sessions."""
    day = list_sessions(demo_store)[0].held_on
    monkeypatch.setattr(today_module, "today", lambda: day)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    return day


@pytest.fixture
def page(window, qtbot):
    page = window.show_page("today")
    qtbot.waitUntil(lambda: page.classes.rowCount() > 0, timeout=20000)
    return page


def test_today_is_first_and_lists_next_lessons(window, ctx, page):
    assert window.pages[0] is page
    found = classes(ctx.store)
    assert page.classes.rowCount() == len(found)
    for row, cls in enumerate(found):
        coverage = class_coverage(ctx.store, cls.id, ctx.kit)
        assert page.classes.item(row, 0).text() == cls.name
        assert page.classes.item(row, 3).text() == f"{coverage.done}/{coverage.total}"
        if coverage.next_lesson_id:
            title = ctx.kit.lesson(coverage.next_lesson_id).title.get("en")
            assert page.classes.item(row, 4).text().endswith(title)


def test_sessions_of_the_week(ctx, page, demo_day):
    monday, sunday = week_of(demo_day)
    held = list_sessions(ctx.store, start=monday, end=sunday)
    assert held, "the demo school teaches every week"
    shown = {
        page.week.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in range(page.week.rowCount())
    }
    assert shown == {s.id for s in held}


def test_start_lesson_by_mouse_opens_attendance(window, ctx, page, qtbot):
    cls = classes(ctx.store)[2]
    coverage = class_coverage(ctx.store, cls.id, ctx.kit)
    click_start(qtbot, page, 2)
    session = window.stack.currentWidget()
    assert session.page_id == "session"
    assert session.draft.class_id == cls.id
    assert session.draft.lesson_id == (coverage.next_lesson_id or session.draft.lesson_id)
    assert session.stack.currentIndex() == ATTENDANCE


def test_start_lesson_by_keyboard(window, ctx, page, qtbot):
    page.classes.setFocus()
    page.classes.setCurrentCell(0, 0)
    qtbot.keyClick(page.classes, Qt.Key.Key_Down)
    qtbot.keyClick(page.classes, Qt.Key.Key_Return)
    session = window.stack.currentWidget()
    assert session.draft.class_id == classes(ctx.store)[1].id
    assert session.stack.currentIndex() == ATTENDANCE


def test_a_week_session_opens_for_editing(window, page, qtbot):
    page.week.setCurrentCell(0, 0)
    session_id = page.week.item(0, 0).data(Qt.ItemDataRole.UserRole)
    qtbot.keyClick(page.week, Qt.Key.Key_Return)
    session = window.stack.currentWidget()
    assert session.draft.session_id == session_id and session.stack.currentIndex() == REVIEW


def test_unsaved_session_shows_a_banner_with_continue(window, ctx, page, qtbot):
    assert not page.banner.isVisible()
    click_start(qtbot, page, 0)
    session = window.stack.currentWidget()
    qtbot.keyClick(session.attendance.grid, Qt.Key.Key_Space)
    session.write_draft()
    window.show_page("today")
    assert page.banner.isVisible()
    qtbot.mouseClick(page.continue_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is session and session.dirty


def test_language_switch_retranslates_today_session_and_dashboard(window, ctx, page):
    from skillsapp.ui import i18n

    session = window.show_page("session")
    dashboard = window.show_page("dashboard")
    lesson_id = session.draft.lesson_id
    i18n.install("vi")
    try:
        ctx.language = "vi"
        ctx.bus.language_changed.emit("vi")
        assert page.classes.horizontalHeaderItem(4).text() == "Bài tiếp theo"
        assert session.steps_bar.tabText(1) == "2 Điểm danh"
        assert dashboard.tabs.tabText(0) == "Tiến độ"
        title = ctx.kit.lesson(lesson_id).title.get("vi")
        assert title in session.context_label.text()  # lesson content follows the language
    finally:
        i18n.install("en")
        ctx.language = "en"
        ctx.bus.language_changed.emit("en")
    assert session.steps_bar.tabText(1) == "2 Attendance"


def test_a_grade_7_class_is_planned_against_grade_7s_sequence(ctx, page):
    """Issue 17: the row's count and next lesson come from grade 7's own sequence (kit.yaml),
    worked out here from the recorded sessions, not from the whole g6-9 band."""
    found = classes(ctx.store)
    row, cls = next((r, c) for r, c in enumerate(found) if c.grade == 7)
    plan = [lesson.id for lesson in ctx.kit.grade_plan(7)]
    assert plan and len(plan) < len(ctx.kit.band_plan("g6-9"))
    held = {s.lesson_id for s in list_sessions(ctx.store, class_id=cls.id) if s.kind == "lesson"}
    done = [lesson_id for lesson_id in plan if lesson_id in held]
    assert page.classes.item(row, 3).text() == f"{len(done)}/{len(plan)}"
    upcoming = [lesson_id for lesson_id in plan if lesson_id not in held]
    expected = ctx.kit.lesson(upcoming[0]).title.get("en") if upcoming else "All lessons done"
    assert page.classes.item(row, 4).text().endswith(expected)


def test_a_worker_that_finishes_late_does_not_overwrite_newer_figures(
    window, ctx, qtbot, monkeypatch, demo_day
):
    """A first refresh hands its work to a worker (no plan index kept yet); before it is done
    the page is refreshed again and filled at once. The worker's older figures, for another
    day, must not replace the newer ones when they arrive (the race a fresh CI clone hit)."""
    from skillsapp.content import plan_index

    plan_index.plan_index_for(ctx.db_path)  # kept, so the second refresh fills at once
    page = today_module.TodayPage(ctx)
    monkeypatch.setattr(plan_index, "kept_plan_index", lambda *_a: None)
    monkeypatch.setattr(today_module, "today", lambda: date(2026, 8, 1))  # summer: no sessions
    page.refresh()  # the worker's job, for 1 August
    monkeypatch.undo()  # the real kept index and no patched day ...
    monkeypatch.setattr(today_module, "today", lambda: demo_day)  # ... then the demo's day
    page.refresh()
    assert page.week.rowCount() > 0  # filled at once, for the demo's last week
    qtbot.waitUntil(lambda: ctx.jobs.panel.isHidden(), timeout=30000)
    qtbot.waitUntil(lambda: page._data is not None, timeout=1000)
    assert page.week.rowCount() > 0
    monday, _sunday = week_of(demo_day)
    assert page._data.week and all(s.held_on >= monday for s in page._data.week)


def test_a_long_next_lesson_wraps_when_the_window_narrows_and_unwraps_when_it_widens(
    window, page, qtbot
):
    """Rows are measured once per fill and when the stretched title column changes width
    (read_only_tables.FitOnce), not by Qt at every layout pass: the heights still follow."""
    table = page.classes
    row = max(range(table.rowCount()), key=lambda r: len(table.item(r, 4).text()))
    one_line = table.fontMetrics().height()
    qtbot.waitUntil(lambda: table.rowHeight(row) < 2 * one_line)  # 1366 px: one line
    window.resize(900, 768)
    qtbot.waitUntil(lambda: table.rowHeight(row) >= 2 * one_line)  # the title wraps
    text_width = table.fontMetrics().horizontalAdvance(table.item(row, 4).text())
    assert table.columnWidth(4) < text_width
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: table.rowHeight(row) < 2 * one_line)
