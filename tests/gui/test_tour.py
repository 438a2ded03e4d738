"""The first-start tour (issue 21): five steps on their pages, skippable, replayed from Settings,
and not shown by itself again once seen."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skillsapp.config import load_config, update_config
from skillsapp.ui.tour import STEPS


def test_the_tour_walks_five_steps_over_their_pages(qtbot, window):
    update_config(tour_done=False)
    tour = window.start_tour()
    qtbot.waitUntil(tour.isVisible)
    assert len(STEPS) == 5
    seen = []
    for step, (page_id, _title, _text) in enumerate(STEPS):
        assert tour.step == step
        assert window.current_page_id() == page_id
        assert tour.counter.text() == f"Step {step + 1} of 5"
        assert tour.back_button.isEnabled() == (step > 0)
        seen.append(tour.heading.text())
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible()
    assert len(set(seen)) == 5 and all(seen)
    assert load_config().tour_done


def test_the_tour_can_be_skipped_at_once(qtbot, window):
    update_config(tour_done=False)
    tour = window.start_tour()
    qtbot.waitUntil(tour.isVisible)
    qtbot.mouseClick(tour.skip_button, Qt.MouseButton.LeftButton)
    assert not tour.isVisible()
    assert load_config().tour_done


def test_settings_replays_the_tour(qtbot, window):
    settings = window.show_page("settings")
    qtbot.waitUntil(settings.isVisible)
    qtbot.mouseClick(settings.tour_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.tour is not None and window.tour.isVisible())
    assert window.tour.step == 0
    assert window.current_page_id() == "today"
    qtbot.keyClick(window.tour, Qt.Key.Key_Escape)
    assert not window.tour.isVisible()


def _tour_as(window, role):
    from dataclasses import replace

    from skillsapp.services.settings import load_profile, save_profile

    store = window.ctx.store
    save_profile(store, replace(load_profile(store), role=role))
    return window.start_tour()


def test_a_leader_is_shown_the_leaders_pages(qtbot, window):
    tour = _tour_as(window, "leader")
    qtbot.waitUntil(tour.isVisible)
    pages = []
    for _step in range(5):
        pages.append(window.current_page_id())
        if _step == 0:
            assert tour.heading.text() == "Collect your teachers' packages"
        qtbot.mouseClick(tour.next_button, Qt.MouseButton.LeftButton)
    assert pages == ["sync", "dashboard", "reports", "cases", "today"]
    assert not tour.isVisible()


def test_a_department_is_shown_its_own_tour_and_a_role_change_changes_it(qtbot, window):
    tour = _tour_as(window, "department")
    qtbot.waitUntil(tour.isVisible)
    assert window.current_page_id() == "sync"
    assert tour.heading.text() == "Receive the schools' reports"
    qtbot.keyClick(tour, Qt.Key.Key_Escape)
    again = _tour_as(window, "teacher")
    qtbot.waitUntil(again.isVisible)
    assert window.current_page_id() == "today"
    assert again.heading.text() == "Today: what to teach next"
