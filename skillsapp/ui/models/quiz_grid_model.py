"""Per-pupil quiz answers as a table: pupils down, the lesson's items across.

Cells show answers as they were typed (B, Đ/S, "A, C", "1 2 2 1") and are tinted right or
wrong, so a slip is seen at once; pupils who did not come are greyed and skipped by the cursor.
Columns are the session's shown items (lessonrun.quiz_order): `key`, `item` and `answer` speak
the shown options; the draft keeps the original ones, and `set_answer` takes those.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from skillsapp.domain.records import Pupil
from skillsapp.domain.scoring import QuizKey, is_correct
from skillsapp.lessonrun import quiz_entry
from skillsapp.lessonrun.quiz_order import SessionQuiz, session_quiz
from skillsapp.lessonrun.session_draft import SessionDraft

if TYPE_CHECKING:
    from skillsapp.content import QuizItem

Index = QModelIndex | QPersistentModelIndex
RIGHT = QColor("#d7f2d0")
WRONG = QColor("#f8d4d0")
AWAY = QColor("#eeeeee")
PENDING = QColor("#fff2b3")


def answer_text(key: QuizKey, stored: str) -> str:
    """A stored (canonical) answer the way a teacher typed it."""
    if stored == quiz_entry.OTHER_OPTION:
        return QCoreApplication.translate("QuizGridModel", "Not right")
    if key.type == "true_false":
        return (
            QCoreApplication.translate("QuizGridModel", "T")
            if stored == "true"
            else QCoreApplication.translate("QuizGridModel", "F")
        )
    if key.type == "sorting":
        return quiz_entry.categories(stored)
    return quiz_entry.letters(stored)


def pending_text(key: QuizKey, pending: str) -> str:
    shown = quiz_entry.categories(pending) if key.type == "sorting" else quiz_entry.letters(pending)
    return f"{shown} …"


def keys_hint(key: QuizKey) -> str:
    """What to type for an item, shown in its column header."""
    if key.type == "true_false":
        return QCoreApplication.translate("QuizGridModel", "T / F")
    if key.type == "multiple":
        return QCoreApplication.translate("QuizGridModel", "A–%1, Enter").replace(
            "%1", quiz_entry.LETTERS[key.choices - 1]
        )
    if key.type == "sorting":
        return (
            QCoreApplication.translate("QuizGridModel", "1–%1 × %2 cards")
            .replace("%1", str(key.choices))
            .replace("%2", str(quiz_entry.cards(key)))
        )
    return QCoreApplication.translate("QuizGridModel", "A–%1").replace(
        "%1", quiz_entry.LETTERS[key.choices - 1]
    )


class QuizGridModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._pupils: list[Pupil] = []
        self._rows: dict[str, int] = {}
        self._items: list[QuizItem] = []
        self._keys: list[QuizKey] = []
        self._columns: dict[str, int] = {}
        self._draft = SessionDraft()
        self._shown: SessionQuiz = session_quiz((), None)
        self._pending: tuple[int, int, str] | None = None
        self.language = "vi"  # of the header tooltips (the quiz step sets it)

    def set_quiz(self, pupils: Sequence[Pupil], shown: SessionQuiz, draft: SessionDraft) -> None:
        self.beginResetModel()
        self._pupils = list(pupils)
        self._rows = {p.id: row for row, p in enumerate(self._pupils)}
        self._shown = shown
        self._items = list(shown.items)
        self._keys = [item.key() for item in self._items]
        self._columns = {key.item_id: col for col, key in enumerate(self._keys)}
        self._draft = draft
        self._pending = None
        self.endResetModel()

    @property
    def draft(self) -> SessionDraft:
        return self._draft

    @property
    def shown(self) -> SessionQuiz:
        """The quiz in the session's order: what the columns are."""
        return self._shown

    def to_stored(self, item_id: str, shown: str | None) -> str | None:
        """An answer given by the shown options, as the draft keeps it (the original ones)."""
        return self._shown.to_stored(item_id, shown)

    def key(self, column: int) -> QuizKey:
        """The item's key by its shown options (what typing and the cards are checked with)."""
        return self._keys[column]

    def item(self, column: int) -> QuizItem:
        return self._items[column]

    def pupil(self, row: int) -> Pupil:
        return self._pupils[row]

    def attends(self, row: int) -> bool:
        return self._draft.attends(self._pupils[row].id)

    def answer(self, row: int, column: int) -> str | None:
        """The pupil's answer by the shown options (the draft keeps it by the original ones)."""
        item_id = self._keys[column].item_id
        stored = self._draft.answers.get((self._pupils[row].id, item_id))
        return self._shown.to_shown(item_id, stored)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._pupils)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0):
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self._tooltip(section)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Vertical:
            return f"{section + 1}. {self._pupils[section].full_name}"
        number = QCoreApplication.translate("QuizGridModel", "Q%1").replace("%1", str(section + 1))
        return f"{number}\n{keys_hint(self._keys[section])}"

    def _tooltip(self, section: int) -> str:
        """The item's options (or categories and cards) with the key for each."""
        item, key = self._items[section], self._keys[section]
        lang = self.language
        if item.type == "sorting":
            lines = [f"{n}: {c.get(lang)}" for n, c in enumerate(item.categories, start=1)]
            card = QCoreApplication.translate("QuizGridModel", "Card %1")
            lines += [
                f"{card.replace('%1', str(n))}: {c.text.get(lang)}"
                for n, c in enumerate(item.cards, start=1)
            ]
        elif item.type == "true_false":
            lines = []
        else:
            lines = [f"{quiz_entry.LETTERS[n]}: {o.get(lang)}" for n, o in enumerate(item.options)]
        return "\n".join([item.prompt.get(lang), keys_hint(key), *lines])

    def data(self, index: Index, role: int = 0):
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        pending = self._pending if self._pending and self._pending[:2] == (row, column) else None
        stored = self.answer(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if pending:
                return pending_text(self._keys[column], pending[2])
            return answer_text(self._keys[column], stored) if stored is not None else ""
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column, stored, pending is not None)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _background(self, row: int, column: int, stored: str | None, pending: bool):
        if pending:
            return PENDING
        if not self.attends(row):
            return AWAY
        if stored is None:
            return None
        return RIGHT if is_correct(self._keys[column], stored) else WRONG

    def set_answer(self, pupil_id: str, item_id: str, answer: str | None) -> None:
        """Store or clear one answer by its ORIGINAL option (the undo commands call this) and
        repaint that cell."""
        self._draft.set_answer(pupil_id, item_id, answer)
        row, column = self._rows.get(pupil_id), self._columns.get(item_id)
        if row is not None and column is not None:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)

    def set_pending(self, row: int, column: int, pending: str) -> None:
        """Keys typed but not yet an answer (multiple choice, sorting) show in their cell."""
        previous = self._pending
        self._pending = (row, column, pending) if pending else None
        for cell in {previous[:2] if previous else None, (row, column)} - {None}:
            index = self.index(*cell)
            self.dataChanged.emit(index, index)

    def refresh_rows(self) -> None:
        """Attendance changed: grey or ungrey rows."""
        if self._pupils and self._keys:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._pupils) - 1, len(self._keys) - 1)
            )
