"""The serif the PDFs are set in: Times New Roman where Windows has it, else Liberation Serif.

Decree 30/2020/NĐ-CP documents are set in a Vietnamese Unicode Times-style face. A school PC
running Windows has Times New Roman; everywhere else the bundled Liberation Serif (same metrics,
SIL OFL, full Vietnamese coverage) is used. Either way the subset is embedded in the PDF, so the
file looks the same on the department's PC.
"""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path

from skillsapp.paths import resources_dir

FAMILY = "KNSSerif"
STYLES = ("regular", "bold", "italic", "bolditalic")
_WINDOWS_FILES = {
    "regular": "times.ttf",
    "bold": "timesbd.ttf",
    "italic": "timesi.ttf",
    "bolditalic": "timesbi.ttf",
}
_BUNDLED_FILES = {
    "regular": "LiberationSerif-Regular.ttf",
    "bold": "LiberationSerif-Bold.ttf",
    "italic": "LiberationSerif-Italic.ttf",
    "bolditalic": "LiberationSerif-BoldItalic.ttf",
}


def _windows_fonts_dir() -> Path:
    return Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"


def font_files() -> dict[str, Path]:
    """The four styles' files: Windows' Times New Roman when all four exist, else bundled."""
    windows = {style: _windows_fonts_dir() / name for style, name in _WINDOWS_FILES.items()}
    if os.name == "nt" and all(path.is_file() for path in windows.values()):
        return windows
    bundled = resources_dir() / "fonts"
    return {style: bundled / name for style, name in _BUNDLED_FILES.items()}


def font_name(style: str = "regular") -> str:
    return FAMILY if style == "regular" else f"{FAMILY}-{style}"


@cache
def register_fonts() -> str:
    """Register the family with reportlab once per process; returns the regular face's name."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for style, path in font_files().items():
        pdfmetrics.registerFont(TTFont(font_name(style), str(path)))
    for bold, italic, style in (
        (0, 0, "regular"),
        (1, 0, "bold"),
        (0, 1, "italic"),
        (1, 1, "bolditalic"),
    ):
        addMapping(FAMILY, bold, italic, font_name(style))
    _make_default()
    return FAMILY


def _make_default() -> None:
    """Make our face reportlab's default too: a chart starts from the graphics defaults and
    a canvas from `canvas_basefontname`, both Helvetica, which then sits in the PDF unembedded
    (a Vietnamese letter set in it would not print) even when no text uses it."""
    from reportlab import rl_config
    from reportlab.graphics import renderbase

    renderbase.STATE_DEFAULTS["fontName"] = FAMILY
    rl_config.canvas_basefontname = FAMILY
