"""The lesson editor opened as a teacher opens it: Curriculum page, a lesson, "Copy and adapt"."""

from __future__ import annotations

from PySide6.QtCore import Qt


def open_editor(window, qtbot, lesson_id: str):
    """The Curriculum page and its editor on a copy of `lesson_id`."""
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    assert page.select_lesson(lesson_id)
    qtbot.mouseClick(page.adapt_button, Qt.MouseButton.LeftButton)
    editor = page.editor
    qtbot.waitUntil(editor.isVisible)
    return page, editor
