"""Presentation cases on real (offscreen) screens, run by test_presenter_screens.py in a child
process whose QT_QPA_PLATFORM gives the offscreen platform one or two screens (the platform is
chosen once per process, so they cannot run in the main test process)."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from skillsapp.ui import presentation

LESSON = "g6-9/09-khi-bi-de-doa-bang-hinh-anh"
SCREENS = int(os.environ.get("SKILLSAPP_TEST_SCREENS", "0"))

pytestmark = pytest.mark.skipif(
    SCREENS == 0, reason="run by test_presenter_screens.py with a screen layout"
)


def plain(text: str) -> str:
    return " ".join(text.split())


def first_script(ctx) -> str:
    from html import unescape
    from re import sub

    from skillsapp.content.render import markdown

    step = ctx.kit.lesson(LESSON).steps[0]
    text = unescape(sub(r"<[^>]+>", " ", str(markdown(step.script.en))))
    return " ".join(text.split())[:60]


def test_the_layout_is_the_one_asked_for(qapp):
    assert len(QGuiApplication.screens()) == SCREENS


@pytest.mark.skipif(SCREENS != 2, reason="two screens")
def test_two_screens_slide_on_the_projector_presenter_view_on_the_teacher_screen(ctx, qtbot):
    window = presentation.open_presentation(ctx, ctx.kit.lesson(LESSON))
    qtbot.addWidget(window)
    presenter = window.presenter
    assert presenter is not None and window.script_window is None
    qtbot.waitUntil(lambda: window.isVisible() and presenter.isVisible())
    primary = QGuiApplication.primaryScreen()
    assert presenter.screen() is primary
    assert window.screen() is not primary
    assert window.screen().geometry().contains(window.geometry().center())
    snippet = first_script(ctx)
    qtbot.keyClick(presenter, Qt.Key.Key_PageDown)  # a remote's "next"
    assert snippet in plain(presenter.pane.script.toPlainText())
    assert snippet not in plain(window.projected_text())
    assert presenter.current.text() == window.canvas.text()
    assert plain(ctx.kit.lesson(LESSON).steps[1].title.en) in plain(presenter.following.text())
    assert "Lesson:" in presenter.pane.clocks.lesson_clock.text()
    assert "Step:" in presenter.pane.clocks.step_clock.text()
    assert "Page Down" in presenter.hint.text() and "?: keys" in presenter.hint.text()
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    assert window.canvas.text() == "" and presenter.current.text() == ""
    assert "BLACK SCREEN" in presenter.pane.position.text()
    qtbot.keyClick(presenter, Qt.Key.Key_B)
    qtbot.keyClick(presenter, "?")
    assert presenter.overlay.isVisible() and not window.overlay.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not presenter.overlay.isVisible() and window.isVisible()
    qtbot.keyClick(presenter, Qt.Key.Key_Escape)
    assert not window.isVisible() and not presenter.isVisible()


@pytest.mark.skipif(SCREENS != 1, reason="one screen")
def test_one_screen_never_puts_the_script_on_the_slide(ctx, qtbot):
    window = presentation.open_presentation(ctx, ctx.kit.lesson(LESSON))
    qtbot.addWidget(window)
    assert window.presenter is None and window.script_window is not None
    qtbot.waitUntil(window.isVisible)
    snippet = first_script(ctx)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert not window.script_window.isVisible()
    assert snippet not in plain(window.projected_text())
    qtbot.keyClick(window, Qt.Key.Key_S)
    script = window.script_window
    qtbot.waitUntil(script.isVisible)
    assert script.warning.isVisible() and "mirrors" in script.warning.text()
    assert not script.script_shown  # the teacher must choose to show it
    qtbot.mouseClick(script.reveal_button, Qt.MouseButton.LeftButton)
    assert script.script_shown and snippet in plain(script.pane.script.toPlainText())
    assert snippet not in plain(window.projected_text())
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and not script.isVisible()
