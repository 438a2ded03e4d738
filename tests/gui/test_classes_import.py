"""Class lists imported through the Classes page (issue 12): the file chosen, read and planned on
a worker, previewed (target classes, what changes in each, problems), the checks asked as
questions, imported on a worker, and the last import of a class undone.

Every corpus file must give exactly the pupils the corpus tests write out by hand
(tests/unit/test_roster_corpus.py CORPUS, tests/unit/test_roster_classes.py MULTI): those lists
are loaded from there, never computed by the code under test.
"""

from __future__ import annotations

import csv
import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skillsapp.services import school as school_service
from skillsapp.store import open_store
from skillsapp.store import roster_import as queries
from skillsapp.ui.dialogs.roster_import import RosterImportDialog

TESTS = Path(__file__).resolve().parents[1]
FIXTURES = TESTS / "fixtures" / "rosters"


def _expected(name: str):
    """A corpus test module, loaded by path (tests/unit is no package) for its written lists."""
    spec = importlib.util.spec_from_file_location(f"expected_{name}", TESTS / "unit" / name)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


SINGLE = _expected("test_roster_corpus.py").CORPUS  # file -> (source, header, (n, g, y, id))
_classes = _expected("test_roster_classes.py")
MULTI = _classes.MULTI  # file -> (class for a file naming none, sources, (class, n, g, date, id))
GRADE6, GRADE6_LATER = _classes.GRADE6, _classes.GRADE6_LATER


@pytest.fixture
def school_db(tmp_path: Path) -> Path:
    """A school with no classes yet, as on the first day."""
    path = tmp_path / "school.db"
    store = open_store(path)
    school_service.save_school(store, school_service.School(id="", code="HP01", name="THCS HP"))
    store.close()
    return path


@pytest.fixture
def ctx(school_db):
    from skillsapp.ui.context import AppContext

    store = open_store(school_db)
    yield AppContext(store=store, db_path=school_db, language="en")
    store.close()


@pytest.fixture
def page(window):
    return window.show_page("classes")


class Shown(list):
    """The boxes shown, and the answers still to give."""

    def __init__(self) -> None:
        super().__init__()
        self.answers: list[str] = []


@pytest.fixture
def boxes(monkeypatch):
    """Message boxes the page shows: recorded; a question answered from `answers` (the text of
    the button to press, "Import anyway" unless told), a message closed with its one button."""
    shown = Shown()
    answers = shown.answers

    def exec_(box: QMessageBox) -> int:
        shown.append(box)
        by_text = {b.text(): b for b in box.buttons()}
        wanted = answers.pop(0) if answers and len(by_text) > 1 else None
        button = by_text[wanted] if wanted else box.buttons()[0]
        button.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return shown


def class_by_name(ctx, name: str):
    found = [c for c in school_service.classes(ctx.store, include_archived=True) if c.name == name]
    assert len(found) == 1, name
    return found[0]


def pupils_of(ctx, name: str) -> list[dict]:
    return queries.class_pupils(ctx.store.db, class_by_name(ctx, name).id)


def make_class(page, ctx, name: str, grade: int):
    school = school_service.current_school(ctx.store)
    cls = school_service.create_class(
        ctx.store, school_id=school.id, school_year=page.year_box.currentText(), grade=grade,
        name=name,
    )  # fmt: skip
    ctx.bus.data_changed.emit(frozenset({"school_class"}))
    page.select_class(cls.id)
    return cls


def open_file(page, qtbot, monkeypatch, path: Path) -> RosterImportDialog:
    """Choose `path` in the file dialog and wait for the preview to be read and planned."""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(path), ""))
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    dialog = page.import_dialog
    assert isinstance(dialog, RosterImportDialog) and dialog.isVisible()
    wait_loaded(qtbot, dialog)
    return dialog


def wait_loaded(qtbot, dialog: RosterImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.bar.isVisibleTo(dialog), timeout=30000)


def press_import(page, ctx, qtbot, dialog: RosterImportDialog) -> None:
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.jobs.panel.isHidden(), timeout=30000)


def choose_class(qtbot, dialog: RosterImportDialog, name: str, grade: int | None = None) -> None:
    """Type the class for a file that names none, as the teacher would, and read again."""
    assert dialog.class_box.isVisible()
    dialog.class_box.setCurrentText(name)
    dialog.class_box.lineEdit().editingFinished.emit()
    if grade is not None:
        assert dialog.grade_box.isVisible()
        dialog.grade_box.setValue(grade)
    qtbot.mouseClick(dialog.reload_button, Qt.MouseButton.LeftButton)
    wait_loaded(qtbot, dialog)


def table_counts(dialog: RosterImportDialog) -> dict[str, list[int]]:
    """The per-class table as shown: class -> new, updated, moved in, left, same, after."""
    table = dialog.classes_table
    return {
        table.item(r, 0).text(): [int(table.item(r, c).text()) for c in range(1, 7)]
        for r in range(table.rowCount())
    }


# -- every corpus file -------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(SINGLE))
def test_every_single_class_file_imports_its_pupils(page, ctx, qtbot, monkeypatch, boxes, name):
    make_class(page, ctx, "6A9", 6)
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / name)
    assert dialog.loaded.error == "" and dialog.plan is not None
    assert "6A9" in dialog.heading.text() and name in dialog.heading.text()
    assert not dialog.skip_box.isVisible() and not dialog.errors_button.isVisible()
    press_import(page, ctx, qtbot, dialog)
    _source, _header, expected = SINGLE[name]
    got = [(p["full_name"], p["gender"], p["birth_year"], p["code"]) for p in pupils_of(ctx, "6A9")]
    assert sorted(got) == sorted(expected)
    assert [b.text() for b in boxes] == [
        f"Imported {name}: {len(expected)} new, 0 updated, 0 moved, 0 left."
    ]
    assert page.model.rowCount() == len(expected)


@pytest.mark.parametrize("name", sorted(MULTI))
def test_every_multi_class_file_puts_each_pupil_in_their_class(
    page, ctx, qtbot, monkeypatch, boxes, name
):
    given, _sources, expected = MULTI[name]
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / name)
    if given is not None:  # the file names no class: the page asks for one, with its grade
        assert dialog.plan is None and dialog.loaded.error
        choose_class(qtbot, dialog, given, grade=5)
    classes = list(dict.fromkeys(c for c, *_rest in expected))
    assert list(table_counts(dialog)) == [f"{c} (new class)" for c in classes]
    for cls in classes:
        assert cls in dialog.heading.text()
    press_import(page, ctx, qtbot, dialog)
    got = [
        (cls, p["full_name"], p["gender"], p["birth_date"], p["code"])
        for cls in classes
        for p in pupils_of(ctx, cls)
    ]
    assert sorted(got) == sorted(expected)
    assert {c.name: c.grade for c in school_service.classes(ctx.store)} == {
        c: int(c[0]) if given is None else 5 for c in classes
    }
    assert page.selected_class().name == classes[0]
    assert boxes[-1].windowTitle() == "Class list imported"


# -- a multi-class file, re-imported ------------------------------------------------------------


def test_a_reimport_moves_updates_and_marks_as_left(page, ctx, qtbot, monkeypatch, boxes):
    press_import(page, ctx, qtbot, open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop.xlsx"))
    before = {p["full_name"]: p["id"] for c in ("6A1", "6A2", "6A3") for p in pupils_of(ctx, c)}
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop_sau.xlsx")
    # new, updated, moved in, left, unchanged, after (from make_fixtures.py: Đạt 6A1 -> 6A2,
    # Hương renamed Vũ Thị Thu Hương, Dũng gone, Páo new in 6A3)
    assert table_counts(dialog) == {
        "6A1": [0, 0, 0, 0, 2, 2],
        "6A2": [0, 1, 1, 1, 1, 3],
        "6A3": [1, 0, 0, 0, 2, 3],
    }
    press_import(page, ctx, qtbot, dialog)
    after = {c: {p["full_name"]: p for p in pupils_of(ctx, c)} for c in ("6A1", "6A2", "6A3")}
    assert after["6A2"]["Lê Văn Đạt"]["id"] == before["Lê Văn Đạt"]
    assert "Lê Văn Đạt" not in after["6A1"]
    assert after["6A2"]["Hoàng Minh Dũng"]["active"] == 0
    assert after["6A2"]["Vũ Thị Thu Hương"]["id"] == before["Vũ Thị Hương"]
    assert after["6A3"]["Lò Văn Páo"]["active"] == 1
    assert boxes[-1].text() == "Imported khoi6_lop_sau.xlsx: 1 new, 1 updated, 1 moved, 1 left."

    again = open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop_sau.xlsx")
    assert [row[:4] for row in table_counts(again).values()] == [[0, 0, 0, 0]] * 3


# -- the checks, asked as questions ------------------------------------------------------------


def _csv(path: Path, rows: list[list[str]], header=("Họ và tên", "Ngày sinh", "Lớp")) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows([list(header), *rows])
    return path


FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"]
MIDDLE = ["Văn", "Thị", "Minh", "Ngọc"]
GIVEN = ["An", "Bình", "Đạt", "Ánh", "Dũng", "Hương", "Huy", "Lan", "Minh", "Nam"]


def sixty_one(tmp_path: Path) -> Path:
    """61 different pupils of class 6A5."""
    names = [f"{f} {m} {g}" for f in FAMILY for m in MIDDLE for g in GIVEN][:61]
    return _csv(tmp_path / "big.csv", [[n, "01/03/2014", "6A5"] for n in names])


def test_a_class_over_sixty_is_asked_about(page, ctx, qtbot, monkeypatch, boxes, tmp_path):
    dialog = open_file(page, qtbot, monkeypatch, sixty_one(tmp_path))
    boxes.answers.append("Do not import")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and school_service.classes(ctx.store) == []
    question = boxes[-1]
    assert question.text() == (
        "Class 6A5 would have 61 pupils (over 60): is this file really one class's list?"
    )
    assert question.informativeText() == "Import anyway?"
    assert {b.text() for b in question.buttons()} == {"Import anyway", "Do not import"}
    boxes.answers.append("Import anyway")
    press_import(page, ctx, qtbot, dialog)
    assert len(pupils_of(ctx, "6A5")) == 61


def test_one_sheet_of_a_file_naming_several_classes_is_asked_about(
    page, ctx, qtbot, monkeypatch, boxes
):
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_moi_lop_mot_trang.xlsx")
    assert dialog.sheet_box.isVisible()
    assert list(table_counts(dialog)) == ["6A1 (new class)", "6A2 (new class)", "6A3 (new class)"]
    dialog.sheet_box.setCurrentIndex(dialog.sheet_box.findData("6A2"))
    dialog.sheet_box.activated.emit(dialog.sheet_box.currentIndex())
    wait_loaded(qtbot, dialog)
    assert list(table_counts(dialog)) == ["6A2 (new class)"]
    boxes.answers.append("Import anyway")
    press_import(page, ctx, qtbot, dialog)
    assert boxes[0].text() == (
        "The file mentions classes 6A1, 6A2, 6A3 but every row goes into class 6A2."
    )
    assert [c.name for c in school_service.classes(ctx.store)] == ["6A2"]


def test_most_of_a_class_leaving_is_asked_about(page, ctx, qtbot, monkeypatch, boxes, tmp_path):
    press_import(page, ctx, qtbot, open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop.xlsx"))
    path = _csv(tmp_path / "6a1.csv", [["Nguyễn Văn An", "12/03/2014", "6A1"]])
    dialog = open_file(page, qtbot, monkeypatch, path)
    assert table_counts(dialog) == {"6A1": [0, 0, 0, 2, 1, 1]}
    boxes.answers.append("Do not import")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes[-1].text() == (
        "2 of the 3 pupils of class 6A1 would be marked as left because they are not in the file."
    )
    assert all(p["active"] for p in pupils_of(ctx, "6A1"))


# -- undo ---------------------------------------------------------------------------------------


def test_undo_puts_the_class_back_exactly(page, ctx, qtbot, monkeypatch, boxes):
    make_class(page, ctx, "6A9", 6)
    assert not page.undo_button.isEnabled()
    assert page.undo_button.toolTip() == "Class 6A9 has no class-list import to undo."
    press_import(page, ctx, qtbot, open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop.xlsx"))
    snapshot = {c: pupils_of(ctx, c) for c in ("6A1", "6A2", "6A3")}
    press_import(
        page, ctx, qtbot, open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop_sau.xlsx")
    )
    page.select_class(class_by_name(ctx, "6A2").id)
    assert page.undo_button.isEnabled()
    assert "khoi6_lop_sau.xlsx" in page.undo_button.toolTip()
    boxes.answers.append("Keep it")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    question = boxes[-1]
    record = queries.last_import(ctx.store.db, class_by_name(ctx, "6A2").id)
    assert question.text() == (
        f"Undo the import of khoi6_lop_sau.xlsx made on {record.imported_at.replace('T', ' ')} "
        "into class 6A2?"
    )
    # 6A2's import wrote Đạt (moved in), Hương (renamed) and Dũng (left); it added no one
    assert question.informativeText().startswith("3 pupils go back")
    assert "; 0 pupils it added are removed." in question.informativeText()
    assert pupils_of(ctx, "6A2") != snapshot["6A2"]

    boxes.answers.append("Undo the import")
    qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: ctx.jobs.panel.isHidden(), timeout=30000)
    assert pupils_of(ctx, "6A2") == snapshot["6A2"]
    assert pupils_of(ctx, "6A1") == snapshot["6A1"]  # Đạt is back where he was
    assert boxes[-1].text().startswith("Undid the import of khoi6_lop_sau.xlsx")
    # the first import is next, and 6A3's own later import does not block 6A2's
    assert page.undo_button.isEnabled() and "khoi6_lop.xlsx" in page.undo_button.toolTip()


def test_undo_waits_for_a_later_import_first(page, ctx, qtbot, monkeypatch, boxes, tmp_path):
    press_import(page, ctx, qtbot, open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop.xlsx"))
    path = _csv(
        tmp_path / "an.csv",
        [["Nguyễn Văn An", "12/03/2014", "6A2", "0012345601"]],
        ("Họ và tên", "Ngày sinh", "Lớp", "Mã định danh"),
    )  # An moves to 6A2, the other three of 6A2 are no longer listed
    boxes.answers.append("Import anyway")
    press_import(page, ctx, qtbot, open_file(page, qtbot, monkeypatch, path))
    page.select_class(class_by_name(ctx, "6A1").id)
    assert not page.undo_button.isEnabled()
    assert "an.csv" in page.undo_button.toolTip() and "first" in page.undo_button.toolTip()


# -- problems and bad files ----------------------------------------------------------------------


def test_bad_rows_are_listed_skipped_on_request_and_saved(
    page, ctx, qtbot, monkeypatch, boxes, tmp_path
):
    make_class(page, ctx, "6A9", 6)
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / "bad_rows.csv")
    assert not dialog.import_button.isEnabled()
    assert dialog.import_button.toolTip().startswith("Some rows have problems: fix the file")
    assert dialog.skip_box.isVisible() and dialog.errors_button.isVisible()
    assert dialog.notes.text().startswith("5 rows have problems (shaded): Row 3: ")
    saved = tmp_path / "loi.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(saved), ""))
    qtbot.mouseClick(dialog.errors_button, Qt.MouseButton.LeftButton)
    with saved.open(encoding="utf-8-sig") as handle:
        written = list(csv.reader(handle))
    assert written[0] == ["Sheet", "Row", "Class", "Full name", "Pupil id", "Reason"]
    assert len(written) == 1 + 5 and written[1][1] == "3"
    dialog.only_bad_box.setChecked(True)
    shown = [r for r in range(dialog.model.rowCount()) if not dialog.table.isRowHidden(r)]
    assert len(shown) == 5
    dialog.skip_box.setChecked(True)
    assert dialog.import_button.text() == "Import 3 pupils"
    assert dialog.import_button.isEnabled() and "problems" not in dialog.import_button.toolTip()
    press_import(page, ctx, qtbot, dialog)
    assert sorted(p["full_name"] for p in pupils_of(ctx, "6A9")) == [
        "Nguyễn Văn An", "Trần Thị Bình", "Vũ Thị Hương"
    ]  # fmt: skip
    assert "Skipped 5 rows with problems." in boxes[-1].informativeText()


@pytest.mark.parametrize(
    ("name", "words"),
    [
        ("encrypted.xlsx", "password"),
        ("empty.csv", "empty"),
        ("renamed_docx.xlsx", "Word document"),
        ("not_a_spreadsheet.xlsx", "not a spreadsheet"),
        ("header_only.csv", "no pupils"),
        ("tcvn3.csv", "encoding"),
    ],
)
def test_a_bad_file_is_one_line_in_the_dialog(page, ctx, qtbot, monkeypatch, boxes, name, words):
    make_class(page, ctx, "6A9", 6)
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / name)
    text = dialog.status.text()
    assert words in text and name in text and "\n" not in text
    assert not dialog.import_button.isEnabled() and dialog.plan is None
    assert dialog.import_button.toolTip() == "This file cannot be imported: the reason is above."
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert pupils_of(ctx, "6A9") == [] and boxes == []


def test_a_cancelled_preview_imports_nothing(page, ctx, qtbot, monkeypatch, boxes):
    dialog = open_file(page, qtbot, monkeypatch, FIXTURES / "khoi6_lop.xlsx")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert school_service.classes(ctx.store) == [] and boxes == []


def test_in_vietnamese_the_questions_and_buttons_are_vietnamese(
    page, ctx, qtbot, monkeypatch, boxes, tmp_path
):
    from skillsapp.ui.pages.settings import switch_language

    switch_language(ctx, "vi")
    dialog = open_file(page, qtbot, monkeypatch, sixty_one(tmp_path))
    boxes.answers.append("Không nhập")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert boxes[-1].text().startswith("Lớp 6A5 sẽ có 61 học sinh")
    assert {b.text() for b in boxes[-1].buttons()} == {"Vẫn nhập", "Không nhập"}
    assert dialog.import_button.text() == "Nhập 61 học sinh"
    switch_language(ctx, "en")
