"""Issue 15 items 3-4: drafts kept only when something was entered, named, or explained when
they cannot come back; sorting items list their cards in the hint and the header tooltip."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from skillsapp.lessonrun.session_draft import SessionDraft, draft_path, save_draft
from skillsapp.services import school as school_service
from skillsapp.ui.main_window import MainWindow
from skillsapp.ui.pages.session import ATTENDANCE, QUIZ, SETUP


@pytest.fixture(autouse=True)
def _keep_drafts(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


def _reopen(qtbot, ctx, page_id: str):
    again = MainWindow(ctx)
    qtbot.addWidget(again)
    again.show()
    return again, again.show_page(page_id)


def test_an_untouched_session_leaves_no_draft_and_no_banner(window, ctx, qtbot):
    page = window.show_page("session")
    cls = school_service.classes(ctx.store)[0]
    page.start_lesson(cls.id, None)
    page.go_to(QUIZ)
    assert page.stack.currentIndex() == QUIZ and not page.dirty
    window.close()
    assert not draft_path(ctx.db_path).exists()
    _again, today = _reopen(qtbot, ctx, "today")
    assert today.banner.isHidden()


def test_a_kept_draft_is_named_by_class_and_lesson(window, ctx, qtbot):
    page = window.show_page("session")
    cls = school_service.classes(ctx.store)[0]
    page.start_lesson(cls.id, None)
    lesson = ctx.kit.lesson(page.draft.lesson_id)
    qtbot.keyClick(page.attendance.grid, Qt.Key.Key_Space)
    window.close()
    assert draft_path(ctx.db_path).exists()
    _again, today = _reopen(qtbot, ctx, "today")
    qtbot.waitUntil(lambda: not today.banner.isHidden(), timeout=3000)
    text = today.banner_label.text()
    assert cls.name in text and lesson.title.get("en") in text
    session = _again.show_page("session")
    assert session.stack.currentIndex() == ATTENDANCE and session.dirty
    assert cls.name in session.notice.text() and not session.notice.isHidden()


@pytest.mark.parametrize(
    ("problem", "words"),
    [("class-gone", "class has been deleted"), ("lesson-gone", "no longer in the curriculum"),
     ("damaged", "damaged")],
)  # fmt: skip
def test_a_draft_that_cannot_come_back_says_why(ctx, qtbot, problem, words):
    cls = school_service.classes(ctx.store)[0]
    lesson = ctx.kit.lessons[0]
    path = draft_path(ctx.db_path)
    draft = SessionDraft(
        class_id="no-such-class" if problem == "class-gone" else cls.id,
        lesson_id="no-such-lesson" if problem == "lesson-gone" else lesson.id,
        roster=("p1",),
        class_name="6Z",
        lesson_title="9. Gone",
    )
    draft.set_status("p1", "absent")
    save_draft(path, draft)
    if problem == "damaged":
        path.write_text("{not json", encoding="utf-8")
    window, today = _reopen(qtbot, ctx, "today")
    assert words in today.banner_label.text()
    page = window.show_page("session")
    qtbot.waitUntil(lambda: not page.notice.isHidden(), timeout=3000)
    assert words in page.notice.text() and "could not be restored" in page.notice.text()
    assert not path.exists() and path.with_name(f"{path.name}.{problem}").exists()
    assert page.stack.currentIndex() == SETUP and not page.dirty
    if problem == "class-gone":
        assert "6Z" in page.notice.text()


def test_sorting_items_list_their_cards(window, ctx, qtbot):
    page = window.show_page("session")
    cls = school_service.classes(ctx.store)[0]
    page.start_lesson(cls.id, None)
    lesson = next(
        lesson for lesson in ctx.kit.lessons if any(i.type == "sorting" for i in lesson.quiz)
    )
    page.draft.lesson_id = lesson.id
    page._load_lesson()
    page.go_to(QUIZ)
    model = page.quiz.model  # the session's order: find the sorting item where it is shown
    column = next(c for c in range(model.columnCount()) if model.item(c).type == "sorting")
    item = next(i for i in lesson.quiz if i.type == "sorting")
    assert model.item(column) == item  # a sorting item keeps its cards and categories
    tip = page.quiz.model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    for card in item.cards:
        assert card.text.get("en") in tip
    for category in item.categories:
        assert category.get("en") in tip
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.quiz.grid, timeout=3000)
    page.quiz.grid.setCurrentIndex(page.quiz.model.index(0, column))
    hint = page.quiz.hint.text()
    assert all(card.text.get("en") in hint for card in item.cards)
