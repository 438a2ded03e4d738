"""The Today page's "Start lesson" buttons, clicked as a teacher clicks them (they are drawn by
one delegate, skillsapp.ui.button_column, so there is no widget to click: the mouse goes to
the cell's middle)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from skillsapp.ui.pages.today import START_COLUMN


def start_button_text(page, row: int) -> str:
    return page.classes.item(row, START_COLUMN).text()


def click_start(qtbot, page, row: int) -> None:
    table = page.classes
    table.scrollToItem(table.item(row, START_COLUMN))
    rect = table.visualItemRect(table.item(row, START_COLUMN))
    assert rect.isValid() and table.viewport().rect().contains(rect.center())
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
