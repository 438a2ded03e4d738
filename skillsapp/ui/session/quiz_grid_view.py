"""Entering quiz answers by keyboard: one key per answer, the cursor moves on by itself.

By default down to the next pupil who came (those absent are skipped), item after item, as when
the class shows answer cards question by question; with `across` set, along one pupil's items
and then to the next pupil, as when copying answer sheets. A multiple-choice answer is its
letters then Enter; a sorting answer is one category per card and finishes after the last card.
Backspace takes back a pending key or clears the cell, Delete clears it. A key that cannot
answer the item is refused with a message, never stored.
"""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from skillsapp.domain.scoring import AnswerError
from skillsapp.lessonrun import quiz_entry
from skillsapp.ui.models.quiz_grid_model import QuizGridModel, pending_text

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class QuizGridView(QTableView):
    answer_entered = Signal(str, str, object)  # pupil id, item id, canonical answer or None
    refused = Signal(str)  # the text typed that is not an answer to the current item

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.horizontalHeader().setMinimumHeight(44)
        self.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(26)
        self.setStyleSheet("QTableView { font-size: 14px; }")
        self._pending = ""
        self.across = False  # down the pupils by default; across one pupil's items if set

    def grid_model(self) -> QuizGridModel:
        model = self.model()
        assert isinstance(model, QuizGridModel)
        return model

    def first_cell(self) -> None:
        """Put the cursor on the first empty cell of a pupil who came (where typing starts)."""
        model = self.grid_model()
        for row in range(model.rowCount()):
            for column in range(model.columnCount()):
                if model.attends(row) and model.answer(row, column) is None:
                    self._go(row, column)
                    return
        if model.rowCount() and model.columnCount():
            self._go(0, 0)

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        super().currentChanged(current, previous)
        if self._pending:
            self._pending = ""
            self.grid_model().set_pending(previous.row(), previous.column(), "")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if not index.isValid() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            super().keyPressEvent(event)
            return
        if event.key() in ENTER_KEYS:
            self._enter(index)
        elif event.key() == Qt.Key.Key_Backspace:
            self._backspace(index)
        elif event.key() == Qt.Key.Key_Delete:
            self._clear(index)
        elif event.text().strip() and event.text().isprintable():
            self._type(index, event.text())
        else:
            super().keyPressEvent(event)

    def _type(self, index: QModelIndex, char: str) -> None:
        key = self.grid_model().key(index.column())
        try:
            entry = quiz_entry.press(key, self._pending, char)
        except AnswerError:
            self.refused.emit(char)
            return
        self._set_pending(index, entry.pending)
        if entry.answer is not None:
            self._commit(index, entry.answer)

    def _enter(self, index: QModelIndex) -> None:
        if not self._pending:
            self._advance(index)
            return
        key = self.grid_model().key(index.column())
        try:
            answer = quiz_entry.finish(key, self._pending)
        except AnswerError:
            self.refused.emit(pending_text(key, self._pending))
            return
        self._set_pending(index, "")
        self._commit(index, answer)

    def _backspace(self, index: QModelIndex) -> None:
        if self._pending:
            self._set_pending(index, self._pending[:-1])
        else:
            self._clear(index)

    def _clear(self, index: QModelIndex) -> None:
        self._set_pending(index, "")
        if self.grid_model().answer(index.row(), index.column()) is not None:
            self._emit(index, None)

    def _set_pending(self, index: QModelIndex, pending: str) -> None:
        self._pending = pending
        self.grid_model().set_pending(index.row(), index.column(), pending)

    def _commit(self, index: QModelIndex, answer: str) -> None:
        self._emit(index, answer)
        self._advance(index)

    def _emit(self, index: QModelIndex, answer: str | None) -> None:
        model = self.grid_model()
        pupil = model.pupil(index.row()).id
        self.answer_entered.emit(pupil, model.key(index.column()).item_id, answer)

    def _advance(self, index: QModelIndex) -> None:
        """The next cell to fill, in the chosen direction; pupils who did not come are skipped."""
        model = self.grid_model()
        rows, columns = model.rowCount(), model.columnCount()
        cells = (
            [(r, c) for r in range(rows) for c in range(columns)]
            if self.across
            else [(r, c) for c in range(columns) for r in range(rows)]
        )
        position = cells.index((index.row(), index.column()))
        following = (cell for cell in cells[position + 1 :] if model.attends(cell[0]))
        target = next(following, None)
        if target is not None:
            self._go(*target)

    def _go(self, row: int, column: int) -> None:
        target = self.grid_model().index(row, column)
        self.selectionModel().setCurrentIndex(
            target, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.scrollTo(target)
