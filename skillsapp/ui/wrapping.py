"""Tree rows that wrap a long title onto more lines instead of cutting it with "…".

QTreeView paints wrapped text when word wrap is on but sizes its rows as one line; this
delegate gives each row the height its wrapped text needs at the column's current width.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeView

TEXT_MARGIN = 8  # the item's text margins, both sides
ROW_PADDING = 8  # above and below the text (the page's stylesheet pads items 3 px)


class WrappingDelegate(QStyledItemDelegate):
    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self._tree = tree
        tree.setWordWrap(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        # Rows are measured again when the tree's width changes (its one column follows it).
        # Watching the tree itself, not tree.header(): a header Qt made in C++ is reached through
        # shiboken's address map, which once handed back a stale QWidgetItem wrapper at that
        # address (a flaky AttributeError in the language test); the tree is ours.
        tree.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tree and event.type() == QEvent.Type.Resize:
            self._tree.scheduleDelayedItemsLayout()
        return False

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        hint = super().sizeHint(option, index)
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return hint
        depth = 0
        parent = index.parent()
        while parent.isValid():
            depth += 1
            parent = parent.parent()
        indent = self._tree.indentation() * (depth + (1 if self._tree.rootIsDecorated() else 0))
        width = self._tree.columnWidth(index.column()) - indent - TEXT_MARGIN
        font = index.data(Qt.ItemDataRole.FontRole)
        metrics = QFontMetrics(font if isinstance(font, QFont) else option.font)
        if width <= 0:
            return hint
        bounds = metrics.boundingRect(QRect(0, 0, width, 100000), Qt.TextFlag.TextWordWrap, text)
        return QSize(hint.width(), max(hint.height(), bounds.height() + ROW_PADDING))
