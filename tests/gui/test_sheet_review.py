"""The quiz step's "Read answer sheets…": photos of the filled-in paper sheets read on a
worker, every uncertain mark decided by the teacher before anything reaches the answers
(issue 18, item 4). Marks come from the sheet generator, never from the reader."""

from __future__ import annotations

import random

import cv2
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from support.sheet_images import fill_page, photograph, render_pages

from skillsapp.cards.commands import class_cards
from skillsapp.cards.sheets import canonical as canonical_of
from skillsapp.domain import answer_sheet as geo
from skillsapp.domain.records import Pupil
from skillsapp.reports.answer_sheet import answer_sheet_pdf, sheet_items_of
from skillsapp.services import school as school_service
from skillsapp.ui.pages.session import QUIZ

NAMES = ("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Hải", "Khánh")


@pytest.fixture(autouse=True)
def _dialogs(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


@pytest.fixture
def session(request, ctx):
    existing = school_service.classes(ctx.store)[0]
    cls = school_service.create_class(
        ctx.store, school_id=existing.school_id, school_year=existing.school_year,
        grade=existing.grade, name="Lớp phiếu",
    )  # fmt: skip
    school_service.add_pupils(
        ctx.store, [Pupil(id="", class_id=cls.id, full_name=f"Lê Thị {n}") for n in NAMES]
    )
    _cls, roster, numbers = class_cards(ctx.store, cls.name)
    page = request.getfixturevalue("window").show_page("session")
    page.start_lesson(cls.id, None)
    absent = page.attendance.model.pupil(1).id
    page._mark(absent, "absent")
    page.go_to(QUIZ)
    page.quiz.shuffle_box.setChecked(False)  # the lesson's order; test_quiz_order_gui shuffles
    assert sheet_items_of(page._lesson), "the lesson needs items a sheet can hold"
    return page, cls, roster, numbers, absent


def test_sheets_are_read_reviewed_and_put_into_the_answers(
    ctx, qtbot, session, monkeypatch, tmp_path
):
    page, cls, roster, numbers, absent = session
    lesson = page._lesson
    names = {numbers[p.id]: p.full_name for p in roster}
    pdf, _pages = answer_sheet_pdf("Trường", cls, lesson, names, "en")
    layout = geo.sheet_layout(sheet_items_of(lesson))
    rng = random.Random(11)
    filled = fill_page(render_pages(pdf)[0], 0, layout, sorted(names), rng, tricky=0.35)
    assert any(kind != "clear" for kind, _ in filled.truth.values())
    photo = tmp_path / "sheet.jpg"
    cv2.imwrite(str(photo), photograph(filled.image, rng))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    assert page.quiz.sheets_button.isVisible()
    qtbot.mouseClick(page.quiz.sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "sheet_review", None) is not None, timeout=30000)
    dialog = page.sheet_review
    qtbot.waitUntil(dialog.isVisible)
    pupil_of = {n: pid for pid, n in numbers.items()}
    item_of = {i.item_id: i for i in layout.items}
    tricky = {k for k, (kind, _c) in filled.truth.items() if kind != "clear"}
    here_tricky = {k for k in tricky if pupil_of[k[0]] != absent}
    assert len(dialog.combos) == len(here_tricky)
    assert not dialog.ok_button.isEnabled()  # every flagged mark must be decided first
    decided = {}
    for row, combo in dialog.combos.items():
        combo.setCurrentIndex(2)  # the first real answer offered
        read = dialog.answers[row]
        decided[(read.pupil_id, read.item_id)] = combo.currentData()
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    answers = page.draft.answers
    for (number, item_id), (kind, chosen) in filled.truth.items():
        pupil = pupil_of[number]
        got = answers.get((pupil, item_id))
        if pupil == absent:
            assert got is None
        elif kind == "clear":
            assert got == canonical_of(item_of[item_id], chosen), (number, item_id)
        else:
            assert got == decided[(pupil, item_id)]


def test_the_printed_sheet_is_saved_from_the_quiz_step_and_read_back(
    ctx, qtbot, session, monkeypatch, tmp_path
):
    page, _cls, _roster, numbers, absent = session
    target = tmp_path / "phieu.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.quiz.print_sheets_button.isVisible()
    qtbot.mouseClick(page.quiz.print_sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists, timeout=30000)
    assert target.read_bytes().startswith(b"%PDF")
    layout = geo.sheet_layout(sheet_items_of(page._lesson))
    rng = random.Random(5)
    filled = fill_page(render_pages(target.read_bytes())[0], 0, layout, sorted(numbers.values()),
                       rng, tricky=0.0)  # fmt: skip
    photo = tmp_path / "sheet.jpg"
    cv2.imwrite(str(photo), photograph(filled.image, rng))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(photo)], ""))
    qtbot.mouseClick(page.quiz.sheets_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(page, "sheet_review", None) is not None, timeout=30000)
    pupil_of = {n: pid for pid, n in numbers.items()}
    expected = {
        (pupil_of[n], item) for (n, item), (_kind, chosen) in filled.truth.items() if chosen
    }
    read = {(a.pupil_id, a.item_id) for a in page.sheet_review.answers}
    assert read == {key for key in expected if key[0] != absent}
