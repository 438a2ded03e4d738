"""Import lesson pack…: the Curriculum page's way to install a department's .knsl.

The same steps as `skillsapp lessons import`: the file is verified whole; a publisher this
database has not accepted is shown with its fingerprint, to compare by phone before saying
yes; then the pack is installed beside the database, or refused with its one line.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.ui import file_dialogs
from skillsapp.ui.recovery import ask

if TYPE_CHECKING:
    from skillsapp.ui.context import AppContext


def _t(text: str) -> str:
    return QCoreApplication.translate("LessonPack", text)


def choose_pack(parent: QWidget) -> Path | None:
    chosen, _ = file_dialogs.get_open_file_name(
        parent, _t("Import lesson pack"), "", _t("Lesson packs (*.knsl)")
    )
    return Path(chosen) if chosen else None


def import_lesson_pack(parent: QWidget, ctx: AppContext, path: Path) -> str:
    """Install the pack at `path`; the result line to show (installed, or why not)."""
    from skillsapp.packs.format import read_pack
    from skillsapp.packs.install import install_pack

    assert ctx.store is not None
    try:
        pack = read_pack(path)
        try:
            result = install_pack(ctx.store, ctx.db_path, path)
        except UserError as exc:
            if exc.key != "packs.untrusted" or not _confirm(parent, pack.publisher_name, exc):
                raise
            fingerprint = pack.publisher.fingerprint
            result = install_pack(ctx.store, ctx.db_path, path, accept=fingerprint)
    except UserError as exc:
        return exc.message(ctx.language)
    return tr(result.message_key(), ctx.language, **result.params())


def _confirm(parent: QWidget, publisher: str, exc: UserError) -> bool:
    fingerprint = str(exc.params["fingerprint"])
    text = _t(
        "This lesson pack is signed by {publisher}, not accepted on this computer yet.\n\n"
        "Fingerprint: {fingerprint}\n\n"
        "Call the sender and compare the fingerprint. Install the pack?"
    ).format(publisher=publisher, fingerprint=fingerprint)
    return ask(_t("New lesson publisher"), text, _t("Install"), _t("Cancel"), parent)
