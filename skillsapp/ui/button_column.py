"""A table column of push buttons drawn by one delegate instead of one widget per row.

Today's "Start lesson" column had a QPushButton in every row: fifty widgets, each polished by the
style sheet, laid out and painted, for a page every start shows first (issue 10: ~0.7 MB of the
idle memory and part of the first paint). Here the cells are ordinary items whose text is the
button's. One hidden button, a child of the view's viewport (so the style sheet's
`QAbstractItemView QPushButton` rules apply), is rendered into each cell; a click released on
the cell it was pressed on emits `clicked(row)`. The keyboard way stays the table's own: Enter
on a row.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QAbstractItemView, QPushButton, QStyledItemDelegate

if TYPE_CHECKING:  # types only: QStyle and the mouse event classes cost ~1.4 MB to load
    from PySide6.QtCore import QAbstractItemModel
    from PySide6.QtGui import QMouseEvent, QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

MARGIN = 3  # between the button and its cell's edges, left and right


class ButtonColumn(QStyledItemDelegate):
    clicked = Signal(int)  # the row whose button was clicked

    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(view)
        self._view = view
        self._template = QPushButton(view.viewport())
        self._template.hide()
        self._pressed: QPersistentModelIndex | None = None
        self._pictures: dict[tuple[str, int, int, bool], QPixmap] = {}
        view.setItemDelegateForColumn(column, self)
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)

    def set_text(self, text: str) -> None:
        """The text the column's buttons show (the cells carry it too): also the hidden
        template's own, so nothing in the page is a button without a name."""
        self._template.setText(text)
        self._pictures.clear()

    def _polished(self) -> QPushButton:
        """The template in the table's text size (its style sheet sets it, after this delegate
        was made): the size asked for and the size painted come from one font, or text is cut.
        Polished by hand: a hidden widget is never polished by the style sheet."""
        if self._template.font() != self._view.font():
            self._template.setFont(self._view.font())
        self._template.ensurePolished()
        return self._template

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """The template, given this cell's text and pressed state, rendered into the cell."""
        template = self._polished()
        template.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        pressed = self._pressed is not None and self._pressed == QPersistentModelIndex(index)
        template.setDown(pressed)
        rect = option.rect.adjusted(MARGIN, 1, -MARGIN, -1)
        key = (template.text(), rect.width(), rect.height(), pressed)
        picture = self._pictures.get(key)
        if picture is None:  # every row's button looks the same: drawn once, then copied
            template.resize(rect.size())
            picture = self._pictures[key] = template.grab()
        painter.drawPixmap(rect.topLeft(), picture)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        template = self._polished()
        template.setText(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        hint = template.sizeHint()
        return QSize(hint.width() + 2 * MARGIN, hint.height() + 2)

    def editorEvent(
        self,
        event: QEvent,
        model: QAbstractItemModel,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
            return False
        mouse = cast("QMouseEvent", event)  # a press or release: a mouse event
        if mouse.button() != Qt.MouseButton.LeftButton:
            return False
        if kind == QEvent.Type.MouseButtonPress:
            self._pressed = QPersistentModelIndex(index)
            self._view.viewport().update(option.rect)
            return False  # the view still selects the row
        hit = self._pressed == QPersistentModelIndex(index) and option.rect.contains(
            mouse.position().toPoint()
        )
        self._pressed = None
        self._view.viewport().update(option.rect)
        if hit:
            self.clicked.emit(index.row())
        return hit
