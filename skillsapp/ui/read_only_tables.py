"""Read-only tables of the teacher's pages (Today, the dashboard): one look, one set-up."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def read_only_table(columns: int) -> QTableWidget:
    """Whole rows selected, no editing, Tab leaves the table, columns as wide as their text."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setProperty("readOnlyTable", True)  # its text size: resources/style/skillsapp.qss
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def set_row(table: QTableWidget, row: int, cells: tuple[object, ...], data: object = None) -> None:
    """Fill a row; numbers are centred; `data` (an id) rides on every cell's UserRole."""
    for column, value in enumerate(cells):
        item = QTableWidgetItem(str(value))
        if isinstance(value, int):
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
        if data is not None:
            item.setData(Qt.ItemDataRole.UserRole, data)
        table.setItem(row, column, item)


class FitOnce(QObject):
    """Columns as wide as their text and rows as tall as their wrapped text, measured once per
    fill (`fit()`) and the rows again when a stretched column's width changes.

    Qt's ResizeToContents measures every cell again at each layout pass, paint and close: on
    Today's 50-row table that was ~12 passes of 350 cells, a sixth of the first page's cost
    (issue 10). Sections the table has in ResizeToContents when this is made become
    Interactive and are measured by `fit()`; the row heights follow on the next turn of the
    event loop, once the layout has settled the stretched column's width (one measure, however
    many times the layout resized it)."""

    def __init__(self, table: QTableWidget) -> None:
        super().__init__(table)
        self._table = table
        header = table.horizontalHeader()
        self._measured = [
            column
            for column in range(table.columnCount())
            if header.sectionResizeMode(column) == QHeaderView.ResizeMode.ResizeToContents
        ]
        for column in self._measured:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.sectionResized.connect(self._resized)
        self._rows_due = False

    def fit(self) -> None:
        """After the table was filled (or its texts changed)."""
        for column in self._measured:
            self._table.resizeColumnToContents(column)
        self._fit_rows_soon()

    def _resized(self, column: int, _old: int, _new: int) -> None:
        if self._table.horizontalHeader().sectionResizeMode(column) == (
            QHeaderView.ResizeMode.Stretch
        ):
            self._fit_rows_soon()

    def _fit_rows_soon(self) -> None:
        if not self._rows_due:
            self._rows_due = True
            QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        self._rows_due = False
        self._table.resizeRowsToContents()
