"""The quiz step's scanning panel ("Quét thẻ"): pupils hold up their answer cards, the webcam
(or photos from a phone) reads them, and each pupil's answer goes into the quiz grid.

Frames come from a `FrameSource` one at a time and are read on the `CardReader` worker; the GUI
thread only draws the result. Each reading goes through the question's `QuestionScan`
(skillsapp.cards.scanning), and the answers it passes on are emitted as `answer_entered`,
exactly what typing in the grid emits, so they land in the same draft, undo stack and save. The
grid stays beside the panel for corrections; a card seen again with the same letter does not
undo a correction. "Next question" keeps the camera on; closing the panel (or leaving the quiz
step) turns it off, and the panel says the whole time that it is on and that nothing is kept.
The projected view (`ScanProjection`) shows the question and the count, never who chose what.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.cards import scanning
from skillsapp.lessonrun import quiz_entry
from skillsapp.ui import file_dialogs
from skillsapp.ui.models.quiz_grid_model import QuizGridModel
from skillsapp.ui.session.card_overlay import CardOverlay
from skillsapp.ui.session.card_reader import CardReader, Reading
from skillsapp.ui.session.card_sources import CameraSource, FrameSource, PhotoSource

TICK, WAITING = "✓", "○"
PHOTO_FILTER = "*.jpg *.jpeg *.png *.bmp *.webp"


class ScanPanel(QWidget):
    answer_entered = Signal(str, str, object)  # pupil id, item id, canonical answer
    question_changed = Signal(int)  # the item (grid column) the panel now reads
    closed = Signal()

    def __init__(self, model: QuizGridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.language = "vi"
        self.make_camera: Callable[[], FrameSource] = CameraSource  # tests give a fake camera
        self.source: FrameSource | None = None
        self.reader: CardReader | None = None
        self.question: scanning.QuestionScan | None = None
        self.column = 0
        self.frames_read = 0
        self._numbers: dict[str, int] = {}  # pupil id -> card number
        self._projection: ScanProjection | None = None
        self._build()
        # A frame can bring forty answers, each a dataChanged: the counts and the list are
        # redrawn once, when the event loop is next free.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._show_counts)
        model.dataChanged.connect(lambda *_: self._recount.start())
        model.modelReset.connect(self._recount.start)
        self.retranslate()

    def _build(self) -> None:
        self.camera_state = QLabel()
        self.camera_state.setObjectName("cameraState")
        self.camera_state.setWordWrap(True)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.overlay = CardOverlay()
        self.count_label = QLabel()
        self.count_label.setObjectName("scanCount")
        self.ignored_label = QLabel()
        self.ignored_label.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("scanMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.pupil_list = QListWidget()
        self.pupil_list.setFlow(QListView.Flow.LeftToRight)
        self.pupil_list.setWrapping(True)
        self.pupil_list.setResizeMode(QListView.ResizeMode.Adjust)
        self.pupil_list.setMinimumHeight(80)
        self.waiting_label = QLabel()
        self.waiting_label.setWordWrap(True)
        self.waiting_label.setBuddy(self.pupil_list)
        self.previous_button = QPushButton()
        self.next_button = QPushButton()
        self.project_button = QPushButton()
        self.camera_button = QPushButton()
        self.photos_button = QPushButton()
        self.close_button = QPushButton()
        self.previous_button.clicked.connect(lambda: self.go_question(self.column - 1))
        self.next_button.clicked.connect(lambda: self.go_question(self.column + 1))
        self.project_button.clicked.connect(self.project)
        self.camera_button.clicked.connect(self.open_camera)
        self.photos_button.clicked.connect(self.open_photos)
        self.close_button.clicked.connect(self.close_scan)
        state = QHBoxLayout()
        state.addWidget(self.camera_state, 1)
        state.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        questions = QHBoxLayout()
        for button in (self.previous_button, self.next_button):
            questions.addWidget(button)
        questions.addWidget(self.count_label, 1, Qt.AlignmentFlag.AlignRight)
        sources = QHBoxLayout()
        for button in (self.camera_button, self.photos_button, self.project_button):
            sources.addWidget(button)
        sources.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addLayout(state)
        layout.addWidget(self.message)
        layout.addWidget(self.question_label)
        layout.addWidget(self.overlay, 3)
        layout.addLayout(questions)
        layout.addWidget(self.ignored_label)
        layout.addWidget(self.waiting_label)
        layout.addWidget(self.pupil_list, 2)
        layout.addLayout(sources)

    def retranslate(self) -> None:
        self.previous_button.setText(self.tr("‹ Previous question"))
        self.next_button.setText(self.tr("Next question ›"))
        self.next_button.setToolTip(self.tr("The camera stays on"))
        self.project_button.setText(self.tr("Project question"))
        self.project_button.setToolTip(
            self.tr("The class sees the question and how many answered, never who chose what")
        )
        self.camera_button.setText(self.tr("Use the camera"))
        self.photos_button.setText(self.tr("Open photos…"))
        self.close_button.setText(self.tr("Close (camera off)"))
        self.overlay.setAccessibleName(self.tr("Camera picture with the cards read"))
        self.pupil_list.setAccessibleName(self.tr("Pupils who came: ✓ answered"))
        self.overlay.placeholder = self.tr(
            "Pupils hold their card up with their answer's letter at the top. "
            "Sweep the camera slowly across the class."
        )
        self._show_state()
        self._show_question()

    # --- opening and closing -----------------------------------------------------------------

    @property
    def scanning(self) -> bool:
        return self.source is not None

    def set_cards(self, numbers: dict[str, int]) -> None:
        """Which card each pupil of the class holds (pupil id -> number)."""
        self._numbers = dict(numbers)
        self._new_question()

    def open_at(self, column: int) -> None:
        """Show the panel on this item and start the camera."""
        self.column = max(0, min(column, self.model.columnCount() - 1))
        self.show()
        self._new_question()
        self.open_camera()
        if not self._numbers and not self.message.isVisible():
            self._say(
                self.tr(
                    "No pupil of this class has an answer card yet: print the class's cards "
                    "first (command: skillsapp cards print). Cards are read once printed."
                )
            )

    def open_camera(self) -> None:
        self.start_source(self.make_camera())

    def open_photos(self) -> None:
        names, _filter = file_dialogs.get_open_file_names(
            self,
            self.tr("Photos of the class holding their cards"),
            "",
            self.tr("Photos (%1)").replace("%1", PHOTO_FILTER),
        )
        if names:
            self.start_source(PhotoSource([Path(n) for n in names]))

    def start_source(self, source: FrameSource) -> None:
        """Read frames from `source` (the previous source is stopped first)."""
        self._stop_source()
        self.message.hide()
        self.frames_read = 0
        if self.reader is None:
            self.reader = CardReader(self)
            self.reader.read_done.connect(self._read)
        self.source = source
        source.frame_ready.connect(self._frame)
        source.failed.connect(self._failed)
        source.finished.connect(self._finished)
        source.start()
        if self.source is source:  # a source that failed at once has been dropped
            self._show_state()
            source.request()

    def _stop_source(self) -> None:
        if self.source is not None:
            source, self.source = self.source, None
            source.stop()
            source.deleteLater()
        if self.reader is not None:
            self.reader.forget()
        self._show_state()

    def close_scan(self) -> None:
        """Camera off, worker stopped, panel hidden."""
        was_open = self.isVisible() or self.scanning
        self._stop_source()
        if self.reader is not None:
            self.reader.stop()
            self.reader.deleteLater()
            self.reader = None
        self.overlay.clear()
        if self._projection is not None:
            self._projection.close()
            self._projection = None
        self.hide()
        if was_open:
            self.closed.emit()

    def hideEvent(self, event: QHideEvent) -> None:
        """Hidden for any reason (another step, page, a minimised window): camera off."""
        if self.scanning:
            self._stop_source()
        super().hideEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_scan()
            return
        super().keyPressEvent(event)

    # --- frames ------------------------------------------------------------------------------

    def _frame(self, frame: object) -> None:
        if self.reader is not None and self.sender() is self.source:
            self.reader.submit(frame)

    def _read(self, result: Reading) -> None:
        self.frames_read += 1
        if result.error is not None:
            self._say(result.error.message(self.language))
        elif self.question is not None:
            item_id = self.question.key.item_id
            if scanning.can_scan(self.question.key):
                for pupil, answer in self.question.add(result.read):
                    self.answer_entered.emit(pupil, item_id, answer)
            self._show_frame(result)
            self._recount.start()
        if self.source is not None:
            self.source.request()

    def _show_frame(self, result: Reading) -> None:
        question = self.question
        cards = [
            (n, corners, question.status(n) if question else "ok")
            for n, corners in result.read.outlines.items()
        ]
        self.overlay.show_frame(result.preview, result.scale, cards)

    def _failed(self, text: str) -> None:
        self._stop_source()
        self._say(text)

    def _finished(self) -> None:
        """All photos read: say so; the panel stays open for corrections or more photos."""
        self._stop_source()
        self.camera_state.setText(
            self.tr("%1 photos read, in memory only: none is kept.").replace(
                "%1", str(self.frames_read)
            )
        )

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    # --- questions ---------------------------------------------------------------------------

    def go_question(self, column: int) -> None:
        """Another item; the camera stays on and reads for it from the next frame."""
        if not 0 <= column < self.model.columnCount() or column == self.column:
            return
        self.column = column
        self._new_question()
        self.question_changed.emit(column)
        if self.reader is not None and self.source is not None:
            self.reader.forget()  # a frame in flight was shown for the previous question
            self.source.request()

    def _attending(self) -> list[str]:
        model = self.model
        return [model.pupil(row).id for row in range(model.rowCount()) if model.attends(row)]

    def _new_question(self) -> None:
        if not self.model.columnCount():
            self.question = None
        else:
            self.column = min(self.column, self.model.columnCount() - 1)
            key = self.model.key(self.column)
            pupil_of = {n: p for p, n in self._numbers.items()}
            self.question = scanning.QuestionScan(key, pupil_of, set(self._attending()))
        self._show_question()
        self._show_counts()

    def refresh_attendance(self) -> None:
        if self.question is not None:
            self.question.attending = set(self._attending())
        self._show_counts()

    def question_text(self) -> str:
        """The item and how to answer it with a card (the teacher's and the class's view)."""
        if self.question is None:
            return ""
        item = self.model.item(self.column)
        key = self.question.key
        head = (
            self.tr("Q%1 of %2: %3")
            .replace("%1", str(self.column + 1))
            .replace("%2", str(self.model.columnCount()))
            .replace("%3", item.prompt.get(self.language))
        )
        if not scanning.can_scan(key):
            return (
                head
                + "\n"
                + self.tr(
                    "This question needs more than one card turn: type its answers in the grid."
                )
            )
        if key.type == "true_false":
            options = [self.tr("A: True"), self.tr("B: False")]
        else:
            options = [
                f"{quiz_entry.LETTERS[n]}: {o.get(self.language)}"
                for n, o in enumerate(item.options)
            ]
        return "\n".join([head, *options])

    def _show_question(self) -> None:
        """The panel names the item; its options are under the grid and on the projector."""
        text = self.question_text()
        self.question_label.setText(text.split("\n", 1)[0])
        self.question_label.setToolTip(text)
        self.previous_button.setEnabled(self.column > 0)
        self.next_button.setEnabled(self.column < self.model.columnCount() - 1)

    def counts(self) -> tuple[int, int]:
        """(answered, came) for the current item: what the count and the projector show."""
        if self.question is None:
            return 0, 0
        attending = self._attending()
        done = scanning.answered(self._answers(), self.question.key.item_id, attending)
        return len(done), len(attending)

    def _answers(self) -> dict[tuple[str, str], str]:
        answers = {}
        item_id = self.question.key.item_id if self.question else ""
        for row in range(self.model.rowCount()):
            value = self.model.answer(row, self.column) if self.question else None
            if value is not None:
                answers[(self.model.pupil(row).id, item_id)] = value
        return answers

    def count_text(self) -> str:
        done, came = self.counts()
        return self.tr("%1/%2 answered").replace("%1", str(done)).replace("%2", str(came))

    def _show_counts(self) -> None:
        self.count_label.setText(self.count_text())
        question = self.question
        self.ignored_label.setText(
            self.tr("Ignored: unknown markers %1; cards of absent pupils %2.")
            .replace("%1", str(len(question.unknown) if question else 0))
            .replace("%2", str(len(question.absent) if question else 0))
        )
        self._fill_pupils()
        if self._projection is not None:
            self._projection.show_question(self.question_text(), self.count_text())

    def _fill_pupils(self) -> None:
        """A tick per pupil who came, those not seen yet first (the teacher looks for them)."""
        answers = self._answers()
        item_id = self.question.key.item_id if self.question else ""
        came = [
            self.model.pupil(row) for row in range(self.model.rowCount()) if self.model.attends(row)
        ]
        waiting = [p for p in came if (p.id, item_id) not in answers]
        seen = [p for p in came if (p.id, item_id) in answers]
        self.pupil_list.clear()
        metrics = self.pupil_list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(f"{TICK} 60 · {p.full_name}") for p in came), default=0
        )
        self.pupil_list.setGridSize(QSize(min(widest + 12, 180), metrics.height() + 6))
        for pupil, mark in [(p, WAITING) for p in waiting] + [(p, TICK) for p in seen]:
            number = self._numbers.get(pupil.id)
            card = str(number) if number is not None else self.tr("no card")
            entry = QListWidgetItem(f"{mark} {card} · {pupil.full_name}")
            entry.setData(Qt.ItemDataRole.UserRole, pupil.id)
            self.pupil_list.addItem(entry)
        self.waiting_label.setText(
            self.tr("Not seen yet: %1 (listed first, ○); ✓ answered.").replace(
                "%1", str(len(waiting))
            )
            if waiting
            else self.tr("Everyone who came has answered ✓.")
        )

    def waiting(self) -> list[str]:
        """Pupil ids not seen yet, in the order listed."""
        out = []
        for i in range(self.pupil_list.count()):
            entry = self.pupil_list.item(i)
            if entry.text().startswith(WAITING):
                out.append(entry.data(Qt.ItemDataRole.UserRole))
        return out

    def ticked(self) -> set[str]:
        """Pupil ids with a tick now."""
        out = set()
        for i in range(self.pupil_list.count()):
            entry = self.pupil_list.item(i)
            if entry.text().startswith(TICK):
                out.add(entry.data(Qt.ItemDataRole.UserRole))
        return out

    def _show_state(self) -> None:
        if self.source is not None and self.source.is_camera:
            text = self.tr(
                "● The camera is on. Pictures are read in memory, never saved. "
                "Close the panel to turn it off."
            )
        elif self.source is not None:
            text = self.tr("Reading photos in memory: none is saved or copied.")
        else:
            text = self.tr("The camera is off.")
        self.camera_state.setText(text)
        self.camera_state.setProperty("on", self.source is not None and self.source.is_camera)
        self.camera_state.style().unpolish(self.camera_state)
        self.camera_state.style().polish(self.camera_state)

    # --- the projector -----------------------------------------------------------------------

    def project(self) -> None:
        """The question and the count for the class: on the projector when there is a second
        screen, else full screen here (Esc comes back), so no name is ever on the wall."""
        from skillsapp.ui.presentation import choose_screens

        if self._projection is None:
            self._projection = ScanProjection()
            self._projection.destroyed.connect(lambda *_: setattr(self, "_projection", None))
        self._projection.show_question(self.question_text(), self.count_text())
        projector, _teacher = choose_screens()
        if projector is not None:
            self._projection.setScreen(projector)
            self._projection.setGeometry(projector.geometry())
        self._projection.showFullScreen()


class ScanProjection(QWidget):
    """What the class sees while cards are read: the question and "n/m answered", nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setObjectName("scanProjection")
        self.question = QLabel()
        self.question.setObjectName("projectedQuestion")
        self.question.setWordWrap(True)
        self.count = QLabel()
        self.count.setObjectName("projectedCount")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.count, 0, Qt.AlignmentFlag.AlignRight)
        self.setWindowTitle(self.tr("Question"))

    def show_question(self, question: str, count: str) -> None:
        self.question.setText(question)
        self.count.setText(count)

    def projected_text(self) -> str:
        return f"{self.question.text()}\n{self.count.text()}"

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)
