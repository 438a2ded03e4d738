"""Presentation mode: the lesson on the projector, one step per slide, the script for the teacher.

Pupils see only the slides (render_slides never puts the teacher's script on them). With two
screens the slides go full screen on the projector and a teacher window on the main screen shows
the script, the next step and the step timer; with one screen the script is a panel the teacher
toggles with S, hidden by default so it is never projected by accident. Both windows take the
same keys, so a presenter remote (Page Up/Down) works whichever has focus.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content import Lesson, Step
from skillsapp.ui.context import AppContext

NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
PREVIOUS_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
# The slides are laid out for this size and scaled to the screen, so the type is as large on a
# 1024x768 projector as on a 1920x1080 one, relative to the picture.
DESIGN_SIZE = QSize(1280, 720)
SLIDE_MARGIN = 48


class PresentationController(QObject):
    """Which slide is shown and the step timer; the windows only draw what it says.

    Listeners are plain callables rather than Qt signals: the timer fires every second for a
    whole lesson, and PySide6 6.12 on Python 3.11 leaks a reference to True on every
    `Signal.emit()` made from Python, which ends in a crash after a few thousand emits.
    """

    def __init__(self, ctx: AppContext, lesson: Lesson, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.on_change: list[Callable[[int], None]] = []  # called with the slide index
        self.on_tick: list[Callable[[int], None]] = []  # seconds left (negative: over time)
        self.ctx = ctx
        self.lesson = lesson
        self.slides: list[str] = []
        # Slide 0 is the title, then one per step, then the closing slide.
        self.steps: list[Step | None] = [None, *lesson.steps, None]
        self.index = 0
        self.paused = False
        self._left = {i: s.minutes * 60 for i, s in enumerate(self.steps) if s is not None}
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.tick)
        self.render()

    def render(self) -> None:
        """(Re)render the slides in the app's language; the position is kept."""
        from skillsapp.content.render import render_slides

        self.slides = render_slides(self.lesson, self.ctx.kit, self.ctx.language)
        self._changed()

    @property
    def step(self) -> Step | None:
        return self.steps[self.index]

    @property
    def seconds_left(self) -> int | None:
        return self._left.get(self.index)

    def go(self, index: int) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        if index != self.index:
            self.index = index
            self._changed()
        self._sync_clock()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        self._sync_clock()
        self._ticked(self.seconds_left or 0)

    def start(self) -> None:
        self._sync_clock()

    def stop(self) -> None:
        self._clock.stop()

    def tick(self) -> None:
        """One second of the current step has gone (the timer counts on past zero)."""
        if self.index in self._left and not self.paused:
            self._left[self.index] -= 1
            self._ticked(self._left[self.index])

    def _changed(self) -> None:
        for listener in list(self.on_change):
            listener(self.index)

    def _ticked(self, seconds: int) -> None:
        for listener in list(self.on_tick):
            listener(seconds)

    def _sync_clock(self) -> None:
        if self.index in self._left and not self.paused:
            self._clock.start()
        else:
            self._clock.stop()


def format_clock(seconds: int) -> str:
    """ "04:59", and "+01:05" once the step has run over its minutes."""
    sign = "+" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


class SlideCanvas(QWidget):
    """One slide painted as large as the window allows, never with scroll bars."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QTextDocument(self)
        self.document.setDocumentMargin(SLIDE_MARGIN)
        self.setAutoFillBackground(True)
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor("white"))
        self.setPalette(palette)

    def set_html(self, html: str) -> None:
        self.document.setHtml(html)
        self.document.setTextWidth(DESIGN_SIZE.width())
        self.update()

    def text(self) -> str:
        """What the slide says, as plain text (what the class can read)."""
        return self.document.toPlainText()

    def scale(self) -> float:
        height = max(self.document.size().height(), DESIGN_SIZE.height())
        return min(self.width() / DESIGN_SIZE.width(), self.height() / height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = self.scale()
        width = DESIGN_SIZE.width() * scale
        painter.translate((self.width() - width) / 2, 0)
        painter.scale(scale, scale)
        self.document.drawContents(painter, QRectF(0, 0, DESIGN_SIZE.width(), 1e6))
        painter.end()


def _script_html(lesson: Lesson, step: Step | None, index: int, lang: str) -> str:
    """What the teacher reads for a slide: the step's script; on the title slide the notes for
    the teacher (what to do if a child discloses), on the closing slide the key messages."""
    from skillsapp.content.render import markdown

    if step is not None:
        return f"<h3>{_escape(step.title.get(lang))}</h3>{markdown(step.script.get(lang))}"
    if index == 0:
        return str(markdown(lesson.teacher_notes.get(lang)))
    items = "".join(f"<li>{_escape(m.get(lang))}</li>" for m in lesson.key_messages)
    return f"<ul>{items}</ul>"


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


class _Keys:
    """The keys both windows share; `script_key` is only for the one-screen panel."""

    controller: PresentationController

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        if key in NEXT_KEYS:
            self.controller.next()
        elif key in PREVIOUS_KEYS:
            self.controller.previous()
        elif key == Qt.Key.Key_Home:
            self.controller.go(0)
        elif key == Qt.Key.Key_End:
            self.controller.go(len(self.controller.slides) - 1)
        elif key == Qt.Key.Key_P:
            self.controller.toggle_pause()
        elif key == Qt.Key.Key_S:
            self.toggle_script()
        elif key == Qt.Key.Key_Escape:
            self.close_presentation()
        else:
            return False
        return True

    def toggle_script(self) -> None:
        """Overridden where there is a script to toggle."""

    def close_presentation(self) -> None:
        raise NotImplementedError


class TeacherPanel(QWidget):
    """The teacher's view of the current slide: timer, step, script, what comes next."""

    def __init__(
        self,
        controller: PresentationController,
        parent: QWidget | None = None,
        *,
        toggled: bool = True,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.toggled = toggled  # one screen: S shows and hides this panel
        self.clock = QLabel()
        self.clock.setObjectName("presentationClock")
        self.position = QLabel()
        self.script = QTextBrowser()
        self.script.setOpenLinks(False)
        self.script.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.position, 1)
        top.addWidget(self.clock)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.script, 1)
        layout.addWidget(self.next_label)
        layout.addWidget(self.hint)
        self.setStyleSheet(
            "QLabel#presentationClock { font-size: 28px; font-weight: bold; }"
            "QTextBrowser { font-size: 16px; }"
        )
        controller.on_change.append(self.show_slide)
        controller.on_tick.append(self.show_clock)
        self.retranslate()

    def retranslate(self) -> None:
        if self.toggled:
            hint = self.tr(
                "→ / Page Down / Space: next · ← / Page Up: back · Home / End: first / last · "
                "P: pause the timer · S: show or hide the script · Esc: close"
            )
        else:
            hint = self.tr(
                "→ / Page Down / Space: next · ← / Page Up: back · Home / End: first / last · "
                "P: pause the timer · Esc: close"
            )
        self.hint.setText(hint)
        self.show_slide(self.controller.index)

    def show_slide(self, index: int) -> None:
        ctl = self.controller
        lang = ctl.ctx.language
        self.position.setText(
            self.tr("Slide %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(ctl.slides)))
        )
        self.script.setHtml(_script_html(ctl.lesson, ctl.step, index, lang))
        following = ctl.steps[index + 1] if index + 1 < len(ctl.steps) else None
        self.next_label.setText(
            self.tr("Next: %1").replace("%1", following.title.get(lang)) if following else ""
        )
        self.show_clock(ctl.seconds_left or 0)

    def show_clock(self, seconds: int) -> None:
        if self.controller.seconds_left is None:
            self.clock.setText("")
            return
        text = format_clock(seconds)
        if self.controller.paused:
            text = self.tr("%1 (paused)").replace("%1", text)
        self.clock.setText(text)
        self.clock.setStyleSheet("color: #b42318;" if seconds < 0 else "")


class TeacherWindow(_Keys, QWidget):
    """On the main screen when a projector is connected: the script and the timer."""

    def __init__(self, controller: PresentationController, projected: ProjectedWindow) -> None:
        super().__init__(projected, Qt.WindowType.Window)
        self.controller = controller
        self.projected = projected
        self.panel = TeacherPanel(controller, toggled=False)
        self.preview = SlideCanvas()  # what the class sees, small
        self.preview.setFixedSize(DESIGN_SIZE / 4)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.close_button = QPushButton()
        for button in (self.previous_button, self.next_button, self.close_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.previous_button.clicked.connect(controller.previous)
        self.next_button.clicked.connect(controller.next)
        self.close_button.clicked.connect(self.close_presentation)
        buttons = QHBoxLayout()
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        side = QVBoxLayout()
        side.addWidget(self.preview)
        side.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(side)
        body.addWidget(self.panel, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        controller.on_change.append(lambda index: self.preview.set_html(controller.slides[index]))
        self.preview.set_html(controller.slides[controller.index])
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Teacher's view — %1").replace(
                "%1", self.controller.lesson.title.get(self.controller.ctx.language)
            )
        )
        self.previous_button.setText(self.tr("‹ Back"))
        self.next_button.setText(self.tr("Next ›"))
        self.close_button.setText(self.tr("End presentation (Esc)"))
        self.panel.retranslate()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def close_presentation(self) -> None:
        self.projected.close()


class ProjectedWindow(_Keys, QWidget):
    """What the class sees. With one screen it also holds the script panel, hidden until S."""

    def __init__(
        self,
        ctx: AppContext,
        lesson: Lesson,
        *,
        two_screens: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.controller = PresentationController(ctx, lesson, self)
        self.canvas = SlideCanvas()
        self.clock = QLabel()
        self.clock.setObjectName("slideClock")
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.script_panel = TeacherPanel(self.controller)
        self.script_panel.hide()
        self.teacher: TeacherWindow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.clock)
        layout.addWidget(self.script_panel)
        self.setStyleSheet(
            "ProjectedWindow { background: white; }"
            "QLabel#slideClock { color: #57606a; font-size: 18px; padding: 4px 16px; }"
        )
        if two_screens:
            self.teacher = TeacherWindow(self.controller, self)
            self.clock.hide()  # the teacher has it on their own screen
        self.controller.on_change.append(self._show_slide)
        self.controller.on_tick.append(self._show_clock)
        ctx.bus.language_changed.connect(self._language_changed)
        self.retranslate()
        self._show_slide(0)

    @property
    def script_visible(self) -> bool:
        return not self.script_panel.isHidden()

    def projected_text(self) -> str:
        """Every text the projected window shows right now (for checks: never the script)."""
        shown = [self.canvas.text()]
        if not self.clock.isHidden():
            shown.append(self.clock.text())
        if self.script_visible:
            shown.append(self.script_panel.script.toPlainText())
        return "\n".join(shown)

    def retranslate(self) -> None:
        title = self.controller.lesson.title.get(self.ctx.language)
        self.setWindowTitle(self.tr("Presentation — %1").replace("%1", title))
        self.script_panel.retranslate()
        if self.teacher is not None:
            self.teacher.retranslate()

    def _language_changed(self, _lang: str) -> None:
        self.controller.render()
        self.retranslate()

    def _show_slide(self, index: int) -> None:
        self.canvas.set_html(self.controller.slides[index])
        self._show_clock(self.controller.seconds_left or 0)

    def _show_clock(self, seconds: int) -> None:
        left = self.controller.seconds_left
        self.clock.setText("" if left is None else format_clock(seconds))

    def toggle_script(self) -> None:
        """Only with one screen: with two, the script is on the teacher's own window."""
        if self.teacher is None:
            self.script_panel.setVisible(not self.script_visible)
            self.clock.setVisible(not self.script_visible)  # the panel has its own clock

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def close_presentation(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.language_changed.disconnect(self._language_changed)
        if self.teacher is not None:
            self.teacher.close()
        event.accept()


def choose_screens() -> tuple[QScreen | None, QScreen | None]:
    """(projector, teacher's screen): the first screen that is not the primary one is the
    projector; with one screen there is no teacher's screen."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    if others:
        return others[0], primary
    return primary, None


def open_presentation(ctx: AppContext, lesson: Lesson, parent: QWidget | None = None) -> QWidget:
    """Show `lesson` full screen on the projector (the second screen when there is one) and,
    with two screens, the teacher's window on the main screen. Returns the projected window."""
    projector, teacher_screen = choose_screens()
    window = ProjectedWindow(ctx, lesson, two_screens=teacher_screen is not None, parent=parent)
    if projector is not None:
        window.setScreen(projector)
        window.setGeometry(projector.geometry())
    window.showFullScreen()
    if window.teacher is not None and teacher_screen is not None:
        window.teacher.setScreen(teacher_screen)
        window.teacher.setGeometry(teacher_screen.availableGeometry())
        window.teacher.showMaximized()
    window.controller.start()
    window.activateWindow()
    window.setFocus()
    return window
