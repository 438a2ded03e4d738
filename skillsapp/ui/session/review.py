"""The review step: attendance counts, quiz results per item, what is missing, and notes.

The figures come from `session_review.build_review` (Qt-free); this widget only words them. Every
problem names the pupils or items concerned, so the teacher can go back and fix them, or save
as it is (a missing answer is a fact too: the pupil left the sheet blank).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QTextBrowser, QVBoxLayout, QWidget

from skillsapp.lessonrun import session_review as rv
from skillsapp.lessonrun.session_draft import SessionDraft
from skillsapp.ui.models.attendance import status_name

if TYPE_CHECKING:
    from skillsapp.content import QuizItem

MAX_NAMES = 12


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole)}%" if whole else "–"


class ReviewStep(QWidget):
    notes_changed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.browser = QTextBrowser()
        self.notes_label = QLabel()
        self.notes = QPlainTextEdit()
        self.notes.setMaximumHeight(70)
        self.notes.setTabChangesFocus(True)
        self.notes_label.setBuddy(self.notes)
        self.notes.textChanged.connect(lambda: self.notes_changed.emit(self.notes.toPlainText()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes)
        self.retranslate()

    def retranslate(self) -> None:
        self.notes_label.setText(self.tr("&Notes (optional)"))
        self.browser.setAccessibleName(self.tr("Session summary"))

    def set_notes(self, text: str) -> None:
        if text != self.notes.toPlainText():
            self.notes.blockSignals(True)
            self.notes.setPlainText(text)
            self.notes.blockSignals(False)

    def show_review(
        self, review: rv.Review, draft: SessionDraft, items: Sequence[QuizItem], lang: str
    ) -> None:
        parts = [self._attendance(review, draft), self._quiz(review, draft, items, lang)]
        parts.append(self._problems(review))
        self.browser.setHtml("<div style='font-size: 14px'>" + "".join(parts) + "</div>")

    def _attendance(self, review: rv.Review, draft: SessionDraft) -> str:
        if not draft.is_lesson:
            heading = escape(self.tr("Participants"))
            return f"<h3>{heading}</h3><p>{review.attended}</p>"
        counts = " · ".join(
            f"{escape(status_name(status))}: <b>{count}</b>"
            for status, count in review.counts.items()
        )
        total = escape(self.tr("%1 of %2 pupils came").replace("%1", str(review.attended))
                       .replace("%2", str(review.roster)))  # fmt: skip
        heading = escape(self.tr("Attendance"))
        return f"<h3>{heading}</h3><p>{total}</p><p>{counts}</p>"

    def _quiz(
        self, review: rv.Review, draft: SessionDraft, items: Sequence[QuizItem], lang: str
    ) -> str:
        heading = "<h3>" + escape(self.tr("Quiz")) + "</h3>"
        if draft.quiz_mode == "none" or not review.items:
            return heading + "<p>" + escape(self.tr("No quiz in this session.")) + "</p>"
        summary = ""
        if draft.quiz_mode == "pupil":
            summary = escape(
                self.tr("%1 pupils answered; average %2; %3 passed (half marks or more).")
                .replace("%1", str(review.scored))
                .replace("%2", f"{round(100 * review.average)}%")
                .replace("%3", str(review.passed))
            )
        answered = self.tr("Answers") if draft.quiz_mode == "pupil" else self.tr("Hands")
        head = "".join(
            f"<th align='left'>{escape(h)}</th>"
            for h in (self.tr("Item"), self.tr("Question"), self.tr("Right"), answered, "%")
        )
        prompts = {item.id: item.prompt.get(lang) for item in items}
        cells = (
            (f.number, escape(prompts.get(f.item_id, f.item_id)), f.right, f.responses,
             _percent(f.right, f.responses))
            for f in review.items
        )  # fmt: skip
        rows = "".join(
            "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>" for row in cells
        )
        table = f"<table cellpadding='4' cellspacing='0' border='1'><tr>{head}</tr>{rows}</table>"
        return f"{heading}<p>{summary}</p>{table}"

    def _problems(self, review: rv.Review) -> str:
        heading = "<h3>" + escape(self.tr("Before saving")) + "</h3>"
        if not review.problems:
            ok = escape(self.tr("Nothing is missing."))
            return f"{heading}<p style='color:#1e7b34'>{ok}</p>"
        lines = "".join(f"<li>{escape(self.problem_text(p))}</li>" for p in review.problems)
        return f"{heading}<ul style='color:#a04000'>{lines}</ul>"

    def problem_text(self, problem: rv.Problem) -> str:
        texts = {
            rv.NO_CLASS: self.tr("No class is chosen."),
            rv.NO_LESSON: self.tr("No lesson is chosen."),
            rv.NO_PARTICIPANTS: self.tr("The number of participants is 0."),
            rv.NOBODY_CAME: self.tr("Every pupil is marked as not here."),
            rv.QUIZ_EMPTY: self.tr("No quiz answers are entered yet."),
            rv.NO_ANSWERS: self.tr("No answers yet from: %1"),
            rv.SOME_ANSWERS: self.tr("Some answers missing from: %1"),
            rv.ABSENT_ANSWERS: self.tr("Answers entered for pupils marked absent: %1"),
            rv.NO_TALLY: self.tr("No hands counted for item(s): %1"),
            rv.TOO_MANY_HANDS: self.tr("More hands than people for item(s): %1"),
        }
        return texts[problem.code].replace("%1", self._names(problem.names))

    def _names(self, names: tuple[str, ...]) -> str:
        if len(names) <= MAX_NAMES:
            return ", ".join(names)
        more = self.tr("and %1 more").replace("%1", str(len(names) - MAX_NAMES))
        return ", ".join(names[:MAX_NAMES]) + " " + more
