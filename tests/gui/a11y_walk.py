"""Walk a widget tree for interactive widgets a screen reader (or a teacher) cannot name.

Shared by the accessibility test and the text-fit test. A widget is named when it has an
accessible name, visible text of its own (a button's text), or a label whose buddy it is
(QFormLayout rows made from a string set that buddy).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTabBar,
    QTextEdit,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QSlider,
)
# Parts Qt builds inside a compound widget; the compound widget carries the name.
INNER_OF = (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QLineEdit)


def _is_inner(widget: QWidget) -> bool:
    if isinstance(widget, QHeaderView):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, INNER_OF):
            return True
        # the corner button of a table, the scroll buttons of a scroll bar
        if isinstance(parent, QAbstractItemView) and isinstance(widget, QAbstractButton):
            return widget.objectName() == "" and widget.parentWidget() is parent
        parent = parent.parentWidget()
    return False


def buddies(root: QWidget) -> set[int]:
    """Ids of widgets some label names (its buddy)."""
    named = set()
    for label in root.findChildren(QLabel):
        buddy = label.buddy()
        if buddy is not None and label.text().strip():
            named.add(id(buddy))
    return named


def describe(widget: QWidget) -> str:
    parent = widget.parentWidget()
    chain = []
    while parent is not None and len(chain) < 3:
        chain.append(f"{type(parent).__name__}({parent.objectName()})")
        parent = parent.parentWidget()
    return f"{type(widget).__name__}({widget.objectName()}) in {' < '.join(chain)}"


def unnamed_interactive(root: QWidget) -> list[str]:
    """Every interactive widget under `root` with no name a screen reader could read."""
    labelled = buddies(root.window())
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or _is_inner(widget):
            continue
        if widget.accessibleName().strip() or id(widget) in labelled:
            continue
        if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
            continue
        missing.append(describe(widget))
    return missing
