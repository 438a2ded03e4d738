"""The first step: what kind of session, which class and lesson, when, and the saved sessions.

Every field writes straight into the draft and says what changed, so the page reloads only what
depends on it (a new class means a new roster; a new lesson, new quiz items). The list on the
right holds the sessions already saved for this class (or for parents / staff), to open for
editing (Enter) or delete (Delete).
"""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content import Lesson
from skillsapp.domain.records import SessionSummary
from skillsapp.lessonrun.session_draft import ADULT_BANDS, SessionDraft
from skillsapp.services import school as school_service
from skillsapp.services.coverage import class_coverage
from skillsapp.services.sessions import list_sessions
from skillsapp.services.settings import load_profile
from skillsapp.services.stats import teaching_year
from skillsapp.ui.context import AppContext
from skillsapp.ui.form_fields import grades_text
from skillsapp.ui.reasons import WayForward, allow

KINDS = ("lesson", "parent_meeting", "staff_training")
FIELD_NAMES = ("kind", "class", "lesson", "date", "minutes", "teacher", "participants", "mode")
MODES = ("pupil", "class", "none")
ID_ROLE = Qt.ItemDataRole.UserRole


class SavedList(QListWidget):
    """Saved sessions; Enter opens one, Delete asks to delete it."""

    open_requested = Signal(str)
    delete_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.itemActivated.connect(lambda item: self.open_requested.emit(item.data(ID_ROLE)))
        self.setWordWrap(True)
        # no setSpacing or item side padding: Qt sizes a wrapped item without them, then paints it
        # narrower and cuts its last line ("…"); the list's own padding narrows both alike
        self.setStyleSheet("QListWidget { padding: 0 4px; } QListWidget::item { padding: 3px 0; }")
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() == Qt.Key.Key_Delete:
            self.delete_requested.emit(item.data(ID_ROLE))
            return
        super().keyPressEvent(event)


class SetupStep(QWidget):
    changed = Signal(str)  # "kind", "class", "lesson", "mode" or "detail"

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.draft = SessionDraft()
        self.kind_box = QComboBox()
        self.class_box = QComboBox()
        self.lesson_box = QComboBox()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("dd/MM/yyyy")
        self.minutes_spin = QSpinBox()
        self.minutes_spin.setRange(0, 240)
        self.teacher_edit = QLineEdit()
        self.participants_spin = QSpinBox()
        self.participants_spin.setRange(0, 5000)
        self.mode_box = QComboBox()
        self.saved = SavedList()
        self.open_button = QPushButton()
        self.delete_button = QPushButton()
        self.form = QFormLayout()
        self.saved_box = QGroupBox()
        self._labels = {name: QLabel() for name in FIELD_NAMES}
        self._layout()
        self._connect()
        self.retranslate()

    def _layout(self) -> None:
        rows = (
            ("kind", self.kind_box), ("class", self.class_box), ("lesson", self.lesson_box),
            ("date", self.date_edit), ("minutes", self.minutes_spin),
            ("teacher", self.teacher_edit), ("participants", self.participants_spin),
            ("mode", self.mode_box),
        )  # fmt: skip
        for name, widget in rows:
            self.form.addRow(self._labels[name], widget)
        self.lesson_box.setMinimumWidth(420)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        saved_layout = QVBoxLayout(self.saved_box)
        saved_layout.addWidget(self.saved)
        saved_layout.addLayout(buttons)
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.preview.setStyleSheet("QLabel { font-size: 14px; padding: 8px; }")
        form_box = QWidget()
        form_layout = QVBoxLayout(form_box)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(self.form)
        self.way = WayForward()
        form_layout.addWidget(self.way)
        form_layout.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(form_box, 2)  # lesson titles are long: the form gets the room
        layout.addWidget(self.saved_box, 1)

    def _connect(self) -> None:
        self.kind_box.currentIndexChanged.connect(self._on_kind)
        self.class_box.currentIndexChanged.connect(self._on_class)
        self.lesson_box.currentIndexChanged.connect(self._on_lesson)
        self.mode_box.currentIndexChanged.connect(self._on_mode)
        self.date_edit.dateChanged.connect(lambda d: self._detail("held_on", d.toPython()))
        self.minutes_spin.valueChanged.connect(lambda v: self._detail("minutes", v))
        self.teacher_edit.textEdited.connect(lambda t: self._detail("teacher", t))
        self.participants_spin.valueChanged.connect(lambda v: self._detail("participants", v))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button.clicked.connect(self._delete_current)

    def retranslate(self) -> None:
        texts = {
            "kind": self.tr("&Kind of session"), "class": self.tr("C&lass"),
            "lesson": self.tr("L&esson"), "date": self.tr("&Date"),
            "minutes": self.tr("&Minutes"), "teacher": self.tr("&Teacher"),
            "participants": self.tr("&Participants"), "mode": self.tr("&Quiz"),
        }  # fmt: skip
        for name, label in self._labels.items():
            label.setText(texts[name])
        for name, widget in zip(texts, self._fields(), strict=True):
            self._labels[name].setBuddy(widget)
        self._fill(self.kind_box, KINDS, (self.tr("Lesson with a class"),
                   self.tr("Meeting with parents"), self.tr("Staff training")))  # fmt: skip
        self._fill(self.mode_box, MODES, (self.tr("Each pupil's answers"),
                   self.tr("Whole class: count hands or cards"), self.tr("No quiz")))  # fmt: skip
        self.saved_box.setTitle(self.tr("Saved sessions"))
        self.open_button.setText(self.tr("&Open for editing"))
        self.delete_button.setText(self.tr("Delete…"))
        if self.ctx.store is not None:
            self.load_saved()  # the reasons and the way forward, in the new language

    def _fields(self) -> tuple[QWidget, ...]:
        return (
            *(self.kind_box, self.class_box, self.lesson_box, self.date_edit),
            *(self.minutes_spin, self.teacher_edit, self.participants_spin, self.mode_box),
        )

    def _fill(self, box: QComboBox, values: tuple[str, ...], texts: tuple[str, ...]) -> None:
        current = box.currentData()
        box.blockSignals(True)
        box.clear()
        for value, text in zip(values, texts, strict=True):
            box.addItem(text, value)
        box.setCurrentIndex(max(0, box.findData(current)))
        box.blockSignals(False)

    # --- loading -----------------------------------------------------------------------------

    def load(self, draft: SessionDraft) -> None:
        """Show a draft (new, restored or a saved session reopened) in the fields."""
        self.draft = draft
        widgets = (*self._fields(), self.saved)
        for widget in widgets:
            widget.blockSignals(True)
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(draft.kind)))
        self._load_classes()
        self._load_lessons()
        self.date_edit.setDate(QDate(draft.held_on))
        self.minutes_spin.setValue(draft.minutes)
        self.teacher_edit.setText(draft.teacher)
        self.participants_spin.setValue(draft.participants)
        self.mode_box.setCurrentIndex(max(0, self.mode_box.findData(draft.quiz_mode)))
        for widget in widgets:
            widget.blockSignals(False)
        self._show_kind_fields()
        self.show_preview()
        if draft.is_lesson and not draft.lesson_id and self.class_box.count():
            self._on_class()  # a new session: its class (or the first), the next lesson
        elif not draft.lesson_id:
            self._reload_lessons()
        self.load_saved()

    def _load_classes(self) -> None:
        year = teaching_year(self.ctx.store, date.today())
        self.class_box.clear()
        for cls in school_service.classes(self.ctx.store, school_year=year):
            text = (
                self.tr("%1 (%2 pupils)")
                .replace("%1", cls.name)
                .replace("%2", str(cls.pupil_count))
            )
            self.class_box.addItem(text, cls.id)
        if self.draft.class_id and self.class_box.findData(self.draft.class_id) < 0:
            cls = school_service.get_class(self.ctx.store, self.draft.class_id)  # an older year
            self.class_box.addItem(cls.name, cls.id)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(self.draft.class_id)))

    def _plan_and_done(self) -> tuple[tuple[Lesson, ...], set[str], dict[str, tuple[int, ...]]]:
        """The lessons that fit this session (a class's own grade plan, a mixed class's grades'
        plans, or the adult band's) in teaching order, those it has already had, and for a
        mixed class the grades each lesson serves."""
        kit = self.ctx.kit
        if not self.draft.is_lesson:
            kind = self.draft.kind
            held = {s.lesson_id for s in list_sessions(self.ctx.store) if s.kind == kind}
            return kit.band_plan(ADULT_BANDS[kind]), held, {}
        if not self.draft.class_id:
            return (), set(), {}
        coverage = class_coverage(self.ctx.store, self.draft.class_id, kit)
        plan = tuple(kit.lesson(s.lesson_id) for s in coverage.lessons)
        done = {s.lesson_id for s in coverage.lessons if s.held_on}
        served = {s.lesson_id: s.grades for s in coverage.lessons} if coverage.mixed else {}
        bands = {kit.band_for_grade(g).id for g in coverage.grades or (coverage.grade,)}
        own = tuple(
            lesson
            for band in sorted(bands)
            for lesson in kit.band_plan(band)
            if lesson.origin == "own"
        )
        return (*plan, *own), done, served

    def _load_lessons(self) -> None:
        plan, done, served = self._plan_and_done()
        self.lesson_box.clear()
        lang = self.ctx.language
        for lesson in plan:
            mark = "✓ " if lesson.id in done else ""
            text = f"{mark}{lesson.order}. {lesson.title.get(lang)}"
            if lesson.id in served:
                text += " · " + grades_text(served[lesson.id], self.tr("Grade %1"))
            if lesson.origin == "own":
                text += " · " + self.tr("My lesson")
            self.lesson_box.addItem(text, lesson.id)
        self.lesson_box.setCurrentIndex(max(0, self.lesson_box.findData(self.draft.lesson_id)))

    def load_saved(self) -> None:
        """The saved sessions this draft's class (or kind, for adults) already has."""
        self.saved.clear()
        if self.draft.is_lesson:
            found = (
                list_sessions(self.ctx.store, class_id=self.draft.class_id)
                if self.draft.class_id
                else []
            )
        else:
            found = [s for s in list_sessions(self.ctx.store) if s.kind == self.draft.kind]
        for summary in found:
            item = QListWidgetItem(self.summary_text(summary))
            item.setData(ID_ROLE, summary.id)
            self.saved.addItem(item)
        if not self.draft.is_lesson or self.draft.class_id:
            why = self.tr("Nothing of this kind has been saved yet.")
        else:
            why = self.tr("Choose a class first: its saved sessions are listed here.")
        for button in (self.open_button, self.delete_button):
            allow(button, bool(found), why)
        self.way.say(self._way_forward())

    def _way_forward(self) -> str:
        """A lesson needs a class: with none in this school year, say where to make one."""
        if self.draft.is_lesson and not self.class_box.count():
            return self.tr(
                "There is no class in this school year yet: make one on the Classes page "
                "(“New class…” or “Import class list…”), then come back to start the lesson."
            )
        return ""

    def summary_text(self, summary: SessionSummary) -> str:
        try:
            lesson = self.ctx.kit.lesson_at(summary.lesson_id, summary.lesson_version)
            title = lesson.title.get(self.ctx.language)  # as taught, whatever pack came since
        except KeyError:
            title = summary.lesson_id
        if summary.kind == "lesson":
            people = (
                self.tr("%1/%2 present")
                .replace("%1", str(summary.present))
                .replace("%2", str(summary.pupils))
            )
        else:
            people = self.tr("%1 participants").replace("%1", str(summary.participants))
        return f"{summary.held_on:%d/%m/%Y} · {people}\n{title}"

    # --- edits -------------------------------------------------------------------------------

    def _on_kind(self) -> None:
        self.draft.kind = self.kind_box.currentData()
        if not self.draft.is_lesson and self.draft.quiz_mode == "pupil":
            self.draft.quiz_mode = "class"
            self.mode_box.setCurrentIndex(self.mode_box.findData("class"))
        self._show_kind_fields()
        self._reload_lessons()
        self.load_saved()
        self.changed.emit("kind")

    def _show_kind_fields(self) -> None:
        lesson = self.draft.is_lesson
        for name, widget in (("class", self.class_box), ("participants", self.participants_spin)):
            shown = lesson if name == "class" else not lesson
            widget.setVisible(shown)
            self._labels[name].setVisible(shown)
        model = self.mode_box.model()
        model.item(MODES.index("pupil")).setEnabled(lesson)

    def _on_class(self) -> None:
        self.draft.class_id = self.class_box.currentData()
        if self.draft.class_id:
            cls = school_service.get_class(self.ctx.store, self.draft.class_id)
            # The person at this computer teaches the lesson (digital skills are often taught
            # by another teacher than the homeroom one); the homeroom teacher until a name is set
            teacher = load_profile(self.ctx.store).teacher_name or cls.homeroom_teacher
            self.draft.teacher = teacher
            self.teacher_edit.setText(teacher)
        self._reload_lessons()
        self.load_saved()
        self.changed.emit("class")

    def _reload_lessons(self) -> None:
        """A new class or kind: its lessons, the next one not yet taught chosen."""
        self.lesson_box.blockSignals(True)
        self.draft.lesson_id = ""
        self._load_lessons()
        self.lesson_box.setCurrentIndex(self._next_lesson_row())
        self.lesson_box.blockSignals(False)
        self._on_lesson()

    def _next_lesson_row(self) -> int:
        for row in range(self.lesson_box.count()):
            if not self.lesson_box.itemText(row).startswith("✓"):
                return row
        return 0

    def _on_lesson(self) -> None:
        lesson_id = self.lesson_box.currentData() or ""
        self.draft.lesson_id = lesson_id
        if lesson_id:
            lesson = self.ctx.kit.lesson(lesson_id)
            self.draft.lesson_version = lesson.version
            self.draft.minutes = lesson.minutes
            self.minutes_spin.blockSignals(True)
            self.minutes_spin.setValue(lesson.minutes)
            self.minutes_spin.blockSignals(False)
        self.show_preview()
        self.changed.emit("lesson")

    def show_preview(self) -> None:
        """What the teacher needs before class: the big question and what to prepare."""
        if not self.draft.lesson_id:
            self.preview.clear()
            return
        try:
            lesson = self.ctx.kit.lesson(self.draft.lesson_id)
        except KeyError:
            self.preview.clear()
            return
        lang = self.ctx.language
        materials = "".join(f"<li>{escape(m.get(lang))}</li>" for m in lesson.materials)
        question = escape(self.tr("Essential question"))
        prepare = escape(self.tr("To prepare"))
        self.preview.setText(
            f"<p><b>{question}:</b> <i>{escape(lesson.essential_question.get(lang))}</i></p>"
            f"<p><b>{prepare}:</b></p><ul>{materials}</ul>"
        )

    def _on_mode(self) -> None:
        self.draft.quiz_mode = self.mode_box.currentData()
        self.changed.emit("mode")

    def _detail(self, name: str, value: object) -> None:
        setattr(self.draft, name, value)
        self.changed.emit("detail")

    def choose(self, *, class_id: str | None = None, lesson_id: str | None = None) -> None:
        """Select a class and lesson as if the teacher had (Today's "Start lesson")."""
        if class_id is not None:
            self.class_box.setCurrentIndex(self.class_box.findData(class_id))
        if lesson_id is not None:
            self.lesson_box.setCurrentIndex(self.lesson_box.findData(lesson_id))

    def _current_saved(self) -> str | None:
        item = self.saved.currentItem() or self.saved.item(0)
        return item.data(ID_ROLE) if item else None

    def _open_current(self) -> None:
        session_id = self._current_saved()
        if session_id:
            self.saved.open_requested.emit(session_id)

    def _delete_current(self) -> None:
        session_id = self._current_saved()
        if session_id:
            self.saved.delete_requested.emit(session_id)
