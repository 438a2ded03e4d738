"""The school's sites (điểm trường): a list to add to and rename in.

Many rural primary schools run satellite sites under one school. A class belongs to one (set in
the class's “Edit…” dialog, the main site when none is chosen); the school report can be broken
down by site, and a site's PC syncs like a teacher's (it teaches the site's classes).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.errors import UserError
from skillsapp.services import school as school_service
from skillsapp.ui.reasons import allow

ROLE = Qt.ItemDataRole.UserRole


class SitesDialog(QDialog):
    """Add or rename sites; `changed` says whether anything was saved."""

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.changed = False
        self.setWindowTitle(self.tr("Sites of the school"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sites"))
        self.add_button = QPushButton(self.tr("Add site…"))
        self.rename_button = QPushButton(self.tr("Rename site…"))
        self.add_button.clicked.connect(self.add_site)
        self.rename_button.clicked.connect(self.rename_site)
        note = QLabel(
            self.tr(
                "Classes not given a site belong to the main site. Choose a class's site with "
                "“Edit…” on the Classes page."
            )
        )
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.rename_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.list.currentItemChanged.connect(self._update)
        self._load()

    def _load(self, select: str = "") -> None:
        self.list.clear()
        for site in school_service.sites(self.ctx.store):
            item = QListWidgetItem(site.name)
            item.setData(ROLE, site.id)
            self.list.addItem(item)
            if site.id == select:
                self.list.setCurrentItem(item)
        self._update()

    def _update(self, *_args: object) -> None:
        allow(
            self.rename_button,
            self.list.currentItem() is not None,
            self.tr("Choose a site in the list first."),
        )

    def _ask_name(self, title: str, current: str = "") -> str:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(title)
        dialog.setLabelText(self.tr("Name of the site (e.g. Điểm Nà Lừa):"))
        dialog.setTextValue(current)
        dialog.setOkButtonText(self.tr("Save"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else ""

    def add_site(self) -> None:
        self._save(self._ask_name(self.tr("Add site")), "")

    def rename_site(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._save(self._ask_name(self.tr("Rename site"), item.text()), item.data(ROLE))

    def _save(self, name: str, site_id: str) -> None:
        if not name.strip():
            return
        try:
            saved = school_service.save_site(self.ctx.store, name, site_id)
        except UserError as exc:
            QMessageBox.warning(
                self, self.tr("Sites of the school"), exc.message(self.ctx.language)
            )
            return
        self.changed = True
        self._load(saved.id)
