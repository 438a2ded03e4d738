"""The status-bar progress panel and the one way pages start background work.

Pages call `ctx.tasks.run(fn, title, on_done)`; the panel shows a progress bar with Cancel while
the job runs, and a failure becomes a readable message box, never a traceback window.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QProgressBar, QPushButton, QWidget

from skillsapp.ui.workers import Job, Progress, start


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


class TaskRunner(QObject):
    """Runs jobs one at a time per caller and reports through the progress panel."""

    busy_changed = Signal(bool)

    def __init__(self, panel: ProgressPanel, parent: QWidget, db_path=None) -> None:
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
        return start(job)

    def cancel_all(self) -> None:
        for job in self._jobs:
            job.cancel()

    def wait(self, msecs: int = 30000) -> bool:
        """Wait for running jobs (tests and closing the window)."""
        from PySide6.QtCore import QThreadPool

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
        from skillsapp.ui import crash

        problem = crash.describe(crash.classify(exc), db_path=self.db_path, exc=exc)
        return "\n\n".join(part for part in (problem.text, problem.advice) if part)

    def _show(self, text: str) -> None:
        QMessageBox.warning(self._parent, self.tr("Could not finish"), text)
