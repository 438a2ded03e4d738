"""The settings page: school, profile, school-year dates, language, backups and restore."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from skillsapp.config import load_config
from skillsapp.domain.periods import SchoolYear
from skillsapp.services import backups
from skillsapp.services import school as school_service
from skillsapp.services import settings as settings_service


@pytest.fixture
def warnings(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: shown.append(text))
    return shown


@pytest.fixture
def page(window):
    return window.show_page("settings")


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_settings_is_last_in_the_navigation(window):
    assert window.pages[-1].page_id == "settings"
    assert window.nav.item(window.nav.count() - 1).text() == "Settings"


def test_school_and_profile_are_saved(page, ctx, qtbot, warnings, window):
    assert page.school_name.text() == school_service.current_school(ctx.store).name
    page.school_name.setText("Trường THCS Ngô Quyền")
    page.school_district.setText("Phường Lê Chân")
    click(qtbot, page.save_school_button)
    saved = school_service.current_school(ctx.store)
    assert (saved.name, saved.district) == ("Trường THCS Ngô Quyền", "Phường Lê Chân")
    assert window.school_label.text() == "Trường THCS Ngô Quyền"
    page.school_name.setText("  ")
    click(qtbot, page.save_school_button)
    assert warnings and school_service.current_school(ctx.store).name == "Trường THCS Ngô Quyền"

    qtbot.keyClicks(page.teacher_name, "Nguyen Thi Lan")
    page.role_box.setCurrentIndex(page.role_box.findData("leader"))
    qtbot.keyClicks(page.place, "Hai Phong")
    click(qtbot, page.save_profile_button)
    profile = settings_service.load_profile(ctx.store)
    assert (profile.teacher_name, profile.role, profile.place) == (
        "Nguyen Thi Lan",
        "leader",
        "Hai Phong",
    )
    assert [page.role_box.itemText(i) for i in range(3)] == [
        "Teacher",
        "School leader",
        "Education department",
    ]


def test_school_year_dates(page, ctx, qtbot, warnings):
    start = page.year_box.currentData()
    assert start == settings_service.current_school_year(ctx.store).start_year
    page.hk1_end_edit.setDate(QDate(start + 1, 1, 10))
    page.hk2_start_edit.setDate(QDate(start + 1, 1, 13))
    click(qtbot, page.save_dates_button)
    year = settings_service.school_year(ctx.store, start)
    assert (year.hk1_end, year.hk2_start) == (date(start + 1, 1, 10), date(start + 1, 1, 13))
    assert settings_service.parse_period(ctx.store, f"{start}-{start + 1}/hk1").end == year.hk1_end
    # Semester 2 before semester 1 ends: refused, the saved dates stay.
    page.hk2_start_edit.setDate(QDate(start + 1, 1, 5))
    click(qtbot, page.save_dates_button)
    assert warnings and f"{start}-{start + 1}" in warnings[-1]
    assert settings_service.school_year(ctx.store, start) == year
    click(qtbot, page.usual_dates_button)
    click(qtbot, page.save_dates_button)
    assert settings_service.school_year(ctx.store, start) == SchoolYear.default(start)


def test_language_switch_from_the_page(page, ctx, window):
    page.language_box.setCurrentIndex(page.language_box.findData("vi"))
    assert ctx.language == "vi" and load_config().language == "vi"
    assert page.school_group.title() == "Trường"
    assert window.nav.item(window.nav.count() - 1).text() == "Cài đặt"
    page.language_box.setCurrentIndex(page.language_box.findData("en"))
    assert ctx.language == "en" and page.school_group.title() == "School"


def test_backup_now_and_restore_in_place(page, ctx, qtbot, monkeypatch, window):
    click(qtbot, page.backup_now_button)
    qtbot.waitUntil(lambda: page.backup_table.rowCount() == 1, timeout=20000)
    ctx.jobs.wait()
    assert page.backup_table.item(0, 1).text() == "Made by hand"
    # Change something after the backup, then restore: the change is gone.
    cls = school_service.classes(ctx.store)[0]
    school_service.update_class(ctx.store, cls.id, name="Đổi tên")
    page.backup_table.selectRow(0)
    assert page.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    click(qtbot, page.restore_button)
    assert school_service.get_class(ctx.store, cls.id).name == "Đổi tên"
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    old_store = ctx.store
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: ctx.store is not old_store and window.isEnabled(), timeout=20000)
    ctx.jobs.wait()
    assert school_service.get_class(ctx.store, cls.id).name == cls.name  # reopened in place
    kinds = {b.kind for b in backups.list_backups(ctx.db_path)}
    assert "before-restore" in kinds
    classes_page = window.show_page("classes")  # other pages read the reopened store
    assert any(
        cls.name in classes_page.class_list.item(r).text()
        for r in range(classes_page.class_list.count())
    )


def test_a_failed_restore_reopens_the_old_data(page, ctx, qtbot, monkeypatch, window, warnings):
    bad = ctx.db_path.parent / "backups" / "demo-manual-20260101-080000.db"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"not a database")
    page.refresh()
    page.backup_table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    click(qtbot, page.restore_button)
    qtbot.waitUntil(lambda: bool(warnings) and window.isEnabled(), timeout=20000)
    assert school_service.classes(ctx.store)  # the old data, open again


def test_daily_backup_at_start_runs_on_a_worker(ctx, qtbot, window):
    from skillsapp.ui.auto_backup import start_auto_backup

    start_auto_backup(ctx)
    qtbot.waitUntil(
        lambda: any(b.kind == "auto" for b in backups.list_backups(ctx.db_path)), timeout=20000
    )
    ctx.jobs.wait()
    start_auto_backup(ctx)  # the same day again: nothing new
    ctx.jobs.wait()
    assert sum(b.kind == "auto" for b in backups.list_backups(ctx.db_path)) == 1


def test_signer_title_and_number_prefix_reach_the_report_letterhead(page, ctx, qtbot):
    """The Reports page sends a leader here when these are missing: they must be settable."""
    from skillsapp.reports import office

    page.signer_title.setText("Phó Hiệu trưởng")  # QtTest types ASCII only
    qtbot.keyClicks(page.report_number_prefix, "BC-THCSNQ")
    click(qtbot, page.save_profile_button)
    profile = settings_service.load_profile(ctx.store)
    assert (profile.signer_title, profile.report_number_prefix) == ("Phó Hiệu trưởng", "BC-THCSNQ")
    assert "signer_title" in office.LETTERHEAD_SETTINGS
    assert "report_number_prefix" in office.LETTERHEAD_SETTINGS
