"""Creating or editing a class: name, grade (or the grades of a mixed-grade class, lớp ghép),
homeroom teacher, site (điểm trường) and, for a new one, the year."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from skillsapp.domain.records import SchoolClass, Site
from skillsapp.ui.reasons import allow


@dataclass(frozen=True)
class ClassForm:
    name: str
    grade: int
    homeroom_teacher: str
    school_year: str
    grades: tuple[int, ...] = ()  # a mixed class's grades, lowest first; () for one grade
    site_id: str = ""  # '' = the main site


class ClassDialog(QDialog):
    """`ClassDialog.ask(...)` returns the form, or None when cancelled (tests patch `ask`)."""

    def __init__(
        self,
        years: list[str],
        year: str,
        existing: SchoolClass | None = None,
        parent: QWidget | None = None,
        sites: list[Site] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit the class") if existing else self.tr("New class"))
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setPlaceholderText(self.tr("e.g. 6A1"))
        self.grade = QSpinBox()
        self.grade.setRange(1, 12)
        self.grade.setValue(existing.grade if existing else 6)
        # a class keeps its grade and year: a new school year means a new class
        kept = self.tr("A class keeps its grade and school year: for a new year, make a new class.")
        allow(self.grade, existing is None, kept)
        self._mixed_fields(existing)
        self.teacher = QLineEdit(existing.homeroom_teacher if existing else "")
        self.site = QComboBox()
        self.site.addItem(self.tr("Main site"), "")
        for site in sites or []:
            self.site.addItem(site.name, site.id)
        self.site.setCurrentIndex(max(0, self.site.findData(existing.site_id if existing else "")))
        self.year = QComboBox()
        self.year.addItems(years)
        self.year.setCurrentText(existing.school_year if existing else year)
        allow(self.year, existing is None, kept)
        form = QFormLayout(self)
        form.addRow(self.tr("Class name"), self.name)
        form.addRow(self.tr("Grade"), self.grade)
        form.addRow("", self.mixed)
        form.addRow(self.tr("Second grade"), self.second)
        form.addRow(self.tr("Third grade"), self.third)
        form.addRow(self.tr("Homeroom teacher"), self.teacher)
        form.addRow(self.tr("Site"), self.site)
        form.addRow(self.tr("School year"), self.year)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _mixed_fields(self, existing: SchoolClass | None) -> None:
        """The box that makes a mixed-grade class, and its second and optional third grade."""
        grades = existing.mixed_grades if existing else ()
        self.mixed = QCheckBox(self.tr("Mixed-grade class (pupils of two or three grades)"))
        self.mixed.setChecked(bool(grades))
        self.second = QSpinBox()
        self.second.setRange(1, 12)
        self.second.setValue(grades[1] if len(grades) > 1 else self.grade.value() + 1)
        self.third = QSpinBox()
        self.third.setRange(0, 12)
        self.third.setSpecialValueText(self.tr("none"))
        self.third.setValue(grades[2] if len(grades) > 2 else 0)
        self.mixed.toggled.connect(self._show_mixed)
        self._show_mixed(self.mixed.isChecked())

    def _show_mixed(self, on: bool) -> None:
        why = self.tr("Tick “Mixed-grade class” first.")
        for box in (self.second, self.third):
            allow(box, on, why)

    def form(self) -> ClassForm:
        grades: tuple[int, ...] = ()
        if self.mixed.isChecked():
            found = {self.grade.value(), self.second.value(), self.third.value()} - {0}
            grades = tuple(sorted(found))
        return ClassForm(
            name=" ".join(self.name.text().split()),
            grade=self.grade.value(),
            homeroom_teacher=" ".join(self.teacher.text().split()),
            school_year=self.year.currentText(),
            grades=grades if len(grades) > 1 else (),
            site_id=self.site.currentData() or "",
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget,
        years: list[str],
        year: str,
        existing: SchoolClass | None = None,
        sites: list[Site] | None = None,
    ) -> ClassForm | None:
        dialog = cls(years, year, existing, parent, sites)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.form().name:
            return None
        return dialog.form()
