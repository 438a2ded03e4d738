"""The editor's form: one editing widget per field of the lesson's YAML data.

The form is built by walking the data (mappings, lists, strings, numbers), so every field a
lesson file has is editable the same way, in both languages, and a problem the checks report
for a field (`Problem.field`, e.g. `steps[2].minutes`) lands next to the widget of that field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from skillsapp.content.source import FieldPath, field_name

_EDITOR_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)


def _leaves_undo_to_the_editor(event: QEvent) -> bool:
    """Whether `event` asks for the widget's own undo or redo (or Ctrl+Y): the editor's undo
    stack does them, across fields, so the widget must not take the keys."""
    if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
        return False
    ctrl_y = event.key() == Qt.Key.Key_Y and event.modifiers() & Qt.KeyboardModifier.ControlModifier
    return bool(ctrl_y) or any(event.matches(key) for key in _EDITOR_KEYS)


class LineField(QLineEdit):
    """A one-line field whose undo is the editor's."""

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_the_editor(event):
            event.ignore()
            return False
        return super().event(event)


class TextField(QPlainTextEdit):
    """A multi-line field whose undo is the editor's."""

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_the_editor(event):
            event.ignore()
            return False
        return super().event(event)


FIXED = frozenset({"id", "band", "version"})  # set by the app: the id rule and the save's version
Edit = LineField | TextField


def leaves(data: Any, path: FieldPath = ()) -> list[tuple[FieldPath, Any]]:
    """Every text or number in the data with its path, in document order."""
    if isinstance(data, dict):
        found: list[tuple[FieldPath, Any]] = []
        for key, value in data.items():
            if not path and key in FIXED:
                continue
            found += leaves(value, (*path, str(key)))
        return found
    if isinstance(data, list):
        return [leaf for i, item in enumerate(data) for leaf in leaves(item, (*path, i))]
    if isinstance(data, bool) or data is None:
        return []
    return [(path, data)]


def get_at(data: Any, path: FieldPath) -> Any:
    for part in path:
        data = data[part]
    return data


def set_at(data: Any, path: FieldPath, value: Any) -> None:
    for part in path[:-1]:
        data = data[part]
    data[path[-1]] = value


def typed(old: Any, text: str) -> Any:
    """The widget's text as the field's type: a number field stays a number when it reads as one."""
    if isinstance(old, int) and not isinstance(old, bool):
        try:
            return int(text.strip())
        except ValueError:
            return text
    return text


def text_of(value: Any) -> str:
    return str(value)


class FieldForm(QWidget):
    """The form: a label, an editor and a problem line per field; `edited(path, text)` is called
    after each change the user makes."""

    def __init__(self, edited: Callable[[FieldPath, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._edited = edited
        self.edits: dict[str, Edit] = {}
        self.paths: dict[str, FieldPath] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quiet = False

    def build(self, data: dict[str, Any]) -> None:
        """(Re)build every row from the data."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self.edits.clear()
        self.paths.clear()
        self.problem_labels.clear()
        for path, value in leaves(data):
            name = field_name(path)
            edit = self._editor(path, value)
            edit.setObjectName(f"field:{name}")
            edit.setAccessibleName(name)
            problem = QLabel()
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            box = QWidget()
            from PySide6.QtWidgets import QVBoxLayout

            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(edit)
            column.addWidget(problem)
            self._layout.addRow(name, box)
            self.edits[name], self.paths[name], self.problem_labels[name] = edit, path, problem

    def _editor(self, path: FieldPath, value: Any) -> Edit:
        text = text_of(value)
        edit: Edit
        if "\n" in text.strip() or len(text) > 90:
            edit = TextField(text)
            edit.setUndoRedoEnabled(False)
            edit.setTabChangesFocus(True)
            lines = text.count("\n") + 1 + len(text) // 90
            edit.setFixedHeight(min(180, 20 * lines + 18))  # the text's height, no empty box
            edit.textChanged.connect(lambda e=edit, p=path: self._changed(p, e.toPlainText()))
        else:
            edit = LineField(text)
            edit.textEdited.connect(lambda t, p=path: self._changed(p, t))
        return edit

    def _changed(self, path: FieldPath, text: str) -> None:
        if not self.quiet:
            self._edited(path, text)

    def show_text(self, path: FieldPath, text: str) -> None:
        """Put a value back into its widget (undo, redo) without it counting as an edit."""
        edit = self.edits.get(field_name(path))
        if edit is None:
            return
        self.quiet = True
        try:
            if isinstance(edit, QLineEdit):
                if edit.text() != text:
                    edit.setText(text)
            elif edit.toPlainText() != text:
                edit.setPlainText(text)
        finally:
            self.quiet = False

    def widget_for(self, field: str) -> str | None:
        """The field name of the widget that shows a problem of `field`: the field itself, else
        the first field inside it (a problem of `steps` shows at the first step's field)."""
        if field in self.edits:
            return field
        for name in self.edits:
            if name.startswith(field) and name[len(field) : len(field) + 1] in (".", "["):
                return name
        return None

    def show_problems(self, by_field: dict[str, list[str]]) -> None:
        for name, label in self.problem_labels.items():
            messages = by_field.get(name, [])
            label.setText("\n".join(messages))
            label.setVisible(bool(messages))
            self.edits[name].setStyleSheet("border: 1px solid #b00020;" if messages else "")

    def focus(self, name: str) -> None:
        edit = self.edits.get(name)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
