"""Reading answer cards off the GUI thread: a worker thread turns each frame into a `Reading`.

The GUI thread only hands a frame over (a QImage from the camera, or a photo's name and bytes)
and receives the result: the conversion to a grey array, the marker detection and a small grey
preview for the overlay all run on the worker, so the window stays responsive while a 1080p
frame takes ~100 ms. Frames and previews stay in memory; nothing is written or logged.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage

from skillsapp.cards import reading
from skillsapp.errors import UserError

PREVIEW_WIDTH = 640  # the overlay is at most this wide on a 1366 px screen


@dataclass
class Reading:
    """One frame read: the cards, a grey preview and how preview pixels map to the frame's."""

    read: reading.FrameRead = field(default_factory=reading.FrameRead)
    preview: QImage = field(default_factory=QImage)
    scale: float = 1.0  # preview pixels per frame pixel
    error: UserError | None = None  # a photo that is no image
    thread: int = 0  # which thread read it (tests check it is never the GUI thread)


def qimage_to_grey(image: QImage) -> Any:
    """A QImage as a grey numpy array (a copy: the QImage may go away)."""
    import numpy as np

    grey = image.convertToFormat(QImage.Format.Format_Grayscale8)
    width, height, line = grey.width(), grey.height(), grey.bytesPerLine()
    pixels = np.frombuffer(grey.constBits(), np.uint8, count=line * height)
    return pixels.reshape(height, line)[:, :width].copy()


def grey_to_qimage(grey: Any) -> QImage:
    """A grey numpy array as a QImage that owns its pixels."""
    height, width = grey.shape[:2]
    return QImage(grey.data, width, height, grey.strides[0], QImage.Format.Format_Grayscale8).copy()


def read_one(frame: object) -> Reading:
    """Decode, read and preview one frame (runs on the worker)."""
    done = Reading(thread=threading.get_ident())
    if isinstance(frame, tuple):  # a photo: (file name, bytes)
        name, data = frame
        try:
            grey = reading.decode_image(data)
        except UserError:
            done.error = UserError("cards.bad_image_file", path=name)
            return done
    elif isinstance(frame, QImage):
        grey = qimage_to_grey(frame)
    else:
        grey = frame  # already a grey array
    done.read = reading.read_frame(grey)
    preview = grey_to_qimage(grey)
    if preview.width() > PREVIEW_WIDTH:
        preview = preview.scaledToWidth(PREVIEW_WIDTH, Qt.TransformationMode.SmoothTransformation)
    done.preview = preview
    done.scale = preview.width() / max(1, grey.shape[1])
    return done


class _Worker(QObject):
    done = Signal(object, int)  # Reading, the generation it was asked in

    @Slot(object, int)
    def read(self, frame: object, generation: int) -> None:
        self.done.emit(read_one(frame), generation)


class CardReader(QObject):
    """One worker thread for the panel's lifetime; `busy` while a frame is being read."""

    read_done = Signal(object)  # Reading
    _submit = Signal(object, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = False
        self._generation = 0
        self._thread = QThread(self)
        self._thread.setObjectName("card-reader")
        self._worker = _Worker()
        self._worker.moveToThread(self._thread)
        self._submit.connect(self._worker.read)  # queued: the worker lives on the thread
        self._worker.done.connect(self._done)  # queued back to the GUI thread
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    def submit(self, frame: object) -> None:
        self.busy = True
        self._submit.emit(frame, self._generation)

    def forget(self) -> None:
        """Frames still being read belong to a closed scan or another question: drop them."""
        self._generation += 1
        self.busy = False

    def _done(self, result: Reading, generation: int) -> None:
        if generation != self._generation:
            return
        self.busy = False
        self.read_done.emit(result)

    def stop(self) -> None:
        self.forget()
        self._thread.quit()
        self._thread.wait()
