"""The Sync page: key cards, one-click export to a folder, import by choosing or dropping files,
and the list of known devices, driven through the real widgets (dialogs patched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog, QMessageBox

from skillsapp.services.school import classes, pupils, save_pupil
from skillsapp.store import open_store
from skillsapp.store.db import set_setting
from skillsapp.sync.export import export_rows
from skillsapp.sync.importer import import_package
from skillsapp.sync.keys import import_card, read_card, write_card


@pytest.fixture
def page(window, ctx, qtbot, monkeypatch):
    from skillsapp.ui.pages.sync import SyncPage

    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    sync_page = SyncPage(ctx)
    sync_page.warnings = warnings
    qtbot.addWidget(sync_page)
    sync_page.resize(1176, 720)
    sync_page.show()
    sync_page.refresh()
    return sync_page


@pytest.fixture
def leader(tmp_path: Path, ctx) -> Path:
    """An empty leader database whose card the page can add, and which knows the page's card."""
    path = tmp_path / "leader" / "leader.db"
    store = open_store(path)
    with store.db.atomic():
        set_setting(store.db, "device_name", "Thầy Nam")
        set_setting(store.db, "role", "leader")
    write_card(store, path.with_suffix(".knskey"))
    own, _ = write_card(ctx.store, tmp_path / "demo.knskey")
    import_card(store, own)
    store.close()
    return path


def _add_card(page, monkeypatch, card: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(card), ""))
    page.card_in_button.click()


def _choose_folder(page, monkeypatch, folder: Path) -> None:
    folder.mkdir(exist_ok=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    page.choose_folder_button.click()


def _drop(page, files: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    page.dropEvent(event)


def test_the_page_shows_this_computer_and_adds_a_key_card(page, leader, monkeypatch):
    assert "fingerprint" in page.me_label.text()
    assert page.devices.rowCount() == 0 and not page.export_button.isEnabled()
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    fingerprint = read_card(leader.with_suffix(".knskey")).identity.fingerprint
    assert page.devices.rowCount() == 1
    assert page.devices.item(0, 0).text() == "Thầy Nam"
    assert page.devices.item(0, 2).text() == fingerprint
    assert page.recipient_box.currentText().startswith("Thầy Nam")
    assert "Added device Thầy Nam" in page.summary.toPlainText()


def test_one_click_export_writes_a_package_in_the_remembered_folder(
    page, leader, monkeypatch, qtbot, tmp_path, ctx
):
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    usb = tmp_path / "usb"
    _choose_folder(page, monkeypatch, usb)
    assert page.export_button.isEnabled()
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Wrote" in page.summary.toPlainText(), timeout=15000)
    written = list(usb.glob("*.kns"))
    assert len(written) == 1
    store = open_store(leader)
    try:
        result = import_package(store, written[0])
    finally:
        store.close()
    assert result.merge is not None and result.merge.totals().added > 100
    qtbot.waitUntil(lambda: page.devices.item(0, 5).text() != "—", timeout=5000)
    from skillsapp.ui.pages.sync import SyncPage

    again = SyncPage(ctx)
    qtbot.addWidget(again)
    again.refresh()
    assert again.folder_edit.text() == str(usb)  # the next export is one click


def test_dropped_packages_are_imported_with_a_summary(page, leader, monkeypatch, qtbot, ctx):
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    first = export_rows(ctx.store, leader.parent, to="Thầy Nam")
    store = open_store(leader)
    try:
        import_package(store, first.path)
        pupil = pupils(store, classes(store)[0].id)[0]
        save_pupil(store, pupil.__class__(**{**pupil.__dict__, "full_name": "Lê Thị Đổi Tên"}))
        reply = export_rows(store, leader.parent / "reply.kns", full=True)
    finally:
        store.close()
    notes = leader.parent / "notes.txt"
    notes.write_text("not a package", encoding="utf-8")
    _drop(page, [reply.path, notes])
    qtbot.waitUntil(lambda: "Imported" in page.summary.toPlainText(), timeout=15000)
    text = page.summary.toPlainText()
    assert "1 updated" in text and "notes.txt" not in text
    renamed = ctx.store.db.execute("SELECT full_name FROM pupil WHERE id = ?", [pupil.id])
    assert renamed.fetchone()[0] == "Lê Thị Đổi Tên"
    assert page.devices.item(0, 4).text() != "—"  # the last package from the leader


def test_a_refused_package_is_reported_and_imports_nothing(page, leader, monkeypatch, qtbot, ctx):
    damaged = leader.parent / "damaged.kns"
    damaged.write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(damaged)], ""))
    page.import_button.click()
    qtbot.waitUntil(lambda: "incomplete" in page.summary.toPlainText(), timeout=15000)
    assert ctx.store.db.execute("SELECT count(*) FROM imported_package").fetchone()[0] == 0


def test_saving_the_key_card(page, monkeypatch, tmp_path):
    target = tmp_path / "my-card"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.card_out_button.click()
    card = read_card(target.with_suffix(".knskey"))
    assert card.identity.fingerprint in page.summary.toPlainText()
    assert card.identity.fingerprint in page.me_label.text()


def test_roles_decide_what_can_be_sent(page, ctx, monkeypatch, qtbot, tmp_path):
    with ctx.store.db.atomic():
        set_setting(ctx.store.db, "role", "department")
    page.refresh()
    assert not page.send_group.isEnabled()
    with ctx.store.db.atomic():
        set_setting(ctx.store.db, "role", "leader")
    page.refresh()
    assert page.send_group.isEnabled() and page.aggregate_button.isVisible()
    out = tmp_path / "to-department"
    _choose_folder(page, monkeypatch, out)
    page.period_box.setCurrentText("2026-2027")
    qtbot.mouseClick(page.aggregate_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "aggregate package" in page.summary.toPlainText(), timeout=15000)
    assert len(list(out.glob("*.kns"))) == 1 and page.warnings == []


def test_a_held_package_is_listed_with_its_fingerprint_and_accepted(
    page, leader, monkeypatch, qtbot, ctx
):
    """The leader's package arrives before the leader's card was accepted: it is held, the
    page lists the sender with the fingerprint to read aloud, and Accept merges it."""
    fingerprint = read_card(leader.with_suffix(".knskey")).identity.fingerprint
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    first = export_rows(ctx.store, leader.parent, to="Thầy Nam")
    with ctx.store.db.atomic():
        ctx.store.db.execute("UPDATE device SET trusted = 0 WHERE is_self = 0")  # not accepted
    store = open_store(leader)
    try:
        import_package(store, first.path)
        reply = export_rows(store, leader.parent / "reply.kns", full=True)
    finally:
        store.close()
    _drop(page, [reply.path])
    qtbot.waitUntil(lambda: "is held" in page.summary.toPlainText(), timeout=15000)
    assert page.held_group.isVisible() and page.held.rowCount() == 1
    assert page.held.item(0, 2).text() == fingerprint
    page.held.selectRow(0)
    page.accept_button.click()
    qtbot.waitUntil(lambda: "Accepted the device" in page.summary.toPlainText(), timeout=15000)
    qtbot.waitUntil(lambda: not page.held_group.isVisible(), timeout=5000)


def _answer_copied(monkeypatch, choice: str) -> list[str]:
    """Play the teacher in the copied-database question: press the button whose text starts with
    `choice`; return the question's text."""
    asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        asked.append(box.text())
        for button in box.buttons():
            if button.text().startswith(choice):
                button.click()
                return 0
        raise AssertionError(f"no button {choice!r} in {[b.text() for b in box.buttons()]}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return asked


@pytest.mark.parametrize(
    ("choice", "same_identity"),
    [("The old computer", True), ("Both computers", False)],
)
def test_a_copied_database_asks_before_its_first_export(
    page, leader, monkeypatch, qtbot, tmp_path, ctx, choice, same_identity
):
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    _choose_folder(page, monkeypatch, tmp_path / "usb")
    before = ctx.store.device_id
    monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "another-pc")  # the folder now sits elsewhere
    asked = _answer_copied(monkeypatch, choice)
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert asked and "another computer" in asked[0]
    assert (ctx.store.device_id == before) is same_identity
    if same_identity:
        qtbot.waitUntil(lambda: "Wrote" in page.summary.toPlainText(), timeout=15000)
    else:
        assert any("new key card" in w for w in page.warnings)


def test_not_now_writes_nothing(page, leader, monkeypatch, qtbot, tmp_path):
    _add_card(page, monkeypatch, leader.with_suffix(".knskey"))
    _choose_folder(page, monkeypatch, tmp_path / "usb")
    monkeypatch.setenv("SKILLSAPP_MACHINE_MARK", "another-pc")
    _answer_copied(monkeypatch, "Not now")
    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    assert list((tmp_path / "usb").glob("*.kns")) == []
