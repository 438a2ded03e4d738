"""The teacher part of the guide, followed on the demo school as a new teacher would (issue 21):
each step of "Your first lesson in 10 minutes" does what the page says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from support.today_page import click_start, start_button_text

from skillsapp.services.sessions import get_session, list_sessions
from skillsapp.ui.pages.session import ATTENDANCE, PRESENT, QUIZ, REVIEW


def test_the_first_lesson_as_the_guide_tells_it(window, ctx, qtbot):
    # "On your class's row, press Start lesson": the session opens straight at attendance
    today = window.show_page("today")
    qtbot.waitUntil(lambda: today.classes.rowCount() > 0, timeout=30000)
    assert start_button_text(today, 0) == "Start lesson"
    click_start(qtbot, today, 0)
    page = window.stack.currentWidget()
    assert window.current_page_id() == "session"
    assert page.stack.currentIndex() == ATTENDANCE
    assert page.draft.class_id and page.draft.lesson_id

    # "everyone starts present; click the name of each pupil who is away"
    grid = page.attendance.grid
    pupil = page.attendance.model.pupil(2)
    assert page.draft.status(pupil.id) == "present"
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visual_rect(pupil.id).center()
    )
    assert page.draft.status(pupil.id) == "absent"

    # "Step 3 Present: press Present on the projector (F5)"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == PRESENT
    assert page.present.present_button.text() == "Present on the projector (F5)"

    # "Step 4 Quiz: type the answers by keys" (the cursor moves down by itself)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == QUIZ
    quiz_grid = page.quiz.grid
    quiz_grid.setFocus()
    model = quiz_grid.model()  # the session's order: the first item answered with one letter
    single = next(c for c in range(model.columnCount()) if model.key(c).type == "single")
    quiz_grid.setCurrentIndex(model.index(0, single))
    first = quiz_grid.currentIndex()
    qtbot.keyClick(quiz_grid, Qt.Key.Key_A)
    qtbot.keyClick(quiz_grid, Qt.Key.Key_Return)
    assert quiz_grid.currentIndex() != first

    # "Step 5 Review and save: read Before saving, then press Save session (Ctrl+S)"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == REVIEW
    assert page.save_button.text() == "Save session"
    class_id = page.draft.class_id
    before = len(list_sessions(ctx.store, class_id=class_id))
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(list_sessions(ctx.store, class_id=class_id)) == before + 1)
    saved = get_session(ctx.store, list_sessions(ctx.store, class_id=class_id)[0].id)
    assert saved.attendance[pupil.id] == "absent"
    assert saved.answers
