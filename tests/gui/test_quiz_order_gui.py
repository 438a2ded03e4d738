"""The quiz step in the session's own order (issue 19 item 4), driven through the real widgets:
a card turned to the letter of the right SHOWN option is scored right and stored as the
original option, typing follows the shown letters, and the answer sheet printed for the session
has the same order (marked here at hand-chosen bubbles and read back through the reader).

The session id is fixed, so the order is known; every expected value below is written from the
lesson file (g1-2/08) by hand:

- shown order: q1 (single), q3 (multiple), q2 (true/false);
- q1 shown A-D = original D "Look far away" (right), B, C, A: shown A -> stored "3";
- q3 shown A-D = original B, A, C, D: right original {A, B, D} is shown {A, B, D} -> "0,1,3",
  and shown C ("Turning off the light") -> stored "2".
"""

from __future__ import annotations

import random
from pathlib import Path

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.card_frames import make_frame, render_cards
from support.fake_camera import FakeCamera
from support.sheet_images import DPI, _blob, photograph, render_pages

from skillsapp.cards.commands import class_cards
from skillsapp.cards.sheets import read_sheets
from skillsapp.domain import answer_sheet as geo
from skillsapp.domain.records import Pupil
from skillsapp.errors import UserError
from skillsapp.lessonrun import session_draft
from skillsapp.lessonrun.session_draft import draft_path, read_draft
from skillsapp.services import school as school_service
from skillsapp.services.sessions import get_session
from skillsapp.ui.models.quiz_grid_model import RIGHT, WRONG
from skillsapp.ui.pages.session import QUIZ, REVIEW

LESSON = "g1-2/08-doi-mat-can-nghi"
SESSION_ID = "00000000-0000-4000-8000-000000000001"
NAMES = ("An", "Bình", "Chi", "Dũng")
SHOTS = Path("/tmp/shuffle")


@pytest.fixture(autouse=True)
def _dialogs(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def session(request, ctx, monkeypatch):
    """A grade 1 class of four with printed cards (1-4), at the quiz step of g1-2/08, in a new
    session whose id is SESSION_ID."""
    monkeypatch.setattr(session_draft, "new_id", lambda: SESSION_ID)
    existing = school_service.classes(ctx.store)[0]
    cls = school_service.create_class(
        ctx.store, school_id=existing.school_id, school_year=existing.school_year,
        grade=1, name="Lớp 1 trộn",
    )  # fmt: skip
    school_service.add_pupils(
        ctx.store, [Pupil(id="", class_id=cls.id, full_name=f"Lê Thị {n}") for n in NAMES]
    )
    _cls, roster, numbers = class_cards(ctx.store, cls.name)
    page = request.getfixturevalue("window").show_page("session")
    page.start_lesson(cls.id, LESSON)
    assert page.draft.lesson_id == LESSON and page.draft.planned_id == SESSION_ID
    page.go_to(QUIZ)
    by_name = {p.full_name.split()[-1]: p.id for p in roster}
    return page, cls, by_name, numbers


def _columns(page) -> list[str]:
    model = page.quiz.model
    return [model.key(c).item_id for c in range(model.columnCount())]


def _row(page, pupil_id: str) -> int:
    model = page.quiz.model
    return next(r for r in range(model.rowCount()) if model.pupil(r).id == pupil_id)


def test_shuffle_is_on_and_shows_the_sessions_order(session):
    page, _cls, _by_name, _numbers = session
    box = page.quiz.shuffle_box
    assert box.isVisible() and box.isChecked() and box.isEnabled()
    assert _columns(page) == ["q1", "q3", "q2"]
    page.quiz.grid.setCurrentIndex(page.quiz.model.index(0, 0))
    hint = page.quiz.hint.text()
    assert "A. Look far away and count to 20" in hint
    assert "D. Rub your eyes hard" in hint
    tip = page.quiz.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "A: Playing outdoors every day\nB: Sitting up straight while watching" in tip


def test_a_card_on_the_right_shown_letter_is_right_and_stored_as_the_original(ctx, qtbot, session):
    page, _cls, by_name, numbers = session
    model = page.quiz.model
    an, binh = by_name["An"], by_name["Bình"]
    shown = {numbers[an]: "A", numbers[binh]: "D"}  # An: "Look far away"; Bình: "Rub your eyes"
    cards = render_cards(sorted(numbers.values()))
    rng = np.random.default_rng(7)
    frames = [
        make_frame(cards, rng, count=2, marker_range=(70, 90), max_persp=10.0, max_tilt=5.0,
                   answers=shown).image
        for _ in range(2)
    ]  # fmt: skip
    camera = FakeCamera(frames)
    page.quiz.scan_panel.make_camera = lambda: camera
    page.quiz.grid.setCurrentIndex(model.index(0, 0))
    qtbot.mouseClick(page.quiz.scan_button, Qt.MouseButton.LeftButton)
    panel = page.quiz.scan_panel
    qtbot.waitUntil(lambda: panel.frames_read == len(frames), timeout=60000)
    assert "A: Look far away and count to 20" in panel.question_text()  # what is projected
    assert page.draft.answers[(an, "q1")] == "3"
    assert page.draft.answers[(binh, "q1")] == "0"
    assert model.data(model.index(_row(page, an), 0)) == "A"
    assert model.data(model.index(_row(page, an), 0), Qt.ItemDataRole.BackgroundRole) == RIGHT
    assert model.data(model.index(_row(page, binh), 0), Qt.ItemDataRole.BackgroundRole) == WRONG
    assert not page.quiz.shuffle_box.isEnabled()  # answers are in: the order stays
    assert "already recorded" in page.quiz.shuffle_box.toolTip()
    page.quiz.shuffle_box.setChecked(False)  # even if it were turned, the order stays
    assert page.quiz.shuffle_box.isChecked() and page.draft.shuffle
    assert _columns(page) == ["q1", "q3", "q2"]
    panel.close_scan()

    # Typing follows the shown letters too: An's q3 is shown A, B, D (the right ones).
    grid = page.quiz.grid
    grid.setFocus()
    grid.setCurrentIndex(model.index(_row(page, an), 1))
    qtbot.keyClicks(grid, "abd")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    grid.setCurrentIndex(model.index(_row(page, binh), 1))
    qtbot.keyClicks(grid, "c")
    qtbot.keyClick(grid, Qt.Key.Key_Return)
    assert page.draft.answers[(an, "q3")] == "0,1,3"
    assert page.draft.answers[(binh, "q3")] == "2"

    page.go_to(REVIEW)  # numbered as shown: q1, then q3, then q2
    review = page.review.browser.toPlainText()
    first = review.index("how do you rest your eyes?")
    assert first < review.index("Which are good for your eyes?") < review.index("in a dark room")
    assert page.save()
    saved = get_session(ctx.store, page.draft.session_id)
    assert saved.id == SESSION_ID and saved.quiz_shuffled
    answers = {(a.pupil_id, a.item_id): a.answer for a in saved.answers}
    assert answers == {(an, "q1"): "3", (binh, "q1"): "0", (an, "q3"): "0,1,3", (binh, "q3"): "2"}
    # reopened, the saved session shows the order it was taught in
    assert _columns(page) == ["q1", "q3", "q2"] and page.quiz.shuffle_box.isChecked()


def _mark(image, layout: geo.SheetLayout, row: int, marks: dict[str, tuple[int, ...]]):
    rng = random.Random(row)
    for bubble in layout.bubbles:
        if bubble.option in marks.get(bubble.item.item_id, ()):
            _blob(image, bubble.x, layout.row_centre_y(row), 40, rng, DPI)


def test_the_sessions_printed_sheet_has_its_order_and_reads_back(
    ctx, qtbot, session, monkeypatch, tmp_path
):
    page, _cls, by_name, numbers = session
    target = tmp_path / "phieu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.quiz.print_sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30000)
    # The session's order, written by hand: q1 (A-D), q3 (A-D, several), q2 (Đ/S).
    layout = geo.sheet_layout(
        geo.sheet_items([("q1", "single", 4), ("q3", "multiple", 4), ("q2", "true_false", 0)])
    )
    image = render_pages(target.read_bytes())[0]
    an, binh = by_name["An"], by_name["Bình"]
    _mark(image, layout, numbers[an] - 1, {"q1": (0,), "q3": (0, 1, 3), "q2": (1,)})
    _mark(image, layout, numbers[binh] - 1, {"q1": (3,), "q3": (2,), "q2": (0,)})
    photo = tmp_path / "sheet.jpg"
    picture = photograph(image, random.Random(3), angle=8.0)
    cv2.imwrite(str(photo), picture)

    # A sheet printed in this session's order is not read as the lesson's order.
    with pytest.raises(UserError):
        read_sheets([picture], layout, set(numbers.values()), LESSON)

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(page.quiz.sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "sheet_review", None) is not None, timeout=30000)
    dialog = page.sheet_review
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.combos  # every mark clear
    dialog.accept()
    assert {k: v for k, v in page.draft.answers.items()} == {
        (an, "q1"): "3", (an, "q3"): "0,1,3", (an, "q2"): "false",
        (binh, "q1"): "0", (binh, "q3"): "2", (binh, "q2"): "true",
    }  # fmt: skip


def test_turned_off_the_quiz_is_in_the_lessons_order_and_the_draft_keeps_it(ctx, qtbot, session):
    page, _cls, by_name, _numbers = session
    box = page.quiz.shuffle_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert not page.draft.shuffle
    assert _columns(page) == ["q1", "q2", "q3"]
    model = page.quiz.model
    grid = page.quiz.grid
    grid.setCurrentIndex(model.index(_row(page, by_name["An"]), 0))
    qtbot.keyClicks(grid, "d")  # the lesson's D: "Look far away"
    assert page.draft.answers[(by_name["An"], "q1")] == "3"
    page.write_draft()
    kept, damaged = read_draft(draft_path(ctx.db_path))
    assert not damaged and kept is not None and kept.shuffle is False
    assert kept.planned_id == SESSION_ID


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_screenshot_of_the_quiz_step(ctx, qtbot, session, lang):
    """The box in both languages, grabbed for a look (under /tmp/shuffle, not the repo)."""
    from PySide6.QtWidgets import QApplication

    from skillsapp.ui.pages.settings import switch_language

    page, _cls, _by_name, _numbers = session
    window = page.window()
    window.resize(1366, 768)
    switch_language(ctx, lang)
    try:
        QApplication.sendPostedEvents()
        QApplication.processEvents()
        page.quiz.grid.setCurrentIndex(page.quiz.model.index(0, 0))
        text = page.quiz.shuffle_box.text().replace("&", "")
        assert (
            text
            == {
                "vi": "Trộn thứ tự câu hỏi và phương án",
                "en": "Shuffle questions and options",
            }[lang]
        )
        SHOTS.mkdir(parents=True, exist_ok=True)
        window.grab().save(str(SHOTS / f"quiz-step-{lang}.png"))
    finally:
        switch_language(ctx, "en")
        QApplication.sendPostedEvents()
