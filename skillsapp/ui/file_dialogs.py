"""File dialogs in the app's language: every page opens its file dialogs through these.

A platform's own file dialog speaks the system's language, not the app's: on Linux it is
English more often than not, and an English Windows shows it in English to a teacher using the
app in Vietnamese. Qt's own dialog is translated with the rest of the app
(resources/translations/vi/qtbase.ts), so it is used unless the system speaks the app's language
on Windows or macOS, where the native dialog is the one teachers know.

Same signatures and results as the QFileDialog static functions they call (which tests patch).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QLocale, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_last_folder: list[Path] = []  # the folder the teacher last chose, this session


def start_in(directory: str) -> str:
    """Where a dialog opens: a file name alone (or nothing) goes into the folder chosen last,
    else Documents. The process's working folder, Qt's default, is the program's own folder
    in the installed app, where a teacher would never look for her file."""
    given = Path(directory) if directory else None
    if given is not None and given.is_absolute():
        return directory
    if _last_folder:
        folder = _last_folder[-1]
    else:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        folder = Path(documents) if documents and Path(documents).is_dir() else Path.home()
    return str(folder / given) if given is not None else str(folder)


def _remember(chosen: str) -> str:
    if chosen:
        path = Path(chosen)
        _last_folder[:] = [path if path.is_dir() else path.parent]
    return chosen


def options() -> QFileDialog.Option:
    """Native only where it is the system's dialog and the system speaks the app's language."""
    native_ok = sys.platform in ("win32", "darwin")
    if native_ok and QLocale.system().language() == QLocale().language():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def get_open_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[str, str]:
    chosen = QFileDialog.getOpenFileName(
        parent, caption, start_in(directory), filter, options=options()
    )
    return _remember(chosen[0]), chosen[1]


def get_open_file_names(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[list[str], str]:
    chosen = QFileDialog.getOpenFileNames(
        parent, caption, start_in(directory), filter, options=options()
    )
    if chosen[0]:
        _remember(chosen[0][0])
    return chosen


def get_save_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[str, str]:
    chosen = QFileDialog.getSaveFileName(
        parent, caption, start_in(directory), filter, options=options()
    )
    return _remember(chosen[0]), chosen[1]


def get_existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    chosen = QFileDialog.getExistingDirectory(
        parent, caption, start_in(directory), options=options() | QFileDialog.Option.ShowDirsOnly
    )
    return _remember(chosen)
