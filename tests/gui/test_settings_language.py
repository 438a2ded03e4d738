"""Switching the language changes every visible string of every page, and back again.

The check needs no list of widgets: every translatable string is in the .ts files, so in
English no widget may show a Vietnamese translation, and in Vietnamese no widget may show an
English source that has a translation (a page that forgot to retranslate). Lesson content
follows the language too.
"""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabBar,
    QWidget,
)

from skillsapp.ui.pages.settings import switch_language

ROOT = Path(__file__).resolve().parents[2]


def translations() -> tuple[set[str], set[str]]:
    """(English sources that have a different Vietnamese text, those Vietnamese texts)."""
    sources: set[str] = set()
    texts: set[str] = set()
    for ts in (ROOT / "resources" / "translations" / "vi").glob("*.ts"):
        for message in ET.parse(ts).getroot().iter("message"):
            source = message.findtext("source", "")
            node = message.find("translation")
            text = (node.text or "") if node is not None else ""
            if text and text != source and (node.get("type") or "") != "unfinished":
                sources.add(source)
                texts.add(text)
    return sources - texts, texts - sources  # a word the same in both proves nothing


def _clean(text: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", " ", text.replace("&", "")).split())


def visible_texts(root: QWidget) -> set[str]:
    """Every UI string a person can see in `root` now: labels, buttons, titles, placeholders,
    combo items, tabs, table headers, navigation."""
    found: set[str] = set()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            found.add(widget.text())
        elif isinstance(widget, QGroupBox):
            found.add(widget.title())
        elif isinstance(widget, QLineEdit):
            found.add(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found.update(widget.itemText(i) for i in range(widget.count()))
        elif isinstance(widget, QTabBar):
            found.update(widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            found.update(widget.item(i).text() for i in range(widget.count()))
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            found.update(
                str(model.headerData(c, Qt.Orientation.Horizontal))
                for c in range(model.columnCount())
            )
    return {_clean(t) for t in found if t and _clean(t)}


def settle(ctx, qtbot) -> None:
    ctx.jobs.wait()
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(10)


def show_each_page(window, ctx, qtbot) -> dict[str, set[str]]:
    seen = {}
    for page in window.pages:
        window.show_page(page.page_id)
        settle(ctx, qtbot)
        seen[page.page_id] = visible_texts(window)
    return seen


def test_every_page_switches_language_and_back(window, ctx, qtbot):
    english, vietnamese = translations()
    curriculum = window.show_page("curriculum")
    qtbot.waitUntil(lambda: curriculum.kit is not None, timeout=20000)
    before = show_each_page(window, ctx, qtbot)
    for page_id, texts in before.items():
        assert not texts & vietnamese, (page_id, sorted(texts & vietnamese))
        assert texts & english, page_id  # the check below means something

    switch_language(ctx, "vi")
    in_vietnamese = show_each_page(window, ctx, qtbot)
    for page_id, texts in in_vietnamese.items():
        assert not texts & english, (page_id, sorted(texts & english))
        assert texts & vietnamese, page_id

    switch_language(ctx, "en")
    after = show_each_page(window, ctx, qtbot)
    assert after == before


def test_lesson_content_follows_the_language(window, ctx, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    lesson = ctx.kit.lesson(page.selected_lesson_id())
    step = lesson.steps[0]
    assert lesson.title.en in page.viewer.toPlainText()
    switch_language(ctx, "vi")
    text = page.viewer.toPlainText()
    assert lesson.title.vi in text and step.title.vi in text and lesson.title.en not in text
    assert page.tree.currentItem().text(0).endswith(lesson.title.vi)
    switch_language(ctx, "en")
    assert lesson.title.en in page.viewer.toPlainText()


def test_every_ui_string_has_its_vietnamese():
    sys.path.insert(0, str(ROOT / "build"))
    try:
        import i18n
    finally:
        sys.path.pop(0)
    missing = i18n.unfinished()
    assert not missing, "\n".join(missing)


@pytest.fixture(autouse=True)
def _english_back(ctx):
    yield
    if ctx.language != "en":
        switch_language(ctx, "en")
