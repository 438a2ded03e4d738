"""The editor's form: one editing widget per field of the lesson's YAML data.

The form is built by walking the data (mappings, lists, strings, numbers), so every field a
lesson file has is editable the same way, in both languages, and a problem the checks report
for a field (`Problem.field`, e.g. `steps[2].minutes`) lands next to the widget of that field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QPainter, QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content.model import MATERIAL_KINDS, STEP_KINDS
from skillsapp.content.source import FieldPath, field_name
from skillsapp.domain.scoring import ITEM_TYPES
from skillsapp.ui.editor.labels import (
    field_label,
    item_type_name,
    material_kind_name,
    step_kind_name,
)

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
    """A multi-line field whose undo is the editor's, as tall as its wrapped text (up to
    MAX_TEXT_HEIGHT, then it scrolls): no empty box, no script cut to two lines."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.textChanged.connect(self._fit)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()  # a new width wraps the text anew

    def _fit(self) -> None:
        """The height of the text wrapped at the box's width (measured, since the text layout
        lays out only what is on screen)."""
        margin = int(self.document().documentMargin())
        width = self.viewport().width() - 2 * margin
        if width <= 0:
            return
        wrap = Qt.TextFlag.TextWordWrap
        text = self.toPlainText() or " "
        high = self.fontMetrics().boundingRect(QRect(0, 0, width, 1 << 20), wrap, text).height()
        least = 2 * self.fontMetrics().lineSpacing()
        height = max(high, least) + 2 * (margin + self.frameWidth()) + 4
        self.setFixedHeight(min(MAX_TEXT_HEIGHT, height))

    def event(self, event: QEvent) -> bool:
        if _leaves_undo_to_the_editor(event):
            event.ignore()
            return False
        return super().event(event)


class ChoiceField(QComboBox):
    """A field with a fixed set of values (a step's kind, true or false): each value shown by
    its name, the value itself kept as the item's data."""

    def __init__(self, choices: list[tuple[str, str]], value: str) -> None:
        super().__init__()
        for data, shown in choices:
            self.addItem(shown, data)
        self.setCurrentIndex(max(0, self.findData(value)))

    def value(self) -> str:
        return str(self.currentData())

    def show_value(self, value: str) -> None:
        index = self.findData(value)
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)


MAX_TEXT_HEIGHT = 240  # about 12 lines of a script
PICTURE_SIZE = 28
LABEL_WIDTH = 190  # "Câu hỏi 7 — phương án 3 (tiếng Anh)" on at most two lines
FIXED = frozenset({"id", "band", "version"})  # set by the app: the id rule and the save's version
Edit = LineField | TextField | ChoiceField


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
    if data is None:
        return []  # a `why` of a right option: nothing to write
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
    """The widget's text as the field's type: a number field stays a number when it reads as
    one, a true/false field is true or false."""
    if isinstance(old, bool):
        return text == "true"
    if isinstance(old, int):
        try:
            return int(text.strip())
        except ValueError:
            return text
    return text


def text_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _counts_from_one(path: FieldPath, value: Any) -> bool:
    """Whether a field is a number of an option or a group: 0-based in the file, but the teacher
    counts "option 1, option 2" as the form labels them."""
    if not isinstance(value, int) or isinstance(value, bool):
        return False
    named = [part for part in path if isinstance(part, str)]
    return bool(named) and named[-1] in ("answer", "category")


def shown_text(path: FieldPath, value: Any) -> str:
    """A field's value as its widget shows it."""
    return str(value + 1) if _counts_from_one(path, value) else text_of(value)


def value_from(path: FieldPath, old: Any, text: str) -> Any:
    """The value a widget's text stands for, of the old value's type."""
    new = typed(old, text)
    return new - 1 if _counts_from_one(path, old) and isinstance(new, int) else new


class FieldForm(QWidget):
    """The form: a label, an editor and a problem line per field; `edited(path, text)` is called
    after each change the user makes."""

    def __init__(self, edited: Callable[[FieldPath, str], None], parent: QWidget | None = None):
        super().__init__(parent)
        self._edited = edited
        self.edits: dict[str, Edit] = {}
        self.paths: dict[str, FieldPath] = {}
        self.problem_labels: dict[str, QLabel] = {}
        self.labels: dict[str, QLabel] = {}  # each field's name, as the teacher reads it
        self.pictures: dict[str, QLabel] = {}  # a picture field's pictures
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.quiet = False
        self.lang = "vi"  # the language the kinds and types are named in (the editor's)

    def build(self, data: dict[str, Any]) -> None:
        """(Re)build every row from the data."""
        while self._layout.rowCount():
            # deleted later, not now: the rebuild may run inside a key event of one of them
            row = self._layout.takeRow(0)
            for item in (row.labelItem, row.fieldItem):
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self.edits.clear()
        self.paths.clear()
        self.problem_labels.clear()
        self.labels.clear()
        self.pictures.clear()
        for path, value in leaves(data):
            name = field_name(path)
            label = QLabel(field_label(name))
            label.setWordWrap(True)
            label.setFixedWidth(LABEL_WIDTH)
            edit = self._editor(path, value)
            edit.setObjectName(f"field:{name}")
            edit.setAccessibleName(label.text())
            label.setBuddy(edit)
            problem = QLabel()
            problem.setWordWrap(True)
            problem.setStyleSheet("color: #b00020;")
            problem.hide()
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addLayout(self._with_picture(name, path, edit))
            column.addWidget(problem)
            self._layout.addRow(label, box)
            self.edits[name], self.paths[name], self.problem_labels[name] = edit, path, problem
            self.labels[name] = label

    def _with_picture(self, name: str, path: FieldPath, edit: Edit) -> QHBoxLayout:
        """The field's widget; a picture field also shows the kit's picture of its emoji (a
        computer without an emoji font shows a box in the text field)."""
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        if path[-1] == "picture" and isinstance(edit, QLineEdit):
            shown = QLabel()
            shown.setFixedHeight(PICTURE_SIZE)
            row.addWidget(shown)
            self.pictures[name] = shown
            _show_pictures(shown, edit.text())
            edit.textChanged.connect(lambda text, label=shown: _show_pictures(label, text))
        return row

    def _editor(self, path: FieldPath, value: Any) -> Edit:
        text = shown_text(path, value)
        choices = self._choices(path, value)
        edit: Edit
        if choices:
            edit = ChoiceField(choices, text)
            # another type of question or kind of material has other fields: it is fixed
            edit.setEnabled(path[-1] not in ("type", "kind") or path[0] == "steps")
            if path[-1] == "type":
                edit.setToolTip(self.tr("To ask another type of question, add a new one"))
            edit.activated.connect(lambda _i, e=edit, p=path: self._changed(p, e.value()))
        elif "\n" in text.strip() or len(text) > 90:
            edit = TextField(text)
            edit.setUndoRedoEnabled(False)
            edit.setTabChangesFocus(True)
            edit.textChanged.connect(lambda e=edit, p=path: self._changed(p, e.toPlainText()))
        else:
            edit = LineField(text)
            edit.setCursorPosition(0)  # the start of a long text shows, not its end
            edit.textEdited.connect(lambda t, p=path: self._changed(p, t))
        return edit

    def _choices(self, path: FieldPath, value: Any) -> list[tuple[str, str]]:
        """The values a field may take, named, when it has a fixed set; else none."""
        if isinstance(value, bool):
            return [("true", self.tr("True")), ("false", self.tr("False"))]
        if len(path) == 3 and path[0] == "steps" and path[2] == "kind":
            return [(kind, step_kind_name(kind, self.lang)) for kind in STEP_KINDS]
        if len(path) == 3 and path[0] == "quiz" and path[2] == "type":
            return [(kind, item_type_name(kind, self.lang)) for kind in ITEM_TYPES]
        if len(path) == 3 and path[0] == "materials" and path[2] == "kind":
            return [(kind, material_kind_name(kind)) for kind in MATERIAL_KINDS]
        return []

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
            if isinstance(edit, ChoiceField):
                edit.show_value(text)
            elif isinstance(edit, QLineEdit):
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

    def focus(self, name: str, at_end: bool = False) -> QWidget | None:
        """Put the cursor in a field (at the end of its text with `at_end`); returns its widget
        (for the caller to scroll to)."""
        edit = self.edits.get(name)
        if edit is not None:
            edit.setFocus(Qt.FocusReason.OtherFocusReason)
            if at_end and isinstance(edit, QLineEdit):
                edit.end(False)
        return edit

    def focused_name(self) -> str:
        """The field the cursor is in, or ""."""
        return next((name for name, edit in self.edits.items() if edit.hasFocus()), "")


def _show_pictures(label: QLabel, text: str) -> None:
    """The bundled pictures of the emoji in `text`, side by side (none for an unknown one)."""
    from skillsapp.content.pictures import emoji_in, picture_path

    paths = [path for path in map(picture_path, emoji_in(text)) if path is not None]
    if not paths:
        label.clear()
        label.setFixedWidth(0)
        return
    strip = QPixmap(PICTURE_SIZE * len(paths), PICTURE_SIZE)
    strip.fill(Qt.GlobalColor.transparent)
    painter = QPainter(strip)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for index, path in enumerate(paths):
        size = PICTURE_SIZE
        painter.drawPixmap(index * size, 0, size, size, QPixmap(str(path)))
    painter.end()
    label.setFixedWidth(strip.width())
    label.setPixmap(strip)
