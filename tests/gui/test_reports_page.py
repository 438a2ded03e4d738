"""The Reports page: preview the real PDF, save in each format, edit the task checklist."""

from __future__ import annotations

import io

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget

from skillsapp.services import school as school_service
from skillsapp.services.checklist import task_states

WAIT_MS = 20000


def _open_page(qtbot, ctx):
    """The page on its own, with the task runner the main window would give it."""
    from skillsapp.ui.jobs import JobRunner, ProgressPanel
    from skillsapp.ui.pages.reports import ReportsPage

    host = QWidget()
    ctx.jobs = JobRunner(ProgressPanel(host), host)
    widget = ReportsPage(ctx)
    qtbot.addWidget(host)
    qtbot.addWidget(widget)
    widget.resize(1180, 740)
    widget.show()
    widget.shown()
    return widget


@pytest.fixture
def page(qtbot, ctx):
    yield _open_page(qtbot, ctx)
    ctx.jobs.cancel_all()
    ctx.jobs.wait(WAIT_MS)


@pytest.fixture
def warnings(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, _title, text, *a, **k: shown.append(text)
    )
    return shown


def _set_period(qtbot, page, text: str) -> None:
    editor = page.period_box.lineEdit()
    editor.selectAll()
    qtbot.keyClicks(editor, text)


def _preview(qtbot, page) -> None:
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT_MS)


def test_preview_shows_every_page_of_the_school_report(qtbot, page, warnings):
    _set_period(qtbot, page, "2026-2027/hk1")
    assert "semester 1" in page.period_hint.text()
    assert page.lang_box.currentData() == "en"  # the app's language by default
    page.lang_box.setCurrentIndex(page.lang_box.findData("vi"))
    _preview(qtbot, page)
    data = page.preview.rendered.data
    pages = len(PdfReader(io.BytesIO(data)).pages)
    assert pages == page.preview.rendered.pages >= 2
    charts = len(page.preview.charts)
    assert charts == 2  # lessons delivered by grade, sessions by strand and band
    assert page.pages_layout.count() == 1 + charts + pages  # "Charts in this report", charts
    chart = page.pages_layout.itemAt(1).widget()
    assert chart.pixmap().width() > chart.pixmap().height() > 100
    first = page.pages_layout.itemAt(1 + charts).widget()
    assert first.pixmap().width() > 300 and first.pixmap().height() > first.pixmap().width()
    assert "BÁO CÁO" in PdfReader(io.BytesIO(data)).pages[0].extract_text()
    assert warnings == []


def test_class_report_in_english_names_the_class_and_its_pupils(qtbot, page, ctx):
    page.kind_box.setCurrentIndex(page.kind_box.findData("class"))
    assert page.class_box.isEnabled()
    chosen = school_service.classes(ctx.store)[1]
    page.class_box.setCurrentIndex(page.class_box.findData(chosen.id))
    page.lang_box.setCurrentIndex(page.lang_box.findData("en"))
    _preview(qtbot, page)
    pages = PdfReader(io.BytesIO(page.preview.rendered.data)).pages
    text = " ".join(" ".join(p.extract_text() for p in pages).split())  # names may wrap
    assert f"CLASS REPORT {chosen.name}" in text
    for pupil in school_service.pupils(ctx.store, chosen.id, include_inactive=False):
        assert pupil.full_name in text


def test_a_bad_period_is_explained_and_nothing_runs(qtbot, page, warnings):
    _set_period(qtbot, page, "2026-13")
    assert "Not a period" in page.period_hint.text()
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1 and "2026-13" in warnings[0]
    assert page.preview is None and page.pages_layout.count() == 0


def test_save_as_excel_writes_the_workbook(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "truong"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)")
    )
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "truong.xlsx"
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    page.ctx.jobs.wait(WAIT_MS)
    book = load_workbook(saved)
    assert len(book.sheetnames) >= 5
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("truong")] == [saved.name]


def test_ctrl_s_saves_the_report_as_the_button_does(qtbot, page, tmp_path, monkeypatch):
    target = tmp_path / "truong"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "Excel (*.xlsx)")
    )
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    saved = tmp_path / "truong.xlsx"
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    page.ctx.jobs.wait(WAIT_MS)


def test_saving_the_previewed_pdf_writes_those_bytes(qtbot, page, tmp_path):
    _preview(qtbot, page)
    target = tmp_path / "report.pdf"
    page.save_to(target, "pdf")
    qtbot.waitUntil(target.exists, timeout=WAIT_MS)
    page.ctx.jobs.wait(WAIT_MS)
    assert target.read_bytes() == page.preview.rendered.data


def test_the_checklist_saves_status_and_notes(qtbot, page, ctx):
    rows = {
        page.tasks.item(r, 0).data(Qt.ItemDataRole.UserRole): r
        for r in range(page.tasks.rowCount())
    }
    box = page.tasks.cellWidget(rows["hotline_111"], 1)
    assert isinstance(box, QComboBox)
    box.setCurrentIndex(box.findData("done"))
    page.tasks.item(rows["hotline_111"], 2).setText("Áp phích 111 ở cổng trường")
    with qtbot.waitSignal(ctx.bus.data_changed, timeout=WAIT_MS) as signal:
        qtbot.mouseClick(page.save_tasks_button, Qt.MouseButton.LeftButton)
    assert "plan_task" in signal.args[0]
    year = page.period_box.currentText()[:9]
    state = next(s for s in task_states(ctx.store, year) if s.code == "hotline_111")
    assert (state.status, state.note) == ("done", "Áp phích 111 ở cổng trường")
    page.refresh()
    box = page.tasks.cellWidget(rows["hotline_111"], 1)
    assert box.currentData() == "done"


def test_missing_letterhead_settings_are_named_with_a_link_to_settings(qtbot, page, ctx):
    from skillsapp.store.db import set_setting

    assert page.missing_label.isVisibleTo(page)
    text = page.missing_label.text()
    for part in ("who signs (principal)", "the signer's title", "the managing agency"):
        assert part in text
    assert 'href="settings"' in text
    opened = []
    page.window().show_page = opened.append  # the main window's navigation
    page.missing_label.linkActivated.emit("settings")
    assert opened == ["settings"]
    for key, value in (
        ("principal_name", "Nguyễn Thị Thu Hà"),
        ("signer_title", "Hiệu trưởng"),
        ("department_name", "UBND phường Lê Chân"),
        ("report_number_prefix", "BC-THCSHP"),
    ):
        set_setting(ctx.store.db, key, value)
    page.refresh()
    assert not page.missing_label.isVisibleTo(page)
    page.kind_box.setCurrentIndex(page.kind_box.findData("class"))
    assert not page.missing_label.isVisibleTo(page)


@pytest.mark.parametrize(
    ("chosen", "suffix", "first"),
    [
        ("Word (*.docx)", ".docx", b"PK"),
        ("CSV for Excel in Vietnamese (*.csv)", ".csv", ";"),
        ("CSV, standard (*.csv)", ".csv", ","),
    ],
)
def test_save_as_word_and_both_csv_dialects(
    qtbot, page, tmp_path, monkeypatch, chosen, suffix, first
):
    target = tmp_path / "bao-cao"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), chosen))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    saved = target.with_suffix(suffix)
    qtbot.waitUntil(saved.exists, timeout=WAIT_MS)
    page.ctx.jobs.wait(WAIT_MS)
    data = saved.read_bytes()
    if isinstance(first, bytes):
        assert data.startswith(first)
    else:
        assert data.decode("utf-8-sig").splitlines()[0].split(first)[0] in ("Report", "Báo cáo")


@pytest.mark.parametrize("language", ["vi", "en"])
def test_every_task_status_box_fits_its_column(qtbot, ctx, language):
    """A status box narrower than its text showed "Chưa thực hi" (seen on a screenshot)."""
    from PySide6.QtWidgets import QApplication

    from skillsapp.ui import i18n
    from skillsapp.ui.style import stylesheet

    app = QApplication.instance()
    before = app.styleSheet()
    app.setStyleSheet(stylesheet())  # the app's padding is what made the box too wide
    i18n.install(language)
    try:
        widget = _open_page(qtbot, ctx)
        rows = range(widget.tasks.rowCount())
        assert rows
        for row in rows:
            box = widget.tasks.cellWidget(row, 1)
            assert box.sizeHint().width() <= widget.tasks.columnWidth(1), box.currentText()
    finally:
        i18n.install("en")
        app.setStyleSheet(before)
