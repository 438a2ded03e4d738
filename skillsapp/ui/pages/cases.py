"""The case register page: for the school's designated person only, behind a passphrase.

Until it is unlocked the page shows nothing but the lock screen (or, the first time, the set-up
form with the plain warning that a lost passphrase without the recovery code loses the
register). Unlocked, it lists case codes with their status and the reminders, records a case
(a code, never a name), its actions and its status, and prints the disclosure record form.
It locks itself after IDLE_MINUTES without a key press or click, and whenever it is hidden.
All the rules live in skillsapp.cases.register; this page only asks and shows.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from skillsapp.cases.texts import (
    ACTION_LABELS,
    KIND_LABELS,
    RECEIVER_LABELS,
    STATUS_LABELS,
    label,
)
from skillsapp.errors import UserError
from skillsapp.messages import tr as core_text
from skillsapp.ui.form_fields import date_edit, edited_date, labelled_row, password_edit, to_qdate
from skillsapp.ui.pages import Page
from skillsapp.ui.read_only_tables import read_only_table, set_row
from skillsapp.ui.reasons import allow

IDLE_MINUTES = 5
LOCKED, SETUP, OPEN = 0, 1, 2
CODE_ROLE = Qt.ItemDataRole.UserRole


def today() -> date:
    """The day the page works with (tests set it)."""
    return date.today()


def _combo(
    table: dict[str, tuple[str, str]], lang: str, combo: QComboBox | None = None
) -> QComboBox:
    combo = combo or QComboBox()
    current = combo.currentData()
    combo.clear()
    for key in table:
        combo.addItem(label(table, key, lang), key)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class CasesPage(Page):
    page_id = "cases"
    watches = frozenset({"case_record"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CasesPage", "Case register")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.register = None
        self.idle_ms = IDLE_MINUTES * 60 * 1000
        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.timeout.connect(self.lock)
        self.wait_timer = QTimer(self)
        self.wait_timer.setSingleShot(True)
        self.wait_timer.timeout.connect(self._unlock_now)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.states = QStackedWidget()
        self.states.addWidget(self._lock_view())
        self.states.addWidget(self._setup_view())
        self.states.addWidget(self._open_view())
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.states, 1)
        self.installEventFilter(self)
        for child in self.findChildren(QWidget):
            child.installEventFilter(self)
        self.retranslate()

    # -- the three states -------------------------------------------------------------------

    def _lock_view(self) -> QWidget:
        view = QWidget()
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.passphrase = password_edit()
        self.passphrase.setMaximumWidth(480)
        self.open_button = QPushButton()
        self.lock_error = QLabel()
        self.lock_error.setWordWrap(True)
        self.lock_error.setStyleSheet("color: #b00020;")
        self.passphrase.returnPressed.connect(self.try_unlock)
        self.open_button.clicked.connect(self.try_unlock)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.open_button)
        row.addStretch(1)
        box = QVBoxLayout(view)
        box.addWidget(self.lock_note)
        box.addLayout(row)
        box.addWidget(self.lock_error)
        box.addStretch(1)
        return view

    def _setup_view(self) -> QWidget:
        view = QWidget()
        self.setup_note = QLabel()
        self.setup_note.setWordWrap(True)
        self.setup_note.setStyleSheet("QLabel { background: #fff2b3; padding: 8px; }")
        self.new_passphrase = password_edit()
        self.repeat_passphrase = password_edit()
        self.deputy_passphrase = password_edit()
        self.setup_button = QPushButton()
        self.setup_error = QLabel()
        self.setup_error.setStyleSheet("color: #b00020;")
        self.recovery_label = QLabel()
        self.recovery_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.recovery_label.setStyleSheet("QLabel { font-size: 20px; font-family: monospace; }")
        self.written_button = QPushButton()
        self.written_button.hide()
        self.setup_button.clicked.connect(self.set_up)
        self.written_button.clicked.connect(self._show_open)
        self.setup_form = QFormLayout()
        self.setup_labels = [
            labelled_row(self.setup_form, w)
            for w in (self.new_passphrase, self.repeat_passphrase, self.deputy_passphrase)
        ]
        box = QVBoxLayout(view)
        box.addWidget(self.setup_note)
        box.addLayout(self.setup_form)
        box.addWidget(self.setup_button)
        box.addWidget(self.setup_error)
        box.addWidget(self.recovery_label)
        box.addWidget(self.written_button)
        box.addStretch(1)
        return view

    def _open_view(self) -> QWidget:
        view = QWidget()
        self.lock_button = QPushButton()
        self.lock_button.clicked.connect(self.lock)
        self.reminders = QLabel()
        self.reminders.setWordWrap(True)
        self.reminders.setStyleSheet("QLabel { color: #8a4b00; }")
        self.table = read_only_table(4)
        self.table.itemSelectionChanged.connect(self._selected)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.table.clearSelection)
        self.message = QLabel()
        left = QVBoxLayout()
        top = QHBoxLayout()
        top.addWidget(self.reminders, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.lock_button)
        left.addLayout(top)
        left.addWidget(self.table, 1)
        left.addWidget(self.message)
        self.retention_label = QLabel()
        self.retention_label.setWordWrap(True)  # two lines rather than a page too wide at 125 %
        self.retention = QSpinBox()
        self.retention.setRange(1, 240)
        self.retention_button = QPushButton()
        self.retention_button.clicked.connect(self.save_retention)
        keep = QHBoxLayout()
        keep.addWidget(self.retention_label)
        keep.addWidget(self.retention)
        keep.addWidget(self.retention_button)
        keep.addStretch(1)
        left.addLayout(keep)
        self.detail = QStackedWidget()
        self.detail.addWidget(self._new_case_box())
        self.detail.addWidget(self._case_box())
        row = QHBoxLayout(view)
        row.addLayout(left, 3)
        row.addWidget(self.detail, 2)
        return view

    def _new_case_box(self) -> QWidget:
        self.new_box = QGroupBox()
        self.kind = QComboBox()
        self.received = date_edit()
        self.receiver = QComboBox()
        self.grade = QSpinBox()
        self.grade.setRange(0, 12)  # 0: not given
        self.gender = QComboBox()
        self.note = QPlainTextEdit()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add_case)
        self.new_form = QFormLayout(self.new_box)
        self.new_labels = [
            labelled_row(self.new_form, w)
            for w in (self.kind, self.received, self.receiver, self.grade, self.gender, self.note)
        ]
        self.new_form.addRow(self.add_button)
        return self.new_box

    def _case_box(self) -> QWidget:
        self.case_box = QGroupBox()
        self.case_facts = QLabel()
        self.case_facts.setWordWrap(True)
        self.actions = QListWidget()
        self.action = QComboBox()
        self.action_day = date_edit()
        self.action_note = QLineEdit()
        self.action_button = QPushButton()
        self.action_button.clicked.connect(self.add_action)
        self.status = QComboBox()
        self.support = QLineEdit()
        self.status_button = QPushButton()
        self.status_button.clicked.connect(self.save_status)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_form)
        self.case_form = QFormLayout(self.case_box)
        self.case_form.addRow(self.case_facts)
        self.case_form.addRow(self.actions)
        self.case_labels = [
            labelled_row(self.case_form, w)
            for w in (self.action, self.action_day, self.action_note)
        ]
        self.case_form.addRow(self.action_button)
        self.case_labels += [labelled_row(self.case_form, w) for w in (self.status, self.support)]
        self.case_form.addRow(self.status_button)
        self.case_form.addRow(self.print_button)
        return self.case_box

    # -- words ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        lang = self.ctx.language
        self.heading.setText(self.tr("Case register (designated person only)"))
        self.table.setAccessibleName(self.tr("Cases"))
        self.actions.setAccessibleName(self.tr("Actions taken"))
        self.lock_note.setText(
            self.tr(
                "This register is locked. Only the school's designated person and the deputy "
                "can open it, with their passphrase or the recovery code."
            )
        )
        self.passphrase.setPlaceholderText(self.tr("Passphrase or recovery code"))
        self.open_button.setText(self.tr("Open"))
        self.setup_note.setText(
            self.tr(
                "Set up the register. Choose a passphrase only you know (a sentence of 10 "
                "characters or more); a deputy may have a second one. A recovery code is "
                "shown once: write it on paper. If the passphrase is forgotten and the code "
                "is lost, the register cannot be read again, by anyone."
            )
        )
        labels = (self.tr("Passphrase"), self.tr("Repeat it"), self.tr("Deputy (optional)"))
        for caption, text in zip(self.setup_labels, labels, strict=True):
            caption.setText(text)
        self.setup_button.setText(self.tr("Set up the register"))
        self.written_button.setText(self.tr("I have written the code down"))
        self.lock_button.setText(self.tr("Lock"))
        self.new_button.setText(self.tr("New case"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Received"), self.tr("Kind"), self.tr("Status")]
        )
        self.new_box.setTitle(self.tr("Record a disclosure (no names)"))
        field_names = (
            self.tr("Kind"), self.tr("Received on"), self.tr("Received by"),
            self.tr("Grade (0: not given)"), self.tr("Gender"), self.tr("What was said"),
        )  # fmt: skip
        for caption, text in zip(self.new_labels, field_names, strict=True):
            caption.setText(text)
        self.add_button.setText(self.tr("Record the case"))
        _combo(KIND_LABELS, lang, self.kind)
        _combo(RECEIVER_LABELS, lang, self.receiver)
        _combo(ACTION_LABELS, lang, self.action)
        _combo(STATUS_LABELS, lang, self.status)
        current = self.gender.currentData()
        self.gender.clear()
        for key, text in (
            ("", self.tr("Not given")),
            ("F", self.tr("Girl")),
            ("M", self.tr("Boy")),
        ):
            self.gender.addItem(text, key)
        self.gender.setCurrentIndex(max(0, self.gender.findData(current)))
        case_names = (
            self.tr("Action"), self.tr("Done on"), self.tr("Note"), self.tr("Status"),
            self.tr("Support given"),
        )  # fmt: skip
        for caption, text in zip(self.case_labels, case_names, strict=True):
            caption.setText(text)
        self.action_button.setText(self.tr("Add the action"))
        self.status_button.setText(self.tr("Save the status"))
        self.print_button.setText(self.tr("Print the disclosure record form"))
        self.retention_label.setText(self.tr("Erase closed cases after (months):"))
        self.retention_button.setText(self.tr("Save"))
        if self.register is not None:
            self.refresh()

    # -- locking ----------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Any key press or click on the page counts as activity and restarts the idle timer."""
        if self.register is not None and event.type() in (
            QEvent.Type.KeyPress,
            QEvent.Type.MouseButtonPress,
        ):
            self.idle.start(self.idle_ms)
        return False

    def hideEvent(self, event) -> None:
        """Leaving the page locks it; the next showing rebuilds the lock screen (no database
        work here: on quitting, the store may already be closed)."""
        self._forget()
        self._stale = True
        self.states.setCurrentIndex(LOCKED)
        super().hideEvent(event)

    def lock(self) -> None:
        """Drop the key and everything shown: the next look needs the passphrase again."""
        self._forget()
        self.refresh()

    def _forget(self) -> None:
        if self.register is not None:
            self.register.lock()
        self.register = None
        self.idle.stop()
        self.table.setRowCount(0)
        self.actions.clear()
        self.case_facts.clear()
        self.note.clear()
        self.reminders.clear()
        self.recovery_label.clear()
        self.written_button.hide()

    def refresh(self) -> None:
        from skillsapp.cases import register as reg

        if self.register is None:
            try:
                set_up = reg.is_set_up(self.ctx.store)
            except UserError as exc:
                self.states.setCurrentIndex(LOCKED)
                self._lock_controls(False, exc.message(self.ctx.language))
                self.lock_error.setText(exc.message(self.ctx.language))
                return
            self.states.setCurrentIndex(LOCKED if set_up else SETUP)
            return
        self.states.setCurrentIndex(OPEN)
        self._fill_list()

    def _lock_controls(self, enabled: bool, why: str = "") -> None:
        for control in (self.passphrase, self.open_button):
            allow(control, enabled, why)

    def try_unlock(self) -> None:
        """Open with what was typed; after wrong tries, count down instead of freezing."""
        from skillsapp.cases import register as reg

        try:
            wait = reg.unlock_wait(self.ctx.store)
        except UserError as exc:
            self.lock_error.setText(exc.message(self.ctx.language))
            return
        if wait:
            text = self.tr("Wrong tries before: wait %1 seconds.").replace("%1", f"{wait:g}")
            self._lock_controls(False, text)
            self.lock_error.setText(text)
            self.wait_timer.start(int(wait * 1000))
            return
        self._unlock_now()

    def _unlock_now(self) -> None:
        from skillsapp.cases import register as reg

        secret = self.passphrase.text()
        self.passphrase.clear()
        self._lock_controls(True)
        try:
            self.register = reg.unlock(self.ctx.store, secret, sleep=lambda _s: None, today=today())
        except UserError as exc:
            self.lock_error.setText(exc.message(self.ctx.language))
            return
        self.lock_error.clear()
        self._show_open()

    def _show_open(self) -> None:
        self.recovery_label.clear()
        self.written_button.hide()
        self.idle.start(self.idle_ms)
        self.refresh()

    def set_up(self) -> None:
        from skillsapp.cases import register as reg

        first, again = self.new_passphrase.text(), self.repeat_passphrase.text()
        deputy = self.deputy_passphrase.text() or None
        for edit in (self.new_passphrase, self.repeat_passphrase, self.deputy_passphrase):
            edit.clear()
        if first != again:
            self.setup_error.setText(self.tr("The two passphrases differ."))
            return
        try:
            made = reg.setup(self.ctx.store, first, deputy)
        except UserError as exc:
            self.setup_error.setText(exc.message(self.ctx.language))
            return
        self.setup_error.clear()
        self.register = made.register
        self.recovery_label.setText(made.recovery_code)
        self.written_button.show()
        allow(self.setup_button, False, self.tr(
            "The register is set up: write the recovery code down, then press “I have written "
            "the code down”."
        ))  # fmt: skip

    # -- the open register ------------------------------------------------------------------

    def _fill_list(self) -> None:
        lang = self.ctx.language
        self.retention.setValue(self.register.retention_months())
        lines = self.register.cases()
        selected = self.selected_code()
        self.table.blockSignals(True)
        self.table.setRowCount(len(lines))
        for row, line in enumerate(lines):
            cells = (
                line.code,
                line.received_month,
                label(KIND_LABELS, line.kind, lang),
                label(STATUS_LABELS, line.status, lang),
            )
            set_row(self.table, row, cells, line.code)
            if line.code == selected:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        try:
            due = self.register.reminders(today())
        except UserError as exc:
            self.reminders.setText(exc.message(lang))
        else:
            self.reminders.setText(
                "\n".join(
                    core_text("cases.reminder", lang, code=r.code, days=r.idle_days) for r in due
                )
            )
        self.received.setMaximumDate(to_qdate(today()))
        self.action_day.setMaximumDate(to_qdate(today()))
        if not self.table.selectedItems():
            self.received.setDate(to_qdate(today()))
        self._selected()

    def selected_code(self) -> str | None:
        items = self.table.selectedItems()
        return items[0].data(CODE_ROLE) if items else None

    def _selected(self) -> None:
        code = self.selected_code()
        if self.register is None or code is None:
            self.detail.setCurrentIndex(0)
            return
        lang = self.ctx.language
        try:
            case = self.register.case(code)
        except UserError as exc:
            self.message.setText(exc.message(lang))
            self.detail.setCurrentIndex(0)
            return
        self.detail.setCurrentIndex(1)
        self.case_box.setTitle(self.tr("Case %1").replace("%1", case.code))
        facts = [
            f"{self.tr('Received on')}: {case.received.isoformat()}"
            f" ({label(RECEIVER_LABELS, case.receiver, lang)})",
            f"{self.tr('Kind')}: {label(KIND_LABELS, case.kind, lang)}",
            f"{self.tr('Status')}: {label(STATUS_LABELS, case.status, lang)}",
        ]
        if case.note:
            facts.append(case.note)
        self.case_facts.setText("\n".join(facts))
        self.actions.clear()
        for act in case.actions:
            text = f"{act.day.isoformat()}  {label(ACTION_LABELS, act.action, lang)}"
            self.actions.addItem(f"{text}  {act.note}".rstrip())
        self.action_day.setMinimumDate(to_qdate(case.received))
        self.action_day.setDate(to_qdate(today()))
        self.status.setCurrentIndex(self.status.findData(case.status))
        self.support.setText(case.support)

    def _done(self, text: str, code: str) -> None:
        self.message.setText(text)
        self._fill_list()
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(CODE_ROLE) == code:
                self.table.selectRow(row)
        self.ctx.bus.data_changed.emit(frozenset({"case_record"}))

    def _guard(self, work):
        try:
            return work()
        except UserError as exc:
            self.message.setText(exc.message(self.ctx.language))
            return None

    def add_case(self) -> None:
        grade = self.grade.value() or None
        case = self._guard(
            lambda: self.register.add_case(
                kind=self.kind.currentData(),
                received=edited_date(self.received),
                receiver=self.receiver.currentData(),
                grade=grade,
                gender=self.gender.currentData() or "",
                note=self.note.toPlainText(),
                today=today(),
            )
        )
        if case is not None:
            self.note.clear()
            self._done(core_text("cases.added", self.ctx.language, code=case.code), case.code)

    def add_action(self) -> None:
        code = self.selected_code()
        case = self._guard(
            lambda: self.register.add_action(
                code,
                self.action.currentData(),
                edited_date(self.action_day),
                self.action_note.text(),
                today=today(),
            )
        )
        if case is not None:
            self.action_note.clear()
            self._done(
                core_text("cases.action_added", self.ctx.language, code=case.code), case.code
            )

    def save_status(self) -> None:
        code = self.selected_code()
        case = self._guard(
            lambda: self.register.set_status(
                code, self.status.currentData(), support=self.support.text(), today=today()
            )
        )
        if case is not None:
            status = label(STATUS_LABELS, case.status, self.ctx.language)
            self._done(
                core_text("cases.status_set", self.ctx.language, code=case.code, status=status),
                code,
            )

    def save_retention(self) -> None:
        """The school's retention period; cases already past it are erased at once."""
        months = self.retention.value()

        def save() -> int:
            self.register.set_retention_months(months)
            return self.register.erase_due(today=today())

        erased = self._guard(save)
        if erased is not None:
            text = core_text("cases.retention_set", self.ctx.language, months=months)
            if erased:
                text += " " + core_text("cases.erased", self.ctx.language, count=erased)
            self.message.setText(text)
            self._fill_list()

    def print_form(self) -> None:
        """The staff training's disclosure record form, pre-filled, as a PDF the user saves."""
        from skillsapp.cases.form import disclosure_form_pdf

        code = self.selected_code()
        case = self._guard(lambda: self.register.case(code))
        if case is None:
            return
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the form"), f"disclosure-{case.code}.pdf", "PDF (*.pdf)"
        )
        if not chosen:
            return
        written = self._guard(
            lambda: disclosure_form_pdf(self.ctx.store, case, Path(chosen), self.ctx.language)
        )
        if written is not None:
            self.message.setText(self.tr("Saved %1").replace("%1", str(written)))


PAGE = CasesPage
