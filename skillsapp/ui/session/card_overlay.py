"""The scanning panel's live picture: the last frame read, each recognised card outlined with
its number (green: answered; grey: an absent pupil's, ignored; orange: a letter the question has
no option for). The picture is a small grey copy kept in memory only."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

COLOURS = {"ok": "#1e9e3a", "absent": "#8a8a8a", "no_answer": "#e67e22", "unknown": "#8a8a8a"}


class CardOverlay(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumSize(320, 180)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image = QImage()
        self._cards: list[tuple[int, list[tuple[float, float]], str]] = []
        self._scale = 1.0
        self.placeholder = ""

    def show_frame(
        self,
        image: QImage,
        scale: float,
        cards: list[tuple[int, list[tuple[float, float]], str]],
    ) -> None:
        """A new preview; `cards` are (number, corners in frame pixels, status)."""
        self._image, self._scale, self._cards = image, scale, cards
        self.update()

    def clear(self) -> None:
        self._image, self._cards = QImage(), []
        self.update()

    @property
    def outlined(self) -> list[int]:
        """The card numbers drawn now (what a test can check)."""
        return [number for number, _corners, _status in self._cards]

    def _target(self) -> QRectF:
        """Where the picture goes: as large as fits, its shape kept, centred."""
        if self._image.isNull():
            return QRectF()
        ratio = min(self.width() / self._image.width(), self.height() / self._image.height())
        w, h = self._image.width() * ratio, self._image.height() * ratio
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#202020"))
        if self._image.isNull():
            painter.setPen(QColor("#f0f0f0"))
            painter.drawText(
                self.rect().adjusted(12, 12, -12, -12),
                int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                self.placeholder,
            )
            return
        target = self._target()
        painter.drawImage(target, self._image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        k = self._scale * target.width() / self._image.width()
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(8.0, font.pointSizeF()))
        painter.setFont(font)
        for number, corners, status in self._cards:
            points = [QPointF(target.x() + x * k, target.y() + y * k) for x, y in corners]
            colour = QColor(COLOURS.get(status, COLOURS["ok"]))
            painter.setPen(QPen(colour, 3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPolygon(QPolygonF(points))
            centre = QPointF(
                sum(p.x() for p in points) / len(points), sum(p.y() for p in points) / len(points)
            )
            label = QRectF(centre.x() - 16, centre.y() - 10, 32, 20)
            painter.fillRect(label, colour)
            painter.setPen(QColor("white"))
            painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), str(number))
