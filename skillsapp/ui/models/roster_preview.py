"""The rows of a class-list file before import: where each was, the class it goes into, the
pupil, and its problems; bad rows tinted so the teacher finds them in a long list."""

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

from skillsapp.rosters.classlists import ClassFile, ClassRow

Index = QModelIndex | QPersistentModelIndex
BAD_ROW = QColor("#fde7e9")
SHEET, LINE, CLASS, NAME, GENDER, BORN, CODE, PROBLEMS = range(8)


def _tr(text: str) -> str:
    return QCoreApplication.translate("RosterPreviewModel", text)


class RosterPreviewModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Sheet"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Row"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Class"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Full name"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Gender"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Born"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Pupil id"),
        QT_TRANSLATE_NOOP("RosterPreviewModel", "Problems"),
    )

    def __init__(self, file: ClassFile | None, language: str, parent=None) -> None:
        super().__init__(parent)
        self.file = file
        self.language = language
        self.rows: tuple[ClassRow, ...] = file.rows if file is not None else ()

    def set_file(self, file: ClassFile | None) -> None:
        self.beginResetModel()
        self.file = file
        self.rows = file.rows if file is not None else ()
        self.endResetModel()

    def row(self, index: int) -> ClassRow:
        return self.rows[index]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        item = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(item, index.column())
        if role == Qt.ItemDataRole.BackgroundRole and not item.row.ok:
            return BAD_ROW
        return None

    def _display(self, item: ClassRow, column: int) -> str:
        row = item.row
        if column == GENDER:
            return {
                "F": QCoreApplication.translate("RosterPreviewModel", "Female"),
                "M": QCoreApplication.translate("RosterPreviewModel", "Male"),
            }.get(row.gender, "")
        if column == BORN:
            if row.birth_date:
                year, month, day = row.birth_date.split("-")
                return f"{day}/{month}/{year}"
            return str(row.birth_year or "")
        values = {
            SHEET: item.sheet,
            LINE: str(row.line),
            CLASS: item.class_name,
            NAME: row.full_name,
            CODE: row.code,
            PROBLEMS: row.problem_text(self.language),
        }
        return values[column]
