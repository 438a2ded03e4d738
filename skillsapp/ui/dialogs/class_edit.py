"""Creating or renaming a class: name, grade, homeroom teacher, and (for a new one) the year."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from skillsapp.domain.records import SchoolClass
from skillsapp.ui.reasons import allow


@dataclass(frozen=True)
class ClassForm:
    name: str
    grade: int
    homeroom_teacher: str
    school_year: str


class ClassDialog(QDialog):
    """`ClassDialog.ask(...)` returns the form, or None when cancelled (tests patch `ask`)."""

    def __init__(
        self,
        years: list[str],
        year: str,
        existing: SchoolClass | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rename the class") if existing else self.tr("New class"))
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText(self.tr("e.g. 6A1"))
        self.grade = QSpinBox()
        self.grade.setRange(1, 12)
        self.grade.setValue(existing.grade if existing else 6)
        # a class keeps its grade and year: a new school year means a new class
        kept = self.tr("A class keeps its grade and school year: for a new year, make a new class.")
        allow(self.grade, existing is None, kept)
        self.teacher = QLineEdit(existing.homeroom_teacher if existing else "")
        self.year = QComboBox()
        self.year.addItems(years)
        self.year.setCurrentText(existing.school_year if existing else year)
        allow(self.year, existing is None, kept)
        form = QFormLayout(self)
        form.addRow(self.tr("Class name"), self.name)
        form.addRow(self.tr("Grade"), self.grade)
        form.addRow(self.tr("Homeroom teacher"), self.teacher)
        form.addRow(self.tr("School year"), self.year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def form(self) -> ClassForm:
        return ClassForm(
            name=" ".join(self.name.text().split()),
            grade=self.grade.value(),
            homeroom_teacher=" ".join(self.teacher.text().split()),
            school_year=self.year.currentText(),
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        years: list[str],
        year: str,
        existing: SchoolClass | None = None,
    ) -> ClassForm | None:
        dialog = cls(years, year, existing, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.form().name:
            return None
        return dialog.form()
