"""Presentation mode: keys move one step per slide, the step timer counts down, and the
projected view never shows the teacher's script."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from skillsapp.content.render import markdown
from skillsapp.ui import presentation

LESSON = "g6-9/09-khi-bi-de-doa-bang-hinh-anh"


def script_snippets(lesson, lang: str) -> list[str]:
    """A distinctive piece of every step's script, as plain text."""
    from html import unescape
    from re import sub

    snippets = []
    for step in lesson.steps:
        text = " ".join(
            unescape(sub(r"<[^>]+>", " ", str(markdown(step.script.get(lang))))).split()
        )
        snippets.append(text[:60])
    return snippets


@pytest.fixture
def one_screen(monkeypatch):
    monkeypatch.setattr(
        presentation, "choose_screens", lambda: (QGuiApplication.primaryScreen(), None)
    )


@pytest.fixture
def two_screens(monkeypatch):
    screen = QGuiApplication.primaryScreen()
    monkeypatch.setattr(presentation, "choose_screens", lambda: (screen, screen))


def open_it(ctx, qtbot, lesson_id: str = LESSON):
    window = presentation.open_presentation(ctx, ctx.kit.lesson(lesson_id))
    qtbot.addWidget(window)
    assert isinstance(window, QWidget) and window.isVisible()
    return window


def plain(text: str) -> str:
    return " ".join(text.split())


def test_keys_move_one_step_per_slide(ctx, qtbot, one_screen):
    window = open_it(ctx, qtbot)
    lesson = ctx.kit.lesson(LESSON)
    last = len(lesson.steps) + 1  # title, one per step, closing
    assert len(window.controller.slides) == last + 1
    for key, expected in [
        (Qt.Key.Key_Right, 1),
        (Qt.Key.Key_Space, 2),
        (Qt.Key.Key_PageDown, 3),
        (Qt.Key.Key_Down, 4),
        (Qt.Key.Key_Left, 3),
        (Qt.Key.Key_PageUp, 2),
        (Qt.Key.Key_Up, 1),
        (Qt.Key.Key_End, last),
        (Qt.Key.Key_Right, last),  # stays on the last slide
        (Qt.Key.Key_Home, 0),
        (Qt.Key.Key_Left, 0),
    ]:
        qtbot.keyClick(window, key)
        assert window.controller.index == expected, key
    qtbot.keyClick(window, Qt.Key.Key_Right)
    step = lesson.steps[0]
    assert plain(step.title.en) in plain(window.canvas.text())
    assert f"2 / {last + 1}" in window.canvas.text()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


@pytest.mark.parametrize("lesson_id", [LESSON, "g1-2/01-internet-quanh-em"])
def test_projected_view_never_shows_the_script_by_default(ctx, qtbot, one_screen, lesson_id):
    window = open_it(ctx, qtbot, lesson_id)
    lesson = ctx.kit.lesson(lesson_id)
    snippets = script_snippets(lesson, "en")
    for index in range(len(window.controller.slides)):
        window.controller.go(index)
        shown = plain(window.projected_text())
        assert not window.script_visible
        for snippet in snippets:
            assert snippet not in shown, (index, snippet)


def test_s_on_one_screen_opens_a_separate_window_behind_a_warning(ctx, qtbot, one_screen):
    window = open_it(ctx, qtbot)
    script = window.script_window
    snippet = script_snippets(ctx.kit.lesson(LESSON), "en")[0]
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert "S: script" in window.hint.text() and "?: keys" in window.hint.text()
    qtbot.keyClick(window, Qt.Key.Key_S)
    # The slide never gets the script; the window opens with the warning, the script hidden.
    assert snippet not in plain(window.projected_text())
    qtbot.waitUntil(script.isVisible)
    assert "mirrors this screen" in script.warning.text() and not script.script_shown
    assert snippet not in plain(script.pane.script.toPlainText()) or script.pane.isHidden()
    qtbot.mouseClick(script.reveal_button, Qt.MouseButton.LeftButton)
    assert script.script_shown and snippet in plain(script.pane.script.toPlainText())
    assert snippet not in plain(window.projected_text())
    qtbot.keyClick(script, Qt.Key.Key_PageDown)  # the remote works from the script window too
    assert window.controller.index == 2
    qtbot.keyClick(script, Qt.Key.Key_S)  # S again: the script goes away
    assert not script.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible() and not script.isVisible()


def test_b_blacks_out_the_projector_and_question_mark_lists_the_keys(ctx, qtbot, one_screen):
    window = open_it(ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    title = plain(ctx.kit.lesson(LESSON).steps[0].title.en)
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert window.controller.black and title not in plain(window.canvas.text())
    qtbot.keyClick(window, Qt.Key.Key_B)
    assert not window.controller.black and title in plain(window.canvas.text())
    qtbot.keyClick(window, Qt.Key.Key_Period)  # what many remotes send for "black"
    assert window.controller.black
    qtbot.keyClick(window, Qt.Key.Key_Period)
    qtbot.keyClick(window, "?")
    assert window.overlay.isVisible()
    listed = window.overlay.text()
    for words in ("Page Down", "Page Up", "black screen", "Esc", "separate window"):
        assert words in listed, words
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc first closes the list, not the lesson
    assert not window.overlay.isVisible() and window.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert window.overlay.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Question)
    assert not window.overlay.isVisible()


def test_two_screens_script_goes_to_the_teacher_window(ctx, qtbot, two_screens):
    window = open_it(ctx, qtbot)
    teacher = window.teacher
    assert teacher is not None and teacher.isVisible()
    snippets = script_snippets(ctx.kit.lesson(LESSON), "en")
    qtbot.keyClick(window, Qt.Key.Key_S)  # no effect: the projector never gets the script
    for index, snippet in enumerate(snippets, start=1):
        for _ in range(window.controller.parts[index - 1]):  # a long slide comes in parts
            qtbot.keyClick(teacher, Qt.Key.Key_PageDown)  # a remote aimed at either window works
        assert window.controller.index == index
        assert snippet in plain(teacher.pane.script.toPlainText())
        assert snippet not in plain(window.projected_text())
        assert not window.script_visible
    assert teacher.current.text() == window.canvas.text()
    qtbot.keyClick(teacher, Qt.Key.Key_Escape)
    assert not window.isVisible() and not teacher.isVisible()


def test_step_timer_counts_down_pauses_and_runs_over(ctx, qtbot, two_screens):
    window = open_it(ctx, qtbot)
    ctl = window.controller
    assert ctl.seconds_left is None  # the title slide has no step
    qtbot.keyClick(window, Qt.Key.Key_Right)
    minutes = ctx.kit.lesson(LESSON).steps[0].minutes
    assert ctl.seconds_left == minutes * 60
    assert window.teacher.pane.clocks.step_clock.text() == f"Step: {minutes:02d}:00"
    for _ in range(3):
        ctl.tick()
    assert ctl.seconds_left == minutes * 60 - 3
    qtbot.keyClick(window, Qt.Key.Key_P)
    ctl.tick()
    clocks = window.teacher.pane.clocks
    assert ctl.seconds_left == minutes * 60 - 3 and "paused" in clocks.step_clock.text()
    qtbot.keyClick(window, Qt.Key.Key_P)
    for _ in range(minutes * 60 + 2):
        ctl.tick()
    assert window.teacher.pane.clocks.step_clock.text() == "Step: +00:05"
    # Each step keeps its own time: going on and back resumes where it was.
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert ctl.seconds_left == ctx.kit.lesson(LESSON).steps[1].minutes * 60
    qtbot.keyClick(window, Qt.Key.Key_Left)
    assert ctl.seconds_left == -5


def test_timer_really_ticks(ctx, qtbot, one_screen):
    window = open_it(ctx, qtbot)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    start = window.controller.seconds_left
    qtbot.waitUntil(lambda: window.controller.seconds_left < start, timeout=3000)
    clocks = window.script_window.pane.clocks
    assert presentation.format_clock(window.controller.seconds_left) in clocks.step_clock.text()
    assert presentation.format_clock(window.controller.elapsed) in clocks.lesson_clock.text()
    assert window.controller.elapsed >= 1


def test_language_switch_rerenders_the_slides(ctx, qtbot, one_screen):
    from skillsapp.ui.pages.settings import switch_language

    window = open_it(ctx, qtbot)
    lesson = ctx.kit.lesson(LESSON)
    qtbot.keyClick(window, Qt.Key.Key_Right)
    switch_language(ctx, "vi")
    assert window.controller.index == 1
    assert plain(lesson.steps[0].title.vi) in plain(window.canvas.text())
    assert lesson.title.vi in window.windowTitle()
    switch_language(ctx, "en")
    assert plain(lesson.steps[0].title.en) in plain(window.canvas.text())


def test_large_type_scales_to_the_screen(ctx, qtbot, one_screen):
    window = open_it(ctx, qtbot)
    window.showNormal()
    window.resize(1024, 768)
    small = window.canvas.scale()
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.canvas.width() > 1800)
    assert window.canvas.scale() > small
    assert presentation.format_clock(-65) == "+01:05" and presentation.format_clock(59) == "00:59"


def test_a_slide_taller_than_the_picture_comes_in_parts_at_the_rooms_size(ctx, qtbot, one_screen):
    from skillsapp.services.settings import SlideLook, save_slide_look

    save_slide_look(ctx.store, SlideLook(room="hall", theme="standard"))
    window = open_it(ctx, qtbot)
    ctl = window.controller
    long_slide = next(i for i, parts in enumerate(ctl.parts) if parts > 1 and i > 0)
    ctl.go(long_slide)
    assert window.canvas.part == 0 and window.canvas.scale() > 0
    qtbot.keyClick(window, Qt.Key.Key_PageDown)  # the rest of the slide, not the next one
    assert (ctl.index, ctl.part) == (long_slide, 1) and window.canvas.part == 1
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert (ctl.index, ctl.part) == (long_slide, 0)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)  # back from a slide's start: the previous one's end
    assert (ctl.index, ctl.part) == (long_slide - 1, ctl.parts[long_slide - 1] - 1)
    for _ in range(sum(ctl.parts)):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert ctl.index == len(ctl.slides) - 1 and ctl.part == ctl.parts[-1] - 1
