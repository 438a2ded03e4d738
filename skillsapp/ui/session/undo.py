"""Undo for the session page: every mark, answer and count is one command on a QUndoStack.

A command only knows how to apply a value (a small function the widget gives it) and the value
before and after, so one class serves attendance, answers and tallies alike.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any

from PySide6.QtGui import QUndoCommand

# Consecutive changes to the same tally counter merge into one undo step: typing "38" or
# pressing + ten times is undone with one Ctrl+Z.
MERGE_TALLY = 1


class ChangeCommand(QUndoCommand):
    def __init__(
        self,
        text: str,
        apply: Callable[[Any], None],
        old: Any,
        new: Any,
        *,
        merge: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.old = old
        self.new = new
        self._merge = merge

    def redo(self) -> None:
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def id(self) -> int:
        return MERGE_TALLY if self._merge is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, ChangeCommand) or other._merge != self._merge:
            return False
        self.new = other.new
        return True
