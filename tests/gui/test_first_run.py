"""The first-run wizard driven like a user would, both ways to start, and removing the demo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QRadioButton, QWizard

from skillsapp.services import demo_data
from skillsapp.services.school import current_school
from skillsapp.services.settings import load_profile
from skillsapp.store import open_store
from skillsapp.ui import i18n
from skillsapp.ui.context import AppContext
from skillsapp.ui.dialogs.remove_demo import RemoveDemoDialog
from skillsapp.ui.first_run import FirstRunChoice, FirstRunWizard, apply_choice


@pytest.fixture
def wizard(qtbot):
    i18n.install("en")
    wiz = FirstRunWizard("en")
    qtbot.addWidget(wiz)
    wiz.show()
    yield wiz
    i18n.install("en")


def _click(qtbot, widget) -> None:
    """Click where a user would: a radio button reacts on its circle and label only, which in
    a stretched row is at its left end."""
    if isinstance(widget, QRadioButton):
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(10, widget.height() // 2))
    else:
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _next(qtbot, wizard) -> None:
    button = wizard.button(QWizard.WizardButton.NextButton)
    assert button.isEnabled()
    _click(qtbot, button)


def _pick(qtbot, wizard, name: str) -> None:
    radio = wizard.currentPage().findChild(QRadioButton, name)
    _click(qtbot, radio)
    assert radio.isChecked()


def _type(edit: QLineEdit, text: str) -> None:
    """Type text key by key, Vietnamese letters included (QTest.keyClicks accepts ASCII only;
    this is what a keyboard with a Vietnamese input method delivers)."""
    edit.setFocus()
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(edit, event)


def _fill_school(qtbot, wizard, name: str, code: str, teacher: str) -> None:
    page = wizard.currentPage()
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # nothing typed yet
    for field, text in (("school_name", name), ("school_code", code), ("teacher_name", teacher)):
        _type(page.findChild(QLineEdit, field), text)
    assert next_button.isEnabled()


def _finish(qtbot, wizard) -> FirstRunChoice:
    _click(qtbot, wizard.button(QWizard.WizardButton.FinishButton))
    assert wizard.result() == QWizard.DialogCode.Accepted
    return wizard.choice()


def test_empty_school_as_a_teacher(qtbot, wizard, tmp_path):
    _next(qtbot, wizard)  # language: English (as started)
    _pick(qtbot, wizard, "teacher")
    _next(qtbot, wizard)
    _fill_school(qtbot, wizard, "Trường THCS  Trần Phú ", "HP-TP-01", "Nguyễn Thị Hà")
    _next(qtbot, wizard)
    assert wizard.currentPage() is wizard.start_page
    _pick(qtbot, wizard, "empty")
    _next(qtbot, wizard)
    assert "Classes" in wizard.done_page.text.text()
    choice = _finish(qtbot, wizard)
    assert choice == FirstRunChoice(
        language="en",
        role="teacher",
        school_name="Trường THCS Trần Phú",
        school_code="HP-TP-01",
        teacher_name="Nguyễn Thị Hà",
        demo=False,
    )
    store = open_store(tmp_path / "new.db")
    try:
        assert apply_choice(store, choice).tables == {"setting", "school"}
        school = current_school(store)
        assert (school.name, school.code) == ("Trường THCS Trần Phú", "HP-TP-01")
        profile = load_profile(store)
        assert (profile.role, profile.teacher_name, profile.device_name) == (
            "teacher",
            "Nguyễn Thị Hà",
            "Nguyễn Thị Hà",
        )
        assert not demo_data.has_demo(store)
    finally:
        store.close()


def test_demo_school_as_a_leader_remembers_the_own_school(qtbot, wizard, tmp_path):
    _next(qtbot, wizard)
    _pick(qtbot, wizard, "leader")
    _next(qtbot, wizard)
    _fill_school(qtbot, wizard, "Trường THCS Ngô Quyền", "HP-NQ", "Trần Văn Nam")
    _next(qtbot, wizard)
    _pick(qtbot, wizard, "demo")
    _next(qtbot, wizard)
    assert "Remove the demo school" in wizard.done_page.text.text()
    choice = _finish(qtbot, wizard)
    assert choice.demo and choice.role == "leader"
    store = open_store(tmp_path / "new.db")
    try:
        apply_choice(store, choice)
        assert store.db.execute("SELECT count(*) FROM school").fetchone()[0] == 0
        own = demo_data.remembered_school(store)
        assert own is not None and (own.name, own.code) == ("Trường THCS Ngô Quyền", "HP-NQ")
        assert load_profile(store).role == "leader"
    finally:
        store.close()


def test_department_has_no_school_code(qtbot, wizard, tmp_path):
    _next(qtbot, wizard)
    _pick(qtbot, wizard, "department")
    _next(qtbot, wizard)
    code = wizard.currentPage().findChild(QLineEdit, "school_code")
    assert not code.isVisible()
    for field, text in (("school_name", "Phòng GD&ĐT Lê Chân"), ("teacher_name", "Lê Minh")):
        _type(wizard.currentPage().findChild(QLineEdit, field), text)
    _next(qtbot, wizard)
    _next(qtbot, wizard)
    choice = _finish(qtbot, wizard)
    assert (choice.role, choice.school_code) == ("department", "")
    store = open_store(tmp_path / "dept.db")
    try:
        apply_choice(store, choice)
        assert load_profile(store).department_name == "Phòng GD&ĐT Lê Chân"
        assert store.db.execute("SELECT count(*) FROM school").fetchone()[0] == 0
    finally:
        store.close()


def test_choosing_a_language_translates_the_wizard_at_once(qtbot, wizard):
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert next_button.text() == "Next >"
    _click(qtbot, wizard.language_page.vi)  # Qt posts the language change: wait for it
    qtbot.waitUntil(lambda: next_button.text() == "Tiếp theo >")
    assert wizard.language_page.title() == "Chào mừng bạn đến với Kỹ năng số"
    _click(qtbot, wizard.language_page.en)
    qtbot.waitUntil(lambda: wizard.language_page.title() == "Welcome to Kỹ năng số")
    _next(qtbot, wizard)
    assert wizard.role_page.findChild(QRadioButton, "leader").text() == "A school leader"


def test_cancelling_gives_no_choice(qtbot, monkeypatch):
    from skillsapp.ui import first_run

    monkeypatch.setattr(FirstRunWizard, "exec", lambda self: QWizard.DialogCode.Rejected)
    assert first_run.run_wizard("en") is None


def test_remove_demo_dialog_starts_the_own_school(qtbot, demo_store, demo_db):
    demo_data.remember_school(demo_store, name="Trường THCS Ngô Quyền", code="HP-NQ")
    ctx = AppContext(store=demo_store, db_path=demo_db, language="en")
    from skillsapp.ui.main_window import MainWindow

    window = MainWindow(ctx)  # owns the task runner the dialog reports through
    qtbot.addWidget(window)
    changed = []
    ctx.bus.data_changed.connect(changed.append)
    dialog = RemoveDemoDialog(ctx, window)
    qtbot.addWidget(dialog)
    assert "classes" in dialog.text.text() and "pupils" in dialog.text.text()
    assert dialog.name.text() == "Trường THCS Ngô Quyền"
    _click(qtbot, dialog.remove_button)
    qtbot.waitUntil(lambda: bool(changed), timeout=20000)
    assert {"school", "pupil", "session"} <= changed[-1]
    assert not demo_data.has_demo(demo_store)
    school = current_school(demo_store)
    assert (school.name, school.code) == ("Trường THCS Ngô Quyền", "HP-NQ")
    assert demo_data.remembered_school(demo_store) is None


def test_settings_button_removes_the_demo_in_one_click(qtbot, window, ctx, monkeypatch):
    from PySide6.QtWidgets import QPushButton

    window.start()
    page = window.show_page("settings")
    button = page.findChild(QPushButton, "removeDemoButton")
    assert button is not None and button.isEnabled()
    assert button.text() == "Remove the demo school"

    def confirm(dialog):  # the user presses "Remove the demo school" in the dialog
        _click(qtbot, dialog.remove_button)
        return dialog.result()

    monkeypatch.setattr(RemoveDemoDialog, "exec", confirm)
    _click(qtbot, button)
    qtbot.waitUntil(lambda: not button.isEnabled(), timeout=20000)
    assert not demo_data.has_demo(ctx.store)
