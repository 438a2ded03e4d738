"""The case register page: set up, record a case, follow it, close it, print its form; it shows
nothing while locked and locks itself when idle."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from skillsapp.cases import register as reg
from skillsapp.ui.pages import cases as cases_module
from skillsapp.ui.pages.cases import LOCKED, OPEN, SETUP

DAY = date(2026, 11, 20)
PASS = "co giao chu nhiem lop bay"  # QTest types ASCII only
NOTE = "Quokkaville nhắn tin lúc nửa đêm"


@pytest.fixture(autouse=True)
def _today(monkeypatch):
    monkeypatch.setattr(cases_module, "today", lambda: DAY)


@pytest.fixture
def page(window, qtbot):
    page = window.show_page("cases")
    qtbot.waitUntil(lambda: page.states.currentIndex() == SETUP)
    return page


def _click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _set_up(page, qtbot) -> str:
    for edit in (page.new_passphrase, page.repeat_passphrase):
        qtbot.keyClicks(edit, PASS)
    _click(qtbot, page.setup_button)
    code = page.recovery_label.text()
    assert len(code) == 29 and "cannot be read again" in page.setup_note.text()
    _click(qtbot, page.written_button)
    qtbot.waitUntil(lambda: page.states.currentIndex() == OPEN)
    return code


def test_record_follow_and_close_a_case(page, qtbot, ctx, tmp_path, monkeypatch):
    _set_up(page, qtbot)
    page.kind.setCurrentIndex(page.kind.findData("sextortion"))
    page.received.setDate(page.received.date().addDays(-9))
    page.grade.setValue(8)
    page.gender.setCurrentIndex(page.gender.findData("F"))
    page.note.setPlainText(NOTE)
    _click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    code = page.table.item(0, 0).text()
    assert page.table.item(0, 3).text() == "Open"
    assert code in page.reminders.text() and "9 days" in page.reminders.text()
    page.table.selectRow(0)
    assert NOTE in page.case_facts.text()
    page.action.setCurrentIndex(page.action.findData("listened"))
    _click(qtbot, page.action_button)
    qtbot.waitUntil(lambda: page.actions.count() == 1)
    assert page.reminders.text() == ""
    page.status.setCurrentIndex(page.status.findData("supported"))
    page.support.setText("tư vấn tâm lý")
    _click(qtbot, page.status_button)
    qtbot.waitUntil(lambda: page.table.item(0, 3).text() == "Supported")
    target = tmp_path / "form.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), "PDF"))
    _click(qtbot, page.print_button)
    assert target.read_bytes().startswith(b"%PDF")
    # What the page wrote is what the register holds.
    held = reg.unlock(ctx.store, PASS).case(code)
    assert (held.status, held.kind, held.grade, held.note) == ("supported", "sextortion", 8, NOTE)
    assert [a.action for a in held.actions] == ["listened"] and held.support == "tư vấn tâm lý"


def test_locked_page_shows_nothing_and_a_wrong_passphrase_is_refused(page, qtbot, window):
    _set_up(page, qtbot)
    page.note.setPlainText(NOTE)
    _click(qtbot, page.add_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    _click(qtbot, page.lock_button)
    assert page.states.currentIndex() == LOCKED
    assert page.table.rowCount() == 0 and page.case_facts.text() == ""
    qtbot.keyClicks(page.passphrase, "khong dung dau nhe")
    _click(qtbot, page.open_button)
    assert page.states.currentIndex() == LOCKED and "Wrong passphrase" in page.lock_error.text()
    qtbot.keyClicks(page.passphrase, PASS)
    _click(qtbot, page.open_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 1)
    window.show_page("today")  # leaving the page locks it
    assert page.register is None and page.table.rowCount() == 0
    window.show_page("cases")
    qtbot.waitUntil(lambda: page.states.currentIndex() == LOCKED)


def test_idle_page_locks_itself(page, qtbot):
    page.idle_ms = 200
    _set_up(page, qtbot)
    qtbot.waitUntil(lambda: page.states.currentIndex() == LOCKED, timeout=5000)
    assert page.register is None


def test_after_wrong_tries_the_page_counts_down_instead_of_freezing(page, qtbot, ctx):
    reg.setup(ctx.store, PASS, kdf=(1024, 1))
    page.refresh()
    for _ in range(reg.FREE_TRIES):
        qtbot.keyClicks(page.passphrase, "sai roi sai roi")
        _click(qtbot, page.open_button)
    qtbot.keyClicks(page.passphrase, PASS)
    _click(qtbot, page.open_button)
    assert not page.open_button.isEnabled() and "wait 1 seconds" in page.lock_error.text()
    qtbot.waitUntil(lambda: page.states.currentIndex() == OPEN, timeout=5000)


def test_retention_set_on_the_page_erases_old_closed_cases(page, qtbot, ctx):
    _set_up(page, qtbot)
    old = page.register.add_case(kind="scam", received=date(2024, 1, 8), today=date(2024, 1, 8))
    page.register.close(old.code, "supported", day=date(2024, 2, 1), today=date(2024, 2, 1))
    page.refresh()
    assert page.table.rowCount() == 1 and page.retention.value() == reg.DEFAULT_RETENTION_MONTHS
    page.retention.setValue(12)
    _click(qtbot, page.retention_button)
    qtbot.waitUntil(lambda: page.table.rowCount() == 0)
    assert "12 months" in page.message.text() and "Erased 1" in page.message.text()


def test_a_damaged_register_says_so_and_keeps_the_file(page, qtbot, ctx):
    from skillsapp.store import cases as q

    reg.setup(ctx.store, PASS, kdf=(1024, 1))
    for slot in q.slots(ctx.store.db):
        q.put_slot(ctx.store.db, q.SlotRow(**{**slot.__dict__, "wrapped": b"\x00" * 60}))
    page.refresh()
    qtbot.keyClicks(page.passphrase, PASS)
    _click(qtbot, page.open_button)
    assert page.states.currentIndex() == LOCKED and "damaged" in page.lock_error.text()
    assert len(q.slots(ctx.store.db)) == 2  # nothing was thrown away
