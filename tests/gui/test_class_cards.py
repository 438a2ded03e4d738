"""The Classes page's "Print answer cards" button: the selected class's cards saved as a PDF on
a worker, with the same card numbers `skillsapp cards print` gives (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skillsapp.services import school as school_service
from skillsapp.store.cards import card_numbers
from skillsapp.ui.dialogs.class_edit import ClassDialog, ClassForm


@pytest.fixture
def page(window):
    return window.show_page("classes")


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


def _save_to(monkeypatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))


def _click(qtbot, button) -> None:
    assert button.isEnabled(), button.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_selected_class_cards_are_saved_with_its_pupils_numbered(
    page, ctx, qtbot, monkeypatch, tmp_path
):
    page.class_list.setCurrentRow(1)
    cls = page.selected_class()
    active = [p for p in school_service.pupils(ctx.store, cls.id) if p.active]
    assert active and card_numbers(ctx.store.db, cls.id) == {}
    assert cls.name in page.cards_button.toolTip()
    _save_to(monkeypatch, tmp_path / "the")  # ".pdf" is added when left off
    _click(qtbot, page.cards_button)
    target = tmp_path / "the.pdf"
    qtbot.waitUntil(lambda: target.exists() and not ctx.jobs._jobs, timeout=20000)
    numbers = card_numbers(ctx.store.db, cls.id)
    assert sorted(numbers) == sorted(p.id for p in active)
    assert sorted(numbers.values()) == list(range(1, len(active) + 1))
    pages = PdfReader(target).pages
    assert len(pages) == -(-len(active) // 4)  # four cards a page
    text = "\n".join(page.extract_text() for page in pages)
    assert all(p.full_name in text for p in active)
    assert str(target) in page.window().statusBar().currentMessage()


def test_a_class_without_pupils_or_no_class_disables_it_with_the_reason(
    page, ctx, qtbot, monkeypatch
):
    year = page.year_box.currentText()
    monkeypatch.setattr(
        ClassDialog, "ask", classmethod(lambda cls, *a, **k: ClassForm("6A9", 6, "Cô Lan", year))
    )
    qtbot.mouseClick(page.new_class_button, Qt.MouseButton.LeftButton)
    assert page.selected_class().name == "6A9"
    assert not page.cards_button.isEnabled()
    assert "6A9" in page.cards_button.toolTip() and "no pupils" in page.cards_button.toolTip()
    page.class_list.setCurrentItem(None)
    assert not page.cards_button.isEnabled()
    assert page.cards_button.toolTip() == "Choose a class first."


def test_a_folder_that_does_not_exist_is_a_message_and_no_file(
    page, ctx, qtbot, monkeypatch, tmp_path, warnings
):
    page.class_list.setCurrentRow(0)
    target = tmp_path / "missing" / "cards.pdf"
    _save_to(monkeypatch, target)
    _click(qtbot, page.cards_button)
    qtbot.waitUntil(lambda: bool(warnings), timeout=20000)
    assert "not saved" in warnings[-1] and "missing" in warnings[-1]
    assert not target.exists()
