"""The teacher's windows: the presenter view (two screens) and the script window (one screen).

The presenter view sits on the teacher's own screen: current slide (what the class sees, black
when B is on), next slide, the step's script, the step timer and the lesson clock, and the keys.
With one screen, or a mirrored projector (which Windows reports as one screen), anything shown
may be on the wall; so the script lives in a separate window that opens only on S, and shows
the script only after the teacher has read the warning and pressed "Show the script".
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content import Lesson, Step
from skillsapp.ui import presenter_keys as keys
from skillsapp.ui.presentation import (
    DESIGN_SIZE,
    PresentationController,
    PresentationKeys,
    SlideCanvas,
    format_clock,
)

if TYPE_CHECKING:
    from skillsapp.ui.presentation import ProjectedWindow

OVER_TIME = "#b42318"


def script_html(lesson: Lesson, step: Step | None, index: int, lang: str) -> str:
    """What the teacher reads for a slide: the step's script; on the title slide the notes for
    the teacher (what to do if a child discloses), on the closing slide the key messages."""
    from markupsafe import escape

    from skillsapp.content.render import markdown

    if step is not None:
        return f"<h3>{escape(step.title.get(lang))}</h3>{markdown(step.script.get(lang))}"
    if index == 0:
        return str(markdown(lesson.teacher_notes.get(lang)))
    items = "".join(f"<li>{escape(m.get(lang))}</li>" for m in lesson.key_messages)
    return f"<ul>{items}</ul>"


class Clocks(QWidget):
    """The step timer (red once over time) and the lesson clock against the planned time."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.step_clock = QLabel()
        self.step_clock.setObjectName("presentationClock")
        self.lesson_clock = QLabel()
        self.lesson_clock.setObjectName("lessonClock")
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.step_clock)
        row.addStretch(1)
        row.addWidget(self.lesson_clock)
        self.setStyleSheet(
            "QLabel#presentationClock { font-size: 28px; font-weight: bold; }"
            "QLabel#lessonClock { font-size: 18px; }"
        )
        controller.on_tick.append(self.show_time)
        controller.on_change.append(lambda _index: self.show_time(controller.seconds_left or 0))

    def show_time(self, seconds: int) -> None:
        ctl = self.controller
        if ctl.seconds_left is None:
            step = ""
        else:
            step = self.tr("Step: %1").replace("%1", format_clock(seconds))
            if ctl.paused:
                step = self.tr("%1 (paused)").replace("%1", step)
        self.step_clock.setText(step)
        self.step_clock.setStyleSheet(f"color: {OVER_TIME};" if seconds < 0 else "")
        self.lesson_clock.setText(
            self.tr("Lesson: %1 of %2")
            .replace("%1", format_clock(ctl.elapsed))
            .replace("%2", format_clock(ctl.planned))
        )


class ScriptPane(QWidget):
    """The script of the current slide, what comes next and the clocks."""

    def __init__(self, controller: PresentationController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.clocks = Clocks(controller)
        self.position = QLabel()
        self.script = QTextBrowser()
        self.script.setOpenLinks(False)
        self.script.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.script.setStyleSheet("QTextBrowser { font-size: 18px; }")
        self.next_label = QLabel()
        self.next_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.clocks)
        layout.addWidget(self.position)
        layout.addWidget(self.script, 1)
        layout.addWidget(self.next_label)
        controller.on_change.append(self.show_slide)

    def show_slide(self, index: int) -> None:
        ctl = self.controller
        lang = ctl.ctx.language
        position = (
            self.tr("Slide %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(len(ctl.slides)))
        )
        if ctl.black:
            position += "  ·  " + self.tr("BLACK SCREEN: press B to show the slide again")
        self.position.setText(position)
        self.script.setHtml(script_html(ctl.lesson, ctl.step, index, lang))
        following = ctl.steps[index + 1] if index + 1 < len(ctl.steps) else None
        self.next_label.setText(
            self.tr("Next: %1").replace("%1", following.title.get(lang)) if following else ""
        )
        self.clocks.show_time(ctl.seconds_left or 0)


class _TeacherWindow(PresentationKeys, QWidget):
    """What both teacher windows share: the keys, the "?" overlay, closing with the slides."""

    def __init__(self, controller: PresentationController, projected: ProjectedWindow) -> None:
        super().__init__(projected, Qt.WindowType.Window)
        self.controller = controller
        self.projected = projected
        self.overlay = keys.KeysOverlay(self, script_window=self.uses_script_window())

    def uses_script_window(self) -> bool:
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self.overlay.isHidden():
            self.overlay.setGeometry(self.rect())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self.handle_key(event):
            super().keyPressEvent(event)

    def close_presentation(self) -> None:
        self.projected.close()


class PresenterWindow(_TeacherWindow):
    """Two screens: the teacher's screen, never projected."""

    def __init__(self, controller: PresentationController, projected: ProjectedWindow) -> None:
        super().__init__(controller, projected)
        self.current = SlideCanvas()  # what the class sees now
        self.current.setMinimumSize(DESIGN_SIZE / 2.5)
        self.following = SlideCanvas()  # the next slide, smaller
        self.following.setMinimumSize(DESIGN_SIZE / 4)
        self.current_label = QLabel()
        self.following_label = QLabel()
        self.pane = ScriptPane(controller)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("presenterHint")
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.black_button = QPushButton()
        self.keys_button = QPushButton()
        self.close_button = QPushButton()
        for button, action in (
            (self.previous_button, controller.previous),
            (self.next_button, controller.next),
            (self.black_button, controller.toggle_black),
            (self.keys_button, self.overlay.toggle),
            (self.close_button, self.close_presentation),
        ):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the window
            button.clicked.connect(action)
        slides = QGridLayout()
        slides.addWidget(self.current_label, 0, 0)
        slides.addWidget(self.current, 1, 0)
        slides.addWidget(self.following_label, 2, 0)
        slides.addWidget(self.following, 3, 0, Qt.AlignmentFlag.AlignLeft)
        slides.setRowStretch(1, 3)
        slides.setRowStretch(3, 2)
        body = QHBoxLayout()
        body.addLayout(slides, 3)
        body.addWidget(self.pane, 2)
        buttons = QHBoxLayout()
        for button in (self.previous_button, self.next_button, self.black_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.keys_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.hint)
        layout.addLayout(buttons)
        self.hint.setStyleSheet("QLabel#presenterHint { color: #57606a; font-size: 14px; }")
        controller.on_change.append(self.show_slide)
        self.retranslate()
        self.overlay.raise_()

    def show_slide(self, index: int) -> None:
        ctl = self.controller
        page = ctl.page_height
        self.current.set_html(
            ctl.slides[index], ctl.look, black=ctl.black, part=ctl.part, page_height=page
        )
        if ctl.part + 1 < ctl.parts[index]:  # the rest of this slide comes first
            self.following.set_html(
                ctl.slides[index], ctl.look, part=ctl.part + 1, page_height=page
            )
            self.following.show()
        elif index + 1 < len(ctl.slides):
            self.following.set_html(ctl.slides[index + 1], ctl.look, page_height=page)
            self.following.show()
        else:
            self.following.set_html("")
            self.following.hide()
        self.following_label.setText(
            self.tr("Next slide") if index + 1 < len(ctl.slides) else self.tr("Last slide")
        )
        self.black_button.setText(
            self.tr("Show the slide (B)") if ctl.black else self.tr("Black screen (B)")
        )

    def retranslate(self) -> None:
        ctl = self.controller
        self.setWindowTitle(
            self.tr("Presenter view — %1").replace("%1", ctl.lesson.title.get(ctl.ctx.language))
        )
        self.current_label.setText(self.tr("On the projector now"))
        self.current.setAccessibleName(self.tr("On the projector now"))
        self.following.setAccessibleName(self.tr("Next slide"))
        self.pane.script.setAccessibleName(self.tr("Teacher's script"))
        self.previous_button.setText(self.tr("‹ Back"))
        self.next_button.setText(self.tr("Next ›"))
        self.keys_button.setText(self.tr("Keys (?)"))
        self.close_button.setText(self.tr("End presentation (Esc)"))
        self.hint.setText(keys.short_hint(script_window=False))
        self.overlay.retranslate()
        self.pane.show_slide(ctl.index)
        self.show_slide(ctl.index)


class ScriptWindow(_TeacherWindow):
    """One screen: the script, in a window of its own, only once the teacher has chosen it."""

    def __init__(self, controller: PresentationController, projected: ProjectedWindow) -> None:
        super().__init__(controller, projected)
        self.warning = QLabel()
        self.warning.setObjectName("mirrorWarning")
        self.warning.setWordWrap(True)
        self.warning.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.warning.setStyleSheet(
            "QLabel#mirrorWarning { background: #fff4e5; color: #7a2e0e; font-size: 16px;"
            " border: 2px solid #b54708; padding: 10px; }"
        )
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal)
        self.pane = ScriptPane(controller)
        self.pane.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.warning)
        layout.addWidget(self.reveal_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.pane, 1)
        layout.addStretch(0)  # while the script is hidden, the warning keeps its own height
        layout.addWidget(self.hint)
        self.resize(720, 560)
        self.retranslate()

    def uses_script_window(self) -> bool:
        return True

    @property
    def script_shown(self) -> bool:
        return self.isVisible() and not self.pane.isHidden()

    def open_for_teacher(self) -> None:
        """S: open the window with the warning; the script itself waits for the button."""
        self.pane.hide()
        self.reveal_button.show()
        self.show()
        self.raise_()
        self.activateWindow()
        self.reveal_button.setFocus()

    def reveal(self) -> None:
        self.reveal_button.hide()
        self.pane.show()
        self.pane.show_slide(self.controller.index)
        self.setFocus()

    def open_script(self) -> None:
        """S in this window hides it again (the script goes away from the screen)."""
        self.hide()
        self.projected.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.pane.hide()
        event.accept()

    def retranslate(self) -> None:
        ctl = self.controller
        self.setWindowTitle(
            self.tr("Teacher's script — %1").replace("%1", ctl.lesson.title.get(ctl.ctx.language))
        )
        self.warning.setText(
            self.tr(
                "Only one screen is connected. If the projector mirrors this screen, the class "
                "will see this window and the script. Show the script only if the projector is "
                "off or shows a different picture (Windows: Win+P, choose Extend)."
            )
        )
        self.reveal_button.setText(self.tr("Show the script"))
        self.pane.script.setAccessibleName(self.tr("Teacher's script"))
        self.hint.setText(keys.short_hint(script_window=True))
        self.overlay.retranslate()
        self.pane.show_slide(ctl.index)
