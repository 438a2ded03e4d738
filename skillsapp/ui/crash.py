"""When things go wrong on a real PC: friendly messages instead of tracebacks, data kept safe.

- Unexpected errors (sys.excepthook, threading.excepthook) are logged with their traceback and
  shown as a short Vietnamese/English message saying what to do and where the log is. The app
  carries on: every write is one transaction, so an error mid-save leaves all or nothing.
- SQLite and OS errors that mean the data file's drive went away, is read-only or is full get
  their own message (a USB stick pulled out is the common case on school PCs).
- DataWatch notices the data file vanishing (the drive unplugged) even before a write fails.
- At start, `open_database` takes the single-instance lock and opens the database; a damaged
  file (truncated, not SQLite) leads to restoring the latest good backup instead of a crash.
"""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QThread,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from skillsapp.errors import UserError
from skillsapp.lock import InstanceLock
from skillsapp.logs import log_file
from skillsapp.store import Store, open_store

if TYPE_CHECKING:
    from skillsapp.ui.first_run import FirstRunChoice

log = logging.getLogger(__name__)

UNEXPECTED, UNREACHABLE, READ_ONLY, DISK_FULL, DAMAGED, USER = (
    "unexpected", "unreachable", "read_only", "disk_full", "damaged", "user",
)  # fmt: skip

# SQLite result codes (primary code = low byte of the extended code).
_SQLITE_KINDS = {8: READ_ONLY, 10: UNREACHABLE, 11: DAMAGED, 13: DISK_FULL, 14: UNREACHABLE,
                 26: DAMAGED}  # fmt: skip
_SQLITE_READONLY_DBMOVED = 1032  # the file was deleted or moved under the open connection
_SQLITE_WORDS = (
    ("disk i/o error", UNREACHABLE),
    ("unable to open database file", UNREACHABLE),
    ("readonly database", READ_ONLY),
    ("disk is full", DISK_FULL),
    ("malformed", DAMAGED),
    ("not a database", DAMAGED),
)
_OS_KINDS = {errno.ENOSPC: DISK_FULL, errno.EROFS: READ_ONLY, errno.EACCES: READ_ONLY,
             errno.EPERM: READ_ONLY, errno.EIO: UNREACHABLE, errno.ENODEV: UNREACHABLE,
             errno.ENXIO: UNREACHABLE, errno.ESTALE: UNREACHABLE}  # fmt: skip
# Windows: ERROR_NOT_READY (21), ERROR_DEV_NOT_EXIST (55), ERROR_NETNAME_DELETED (64),
# ERROR_DEVICE_NOT_CONNECTED (1167), ERROR_DISK_FULL (112), ERROR_WRITE_PROTECT (19).
_WINERROR_KINDS = {21: UNREACHABLE, 55: UNREACHABLE, 64: UNREACHABLE, 1167: UNREACHABLE,
                   112: DISK_FULL, 19: READ_ONLY}  # fmt: skip
# "db.not_sqlite" and "db.not_ours" are not DAMAGED: a file that is not ours is refused with
# the CLI's message and never renamed, moved or written (only our own damaged file is set aside).
_USER_ERROR_KINDS = {"io.disk_full": DISK_FULL, "db.corrupt": DAMAGED}


def _chain(exc: BaseException | None) -> list[BaseException]:
    seen: list[BaseException] = []
    while exc is not None and exc not in seen:
        seen.append(exc)
        exc = exc.__cause__ or exc.__context__
    return seen


def _sqlite_kind(exc: sqlite3.Error) -> str | None:
    code = getattr(exc, "sqlite_errorcode", None)
    if code == _SQLITE_READONLY_DBMOVED:
        return UNREACHABLE
    if code is not None and code & 0xFF in _SQLITE_KINDS:
        return _SQLITE_KINDS[code & 0xFF]
    text = str(exc).lower()
    return next((kind for words, kind in _SQLITE_WORDS if words in text), None)


def classify(exc: BaseException) -> str:
    """Which message an error deserves: one of UNREACHABLE, READ_ONLY, DISK_FULL, DAMAGED,
    USER (a UserError: its own message) or UNEXPECTED. Causes are looked through, so a
    UserError wrapping a disk-full OSError still reads as a full disk."""
    for link in _chain(exc):
        kind = None
        if isinstance(link, UserError):
            kind = _USER_ERROR_KINDS.get(link.key)
        elif isinstance(link, sqlite3.Error):
            kind = _sqlite_kind(link)
        elif isinstance(link, OSError):
            kind = _WINERROR_KINDS.get(getattr(link, "winerror", None) or 0) or _OS_KINDS.get(
                link.errno or 0
            )
        if kind:
            return kind
    return USER if isinstance(exc, UserError) else UNEXPECTED


@dataclass(frozen=True)
class Problem:
    """What the user reads: a title, the main text, and what to do."""

    title: str
    text: str
    advice: str


# Title, text (%1: the data file) and advice (%1: the log file) for each kind of failure.
_MESSAGES = {
    UNREACHABLE: (
        QT_TRANSLATE_NOOP("Crash", "The data file cannot be reached"),
        QT_TRANSLATE_NOOP(
            "Crash",
            "The data file %1 is no longer reachable: reconnect the drive it is on (USB stick, "
            "external disk or network folder), then close Kỹ năng số and open it again.",
        ),
        QT_TRANSLATE_NOOP(
            "Crash",
            "What was saved before is on that drive. The change you were making when it went "
            "away may not have been saved.",
        ),
    ),
    READ_ONLY: (
        QT_TRANSLATE_NOOP("Crash", "The data folder is read-only"),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Kỹ năng số cannot write to %1: the folder or the drive is read-only. Your last "
            "change was not saved; everything saved before is intact.",
        ),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Copy the data file to a folder you can write to, or ask whoever looks after this "
            "computer for permission to write there.",
        ),
    ),
    DISK_FULL: (
        QT_TRANSLATE_NOOP("Crash", "The disk is full"),
        QT_TRANSLATE_NOOP(
            "Crash",
            "The disk holding %1 is full. Your last change was not saved; everything saved "
            "before is intact.",
        ),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Free some space (empty the Recycle Bin, delete old downloads), then try again.",
        ),
    ),
    DAMAGED: (
        QT_TRANSLATE_NOOP("Crash", "The data file is damaged"),
        QT_TRANSLATE_NOOP("Crash", "The data file %1 is damaged."),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Close Kỹ năng số and open it again: it will offer to restore the latest backup.",
        ),
    ),
    UNEXPECTED: (
        QT_TRANSLATE_NOOP("Crash", "Something went wrong"),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Kỹ năng số met a problem it did not expect. Your saved data is safe: a change that "
            "was being saved when it happened was saved completely or not at all.",
        ),
        QT_TRANSLATE_NOOP(
            "Crash",
            "Close this message and carry on. If the same problem comes back, close Kỹ năng số "
            "and open it again. If it keeps happening, send this file to whoever helps you with "
            "the app:\n%1",
        ),
    ),
}


def describe(
    kind: str,
    *,
    db_path: Path | None,
    exc: BaseException | None = None,
    language: str | None = None,
) -> Problem:
    """The message for a kind of failure (see classify), in the installed UI language."""
    if kind == USER and isinstance(exc, UserError):
        title = QCoreApplication.translate("Crash", "Could not finish")
        return Problem(title, exc.message(language), "")
    title, text, advice = (
        QCoreApplication.translate("Crash", source)
        for source in _MESSAGES.get(kind, _MESSAGES[UNEXPECTED])
    )
    return Problem(
        title, text.replace("%1", str(db_path or "")), advice.replace("%1", str(log_file()))
    )


def _open_folder(folder: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def problem_box(
    problem: Problem, parent: QWidget | None = None, *, can_quit: bool = False
) -> QMessageBox:
    """The message box for a problem, with our own (translated) buttons: Qt has no
    Vietnamese for its standard ones."""
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, problem.text, parent=parent)
    box.setInformativeText(problem.advice)
    box.setObjectName("problemBox")
    ok = box.addButton(
        QCoreApplication.translate("Crash", "Continue"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(ok)
    logs = box.addButton(
        QCoreApplication.translate("Crash", "Open the log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    logs.setObjectName("openLogs")
    logs.clicked.connect(lambda: _open_folder(log_file().parent))
    if can_quit:
        quit_button = box.addButton(
            QCoreApplication.translate("Crash", "Close Kỹ năng số"),
            QMessageBox.ButtonRole.RejectRole,
        )
        quit_button.setObjectName("quitApp")
        quit_button.clicked.connect(lambda: QTimer.singleShot(0, QApplication.closeAllWindows))
    return box


class CrashReporter(QObject):
    """Installs the exception hooks and turns every uncaught exception into a message."""

    _from_thread = Signal(object)

    def __init__(
        self,
        db_path: Callable[[], Path | None],
        language: Callable[[], str],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._db_path = db_path
        self._language = language
        self._showing = False
        self._previous: tuple | None = None
        self._from_thread.connect(self.report)

    def install(self) -> CrashReporter:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self._excepthook
        threading.excepthook = self._thread_excepthook
        return self

    def uninstall(self) -> None:
        if self._previous is not None:
            sys.excepthook, threading.excepthook = self._previous
            self._previous = None

    def _excepthook(
        self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.handle(exc, tb)

    def _thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            self.handle(args.exc_value, args.exc_traceback)

    def handle(self, exc: BaseException, tb: TracebackType | None = None) -> None:
        """Log the error (with traceback, never personal data), then tell the user; from a
        worker thread the message is passed to the GUI thread."""
        kind = classify(exc)
        text = "".join(traceback.format_exception(type(exc), exc, tb or exc.__traceback__))
        log.error("uncaught %s error: %s", kind, text)
        app = QCoreApplication.instance()
        if app is not None and QThread.currentThread() is not app.thread():
            self._from_thread.emit(exc)
        else:
            self.report(exc)

    def report(self, exc: BaseException) -> None:
        if self._showing:  # an error while the message is up: logged, not stacked
            return
        self._showing = True
        try:
            kind = classify(exc)
            problem = describe(kind, db_path=self._db_path(), exc=exc, language=self._language())
            parent = QApplication.activeWindow()
            problem_box(problem, parent, can_quit=kind == UNEXPECTED).exec()
        finally:
            self._showing = False


class DataWatch(QObject):
    """Checks every few seconds that the data file is still there (a USB stick pulled out) and
    says so once, before the next save would fail or go nowhere."""

    INTERVAL_MS = 3000

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.warned = False
        self.timer = QTimer(self)
        self.timer.setInterval(self.INTERVAL_MS)
        self.timer.timeout.connect(self.check)

    def start(self) -> DataWatch:
        self.timer.start()
        return self

    def check(self) -> bool:
        """True while the file is reachable; warns once when it is not."""
        reachable = self.db_path.exists()
        if reachable:
            self.warned = False
        elif not self.warned:
            self.warned = True
            log.warning("the data file is no longer reachable")
            problem = describe(UNREACHABLE, db_path=self.db_path)
            problem_box(problem, QApplication.activeWindow()).exec()
        return reachable


# -- at start: lock, open, recover -------------------------------------------------------------


def tell(problem: Problem, parent: QWidget | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, problem.title, problem.text, parent=parent)
    box.setInformativeText(problem.advice)
    box.addButton(QCoreApplication.translate("Crash", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def ask(title: str, text: str, yes: str, no: str, parent: QWidget | None = None) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(yes_button)
    box.exec()
    return box.clickedButton() is yes_button


def take_lock(db_path: Path, language: str) -> InstanceLock | None:
    """The single-instance lock, or None after telling the user why not (already open, or a
    folder that cannot be written)."""
    try:
        return InstanceLock(db_path).acquire()
    except UserError as exc:
        title = (
            QCoreApplication.translate("Crash", "Kỹ năng số is already open")
            if exc.key == "lock.busy"
            else QCoreApplication.translate("Crash", "The data folder is read-only")
        )
        tell(Problem(title, exc.message(language), ""))
        return None


def set_aside(db_path: Path) -> Path:
    """Rename a damaged database (and its -wal/-shm) out of the way, kept for an expert."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.stem}.damaged-{stamp}{db_path.suffix}")
    for suffix in ("-wal", "-shm", ""):
        source = Path(f"{db_path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{kept}{suffix}"))
    return kept


def _healthy(store: Store) -> bool:
    """Whether the file holds every page its header claims: a truncated file fails even when
    the first pages (all that opening reads) are intact. This costs about a millisecond, where a
    full quick_check took 300 ms of the GUI thread on a large school; every daily backup runs
    the full integrity check on its copy instead."""
    store.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = store.db.execute("PRAGMA page_count").fetchone()[0]
    page_size = store.db.execute("PRAGMA page_size").fetchone()[0]
    return store.path.stat().st_size >= pages * page_size


def _try_open(db_path: Path) -> tuple[Store | None, BaseException | None]:
    """Open and check the database; (store, None), or (None, the error) when it is damaged.
    Other failures (read-only, full, newer app) propagate."""
    try:
        store = open_store(db_path)
    except UserError as exc:
        if classify(exc) == DAMAGED:
            return None, exc
        raise
    except sqlite3.DatabaseError as exc:
        if classify(exc) == DAMAGED:
            return None, exc
        raise
    try:
        if _healthy(store):
            return store, None
    except sqlite3.DatabaseError as exc:
        store.close()
        if classify(exc) != DAMAGED:
            raise
        return None, exc
    store.close()
    return None, sqlite3.DatabaseError("database file is shorter than its header says")


def _restore_latest(db_path: Path) -> bool:
    """Put the newest intact backup in place of the (already set aside) database."""
    from skillsapp.services.backups import list_backups, restore_backup

    for backup in list_backups(db_path):
        try:
            restore_backup(backup.path, db_path)
        except UserError:
            log.warning("backup %s is not usable", backup.path.name)
            continue
        log.info("restored backup %s after damage", backup.path.name)
        return True
    return False


def recover(db_path: Path, reason: BaseException) -> bool:
    """Ask what to do about a damaged database: restore the latest backup, or start empty.
    True when db_path now holds a usable database or nothing (a fresh start); False to quit."""
    from skillsapp.services.backups import list_backups

    log.error("the database is damaged: %s", reason)
    backups = list_backups(db_path)
    title = QCoreApplication.translate("Crash", "The data file is damaged")
    if backups:
        newest = backups[0].made_at.strftime("%d/%m/%Y %H:%M")
        text = (
            QCoreApplication.translate(
                "Crash",
                "The data file %1 is damaged and cannot be opened. The latest backup is from "
                "%2. Restore it? The damaged file is kept beside it for an expert to look at.",
            )
            .replace("%1", str(db_path))
            .replace("%2", newest)
        )
        if not ask(
            title,
            text,
            QCoreApplication.translate("Crash", "Restore the backup"),
            QCoreApplication.translate("Crash", "Quit"),
        ):
            return False
        kept = set_aside(db_path)
        if _restore_latest(db_path):
            return True
        os.replace(kept, db_path)  # nothing usable: put the file back as it was
        tell(
            Problem(
                title,
                QCoreApplication.translate(
                    "Crash", "None of the backups could be read. Nothing was changed."
                ),
                "",
            )
        )
        return False
    text = QCoreApplication.translate(
        "Crash",
        "The data file %1 is damaged and there is no backup to restore. You can start "
        "again with an empty database; the damaged file is kept beside it for an expert "
        "to look at.",
    ).replace("%1", str(db_path))
    if not ask(
        title,
        text,
        QCoreApplication.translate("Crash", "Start with an empty database"),
        QCoreApplication.translate("Crash", "Quit"),
    ):
        return False
    set_aside(db_path)
    return True


def check_database(db_path: Path, language: str) -> bool:
    """Before the app opens the database: make sure it is usable, offering to recover a damaged
    one. False (after telling the user) when the app should not start."""
    if not db_path.exists():
        return True
    try:
        store, damage = _try_open(db_path)
    except (UserError, sqlite3.Error, OSError) as exc:
        tell(describe(classify(exc), db_path=db_path, exc=exc, language=language))
        return False
    if store is not None:
        store.close()
        return True
    assert damage is not None
    return recover(db_path, damage)


def open_checked(db_path: Path, language: str) -> Store | None:
    """Open the database for the app; None after a clear message when it cannot be (a
    read-only or full folder: nothing is half-written, the app just does not start)."""
    try:
        return open_store(db_path)
    except (UserError, sqlite3.Error, OSError) as exc:
        tell(describe(classify(exc), db_path=db_path, exc=exc, language=language))
        return None


def open_for_app(
    db_path: Path, language: str, choice: FirstRunChoice | None = None
) -> tuple[Store | None, FirstRunChoice | None]:
    """The app's database, once its window is up: checked (a damaged one recovered), and when
    recovery had to start afresh, the first-run questions asked again. Returns the open store
    (None: the app closes, the user was told why) and the first-run answers, if any."""
    if not check_database(db_path, language):
        return None, None
    if choice is None and not db_path.exists():  # the damaged file was set aside
        from skillsapp.ui.first_run import run_wizard

        choice = run_wizard(language)
        if choice is None:
            return None, None
    return open_checked(db_path, language), choice
