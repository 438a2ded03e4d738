"""A fake webcam for GUI tests: plays generated frames through the scanning panel's real
pipeline (FrameSource -> QImage -> worker -> QuestionScan -> quiz grid).

Frames are numpy arrays (from tests/support/card_frames.py, built from the printed card PDF)
turned into QImages, as a real camera's QVideoFrame.toImage() gives them. Like the camera, it
sends one frame per request; when it has none left it waits for `play()` to queue more.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QTimer
from PySide6.QtGui import QImage

from skillsapp.ui.session.card_sources import FrameSource


def to_qimage(grey: np.ndarray) -> QImage:
    """A grey frame as the RGB32 image a camera gives (so the panel's conversion runs too)."""
    height, width = grey.shape
    image = QImage(grey.data, width, height, grey.strides[0], QImage.Format.Format_Grayscale8)
    return image.convertToFormat(QImage.Format.Format_RGB32)


class FakeCamera(FrameSource):
    is_camera = True

    def __init__(self, frames: list[np.ndarray] | None = None) -> None:
        super().__init__()
        self.queue: list[QImage] = [to_qimage(f) for f in frames or []]
        self.running = False
        self.starts = 0
        self.sent = 0
        self._wanted = False

    def start(self) -> None:
        self.running = True
        self.starts += 1

    def play(self, frames: list[np.ndarray]) -> None:
        self.queue += [to_qimage(f) for f in frames]
        if self._wanted:
            self.request()

    def request(self) -> None:
        self._wanted = True
        if self.running and self.queue:
            QTimer.singleShot(0, self._send)  # as a camera does: later, from the event loop

    def _send(self) -> None:
        if not (self.running and self._wanted and self.queue):
            return
        self._wanted = False
        self.sent += 1
        self.frame_ready.emit(self.queue.pop(0))

    def stop(self) -> None:
        self.running = False
