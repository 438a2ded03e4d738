"""The app's look: one palette, one stylesheet and the navigation icons, applied once at start.

Pages do not colour themselves: they give widgets object names (`pageHeading`) and the
stylesheet in resources/style/skillsapp.qss does the rest, so spacing, the type scale and the
one accent colour stay the same on every page. The Fusion style is the base everywhere: it
honours the palette and the stylesheet the same way on Windows and Linux, so the screenshots are
what a teacher sees. When the system asks for high contrast, the system's own colours win.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from skillsapp.paths import resources_dir

ACCENT = "#0b5cad"
TEXT = "#1a202c"
NAV_BACKGROUND = "#12355b"
#: Icon colour per navigation state; build/icons.py renders the PNGs in these colours.
NAV_ICON_COLOURS = {"light": "#ffffff", "dark": NAV_BACKGROUND}
#: Body text size in points (the type scale in the stylesheet is built on it).
BODY_POINT_SIZE = 10

# Navigation page id -> Lucide icon name (resources/icons/lucide/<name>.svg, ISC licence).
NAV_ICONS = {
    "today": "calendar-days",
    "curriculum": "book-open",
    "classes": "users",
    "session": "presentation",
    "dashboard": "chart-column",
    "reports": "file-text",
    "sync": "refresh-cw",
    "cases": "folder-lock",
    "settings": "settings",
}


def stylesheet_path() -> Path:
    return resources_dir() / "style" / "skillsapp.qss"


@cache
def stylesheet() -> str:
    """The .qss with its icon folder filled in (Qt wants "/" in a url, on Windows too)."""
    icons = (resources_dir() / "icons" / "nav").as_posix()
    return stylesheet_path().read_text(encoding="utf-8").replace("@ICONS@", icons)


def high_contrast_wanted() -> bool:
    """Whether the system asks for high contrast (Qt 6.10+ reports it; older Qt says no)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None:
        return False
    preference = getattr(accessibility(), "contrastPreference", None)
    if preference is None:
        return False
    return preference() == Qt.ContrastPreference.HighContrast


def palette() -> QPalette:
    """Light, calm colours with text well above 7:1 contrast on its background."""
    pal = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#f4f6f8",
        QPalette.ColorRole.WindowText: TEXT,
        QPalette.ColorRole.Base: "#ffffff",
        QPalette.ColorRole.AlternateBase: "#f5f8fb",
        QPalette.ColorRole.Text: TEXT,
        QPalette.ColorRole.Button: "#ffffff",
        QPalette.ColorRole.ButtonText: TEXT,
        QPalette.ColorRole.Highlight: ACCENT,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#fffbe6",
        QPalette.ColorRole.ToolTipText: TEXT,
        QPalette.ColorRole.PlaceholderText: "#5f6b7a",
        QPalette.ColorRole.Link: ACCENT,
        # the "desk" behind a document preview (QScrollArea paints its viewport in Dark)
        QPalette.ColorRole.Dark: "#d5dbe2",
        QPalette.ColorRole.Mid: "#b8c1cc",
    }
    for role, colour in colours.items():
        pal.setColor(role, QColor(colour))
    for role in (
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.Text,
        QPalette.ColorRole.ButtonText,
    ):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7685"))
    return pal


def apply(app: QApplication) -> None:
    """Give the whole application its look (idempotent: the window and tests may both call it)."""
    if app.property("skillsappStyled"):
        return
    app.setProperty("skillsappStyled", True)
    font = QFont(app.font())
    font.setPointSize(BODY_POINT_SIZE)
    app.setFont(font)
    if high_contrast_wanted():
        return
    fusion = QStyleFactory.create("Fusion")
    if fusion is not None:
        app.setStyle(fusion)
    app.setPalette(palette())
    app.setStyleSheet(stylesheet())


def nav_icon(page_id: str) -> QIcon:
    """The navigation icon of `page_id`: light on the bar, dark on the selected (light) row."""
    name = NAV_ICONS.get(page_id)
    icon = QIcon()
    if name is None:
        return icon
    folder = resources_dir() / "icons" / "nav"
    normal, selected = ("light", "dark")  # our dark navigation bar, its light selected row
    if high_contrast_wanted():  # the system's colours: icons follow its text, not our bar
        base = QGuiApplication.palette().color(QPalette.ColorRole.Base)
        normal, selected = ("light", "dark") if base.lightness() < 128 else ("dark", "light")
    for variant, mode in ((normal, QIcon.Mode.Normal), (selected, QIcon.Mode.Selected)):
        for suffix in ("", "@2x"):
            path = folder / f"{name}-{variant}{suffix}.png"
            if path.exists():
                icon.addFile(str(path), mode=mode)
    return icon
