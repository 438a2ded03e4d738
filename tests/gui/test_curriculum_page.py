"""The curriculum page: browse by band and strand, search without diacritics, read a lesson in
the app's language, see broken lesson files, present, and save or print handouts."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from skillsapp.domain.names import fold
from skillsapp.ui.pages.curriculum import lesson_search_text

PASSWORD_LESSON = "g3-5/03-mat-khau-manh"


@pytest.fixture
def page(window, ctx, qtbot):
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    return page


def shown_lessons(page) -> list[str]:
    return [item.data(0, Qt.ItemDataRole.UserRole)[1] for item in page.lesson_items()]


def test_kit_loads_on_a_worker_and_the_schools_band_is_shown(page, ctx):
    from skillsapp.services.school import classes

    grades = {cls.grade for cls in classes(ctx.store)}  # the demo is a lower secondary school
    band = next(b for b in ctx.kit.bands if grades <= set(b.grades))
    assert band.id != ctx.kit.bands[0].id  # not simply the first band
    assert page.band_box.currentData() == band.id
    assert shown_lessons(page) == sorted(
        (lesson.id for lesson in ctx.kit.band_plan(band.id)),
        key=lambda i: (ctx.kit.lesson(i).strand, ctx.kit.lesson(i).order),
    )
    assert page.count_label.text() == f"{len(ctx.kit.band_plan(band.id))} lessons"
    # Strands are the tree's branches, in strand order.
    strands = [page.tree.topLevelItem(i).text(0) for i in range(page.tree.topLevelItemCount())]
    assert strands == sorted(strands, key=lambda text: int(text.split(".")[0]))


@pytest.mark.parametrize(
    ("grades", "name", "band"),
    [
        ([6, 7, 8, 9], "", "g6-9"),
        ([1, 6, 6], "Trường Tiểu học và THCS Hòa Bình", "g6-9"),  # most classes decide
        ([10, 11, 12], "Trường THCS Lê Lợi", "g10-12"),  # the classes before the name
        ([], "Trường THCS Trần Phú", "g6-9"),
        ([], "TRƯỜNG TRUNG HỌC PHỔ THÔNG Nguyễn Du", "g10-12"),
        ([], "Trường Tiểu học Kim Đồng", "g1-2"),
        ([], "Phòng Giáo dục và Đào tạo", "g1-2"),  # nothing to go on: the first band
        ([4, 2, 3], "", "g3-5"),
    ],
)
def test_the_home_band_follows_the_schools_classes_then_its_name(ctx, grades, name, band):
    from skillsapp.ui.pages.curriculum import home_band_id

    assert home_band_id(ctx.kit, grades, name) == band


def test_a_new_secondary_school_without_classes_opens_on_grades_6_to_9(qtbot, tmp_path):
    from skillsapp.services.database import open_school_db
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.first_run import FirstRunChoice, apply_choice
    from skillsapp.ui.main_window import MainWindow

    path = tmp_path / "new.db"
    store = open_school_db(path)
    apply_choice(store, FirstRunChoice(school_name="Trường THCS Trần Phú", teacher_name="Hà"))
    window = MainWindow(AppContext(store=store, db_path=path, language="en"))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    try:
        assert page.band_box.currentData() == "g6-9"
    finally:
        window.ctx.jobs.wait()
        window.hide()
        store.close()


@pytest.mark.parametrize("query", ["mat khau", "Mật khẩu", "MẬT KHẨU", "MAT KHAU"])
def test_search_forgives_diacritics_and_case_across_bands(page, ctx, qtbot, query):
    page.band_box.setCurrentIndex(page.band_box.findData(""))  # all bands
    if query.isascii():
        qtbot.keyClicks(page.search, query)  # typed, as a teacher would
    else:
        page.search.setText(query)  # QTest cannot type non-ASCII keys
    found = shown_lessons(page)
    assert PASSWORD_LESSON in found
    expected = [
        lesson.id for lesson in ctx.kit.lessons if "mat khau" in fold(lesson_search_text(lesson))
    ]
    assert sorted(found) == sorted(expected)
    assert len({lesson_id.split("/")[0] for lesson_id in found}) > 1  # several bands


def test_dat_and_dat_with_diacritics_find_the_same_lessons(page, qtbot):
    page.band_box.setCurrentIndex(page.band_box.findData(""))
    page.search.setText("dat")
    plain = shown_lessons(page)
    page.search.setText("Đạt")
    assert shown_lessons(page) == plain and plain
    page.search.setText("no such words anywhere qqq")
    assert shown_lessons(page) == []
    assert page.count_label.text() == "0 lessons"


def test_lesson_view_follows_the_selection_and_the_language(page, ctx, qtbot):
    from skillsapp.ui.pages.settings import switch_language

    assert page.band_box.currentData() != "g3-5"  # another band is shown: it switches
    assert page.select_lesson(PASSWORD_LESSON)
    assert page.band_box.currentData() == "g3-5"
    lesson = ctx.kit.lesson(PASSWORD_LESSON)
    assert lesson.title.en in page.viewer.toPlainText()
    switch_language(ctx, "vi")
    assert lesson.title.vi in page.viewer.toPlainText()
    assert page.present_button.text() == "Trình chiếu (F5)"
    switch_language(ctx, "en")
    assert lesson.title.en in page.viewer.toPlainText()
    assert page.selected_lesson_id() == PASSWORD_LESSON


def test_present_opens_the_projector_window(page, qtbot):
    page.select_lesson(page.lesson_items()[0].data(0, Qt.ItemDataRole.UserRole)[1])
    qtbot.mouseClick(page.present_button, Qt.MouseButton.LeftButton)
    projected = page._presentation
    assert projected is not None and projected.isVisible()
    qtbot.keyClick(projected, Qt.Key.Key_Escape)
    assert not projected.isVisible()


@pytest.mark.parametrize("kind", ["handout", "family"])
def test_save_pdf_on_a_worker(page, ctx, qtbot, monkeypatch, tmp_path, kind):
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "out"  # no suffix: ".pdf" is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    lesson = ctx.kit.lesson(shown_lessons(page)[0])
    page.select_lesson(lesson.id)
    button = page.handout_button if kind == "handout" else page.family_button
    button.save_action.trigger()
    pdf = tmp_path / "out.pdf"
    qtbot.waitUntil(pdf.exists, timeout=20000)
    ctx.jobs.wait()
    assert pdf.read_bytes().startswith(b"%PDF")
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    assert " ".join(lesson.title.en.split()[:2]) in " ".join(text.split())
    assert not list(tmp_path.glob(".*.part"))  # written atomically


def test_print_goes_through_the_print_dialog(page, ctx, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    out = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(out))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    page.select_lesson(shown_lessons(page)[0])
    page.family_button.print_action.trigger()
    assert out.exists() and out.read_bytes().startswith(b"%PDF")
    monkeypatch.setattr(QPrintDialog, "exec", lambda d: QPrintDialog.DialogCode.Rejected)
    out.unlink()
    page.handout_button.print_action.trigger()
    assert not out.exists()


def test_broken_lesson_files_are_listed_as_unavailable(
    qtbot, demo_store, demo_db, tmp_path, monkeypatch
):
    from skillsapp.paths import lessons_dir
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    lessons = tmp_path / "lessons"
    shutil.copytree(lessons_dir(), lessons)
    broken = sorted((lessons / "g1-2").glob("*.yaml"))[1]
    broken.write_text("id: [this is not: a lesson\n", encoding="utf-8")
    monkeypatch.setenv("SKILLSAPP_LESSONS", str(lessons))
    ctx = AppContext(store=demo_store, db_path=demo_db, language="en")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("curriculum")
    qtbot.waitUntil(lambda: page.kit is not None, timeout=20000)
    page.band_box.setCurrentIndex(page.band_box.findData("g1-2"))  # the broken file's band
    group = page.tree.findItems("Unavailable lessons", Qt.MatchFlag.MatchExactly)
    assert len(group) == 1 and group[0].childCount() == 1
    item = group[0].child(0)
    assert item.text(0) == broken.name
    page.tree.setCurrentItem(item)
    shown = page.viewer.toPlainText()
    assert "unavailable" in shown and broken.name in shown
    assert not page.present_button.isEnabled()
    assert item.toolTip(0)  # the reason, on hover too
    ctx.jobs.wait()


def test_keyboard_only(page, qtbot):
    page.tree.setFocus()
    first = page.selected_lesson_id()
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    qtbot.keyClick(page.tree, Qt.Key.Key_Down)
    assert page.selected_lesson_id() != first
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.search.hasFocus()


def test_materials_button_saves_the_lessons_materials(page, ctx, qtbot, monkeypatch, tmp_path):
    """Beside the handout and family note: enabled only for lessons that carry materials, and
    the PDF it writes holds the cards' text."""
    from pypdf import PdfReader
    from PySide6.QtWidgets import QFileDialog

    bare = next(lesson for lesson in ctx.kit.lessons if not lesson.printables)
    assert page.select_lesson(bare.id)  # in whichever band it is
    assert not page.materials_button.isEnabled()
    lesson = next(lesson for lesson in ctx.kit.lessons if lesson.printables)
    assert page.select_lesson(lesson.id)
    assert page.materials_button.isEnabled() and page.materials_button.isVisible()
    target = tmp_path / "hoc-lieu"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.materials_button, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "hoc-lieu.pdf"
    qtbot.waitUntil(pdf.exists, timeout=20000)
    ctx.jobs.wait()
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    first = lesson.printables[0]
    assert " ".join(first.title.get(ctx.language).upper().split()[:2]) in text
