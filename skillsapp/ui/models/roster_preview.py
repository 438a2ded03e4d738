"""The rows of a class-list file before import, each with its problems, bad rows tinted."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from skillsapp.rosters.table import RosterPreview, RosterRow

Index = QModelIndex | QPersistentModelIndex
BAD_ROW = QColor("#fde7e9")


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPreviewModel", text)


class RosterPreviewModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Row"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Full name"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Gender"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Birth year"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Pupil code"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Problems"),
    )

    def __init__(self, preview: RosterPreview, language: str, parent=None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.language = language

    def row(self, index: int) -> RosterRow:
        return self.preview.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        row = self.preview.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not row.ok:
            return BAD_ROW
        return None

    def _display(self, row: RosterRow, column: int) -> str:
        values = (
            str(row.line),
            row.full_name,
            {
                "F": QCoreApplication.translate("RosterPreviewModel", "Female"),
                "M": QCoreApplication.translate("RosterPreviewModel", "Male"),
            }.get(row.gender, ""),
            str(row.birth_year or ""),
            row.code,
            row.problem_text(self.language),
        )
        return values[column]
