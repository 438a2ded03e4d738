"""After "Save session": what was saved, where to find it, and where to go next.

The page stays on the saved session (reopened from the database, so what is shown is what was
stored) until the teacher chooses: the class's next lesson, back to Today, or the class
dashboard. Editing the saved session is still one click on a step above.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from skillsapp.domain.records import Session


@dataclass(frozen=True)
class SavedFacts:
    """The figures the confirmation words, taken from the stored session."""

    class_name: str
    lesson_title: str
    held_on: str
    present: int
    roster: int
    answers: int
    hands: int
    participants: int
    kind: str
    quiz_mode: str

    @classmethod
    def of(cls, session: Session, class_name: str, lesson_title: str) -> SavedFacts:
        came = sum(1 for s in session.attendance.values() if s in ("present", "late"))
        return cls(
            class_name=class_name,
            lesson_title=lesson_title,
            held_on=f"{session.held_on:%d/%m/%Y}",
            present=came,
            roster=len(session.attendance),
            answers=len(session.answers),
            hands=sum(t.count for t in session.tallies),
            participants=session.participants,
            kind=session.kind,
            quiz_mode=session.quiz_mode,
        )


class SavedView(QWidget):
    next_requested = Signal()
    today_requested = Signal()
    dashboard_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frame = QFrame()
        self.frame.setObjectName("savedFrame")
        self.frame.setStyleSheet(
            "QFrame#savedFrame { background: #e8f6e4; border: 1px solid #7cbf6b;"
            " border-radius: 6px; }"
        )
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 20px; font-weight: bold; color: #1e6b2a;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setStyleSheet("font-size: 15px;")
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.next_button = QPushButton()
        self.today_button = QPushButton()
        self.dashboard_button = QPushButton()
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next_requested)
        self.today_button.clicked.connect(self.today_requested)
        self.dashboard_button.clicked.connect(self.dashboard_requested)
        inner = QVBoxLayout(self.frame)
        inner.setContentsMargins(24, 18, 24, 18)
        for widget in (self.heading, self.details, self.where):
            inner.addWidget(widget)
        buttons = QHBoxLayout()
        for button in (self.next_button, self.today_button, self.dashboard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        inner.addLayout(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.frame)
        layout.addStretch(1)
        self._facts: SavedFacts | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText("✓ " + self.tr("Session saved"))
        self.next_button.setText(self.tr("&Next lesson for this class"))
        self.today_button.setText(self.tr("Back to &Today"))
        self.dashboard_button.setText(self.tr("Open the class &dashboard"))
        self.where.setText(
            self.tr("You find it on the class dashboard and in the Reports page; to change it, "
                    "click a step above (it stays this saved session) or open it again from "
                    "“Saved sessions” in step 1.")
        )  # fmt: skip
        if self._facts is not None:
            self.show_saved(self._facts)

    def show_saved(self, facts: SavedFacts) -> None:
        self._facts = facts
        lines = []
        if facts.kind == "lesson":
            lines.append(self.tr("Class: %1").replace("%1", facts.class_name))
        lines.append(self.tr("Lesson: %1").replace("%1", facts.lesson_title))
        lines.append(self.tr("Date: %1").replace("%1", facts.held_on))
        if facts.kind == "lesson":
            lines.append(
                self.tr("Present: %1 of %2 pupils")
                .replace("%1", str(facts.present))
                .replace("%2", str(facts.roster))
            )
        else:
            lines.append(self.tr("Participants: %1").replace("%1", str(facts.participants)))
        lines.append(self._quiz_line(facts))
        self.details.setText("<br>".join(f"<b>·</b> {escape(line)}" for line in lines))
        self.next_button.setVisible(facts.kind == "lesson")
        self.dashboard_button.setVisible(facts.kind == "lesson")

    def _quiz_line(self, facts: SavedFacts) -> str:
        if facts.quiz_mode == "pupil":
            return self.tr("Quiz answers saved: %1").replace("%1", str(facts.answers))
        if facts.quiz_mode == "class":
            return self.tr("Hands counted in the quiz: %1").replace("%1", str(facts.hands))
        return self.tr("No quiz in this session")
