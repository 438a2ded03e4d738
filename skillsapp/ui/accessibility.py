"""Names for every control a screen reader (and keyboard user) reaches, taken from what is shown.

Pages lay out their fields with labels beside them; Qt does not link the two unless told. This
pass, run by the main window on each page once built and again after a language switch, links
what the page already shows to the control it names, so names stay true to the visible text:

- a form row's label becomes its field's buddy (the label text is the name, Alt+letter works);
- a label just before a control in a box layout, or left of it in a grid, names it;
- a line edit with a placeholder and nothing else is named by the placeholder;
- a control that is the only one of its kind in a group box is named by the group's title;
- a widget inside a table cell is named by its row and column headings;
- a table's "select all" corner button is named as such.

A name set explicitly with setAccessibleName is never overwritten (the pass marks its own).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QTextEdit, QPlainTextEdit)
_AUTO = "skillsappAutoName"


def _set_name(widget: QWidget, name: str) -> None:
    """Name `widget` unless someone named it on purpose (or the text is empty)."""
    name = name.replace("&", "").strip().rstrip(":").strip()
    if not name:
        return
    if widget.accessibleName() and not widget.property(_AUTO):
        return
    widget.setAccessibleName(name)
    widget.setProperty(_AUTO, True)


def _first_field(item_widget: QWidget | None, item_layout: QLayout | None) -> QWidget | None:
    if isinstance(item_widget, FIELDS):
        return item_widget
    if item_layout is not None:
        for index in range(item_layout.count()):
            inner = item_layout.itemAt(index)
            found = _first_field(inner.widget(), inner.layout())
            if found is not None:
                return found
    return None


def _link_forms(root: QWidget) -> None:
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item is None or field_item is None:
                continue
            label = label_item.widget()
            field = _first_field(field_item.widget(), field_item.layout())
            if isinstance(label, QLabel) and field is not None and label.buddy() is None:
                label.setBuddy(field)


def _link_boxes(root: QWidget) -> None:
    for box in root.findChildren(QBoxLayout):
        previous: QWidget | None = None
        for index in range(box.count()):
            widget = box.itemAt(index).widget()
            if (
                isinstance(previous, QLabel)
                and isinstance(widget, FIELDS)
                and previous.buddy() is None
                and previous.text().strip()
            ):
                previous.setBuddy(widget)
            previous = widget


def _link_grids(root: QWidget) -> None:
    """A label with a control in the cell to its right names that control."""
    for grid in root.findChildren(QGridLayout):
        for index in range(grid.count()):
            label = grid.itemAt(index).widget()
            if not isinstance(label, QLabel) or label.buddy() is not None or not label.text():
                continue
            row, column, _rows, columns = grid.getItemPosition(index)
            right = grid.itemAtPosition(row, column + columns)
            if right is not None and isinstance(right.widget(), FIELDS):
                label.setBuddy(right.widget())


def _labelled(root: QWidget) -> set[int]:
    return {id(label.buddy()) for label in root.findChildren(QLabel) if label.buddy() is not None}


def _name_from_context(root: QWidget) -> None:
    labelled = _labelled(root)

    def unnamed(widget: QWidget) -> bool:
        return id(widget) not in labelled and (
            not widget.accessibleName() or bool(widget.property(_AUTO))
        )

    for table in root.findChildren(QTableWidget):
        for row in range(table.rowCount()):
            for column in range(table.columnCount()):
                cell = table.cellWidget(row, column)
                if cell is None:
                    continue
                row_head = table.verticalHeaderItem(row)
                first = table.item(row, 0)
                column_head = table.horizontalHeaderItem(column)
                parts = [
                    part.text()
                    for part in (row_head or first, column_head)
                    if part is not None and part.text().strip()
                ]
                for widget in [cell, *cell.findChildren(QWidget)]:
                    has_text = isinstance(widget, QAbstractButton) and widget.text().strip()
                    control = isinstance(widget, (*FIELDS, QAbstractButton))
                    if control and not has_text and unnamed(widget):
                        _set_name(widget, " — ".join(parts))
    for line in root.findChildren(QLineEdit):
        if unnamed(line) and line.placeholderText().strip():
            _set_name(line, line.placeholderText())
    for group in root.findChildren(QGroupBox):
        by_kind: dict[type, list[QWidget]] = {}
        for widget in group.findChildren(QWidget):
            if isinstance(widget, FIELDS) and not isinstance(widget.parentWidget(), FIELDS):
                by_kind.setdefault(type(widget), []).append(widget)
        for widgets in by_kind.values():
            if len(widgets) == 1 and unnamed(widgets[0]):
                _set_name(widgets[0], group.title())
    for view in root.findChildren(QAbstractItemView):
        for button in view.findChildren(QAbstractButton, "qt_tableview_cornerbutton"):
            _set_name(button, QCoreApplication.translate("Accessibility", "Select all"))


def name_controls(root: QWidget) -> None:
    """Link labels to their controls and name the rest from their context (see module doc)."""
    _link_forms(root)
    _link_boxes(root)
    _link_grids(root)
    _name_from_context(root)
