"""A mixed-grade class (lớp ghép) made, taught and reported through the real widgets: the class
dialog by keyboard and mouse, each pupil's grade typed in the roster, the session's lesson list
showing which grades each lesson serves, a lesson taught, and the school figures counting the
pupils by their own grade. Screenshots (vi and en) go to /tmp/sites/ for a person to look at."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QMessageBox

from skillsapp.domain.records import Pupil
from skillsapp.reports.figures import school_figures
from skillsapp.services import school as school_service
from skillsapp.services.sessions import get_session, list_sessions
from skillsapp.ui.dialogs.class_edit import ClassDialog
from skillsapp.ui.models.pupils import GRADE
from skillsapp.ui.pages.session import ATTENDANCE

SHOTS = Path("/tmp/sites")
NAME = "Ghep 3-4"


@pytest.fixture(autouse=True)
def _no_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _fill_dialog(qtbot, dialog: ClassDialog, site_name: str) -> None:
    """The teacher types the name, grade 3, ticks "Mixed-grade class" and types grade 4."""
    qtbot.keyClicks(dialog.name, NAME)
    dialog.grade.setFocus()
    dialog.grade.selectAll()
    qtbot.keyClicks(dialog.grade, "3")
    assert not dialog.second.isEnabled()
    qtbot.mouseClick(dialog.mixed, Qt.MouseButton.LeftButton)
    assert dialog.second.isEnabled()
    dialog.second.setFocus()
    dialog.second.selectAll()
    qtbot.keyClicks(dialog.second, "4")
    dialog.site.setFocus()
    qtbot.keyClick(dialog.site, Qt.Key.Key_Down)  # the first site after "Main site"
    assert dialog.site.currentText() == site_name


def _edit_grade(page, qtbot, row: int, text: str) -> None:
    index = page.model.index(row, GRADE)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_a_mixed_class_is_made_taught_and_reported_by_grade(window, ctx, qtbot, monkeypatch):
    site = school_service.save_site(ctx.store, "Điểm Nà Lừa")
    page = window.show_page("classes")
    dialog = ClassDialog(
        [page.year_box.currentText()], page.year_box.currentText(), sites=[site], parent=page
    )
    qtbot.addWidget(dialog)
    dialog.show()
    _fill_dialog(qtbot, dialog, site.name)
    _shot(dialog, "class_dialog_en")
    form = dialog.form()
    assert (form.grades, form.site_id) == ((3, 4), site.id)
    monkeypatch.setattr(ClassDialog, "ask", classmethod(lambda cls, *a, **k: form))
    qtbot.mouseClick(page.new_class_button, Qt.MouseButton.LeftButton)
    cls = school_service.find_class(ctx.store, NAME)
    assert (cls.grade, cls.grades, cls.site_id) == (3, (3, 4), site.id)
    assert "mixed 3, 4" in page.class_list.currentItem().text()
    school_service.add_pupils(
        ctx.store,
        [Pupil(id="", class_id=cls.id, full_name=f"Hoc Sinh {c}") for c in "ABCDEF"],
    )
    page.refresh()
    page.select_class(cls.id)
    assert not page.table.isColumnHidden(GRADE)
    assert page.model.data(page.model.index(0, GRADE), Qt.ItemDataRole.DisplayRole) == "3"
    for row in (3, 4, 5):  # the last three are in grade 4
        _edit_grade(page, qtbot, row, "4")
    grades = {p.full_name: p.grade for p in school_service.pupils(ctx.store, cls.id)}
    assert grades == {f"Hoc Sinh {c}": g for c, g in zip("ABCDEF", (0, 0, 0, 4, 4, 4), strict=True)}
    assert "Điểm Nà Lừa" in page.class_header.text()
    _shot(window, "classes_en")

    session = window.show_page("session")
    setup = session.setup
    setup.class_box.setCurrentIndex(setup.class_box.findData(cls.id))
    qtbot.waitUntil(lambda: session.draft.class_id == cls.id)
    items = [setup.lesson_box.itemText(i) for i in range(setup.lesson_box.count())]
    assert len(items) == 12
    assert items[0].endswith("· Grade 3") and items[1].endswith("· Grade 4")
    _shot(window, "session_setup_en")
    first = setup.lesson_box.itemData(0)
    assert session.draft.lesson_id == first
    setup.mode_box.setCurrentIndex(setup.mode_box.findData("none"))
    qtbot.mouseClick(session.next_button, Qt.MouseButton.LeftButton)
    assert session.stack.currentIndex() == ATTENDANCE
    roster = session.attendance.model.pupils()
    absent = next(p for p in roster if p.full_name == "Hoc Sinh F")
    grid = session.attendance.grid
    qtbot.mouseClick(
        grid.viewport(), Qt.MouseButton.LeftButton, pos=grid.visual_rect(absent.id).center()
    )
    assert session.draft.status(absent.id) == "absent"
    qtbot.mouseClick(session.save_button, Qt.MouseButton.LeftButton)
    summary = list_sessions(ctx.store, class_id=cls.id)[0]
    saved = get_session(ctx.store, summary.id)
    assert saved.lesson_id == first and saved.attendance[absent.id] == "absent"

    today = window.show_page("today")
    today.refresh()
    row = next(
        r for r in range(today.classes.rowCount()) if today.classes.item(r, 0).text() == NAME
    )
    assert today.classes.item(row, 4).text().endswith("· Grade 4")  # next: grade 4's first

    figures = school_figures(ctx.store, ctx.kit, cls.school_year)
    by_grade = {g.grade: g for g in figures.grades}
    assert (by_grade[3].enrolled, by_grade[3].reached, by_grade[3].classes) == (3, 3, 1)
    assert (by_grade[4].enrolled, by_grade[4].reached, by_grade[4].classes) == (3, 2, 0)

    reports = window.show_page("reports")
    reports.kind_box.setCurrentIndex(reports.kind_box.findData("school"))
    assert reports.by_site_box.isEnabled()
    qtbot.mouseClick(reports.by_site_box, Qt.MouseButton.LeftButton)
    assert reports.request("csv").by_site
    reports.kind_box.setCurrentIndex(reports.kind_box.findData("class"))
    assert not reports.by_site_box.isEnabled()


def test_screens_in_vietnamese(window, ctx, qtbot):
    from skillsapp.ui.dialogs.sites import SitesDialog
    from skillsapp.ui.pages.settings import switch_language

    site = school_service.save_site(ctx.store, "Điểm Nà Lừa")
    school = school_service.current_school(ctx.store)
    year = school_service.classes(ctx.store)[0].school_year
    cls = school_service.create_class(
        ctx.store, school_id=school.id, school_year=year, grade=3, name="Ghép 3-4",
        site_id=site.id, grades=(3, 4),
    )  # fmt: skip
    school_service.add_pupils(
        ctx.store,
        [Pupil(id="", class_id=cls.id, full_name=f"Học Sinh {c}", grade=3 + i % 2)
         for i, c in enumerate("ABCDEF")],
    )  # fmt: skip
    switch_language(ctx, "vi")
    try:
        page = window.show_page("classes")
        page.refresh()
        page.select_class(cls.id)
        assert "ghép 3, 4" in page.class_list.currentItem().text()
        assert page.model.headerData(GRADE, Qt.Orientation.Horizontal, 0) == "Khối"
        _shot(window, "classes_vi")
        dialog = ClassDialog([year], year, cls, sites=[site], parent=page)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.mixed.isChecked() and dialog.second.value() == 4
        assert dialog.site.currentText() == "Điểm Nà Lừa"
        _shot(dialog, "class_dialog_vi")
        sites = SitesDialog(ctx, page)
        qtbot.addWidget(sites)
        sites.show()
        _shot(sites, "sites_dialog_vi")
        session = window.show_page("session")
        session.setup.class_box.setCurrentIndex(session.setup.class_box.findData(cls.id))
        qtbot.waitUntil(lambda: session.draft.class_id == cls.id)
        assert session.setup.lesson_box.itemText(1).endswith("· Lớp 4")
        _shot(window, "session_setup_vi")
        reports = window.show_page("reports")
        reports.kind_box.setCurrentIndex(reports.kind_box.findData("school"))
        _shot(window, "reports_vi")
    finally:
        switch_language(ctx, "en")


def test_sites_are_added_and_renamed_and_a_class_moved_to_one(window, ctx, qtbot, monkeypatch):
    from skillsapp.ui.dialogs.class_edit import ClassForm
    from skillsapp.ui.dialogs.sites import SitesDialog

    page = window.show_page("classes")
    names = iter(["Điểm Nà Lừa", "Điểm Bản Chang"])
    monkeypatch.setattr(SitesDialog, "_ask_name", lambda self, title, current="": next(names))
    dialog = SitesDialog(ctx, page)
    qtbot.addWidget(dialog)
    assert not dialog.rename_button.isEnabled() and dialog.rename_button.toolTip()
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert [dialog.list.item(i).text() for i in range(dialog.list.count())] == ["Điểm Nà Lừa"]
    assert dialog.rename_button.isEnabled()  # the new site is selected
    qtbot.mouseClick(dialog.rename_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in school_service.sites(ctx.store)] == ["Điểm Bản Chang"]
    assert dialog.changed
    site = school_service.sites(ctx.store)[0]
    cls = school_service.classes(ctx.store)[0]
    page.select_class(cls.id)
    form = ClassForm(cls.name, cls.grade, cls.homeroom_teacher, cls.school_year, site_id=site.id)
    monkeypatch.setattr(ClassDialog, "ask", classmethod(lambda c, *a, **k: form))
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert school_service.get_class(ctx.store, cls.id).site_id == site.id
    assert "site Điểm Bản Chang" in page.class_header.text()
