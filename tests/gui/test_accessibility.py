"""Every control on every page has a name a screen reader can read, and Tab reaches them.

The walk (tests/gui/a11y_walk.py) looks at every button, input, combo, table, list and tree of
every page and fails for one with neither an accessible name nor a label naming it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QWidget

from tests.gui.a11y_walk import unnamed_interactive


@pytest.fixture(params=["vi", "en"])
def language(request, ctx):
    from skillsapp.ui import i18n

    i18n.install(request.param)
    ctx.language = request.param
    yield request.param
    i18n.install("en")


def _visit_every_page(window, qtbot):
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda row=row: window.stack.currentIndex() == row)
    return window.pages


def test_every_interactive_widget_has_a_name(language, qtbot):
    from skillsapp.ui.main_window import MainWindow

    window = MainWindow(qtbot._request.getfixturevalue("ctx"))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    pages = _visit_every_page(window, qtbot)
    unnamed = {page.page_id: unnamed_interactive(page) for page in pages}
    unnamed["window"] = unnamed_interactive(window.nav)
    assert {page: found for page, found in unnamed.items() if found} == {}
    assert window.nav.accessibleName()
    window.ctx.jobs.wait(10000)


def test_the_walk_finds_an_unnamed_control(qtbot):
    """The check itself: a bare icon-less button and an unlabelled table are reported."""
    from PySide6.QtWidgets import QTableWidget, QVBoxLayout

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    layout.addWidget(QPushButton(""))
    layout.addWidget(QTableWidget(1, 1))
    found = unnamed_interactive(root)
    assert any(item.startswith("QPushButton(") for item in found)
    assert any(item.startswith("QTableWidget(") for item in found)
    from skillsapp.ui.accessibility import name_controls

    name_controls(root)  # names the corner button, but cannot invent names for the others
    assert len(unnamed_interactive(root)) == 2


def test_names_follow_a_language_switch(window, qtbot):
    from skillsapp.ui import i18n

    today = window.show_page("today")
    english = today.week.accessibleName()
    i18n.install("vi")
    try:
        window.ctx.language = "vi"
        window.ctx.bus.language_changed.emit("vi")
        qtbot.waitUntil(lambda: today.week.accessibleName() != english)
        assert today.week.accessibleName() == "Các buổi học tuần này"
    finally:
        i18n.install("en")


def test_tab_reaches_the_page_from_the_navigation_with_a_visible_focus(window, qtbot):
    """Tab from the navigation lands on the page, and the focus ring is in the stylesheet."""
    window.show_page("classes")
    window.nav.setFocus()
    qtbot.waitUntil(window.nav.hasFocus)
    page = window.stack.currentWidget()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: page.isAncestorOf(QApplication.focusWidget()))
    seen = set()
    for _ in range(12):  # Tab keeps moving through the page's controls, never stuck
        focus = QApplication.focusWidget()
        seen.add(id(focus))
        qtbot.keyClick(focus, Qt.Key.Key_Tab)
    assert len(seen) >= 5
    sheet = QApplication.instance().styleSheet()
    assert "QPushButton:focus" in sheet and "QTableView:focus" in sheet


def test_ctrl_and_a_number_opens_that_page(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.stack.currentIndex() == 4)
    assert window.nav.currentItem().toolTip().endswith("(Ctrl+5)")
    assert window.nav.currentItem().icon().isNull() is False


def test_dialogs_name_their_fields(qtbot, ctx):
    from skillsapp.ui.dialogs.class_edit import ClassDialog
    from skillsapp.ui.dialogs.remove_demo import RemoveDemoDialog
    from skillsapp.ui.first_run import FirstRunWizard

    for dialog in (
        ClassDialog(["2026-2027"], "2026-2027"),
        RemoveDemoDialog(ctx),
        FirstRunWizard(),
    ):
        qtbot.addWidget(dialog)
        assert unnamed_interactive(dialog) == [], type(dialog).__name__


def _tab_stops(page):
    """Visible, enabled controls that Tab should reach (not cell widgets: Enter opens the row)."""
    from PySide6.QtWidgets import QAbstractItemView

    from tests.gui.a11y_walk import INTERACTIVE, _is_inner

    stops = []
    for widget in page.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_inner(widget):
            continue
        if not (widget.isVisible() and widget.isEnabled()):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue  # e.g. a table's corner button, never a tab stop in Qt
        viewport = widget.parentWidget()
        if viewport is not None and isinstance(viewport.parentWidget(), QAbstractItemView):
            continue
        stops.append(widget)
    return stops


def test_tab_reaches_every_control_on_every_page(window, qtbot):
    """From the navigation, Tab visits every control of the page: none is skipped or trapped."""
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda row=row: window.stack.currentIndex() == row)
        window.ctx.jobs.wait(30000)
        page = window.stack.currentWidget()
        stops = _tab_stops(page)
        window.nav.setFocus()
        qtbot.waitUntil(window.nav.hasFocus)
        seen = set()
        for _ in range(2 * len(stops) + 10):
            focus = QApplication.focusWidget()
            seen.add(id(focus))
            qtbot.keyClick(focus, Qt.Key.Key_Tab)
        missed = [
            type(w).__name__ + ":" + (w.accessibleName() or getattr(w, "text", str)())
            for w in stops
            if id(w) not in seen
        ]
        assert missed == [], page.page_id
