"""Composition root: find the database, build the AppContext, start Qt, show the window.

Kept thin and lazy so the window appears fast: heavy modules (content rendering, reports,
crypto) load when a page first needs them.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from skillsapp.config import load_config, update_config
from skillsapp.paths import default_db_path, resources_dir

SCREEN_SIZE = (1366, 768)
ALL_TABLES = frozenset({"school", "school_class", "pupil", "session", "attendance", "quiz_answer"})


def resolve_db(db: str | None) -> Path:
    """The database to open: the one asked for, else the last used, else the default."""
    if db:
        return Path(db)
    last = load_config().last_db
    if last and Path(last).exists():
        return Path(last)
    return default_db_path()


def _make_demo_job(db_path: Path):
    def job(progress):
        from skillsapp.content import load_kit
        from skillsapp.services.demo import make_demo
        from skillsapp.store import open_store

        progress(0, 1, "")
        store = open_store(db_path)
        try:
            return make_demo(store, load_kit())
        finally:
            store.close()

    return job


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
    if screenshot and sys.platform != "win32":
        # Windows: the normal platform plugin (the installer ships no offscreen one, whose fonts
        # would not be Windows' anyway); the window is rendered without being put on screen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from skillsapp.logs import setup_logging

    setup_logging()
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from skillsapp.ui import i18n
    from skillsapp.ui.context import AppContext
    from skillsapp.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kỹ năng số")
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kynangso.png")))
    language = lang or load_config().language
    i18n.install(language)
    db_path = resolve_db(db)
    choice = None
    if not screenshot:  # one app per database; first run: the wizard, before any window
        from skillsapp.ui import crash, first_run

        lock = crash.take_lock(db_path, language)
        if lock is None:
            return 1
        if not db_path.exists():
            if demo_on_first_run:
                choice = first_run.FirstRunChoice(language=language, demo=True)
            else:
                choice = first_run.run_wizard(language)
            if choice is None:
                return 0
            language = choice.language
    ctx = AppContext(store=None, db_path=db_path, language=language)
    window = MainWindow(ctx)
    window.resize(*SCREEN_SIZE)
    if screenshot:
        from PySide6.QtCore import Qt

        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    # The window is on screen before the database opens: opening loads sqlite-utils and the
    # pages, which a teacher should not stare at an empty desktop for.
    if screenshot:
        _open_data(ctx, window, page, remember=False)
        return _save_screenshot(app, window, ctx, Path(screenshot))
    reporter = crash.CrashReporter(lambda: ctx.db_path, lambda: ctx.language, app).install()
    QTimer.singleShot(0, lambda: _open_data(ctx, window, page, remember=True, choice=choice))
    code = app.exec()
    if ctx.store is not None:
        ctx.store.close()
    reporter.uninstall()
    lock.release()
    return code


def _open_data(ctx, window, page: str | None, *, remember: bool, choice=None) -> None:
    """Open the database, build the pages, save the first-run answers, and make the demo school
    when asked for (always for a screenshot of a new file)."""
    from skillsapp.store import open_store

    if remember:  # checked (a damaged file recovered), or the app closes after saying why
        from skillsapp.ui import crash

        ctx.store, choice = crash.open_for_app(ctx.db_path, ctx.language, choice)
        if ctx.store is None:
            window.close()
            return
        first_run = choice is not None
        if first_run and choice.language != ctx.language:
            ctx.language = choice.language
            ctx.bus.language_changed.emit(ctx.language)
        crash.DataWatch(ctx.db_path, window).start()  # owned by the window
    else:
        first_run = not ctx.db_path.exists()
        ctx.store = open_store(ctx.db_path)
    if remember and not first_run:  # the daily backup, on a worker (never for screenshots)
        from skillsapp.ui.pages.settings import start_auto_backup

        start_auto_backup(ctx)
    if remember:
        update_config(last_db=str(ctx.db_path))
    window.start()
    if page:
        window.show_page(page)
    if first_run and choice is not None:
        from skillsapp.ui.first_run import apply_choice

        apply_choice(ctx.store, choice)
        ctx.bus.data_changed.emit(ALL_TABLES)
    if first_run and (choice is None or choice.demo):
        ctx.tasks.run(
            _make_demo_job(ctx.db_path),
            window.tr("Preparing the demo school…"),
            lambda _result: ctx.bus.data_changed.emit(ALL_TABLES),
        )


def _save_screenshot(app, window, ctx, target: Path) -> int:
    ctx.tasks.wait(120000)
    for _ in range(5):
        app.processEvents()
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target))
    window.close()
    ctx.store.close()
    return 0 if ok else 1
