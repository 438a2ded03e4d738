"""A table column of push buttons drawn by one delegate instead of one widget per row.

Today's "Start lesson" column had a QPushButton in every row: fifty widgets, each polished by the
style sheet, laid out and painted, for a page every start shows first (issue 10: ~0.7 MB of the
idle memory and part of the first paint). Here the cells are ordinary items whose text is the
button's; one hidden button, a child of the view's viewport, lends the style sheet's look (so
the `QAbstractItemView QPushButton` rules apply), and a click released on the cell it was
pressed on emits `clicked(row)`. The keyboard way stays the table's own: Enter on a row.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QMouseEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionButton,
    QStyleOptionViewItem,
)

MARGIN = 3  # between the button and its cell's edges, left and right


class ButtonColumn(QStyledItemDelegate):
    clicked = Signal(int)  # the row whose button was clicked

    def __init__(self, view: QAbstractItemView, column: int) -> None:
        super().__init__(view)
        self._view = view
        self._template = QPushButton(view.viewport())
        self._template.hide()
        self._pressed: QPersistentModelIndex | None = None
        view.setItemDelegateForColumn(column, self)
        view.viewport().setAttribute(Qt.WidgetAttribute.WA_Hover)

    def set_text(self, text: str) -> None:
        """The text the column's buttons show (the cells carry it too): also the hidden
        template's own, so nothing in the page is a button without a name."""
        self._template.setText(text)

    def _polished(self) -> QPushButton:
        """The template in the table's text size (its style sheet sets it, after this delegate
        was made): the size asked for and the size painted come from one font, or text is cut.
        Polished by hand: a hidden widget is never polished by the style sheet."""
        if self._template.font() != self._view.font():
            self._template.setFont(self._view.font())
        self._template.ensurePolished()
        return self._template

    def _button(self, option: QStyleOptionViewItem, index: QModelIndex) -> QStyleOptionButton:
        self._polished()
        button = QStyleOptionButton()
        button.initFrom(self._template)
        button.rect = option.rect.adjusted(MARGIN, 1, -MARGIN, -1)
        button.text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        state = QStyle.StateFlag.State_Enabled | QStyle.StateFlag.State_Raised
        if option.state & QStyle.StateFlag.State_MouseOver:
            state |= QStyle.StateFlag.State_MouseOver
        if self._pressed is not None and self._pressed == QPersistentModelIndex(index):
            state |= QStyle.StateFlag.State_Sunken
        button.state = state
        return button

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        button = self._button(option, QModelIndex(index))
        painter.save()
        painter.setFont(self._template.font())
        self._template.style().drawControl(
            QStyle.ControlElement.CE_PushButton, button, painter, self._template
        )
        painter.restore()

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
        if not isinstance(event, QMouseEvent) or event.button() != Qt.MouseButton.LeftButton:
            return False
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = QPersistentModelIndex(index)
            self._view.viewport().update(option.rect)
            return False  # the view still selects the row
        if event.type() == QEvent.Type.MouseButtonRelease:
            hit = self._pressed == QPersistentModelIndex(index) and option.rect.contains(
                event.position().toPoint()
            )
            self._pressed = None
            self._view.viewport().update(option.rect)
            if hit:
                self.clicked.emit(index.row())
                return True
        return False
