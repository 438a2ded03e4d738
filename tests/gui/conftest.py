"""GUI fixtures: an AppContext and a main window over a copy of the demo database."""

from __future__ import annotations

import pytest


@pytest.fixture
def ctx(demo_store, demo_db):
    from skillsapp.ui.context import AppContext

    return AppContext(store=demo_store, db_path=demo_db, language="en")


@pytest.fixture
def window(qtbot, ctx):
    from skillsapp.ui.main_window import MainWindow

    win = MainWindow(ctx)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    yield win
    ctx.jobs.cancel_all()
    ctx.jobs.wait(10000)


@pytest.fixture(autouse=True)
def _no_unexpected_modal_dialogs(monkeypatch):
    """A modal box nobody patched would block the run forever; fail with its text instead.

    Tests that expect a dialog patch it themselves (their monkeypatch wins, being applied later).
    """
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind):
        def show(parent, title, text, *args, **kwargs):
            raise AssertionError(f"unexpected {kind} dialog: {title}: {text}")

        return staticmethod(show)

    for kind in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))
