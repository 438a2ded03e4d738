"""The Classes page's "Print answer cards" button: the selected class's cards as a PDF.

The same code as `skillsapp cards print` (skillsapp.cards.saving) runs on a worker, so the
numbers handed out here are the ones the session's card scan reads. Kept apart from
classes.py so that page only places the button and tells it which class is selected.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths
from PySide6.QtWidgets import QMessageBox, QPushButton, QWidget

from skillsapp.domain.records import SchoolClass
from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job


class PrintCardsButton(QPushButton):
    """Disabled, with a tooltip saying why, until a class with pupils is selected."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._class: SchoolClass | None = None
        self._pupils = 0
        self.clicked.connect(self.print_cards)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(self.tr("Print answer cards…"))
        self._update()

    def set_class(self, cls: SchoolClass | None, active_pupils: int) -> None:
        """The selected class and how many pupils in it are still in the class."""
        self._class, self._pupils = cls, active_pupils
        self._update()

    def _why_not(self) -> str:
        if self.ctx.store is None or self._class is None:
            return self.tr("Choose a class first.")
        if self._pupils == 0:
            return self.tr(
                "Class %1 has no pupils yet: add them or import the class list first."
            ).replace("%1", self._class.name)
        return ""

    def _update(self) -> None:
        why = self._why_not()
        self.setEnabled(not why)
        self.setToolTip(
            why
            or self.tr(
                "Save the answer cards of class %1 as a PDF to print: one card per pupil, "
                "read by the webcam in a lesson's quiz (Scan cards). Each pupil keeps the "
                "same card number all year; new pupils get free numbers."
            ).replace("%1", self._class.name if self._class else "")
        )

    def _suggested_path(self, cls: SchoolClass) -> str:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        stem = self.tr("answer-cards")
        return str(Path(folder) / f"{stem}-{cls.name}.pdf")

    def print_cards(self) -> None:
        """Ask where, then number, lay out and write the cards on a worker."""
        cls = self._class
        if cls is None or self._why_not():
            return
        chosen, _filter = file_dialogs.get_save_file_name(
            self,
            self.tr("Save the answer cards"),
            self._suggested_path(cls),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return
        target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

        def work(db, _progress):
            from skillsapp.cards.saving import save_class_cards
            from skillsapp.reports.build import check_out_path
            from skillsapp.services.school import get_class

            return save_class_cards(db, get_class(db, cls.id), check_out_path(target, "pdf"))

        self.ctx.jobs.run(
            store_job(self.ctx.db_path, work),
            self.tr("Saving the answer cards…"),
            self._saved,
            self._failed,
        )

    def _saved(self, saved) -> None:
        from skillsapp.cards.layout import MAX_CARDS
        from skillsapp.messages import tr as message

        self.ctx.bus.data_changed.emit(frozenset({"card_number"}))
        self.ctx.bus.status_message.emit(
            self.tr("Saved %1 answer cards of class %2 to %3")
            .replace("%1", str(saved.printed))
            .replace("%2", saved.class_name)
            .replace("%3", str(saved.path))
        )
        if saved.printed < saved.pupils:
            text = message(
                "cards.too_many",
                self.ctx.language,
                name=saved.class_name,
                count=saved.pupils,
                max=MAX_CARDS,
                left=saved.pupils - saved.printed,
            )
            QMessageBox.warning(self, self.tr("Print answer cards"), text)

    def _failed(self, text: str) -> None:
        QMessageBox.warning(
            self,
            self.tr("Print answer cards"),
            self.tr("The answer cards were not saved.") + "\n\n" + text,
        )
