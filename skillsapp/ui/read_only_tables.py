"""Read-only tables of the teacher's pages (Today, the dashboard): one look, one set-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


def read_only_table(columns: int) -> QTableWidget:
    """Whole rows selected, no editing, Tab leaves the table, columns as wide as their text."""
    table = QTableWidget(0, columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)
    table.setStyleSheet("QTableWidget { font-size: 14px; }")
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
