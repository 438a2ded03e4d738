"""A lesson session start to end, by keyboard only and by mouse, checked in the database.

Also: editing and deleting a saved session, undo, the draft kept when the window closes, and a
parents' meeting with a participant count and a whole-class tally.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from skillsapp.domain.scoring import QuizKey
from skillsapp.errors import UserError
from skillsapp.lessonrun import quiz_entry
from skillsapp.lessonrun.session_draft import draft_path, load_draft
from skillsapp.services import school as school_service
from skillsapp.services.sessions import delete_session, get_session, list_sessions
from skillsapp.ui.models.attendance import STATUS_ROLE
from skillsapp.ui.pages.session import ATTENDANCE, PRESENT, QUIZ, REVIEW, SAVED, SETUP

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _no_real_dialogs(monkeypatch):
    """Any question left unpatched by a test keeps the draft rather than blocking the run."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    monkeypatch.setattr(QMessageBox, "warning", _fail_on_warning)


def _fail_on_warning(_parent, _title, text, *args, **kwargs):
    raise AssertionError(f"unexpected warning: {text}")


def typed(key: QuizKey, answer: str) -> str:
    """The keys a teacher presses for a canonical answer."""
    if key.type == "true_false":
        return "đ" if answer == "true" else "s"
    if key.type == "sorting":
        return "".join(str(int(c) + 1) for c in answer.split(","))
    return "".join("abcd"[int(i)] for i in answer.split(","))


def wrong(key: QuizKey) -> str:
    """A wrong answer in canonical form."""
    if key.type == "true_false":
        return "false" if key.answer == "true" else "true"
    if key.type == "sorting":
        first, *rest = key.answer.split(",")
        return ",".join([str((int(first) + 1) % key.choices), *rest])
    if key.type == "multiple":
        return "0" if key.answer != "0" else "1"
    return "0" if key.answer != "0" else "1"


def type_text(qtbot, widget, text: str) -> None:
    """QTest types ASCII only; "đ" arrives as a key event carrying that text, as from Unikey."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_D, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def press(qtbot, key: QuizKey, answer: str) -> None:
    widget = QApplication.focusWidget()
    type_text(qtbot, widget, typed(key, answer))
    if key.type == "multiple":
        qtbot.keyClick(widget, Qt.Key.Key_Return)


def focus() -> object:
    return QApplication.focusWidget()


def ctrl(qtbot, key: Qt.Key) -> None:
    qtbot.keyClick(focus(), key, CTRL)


def session_page(window):
    return next(p for p in window.pages if p.page_id == "session")


def _leave_two_lessons_to_teach(ctx, cls) -> None:
    """The demo class may have had its whole grade plan by now; take back its last two lessons
    so the session starts on one and "Next lesson" has another to go to."""
    last_two = {lesson.id for lesson in ctx.kit.grade_plan(cls.grade)[-2:]}
    for summary in list_sessions(ctx.store, class_id=cls.id):
        if summary.lesson_id in last_two:
            delete_session(ctx.store, summary.id)


def test_whole_session_by_keyboard_only(window, ctx, qtbot):
    _leave_two_lessons_to_teach(ctx, school_service.classes(ctx.store)[1])
    window.activateWindow()
    window.nav.setFocus()
    page = session_page(window)
    for _ in range(window.pages.index(page)):
        qtbot.keyClick(window.nav, Qt.Key.Key_Down)
    assert window.stack.currentWidget() is page
    qtbot.keyClick(focus(), Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)  # C&lass
    assert focus() is page.setup.class_box
    qtbot.keyClick(focus(), Qt.Key.Key_Down)  # the second class
    cls = school_service.classes(ctx.store)[1]
    assert page.draft.class_id == cls.id
    lesson = ctx.kit.lesson(page.draft.lesson_id)
    ctrl(qtbot, Qt.Key.Key_PageDown)
    assert page.stack.currentIndex() == ATTENDANCE and focus() is page.attendance.grid
    pupils = page.attendance.model.pupils()
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # 1st: absent
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.keyClicks(focus(), "  ")  # 2nd: late
    qtbot.keyClick(focus(), Qt.Key.Key_Down)
    qtbot.keyClicks(focus(), "   ")  # 3rd: excused
    ctrl(qtbot, Qt.Key.Key_PageDown)
    assert page.stack.currentIndex() == PRESENT
    qtbot.keyClick(focus(), Qt.Key.Key_Right)
    assert page.present.index == 1
    ctrl(qtbot, Qt.Key.Key_PageDown)
    assert page.stack.currentIndex() == QUIZ and focus() is page.quiz.grid
    # typed from the lesson's order (test_quiz_order_gui.py types a shuffled one)
    qtbot.keyClick(focus(), Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # S&huffle
    qtbot.waitUntil(lambda: not page.quiz.shuffle_box.isChecked())
    assert focus() is page.quiz.grid
    keys = list(lesson.quiz_keys().values())
    came = [pupils[1], *pupils[3:]]  # the 1st is absent, the 3rd excused: both skipped
    expected_answers = {}
    for key in keys:  # item by item, down the class; the 4th pupil gets everything wrong
        for pupil in came:
            answer = wrong(key) if pupil is pupils[3] else key.answer
            press(qtbot, key, answer)
            expected_answers[(pupil.id, key.item_id)] = answer
    ctrl(qtbot, Qt.Key.Key_PageDown)
    assert page.stack.currentIndex() == REVIEW
    assert f"{len(came)} pupils answered" in page.review.browser.toPlainText()
    ctrl(qtbot, Qt.Key.Key_S)

    summary = list_sessions(ctx.store, class_id=cls.id)[0]
    saved = get_session(ctx.store, summary.id)
    assert (saved.lesson_id, saved.quiz_mode, saved.class_id) == (lesson.id, "pupil", cls.id)
    expected = {p.id: "present" for p in pupils}
    expected.update({pupils[0].id: "absent", pupils[1].id: "late", pupils[2].id: "excused"})
    assert saved.attendance == expected
    assert {(a.pupil_id, a.item_id): a.answer for a in saved.answers} == expected_answers
    # The page stays on what was saved and says so, until the teacher moves on.
    assert page.stack.currentIndex() == SAVED and not page.dirty
    assert page.draft.session_id == summary.id and not draft_path(ctx.db_path).exists()
    facts = page.saved_view.details.text()
    assert cls.name in facts and lesson.title.get("en") in facts
    assert f"Present: {len(came)} of {len(pupils)} pupils" in facts
    assert f"Quiz answers saved: {len(expected_answers)}" in facts
    assert focus() is page.saved_view.next_button
    qtbot.keyClick(focus(), Qt.Key.Key_Space)  # "Next lesson for this class"
    assert page.stack.currentIndex() == SETUP and page.draft.session_id is None
    assert page.draft.class_id == cls.id and page.draft.lesson_id != lesson.id


def test_whole_class_session_by_mouse(window, ctx, qtbot):
    page = window.show_page("session")
    setup = page.setup
    setup.mode_box.setCurrentIndex(setup.mode_box.findData("class"))  # as a click in the list
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    grid = page.attendance.grid
    pupil = page.attendance.model.pupil(5)
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visual_rect(pupil.id).center()
    )
    assert page.draft.status(pupil.id) == "absent"
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.stack.currentIndex() == QUIZ
    lesson = ctx.kit.lesson(page.draft.lesson_id)
    key = lesson.quiz[0].key()
    right = quiz_entry.tally_options(key).index(key.answer)
    cell = page.quiz.tally._cells[(key.item_id, key.answer)]
    for _ in range(3):
        qtbot.mouseClick(cell.plus, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cell.minus, Qt.MouseButton.LeftButton)
    other = quiz_entry.tally_options(key)[1 - right if right < 2 else 0]
    page.quiz.tally.spin(key.item_id, other).setValue(4)  # typed into the box
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    summary = list_sessions(ctx.store, class_id=page.draft.class_id)[0]
    saved = get_session(ctx.store, summary.id)
    assert saved.quiz_mode == "class" and saved.answers == ()
    assert {(t.item_id, t.option): t.count for t in saved.tallies} == {
        (key.item_id, key.answer): 2,
        (key.item_id, other): 4,
    }
    assert saved.attendance[pupil.id] == "absent"


def _start(page, ctx):
    cls = school_service.classes(ctx.store)[0]
    page.start_lesson(cls.id, None)
    return cls


def test_undo_and_redo_of_marks_and_answers(window, ctx, qtbot):
    page = window.show_page("session")
    _start(page, ctx)
    grid = page.attendance.grid
    first = page.attendance.model.pupil(0).id
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert page.draft.status(first) == "late"
    page.go_to(QUIZ)
    key = page.quiz.model.key(0)
    pupil = page.quiz.model.pupil(page.quiz.grid.currentIndex().row()).id
    press(qtbot, key, key.answer)  # the right answer as shown this session
    right = ctx.kit.lesson(page.draft.lesson_id).quiz_keys()[key.item_id]  # as in the lesson
    assert page.draft.answers[(pupil, key.item_id)] == right.answer
    ctrl(qtbot, Qt.Key.Key_Z)
    assert (pupil, key.item_id) not in page.draft.answers
    ctrl(qtbot, Qt.Key.Key_Z)
    assert page.draft.status(first) == "absent"
    ctrl(qtbot, Qt.Key.Key_Y)
    assert page.draft.status(first) == "late"
    assert page.attendance.model.index(0).data(STATUS_ROLE) == "late"


def test_edit_then_delete_a_saved_session(window, ctx, qtbot, monkeypatch):
    page = window.show_page("session")
    cls = school_service.classes(ctx.store)[0]
    summary = list_sessions(ctx.store, class_id=cls.id)[0]
    before = get_session(ctx.store, summary.id)
    count = len(list_sessions(ctx.store, class_id=cls.id))
    page.setup.choose(class_id=cls.id)
    page.setup.saved.setFocus()
    page.setup.saved.setCurrentRow(0)
    qtbot.keyClick(page.setup.saved, Qt.Key.Key_Return)
    assert page.draft.session_id == summary.id and page.stack.currentIndex() == REVIEW
    page.go_to(ATTENDANCE)
    pupil = page.attendance.model.pupil(0).id
    old = before.attendance[pupil]
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    page.save()
    after = get_session(ctx.store, summary.id)
    assert after.attendance[pupil] != old
    assert {k: v for k, v in after.attendance.items() if k != pupil} == {
        k: v for k, v in before.attendance.items() if k != pupil
    }
    assert after.answers == before.answers
    assert len(list_sessions(ctx.store, class_id=cls.id)) == count  # edited, not added

    assert page.open_session(summary.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    with pytest.raises(UserError):
        get_session(ctx.store, summary.id)
    assert summary.id not in {s.id for s in list_sessions(ctx.store, class_id=cls.id)}


def test_closing_mid_session_keeps_a_draft_that_comes_back(window, ctx, qtbot):
    page = window.show_page("session")
    _start(page, ctx)
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    marked = page.attendance.model.pupil(0).id
    page.go_to(QUIZ)
    key = page.quiz.model.key(0)
    press(qtbot, key, key.answer)
    sessions_before = len(list_sessions(ctx.store))
    window.close()  # the question is answered "No": keep a draft
    kept = load_draft(draft_path(ctx.db_path))
    assert kept is not None and kept.status(marked) == "absent" and kept.step == QUIZ
    assert len(list_sessions(ctx.store)) == sessions_before

    from skillsapp.ui.main_window import MainWindow

    again = MainWindow(ctx)
    qtbot.addWidget(again)
    page = again.show_page("session")
    assert page.draft == kept and page.dirty
    assert page.stack.currentIndex() == QUIZ


def test_each_change_reaches_the_draft_file_shortly(window, ctx, qtbot):
    """Even if the power goes, what was entered a moment ago is in the draft file."""
    page = window.show_page("session")
    _start(page, ctx)
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    marked = page.attendance.model.pupil(0).id
    path = draft_path(ctx.db_path)
    qtbot.waitUntil(path.exists, timeout=3000)
    assert load_draft(path).status(marked) == "absent"
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: load_draft(path).status(marked) == "late", timeout=3000)


def test_closing_and_saving(window, ctx, qtbot, monkeypatch):
    page = window.show_page("session")
    cls = _start(page, ctx)
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    count = len(list_sessions(ctx.store, class_id=cls.id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert window.close()
    assert len(list_sessions(ctx.store, class_id=cls.id)) == count + 1
    assert not draft_path(ctx.db_path).exists()


def test_closing_can_be_cancelled(window, ctx, qtbot, monkeypatch):
    page = window.show_page("session")
    _start(page, ctx)
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and page.dirty


def test_parents_meeting_counts_participants(window, ctx, qtbot):
    page = window.show_page("session")
    setup = page.setup
    setup.kind_box.setFocus()
    setup.kind_box.setCurrentIndex(setup.kind_box.findData("parent_meeting"))
    assert not setup.class_box.isVisible() and setup.participants_spin.isVisible()
    assert page.draft.lesson_id.startswith("parents/")
    setup.participants_spin.setFocus()
    setup.participants_spin.selectAll()
    qtbot.keyClicks(setup.participants_spin, "85")
    ctrl(qtbot, Qt.Key.Key_PageDown)
    assert page.stack.currentIndex() == PRESENT  # no attendance for adults
    ctrl(qtbot, Qt.Key.Key_PageDown)
    key = page.quiz.model.key(0) if page.quiz.model.columnCount() else None
    assert key is not None and focus() is page.quiz.tally.first_spin()
    qtbot.keyClicks(focus(), "60")
    ctrl(qtbot, Qt.Key.Key_S)

    saved = next(s for s in list_sessions(ctx.store) if s.kind == "parent_meeting"
                 and s.participants == 85)  # fmt: skip
    session = get_session(ctx.store, saved.id)
    assert (session.class_id, session.attendance, session.quiz_mode) == (None, {}, "class")
    option = quiz_entry.tally_options(key)[0]
    assert [(t.item_id, t.option, t.count) for t in session.tallies] == [(key.item_id, option, 60)]


def test_present_step_steps_through_slides_and_opens_the_projector(window, ctx, qtbot, monkeypatch):
    import skillsapp.ui.presentation as presentation
    from skillsapp.content.render import render_slides

    window.activateWindow()
    page = window.show_page("session")
    _start(page, ctx)
    page.go_to(PRESENT)
    lesson = ctx.kit.lesson(page.draft.lesson_id)
    total = len(render_slides(lesson, ctx.kit, ctx.language))
    assert page.present.counter.text() == f"Slide 1 of {total}"
    for _ in range(total + 2):
        qtbot.keyClick(page.present.browser, Qt.Key.Key_PageDown)
    assert page.present.index == total - 1
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(presentation, "choose_screens", lambda: (screen, None))
    qtbot.keyClick(page.present.browser, Qt.Key.Key_PageUp)
    qtbot.keyClick(page.present.browser, Qt.Key.Key_F5)
    shown = page.present._projector
    assert shown is not None and shown.controller.lesson == lesson
    assert shown.controller.index == total - 2  # it opens on the slide the preview shows
    # The preview keeps in step with the presentation, to the last slide and back.
    qtbot.keyClick(shown, Qt.Key.Key_PageDown)
    assert page.present.index == total - 1
    assert page.present.counter.text() == f"Slide {total} of {total}"
    qtbot.keyClick(shown, Qt.Key.Key_Home)
    assert page.present.index == 0
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert not shown.isVisible()


def test_answer_sheets_go_across_each_pupil(window, ctx, qtbot):
    window.activateWindow()
    page = window.show_page("session")
    _start(page, ctx)
    page.go_to(QUIZ)
    qtbot.keyClick(focus(), Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # &across
    qtbot.waitUntil(page.quiz.across.isChecked)  # a mnemonic clicks after a short animation
    assert page.quiz.grid.across
    page.quiz.grid.setFocus()
    model = page.quiz.model
    keys = [model.key(c) for c in range(model.columnCount())]  # as shown this session
    for _ in range(2):
        for key in keys:
            press(qtbot, key, key.answer)
    first, second = model.pupil(0).id, model.pupil(1).id
    right = ctx.kit.lesson(page.draft.lesson_id).quiz_keys()  # the lesson file's right answers
    assert page.draft.answers == {
        (pupil, key.item_id): right[key.item_id].answer for pupil in (first, second) for key in keys
    }
    assert page.quiz.grid.currentIndex().row() == 2


def test_cancelled_close_leaves_every_page_in_place(window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    page = window.show_page("session")
    page.dirty = True
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.stack.currentWidget() is page and page.isVisible()


def test_typing_a_whole_name_finds_the_pupil_and_marks_nobody(window, ctx, qtbot):
    """A teacher types the family name first ("le gia"): the space belongs to the name, it does
    not mark the pupil under the cursor absent (a new teacher following the guide did this)."""
    from skillsapp.domain.names import fold

    page = window.show_page("session")
    _start(page, ctx)
    grid = page.attendance.grid
    model = page.attendance.model
    rows = range(model.rowCount())
    wanted = next(r for r in rows if len(model.pupil(r).full_name.split()) >= 3 and r > 0)
    name = model.pupil(wanted).full_name
    typed = fold(" ".join(name.split()[:2]))
    before = {model.pupil(r).id: page.draft.status(model.pupil(r).id) for r in rows}
    grid.setFocus()
    qtbot.keyClicks(grid, typed)
    assert model.pupil(grid.currentIndex().row()).full_name.split()[:2] == name.split()[:2]
    assert {p: page.draft.status(p) for p in before} == before
    qtbot.wait_until(lambda: not grid._still_typing(), timeout=5000)
    qtbot.keyClick(grid, Qt.Key.Key_Space)  # after a pause, Space marks as before
    current = model.pupil(grid.currentIndex().row()).id
    assert page.draft.status(current) != before[current]


def test_the_teacher_is_the_person_at_this_computer_else_the_homeroom_teacher(window, ctx):
    from dataclasses import replace

    from skillsapp.services.settings import load_profile, save_profile

    save_profile(ctx.store, replace(load_profile(ctx.store), teacher_name=""))
    page = window.show_page("session")
    cls = _start(page, ctx)
    assert page.setup.teacher_edit.text() == cls.homeroom_teacher != ""
    save_profile(ctx.store, replace(load_profile(ctx.store), teacher_name="Trần Thu Hà"))
    other = school_service.classes(ctx.store)[2]
    page.start_lesson(other.id, None)
    assert page.setup.teacher_edit.text() == "Trần Thu Hà"
    assert page.draft.teacher == "Trần Thu Hà"
