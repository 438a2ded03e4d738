"""The daily backup at start-up, on a worker once the first page is filled.

A module of its own: the start used to import the whole Settings page (its widgets, dialogs and
services, ~2 MB and ~20 ms) just to start this job (issue 10).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from skillsapp.ui.context import AppContext
from skillsapp.ui.jobs import store_job


def start_auto_backup(ctx: AppContext) -> None:
    """Make today's backup if none was made yet (called once by skillsapp.ui.startup)."""
    from skillsapp.services.backups import auto_backup_if_due

    def done(made: object) -> None:
        if made:
            text = QCoreApplication.translate("AutoBackup", "Today's backup is in %1")
            ctx.bus.status_message.emit(text.replace("%1", str(made)))

    if ctx.jobs is None:  # no window yet: nothing to show the job's progress in
        return
    ctx.jobs.run(
        store_job(ctx.db_path, lambda db, _: auto_backup_if_due(db)),
        QCoreApplication.translate("AutoBackup", "Making today's backup…"),
        done,
    )
