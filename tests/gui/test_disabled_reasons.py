"""Every disabled control says why (issue 15 item 5).

The test visits every page (and the main dialogs) in the states where controls are greyed out:
an empty school (no class, no session, no backup), a database with no school (the education
department), the demo school on a first visit, a search that finds no lesson, the session's
slides, the locked case register counting down, a class being renamed. It fails on any visible
disabled button, field or menu action whose tooltip (or that of the disabled box around it)
gives no reason, and checks that the blocked pages say the way forward on the page.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QWidget,
)

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QAbstractSpinBox)


def _reason(widget: QWidget) -> str:
    """The tooltip of the widget, or of the box whose disabling greyed it out."""
    while widget is not None:
        if widget.toolTip().strip():
            return widget.toolTip()
        if widget.testAttribute(Qt.WidgetAttribute.WA_ForceDisabled) or widget.isWindow():
            return ""  # disabled itself (or nothing above it is): its own tooltip had to say
        widget = widget.parentWidget()
    return ""


def _action_unexplained(action: QAction) -> bool:
    text = action.text().replace("&", "").strip()
    tip = action.toolTip().replace("&", "").strip()
    return not action.isSeparator() and bool(text) and tip in ("", text)


def unexplained(root: QWidget) -> list[str]:
    """Visible disabled controls (and menu actions of visible buttons) that do not say why."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, CONTROLS) or not widget.isVisible() or widget.isEnabled():
            continue
        if widget.objectName() == "qt_tableview_cornerbutton" or widget.focusProxy() is not None:
            continue
        if not _reason(widget):
            text = widget.text() if hasattr(widget, "text") else ""
            found.append(f"{type(widget).__name__}({text!r})")
    for button in root.findChildren(QAbstractButton):
        menu = getattr(button, "menu", lambda: None)()
        if menu is None or not button.isVisible():
            continue
        found += [
            f"action {a.text()!r} of {button.text()!r}"
            for a in menu.actions()
            if not a.isEnabled() and _action_unexplained(a)
        ]
    return found


def _ways_forward(page: QWidget) -> list[str]:
    return [
        label.text()
        for label in page.findChildren(QLabel, "wayForward")
        if label.isVisible() and label.text().strip()
    ]


@pytest.fixture(params=["vi", "en"])
def language(request):
    from skillsapp.ui import i18n

    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def _open_window(qtbot, db: Path, language: str):
    from skillsapp.services.database import open_school_db
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    ctx = AppContext(store=open_school_db(db), db_path=db, language=language)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _visit(window, qtbot) -> dict[str, list[str]]:
    """Each page, shown as a teacher would open it: what it leaves unexplained."""
    found = {}
    for row, page in enumerate(window.pages):
        window.nav.setCurrentRow(row)
        qtbot.waitUntil(lambda row=row: window.stack.currentIndex() == row)
        if page.page_id == "curriculum":  # the kit loads on a worker the first time
            qtbot.waitUntil(lambda page=page: page.kit is not None, timeout=60000)
        found[page.page_id] = unexplained(page)
    return {page_id: items for page_id, items in found.items() if items}


def _close(window) -> None:
    window.hide()
    window.ctx.jobs.cancel_all()
    window.ctx.jobs.wait(10000)
    window.ctx.store.close()


@pytest.fixture
def empty_school(tmp_path) -> Path:
    """A school made on the first run without the demo: no class, no session, no backup."""
    from skillsapp.services.database import open_school_db
    from skillsapp.ui.first_run import FirstRunChoice, apply_choice

    path = tmp_path / "empty.db"
    store = open_school_db(path)
    apply_choice(store, FirstRunChoice(school_name="Trường THCS Lê Lợi", teacher_name="Vũ Lan"))
    store.close()
    return path


@pytest.fixture
def department(tmp_path) -> Path:
    """An education department's database: no school of its own."""
    from skillsapp.services.database import open_school_db
    from skillsapp.ui.first_run import FirstRunChoice, apply_choice

    path = tmp_path / "department.db"
    store = open_school_db(path)
    apply_choice(store, FirstRunChoice(role="department", school_name="Phòng GD&ĐT"))
    store.close()
    return path


def test_an_empty_school_explains_every_greyed_out_control(qtbot, empty_school, language):
    window = _open_window(qtbot, empty_school, language)
    try:
        assert _visit(window, qtbot) == {}
        for page_id in ("classes", "session", "sync", "settings"):
            assert _ways_forward(window.show_page(page_id)), page_id
    finally:
        _close(window)


def test_a_department_explains_every_greyed_out_control(qtbot, department, language):
    window = _open_window(qtbot, department, language)
    try:
        assert _visit(window, qtbot) == {}
        for page_id in ("reports", "sync"):
            assert _ways_forward(window.show_page(page_id)), page_id
    finally:
        _close(window)


def test_the_demo_school_explains_every_greyed_out_control(qtbot, demo_db, language):
    window = _open_window(qtbot, demo_db, language)
    try:
        assert _visit(window, qtbot) == {}
        curriculum = window.show_page("curriculum")
        qtbot.keyClicks(curriculum.search, "qqqzzzxx")  # finds nothing: no lesson chosen
        qtbot.waitUntil(lambda: curriculum.selected_lesson_id() is None)
        assert unexplained(curriculum) == [] and _ways_forward(curriculum)
        session = window.show_page("session")
        for step in range(session.stack.count() - 1):
            session.go_to(step)
            assert unexplained(session) == [], step
    finally:
        _close(window)


def test_the_dialogs_explain_their_greyed_out_fields(qtbot, ctx, language):
    from skillsapp.services.school import classes
    from skillsapp.ui.dialogs.class_edit import ClassDialog

    existing = classes(ctx.store)[0]
    dialog = ClassDialog(["2026-2027"], "2026-2027", existing)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert not dialog.grade.isEnabled()
    assert unexplained(dialog) == []
    from skillsapp.ui.first_run import FirstRunWizard

    wizard = FirstRunWizard(language)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    while wizard.currentPage() is not wizard.school_page:
        wizard.next()
    next_button = wizard.button(wizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # no school name yet
    assert unexplained(wizard) == []
    assert wizard.school_page.missing() in wizard.school_page.hint.text()  # said on the page
    wizard.school_page.school_name.setText("Trường THCS Lê Lợi")
    wizard.school_page.teacher_name.setText("Vũ Lan")
    assert next_button.isEnabled() and not next_button.toolTip()


def test_the_locked_register_says_why_it_waits(window, qtbot, ctx):
    from skillsapp.cases import register as reg

    page = window.show_page("cases")
    reg.setup(ctx.store, "mot cum tu bi mat dai", kdf=(1024, 1))
    page.refresh()
    for _ in range(reg.FREE_TRIES + 1):
        qtbot.keyClicks(page.passphrase, "sai roi sai roi")
        qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert not page.open_button.isEnabled()
    assert unexplained(page) == []


def test_the_check_sees_a_bare_disabled_button(qtbot):
    """The walk itself: a greyed-out button without a reason is reported, one with a reason not,
    and a button greyed out by its disabled box is explained by the box's tooltip."""
    from PySide6.QtWidgets import QGroupBox, QPushButton, QVBoxLayout

    from skillsapp.ui.reasons import allow

    root = QWidget()
    qtbot.addWidget(root)
    layout = QVBoxLayout(root)
    bare, explained = QPushButton("Xuất gói"), QPushButton("Khôi phục")
    box = QGroupBox("Gửi")
    inner = QPushButton("Chọn…")
    QVBoxLayout(box).addWidget(inner)
    for widget in (bare, explained, box):
        layout.addWidget(widget)
    bare.setEnabled(False)
    allow(explained, False, "Chọn một bản sao lưu trước.")
    root.show()
    qtbot.waitExposed(root)
    assert unexplained(root) == ["QPushButton('Xuất gói')"]
    box.setEnabled(False)
    assert unexplained(root) == ["QPushButton('Xuất gói')", "QPushButton('Chọn…')"]
    allow(box, False, "Phòng giáo dục chỉ nhận gói.")
    assert unexplained(root) == ["QPushButton('Xuất gói')"]
