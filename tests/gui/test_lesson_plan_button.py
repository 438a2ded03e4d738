"""The lesson view's "Lesson plan (Word)…" (issue 22 item 4): pick a class, pick a file, and the
official lesson plan of the lesson on screen is written on a worker, in that class's template."""

from __future__ import annotations

import pytest
from docx import Document as WordDocument
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog


@pytest.fixture
def page(window, ctx, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    return page


def test_the_button_saves_the_plan_for_the_chosen_class(page, ctx, qtbot, monkeypatch, tmp_path):
    lesson = ctx.kit.find_lesson("g6-9/16", None)
    assert page.select_lesson(lesson.id)
    assert page.plan_button.isEnabled() and page.plan_button.isVisible()
    offered = {}

    def choose(_parent, _title, _label, items, *_args):
        offered["items"] = items
        return next(i for i in items if i.startswith("8A1 ")), True

    monkeypatch.setattr(QInputDialog, "getItem", choose)
    target = tmp_path / "ke-hoach"  # no extension typed: Word is the default
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    word = tmp_path / "ke-hoach.docx"
    qtbot.waitUntil(word.exists, timeout=20000)
    ctx.jobs.wait()
    # the lesson's own grade (8) comes first in the list of classes
    assert offered["items"][0].startswith("8")
    paragraphs = [p.text for p in WordDocument(str(word)).paragraphs]
    assert "I. OBJECTIVES" in paragraphs  # the app's language (en in the tests)
    assert any("8A1" in p for p in paragraphs)


def test_cancelling_the_class_writes_nothing(page, ctx, qtbot, monkeypatch, tmp_path):
    assert page.select_lesson(ctx.kit.lessons[0].id)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("", False))
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(1) or ("", ""))
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    assert not asked and not list(tmp_path.glob("*.docx"))
