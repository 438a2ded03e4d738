"""The class roster as a table model, in Vietnamese class-list order, edited in place.

Edits go straight to the service (`save`, given by the page) one cell at a time, so nothing
typed is lost; a refused edit (an empty name, a year that is not a year) leaves the row as it
was and says why through `save_failed`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from skillsapp.domain.records import Pupil
from skillsapp.errors import UserError

Index = QModelIndex | QPersistentModelIndex
NAME, GENDER, BIRTH_YEAR, CODE, STATUS, GRADE = 1, 2, 3, 4, 5, 6
EDITABLE = (NAME, GENDER, BIRTH_YEAR, CODE, GRADE)
OLDEST_BIRTH_YEAR = 1950


def _tr(text: str) -> str:
    return QCoreApplication.translate("PupilTableModel", text)


def gender_label(gender: str) -> str:
    return {
        "F": QCoreApplication.translate("PupilTableModel", "Female"),
        "M": QCoreApplication.translate("PupilTableModel", "Male"),
    }.get(gender, "")


class PupilTableModel(QAbstractTableModel):
    """Rows are pupils; columns are number, full name, gender, birth year, code, status."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("PupilTableModel", "No."),
        QT_TRANSLATE_NOOP("PupilTableModel", "Full name"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Gender"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Birth year"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Pupil code"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Status"),
        QT_TRANSLATE_NOOP("PupilTableModel", "Grade"),  # shown for a mixed-grade class only
    )

    save_failed = Signal(str)  # the message, in the app's language
    saved = Signal(object)  # the saved Pupil

    def __init__(self, parent=None, *, save: Callable[[Pupil], Pupil] | None = None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []
        self._save = save
        self.language = "vi"
        self.class_grade = 0  # a pupil's grade 0 is the class's: shown as this
        self.read_only = False  # a class of a closed school year (issue 22)

    def set_pupils(self, pupils: list[Pupil]) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self.endResetModel()

    def pupil(self, row: int) -> Pupil:
        return self._pupils[row]

    def row_of(self, pupil_id: str) -> int:
        for row, pupil in enumerate(self._pupils):
            if pupil.id == pupil_id:
                return row
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(self.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        editable = self._save is not None and not self.read_only
        if index.isValid() and editable and index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        pupil = self._pupils[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(pupil, index.row(), index.column())
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(pupil, index.column())
        if role == Qt.ItemDataRole.ForegroundRole and not pupil.active:
            from PySide6.QtGui import QColor

            return QColor("gray")
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (0, BIRTH_YEAR, GRADE):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, pupil: Pupil, row: int, column: int) -> str:
        if column == 0:
            return str(row + 1)
        if column == NAME:
            return pupil.full_name
        if column == GENDER:
            return gender_label(pupil.gender)
        if column == BIRTH_YEAR:
            return str(pupil.birth_year or "")
        if column == CODE:
            return pupil.code
        if column == GRADE:
            return str(pupil.grade or self.class_grade or "")
        return _status(pupil)

    def _edit_value(self, pupil: Pupil, column: int) -> object:
        return {
            NAME: pupil.full_name,
            GENDER: pupil.gender,
            BIRTH_YEAR: str(pupil.birth_year or ""),  # text: typed and checked, blank for none
            CODE: pupil.code,
            GRADE: str(pupil.grade or self.class_grade or ""),
        }.get(column)

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self._save is None:
            return False
        pupil = self._pupils[index.row()]
        try:
            changed = self._changed(pupil, index.column(), value)
        except ValueError as exc:
            self.save_failed.emit(str(exc))
            return False
        if changed == pupil:
            return True
        return self.save_pupil(index.row(), changed)

    def save_pupil(self, row: int, changed: Pupil) -> bool:
        """Save one pupil through the service and show the saved values in its row."""
        assert self._save is not None
        try:
            saved = self._save(changed)
        except UserError as exc:
            self.save_failed.emit(exc.message(self.language))
            return False
        self._pupils[row] = saved
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))
        self.saved.emit(saved)
        return True

    def _changed(self, pupil: Pupil, column: int, value: object) -> Pupil:
        text = " ".join(str(value if value is not None else "").split())
        if column == NAME:
            return replace(pupil, full_name=text)
        if column == CODE:
            return replace(pupil, code=text)
        if column == GENDER:
            return replace(pupil, gender=parse_gender(text))
        if column == BIRTH_YEAR:
            return replace(pupil, birth_year=parse_birth_year(text))
        if column == GRADE:
            grade = parse_grade(text)
            return replace(pupil, grade=0 if grade == self.class_grade else grade)
        raise ValueError(
            QCoreApplication.translate("PupilTableModel", "This column cannot be edited.")
        )


def _day(iso: str) -> str:
    return "/".join(reversed(iso.split("-"))) if iso else ""


def _status(pupil: Pupil) -> str:
    """Active, joined mid-year, graduated, moved to another class, left the school or the class."""
    if pupil.left_reason == "graduated":
        return QCoreApplication.translate("PupilTableModel", "Graduated")
    if pupil.active:
        if pupil.joined_on:
            return QCoreApplication.translate("PupilTableModel", "Joined on %1").replace(
                "%1", _day(pupil.joined_on)
            )
        return QCoreApplication.translate("PupilTableModel", "Active")
    if pupil.left_reason == "moved":
        return QCoreApplication.translate(
            "PupilTableModel", "Moved to another class on %1"
        ).replace("%1", _day(pupil.left_on))
    if pupil.left_reason == "left":
        return QCoreApplication.translate("PupilTableModel", "Left the school on %1").replace(
            "%1", _day(pupil.left_on)
        )
    return QCoreApplication.translate("PupilTableModel", "Left the class")


def parse_gender(text: str) -> str:
    """ "F"/"M"/"" as stored, or the words a teacher may type (Nữ, Nam, female, male)."""
    from skillsapp.domain.names import fold

    word = fold(text)
    if word in ("", "f", "m"):
        return word.upper()
    if word in ("nu", "female", fold(gender_label("F"))):
        return "F"
    if word in ("nam", "male", fold(gender_label("M"))):
        return "M"
    raise ValueError(
        QCoreApplication.translate("PupilTableModel", "Gender must be Female, Male or empty.")
    )


def parse_grade(text: str) -> int:
    """A pupil's grade as typed (a number 1-12; blank = the class's grade, 0)."""
    if text in ("", "0"):
        return 0
    if not text.isdigit() or not 1 <= int(text) <= 12:
        raise ValueError(
            QCoreApplication.translate(
                "PupilTableModel", "The grade must be a number from 1 to 12."
            )
        )
    return int(text)


def parse_birth_year(text: str) -> int | None:
    if text in ("", "0"):
        return None
    if not text.isdigit() or not OLDEST_BIRTH_YEAR <= int(text) <= date.today().year:
        raise ValueError(
            QCoreApplication.translate(
                "PupilTableModel", "The birth year must be a year from %1 to %2, like 2014."
            )
            .replace("%1", str(OLDEST_BIRTH_YEAR))
            .replace("%2", str(date.today().year))
        )
    return int(text)
