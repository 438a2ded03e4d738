"""The presentation's keys, in one list: the "?" overlay, the on-screen hint and the handler
all read it, so what is shown is what works. A wireless presenter sends Page Up / Page Down
(some send "." or B for the black screen), so those do the same as the arrows and B.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
BLACK_KEYS = {Qt.Key.Key_B, Qt.Key.Key_Period}
HELP_KEYS = {Qt.Key.Key_Question, Qt.Key.Key_F1}


def key_rows(*, script_window: bool) -> list[tuple[str, str]]:
    """(keys, what they do), in the order the overlay lists them."""
    rows = [
        (
            QCoreApplication.translate("PresenterKeys", "→ ↓ Page Down Space"),
            QCoreApplication.translate("PresenterKeys", "next slide"),
        ),
        (
            QCoreApplication.translate("PresenterKeys", "← ↑ Page Up"),
            QCoreApplication.translate("PresenterKeys", "previous slide"),
        ),
        (
            QCoreApplication.translate("PresenterKeys", "Home / End"),
            QCoreApplication.translate("PresenterKeys", "first / last slide"),
        ),
        (
            QCoreApplication.translate("PresenterKeys", "B or ."),
            QCoreApplication.translate("PresenterKeys", "black screen (press again to return)"),
        ),
        (
            QCoreApplication.translate("PresenterKeys", "P"),
            QCoreApplication.translate("PresenterKeys", "pause or restart the step timer"),
        ),
    ]
    if script_window:
        rows.append(
            (
                QCoreApplication.translate("PresenterKeys", "S"),
                QCoreApplication.translate(
                    "PresenterKeys", "open the script in a separate window (not on the slide)"
                ),
            )
        )
    rows += [
        (
            QCoreApplication.translate("PresenterKeys", "? or F1"),
            QCoreApplication.translate("PresenterKeys", "show or hide this list"),
        ),
        (
            QCoreApplication.translate("PresenterKeys", "Esc"),
            QCoreApplication.translate("PresenterKeys", "end"),
        ),
    ]
    return rows


def short_hint(*, script_window: bool) -> str:
    """The one line of keys always on the teacher's screen."""
    if script_window:
        return QCoreApplication.translate(
            "PresenterKeys",
            "→ / Page Down: next · ← / Page Up: back · B: black · S: script · ?: keys · Esc: end",
        )
    return QCoreApplication.translate(
        "PresenterKeys",
        "→ / Page Down: next · ← / Page Up: back · B: black · P: timer · ?: keys · Esc: end",
    )


class KeysOverlay(QWidget):
    """The "?" list of keys, drawn over its window on a dark veil until ? or Esc again."""

    def __init__(self, parent: QWidget, *, script_window: bool) -> None:
        super().__init__(parent)
        self.setObjectName("keysOverlay")
        self.script_window = script_window
        self.title = QLabel()
        self.title.setObjectName("keysTitle")
        self.body = QLabel()
        self.body.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(80, 60, 80, 60)
        layout.addStretch(1)
        layout.addWidget(self.title, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(1)
        self.setStyleSheet(
            "QLabel { color: white; font-size: 22px; }"
            "QLabel#keysTitle { font-size: 30px; font-weight: bold; }"
        )
        self.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("PresenterKeys", "Keys"))
        rows = "".join(
            f"<tr><td align='right'><b>{keys}</b></td><td>&nbsp;&nbsp;{what}</td></tr>"
            for keys, what in key_rows(script_window=self.script_window)
        )
        self.body.setText(f"<table cellpadding='6'>{rows}</table>")

    def text(self) -> str:
        return " ".join(
            f"{keys} {what}" for keys, what in key_rows(script_window=self.script_window)
        )

    def toggle(self) -> None:
        if self.isHidden():
            self.setGeometry(self.parentWidget().rect())
            self.raise_()
            self.show()
        else:
            self.hide()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor(0, 0, 0, 220))
        painter.end()
