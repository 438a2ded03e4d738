"""Undo and redo of the editor's changes (QUndoStack commands).

Typing in one field merges into one command (as a text editor does: Ctrl+Z undoes the word
run, not each letter); a change of shape (a step or quiz item added, removed or moved) keeps
the whole data before and after, since it renumbers the fields after it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from skillsapp.content.source import FieldPath

_FIELD_ID = 1


class SetField(QUndoCommand):
    """One field's value changed."""

    def __init__(self, editor: Any, path: FieldPath, old: Any, new: Any) -> None:
        super().__init__()
        self.editor, self.path, self.old, self.new = editor, path, old, new

    def id(self) -> int:
        return _FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField) or other.path != self.path:
            return False
        if not self.editor.typing_run:  # a pause (the checks ran) ends the run
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        self.editor.apply_field(self.path, self.new)

    def undo(self) -> None:
        self.editor.apply_field(self.path, self.old)


class Reshape(QUndoCommand):
    """A change of shape: the whole data before and after."""

    def __init__(self, editor: Any, change: Callable[[dict[str, Any]], None]) -> None:
        super().__init__()
        self.editor = editor
        self.before = copy.deepcopy(editor.data)
        after = copy.deepcopy(editor.data)
        change(after)
        self.after = after

    def redo(self) -> None:
        self.editor.apply_data(copy.deepcopy(self.after))

    def undo(self) -> None:
        self.editor.apply_data(copy.deepcopy(self.before))
