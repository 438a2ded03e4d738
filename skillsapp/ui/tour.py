"""The first-start tour (issue 21): five short steps over the real window, each on the page it
talks about, skippable at any step and replayed from Settings.

A panel inside the main window, not a dialog: the teacher can look at (and click) the page it
points at, and nothing modal stands between a new user and the app. Whether it was seen is the
person's (config.tour_done), not the school database's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from skillsapp.config import update_config

# (page shown, title, text) for each step, in order.
STEPS = (
    (
        "today",
        QT_TRANSLATE_NOOP("Tour", "Today: what to teach next"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Each class with its next lesson. Press Start lesson on your class's row to begin.",
        ),
    ),
    (
        "session",
        QT_TRANSLATE_NOOP("Tour", "A lesson in five steps"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Class and lesson, attendance, present, quiz, review and save. Move on with Next; "
            "Ctrl+S saves the session.",
        ),
    ),
    (
        "curriculum",
        QT_TRANSLATE_NOOP("Tour", "Every lesson, ready to print"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Read a lesson before class, present it, and print its pupil handout, family note "
            "and materials.",
        ),
    ),
    (
        "sync",
        QT_TRANSLATE_NOOP("Tour", "Send your lessons to the school"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Data goes from computer to computer as a package on a USB stick, never over the "
            "internet. The school leader makes the reports from them.",
        ),
    ),
    (
        "today",
        QT_TRANSLATE_NOOP("Tour", "Help on every page"),
        QT_TRANSLATE_NOOP(
            "Tour",
            "Press F1, or the Help button at the bottom left, for the guide to the page on "
            "screen. You can see this tour again in Settings.",
        ),
    ),
)


class TourPanel(QFrame):
    """One step at a time in a box at the bottom right of the window."""

    def __init__(self, show_page: Callable[[str], object], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._show_page = show_page
        self.step = 0
        self.counter = QLabel()
        self.heading = QLabel()
        self.heading.setObjectName("tourHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.skip_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.step - 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setFixedWidth(400)

    def go(self, step: int) -> None:
        """Show STEP (0-based) on its page."""
        self.step = max(0, min(step, len(STEPS) - 1))
        page_id = STEPS[self.step][0]
        self._show_page(page_id)
        self.retranslate()
        self.show()
        self.place()
        self.raise_()
        self.next_button.setFocus()

    def retranslate(self) -> None:
        _page, title, text = STEPS[self.step]
        last = self.step == len(STEPS) - 1
        self.counter.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.step + 1))
            .replace("%2", str(len(STEPS)))
        )
        self.heading.setText(QCoreApplication.translate("Tour", title))
        self.text.setText(QCoreApplication.translate("Tour", text))
        self.skip_button.setText(self.tr("Skip the tour"))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next ›"))

    def place(self) -> None:
        """Bottom right of the window, above the status bar, clear of the page's own buttons."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(parent.width() - self.width() - 24, parent.height() - self.height() - 90)

    def finish(self) -> None:
        """Skipped or done: hide, and do not show it by itself again."""
        self.hide()
        update_config(tour_done=True)

    def _next(self) -> None:
        if self.step == len(STEPS) - 1:
            self.finish()
        else:
            self.go(self.step + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
            return
        super().keyPressEvent(event)
