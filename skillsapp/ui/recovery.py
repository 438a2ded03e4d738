"""At start: one app per database, the file checked, a damaged one recovered.

`take_lock` refuses a second copy of the app on the same file. `open_for_app` checks the file
(skillsapp.services.database.try_open) and, when it is damaged, asks the user whether to restore
the latest backup or start empty; the file work itself (setting the damaged file aside,
restoring) is done by skillsapp.services.database. Every question and message is a dialog here.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skillsapp.errors import UserError
from skillsapp.lock import InstanceLock
from skillsapp.services.database import (
    SchoolDb,
    open_school_db,
    restore_latest,
    set_aside,
    try_open,
)
from skillsapp.services.failures import classify
from skillsapp.ui.crash import Problem, describe

if TYPE_CHECKING:
    from skillsapp.ui.first_run import FirstRunChoice

log = logging.getLogger(__name__)


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
        if restore_latest(db_path):
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
        store, damage = try_open(db_path)
    except (UserError, sqlite3.Error, OSError) as exc:
        tell(describe(classify(exc), db_path=db_path, exc=exc, language=language))
        return False
    if store is not None:
        store.close()
        return True
    assert damage is not None
    return recover(db_path, damage)


def open_checked(db_path: Path, language: str) -> SchoolDb | None:
    """Open the database for the app; None after a clear message when it cannot be (a
    read-only or full folder: nothing is half-written, the app just does not start)."""
    try:
        return open_school_db(db_path)
    except (UserError, sqlite3.Error, OSError) as exc:
        tell(describe(classify(exc), db_path=db_path, exc=exc, language=language))
        return None


def open_for_app(
    db_path: Path, language: str, choice: FirstRunChoice | None = None
) -> tuple[SchoolDb | None, FirstRunChoice | None]:
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
