"""Draw the app icon with Qt and write resources/icons/kynangso.png and kynangso.ico.

    .venv/bin/python build/windows/make_icon.py

A blue rounded square (the app's navigation colour) with a white shield and an amber tick:
"safe and able online". Each size is painted at its own resolution so the small ones stay
crisp. The .ico is written by hand (no Pillow): classic 32-bit DIB entries up to 48 px, which
every Windows tool and NSIS read, and PNG entries for 64-256 px, which Windows Vista+ reads.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"
DIB_SIZES = (16, 20, 24, 32, 40, 48)
PNG_SIZES = (64, 128, 256)
BLUE_TOP, BLUE_BOTTOM, AMBER = QColor("#1767a8"), QColor("#0f4c81"), QColor("#f5a623")


def _shield(size: float) -> QPainterPath:
    """A shield outline in a `size` x `size` box (drawn in unit coordinates, then scaled)."""
    path = QPainterPath()
    path.moveTo(0.50, 0.16)
    path.cubicTo(0.62, 0.23, 0.72, 0.25, 0.80, 0.25)
    path.cubicTo(0.80, 0.55, 0.72, 0.74, 0.50, 0.86)
    path.cubicTo(0.28, 0.74, 0.20, 0.55, 0.20, 0.25)
    path.cubicTo(0.28, 0.25, 0.38, 0.23, 0.50, 0.16)
    path.closeSubpath()
    return QTransform.fromScale(size, size).map(path)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    margin = max(0.5, size * 0.03)
    box = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    gradient = QLinearGradient(box.topLeft(), box.bottomLeft())
    gradient.setColorAt(0, BLUE_TOP)
    gradient.setColorAt(1, BLUE_BOTTOM)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(gradient)
    p.drawRoundedRect(box, size * 0.2, size * 0.2)
    p.setBrush(QColor("white"))
    p.drawPath(_shield(size))
    tick = QPen(AMBER, max(1.6, size * 0.085))
    tick.setCapStyle(Qt.PenCapStyle.RoundCap)
    tick.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(tick)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline(
        [QPointF(size * 0.36, size * 0.51), QPointF(size * 0.46, size * 0.61),
         QPointF(size * 0.65, size * 0.40)]
    )  # fmt: skip
    p.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def dib_bytes(image: QImage) -> bytes:
    """A 32-bit BGRA DIB as an .ico entry wants it: bottom-up rows, height doubled, then an
    all-zero AND mask (the alpha channel does the masking)."""
    size = image.width()
    header = struct.pack("<IiiHHIIiiII", 40, size, size * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    rows = []
    for y in reversed(range(size)):
        row = bytearray()
        for x in range(size):
            c = image.pixelColor(x, y)
            row += bytes((c.blue(), c.green(), c.red(), c.alpha()))
        rows.append(bytes(row))
    mask_row = ((size + 31) // 32) * 4
    return header + b"".join(rows) + bytes(mask_row * size)


def ico_bytes(entries: list[tuple[int, bytes]]) -> bytes:
    out = struct.pack("<HHH", 0, 1, len(entries))
    offset = 6 + 16 * len(entries)
    for size, data in entries:
        side = 0 if size >= 256 else size
        out += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return out + b"".join(data for _size, data in entries)


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    ICONS.mkdir(parents=True, exist_ok=True)
    entries = [(s, dib_bytes(draw(s))) for s in DIB_SIZES]
    entries += [(s, png_bytes(draw(s))) for s in PNG_SIZES]
    (ICONS / "kynangso.ico").write_bytes(ico_bytes(entries))
    draw(256).save(str(ICONS / "kynangso.png"))
    print(f"wrote {ICONS / 'kynangso.ico'} and kynangso.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
