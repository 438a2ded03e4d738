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

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QFileDialog, QWidget


def options() -> QFileDialog.Option:
    """Native only where it is the system's dialog and the system speaks the app's language."""
    native_ok = sys.platform in ("win32", "darwin")
    if native_ok and QLocale.system().language() == QLocale().language():
        return QFileDialog.Option(0)
    return QFileDialog.Option.DontUseNativeDialog


def get_open_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[str, str]:
    return QFileDialog.getOpenFileName(parent, caption, directory, filter, options=options())


def get_open_file_names(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[list[str], str]:
    return QFileDialog.getOpenFileNames(parent, caption, directory, filter, options=options())


def get_save_file_name(
    parent: QWidget | None, caption: str = "", directory: str = "", filter: str = ""
) -> tuple[str, str]:
    return QFileDialog.getSaveFileName(parent, caption, directory, filter, options=options())


def get_existing_directory(parent: QWidget | None, caption: str = "", directory: str = "") -> str:
    return QFileDialog.getExistingDirectory(
        parent, caption, directory, options=options() | QFileDialog.Option.ShowDirsOnly
    )
