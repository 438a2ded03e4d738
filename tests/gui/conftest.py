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
    ctx.tasks.cancel_all()
    ctx.tasks.wait(10000)
