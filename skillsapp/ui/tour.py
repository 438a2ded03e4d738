"""The first-start tour (issue 21): five short steps over the real window, each on the page it
talks about, skippable at any step and replayed from Settings.

A panel inside the main window, not a dialog: the teacher can look at (and click) the page it
points at, and nothing modal stands between a new user and the app. Whether it was seen is the
person's (config.tour_done), not the school database's.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from skillsapp.config import update_config

# The last step of every tour: where help is.
_HELP_STEP = (
    "today",
    QT_TRANSLATE_NOOP("Tour", "Help on every page"),
    QT_TRANSLATE_NOOP(
        "Tour",
        "Press F1, or the Help button at the bottom left, for the guide to the page on "
        "screen. You can see this tour again in Settings.",
    ),
)

# (page shown, title, text) for each step, in order, per role: a leader and a department officer
# meet other pages first than a teacher does, so each is shown the five that are theirs.
TOURS: dict[str, tuple[tuple[str, str, str], ...]] = {
    "teacher": (
        (
            "today",
            QT_TRANSLATE_NOOP("Tour", "Today: what to teach next"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Each class with its next lesson. Press Start lesson on your class's row to begin.",
            ),
        ),
        (
            "session",
            QT_TRANSLATE_NOOP("Tour", "A lesson in five steps"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Class and lesson, attendance, present, quiz, review and save. Move on with Next; "
                "Ctrl+S saves the session.",
            ),
        ),
        (
            "curriculum",
            QT_TRANSLATE_NOOP("Tour", "Every lesson, ready to print"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Read a lesson before class, present it, and print its pupil handout, family note "
                "and materials.",
            ),
        ),
        (
            "sync",
            QT_TRANSLATE_NOOP("Tour", "Send your lessons to the school"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Data goes from computer to computer as a package on a USB stick, never over the "
                "internet. The school leader makes the reports from them.",
            ),
        ),
        _HELP_STEP,
    ),
    "leader": (
        (
            "sync",
            QT_TRANSLATE_NOOP("Tour", "Collect your teachers' packages"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Teachers bring their lessons as a package on a USB stick or by e-mail. Import "
                "it here; a package from a new computer waits until you accept its fingerprint.",
            ),
        ),
        (
            "dashboard",
            QT_TRANSLATE_NOOP("Tour", "See which classes are behind"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Coverage of every class against its grade's lessons, and the programme's tasks "
                "for this period.",
            ),
        ),
        (
            "reports",
            QT_TRANSLATE_NOOP("Tour", "The report to sign"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Choose the period and save the school's report as Word: it is laid out in the "
                "official style, ready to finish, sign and send.",
            ),
        ),
        (
            "cases",
            QT_TRANSLATE_NOOP("Tour", "Children who ask for help"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "The school's designated person records each disclosure here, locked with a "
                "passphrase, and follows every case until the child is supported.",
            ),
        ),
        _HELP_STEP,
    ),
    "department": (
        (
            "sync",
            QT_TRANSLATE_NOOP("Tour", "Receive the schools' reports"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Schools send their figures as a package: counts only, never a child's name. "
                "Import each one here and accept a new school's fingerprint once.",
            ),
        ),
        (
            "reports",
            QT_TRANSLATE_NOOP("Tour", "The district's report"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "The schools' figures summed for the period, with the schools that have not "
                "reported yet, as Word or PDF.",
            ),
        ),
        (
            "curriculum",
            QT_TRANSLATE_NOOP("Tour", "The lessons your schools teach"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "Every lesson of the kit by grade: read what schools teach before you visit.",
            ),
        ),
        (
            "settings",
            QT_TRANSLATE_NOOP("Tour", "Your office and your keys"),
            QT_TRANSLATE_NOOP(
                "Tour",
                "The department's name for the report's header, the language, and a backup of "
                "this computer's keys.",
            ),
        ),
        _HELP_STEP,
    ),
}

# The teacher's tour: the first start of most installations, and the one a test walks.
STEPS = TOURS["teacher"]


def tour_for(role: str) -> tuple[tuple[str, str, str], ...]:
    """The steps for ROLE; an unknown role (an old profile) gets the teacher's."""
    return TOURS.get(role, STEPS)


class TourPanel(QFrame):
    """One step at a time in a box at the bottom right of the window, the steps of one role."""

    def __init__(
        self, show_page: Callable[[str], object], parent: QWidget, role: str = "teacher"
    ) -> None:
        super().__init__(parent)
        self.role = role
        self.steps = tour_for(role)
        self.setObjectName("tourPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._show_page = show_page
        self.step = 0
        self.counter = QLabel()
        self.heading = QLabel()
        self.heading.setObjectName("tourHeading")
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.skip_button = QPushButton()
        self.back_button = QPushButton()
        self.next_button = QPushButton()
        self.skip_button.clicked.connect(self.finish)
        self.back_button.clicked.connect(lambda: self.go(self.step - 1))
        self.next_button.clicked.connect(self._next)
        buttons = QHBoxLayout()
        buttons.addWidget(self.skip_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counter)
        layout.addWidget(self.heading)
        layout.addWidget(self.text, 1)
        layout.addLayout(buttons)
        self.setFixedWidth(400)

    def go(self, step: int) -> None:
        """Show STEP (0-based) on its page."""
        self.step = max(0, min(step, len(self.steps) - 1))
        page_id = self.steps[self.step][0]
        self._show_page(page_id)
        self.retranslate()
        self.show()
        self.place()
        self.raise_()
        self.next_button.setFocus()

    def retranslate(self) -> None:
        _page, title, text = self.steps[self.step]
        last = self.step == len(self.steps) - 1
        self.counter.setText(
            self.tr("Step %1 of %2")
            .replace("%1", str(self.step + 1))
            .replace("%2", str(len(self.steps)))
        )
        self.heading.setText(QCoreApplication.translate("Tour", title))
        self.text.setText(QCoreApplication.translate("Tour", text))
        self.skip_button.setText(self.tr("Skip the tour"))
        self.back_button.setText(self.tr("‹ Back"))
        self.back_button.setEnabled(self.step > 0)
        self.next_button.setText(self.tr("Done") if last else self.tr("Next ›"))

    def place(self) -> None:
        """Bottom right of the window, above the status bar, clear of the page's own buttons."""
        parent = self.parentWidget()
        if parent is None:
            return
        self.adjustSize()
        self.move(parent.width() - self.width() - 24, parent.height() - self.height() - 90)

    def finish(self) -> None:
        """Skipped or done: hide, and do not show it by itself again."""
        self.hide()
        update_config(tour_done=True)

    def _next(self) -> None:
        if self.step == len(self.steps) - 1:
            self.finish()
        else:
            self.go(self.step + 1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.finish()
            return
        super().keyPressEvent(event)
