"""When things go wrong on a real PC: friendly messages instead of tracebacks, data kept safe.

- Unexpected errors (sys.excepthook, threading.excepthook) are logged with their traceback and
  shown as a short Vietnamese/English message saying what to do and where the log is. The app
  carries on: every write is one transaction, so an error mid-save leaves all or nothing.
- SQLite and OS errors that mean the data file's drive went away, is read-only or is full get
  their own message (a USB stick pulled out is the common case on school PCs): which kind an
  error is, is decided in skillsapp.services.failures; this module words it.
- DataWatch notices the data file vanishing (the drive unplugged) even before a write fails.

At start, the lock, the check of the file and the recovery of a damaged one are in
skillsapp.ui.recovery.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType

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
from skillsapp.logs import log_file
from skillsapp.services.failures import (
    DAMAGED,
    DISK_FULL,
    READ_ONLY,
    UNEXPECTED,
    UNREACHABLE,
    USER,
    classify,
)

log = logging.getLogger(__name__)


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
