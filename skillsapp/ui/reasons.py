"""Every greyed-out control says why, and the page says what to do next (issue 15 item 5).

A teacher who meets a disabled button cannot ask it anything; without a reason she assumes the
app is broken. So a control is never disabled bare: `allow()` sets its tooltip to the reason
while it is disabled (and back to its usual tooltip when enabled), and a page that is blocked on
something the teacher must do first (make a class, add a key card, make a backup) shows a
`WayForward` line with the way out. tests/gui/test_disabled_reasons.py walks every page in those
states and fails on a disabled control without a reason.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QWidget


def allow(control: QWidget | QAction, enabled: bool, why: str, tip: str = "") -> None:
    """Enable `control`, or disable it with `why` as its tooltip; `tip` is its enabled tooltip."""
    control.setEnabled(enabled)
    control.setToolTip(tip if enabled else why)


class WayForward(QLabel):
    """One line on the page with the next thing to do; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("wayForward")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.hide()

    def say(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))
