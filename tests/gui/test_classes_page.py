"""The classes page: classes per school year, the roster in class-list order edited in place,
(class-list imports: test_classes_import.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from skillsapp.domain.names import sort_key
from skillsapp.domain.records import Pupil
from skillsapp.errors import UserError
from skillsapp.rosters.classlists import read_class_file
from skillsapp.services import school as school_service
from skillsapp.ui.dialogs.class_edit import ClassDialog, ClassForm
from skillsapp.ui.models.pupils import PupilTableModel
from skillsapp.ui.models.roster_preview import BAD_ROW, CLASS, PROBLEMS, RosterPreviewModel

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "rosters"


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def page(window):
    return window.show_page("classes")


def names(page) -> list[str]:
    return [page.model.pupil(r).full_name for r in range(page.model.rowCount())]


def test_classes_page_shows_selected_class_in_vietnamese_order(window, ctx, qtbot):
    page = window.show_page("classes")
    classes = school_service.classes(ctx.store)
    assert page.class_list.count() == len(classes)
    page.class_list.setCurrentRow(1)
    chosen = classes[1]
    shown = names(page)
    assert len(shown) == chosen.pupil_count
    assert shown == sorted(shown, key=sort_key)
    assert chosen.name in page.class_header.text()


def test_status_bar_names_the_school(window, ctx):
    assert school_service.current_school(ctx.store).name == window.school_label.text()


# -- classes ------------------------------------------------------------------------------------


def test_create_rename_and_archive_a_class(page, ctx, qtbot, monkeypatch, warnings):
    year = page.year_box.currentText()
    monkeypatch.setattr(
        ClassDialog, "ask", classmethod(lambda cls, *a, **k: ClassForm("6A9", 6, "Cô Lan", year))
    )
    qtbot.mouseClick(page.new_class_button, Qt.MouseButton.LeftButton)
    created = school_service.find_class(ctx.store, "6A9", year)
    assert created.homeroom_teacher == "Cô Lan" and page.selected_class_id() == created.id
    # The same name again in the same year is refused with a message.
    qtbot.mouseClick(page.new_class_button, Qt.MouseButton.LeftButton)
    assert warnings and "6A9" in warnings[-1]
    monkeypatch.setattr(
        ClassDialog, "ask", classmethod(lambda cls, *a, **k: ClassForm("6A10", 6, "Cô Lan", year))
    )
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    assert school_service.get_class(ctx.store, created.id).name == "6A10"
    assert any("6A10" in page.class_list.item(r).text() for r in range(page.class_list.count()))
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert school_service.get_class(ctx.store, created.id).archived
    listed = [
        page.class_list.item(r).data(Qt.ItemDataRole.UserRole)
        for r in range(page.class_list.count())
    ]
    assert created.id not in listed
    page.archived_box.setChecked(True)
    page.select_class(created.id)
    assert page.archive_button.text() == "Bring back"
    qtbot.mouseClick(page.archive_button, Qt.MouseButton.LeftButton)
    assert not school_service.get_class(ctx.store, created.id).archived


def test_a_new_school_year_can_be_started(page, ctx, monkeypatch):
    years = page._years()
    following = f"{int(years[0][:4]) + 1}-{int(years[0][:4]) + 2}"
    offered = []

    def ask(cls, parent, year_list, year, existing=None, **_sites):
        offered.extend(year_list)
        return ClassForm("1A1", 1, "", following)

    monkeypatch.setattr(ClassDialog, "ask", classmethod(ask))
    page.new_class()
    assert following in offered
    assert page.year_box.currentText() == following
    assert [page.class_list.item(0).text()] == ["1A1 — 0 pupils"]


# -- the roster ---------------------------------------------------------------------------------


def edit_cell(page, qtbot, row: int, column: int, text: str) -> None:
    """Type into a cell the way a teacher does: select it, F2, type, Enter."""
    index = page.model.index(row, column)
    page.table.setFocus()
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.focusWidget()
    assert isinstance(editor, QLineEdit)
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    # The delegate commits on the next turn of the event loop.
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)


def test_inline_edit_by_keyboard_saves_through_the_service(page, ctx, qtbot, warnings):
    pupil = page.model.pupil(0)
    edit_cell(page, qtbot, 0, 4, "HS-NEW-1")
    assert school_service.pupils(ctx.store, pupil.class_id)[0].code == "HS-NEW-1"
    edit_cell(page, qtbot, 0, 3, "2014")
    saved = next(p for p in school_service.pupils(ctx.store, pupil.class_id) if p.id == pupil.id)
    assert saved.birth_year == 2014
    edit_cell(page, qtbot, 0, 3, "1850")  # refused: not a pupil's birth year
    assert warnings and "birth year" in warnings[-1]
    edit_cell(page, qtbot, page.model.row_of(pupil.id), 1, "   ")  # refused: empty name
    assert "name" in warnings[-1]
    kept = next(p for p in school_service.pupils(ctx.store, pupil.class_id) if p.id == pupil.id)
    assert kept.full_name == pupil.full_name and kept.birth_year == 2014


def test_gender_is_chosen_from_a_list(page, ctx, qtbot):
    from PySide6.QtWidgets import QComboBox

    pupil = page.model.pupil(2)
    index = page.model.index(2, 2)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    editor = page.table.focusWidget()
    assert isinstance(editor, QComboBox)
    wanted = "M" if pupil.gender == "F" else "F"
    editor.setCurrentIndex(editor.findData(wanted))
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.table.state() != QAbstractItemView.State.EditingState)
    saved = next(p for p in school_service.pupils(ctx.store, pupil.class_id) if p.id == pupil.id)
    assert saved.gender == wanted


def test_add_deactivate_and_delete_a_pupil(page, ctx, qtbot, monkeypatch):
    class_id = page.selected_class_id()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Trần Thị Thu Hà", True))
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    added = next(
        p for p in school_service.pupils(ctx.store, class_id) if p.full_name == "Trần Thị Thu Hà"
    )
    assert page.selected_pupil().id == added.id
    qtbot.mouseClick(page.active_button, Qt.MouseButton.LeftButton)
    assert not next(
        p for p in school_service.pupils(ctx.store, class_id) if p.id == added.id
    ).active
    assert page.active_button.text() == "Mark as back in the class"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert any(p.id == added.id for p in school_service.pupils(ctx.store, class_id))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.row_of(added.id) < 0, timeout=20000)
    ctx.jobs.wait()
    assert all(p.id != added.id for p in school_service.pupils(ctx.store, class_id))
    row = ctx.store.db.execute("SELECT full_name, deleted FROM pupil WHERE id = ?", [added.id])
    assert row.fetchone() == ("", 1)


# -- models without widgets ---------------------------------------------------------------------


def test_preview_model_shades_and_explains_bad_rows():
    model = RosterPreviewModel(read_class_file(FIXTURES / "bad_rows.csv", class_name="6A9"), "vi")
    assert model.rowCount() == 8 and model.columnCount() == 8
    assert model.data(model.index(0, PROBLEMS)) == ""
    assert model.data(model.index(0, CLASS)) == "6A9"
    assert model.data(model.index(0, PROBLEMS), Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(model.index(1, PROBLEMS)) == "thiếu họ và tên"
    assert model.data(model.index(1, 0), Qt.ItemDataRole.BackgroundRole) == BAD_ROW


def test_pupil_model_edits_go_through_save_and_refusals_are_reported():
    saved: list[Pupil] = []
    failures: list[str] = []

    def save(pupil: Pupil) -> Pupil:
        if not pupil.full_name:
            raise UserError("pupil.bad_name")
        saved.append(pupil)
        return pupil

    model = PupilTableModel(save=save)
    model.save_failed.connect(failures.append)
    model.set_pupils([Pupil(id="p1", class_id="c", full_name="Lê Văn Đạt", gender="M")])
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(model.index(0, 2), "Nữ")
    assert saved[-1].gender == "F" and model.data(model.index(0, 2)) == "Female"
    assert model.setData(model.index(0, 3), "2013") and saved[-1].birth_year == 2013
    assert model.setData(model.index(0, 3), "") and saved[-1].birth_year is None
    assert not model.setData(model.index(0, 2), "robot")
    assert not model.setData(model.index(0, 1), "")
    assert len(failures) == 2 and model.pupil(0).full_name == "Lê Văn Đạt"
    count = len(saved)
    assert model.setData(model.index(0, 1), "Lê  Văn   Đạt")  # the same after tidying: no save
    assert len(saved) == count
    read_only = PupilTableModel()
    read_only.set_pupils([Pupil(id="p1", class_id="c", full_name="A")])
    assert not read_only.flags(read_only.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
