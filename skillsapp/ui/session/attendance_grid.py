"""Attendance as name tiles in columns, the whole class on one 1366x768 screen.

Everyone starts present; a click or Space/Enter on a tile moves it on (present -> absent -> late
-> excused -> present), Delete puts it back to present. Arrow keys move between tiles and typing
the start of a given name ("Lin" for Nguyễn Thị Linh, diacritics optional) jumps to that pupil.
The view only asks for changes (signals); the page turns them into undoable commands.
"""

from __future__ import annotations

import math

from PySide6.QtCore import (
    QElapsedTimer,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.attendance import STATUSES
from skillsapp.domain.names import fold, split_name
from skillsapp.ui.models.attendance import AttendanceModel, status_name

TILE_HEIGHT = 32
MIN_TILE_WIDTH = 230
GAP = 4  # between tiles
# Tiles are drawn by Qt from the model's roles and this style sheet, not by Python painting: a
# repaint of 45 tiles then costs no Python calls per tile (and PySide 6.12 on Python 3.11 loses
# a reference to None on every Python-side call that returns nothing).
STYLE = """
QListView { font-size: 14px; }
QListView::item:focus { border: 2px solid #0f4c81; }
"""
TOGGLE_KEYS = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
RESET_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


def _folded(typed: str) -> str:
    """What was typed, folded as names are, keeping a trailing space (a word has ended)."""
    folded = fold(typed)
    return folded + " " if folded and typed.endswith(" ") else folded


class AttendanceGrid(QListView):
    toggle_requested = Signal(str)  # pupil id
    reset_requested = Signal(str)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)
        self.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QListView.SelectionMode.NoSelection)
        self.setStyleSheet(STYLE)
        self.clicked.connect(self._on_clicked)
        self._search = ""
        self._typing = QElapsedTimer()  # since the last letter of a name being typed

    def attendance_model(self) -> AttendanceModel:
        model = self.model()
        assert isinstance(model, AttendanceModel)
        return model

    def _pupil_id(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return self.attendance_model().pupil(index.row()).id

    def _on_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.toggle_requested.emit(self._pupil_id(index))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if event.key() == Qt.Key.Key_Space and self._still_typing():
            self.keyboardSearch(" ")  # "le gia": the space between the words of a name
            return
        if index.isValid() and plain and event.key() in TOGGLE_KEYS:
            self.toggle_requested.emit(self._pupil_id(index))
            return
        if index.isValid() and plain and event.key() in RESET_KEYS:
            self.reset_requested.emit(self._pupil_id(index))
            return
        super().keyPressEvent(event)

    def _still_typing(self) -> bool:
        """A name is being typed: a letter came within the platform's typing interval."""
        interval = QApplication.keyboardInputInterval()
        return bool(self._search) and self._typing.isValid() and self._typing.elapsed() < interval

    def keyboardSearch(self, search: str) -> None:
        """Jump to the first pupil whose given name, or whole name, starts with what was typed
        (no accents needed): "lan" and "le gia" both find Lê Gia Lan.

        Qt calls this with one character at a time, so the typed text is kept until it no longer
        matches anyone; a space typed straight after a letter belongs to the name (a teacher
        typing the family name first must not mark the pupil under the cursor absent).
        """
        model = self.attendance_model()
        self._typing.start()
        for wanted in (_folded(self._search + search), _folded(search)):
            if not wanted.strip():
                continue
            for row in range(model.rowCount()):
                name = model.pupil(row).full_name
                if fold(split_name(name)[2]).startswith(wanted) or fold(name).startswith(wanted):
                    self._search = wanted
                    self.setCurrentIndex(model.index(row))
                    return
        self._search = ""

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_tiles()

    def fit_tiles(self) -> None:
        """As many rows as the height allows, then just enough columns, sharing the width."""
        count = self.model().rowCount() if self.model() else 0
        viewport = self.viewport().size()
        rows = max(1, viewport.height() // TILE_HEIGHT)
        columns = max(1, math.ceil(count / rows))
        width = max(MIN_TILE_WIDTH, (viewport.width() - 4) // columns)
        self.setGridSize(QSize(width, TILE_HEIGHT))
        self.attendance_model().tile_size = QSize(width - GAP, TILE_HEIGHT - GAP)

    def visual_rect(self, pupil_id: str) -> QRect:
        """Where a pupil's tile is (tests click it as a teacher would)."""
        return self.visualRect(
            self.attendance_model().index(self.attendance_model().row_of(pupil_id))
        )


class AttendanceStep(QWidget):
    """The grid with a line of how to use it above and the running counts below."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = AttendanceModel(self)
        self.grid = AttendanceGrid()
        self.grid.setModel(self.model)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-size: 14px;")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.help)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.counts)
        self.model.dataChanged.connect(self.update_counts)
        self.model.modelReset.connect(self.update_counts)
        self.model.modelReset.connect(self.grid.fit_tiles)
        self.retranslate()

    def retranslate(self) -> None:
        self.help.setText(
            self.tr(
                "Everyone is present. Click a name or press Space to mark absent, again for late, "
                "again for excused; Delete puts it back. Type a given name to jump to it."
            )
        )
        self.update_counts()

    def update_counts(self) -> None:
        counts = self.model.counts()
        self.counts.setText(" · ".join(f"{status_name(s)}: {counts.get(s, 0)}" for s in STATUSES))

    def activate(self) -> QWidget:
        """The step is shown: the cursor on the first pupil; returns where typing goes."""
        if not self.grid.currentIndex().isValid() and self.model.rowCount():
            self.grid.setCurrentIndex(self.model.index(0))
        return self.grid
