"""Unexpected errors become a friendly message and a log entry; a vanished data drive is named
as such. Message boxes are captured, never shown."""

from __future__ import annotations

import shutil
import sqlite3
import sys
import threading

import pytest
from PySide6.QtWidgets import QMessageBox

from skillsapp import logs
from skillsapp.domain.records import School
from skillsapp.errors import UserError
from skillsapp.services import failures
from skillsapp.services.school import save_school
from skillsapp.store import open_store
from skillsapp.ui import crash


@pytest.fixture
def shown(monkeypatch):
    """Every message box that would have been shown: (title, text, advice, button texts)."""
    boxes: list[tuple[str, str, str, list[str]]] = []

    def fake_exec(box: QMessageBox) -> int:
        buttons = [b.text() for b in box.buttons()]
        boxes.append((box.windowTitle(), box.text(), box.informativeText(), buttons))
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return boxes


@pytest.fixture
def log_path(tmp_path):
    path = logs.setup_logging()
    yield path
    logs.shutdown_logging()


@pytest.fixture
def reporter(qapp, tmp_path):
    hook = crash.CrashReporter(lambda: tmp_path / "usb" / "kynangso.db", lambda: "en")
    hook.install()
    yield hook
    hook.uninstall()


def _raise(exc: BaseException) -> None:
    try:
        raise exc
    except BaseException as caught:
        sys.excepthook(type(caught), caught, caught.__traceback__)


def test_excepthook_shows_what_to_do_and_where_the_log_is(reporter, shown, log_path):
    _raise(RuntimeError("boom in a slot"))
    assert len(shown) == 1
    title, text, advice, buttons = shown[0]
    assert title == "Something went wrong"
    assert "saved data is safe" in text
    assert str(log_path) in advice
    assert {"Continue", "Open the log folder", "Close Kỹ năng số"} <= set(buttons)
    logged = log_path.read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in logged and "Traceback" in logged


def test_hooks_are_installed_and_removed(qapp, tmp_path):
    before = (sys.excepthook, threading.excepthook)
    hook = crash.CrashReporter(lambda: None, lambda: "en").install()
    assert sys.excepthook != before[0] and threading.excepthook != before[1]
    hook.uninstall()
    assert (sys.excepthook, threading.excepthook) == before


def test_an_error_in_a_worker_thread_is_shown_on_the_gui_thread(qtbot, reporter, shown):
    thread = threading.Thread(target=lambda: 1 / 0)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert shown[0][0] == "Something went wrong"


def test_an_error_while_the_message_is_up_is_not_stacked(reporter, monkeypatch, shown):
    real_exec = QMessageBox.exec

    def nested(box):
        _raise(ValueError("second"))  # e.g. a timer firing under the modal box
        return real_exec(box)

    monkeypatch.setattr(QMessageBox, "exec", nested)
    _raise(ValueError("first"))
    assert len(shown) == 1


def test_user_errors_that_escape_show_their_own_message(reporter, shown):
    _raise(UserError("class.unknown", name="6A9"))
    assert shown[0][:2] == ("Could not finish", 'There is no class "6A9".')


def test_vanished_usb_drive_under_a_running_store(reporter, shown, tmp_path):
    """The data folder disappears while the app has it open; the next write fails as SQLite
    reports it, and the user is told to reconnect the drive, not shown a traceback."""
    usb = tmp_path / "usb"
    store = open_store(usb / "kynangso.db")
    save_school(store, School(id="", code="A", name="Trường A"))
    store.close()
    # A connection like the store's on a drive with a rollback journal: the common USB case.
    conn = sqlite3.connect(str(usb / "kynangso.db"))
    conn.execute("PRAGMA journal_mode = DELETE")
    shutil.rmtree(usb)  # the stick is pulled out
    with pytest.raises(sqlite3.OperationalError) as caught:
        conn.execute("UPDATE school SET name = 'B'")
        conn.commit()
    conn.close()
    assert failures.classify(caught.value) == failures.UNREACHABLE
    _raise(caught.value)
    title, text, _advice, _buttons = shown[0]
    assert title == "The data file cannot be reached"
    assert "no longer reachable: reconnect the drive" in text
    assert str(usb / "kynangso.db") in text


def test_data_watch_notices_the_drive_going_away_once(qapp, shown, tmp_path):
    usb = tmp_path / "usb"
    store = open_store(usb / "kynangso.db")  # the app's store stays open throughout
    watch = crash.DataWatch(usb / "kynangso.db")
    try:
        assert watch.check() and shown == []
        shutil.rmtree(usb)
        assert not watch.check()
        assert not watch.check()  # told once, not every few seconds
        assert len(shown) == 1 and "reconnect the drive" in shown[0][1]
    finally:
        store.close()


def test_messages_in_vietnamese(qapp, tmp_path):
    from skillsapp.ui import i18n

    i18n.install("vi")
    try:
        problem = crash.describe(failures.UNREACHABLE, db_path=tmp_path / "k.db")
        assert problem.title == "Không truy cập được tệp dữ liệu"
        assert "hãy cắm lại ổ chứa tệp" in problem.text and str(tmp_path / "k.db") in problem.text
    finally:
        i18n.install("en")
