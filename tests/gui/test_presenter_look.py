"""Slides readable from the back of the room: the 8H rule's smallest text for the room size,
the high-contrast theme (chosen, or asked for by the system) and the Settings group."""

from __future__ import annotations

import re

import pytest
from PySide6.QtGui import QGuiApplication

from skillsapp.content.render import render_slides
from skillsapp.services.settings import SlideLook, load_slide_look, save_slide_look
from skillsapp.ui import presentation, presenter_style
from skillsapp.ui.presenter_style import min_text_pt, styled_slide, text_sizes

LESSON = "g6-9/09-khi-bi-de-doa-bang-hinh-anh"


@pytest.fixture(autouse=True)
def one_screen(monkeypatch):
    monkeypatch.setattr(
        presentation, "choose_screens", lambda: (QGuiApplication.primaryScreen(), None)
    )


def test_the_8h_rule_sets_the_smallest_text_by_room_depth():
    # 28 pt is readable from 8 picture heights; farther rows need it in proportion.
    assert [min_text_pt(room) for room in ("small", "medium", "large", "hall")] == [
        25,
        28,
        35,
        42,
    ]


@pytest.mark.parametrize("room", ["small", "medium", "large", "hall"])
def test_no_text_on_a_slide_is_below_the_rooms_minimum(ctx, room):
    look = SlideLook(room=room, theme="standard")
    raw = render_slides(ctx.kit.lesson(LESSON), ctx.kit, "vi")
    for before, html in zip(raw, (styled_slide(page, look) for page in raw), strict=True):
        sizes = text_sizes(html)
        assert sizes and min(sizes) >= min_text_pt(room)
        # Larger text stays larger: the headline is still above the body text.
        assert max(sizes) >= max(text_sizes(before)) * min_text_pt(room) / 28 - 0.01


def test_high_contrast_slides_are_light_on_black(ctx, qtbot):
    save_slide_look(ctx.store, SlideLook(room="medium", theme="high_contrast"))
    window = presentation.open_presentation(ctx, ctx.kit.lesson(LESSON))
    qtbot.addWidget(window)
    assert window.canvas.palette().color(window.canvas.backgroundRole()).name() == "#000000"
    html = window.controller.slides[1]
    assert presenter_style.HIGH_CONTRAST_CSS in html
    assert re.search(r"\.headline[^}]*color: #ffff00", html)
    window.close()
    save_slide_look(ctx.store, SlideLook(room="medium", theme="standard"))
    window = presentation.open_presentation(ctx, ctx.kit.lesson(LESSON))
    qtbot.addWidget(window)
    assert window.canvas.palette().color(window.canvas.backgroundRole()).name() == "#ffffff"
    assert presenter_style.HIGH_CONTRAST_CSS not in window.controller.slides[1]


def test_the_system_high_contrast_setting_is_honoured(ctx, monkeypatch):
    save_slide_look(ctx.store, SlideLook(theme="system"))
    look = load_slide_look(ctx.store)
    monkeypatch.setattr(presenter_style, "system_wants_high_contrast", lambda: True)
    assert presenter_style.high_contrast(look)
    assert presenter_style.background(look) == "#000000"
    assert not presenter_style.high_contrast(SlideLook(theme="standard"))
    monkeypatch.setattr(presenter_style, "system_wants_high_contrast", lambda: False)
    assert not presenter_style.high_contrast(look)
    assert presenter_style.high_contrast(SlideLook(theme="high_contrast"))


def test_the_real_system_query_answers():
    # Qt 6.10+ reports the preference; offscreen has none, so no high contrast.
    assert presenter_style.system_wants_high_contrast() is False


def test_settings_group_saves_the_room_and_theme(ctx, qtbot):
    from skillsapp.ui.presenter_settings import SlideSettingsGroup

    group = SlideSettingsGroup(ctx)
    qtbot.addWidget(group)
    assert "8H" in group.rule.text()
    assert group.look() == SlideLook()  # a new PC: a usual classroom, colours as the system asks
    group.room_box.setCurrentIndex(group.room_box.findData("hall"))
    group.theme_box.setCurrentIndex(group.theme_box.findData("high_contrast"))
    assert load_slide_look(ctx.store) == SlideLook(room="hall", theme="high_contrast")
    assert str(min_text_pt("hall")) in group.room_box.currentText()
    other = SlideSettingsGroup(ctx)
    qtbot.addWidget(other)
    assert other.look() == SlideLook(room="hall", theme="high_contrast")


def test_settings_page_has_the_slides_group(window):
    page = window.show_page("settings")
    assert page.slides_group.isVisibleTo(page)


def test_a_4_3_projector_fits_more_of_a_long_slide_before_it_breaks(ctx, qtbot):
    from PySide6.QtCore import QSize

    save_slide_look(ctx.store, SlideLook(room="hall", theme="standard"))
    ctl = presentation.PresentationController(ctx, ctx.kit.lesson(LESSON))
    wide = list(ctl.parts)
    ctl.set_picture(QSize(1024, 768))
    assert ctl.page_height == 960  # 1280 x 3/4
    assert all(tall <= w for tall, w in zip(ctl.parts, wide, strict=True))
    assert sum(ctl.parts) < sum(wide)
    ctl.set_picture(QSize(1920, 1080))
    assert ctl.page_height == 720 and ctl.parts == wide


def test_switching_system_high_contrast_during_the_lesson_restyles_the_slides(
    ctx, qtbot, monkeypatch
):
    from PySide6.QtCore import Qt

    save_slide_look(ctx.store, SlideLook(theme="system"))
    window = presentation.open_presentation(ctx, ctx.kit.lesson(LESSON))
    qtbot.addWidget(window)
    canvas = window.canvas
    assert canvas.palette().color(canvas.backgroundRole()).name() == "#ffffff"
    monkeypatch.setattr(presenter_style, "system_wants_high_contrast", lambda: True)
    hints = presenter_style.system_contrast_hints()
    assert hints is not None  # PySide6 6.10+ (the project's pin)
    hints.contrastPreferenceChanged.emit(Qt.ContrastPreference.HighContrast)
    qtbot.waitUntil(lambda: canvas.palette().color(canvas.backgroundRole()).name() == "#000000")
    window.close()


def test_a_damaged_slide_setting_falls_back_to_the_defaults(ctx):
    from skillsapp.store.db import set_setting

    set_setting(ctx.store.db, "slides.room", "stadium")
    set_setting(ctx.store.db, "slides.theme", "neon")
    assert load_slide_look(ctx.store) == SlideLook()
    with pytest.raises(KeyError):
        save_slide_look(ctx.store, SlideLook(room="stadium"))
