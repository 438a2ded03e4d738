"""Whole-class quiz: count the raised hands or cards for each option of each item.

Each option has a counter: type the number, or press + / - (keys or buttons), or the arrow keys;
Tab moves to the next counter. The responses of each item are summed beside it and turn red
when there are more hands than people in the room.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QToolButton,
    QWidget,
)

from skillsapp.domain.scoring import QuizKey
from skillsapp.lessonrun import quiz_entry
from skillsapp.ui.models.quiz_grid_model import answer_text

if TYPE_CHECKING:
    from skillsapp.content import QuizItem

MAX_COUNT = 999
STEP_KEYS = {Qt.Key.Key_Plus: 1, Qt.Key.Key_Minus: -1}


class TallyCell(QWidget):
    """One option: its label, a − button, the count and a + button."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(label)
        self.label.setMinimumWidth(20)
        self.spin = QSpinBox()
        self.spin.setRange(0, MAX_COUNT)
        self.spin.setMinimumWidth(56)
        self.minus = QToolButton()
        self.minus.setText("−")
        self.plus = QToolButton()
        self.plus.setText("+")
        for button in (self.minus, self.plus):
            # narrow, so a row of four options and its total fit a 1366-pixel screen at 125 %
            button.setObjectName("tallyStep")
            button.setFixedWidth(36)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
        self.minus.clicked.connect(lambda: self.spin.stepBy(-1))
        self.plus.clicked.connect(lambda: self.spin.stepBy(1))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 10, 0)
        layout.setSpacing(4)
        for widget in (self.label, self.minus, self.spin, self.plus):
            layout.addWidget(widget)


class TallyPanel(QScrollArea):
    count_changed = Signal(str, str, int)  # item id, option, new count

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setStyleSheet("QLabel, QSpinBox { font-size: 14px; }")
        self._cells: dict[tuple[str, str], TallyCell] = {}
        self._totals: dict[str, QLabel] = {}
        self._keys: dict[str, QuizKey] = {}
        self._attended = 0

    def set_items(
        self, items: Sequence[QuizItem], counts: Mapping[tuple[str, str], int], lang: str
    ) -> None:
        """Build one row per item; `counts` are the draft's (item, option) -> count."""
        body = QWidget()
        grid = QGridLayout(body)
        grid.setVerticalSpacing(10)
        self._cells.clear()
        self._totals.clear()
        self._keys = {item.id: item.key() for item in items}
        for row, item in enumerate(items):
            self._add_row(grid, row, item, counts, lang)
        grid.setRowStretch(len(items), 1)
        grid.setColumnStretch(1, 1)
        self.setWidget(body)
        for item_id in self._keys:
            self._update_total(item_id)

    def _add_row(
        self,
        grid: QGridLayout,
        row: int,
        item: QuizItem,
        counts: Mapping[tuple[str, str], int],
        lang: str,
    ) -> None:
        key = self._keys[item.id]
        prompt = QLabel(
            self.tr("Q%1. %2").replace("%1", str(row + 1)).replace("%2", item.prompt.get(lang))
        )
        prompt.setWordWrap(True)
        prompt.setMinimumWidth(220)
        grid.addWidget(prompt, row, 0, 1, 2)
        cells = QWidget()
        cells_layout = QHBoxLayout(cells)
        cells_layout.setContentsMargins(0, 0, 0, 0)
        for option in quiz_entry.tally_options(key):
            whole = key.type in ("multiple", "sorting") and option == key.answer
            cell = TallyCell(("✓ " if whole else "") + answer_text(key, option))
            cell.spin.setValue(counts.get((item.id, option), 0))
            cell.spin.valueChanged.connect(
                lambda value, i=item.id, o=option: self.count_changed.emit(i, o, value)
            )
            cell.spin.installEventFilter(self)
            self._cells[(item.id, option)] = cell
            cells_layout.addWidget(cell)
        cells_layout.addStretch(1)
        grid.addWidget(cells, row, 2)
        total = QLabel()
        total.setMinimumWidth(150)
        self._totals[item.id] = total
        grid.addWidget(total, row, 3)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """+ and - step the counter under the cursor (a spin box would refuse them as text)."""
        if (
            isinstance(watched, QSpinBox)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in STEP_KEYS
        ):
            watched.stepBy(STEP_KEYS[event.key()])
            return True
        return super().eventFilter(watched, event)

    def set_attended(self, attended: int) -> None:
        self._attended = attended
        for item_id in self._keys:
            self._update_total(item_id)

    def set_count(self, item_id: str, option: str, count: int) -> None:
        """Show a count without announcing it (undo and redo call this)."""
        cell = self._cells.get((item_id, option))
        if cell is not None:
            cell.spin.blockSignals(True)
            cell.spin.setValue(count)
            cell.spin.blockSignals(False)
        self._update_total(item_id)

    def spin(self, item_id: str, option: str) -> QSpinBox:
        return self._cells[(item_id, option)].spin

    def first_spin(self) -> QSpinBox | None:
        return next(iter(self._cells.values())).spin if self._cells else None

    def _update_total(self, item_id: str) -> None:
        label = self._totals.get(item_id)
        if label is None:
            return
        total = sum(c.spin.value() for (i, _o), c in self._cells.items() if i == item_id)
        label.setText(
            self.tr("%1 of %2 answered")
            .replace("%1", str(total))
            .replace("%2", str(self._attended))
        )
        too_many = total > self._attended
        label.setStyleSheet("color: #c0392b; font-weight: bold;" if too_many else "")
