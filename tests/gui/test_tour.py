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
