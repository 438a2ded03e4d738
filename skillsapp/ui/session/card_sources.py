"""Where the scanning panel's frames come from: the webcam, or photos copied from a phone.

A source hands over one frame each time it is asked (`request()`), so frames never pile up
behind a slow reading: the panel asks for the next one when the worker has read the last. The
webcam runs through Qt Multimedia (QCamera -> QMediaCaptureSession -> QVideoSink); of the 30
frames a second it shows, only the one asked for is turned into a QImage. A photo goes over as
its file's bytes and is decoded on the worker. Nothing here writes a frame anywhere: frames
live in memory only, and the camera is on only between `start()` and `stop()`.

Tests play generated frames through a source of their own (tests/support/fake_camera.py).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

# Seconds to wait for the first picture before telling the teacher the camera gives none
# (another program holds it, or the privacy switch is closed).
FIRST_FRAME_SECONDS = 8
MAX_WIDTH = 1920  # more pixels only slow the reading; cards are read well at 1080p


def no_camera_text() -> str:
    return QCoreApplication.translate(
        "CardSources",
        "No camera was found. Plug in a webcam and press “Use the camera” again, "
        "or press “Open photos…” to read photos copied from a phone.",
    )


def busy_camera_text() -> str:
    return QCoreApplication.translate(
        "CardSources",
        "The camera gives no picture: another program may be using it (Zalo, Zoom, Teams…), "
        "or its privacy switch is closed. Close that program and press “Use the camera” again, "
        "or open photos instead.",
    )


def choose_backend() -> None:
    """On Windows, Media Foundation: the installer ships that backend, not Qt's FFmpeg one
    (set before Qt Multimedia starts; a value the user set wins)."""
    if sys.platform == "win32":
        os.environ.setdefault("QT_MEDIA_BACKEND", "windows")


class FrameSource(QObject):
    """Frames on request. `frame_ready` carries a QImage (camera) or a photo's bytes."""

    frame_ready = Signal(object)
    failed = Signal(str)  # a sentence for the teacher
    finished = Signal()  # no more frames (all photos read)
    is_camera = False

    def start(self) -> None:
        raise NotImplementedError

    def request(self) -> None:
        """Send the next frame when there is one."""
        raise NotImplementedError

    def stop(self) -> None:
        """Release the device (idempotent)."""


class CameraSource(FrameSource):
    """The default webcam, on from `start()` to `stop()`."""

    is_camera = True

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._wanted = False
        self._camera: Any = None
        self._session: Any = None
        self._sink: Any = None
        self._watchdog = QTimer(self)
        self._watchdog.setSingleShot(True)
        self._watchdog.setInterval(FIRST_FRAME_SECONDS * 1000)
        self._watchdog.timeout.connect(lambda: self._fail(busy_camera_text()))

    def start(self) -> None:
        choose_backend()
        try:
            from PySide6.QtMultimedia import (
                QCamera,
                QMediaCaptureSession,
                QMediaDevices,
                QVideoSink,
            )
        except ImportError:  # a Windows N edition without Media Foundation, a cut-down install
            self.failed.emit(no_camera_text())
            return

        device = QMediaDevices.defaultVideoInput()
        if device.isNull():
            self.failed.emit(no_camera_text())
            return
        self._camera = QCamera(device, self)
        best = _best_format(device.videoFormats())
        if best is not None:
            self._camera.setCameraFormat(best)
        self._session = QMediaCaptureSession(self)
        self._sink = QVideoSink(self)
        self._session.setCamera(self._camera)
        self._session.setVideoSink(self._sink)
        self._sink.videoFrameChanged.connect(self._frame)
        self._camera.errorOccurred.connect(lambda *_: self._fail(busy_camera_text()))
        self._watchdog.start()
        self._camera.start()

    def request(self) -> None:
        self._wanted = True

    def _frame(self, frame: Any) -> None:
        self._watchdog.stop()
        if not self._wanted or not frame.isValid():
            return
        image = frame.toImage()  # only the frame the worker will read is converted
        if image.isNull():
            return
        self._wanted = False
        self.frame_ready.emit(image)

    def _fail(self, message: str) -> None:
        self.stop()
        self.failed.emit(message)

    def stop(self) -> None:
        self._watchdog.stop()
        self._wanted = False
        if self._camera is not None:
            self._camera.stop()
            self._session.setVideoSink(None)
            self._camera.deleteLater()
            self._session.deleteLater()
            self._sink.deleteLater()
            self._camera = self._session = self._sink = None

    @property
    def running(self) -> bool:
        return self._camera is not None


def _best_format(formats: list[Any]) -> Any:
    """The largest picture up to 1920 px wide (more costs time, not cards), or None."""
    fitting = [f for f in formats if f.resolution().width() <= MAX_WIDTH]
    if not fitting:
        return None
    return max(fitting, key=lambda f: (f.resolution().width(), f.maxFrameRate()))


class PhotoSource(FrameSource):
    """Photos from disk, one per request, in the order chosen."""

    def __init__(self, paths: list[Path], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._paths = list(paths)
        self.count = len(self._paths)

    def start(self) -> None:
        """Nothing to open: the first request reads the first photo."""

    def request(self) -> None:
        if not self._paths:
            self.finished.emit()
            return
        path = self._paths.pop(0)
        try:
            data = path.read_bytes()  # decoded on the worker, never written anywhere
        except OSError:
            data = b""  # the worker says it cannot be read, naming no path in any log
        self.frame_ready.emit((path.name, data))

    def stop(self) -> None:
        self._paths.clear()
