"""The "present" step: the lesson's slides in large type, one at a time, and the projector view.

The slides show here as a preview the teacher can step through (arrows, Page Up/Down, Space);
"Present" (F5) opens the presentation mode on the projector when that module is installed,
from the slide shown here; the preview then follows the presentation slide by slide.
Slides are rendered only when the step is first shown, so choosing a lesson stays instant.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from skillsapp.ui.context import AppContext
from skillsapp.ui.reasons import allow

if TYPE_CHECKING:
    from skillsapp.content import Lesson

PRESENTATION_MODULE = "skillsapp.ui.presentation"
NEXT_KEYS = (Qt.Key.Key_Right, Qt.Key.Key_PageDown, Qt.Key.Key_Space, Qt.Key.Key_Down)
PREVIOUS_KEYS = (Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace, Qt.Key.Key_Up)


def presentation_available() -> bool:
    return importlib.util.find_spec(PRESENTATION_MODULE) is not None


class PresentStep(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._lesson: Lesson | None = None
        self._slides: list[str] = []
        self._index = 0
        self._projector: QWidget | None = None
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.installEventFilter(self)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.counter = QLabel()
        self.present_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.go(self._index - 1))
        self.next_button.clicked.connect(lambda: self.go(self._index + 1))
        self.present_button.clicked.connect(self.present)
        self.present_action = QAction(self)
        self.present_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.present_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # while shown
        self.present_action.triggered.connect(self.present)
        self.addAction(self.present_action)
        row = QHBoxLayout()
        row.addWidget(self.previous_button)
        row.addWidget(self.counter)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.present_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addLayout(row)
        self.retranslate()

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("‹ Previous slide"))
        self.browser.setAccessibleName(self.tr("Slide preview"))
        self.next_button.setText(self.tr("Next slide ›"))
        self.present_button.setText(self.tr("Present on the projector (F5)"))
        self._slides = []  # the language may have changed: render again when shown

    def set_lesson(self, lesson: Lesson | None) -> None:
        if lesson is not self._lesson:
            self._lesson = lesson
            self._slides = []
            self._index = 0

    def activate(self) -> QWidget:
        """The step became visible: render the slides (once per lesson and language)."""
        self.present_button.setVisible(presentation_available())
        if not self._slides and self._lesson is not None:
            from skillsapp.content.render import render_slides

            self._slides = render_slides(self._lesson, self.ctx.kit, self.ctx.language)
        self.go(self._index)
        return self.browser

    def go(self, index: int) -> None:
        if not self._slides:
            self.browser.clear()
            self.counter.clear()
            return
        self._index = max(0, min(index, len(self._slides) - 1))
        self.browser.setHtml(self._slides[self._index])
        self.counter.setText(
            self.tr("Slide %1 of %2")
            .replace("%1", str(self._index + 1))
            .replace("%2", str(len(self._slides)))
        )
        allow(self.previous_button, self._index > 0, self.tr("This is the first slide."))
        allow(
            self.next_button,
            self._index < len(self._slides) - 1,
            self.tr("This is the last slide: “Next ›” below goes on to the quiz."),
        )

    @property
    def index(self) -> int:
        return self._index

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.browser
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and not event.modifiers()
        ):
            step = 1 if event.key() in NEXT_KEYS else -1 if event.key() in PREVIOUS_KEYS else 0
            if step:
                self.go(self._index + step)
                return True
        return super().eventFilter(watched, event)

    def present(self) -> None:
        """Open the presentation mode (full screen, second screen when there is one)."""
        if self._lesson is None or not presentation_available():
            return
        module = importlib.import_module(PRESENTATION_MODULE)
        self._projector = module.open_presentation(
            self.ctx, self._lesson, self.window(), start=self._index
        )
        # The preview follows the presentation, so it ends where the class ended (7/7).
        self._projector.controller.on_change.append(self._follow)
        if not self._projector.isVisible():
            self._projector.show()

    def _follow(self, index: int) -> None:
        if self._slides:
            self.go(index)
