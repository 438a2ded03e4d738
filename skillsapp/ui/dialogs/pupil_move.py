"""A pupil moving to another class, or leaving the school, from a day (issue 22 item 2).

One small form for both: the class to move to (only for a move) and the day. The page calls
`services.school.move_pupil` or `pupil_left` with what it returns; the pupil's marks stay with
the class where they were made either way.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from skillsapp.domain.records import Pupil, SchoolClass
from skillsapp.ui.form_fields import date_edit, edited_date, to_qdate


@dataclass(frozen=True)
class StayEnd:
    day: date
    class_id: str = ""  # the class moved to; "" for a pupil who left the school


class PupilStayDialog(QDialog):
    """`classes` given: a move (choose the class); empty: leaving the school."""

    def __init__(
        self,
        pupil: Pupil,
        classes: list[SchoolClass],
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        moving = bool(classes)
        self.setWindowTitle(
            self.tr("Move to another class") if moving else self.tr("Left the school")
        )
        self.text = QLabel(
            (
                self.tr(
                    "%1 moves to another class; their attendance and quiz answers so far "
                    "stay with this class."
                )
                if moving
                else self.tr("%1 left the school; they are kept, inactive, with their history.")
            ).replace("%1", pupil.full_name)
        )
        self.text.setWordWrap(True)
        self.class_box = QComboBox()
        for cls in classes:
            self.class_box.addItem(cls.name, cls.id)
        self.day = date_edit()
        self.day.setDate(to_qdate(today))
        form = QFormLayout(self)
        form.addRow(self.text)
        if moving:
            form.addRow(self.tr("New class"), self.class_box)
        form.addRow(self.tr("From the day") if moving else self.tr("Left on"), self.day)
        buttons = QDialogButtonBox()
        self.ok_button = buttons.addButton(
            self.tr("Move") if moving else self.tr("Mark as left"),
            QDialogButtonBox.ButtonRole.AcceptRole,
        )
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.moving = moving

    def result_value(self) -> StayEnd:
        class_id = str(self.class_box.currentData() or "") if self.moving else ""
        return StayEnd(day=edited_date(self.day), class_id=class_id)

    @classmethod
    def ask(
        cls, parent: QWidget, pupil: Pupil, classes: list[SchoolClass], today: date
    ) -> StayEnd | None:
        """The day (and class), or None when cancelled (tests drive the dialog itself)."""
        dialog = cls(pupil, classes, today, parent)
        return dialog.result_value() if dialog.exec() == QDialog.DialogCode.Accepted else None
