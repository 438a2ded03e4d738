"""The app's Qt start-up: the QApplication, the lock, the first-run wizard, the window, then the
database opened (and checked) once the window is on screen.

Called by skillsapp.app.run_app, which stays Qt-free. Kept thin and lazy so the window appears
fast: heavy modules (content rendering, reports, crypto) load when a page first needs them.
"""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from skillsapp.config import load_config, update_config
from skillsapp.domain.progress import Progress
from skillsapp.paths import resources_dir
from skillsapp.services.database import SchoolDb, open_school_db
from skillsapp.ui.context import AppContext
from skillsapp.ui.jobs import store_job
from skillsapp.ui.main_window import MainWindow

if TYPE_CHECKING:
    from skillsapp.ui.first_run import FirstRunChoice

SCREEN_SIZE = (1366, 768)
TITLE_BAR = 32  # logical pixels the window frame takes above the window's own area
ALL_TABLES = frozenset({"school", "school_class", "pupil", "session", "attendance", "quiz_answer"})


def _window_size(screenshot: bool) -> QSize:
    """1366x768, or less on a smaller screen (1366x768 at 125 % leaves 1093x614 logical pixels,
    less the taskbar): a window larger than the screen hides its status bar and buttons."""
    size = QSize(*SCREEN_SIZE)
    screen = QGuiApplication.primaryScreen()
    if screenshot or screen is None:
        return size  # screenshots are made at exactly the size asked for
    room = screen.availableGeometry().size() - QSize(0, TITLE_BAR)
    return size.boundedTo(room)


def _make_demo(db: SchoolDb, _progress: Progress) -> object:
    from skillsapp.content.library import kit_for
    from skillsapp.services.demo import make_demo

    return make_demo(db, kit_for(db.path))


def start_app(
    db_path: Path,
    *,
    screenshot: str | None = None,
    page: str | None = None,
    lang: str | None = None,
    demo_on_first_run: bool = False,
) -> int:
    """Run the app on `db_path` until its window closes; the exit code. See run_app."""
    from skillsapp.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Kỹ năng số")
    from skillsapp.ui import style

    style.apply(app)
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "kynangso.png")))
    language = lang or load_config().language
    i18n.install(language)
    choice = None
    if not screenshot:  # one app per database; first run: the wizard, before any window
        from skillsapp.ui import crash, recovery

        lock = recovery.take_lock(db_path, language)
        if lock is None:
            return 1
        if not db_path.exists():
            # Only a first run needs the wizard's module (and the demo data it offers).
            from skillsapp.ui import first_run

            if demo_on_first_run:
                choice = first_run.FirstRunChoice(language=language, demo=True)
            else:
                choice = first_run.run_wizard(language)
            if choice is None:
                return 0
            language = choice.language
    ctx = AppContext(store=None, db_path=db_path, language=language)
    window = MainWindow(ctx)
    window.resize(_window_size(bool(screenshot)))
    if screenshot:
        window.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen)
    window.show()
    # The window is on screen before the database opens: opening reads the file and builds the
    # first page, which a teacher should not stare at an empty desktop for.
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


def _open_data(
    ctx: AppContext,
    window: MainWindow,
    page: str | None,
    *,
    remember: bool,
    choice: FirstRunChoice | None = None,
) -> None:
    """Open the database, build the pages, save the first-run answers, and make the demo school
    when asked for (always for a screenshot of a new file)."""
    if remember:  # checked (a damaged file recovered), or the app closes after saying why
        from skillsapp.ui import crash, recovery

        ctx.store, choice = recovery.open_for_app(ctx.db_path, ctx.language, choice)
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
        ctx.store = open_school_db(ctx.db_path)
    if remember:
        update_config(last_db=str(ctx.db_path))
    window.start()
    gc.freeze()  # the objects made so far live on (modules, classes, widgets): never walked again
    gc.enable()  # off since skillsapp.app.run_app
    if remember and not first_run:  # the daily backup, on a worker (never for screenshots)
        _after_first_page(ctx, lambda: _start_auto_backup(ctx))
    if page:
        window.show_page(page)
    if first_run and choice is not None:
        from skillsapp.ui.first_run import apply_choice

        apply_choice(ctx.store, choice)
        ctx.bus.data_changed.emit(ALL_TABLES)
    if remember and first_run and not load_config().tour_done:
        role = choice.role if choice is not None else "teacher"  # known now: no read later
        _after_first_page(ctx, lambda: window.start_tour(role) and None)
    if first_run and (choice is None or choice.demo):
        ctx.jobs.run(
            store_job(ctx.db_path, _make_demo),
            window.tr("Preparing the demo school…"),
            lambda _result: ctx.bus.data_changed.emit(ALL_TABLES),
        )


def _after_first_page(ctx: AppContext, then: Callable[[], None]) -> None:
    """Call `then` once the jobs the first page started are done: the daily backup (and the
    Settings page's module it lives in) must not compete with the first page for the CPU."""
    if ctx.jobs.panel.isHidden():  # the progress panel shows exactly while jobs run
        QTimer.singleShot(0, then)
        return

    def idle(busy: bool) -> None:
        if not busy:  # sent before the job's result is shown: `then` waits for that too
            ctx.jobs.busy_changed.disconnect(idle)
            QTimer.singleShot(0, then)

    ctx.jobs.busy_changed.connect(idle)


def _start_auto_backup(ctx: AppContext) -> None:
    from skillsapp.ui.auto_backup import start_auto_backup

    start_auto_backup(ctx)


def _save_screenshot(app: QApplication, window: MainWindow, ctx: AppContext, target: Path) -> int:
    """The page settled (posted layouts, the rows' measure), then drawn once, into the picture:
    with updates on, the settling also painted the hidden window, work the grab does again."""
    ctx.jobs.wait(120000)
    window.setUpdatesEnabled(False)
    for _ in range(5):
        app.processEvents()
    window.setUpdatesEnabled(True)
    target.parent.mkdir(parents=True, exist_ok=True)
    ok = window.grab().save(str(target))
    window.close()
    ctx.store.close()
    return 0 if ok else 1
