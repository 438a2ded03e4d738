"""The quiz step in its three modes: each pupil's answers, a whole-class tally, or no quiz.

Under the per-pupil grid a line shows the current item with its options, so the teacher never
has to look up what "B" meant; a refused key is explained on the same line. "Scan cards" opens
the scanning panel (card_scan.ScanPanel) beside the grid: answers read from the pupils' cards
land in the same grid, where any cell can still be corrected by typing.

"Shuffle questions and options" (on by default, fixed once an answer is recorded) puts the
quiz in the session's own order (skillsapp.lessonrun.quiz_order): the grid, the hint line, the
card reading and the projected question all show the shown items, so the letter a pupil gives
means the shown option; `answer_entered` turns it back into the original option that is saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Signal
from PySide6.QtGui import QHideEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.records import Pupil
from skillsapp.lessonrun import quiz_entry
from skillsapp.lessonrun.quiz_order import draft_quiz
from skillsapp.lessonrun.session_draft import SessionDraft
from skillsapp.ui.models.quiz_grid_model import QuizGridModel, keys_hint
from skillsapp.ui.reasons import allow
from skillsapp.ui.session.card_scan import ScanPanel
from skillsapp.ui.session.quiz_grid_view import QuizGridView
from skillsapp.ui.session.tally import TallyPanel

if TYPE_CHECKING:
    from skillsapp.content import QuizItem

MODE_PAGES = {"pupil": 0, "class": 1, "none": 2}


class QuizStep(QWidget):
    answer_entered = Signal(str, str, object)  # pupil id, item id, STORED answer or None
    order_changed = Signal()  # the shuffle box was turned: the draft holds the new choice

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = QuizGridModel(self)
        self.grid = QuizGridView()
        self.grid.setModel(self.model)
        self.tally = TallyPanel()
        self.none_label = QLabel()
        self.none_label.setWordWrap(True)
        self.across = QCheckBox()
        self.across.toggled.connect(lambda on: setattr(self.grid, "across", on))
        self.shuffle_box = QCheckBox()
        self.shuffle_box.toggled.connect(self._shuffle_toggled)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setMinimumHeight(44)
        self.modes = QStackedWidget()
        for widget in (self.grid, self.tally, self.none_label):
            self.modes.addWidget(widget)
        self.scan_button = QPushButton()
        self.scan_button.clicked.connect(self.open_scan)
        self.sheets_button = QPushButton()  # the session page reads them (sheet_review.py)
        self.print_sheets_button = QPushButton()  # and prints them (sheet_print.py)
        self.scan_panel = ScanPanel(self.model)
        self.scan_panel.setFixedWidth(400)  # the grid keeps room for five items' headers
        self.scan_panel.hide()
        self.scan_panel.question_changed.connect(self._scan_question)
        self.scan_panel.closed.connect(lambda: self.grid.setFocus())
        self.grid.answer_entered.connect(self._entered)
        self.scan_panel.answer_entered.connect(self._entered)  # cards: the same answers
        self.model.dataChanged.connect(lambda *_: self._explain_shuffle())
        self.model.modelReset.connect(self._explain_shuffle)
        self.card_numbers: Callable[[], dict[str, int]] = dict  # the page gives the class's
        boxes = QVBoxLayout()  # one above the other: side by side they crowd out the buttons
        boxes.setSpacing(2)
        boxes.addWidget(self.shuffle_box)
        boxes.addWidget(self.across)
        top = QHBoxLayout()
        top.addLayout(boxes, 1)
        top.addWidget(self.scan_button)
        top.addWidget(self.print_sheets_button)
        top.addWidget(self.sheets_button)
        middle = QHBoxLayout()
        middle.addWidget(self.modes, 1)
        middle.addWidget(self.scan_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.hint)
        self._lang = "vi"
        self._tally_source: tuple[Sequence[QuizItem], SessionDraft] = ((), SessionDraft())
        self._quiz: Sequence[QuizItem] = ()  # the lesson's items, as written
        self._pupils: list[Pupil] = []
        self._tally_built = False
        self.grid.selectionModel().currentChanged.connect(self._show_item)
        self.grid.refused.connect(self._refused)
        self.retranslate()

    def retranslate(self) -> None:
        self.shuffle_box.setText(self.tr("S&huffle questions and options"))
        self._explain_shuffle()
        self.across.setText(self.tr("Answer sheets: go &across each pupil's items, then down"))
        self.grid.setAccessibleName(self.tr("Quiz answers, one row per pupil"))
        self.scan_button.setText(self.tr("Scan cards"))
        self.scan_button.setToolTip(
            self.tr("Read the pupils' answer cards with the webcam or from photos")
        )
        self.print_sheets_button.setText(self.tr("Print answer sheets…"))
        self.print_sheets_button.setToolTip(
            self.tr("Save the class's paper answer sheet for this lesson as a PDF to print")
        )
        self.sheets_button.setText(self.tr("Read answer sheets…"))
        self.sheets_button.setToolTip(
            self.tr(
                "Read photos or scans of the paper answer sheets (printed with print "
                "quiz-sheet --marks); you confirm every uncertain mark before it goes in"
            )
        )
        self.scan_panel.retranslate()
        self.none_label.setText(
            self.tr("This session has no quiz. Choose a quiz mode in the first step to add one.")
        )

    def set_quiz(
        self, pupils: Sequence[Pupil], items: Sequence[QuizItem], draft: SessionDraft, lang: str
    ) -> None:
        self._lang = lang
        self.model.language = lang
        self.scan_panel.close_scan()  # another lesson or class: nothing is read for the old one
        self.scan_panel.language = lang
        self._quiz, self._pupils = items, list(pupils)
        self._show_order(draft)
        self._tally_source = (items, draft)
        self._tally_built = False
        self.show_mode(draft.quiz_mode)

    def show_mode(self, mode: str) -> None:
        if mode == "class" and not self._tally_built:  # built only when counting hands
            items, draft = self._tally_source
            self.tally.set_items(items, draft.tallies, self._lang)
            self._tally_built = True
        self.modes.setCurrentIndex(MODE_PAGES[mode])
        self.hint.setVisible(mode == "pupil")
        self.shuffle_box.setVisible(mode == "pupil")
        self.across.setVisible(mode == "pupil")
        self.scan_button.setVisible(mode == "pupil")
        self.sheets_button.setVisible(mode == "pupil")
        self.print_sheets_button.setVisible(mode == "pupil")
        if mode != "pupil":
            self.scan_panel.close_scan()

    def _show_order(self, draft: SessionDraft) -> None:
        """The grid (and so typing, the cards and the projector) in the draft's quiz order."""
        self.scan_panel.close_scan()  # its question was a column of the old order
        self._tick_shuffle(draft)
        self.model.set_quiz(self._pupils, draft_quiz(self._quiz, draft), draft)

    def _tick_shuffle(self, draft: SessionDraft) -> None:
        self.shuffle_box.blockSignals(True)
        self.shuffle_box.setChecked(draft.shuffle)
        self.shuffle_box.blockSignals(False)

    def _shuffle_toggled(self, on: bool) -> None:
        draft = self.model.draft
        if on == draft.shuffle:
            return
        if draft.order_locked:  # answers are in: the box goes back to the order they used
            self._tick_shuffle(draft)
            return
        draft.shuffle = on
        self._show_order(draft)
        self.grid.first_cell()
        self.grid.setFocus()  # typing the answers is what comes next
        self.order_changed.emit()

    def _explain_shuffle(self) -> None:
        """Enabled until the first answer: after it, cards, sheets and typing used the order."""
        allow(
            self.shuffle_box,
            not self.model.draft.order_locked,
            self.tr(
                "Answers are already recorded in this order: it stays as it is for this session."
            ),
            self.tr(
                "Each session shows the questions, and the options of each choice question, in "
                "its own order, the same on the screen, the cards and its printed answer "
                "sheets. Answers are kept by the original options, so reports do not change."
            ),
        )

    def _entered(self, pupil_id: str, item_id: str, shown: str | None) -> None:
        """An answer typed or read with the shown options, passed on as it is stored."""
        self.answer_entered.emit(pupil_id, item_id, self.model.to_stored(item_id, shown))

    def activate(self, attended: int) -> QWidget | None:
        """The step became visible: grey who is away, count who is here; returns where typing
        goes (the first empty cell, or the first counter)."""
        self.model.refresh_rows()
        self.scan_panel.refresh_attendance()
        self.tally.set_attended(attended)
        mode = self.modes.currentIndex()
        if mode == MODE_PAGES["pupil"]:
            current = self.grid.currentIndex()
            if not current.isValid() or not self.model.attends(current.row()):
                self.grid.first_cell()
            return self.grid
        spin = self.tally.first_spin() if mode == MODE_PAGES["class"] else None
        if spin is not None:
            spin.selectAll()  # typing a count replaces the 0
        return spin

    def open_scan(self) -> None:
        """Open the scanning panel on the grid's current item, with the camera on."""
        if not self.model.columnCount():
            return
        self.scan_panel.set_cards(self.card_numbers())
        column = max(0, self.grid.currentIndex().column())
        self.scan_panel.open_at(column)

    def _scan_question(self, column: int) -> None:
        """The panel moved to another item: the grid shows that column."""
        model = self.model
        row = next((r for r in range(model.rowCount()) if model.attends(r)), 0)
        if model.rowCount():
            self.grid.selectionModel().setCurrentIndex(
                model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def hideEvent(self, event: QHideEvent) -> None:
        """Leaving the quiz step closes the panel: the camera is on only while it shows."""
        if not event.spontaneous():
            self.scan_panel.close_scan()
        super().hideEvent(event)

    def _show_item(self, current: QModelIndex, _previous: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if not current.isValid():
            self.hint.clear()
            return
        item = self.model.item(current.column())
        self.hint.setText(self._item_text(current.column(), item))
        self.hint.setStyleSheet("")

    def _item_text(self, column: int, item: QuizItem) -> str:
        key = item.key()
        if item.type == "sorting":
            choices = "  ".join(
                f"{n}. {c.get(self._lang)}" for n, c in enumerate(item.categories, start=1)
            )
            cards = "; ".join(
                f"{n}) {card.text.get(self._lang)}" for n, card in enumerate(item.cards, start=1)
            )
            choices += "\n" + self.tr("Cards, one key each in this order: %1").replace("%1", cards)
        else:
            choices = "  ".join(
                f"{quiz_entry.LETTERS[n]}. {o.get(self._lang)}" for n, o in enumerate(item.options)
            )
        pupil = self.model.pupil(self.grid.currentIndex().row()).full_name
        return (
            self.tr("%1 — Q%2 (%3): %4")
            .replace("%1", pupil)
            .replace("%2", str(column + 1))
            .replace("%3", keys_hint(key))
            .replace("%4", f"{item.prompt.get(self._lang)}  {choices}".strip())
        )

    def _refused(self, typed: str) -> None:
        column = self.grid.currentIndex().column()
        key = self.model.key(column)
        self.hint.setText(
            self.tr("“%1” is not an answer to Q%2: type %3.")
            .replace("%1", typed)
            .replace("%2", str(column + 1))
            .replace("%3", keys_hint(key))
        )
        self.hint.setStyleSheet("color: #c0392b; font-weight: bold;")
