"""The class list with each pupil's attendance mark, for the tile grid of the session page.

The draft is the source of truth; the model only maps rows to pupils and announces the one row
that changed, so a toggle repaints one tile (well inside a frame even for a class of 45).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from skillsapp.domain.records import Pupil
from skillsapp.lessonrun.session_draft import SessionDraft

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
PUPIL_ROLE = Qt.ItemDataRole.UserRole + 2

COLOURS = {  # fill, text
    "present": ("#f4fbf2", "#1b1b1b"),
    "absent": ("#f9d2cc", "#a93226"),
    "late": ("#ffe8b8", "#9c640c"),
    "excused": ("#d9e6f5", "#1f4e79"),
}
STATUS_NAMES = {
    "present": QT_TRANSLATE_NOOP("AttendanceModel", "Present"),
    "absent": QT_TRANSLATE_NOOP("AttendanceModel", "Absent"),
    "late": QT_TRANSLATE_NOOP("AttendanceModel", "Late"),
    "excused": QT_TRANSLATE_NOOP("AttendanceModel", "Excused"),
}


_BOLD = QFont()
_BOLD.setBold(True)


def status_name(status: str) -> str:
    return QCoreApplication.translate("AttendanceModel", STATUS_NAMES[status])


class AttendanceModel(QAbstractListModel):
    """Rows are the session's pupils in class-list order; the status comes from the draft."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []
        self._rows: dict[str, int] = {}
        self._draft = SessionDraft()
        self.tile_size = QSize()  # set by the grid, so each tile fills its cell

    def set_roster(self, pupils: Sequence[Pupil], draft: SessionDraft) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self._rows = {p.id: row for row, p in enumerate(self._pupils)}
        self._draft = draft
        self.endResetModel()

    def pupil(self, row: int) -> Pupil:
        return self._pupils[row]

    def pupils(self) -> list[Pupil]:
        return list(self._pupils)

    def row_of(self, pupil_id: str) -> int:
        return self._rows[pupil_id]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pupils)

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        pupil = self._pupils[index.row()]
        status = self._draft.status(pupil.id)
        if role == Qt.ItemDataRole.DisplayRole:
            mark = "" if status == "present" else f"  —  {status_name(status)}"
            return f"{index.row() + 1}. {pupil.full_name}{mark}"
        if role == STATUS_ROLE:
            return status
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(COLOURS[status][0])
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(COLOURS[status][1])
        if role == Qt.ItemDataRole.FontRole and status != "present":
            return _BOLD
        if role == Qt.ItemDataRole.SizeHintRole and self.tile_size.isValid():
            return self.tile_size
        if role == PUPIL_ROLE:
            return pupil.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{pupil.full_name} — {status_name(status)}"
        return None

    def set_status(self, pupil_id: str, status: str) -> None:
        """Change one mark (called by the undo commands) and repaint only that tile."""
        self._draft.set_status(pupil_id, status)
        row = self._rows.get(pupil_id)
        if row is not None:
            index = self.index(row)
            self.dataChanged.emit(index, index, [STATUS_ROLE])

    def counts(self) -> Counter[str]:
        return Counter(self._draft.status(p.id) for p in self._pupils)
