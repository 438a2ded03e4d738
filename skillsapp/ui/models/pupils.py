"""The class roster as a table model, in Vietnamese class-list order."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from skillsapp.domain.records import Pupil

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("PupilTableModel", text)


class PupilTableModel(QAbstractTableModel):
    """Rows are pupils; columns are number, full name, gender, birth year, code, status."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PupilTableModel", "No."),
        QT_TRANSLATE_NOOP("PupilTableModel", "Full name"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Gender"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Birth year"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Pupil code"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Status"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self.endResetModel()

    def pupil(self, row: int) -> Pupil:
        return self._pupils[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        pupil = self._pupils[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pupil, index.row(), index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not pupil.active:
            from PySide6.QtGui import QColor

            return QColor("gray")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, 3):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, pupil: Pupil, row: int, column: int) -> str:
        if column == 0:
            return str(row + 1)
        if column == 1:
            return pupil.full_name
        if column == 2:
            return {
                "F": QCoreApplication.translate("PupilTableModel", "Female"),
                "M": QCoreApplication.translate("PupilTableModel", "Male"),
            }.get(pupil.gender, "")
        if column == 3:
            return str(pupil.birth_year or "")
        if column == 4:
            return pupil.code
        if pupil.active:
            return QCoreApplication.translate("PupilTableModel", "Active")
        return QCoreApplication.translate("PupilTableModel", "Left the class")
