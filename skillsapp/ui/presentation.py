"""Presentation mode: the lesson on the projector, one step per slide, the script for the teacher.

Pupils see only the slides (render_slides never puts the teacher's script on them, and no
script is ever drawn in the projected window). With two screens the slides go full screen on
the projector and the presenter view (presenter_view.PresenterWindow) on the teacher's screen
shows the current and next slide, the script, the step timer and the lesson clock. With one
screen, which is also what Windows reports for a mirrored projector, the script opens only in a
separate window the teacher asks for (S), which warns first that a mirrored projector would show
it to the class. Every window takes the same keys (presenter_keys), so a wireless presenter
works whichever has focus.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QObject, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QScreen,
    QTextDocument,
)
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from skillsapp.content import Lesson, Step
from skillsapp.services.settings import SlideLook, load_slide_look
from skillsapp.ui import presenter_keys as keys
from skillsapp.ui.context import AppContext
from skillsapp.ui.presenter_style import background, styled_slide, system_contrast_hints

# The slides are laid out for this size and scaled to the screen, so the type is as large on a
# 1024x768 projector as on a 1920x1080 one, relative to the picture.
DESIGN_SIZE = QSize(1280, 720)
SLIDE_MARGIN = 48


class PresentationController(QObject):
    """Which slide is shown, the black screen, the step timer and the lesson clock; the
    windows only draw what it says.

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
        self.look = SlideLook()
        self.slides: list[str] = []
        # Slide 0 is the title, then one per step, then the closing slide.
        self.steps: list[Step | None] = [None, *lesson.steps, None]
        self.index = 0
        self.part = 0  # which picture-high part of a slide taller than the picture
        self.parts: list[int] = []
        self.page_height = DESIGN_SIZE.height()  # the projector's shape, at the design width
        self.paused = False
        self.black = False
        self.elapsed = 0  # seconds since the presentation started (the lesson clock)
        self.planned = sum(s.minutes for s in lesson.steps) * 60
        self._left = {i: s.minutes * 60 for i, s in enumerate(self.steps) if s is not None}
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self.tick)
        self.render()

    def render(self) -> None:
        """(Re)render the slides in the app's language and the room's look; the position is
        kept."""
        from skillsapp.content.render import render_slides

        self.look = load_slide_look(self.ctx.store)
        raw = render_slides(self.lesson, self.ctx.kit, self.ctx.language)
        self.slides = [styled_slide(html, self.look) for html in raw]
        self.parts = [page_count(html, self.page_height) for html in self.slides]
        self.part = min(self.part, self.parts[self.index] - 1) if self.slides else 0
        self._changed()

    def set_picture(self, size: QSize) -> None:
        """Fit the slides to the projector's shape: a 4:3 picture is taller at the design
        width, so more of a long slide fits before it breaks into parts."""
        if size.width() > 0 and size.height() > 0:
            height = round(DESIGN_SIZE.width() * size.height() / size.width())
            self.page_height = max(DESIGN_SIZE.height(), height)
            self.part = 0
            self.render()

    @property
    def step(self) -> Step | None:
        return self.steps[self.index]

    @property
    def seconds_left(self) -> int | None:
        return self._left.get(self.index)

    def go(self, index: int, part: int = 0) -> None:
        index = max(0, min(index, len(self.slides) - 1))
        part = max(0, min(part, self.parts[index] - 1))
        if (index, part) != (self.index, self.part):
            self.index, self.part = index, part
            self._changed()

    def next(self) -> None:
        """The slide's next part when it is taller than the picture (the room's text size is
        never shrunk to fit), else the next slide."""
        if self.part + 1 < self.parts[self.index]:
            self.go(self.index, self.part + 1)
        else:
            self.go(self.index + 1)

    def previous(self) -> None:
        if self.part > 0:
            self.go(self.index, self.part - 1)
        elif self.index > 0:
            self.go(self.index - 1, self.parts[self.index - 1] - 1)

    def toggle_black(self) -> None:
        """B: the projector goes black (pupils look at the teacher), B again brings it back."""
        self.black = not self.black
        self._changed()

    def toggle_pause(self) -> None:
        self.paused = not self.paused
        self._ticked(self.seconds_left or 0)

    def start(self) -> None:
        self._clock.start()

    def stop(self) -> None:
        self._clock.stop()

    def tick(self) -> None:
        """One second has gone: the lesson clock always runs, the step timer unless paused
        (it counts on past zero)."""
        self.elapsed += 1
        if self.index in self._left and not self.paused:
            self._left[self.index] -= 1
        self._ticked(self.seconds_left or 0)

    def _changed(self) -> None:
        for listener in list(self.on_change):
            listener(self.index)

    def _ticked(self, seconds: int) -> None:
        for listener in list(self.on_tick):
            listener(seconds)


def format_clock(seconds: int) -> str:
    """ "04:59", and "+01:05" once the step has run over its minutes."""
    sign = "+" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


def _slide_document(
    html: str, page_height: int = DESIGN_SIZE.height(), parent: QObject | None = None
) -> QTextDocument:
    """A slide laid out on picture-sized pages: a slide whose text (at the room's size) is
    taller than the picture breaks between lines into parts shown one after the other."""
    document = QTextDocument(parent)
    document.setDocumentMargin(SLIDE_MARGIN)
    document.setPageSize(QSizeF(DESIGN_SIZE.width(), page_height))
    document.setHtml(html)
    return document


def page_count(html: str, page_height: int = DESIGN_SIZE.height()) -> int:
    return max(1, _slide_document(html, page_height).pageCount())


class SlideCanvas(QWidget):
    """One slide (or one part of it) painted as large as the window allows, never with scroll
    bars and never smaller than the design picture's type, scaled to the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = _slide_document("", parent=self)
        self.page_height = DESIGN_SIZE.height()
        self.black = False
        self.part = 0
        self.setAutoFillBackground(True)
        self.set_background("#ffffff")

    def set_background(self, colour: str) -> None:
        palette = self.palette()
        palette.setColor(self.backgroundRole(), QColor(colour))
        self.setPalette(palette)

    def set_html(
        self,
        html: str,
        look: SlideLook | None = None,
        *,
        black: bool = False,
        part: int = 0,
        page_height: int = DESIGN_SIZE.height(),
    ) -> None:
        self.black = black
        self.part = part
        if page_height != self.page_height:
            self.page_height = page_height
            self.document.setPageSize(QSizeF(DESIGN_SIZE.width(), page_height))
        if look is not None:
            self.set_background(background(look))
        self.document.setHtml(html)
        self.update()

    def parts(self) -> int:
        return max(1, self.document.pageCount())

    def text(self) -> str:
        """What the slide says, as plain text (what the class can read; nothing when black).
        The whole slide's text, also when it is shown in parts."""
        return "" if self.black else self.document.toPlainText()

    def scale(self) -> float:
        return min(self.width() / DESIGN_SIZE.width(), self.height() / self.page_height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.black:
            painter.fillRect(self.rect(), QColor("black"))
            painter.end()
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        scale = self.scale()
        width = DESIGN_SIZE.width() * scale
        painter.translate((self.width() - width) / 2, 0)
        painter.scale(scale, scale)
        top = self.part * self.page_height
        painter.translate(0, -top)
        self.document.drawContents(painter, QRectF(0, top, DESIGN_SIZE.width(), self.page_height))
        if self.part + 1 < self.parts():  # more of this slide follows: say so, bottom right
            painter.setPen(QColor("#767676"))
            font = painter.font()
            font.setPointSize(20)
            painter.setFont(font)
            painter.drawText(
                QRectF(0, top, DESIGN_SIZE.width() - SLIDE_MARGIN, self.page_height - 8),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                f"▼ {self.part + 1}/{self.parts()}",
            )
        painter.end()


class PresentationKeys:
    """The keys every presentation window shares (see presenter_keys for the list)."""

    controller: PresentationController
    overlay: keys.KeysOverlay

    def handle_key(self, event: QKeyEvent) -> bool:
        key = event.key()
        ctl = self.controller
        if key == Qt.Key.Key_Escape and not self.overlay.isHidden():
            self.overlay.hide()  # Esc first closes the list of keys, then the presentation
        elif key in keys.NEXT_KEYS:
            ctl.next()
        elif key in keys.PREVIOUS_KEYS:
            ctl.previous()
        elif key == Qt.Key.Key_Home:
            ctl.go(0)
        elif key == Qt.Key.Key_End:
            ctl.go(len(ctl.slides) - 1)
        elif key in keys.BLACK_KEYS:
            ctl.toggle_black()
        elif key == Qt.Key.Key_P:
            ctl.toggle_pause()
        elif key in keys.HELP_KEYS or event.text() == "?":
            self.overlay.toggle()
        elif key == Qt.Key.Key_S:
            self.open_script()
        elif key == Qt.Key.Key_Escape:
            self.close_presentation()
        else:
            return False
        return True

    def open_script(self) -> None:
        """Overridden where the script opens in a window of its own (one screen)."""

    def close_presentation(self) -> None:
        raise NotImplementedError


class ProjectedWindow(PresentationKeys, QWidget):
    """What the class sees: the slide, and nothing of the teacher's script, ever."""

    def __init__(
        self,
        ctx: AppContext,
        lesson: Lesson,
        *,
        two_screens: bool,
        parent: QWidget | None = None,
    ) -> None:
        from skillsapp.ui.presenter_view import PresenterWindow, ScriptWindow

        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.controller = PresentationController(ctx, lesson, self)
        self.canvas = SlideCanvas()
        self.hint = QLabel()  # one screen: the keys, small, under the slide
        self.hint.setObjectName("slideHint")
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.presenter: PresenterWindow | None = None
        self.script_window: ScriptWindow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.hint)
        self.overlay = keys.KeysOverlay(self, script_window=not two_screens)
        if two_screens:
            self.presenter = PresenterWindow(self.controller, self)
            self.hint.hide()  # the teacher has the keys on their own screen
        else:
            self.script_window = ScriptWindow(self.controller, self)
        self.controller.on_change.append(self._show_slide)
        ctx.bus.language_changed.connect(self._language_changed)
        self._contrast = system_contrast_hints()
        if self._contrast is not None:  # the system's high contrast switched on mid-lesson
            self._contrast.contrastPreferenceChanged.connect(self._restyle)
        self.retranslate()
        self._show_slide(self.controller.index)

    @property
    def teacher(self) -> QWidget | None:
        """The teacher's own window: the presenter view (two screens) or None."""
        return self.presenter

    @property
    def script_visible(self) -> bool:
        """Whether the projected window shows any of the script (never: kept for checks)."""
        return False

    def projected_text(self) -> str:
        """Every text the projected window shows right now (for checks: never the script)."""
        shown = [self.canvas.text()]
        if not self.hint.isHidden():
            shown.append(self.hint.text())
        if not self.overlay.isHidden():
            shown.append(self.overlay.text())
        return "\n".join(shown)

    def retranslate(self) -> None:
        title = self.controller.lesson.title.get(self.ctx.language)
        self.setWindowTitle(self.tr("Presentation — %1").replace("%1", title))
        self.canvas.setAccessibleName(self.tr("Slide"))
        self.hint.setText(keys.short_hint(script_window=True))
        self.overlay.retranslate()
        for window in (self.presenter, self.script_window):
            if window is not None:
                window.retranslate()

    def _language_changed(self, _lang: str) -> None:
        self.controller.render()
        self.retranslate()

    def _restyle(self, *_args: object) -> None:
        self.controller.render()

    def _show_slide(self, index: int) -> None:
        ctl = self.controller
        self.canvas.set_html(
            ctl.slides[index], ctl.look, black=ctl.black, part=ctl.part, page_height=ctl.page_height
        )
        colour = "#000000" if ctl.black else background(ctl.look)
        self.hint.setStyleSheet(
            f"QLabel#slideHint {{ background: {colour}; color: #767676; font-size: 14px;"
            " padding: 2px 12px; }"
        )

    def open_script(self) -> None:
        if self.script_window is not None:
            self.script_window.open_for_teacher()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.overlay.isHidden():
            self.overlay.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def close_presentation(self) -> None:
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.controller.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.bus.language_changed.disconnect(self._language_changed)
            if self._contrast is not None:
                self._contrast.contrastPreferenceChanged.disconnect(self._restyle)
        for window in (self.presenter, self.script_window):
            if window is not None:
                window.close()
        event.accept()


def choose_screens() -> tuple[QScreen | None, QScreen | None]:
    """(projector, teacher's screen): the first screen that is not the primary one is the
    projector; with one screen (or a mirrored projector) there is no teacher's screen."""
    primary = QGuiApplication.primaryScreen()
    others = [s for s in QGuiApplication.screens() if s is not primary]
    if others:
        return others[0], primary
    return primary, None


def open_presentation(
    ctx: AppContext, lesson: Lesson, parent: QWidget | None = None, *, start: int = 0
) -> ProjectedWindow:
    """Show `lesson` from slide `start` full screen on the projector (the second screen when
    there is one) and, with two screens, the presenter view on the teacher's screen."""
    projector, teacher_screen = choose_screens()
    window = ProjectedWindow(ctx, lesson, two_screens=teacher_screen is not None, parent=parent)
    if projector is not None:
        window.controller.set_picture(projector.geometry().size())
    window.controller.go(start)
    if projector is not None:
        window.setScreen(projector)
        window.setGeometry(projector.geometry())
    window.showFullScreen()
    if window.presenter is not None and teacher_screen is not None:
        window.presenter.setScreen(teacher_screen)
        window.presenter.setGeometry(teacher_screen.availableGeometry())
        window.presenter.showMaximized()
        window.presenter.activateWindow()
    else:
        window.activateWindow()
        window.setFocus()
    window.controller.start()
    return window
