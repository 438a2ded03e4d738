"""Small form pieces the pages share: dates in the Vietnamese dd/mm/yyyy order, labelled rows
whose caption retranslate() fills in, passphrase fields and combo boxes from label tables."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget


def grades_text(grades: tuple[int, ...], pattern: str) -> str:
    """The grades a mixed class or a lesson of its plan serves, as "Lớp 3, 4": `pattern` is the
    caller's translated "Grade %1"."""
    return pattern.replace("%1", ", ".join(str(g) for g in grades))


def date_edit() -> QDateEdit:
    """A date field with a calendar, shown day first as Vietnamese forms write dates."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd/MM/yyyy")
    return edit


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def edited_date(edit: QDateEdit) -> date:
    """The date a date field holds, as a Python date."""
    value = edit.date()
    return date(value.year(), value.month(), value.day())


def labelled_row(form: QFormLayout, widget: QWidget) -> QLabel:
    """Add a row and return its caption, so retranslate() can set its text."""
    caption = QLabel()
    form.addRow(caption, widget)
    return caption


def password_edit() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit
