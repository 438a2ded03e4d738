"""How big and in what colours the slides are drawn: the room's 8H rule and high contrast.

The 8H rule: a projected picture is readable from up to 8 times its height. Slides are laid out
for a 720-pixel-high picture whose body text (28 pt, about 1/19 of the height) is just readable
from 8H; a room whose back row sits farther away (counted in picture heights) needs text larger
in the same proportion, so the smallest text on a slide is 28 pt x distance / 8H. A small
classroom is about 7H deep, a usual one 8H, a large one 10H and a hall 12H.

High contrast (white and yellow on black) is used when the teacher chooses it in Settings, or,
with the "system" choice, when the operating system asks for high contrast
(QStyleHints.accessibility().contrastPreference(), Qt 6.10+).
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication

from skillsapp.services.settings import SlideLook

BODY_PT = 28  # the template's body size, readable from 8H on the design picture
ROOM_DEPTH = {"small": 7, "medium": 8, "large": 10, "hall": 12}  # back row, in picture heights
_FONT_SIZE = re.compile(r"font-size:\s*(\d+(?:\.\d+)?)pt")

HIGH_CONTRAST_CSS = """
body, p, li, td, div, .slide, .help { color: #ffffff; background-color: #000000; }
.top { color: #ffffff; }
.kind, .headline, h1, h2, h3, .question { color: #ffff00; }
.story { background-color: #000000; color: #ffffff; border: 2px solid #ffffff; }
a { color: #00ffff; }
"""
STANDARD_BACKGROUND = "#ffffff"
HIGH_CONTRAST_BACKGROUND = "#000000"


def min_text_pt(room: str) -> int:
    """The smallest text size on a slide projected in `room` (the 8H rule, see above)."""
    return math.ceil(BODY_PT * ROOM_DEPTH.get(room, 8) / 8)


_HINTS: list[QObject] = []


def system_contrast_hints() -> QObject | None:
    """Qt's accessibility hints (contrastPreference and its change signal), None before 6.10.

    Asked once and kept, with the QStyleHints it came from: in PySide6 6.11 the accessibility
    hints are deleted when the Python wrapper of QStyleHints is collected (measured: a
    connection or a later call then fails with "Internal C++ object already deleted")."""
    if _HINTS:
        return _HINTS[-1]
    if not isinstance(QGuiApplication.instance(), QGuiApplication):
        return None
    style_hints = QGuiApplication.styleHints()
    accessibility = getattr(style_hints, "accessibility", None)
    if accessibility is None:
        return None
    _HINTS.extend([style_hints, accessibility()])
    return _HINTS[-1]


def system_wants_high_contrast() -> bool:
    """True when the operating system's accessibility setting asks for high contrast."""
    hints = system_contrast_hints()
    if hints is None:
        return False
    preference = hints.contrastPreference()  # type: ignore[attr-defined]
    return bool(preference == Qt.ContrastPreference.HighContrast)


def high_contrast(look: SlideLook) -> bool:
    if look.theme == "system":
        return system_wants_high_contrast()
    return look.theme == "high_contrast"


def styled_slide(html: str, look: SlideLook) -> str:
    """A rendered slide with the room's sizes (every size at least the room's minimum, the
    larger ones grown in the same proportion) and, if asked, the high-contrast colours."""
    smallest = min_text_pt(look.room)
    factor = smallest / BODY_PT

    def resize(match: re.Match[str]) -> str:
        size = max(float(match.group(1)) * factor, smallest)
        return f"font-size: {size:g}pt"

    html = _FONT_SIZE.sub(resize, html)
    if high_contrast(look):
        html = html.replace("</style>", f"{HIGH_CONTRAST_CSS}</style>", 1)
    return html


def background(look: SlideLook) -> str:
    return HIGH_CONTRAST_BACKGROUND if high_contrast(look) else STANDARD_BACKGROUND


def text_sizes(html: str) -> list[float]:
    """Every font size a slide sets, in points (for checks)."""
    return [float(size) for size in _FONT_SIZE.findall(html)]
