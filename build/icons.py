"""Render the navigation icons and the combo-box arrow (Lucide SVGs, ISC licence) to PNGs.

    .venv/bin/python build/icons.py

The Windows installer ships no QtSvg (build/windows/qt_keep.txt), so the app never reads SVG:
this script draws each resources/icons/lucide/*.svg in the two colours the navigation uses
(light on the dark bar, dark on the selected row) at 1x and 2x, into resources/icons/nav/.
The PNGs are committed; run this again after adding an icon or changing a colour.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SOURCE = ROOT / "resources" / "icons" / "lucide"
TARGET = ROOT / "resources" / "icons" / "nav"
SIZES = (20, 40)  # logical size and its 2x (125 % and 150 % scaling pick the 2x one)


def render(svg: Path, colour: str, size: int, target: Path) -> None:
    """Draw `svg` with its strokes in `colour` at `size` pixels square."""
    from PySide6.QtCore import QByteArray, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    data = svg.read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(data.encode("utf-8")))
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    image.save(str(target))


def main() -> int:
    from PySide6.QtGui import QGuiApplication

    sys.path.insert(0, str(ROOT))
    from skillsapp.ui.style import NAV_ICON_COLOURS

    _app = QGuiApplication.instance() or QGuiApplication(["icons", "-platform", "offscreen"])
    TARGET.mkdir(parents=True, exist_ok=True)
    for svg in sorted(SOURCE.glob("*.svg")):
        for variant, colour in NAV_ICON_COLOURS.items():
            for size in SIZES:
                suffix = "" if size == SIZES[0] else "@2x"
                render(svg, colour, size, TARGET / f"{svg.stem}-{variant}{suffix}.png")
    print(f"wrote {len(list(TARGET.glob('*.png')))} icons to {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
