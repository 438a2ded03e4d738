"""Background jobs: slow work off the GUI thread, with progress, Cancel, and errors as messages.

A job is a plain function `fn(progress)`; `progress(done, total, text)` (the one
`skillsapp.domain.progress.Progress`) moves the status-bar bar and raises `Cancelled` once the
user pressed Cancel. Pages start jobs with `ctx.jobs.run(fn, title, on_done)`. A job that needs
the database is `store_job(ctx.db_path, work)`: `work(db, progress)` runs on a connection of its
own (SQLite connections belong to one thread); the GUI thread only receives the result. A failure
becomes a readable message box, never a traceback window.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from skillsapp.domain.progress import Progress
from skillsapp.errors import UserError
from skillsapp.services.database import SchoolDb, open_school_db

log = logging.getLogger(__name__)

T = TypeVar("T")


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


def store_job(db_path: Path, work: Callable[[SchoolDb, Progress], T]) -> Callable[[Progress], T]:
    """A job for `ctx.jobs.run` that runs `work(db, progress)` on its own connection to the
    database at `db_path` (never the page's `ctx.store`), closed afterwards even on failure."""

    def job(progress: Progress) -> T:
        progress(0, 1, "")
        db = open_school_db(db_path, create=False)
        try:
            return work(db, progress)
        finally:
            db.close()

    return job


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception; JobRunner words it for the user
    cancelled = Signal()


class Job(QRunnable):
    """One piece of work on the global thread pool."""

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = _Signals()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int, text: str = "") -> None:
        if self._cancel.is_set():
            raise Cancelled
        self.signals.progress.emit(done, total, text)

    @Slot()
    def run(self) -> None:
        try:
            result = self.fn(self._progress)
        except Cancelled:
            self.signals.cancelled.emit()
        except Exception as exc:  # the user gets a message, the log gets the traceback
            if not isinstance(exc, UserError):
                log.error("job failed: %s", traceback.format_exc())
            self.signals.failed.emit(exc)
        else:
            self.signals.finished.emit(result)


class ProgressPanel(QWidget):
    """A label, a bar and a Cancel button, shown only while a job runs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(220)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        for widget in (self.label, self.bar, self.cancel_button):
            layout.addWidget(widget)
        self.hide()


class JobRunner(QObject):
    """Runs jobs on the thread pool and reports them through the progress panel."""

    busy_changed = Signal(bool)

    def __init__(self, panel: ProgressPanel, parent: QWidget, db_path: Path | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.panel = panel
        self._parent = parent
        self._jobs: list[Job] = []
        panel.cancel_button.clicked.connect(self.cancel_all)

    def run(
        self,
        fn: Callable[[Progress], Any],
        title: str,
        on_done: Callable[[Any], None],
        on_error: Callable[[str], None] | None = None,
    ) -> Job:
        job = Job(fn)
        self._jobs.append(job)
        self.panel.label.setText(title)
        self.panel.bar.setRange(0, 0)
        self.panel.show()
        self.busy_changed.emit(True)
        job.signals.progress.connect(self._on_progress)
        job.signals.finished.connect(lambda result: self._end(job) or on_done(result))
        job.signals.failed.connect(
            lambda exc: self._end(job) or (on_error or self._show)(self.message_for(exc))
        )
        job.signals.cancelled.connect(lambda: self._end(job))
        QThreadPool.globalInstance().start(job)
        return job

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running jobs (tests and closing the window)."""
        return QThreadPool.globalInstance().waitForDone(msecs)

    def _on_progress(self, done: int, total: int, text: str) -> None:
        self.panel.bar.setRange(0, max(total, 1))
        self.panel.bar.setValue(done)
        if text:
            self.panel.label.setText(text)

    def _end(self, job: Job) -> None:
        if job in self._jobs:
            self._jobs.remove(job)
        if not self._jobs:
            self.panel.hide()
            self.busy_changed.emit(False)

    def message_for(self, exc: BaseException) -> str:
        """What the user reads for a failed job: a vanished drive, a full disk or a damaged
        file get their own advice; a UserError its own words; anything else a plain summary."""
        from skillsapp.services.failures import classify
        from skillsapp.ui.crash import describe

        problem = describe(classify(exc), db_path=self.db_path, exc=exc)
        return "\n\n".join(part for part in (problem.text, problem.advice) if part)

    def _show(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Could not finish"), text)
