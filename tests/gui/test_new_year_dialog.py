"""The demo school carried into the next school year through the Settings page's preview, by
keyboard and mouse (issue 22): names edited in the table, a missing name refused in the dialog,
our own words on the confirmation, the old year archived read-only on the Classes page, and the
undo putting everything back. Screenshots of the preview in both languages go to /tmp/year/."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from skillsapp.services import school as school_service
from skillsapp.ui.dialogs.new_year import NEW, NewYearDialog

OLD, NEXT = "2026-2027", "2027-2028"
SHOTS = Path("/tmp/year")


@pytest.fixture
def answers(monkeypatch):
    """Questions the page asks: the button with the given text is pressed; what was asked kept."""
    asked: list[tuple[str, list[str]]] = []
    wanted: list[str] = []

    def exec_(box: QMessageBox) -> int:
        by_text = {b.text(): b for b in box.buttons()}
        asked.append((box.text(), sorted(by_text)))
        by_text[wanted.pop(0)].click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return wanted, asked


def _open_preview(window, qtbot) -> NewYearDialog:
    page = window.show_page("settings")
    assert page.new_year_button.isEnabled()
    qtbot.mouseClick(page.new_year_button, Qt.MouseButton.LeftButton)
    dialog = page.new_year_dialog
    assert isinstance(dialog, NewYearDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _type_name(dialog: NewYearDialog, qtbot, row: int, text: str) -> None:
    """Edit one new name by keyboard: F2, select all, type, Enter."""
    table = dialog.table
    table.setFocus()
    table.setCurrentCell(row, NEW)
    qtbot.keyClick(table, Qt.Key.Key_F2)
    # the cell's editor, opened by F2 (an earlier one may linger hidden until deleted)
    (editor,) = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    if text:
        qtbot.keyClicks(editor, text)
    else:
        qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.item(row, NEW).text() == text)  # committed (queued by Qt)


def _names(ctx, year: str, archived: bool = False) -> list[str]:
    found = school_service.classes(ctx.store, school_year=year, include_archived=archived)
    return [c.name for c in found]


def test_the_demo_school_moves_into_the_next_year_and_back(window, ctx, qtbot, answers):
    wanted, asked = answers
    dialog = _open_preview(window, qtbot)
    table = dialog.table
    rows = [[table.item(r, c).text() for c in range(4)] for r in range(table.rowCount())]
    assert rows == [["6A1", "38", "7A1", "0"], ["7A1", "42", "8A1", "0"], ["8A1", "40", "9A1", "0"]]
    assert dialog.start_button.text() == "Start the new school year"
    # a missing name is refused in the dialog itself, which stays open
    _type_name(dialog, qtbot, 2, "")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text() == (
        "Class 8A1 has no name for the new school year yet: fill it in."
    )
    _type_name(dialog, qtbot, 2, "9A1")
    _type_name(dialog, qtbot, 0, "7A9")
    assert dialog.totals.text().startswith("3 classes move up with 120 pupils")
    wanted.append("Start the new school year")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == (
        "Start school year 2027-2028 now?",
        ["Not now", "Start the new school year"],
    )
    qtbot.waitUntil(lambda: ctx.jobs.panel.isHidden(), timeout=30000)
    assert not dialog.isVisible()
    assert _names(ctx, NEXT) == ["7A9", "8A1", "9A1"]
    assert _names(ctx, OLD) == []  # archived, out of the lists
    # the Classes page shows the old year archived read-only and refuses changes, with why
    classes = window.show_page("classes")
    classes.year_box.setCurrentText(OLD)
    qtbot.mouseClick(classes.archived_box, Qt.MouseButton.LeftButton)
    texts = [classes.class_list.item(r).text() for r in range(classes.class_list.count())]
    assert texts == [
        "6A1 — 38 pupils (archived, read-only)",
        "7A1 — 42 pupils (archived, read-only)",
        "8A1 — 40 pupils (archived, read-only)",
    ]
    classes.class_list.setCurrentRow(0)
    classes.select_pupil(classes.model.pupil(0).id)
    for button in (classes.rename_button, classes.archive_button, classes.add_button,
                   classes.move_button, classes.leave_button):  # fmt: skip
        assert not button.isEnabled()
        assert button.toolTip() == (
            "Class 6A1 belongs to school year 2026-2027, which is closed: it is kept read-only "
            "with its sessions and reports."
        )
    assert not classes.model.flags(classes.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    # undo, from Settings, with our own words
    settings = window.show_page("settings")
    assert settings.undo_year_button.isEnabled()
    wanted.append("Undo the new year")
    qtbot.mouseClick(settings.undo_year_button, Qt.MouseButton.LeftButton)
    assert asked[-1] == ("Undo school year 2027-2028?", ["Keep it", "Undo the new year"])
    assert _names(ctx, NEXT) == []
    assert _names(ctx, OLD) == ["6A1", "7A1", "8A1"]
    assert not settings.undo_year_button.isEnabled()
    assert settings.undo_year_button.toolTip() == (
        "No new school year has been started on this computer."
    )


def test_cancel_changes_nothing(window, ctx, qtbot):
    dialog = _open_preview(window, qtbot)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert _names(ctx, NEXT) == [] and _names(ctx, OLD) == ["6A1", "7A1", "8A1"]


@pytest.mark.parametrize("language", ["vi", "en"])
def test_screenshot_of_the_preview(window, ctx, qtbot, language):
    from skillsapp.ui.pages.settings import switch_language

    switch_language(ctx, language)
    try:
        dialog = _open_preview(window, qtbot)
        dialog.resize(760, 540)
        expected = "Bắt đầu năm học mới" if language == "vi" else "Start the new school year"
        assert dialog.start_button.text() == expected
        SHOTS.mkdir(parents=True, exist_ok=True)
        assert dialog.grab().save(str(SHOTS / f"new_year_{language}.png"))
    finally:
        switch_language(ctx, "en")  # the app's translator is global: leave it as tests expect
