"""The preview before a class list is imported: every row, every problem, then all or nothing.

Import stays disabled while any row has a problem, unless the teacher ticks "skip the rows with
problems"; nothing is written until Import is pressed, and then in one transaction.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skillsapp.rosters.table import RosterPreview
from skillsapp.ui.models.roster_preview import RosterPreviewModel


class RosterImportDialog(QDialog):
    def __init__(
        self, preview: RosterPreview, class_name: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("Import a class list"))
        self.resize(1000, 620)
        self.heading = QLabel(
            self.tr("Import %1 into class %2")
            .replace("%1", preview.path.name)
            .replace("%2", class_name)
        )
        self.heading.setObjectName("pageHeading")
        self.source = QLabel(self._source_text())
        self.source.setWordWrap(True)
        self.summary = QLabel(self._summary_text())
        self.summary.setWordWrap(True)
        self.model = RosterPreviewModel(preview, language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
        self.skip_box = QCheckBox(
            self.tr("Skip the %1 rows with problems and import the others").replace(
                "%1", str(len(preview.bad))
            )
        )
        self.skip_box.setVisible(bool(preview.bad))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = QPushButton()
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.skip_box.toggled.connect(self._update_button)
        layout = QVBoxLayout(self)
        for widget in (self.heading, self.source, self.summary, self.table, self.skip_box):
            layout.addWidget(widget, 1 if widget is self.table else 0)
        layout.addWidget(self.buttons)
        self._update_button()

    @property
    def skip_bad(self) -> bool:
        return self.skip_box.isChecked()

    def _source_text(self) -> str:
        kind, _, detail = self.preview.source.partition(":")
        if kind in ("xlsx", "xls"):
            read_as = self.tr("Excel workbook, sheet \u201c%1\u201d").replace("%1", detail)
        elif kind == "ods":
            read_as = self.tr("LibreOffice Calc sheet \u201c%1\u201d").replace("%1", detail)
        else:
            encoding = {
                "utf-8": "UTF-8",
                "utf-8-sig": self.tr("UTF-8 with BOM"),
                "cp1258": "Windows-1258",
                "utf-16": "UTF-16",
            }.get(detail, detail)
            read_as = self.tr("CSV text, %1").replace("%1", encoding)
        headers = ", ".join(
            f"\u201c{text}\u201d" for field, text in self.preview.columns if field != "index"
        )
        return (
            self.tr("Read as %1. Header on row %2: %3.")
            .replace("%1", read_as)
            .replace("%2", str(self.preview.header_line))
            .replace("%3", headers)
        )

    def _summary_text(self) -> str:
        if not self.preview.bad:
            return self.tr("All %1 pupils are ready to import.").replace(
                "%1", str(len(self.preview.rows))
            )
        return (
            self.tr(
                "%1 pupils are ready; %2 rows have problems (shaded). Nothing is imported "
                "until the file is fixed or those rows are skipped."
            )
            .replace("%1", str(len(self.preview.good)))
            .replace("%2", str(len(self.preview.bad)))
        )

    def _update_button(self) -> None:
        count = len(self.preview.good)
        self.import_button.setText(self.tr("Import %1 pupils").replace("%1", str(count)))
        self.import_button.setEnabled(count > 0 and (not self.preview.bad or self.skip_bad))
