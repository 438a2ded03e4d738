"""Composition root: find the database, then hand over to the Qt start-up (skillsapp.ui.startup).

Qt-free itself, so the CLI and the tests can import it without loading Qt; the window,
the lock and the first-run wizard are started by skillsapp.ui.startup.start_app.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from skillsapp.config import load_config
from skillsapp.paths import default_db_path


def resolve_db(db: str | None) -> Path:
    """The database to open: the one asked for, else the last used, else the default."""
    if db:
        return Path(db)
    last = load_config().last_db
    if last and Path(last).exists():
        return Path(last)
    return default_db_path()


def run_app(
    db: str | None = None,
    *,
    screenshot: str | None = None,
    page: str | None = None,
    lang: str | None = None,
    demo_on_first_run: bool = False,
) -> int:
    """Open the app. With no database yet it asks the first-run questions, or with
    `demo_on_first_run` (the developer set-up command) goes straight to the demo school."""
    # Until the first page is filled (skillsapp.ui.startup freezes what was made, then turns it
    # back on): start-up makes ~34,000 objects that live on and fewer than 50 of cyclic garbage,
    # so each collection only walked the same objects again (issue 10: -72 M instructions, 3.6 %).
    gc.disable()
    if screenshot and sys.platform != "win32":
        # Windows: the normal platform plugin (the installer ships no offscreen one, whose fonts
        # would not be Windows' anyway); the window is rendered without being put on screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from skillsapp.logs import setup_logging

    setup_logging()
    from skillsapp.ui.startup import start_app

    try:
        return start_app(
            resolve_db(db),
            screenshot=screenshot,
            page=page,
            lang=lang,
            demo_on_first_run=demo_on_first_run,
        )
    finally:
        gc.enable()  # also when the app ended before a first page (wizard closed, no lock)
