"""Running slow work off the GUI thread, with progress, cancel and errors as messages.

A job is a plain function `fn(progress)` where `progress(done, total, text)` reports and raises
`Cancelled` once the user pressed Cancel. Jobs that touch the database open their own Store
(SQLite connections belong to one thread); the GUI thread only receives the result.
"""

from __future__ import annotations

import logging
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from skillsapp.errors import UserError

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]


class Cancelled(Exception):
    """Raised inside a job when the user cancelled it."""


class _Signals(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)  # the exception; TaskRunner words it for the user
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


def start(job: Job) -> Job:
    QThreadPool.globalInstance().start(job)
    return job
