"""The first-run wizard: language, role, the school and the user's name, then an empty school or
the demo school to explore.

It runs before any database exists (so cancelling leaves nothing behind), returns a
FirstRunChoice, and `apply_choice` saves it through services once the store is open. Qt ships no
Vietnamese for its own buttons, so the wizard names its buttons itself.
"""

from __future__ import annotations

import platform
from dataclasses import dataclass, replace

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from skillsapp.config import update_config
from skillsapp.domain.records import Changes, School
from skillsapp.paths import resources_dir
from skillsapp.services import demo_data
from skillsapp.services.database import SchoolDb
from skillsapp.services.school import save_school
from skillsapp.services.settings import load_profile, save_profile
from skillsapp.ui import accessibility, i18n

ROLES = ("teacher", "leader", "department")
MAX_TEXT = 120


@dataclass(frozen=True)
class FirstRunChoice:
    language: str = "vi"
    role: str = "teacher"
    school_name: str = ""  # the department's name for the department role
    school_code: str = ""
    teacher_name: str = ""
    demo: bool = False


def apply_choice(store: SchoolDb, choice: FirstRunChoice) -> Changes:
    """Save what the wizard asked: the profile, and the school unless the demo stands in for it
    (then the school is remembered and created when the demo is removed)."""
    profile = replace(
        load_profile(store),
        teacher_name=choice.teacher_name,
        role=choice.role,
        device_name=choice.teacher_name or platform.node(),
    )
    if choice.role == "department":
        profile = replace(profile, department_name=choice.school_name)
    changes = {"setting"}
    save_profile(store, profile)
    if choice.role == "department":
        return Changes(tables=frozenset(changes))
    if choice.demo:
        demo_data.remember_school(store, name=choice.school_name, code=choice.school_code)
    else:
        save_school(store, School(id="", code=choice.school_code, name=choice.school_name))
        changes.add("school")
    return Changes(tables=frozenset(changes))


def _clean(text: str) -> str:
    return " ".join(text.split())[:MAX_TEXT]


def _radio_group(page: QWizardPage, layout: QVBoxLayout, keys: tuple[str, ...]) -> QButtonGroup:
    """Radio buttons for `keys`, each with a grey explanation line under it."""
    group = QButtonGroup(page)
    for index, key in enumerate(keys):
        button = QRadioButton()
        button.setObjectName(key)
        note = QLabel()
        note.setObjectName(f"{key}_note")
        note.setWordWrap(True)
        note.setIndent(24)
        note.setStyleSheet("color: #555;")
        group.addButton(button, index)
        layout.addWidget(button)
        layout.addWidget(note)
        layout.addSpacing(6)
    group.button(0).setChecked(True)
    layout.addStretch(1)
    return group


class _Page(QWizardPage):
    """A page that re-sets its texts whenever the wizard's language changes."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.vi = QRadioButton("Tiếng Việt")  # each language is named in itself, untranslated
        self.en = QRadioButton("English")
        self.vi.setObjectName("vi")
        self.en.setObjectName("en")
        self.group = QButtonGroup(self)
        for button in (self.vi, self.en):
            self.group.addButton(button)
            layout.addWidget(button)
        layout.addStretch(1)
        self.retranslate()

    def language(self) -> str:
        return "en" if self.en.isChecked() else "vi"

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to Kỹ năng số"))
        self.setSubTitle(
            self.tr("A few questions and you are ready. Choose the language of the app:")
        )


class RolePage(_Page):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.group = _radio_group(self, layout, ROLES)
        self.retranslate()

    def role(self) -> str:
        return ROLES[self.group.checkedId()]

    def retranslate(self) -> None:
        self.setTitle(self.tr("Who will use this computer?"))
        self.setSubTitle(
            self.tr("This decides what the app shows first. You can change it later in Settings.")
        )
        texts = {
            "teacher": (
                self.tr("A teacher"),
                self.tr("Teach the lessons, take attendance, run quizzes, print class reports."),
            ),
            "leader": (
                self.tr("A school leader"),
                self.tr(
                    "Collect the teachers' data, follow coverage, send the school's periodic "
                    "report."
                ),
            ),
            "department": (
                self.tr("The education department"),
                self.tr("Receive schools' summary reports (counts only, never pupils' names)."),
            ),
        }
        for key, (label, note) in texts.items():
            self.findChild(QRadioButton, key).setText(label)
            self.findChild(QLabel, f"{key}_note").setText(note)


class SchoolPage(_Page):
    def __init__(self, role_page: RolePage) -> None:
        super().__init__()
        self.role_page = role_page
        self.school_name = QLineEdit()
        self.school_code = QLineEdit()
        self.teacher_name = QLineEdit()
        for edit, name in ((self.school_name, "school_name"), (self.school_code, "school_code"),
                           (self.teacher_name, "teacher_name")):  # fmt: skip
            edit.setObjectName(name)
            edit.setMaxLength(MAX_TEXT)
            edit.textChanged.connect(self.completeChanged)
            edit.textChanged.connect(lambda _text: self._update_hint())
        self.form = QFormLayout(self)
        self.name_label, self.code_label, self.teacher_label = QLabel(), QLabel(), QLabel()
        self.form.addRow(self.name_label, self.school_name)
        self.form.addRow(self.code_label, self.school_code)
        self.form.addRow(self.teacher_label, self.teacher_name)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555;")
        self.form.addRow(self.hint)
        self.retranslate()

    def _department(self) -> bool:
        return self.role_page.role() == "department"

    def initializePage(self) -> None:
        self.retranslate()
        self.form.setRowVisible(1, not self._department())

    def isComplete(self) -> bool:
        return bool(_clean(self.school_name.text()) and _clean(self.teacher_name.text()))

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your school and your name"))
        self.setSubTitle(self.tr("They appear on reports and on the data packages you send."))
        if self._department():
            self.name_label.setText(self.tr("Department name"))
            self.school_name.setPlaceholderText(
                self.tr("e.g. Hải Phòng Department of Education and Training")
            )
        else:
            self.name_label.setText(self.tr("School name"))
            self.school_name.setPlaceholderText(self.tr("e.g. Trường THCS Trần Phú"))
        self.code_label.setText(self.tr("School code"))
        self.school_code.setPlaceholderText(
            self.tr("the code on the Ministry's records, if you know it")
        )
        self.teacher_label.setText(self.tr("Your name"))
        self.teacher_name.setPlaceholderText(self.tr("e.g. Nguyễn Thị Hà"))
        self._update_hint()

    def missing(self) -> str:
        """Why "Next" is greyed out, or "" once both names are there."""
        if self.isComplete():
            return ""
        if self._department():
            return self.tr("Type the department's name and your name to go on.")
        return self.tr("Type the school's name and your name to go on.")

    def _update_hint(self) -> None:
        later = self.tr("You can change all of this later in Settings.")
        missing = self.missing()
        self.hint.setText(f"{missing} {later}" if missing else later)


class StartPage(_Page):
    def __init__(self) -> None:
        super().__init__()
        layout = QVBoxLayout(self)
        self.group = _radio_group(self, layout, ("empty", "demo"))
        self.retranslate()

    def demo(self) -> bool:
        return self.group.checkedId() == 1

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do you want to start?"))
        self.setSubTitle(self.tr("Either way, nothing leaves this computer unless you send it."))
        self.findChild(QRadioButton, "empty").setText(self.tr("Start with an empty school"))
        self.findChild(QLabel, "empty_note").setText(
            self.tr("Add your classes and pupils yourself, or import a class list from Excel.")
        )
        self.findChild(QRadioButton, "demo").setText(self.tr("Explore the demo school"))
        self.findChild(QLabel, "demo_note").setText(
            self.tr("A made-up lower-secondary school with 600 pupils and this year's lessons, to "
                    "try everything safely. Remove it later in one click.")
        )  # fmt: skip


class DonePage(_Page):
    def __init__(self, start_page: StartPage) -> None:
        super().__init__()
        self.start_page = start_page
        self.text = QLabel()
        self.text.setObjectName("done_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout = QVBoxLayout(self)
        layout.addWidget(self.text)
        layout.addStretch(1)
        self.retranslate()

    def initializePage(self) -> None:
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("All set"))
        self.setSubTitle(self.tr("Press Start to open Kỹ năng số."))
        if self.start_page.demo():
            text = self.tr(
                "<p>The demo school will be prepared in the background; it takes under a "
                "minute.</p><p>When you are ready for your own school, remove the demo in one "
                "click: <b>Settings → Remove the demo school</b>. Your own school is then "
                "created with the name and code you gave.</p>"
            )
        else:
            text = self.tr(
                "<p>Next, add your classes on the <b>Classes</b> page, or import a class list "
                "from Excel.</p>"
            )
        privacy = self.tr(
            "<p>Your data stays on this computer. A backup is made every day in the "
            "<b>backups</b> folder beside it.</p>"
        )
        self.text.setText(text + privacy)


class FirstRunWizard(QWizard):
    def __init__(self, language: str = "vi", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        logo = QPixmap(str(resources_dir() / "icons" / "kynangso.png"))
        if not logo.isNull():
            self.setPixmap(QWizard.WizardPixmap.LogoPixmap, logo.scaled(
                56, 56, Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation))  # fmt: skip
        self.language_page = LanguagePage()
        self.role_page = RolePage()
        self.school_page = SchoolPage(self.role_page)
        self.start_page = StartPage()
        self.done_page = DonePage(self.start_page)
        for page in (self.language_page, self.role_page, self.school_page, self.start_page,
                     self.done_page):  # fmt: skip
            self.addPage(page)
        (self.language_page.en if language == "en" else self.language_page.vi).setChecked(True)
        self.language_page.group.buttonToggled.connect(self._language_toggled)
        self.resize(680, 500)
        self.currentIdChanged.connect(lambda _id: self._explain_next())
        self.school_page.completeChanged.connect(self._explain_next)
        self._retranslate()
        accessibility.name_controls(self)  # each field named by its form label

    def _explain_next(self) -> None:
        """A greyed-out "Next" says what it waits for (issue 15: every disabled control)."""
        why = self.school_page.missing() if self.currentPage() is self.school_page else ""
        self.button(QWizard.WizardButton.NextButton).setToolTip(why)

    def _language_toggled(self, _button, checked: bool) -> None:
        if checked:
            i18n.install(self.language_page.language())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kỹ năng số — first start"))
        for button, text in (
            (QWizard.WizardButton.BackButton, self.tr("< Back")),
            (QWizard.WizardButton.NextButton, self.tr("Next >")),
            (QWizard.WizardButton.FinishButton, self.tr("Start")),
            (QWizard.WizardButton.CancelButton, self.tr("Cancel")),
        ):
            self.setButtonText(button, text)
        self._explain_next()

    def choice(self) -> FirstRunChoice:
        return FirstRunChoice(
            language=self.language_page.language(),
            role=self.role_page.role(),
            school_name=_clean(self.school_page.school_name.text()),
            school_code="" if self.role_page.role() == "department"
            else _clean(self.school_page.school_code.text()),
            teacher_name=_clean(self.school_page.teacher_name.text()),
            demo=self.start_page.demo(),
        )  # fmt: skip


def run_wizard(language: str = "vi") -> FirstRunChoice | None:
    """Show the wizard modally; the user's answers (their language saved and installed), or
    None if they cancelled (the language the app started in is put back)."""
    wizard = FirstRunWizard(language)
    if wizard.exec() != QWizard.DialogCode.Accepted:
        i18n.install(language)
        return None
    choice = wizard.choice()
    update_config(language=choice.language)
    i18n.install(choice.language)
    return choice
