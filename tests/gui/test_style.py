"""The app's look: every navigation page has its icon, and the colours keep text readable."""

from __future__ import annotations

import re

from skillsapp.paths import resources_dir
from skillsapp.ui import style
from skillsapp.ui.main_window import PAGES


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_every_page_has_a_navigation_icon_in_both_states(window):
    folder = resources_dir() / "icons" / "nav"
    for row, (page_id, _module, _title) in enumerate(PAGES):
        name = style.NAV_ICONS[page_id]
        assert (resources_dir() / "icons" / "lucide" / f"{name}.svg").exists()
        for variant in style.NAV_ICON_COLOURS:
            assert (folder / f"{name}-{variant}.png").exists()
            assert (folder / f"{name}-{variant}@2x.png").exists()
        assert not window.nav.item(row).icon().isNull()


def test_text_colours_reach_the_aaa_contrast_on_their_backgrounds():
    sheet = style.stylesheet()
    pairs = [  # (text, background) as the stylesheet pairs them
        (style.TEXT, "#ffffff"),
        (style.TEXT, "#f4f6f8"),
        ("#ffffff", style.NAV_BACKGROUND),
        (style.NAV_BACKGROUND, "#dbe9f7"),
        ("#ffffff", style.ACCENT),
        (style.TEXT, "#e9edf2"),
    ]
    for text, background in pairs:
        assert text in sheet or text == style.TEXT
        assert contrast(text, background) >= 4.5, (text, background)
    assert contrast(style.TEXT, "#ffffff") >= 7
    # one accent: the only saturated blue the sheet uses for highlights is ACCENT
    blues = set(re.findall(r"#0b[0-9a-f]{4}", sheet))
    assert blues == {style.ACCENT}


def test_the_style_is_applied_once_and_app_wide(window):
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    before = app.styleSheet()
    style.apply(app)
    assert app.styleSheet() == before == style.stylesheet()
    from PySide6.QtGui import QPalette

    assert app.palette().color(QPalette.ColorRole.Highlight).name() == style.ACCENT


def test_high_contrast_keeps_the_navigation_icons_visible(qtbot, monkeypatch):
    """With the system's high contrast on (its own light colours here, offscreen), the icons are
    dark: our light ones would vanish on a light system background."""
    from PySide6.QtGui import QIcon

    monkeypatch.setattr(style, "high_contrast_wanted", lambda: True)
    icon = style.nav_icon("today")
    normal = icon.pixmap(20, 20, QIcon.Mode.Normal).toImage()
    # the icon's strokes: the darkest pixel with some opacity
    strokes = [
        normal.pixelColor(x, y)
        for x in range(normal.width())
        for y in range(normal.height())
        if normal.pixelColor(x, y).alpha() > 200
    ]
    assert strokes and max(c.lightness() for c in strokes) < 128
