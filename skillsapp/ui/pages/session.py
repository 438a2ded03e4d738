"""A session, start to end: choose -> attendance -> present -> quiz -> review -> save.

The page owns one `SessionDraft` (plain data) and hands it to each step's widget; every mark,
answer and count goes through a QUndoStack, and a draft file beside the database is rewritten
shortly after each change, so closing the window (or a power cut) loses nothing. Saving is one
`record_session` call: one transaction. Parent and staff sessions skip attendance and count
participants instead.

Keyboard: Ctrl+PgDown / Ctrl+Enter next step, Ctrl+PgUp back, Ctrl+S save, Ctrl+Z / Ctrl+Y undo
and redo, Alt+1..5 jump to a step.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.attendance import next_status
from skillsapp.domain.records import Pupil
from skillsapp.errors import UserError
from skillsapp.lessonrun.session_draft import (
    SessionDraft,
    draft_path,
    remove_draft,
    save_draft,
    set_aside,
)
from skillsapp.lessonrun.session_review import build_review
from skillsapp.services import school as school_service
from skillsapp.services import sessions as session_service
from skillsapp.ui.pages import Page
from skillsapp.ui.session import kept as kept_draft
from skillsapp.ui.session.attendance_grid import AttendanceStep
from skillsapp.ui.session.present import PresentStep
from skillsapp.ui.session.quiz_step import QuizStep
from skillsapp.ui.session.review import ReviewStep
from skillsapp.ui.session.saved import SavedFacts, SavedView
from skillsapp.ui.session.setup import SetupStep
from skillsapp.ui.session.sheet_print import print_answer_sheets
from skillsapp.ui.session.sheet_review import read_answer_sheets
from skillsapp.ui.session.undo import ChangeCommand

if TYPE_CHECKING:
    from skillsapp.content import Lesson

SETUP, ATTENDANCE, PRESENT, QUIZ, REVIEW, SAVED = range(6)
AUTOSAVE_MS = 400


class SessionPage(Page):
    page_id = "session"
    watches = frozenset({"school_class", "pupil", "session"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SessionPage", "Lesson session")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.draft = SessionDraft()
        self.dirty = False
        self._restored = False
        self._loading = False
        self._pupils: list[Pupil] = []
        self._lesson: Lesson | None = None
        self.undo_stack = QUndoStack(self)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.context_label = QLabel()
        self.notice = kept_draft.Notice()  # a restored or unrestorable draft, said in words
        self.steps_bar = QTabBar()
        self.steps_bar.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setup = SetupStep(ctx)
        self.attendance = AttendanceStep()
        self.present = PresentStep(ctx)
        self.quiz = QuizStep()
        self.review = ReviewStep()
        self.saved_view = SavedView()
        self.stack = QStackedWidget()
        for widget in (self.setup, self.attendance, self.present, self.quiz, self.review):
            self.stack.addWidget(widget)
            self.steps_bar.addTab("")
        self.stack.addWidget(self.saved_view)  # after saving; not a step of its own
        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.write_draft)
        self._make_buttons()
        self._make_actions()
        self._layout()
        self._connect()
        self.retranslate()

    # --- building ----------------------------------------------------------------------------

    def _make_buttons(self) -> None:
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.save_button = QPushButton()
        self.new_button = QPushButton()
        self.delete_button = QPushButton()
        self.undo_button = QToolButton()
        self.redo_button = QToolButton()
        for button in (self.back_button, self.next_button, self.save_button, self.new_button,
                       self.delete_button, self.undo_button, self.redo_button):  # fmt: skip
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def _make_actions(self) -> None:
        def action(keys: list[QKeySequence | QKeySequence.StandardKey], slot) -> QAction:
            made = QAction(self)
            made.setShortcuts(keys)
            made.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while shown
            made.triggered.connect(slot)
            self.addAction(made)
            return made

        ctrl = Qt.KeyboardModifier.ControlModifier
        self.next_action = action(
            [QKeySequence(ctrl | Qt.Key.Key_PageDown), QKeySequence(ctrl | Qt.Key.Key_Return),
             QKeySequence(ctrl | Qt.Key.Key_Enter)], self.next_step,
        )  # fmt: skip
        self.back_action = action([QKeySequence(ctrl | Qt.Key.Key_PageUp)], self.previous_step)
        self.save_action = action([QKeySequence(QKeySequence.StandardKey.Save)], self.save)
        self.undo_action = action(
            [QKeySequence(QKeySequence.StandardKey.Undo)], self.undo_stack.undo
        )
        self.redo_action = action(
            [QKeySequence(QKeySequence.StandardKey.Redo)], self.undo_stack.redo
        )
        for step in range(5):
            key = QKeySequence(Qt.KeyboardModifier.AltModifier | Qt.Key(Qt.Key.Key_1 + step))
            action([key], lambda _checked=False, s=step: self.go_to(s))

    def _layout(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.context_label, 1)
        bottom = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button, self.new_button, self.delete_button):
            bottom.addWidget(widget)
        bottom.addStretch(1)
        for widget in (self.back_button, self.next_button, self.save_button):
            bottom.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.steps_bar)
        layout.addWidget(self.stack, 1)
        layout.addLayout(bottom)

    def _connect(self) -> None:
        self.steps_bar.tabBarClicked.connect(self.go_to)
        self.back_button.clicked.connect(self.previous_step)
        self.next_button.clicked.connect(self.next_step)
        self.save_button.clicked.connect(self.save)
        self.new_button.clicked.connect(self._new_clicked)
        self.delete_button.clicked.connect(lambda: self.delete_session(self.draft.session_id))
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.undo_stack.redo)
        self.undo_stack.canUndoChanged.connect(self.undo_button.setEnabled)
        self.undo_stack.canRedoChanged.connect(self.redo_button.setEnabled)
        self.undo_button.setEnabled(False)
        self.redo_button.setEnabled(False)
        self.saved_view.next_requested.connect(
            lambda: self.new_session(kind=self.draft.kind, class_id=self.draft.class_id)
        )
        self.saved_view.today_requested.connect(lambda: self.window().show_page("today"))
        self.saved_view.dashboard_requested.connect(lambda: self.window().show_page("dashboard"))
        self.setup.changed.connect(self._setup_changed)
        self.setup.saved.open_requested.connect(self.open_session)
        self.setup.saved.delete_requested.connect(self.delete_session)
        self.attendance.grid.toggle_requested.connect(self._toggle)
        self.attendance.grid.reset_requested.connect(lambda p: self._mark(p, "present"))
        self.quiz.answer_entered.connect(self._answer)  # typed or read from cards and sheets
        self.quiz.order_changed.connect(self._changed)  # the shuffle box is kept with the draft
        self.quiz.card_numbers = self._card_numbers
        self.quiz.sheets_button.clicked.connect(lambda: read_answer_sheets(self))
        self.quiz.print_sheets_button.clicked.connect(lambda: print_answer_sheets(self))
        self.quiz.tally.count_changed.connect(self._count)
        self.review.notes_changed.connect(self._notes)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        names = (self.tr("1 Class and lesson"), self.tr("2 Attendance"), self.tr("3 Present"),
                 self.tr("4 Quiz"), self.tr("5 Review and save"))  # fmt: skip
        for index, name in enumerate(names):
            self.steps_bar.setTabText(index, name)
        self.back_button.setText(self.tr("‹ Back"))
        self.next_button.setText(self.tr("Next ›"))
        self.save_button.setText(self.tr("Save session"))
        self.new_button.setText(self.tr("New session"))
        self.delete_button.setText(self.tr("Delete this session…"))
        self.undo_button.setText(self.tr("Undo"))
        self.redo_button.setText(self.tr("Redo"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        self.new_button.setToolTip(self.tr("Start another session (this one is kept or saved)"))
        self.delete_button.setToolTip(self.tr("Delete this saved session from the database"))
        self.undo_button.setToolTip(
            self.tr(
                "Ctrl+Z: undo the last mark, answer or count "
                "(greyed out while there is nothing to undo)"
            )
        )
        self.redo_button.setToolTip(
            self.tr("Ctrl+Y: redo what was undone (greyed out while nothing was undone)")
        )
        for step in (self.setup, self.attendance, self.present, self.quiz, self.review,
                     self.saved_view):  # fmt: skip
            step.retranslate()
        self._explain_buttons()
        if self._restored:
            self._show_lesson()
            self._update_context()

    # --- the draft ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """First time: restore a kept draft (or start a new session); later, reload lists."""
        if not self._restored:
            self._restored = True
            self._restore_kept()
            return
        self.setup.load(self.draft)

    def _restore_kept(self) -> None:
        """A kept draft comes back where it was; one that cannot says why, and is set aside."""
        kept = kept_draft.examine(self.ctx)
        if kept is not None and not kept.problem and kept.draft is not None:
            self._show_draft(kept.draft, step=kept.draft.step)
            self.dirty = True
            self.notice.tell(kept_draft.restored_text(kept), warn=False)
            return
        if kept is not None:
            aside = set_aside(draft_path(self.ctx.db_path), kept.problem)
            self.notice.tell(kept_draft.not_restored_text(kept, aside), warn=True)
        self.new_session()

    def new_session(
        self, *, kind: str = "lesson", class_id: str | None = None, lesson_id: str | None = None
    ) -> None:
        """Start afresh (nothing asked: callers check `confirm_replace` first)."""
        draft = SessionDraft(kind=kind, held_on=date.today(), class_id=class_id)
        self._show_draft(draft, step=SETUP)
        if lesson_id:
            self.setup.choose(lesson_id=lesson_id)
        self.dirty = False
        self.undo_stack.clear()
        remove_draft(draft_path(self.ctx.db_path))

    def _show_draft(self, draft: SessionDraft, *, step: int) -> None:
        self.draft = draft
        self.undo_stack.clear()
        self._loading = True  # what setup.load announces is loaded once, below
        try:
            self.setup.load(draft)  # a new draft gets its class, roster and next lesson here
        finally:
            self._loading = False
        self._load_roster()
        self._load_lesson()
        self.review.set_notes(draft.notes)
        self.go_to(step, check=False)

    def _load_roster(self) -> None:
        """The session's pupils, in class-list order (inactive ones only if it recorded them)."""
        wanted = set(self.draft.roster)
        pupils = (
            school_service.pupils(self.ctx.store, self.draft.class_id)
            if self.draft.is_lesson and self.draft.class_id
            else []
        )
        self._pupils = [p for p in pupils if p.id in wanted]  # already in class-list order
        self.attendance.model.set_roster(self._pupils, self.draft)

    def _load_lesson(self) -> None:
        """The draft's lesson in the version it records: a saved session reopened after an
        update keeps the quiz it was taught with (a new draft records the current version)."""
        draft = self.draft
        try:
            self._lesson = (
                self.ctx.kit.lesson_at(draft.lesson_id, draft.lesson_version)
                if draft.lesson_id
                else None
            )
        except KeyError:  # a lesson the kit no longer has: the session stays editable
            self._lesson = None
        self.present.set_lesson(self._lesson)
        self._load_quiz()
        self._update_context()

    def _load_quiz(self) -> None:
        items = self._lesson.quiz if self._lesson else ()
        self.quiz.set_quiz(self._pupils, items, self.draft, self.ctx.language)

    def sheet_lesson(self) -> tuple[Lesson, str] | None:
        """The lesson as the session's answer sheets are printed and read: its quiz in the
        session's order, and what the sheets' code row is made from."""
        from skillsapp.lessonrun.quiz_order import sheet_key, shown_lesson

        if self._lesson is None:
            return None
        shown = shown_lesson(self._lesson, self.quiz.model.shown)
        return shown, sheet_key(self._lesson.id, self.draft)

    def _card_numbers(self) -> dict[str, int]:
        """Which answer card each pupil of the session's class holds (given when printed)."""
        from skillsapp.cards.scanning import class_card_numbers

        if not (self.draft.is_lesson and self.draft.class_id):
            return {}
        return class_card_numbers(self.ctx.store, self.draft.class_id)

    def _show_lesson(self) -> None:
        self.setup.load(self.draft)
        self._load_lesson()

    def _setup_changed(self, what: str) -> None:
        if what in ("class", "kind"):
            lesson_class = self.draft.class_id if self.draft.is_lesson else None
            active = (
                school_service.pupils(self.ctx.store, lesson_class, include_inactive=False)
                if lesson_class
                else []
            )
            self.draft.start_roster(p.id for p in active)
            self.draft.answers.clear()
            self.undo_stack.clear()
        if self._loading:
            return
        if what in ("class", "kind"):
            self._load_roster()
        if what in ("class", "kind", "lesson"):
            self._load_lesson()
        if what == "mode":
            self._load_quiz()  # only a per-pupil quiz is shuffled: the order may change too
        if what in ("detail", "mode"):
            self._changed()
        self.steps_bar.setTabEnabled(ATTENDANCE, self.draft.is_lesson)
        self._update_context()

    def _update_context(self) -> None:
        parts = []
        if self.draft.is_lesson and self.draft.class_id:
            parts.append(self.setup.class_box.currentText().split(" (")[0])
        if self._lesson is not None:
            parts.append(f"{self._lesson.order}. {self._lesson.title.get(self.ctx.language)}")
        parts.append(f"{self.draft.held_on:%d/%m/%Y}")
        if self.draft.session_id:
            parts.append(self.tr("editing a saved session"))
        self.context_label.setText("   ·   ".join(parts))
        self.delete_button.setVisible(bool(self.draft.session_id))

    def _changed(self) -> None:
        """Something was entered: it must not be lost, so the draft file follows shortly."""
        self.dirty = True
        self._autosave.start()

    def write_draft(self) -> None:
        self._autosave.stop()
        if not self.dirty:
            return
        self._label_draft()
        try:
            save_draft(draft_path(self.ctx.db_path), self.draft)
        except OSError as exc:
            self.ctx.bus.status_message.emit(
                self.tr("Could not keep the draft: %1").replace("%1", str(exc))
            )

    def _label_draft(self) -> None:
        """Name the draft's class and lesson, for banners even after they are gone."""
        lesson = self.draft.is_lesson and self.draft.class_id
        self.draft.class_name = self.setup.class_box.currentText().split(" (")[0] if lesson else ""
        self.draft.lesson_title = kept_draft.lesson_label(self.ctx, self.draft.lesson_id) or ""

    # --- steps -------------------------------------------------------------------------------

    def _steps(self) -> list[int]:
        return [s for s in range(5) if s != ATTENDANCE or self.draft.is_lesson]

    def next_step(self) -> None:
        later = [s for s in self._steps() if s > self.stack.currentIndex()]
        if later:
            self.go_to(later[0])

    def previous_step(self) -> None:
        earlier = [s for s in self._steps() if s < self.stack.currentIndex()]
        if earlier:
            self.go_to(earlier[-1])

    def go_to(self, step: int, *, check: bool = True) -> None:
        if step not in self._steps():
            step = REVIEW if step == ATTENDANCE else SETUP
        if check and step != SETUP and not self._ready():
            step = SETUP
        self.stack.setCurrentIndex(step)
        self.steps_bar.setCurrentIndex(step)
        self.steps_bar.setTabEnabled(ATTENDANCE, self.draft.is_lesson)
        self._explain_buttons()
        if self.draft.step != step:
            self.draft.step = step
            if self.dirty:
                self._autosave.start()  # the draft reopens at this step; moving is no entry
        self._activate(step, focus=check)  # a step the teacher asked for gets the keyboard

    def _explain_buttons(self) -> None:
        """Enable Back and Next; a disabled one says why in its tooltip."""
        step = self.stack.currentIndex()
        states = (
            (self.back_button, step != SETUP, self.tr("Ctrl+Page Up"),
             self.tr("This is the first step.")),
            (self.next_button, step not in (REVIEW, SAVED), self.tr("Ctrl+Page Down"),
             self.tr("This is the last step: check the session and save it.")
             if step == REVIEW else self.tr("The session is saved.")),
        )  # fmt: skip
        for button, enabled, shortcut, why in states:
            button.setEnabled(enabled)
            button.setToolTip(shortcut if enabled else why)

    def _ready(self) -> bool:
        if (self.draft.is_lesson and not self.draft.class_id) or not self.draft.lesson_id:
            self.ctx.bus.status_message.emit(self.tr("Choose a class and a lesson first."))
            return False
        return True

    def _activate(self, step: int, *, focus: bool) -> None:
        widgets = {
            SETUP: lambda: self.setup.kind_box,
            ATTENDANCE: lambda: self.attendance.activate(),
            PRESENT: lambda: self.present.activate(),
            QUIZ: lambda: self.quiz.activate(self._attended()),
            REVIEW: lambda: self.show_review() or self.review.browser,
        }
        target = widgets[step]()
        if focus and target is not None:
            target.setFocus()

    def _attended(self) -> int:
        if not self.draft.is_lesson:
            return self.draft.participants
        return sum(1 for p in self._pupils if self.draft.attends(p.id))

    def show_review(self) -> None:
        """Items numbered as the quiz step showed them; answers judged by the original keys."""
        shown = self.quiz.model.shown
        review = build_review(self.draft, self._pupils, shown.keys)
        items = shown.items
        self.review.show_review(review, self.draft, items, self.ctx.language)

    # --- entries (each one undoable) ---------------------------------------------------------

    def help_topic(self) -> str:
        """The quiz step has a guide page of its own."""
        return "session-quiz" if self.stack.currentIndex() == QUIZ else self.page_id

    def _push(self, label: str, apply, old, new, merge=None) -> None:  # type: ignore[no-untyped-def]
        if old != new:
            self.undo_stack.push(ChangeCommand(label, apply, old, new, merge=merge))

    def _toggle(self, pupil_id: str) -> None:
        self._mark(pupil_id, next_status(self.draft.status(pupil_id)))

    def _mark(self, pupil_id: str, status: str) -> None:
        apply = lambda v: (self.attendance.model.set_status(pupil_id, v), self._changed())  # noqa: E731
        self._push(self.tr("attendance"), apply, self.draft.status(pupil_id), status)

    def _answer(self, pupil_id: str, item_id: str, answer: str | None) -> None:
        old = self.draft.answers.get((pupil_id, item_id))
        apply = lambda v: (self.quiz.model.set_answer(pupil_id, item_id, v), self._changed())  # noqa: E731
        self._push(self.tr("answer"), apply, old, answer)

    def _count(self, item_id: str, option: str, count: int) -> None:
        old = self.draft.tallies.get((item_id, option), 0)
        apply = lambda v: self._set_count(item_id, option, v)  # noqa: E731
        self._push(self.tr("count"), apply, old, count, merge=(item_id, option))

    def _set_count(self, item_id: str, option: str, count: int) -> None:
        self.draft.set_count(item_id, option, count)
        self.quiz.tally.set_count(item_id, option, count)
        self._changed()

    def _notes(self, text: str) -> None:
        self.draft.notes = text
        self._changed()

    # --- save, open, delete ------------------------------------------------------------------

    def save(self) -> bool:
        """Save the whole session in one transaction, then say what was saved and stay on it
        (reopened from the database) until the teacher chooses where to go."""
        keys = self._lesson.quiz_keys() if self._lesson else {}
        try:
            saved, changes = session_service.record_session(
                self.ctx.store,
                self.draft.to_input(keys),
                keys=keys,
                session_id=self.draft.session_id,
                planned_id=self.draft.planned_id,
            )
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Not saved"), exc.message(self.ctx.language))
            return False
        self._label_draft()
        facts = SavedFacts.of(
            session_service.get_session(self.ctx.store, saved.id),
            self.draft.class_name,
            self.draft.lesson_title,
        )
        self._reopen(saved.id)
        self.notice.hide()
        self.ctx.bus.data_changed.emit(changes.tables)
        self.saved_view.show_saved(facts)
        self.stack.setCurrentWidget(self.saved_view)
        self._explain_buttons()
        self.saved_view.next_button.setFocus()
        self.ctx.bus.status_message.emit(self.tr("Session saved."))
        return True

    def confirm_replace(self) -> bool:
        """Before another session replaces this one: save it, drop it, or stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved session"),
            self.tr("The session you are entering is not saved. Save it first?"),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def start_lesson(self, class_id: str, lesson_id: str | None) -> bool:
        """Today's "Start lesson": this class and lesson, straight to attendance."""
        if not self.confirm_replace():
            return False
        self.new_session(class_id=class_id, lesson_id=lesson_id)
        self.go_to(ATTENDANCE)
        return True

    def start_adult_session(self, kind: str) -> bool:
        if not self.confirm_replace():
            return False
        self.new_session(kind=kind)
        return True

    def open_session(self, session_id: str) -> bool:
        """Reopen a saved session for editing, at its review."""
        if self.draft.session_id == session_id or not self.confirm_replace():
            return self.draft.session_id == session_id
        try:
            self._reopen(session_id)
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Cannot open"), exc.message(self.ctx.language))
            return False
        return True

    def _reopen(self, session_id: str) -> None:
        """Show a saved session, as stored, at its review (UserError if it is gone)."""
        session = session_service.get_session(self.ctx.store, session_id)
        active: list[Pupil] = []
        if session.class_id:
            active = school_service.pupils(self.ctx.store, session.class_id, include_inactive=False)
        self._show_draft(SessionDraft.from_session(session, (p.id for p in active)), step=REVIEW)
        self.dirty = False
        remove_draft(draft_path(self.ctx.db_path))

    def delete_session(self, session_id: str | None) -> bool:
        if not session_id:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete session"),
            self.tr("Delete this session with its attendance and quiz answers?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        changes = session_service.delete_session(self.ctx.store, session_id)
        self.ctx.bus.data_changed.emit(changes.tables)
        self.ctx.bus.status_message.emit(self.tr("Session deleted."))
        if self.draft.session_id == session_id:
            self.new_session(kind=self.draft.kind, class_id=self.draft.class_id)
        else:
            self.setup.load_saved()
        return True

    def _new_clicked(self) -> None:
        if self.confirm_replace():
            self.new_session(kind=self.draft.kind, class_id=self.draft.class_id)

    def can_close(self) -> bool:
        """Closing mid-session: save now, or keep a draft that opens next time, or stay."""
        if not self.dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved session"),
            self.tr("This session is not saved yet. Save it now?\n"
                    "If you choose No, it is kept as a draft and opens again next time."),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )  # fmt: skip
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.No:
            self.write_draft()
            return True
        return False


PAGE = SessionPage
