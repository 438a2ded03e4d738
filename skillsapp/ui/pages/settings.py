"""Settings: the school, who uses this PC, the language, the school calendar, data and backups.

Everything here is saved through services (school, settings, backups); the language is a
per-person setting (config file) and switches every page at once through the bus. A restore
replaces the database file, so the page closes the app's connection, restores on a worker and
opens the restored file again in place: no restart needed.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.periods import SchoolYear
from skillsapp.domain.records import School
from skillsapp.errors import UserError
from skillsapp.paths import backups_dir
from skillsapp.services import settings as settings_service
from skillsapp.services.school import current_school, save_school
from skillsapp.ui.dialogs.remove_demo import RemoveDemoButton
from skillsapp.ui.form_fields import date_edit, edited_date, to_qdate
from skillsapp.ui.jobs import store_job
from skillsapp.ui.pages import Page
from skillsapp.ui.presenter_settings import SlideSettingsGroup
from skillsapp.ui.reasons import WayForward, allow

ROLE = Qt.ItemDataRole.UserRole
LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))  # each in its own language, never translated


def switch_language(ctx, language: str) -> None:
    """Switch the whole app: remember it, reload Qt's translations, tell every page."""
    from skillsapp.config import update_config
    from skillsapp.ui import i18n

    if language == ctx.language:
        return
    update_config(language=language)
    i18n.install(language)
    ctx.language = language
    ctx.bus.language_changed.emit(language)


def _size(size: int) -> str:
    return f"{size / 1_048_576:.1f} MB" if size >= 1_048_576 else f"{max(size // 1024, 1)} KB"


class SettingsPage(Page):
    page_id = "settings"
    watches = frozenset({"school", "setting", "school_class", "session"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SettingsPage", "Settings")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._school: School | None = None
        self._build_school()
        self._build_profile()
        self._build_language()
        self._build_calendar()
        self._build_data()
        self._build_backups()
        self.slides_group = SlideSettingsGroup(ctx)
        self._layout()
        self.retranslate()

    # -- building -------------------------------------------------------------------------------

    def _build_school(self) -> None:
        self.school_group = QGroupBox()
        self.school_name = QLineEdit()
        self.school_code = QLineEdit()
        self.school_district = QLineEdit()
        self.school_province = QLineEdit()
        self.save_school_button = QPushButton()
        self.save_school_button.clicked.connect(self.save_school)
        self.school_form = QFormLayout(self.school_group)
        for widget in (
            self.school_name,
            self.school_code,
            self.school_district,
            self.school_province,
        ):
            self.school_form.addRow(QLabel(), widget)
        self.school_form.addRow(self.save_school_button)

    def _build_profile(self) -> None:
        self.profile_group = QGroupBox()
        self.teacher_name = QLineEdit()
        self.role_box = QComboBox()
        for role in settings_service.ROLES:
            self.role_box.addItem("", role)
        self.device_name = QLineEdit()
        self.principal_name = QLineEdit()
        self.signer_title = QLineEdit()
        self.report_number_prefix = QLineEdit()
        self.department_name = QLineEdit()
        self.place = QLineEdit()
        self.save_profile_button = QPushButton()
        self.save_profile_button.clicked.connect(self.save_profile)
        self.profile_form = QFormLayout(self.profile_group)
        for widget in (
            self.teacher_name,
            self.role_box,
            self.device_name,
            self.principal_name,
            self.signer_title,
            self.report_number_prefix,
            self.department_name,
            self.place,
        ):
            self.profile_form.addRow(QLabel(), widget)
        self.profile_form.addRow(self.save_profile_button)

    def _build_language(self) -> None:
        self.language_group = QGroupBox()
        self.language_box = QComboBox()
        for code, name in LANGUAGES:
            self.language_box.addItem(name, code)
        self.language_box.currentIndexChanged.connect(
            lambda _i: switch_language(self.ctx, self.language_box.currentData())
        )
        self.language_form = QFormLayout(self.language_group)
        self.language_form.addRow(QLabel(), self.language_box)
        self.tour_button = QPushButton()  # the first-start tour again (ui/tour.py)
        self.tour_button.clicked.connect(self.ctx.bus.tour_requested.emit)
        self.language_form.addRow(self.tour_button)

    def _build_calendar(self) -> None:
        self.calendar_group = QGroupBox()
        self.year_box = QComboBox()
        self.start_edit, self.hk1_end_edit = date_edit(), date_edit()
        self.hk2_start_edit, self.end_edit = date_edit(), date_edit()
        self.save_dates_button = QPushButton()
        self.usual_dates_button = QPushButton()
        self.year_box.currentIndexChanged.connect(self._show_year)
        self.save_dates_button.clicked.connect(self.save_dates)
        self.usual_dates_button.clicked.connect(self._usual_dates)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_dates_button)
        buttons.addWidget(self.usual_dates_button)
        self.new_year_button = QPushButton()
        self.undo_year_button = QPushButton()
        self.new_year_button.clicked.connect(self.new_school_year)
        self.undo_year_button.clicked.connect(self.undo_school_year)
        self.new_year_dialog = None
        year_buttons = QHBoxLayout()
        year_buttons.addWidget(self.new_year_button)
        year_buttons.addWidget(self.undo_year_button)
        self.calendar_form = QFormLayout(self.calendar_group)
        for widget in (
            self.year_box,
            self.start_edit,
            self.hk1_end_edit,
            self.hk2_start_edit,
            self.end_edit,
        ):
            self.calendar_form.addRow(QLabel(), widget)
        self.calendar_form.addRow(buttons)
        self.calendar_form.addRow(year_buttons)

    def _build_data(self) -> None:
        self.data_group = QGroupBox()
        self.data_path = QLabel()
        self.data_path.setWordWrap(True)
        self.data_path.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_data_button = QPushButton()
        self.open_data_button.clicked.connect(lambda: self._open_folder(self.ctx.db_path.parent))
        layout = QVBoxLayout(self.data_group)
        layout.addWidget(self.data_path)
        layout.addWidget(self.open_data_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(RemoveDemoButton(self.ctx, self), 0, Qt.AlignmentFlag.AlignLeft)

    def _build_backups(self) -> None:
        self.backups_group = QGroupBox()
        self.backups_note = QLabel()
        self.backups_note.setWordWrap(True)
        self.backup_table = QTableWidget(0, 3)
        self.backup_table.verticalHeader().hide()
        self.backup_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.backup_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.backup_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.backup_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.backup_table.horizontalHeader().setStretchLastSection(True)
        self.backup_table.setMinimumHeight(150)
        self.backup_table.verticalHeader().setDefaultSectionSize(24)
        self.backup_now_button = QPushButton()
        self.restore_button = QPushButton()
        self.open_backups_button = QPushButton()
        self.backup_now_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.open_backups_button.clicked.connect(
            lambda: self._open_folder(backups_dir(self.ctx.db_path))
        )
        self.backup_table.itemSelectionChanged.connect(self._update_restore_button)
        buttons = QHBoxLayout()
        for button in (self.backup_now_button, self.restore_button, self.open_backups_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.backups_group)
        layout.addWidget(self.backups_note)
        layout.addWidget(self.backup_table, 1)
        layout.addLayout(buttons)
        self.backups_way = WayForward()
        layout.addWidget(self.backups_way)

    def _layout(self) -> None:
        content = QWidget()
        grid = QGridLayout(content)
        left = QVBoxLayout()
        for group in (
            self.school_group,
            self.profile_group,
            self.language_group,
            self.slides_group,
        ):
            left.addWidget(group)
        left.addStretch(1)
        right = QVBoxLayout()
        for group in (self.calendar_group, self.data_group):
            right.addWidget(group)
        right.addWidget(self.backups_group, 1)
        grid.addLayout(left, 0, 0)
        grid.addLayout(right, 0, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        self._grid, self._left, self._right = grid, left, right
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(content)
        self._scroll = scroll
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        """Two columns side by side when both fit the page's width, else one under the other:
        a 1366x768 screen at 125 % is too narrow for both, and a page that scrolls sideways
        hides half of every row."""
        margins = self._grid.contentsMargins()
        needed = (
            self._left.minimumSize().width()
            + self._right.minimumSize().width()
            + self._grid.horizontalSpacing()
            + margins.left()
            + margins.right()
        )
        side_by_side = needed <= self._scroll.viewport().width()
        if side_by_side == (self._grid.itemAtPosition(0, 1) is not None):
            return
        self._grid.removeItem(self._right)
        if side_by_side:
            self._grid.addLayout(self._right, 0, 1)
            self._grid.setColumnStretch(1, 1)
        else:
            self._grid.addLayout(self._right, 1, 0)
            self._grid.setColumnStretch(1, 0)

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.slides_group.retranslate()
        self.school_group.setTitle(self.tr("School"))
        self._labels(
            self.school_form,
            [
                self.tr("School name"),
                self.tr("School code"),
                self.tr("District or ward"),
                self.tr("Province or city"),
            ],
        )
        self.save_school_button.setText(self.tr("Save the school"))
        self.profile_group.setTitle(self.tr("You and this computer"))
        self._labels(
            self.profile_form,
            [
                self.tr("Teacher's name"),
                self.tr("Role"),
                self.tr("This computer's name"),
                self.tr("Principal (signs reports)"),
                self.tr("Signer's title (e.g. Hiệu trưởng)"),
                self.tr("Report number prefix (e.g. BC-THCS)"),
                self.tr("Education department (report header)"),
                self.tr("Place (in report dates)"),
            ],
        )
        role_names = {
            "teacher": self.tr("Teacher"),
            "leader": self.tr("School leader"),
            "department": self.tr("Education department"),
        }
        for index in range(self.role_box.count()):
            self.role_box.setItemText(index, role_names[self.role_box.itemData(index)])
        self.save_profile_button.setText(self.tr("Save"))
        self.language_group.setTitle(self.tr("Language"))
        self._labels(self.language_form, [self.tr("Language of the app and the lessons")])
        self.tour_button.setText(self.tr("Show the first-start tour again"))
        self.calendar_group.setTitle(self.tr("School-year dates"))
        self._labels(
            self.calendar_form,
            [
                self.tr("School year"),
                self.tr("First day"),
                self.tr("Semester 1 ends"),
                self.tr("Semester 2 starts"),
                self.tr("Last day"),
            ],
        )
        self.save_dates_button.setText(self.tr("Save the dates"))
        self.usual_dates_button.setText(self.tr("Usual dates"))
        self.new_year_button.setText(self.tr("New school year…"))
        self.undo_year_button.setText(self.tr("Undo new school year"))
        self.data_group.setTitle(self.tr("Data"))
        self.open_data_button.setText(self.tr("Open the data folder"))
        self.backups_group.setTitle(self.tr("Backups"))
        self.backups_note.setText(
            self.tr(
                "A backup is made automatically each day the app is opened; the last 10 are "
                "kept. Restoring keeps the current data as a file beside it."
            )
        )
        self.backup_table.setHorizontalHeaderLabels(
            [self.tr("Made on"), self.tr("Kind"), self.tr("Size")]
        )
        self.backup_now_button.setText(self.tr("Back up now"))
        self.restore_button.setText(self.tr("Restore the selected backup…"))
        self.open_backups_button.setText(self.tr("Open the backups folder"))
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.ctx.language), 0))
        self.language_box.blockSignals(False)
        self.data_path.setText(
            self.tr("Database: %1").replace("%1", str(self.ctx.db_path.resolve()))
        )
        if self.ctx.store is not None:
            self._fill_backups()
        self._update_restore_button()

    @staticmethod
    def _labels(form: QFormLayout, texts: list[str]) -> None:
        """Label the form's rows in order (rows without a label, like buttons, are skipped)."""
        labels = [
            item.widget()
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None
        ]
        for label, text in zip(labels, texts, strict=False):
            label.setText(text)

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.slides_group.refresh()
        try:
            self._school = current_school(self.ctx.store)
        except UserError:
            self._school = None
        school = self._school or School(id="", code="", name="")
        for edit, value in (
            (self.school_name, school.name),
            (self.school_code, school.code),
            (self.school_district, school.district),
            (self.school_province, school.province),
        ):
            edit.setText(value)
        profile = settings_service.load_profile(self.ctx.store)
        for edit, value in (
            (self.teacher_name, profile.teacher_name),
            (self.device_name, profile.device_name),
            (self.principal_name, profile.principal_name),
            (self.signer_title, profile.signer_title),
            (self.report_number_prefix, profile.report_number_prefix),
            (self.department_name, profile.department_name),
            (self.place, profile.place),
        ):
            edit.setText(value)
        self.role_box.setCurrentIndex(max(self.role_box.findData(profile.role), 0))
        self._fill_years()
        self._fill_backups()
        self._update_year_buttons()

    def _fill_years(self) -> None:
        current = settings_service.current_school_year(self.ctx.store).start_year
        wanted = self.year_box.currentData() or current
        self.year_box.blockSignals(True)
        self.year_box.clear()
        for start in range(current - 1, current + 2):
            self.year_box.addItem(f"{start}-{start + 1}", start)
        self.year_box.setCurrentIndex(max(self.year_box.findData(wanted), 0))
        self.year_box.blockSignals(False)
        self._show_year()

    def _show_year(self) -> None:
        start = self.year_box.currentData()
        if start is None:
            return
        self._set_dates(settings_service.school_year(self.ctx.store, start))

    def _set_dates(self, year: SchoolYear) -> None:
        for edit, day in (
            (self.start_edit, year.start),
            (self.hk1_end_edit, year.hk1_end),
            (self.hk2_start_edit, year.hk2_start),
            (self.end_edit, year.end),
        ):
            edit.setDate(to_qdate(day))

    def _usual_dates(self) -> None:
        start = self.year_box.currentData()
        if start is not None:
            self._set_dates(SchoolYear.default(start))

    def _fill_backups(self) -> None:
        from skillsapp.services.backups import list_backups

        kinds = {
            "auto": self.tr("Automatic"),
            "manual": self.tr("Made by hand"),
            "before-migration": self.tr("Before an update"),
            "before-restore": self.tr("Before a restore"),
            "other": self.tr("Other"),
        }
        found = list_backups(self.ctx.db_path)
        self.backup_table.setRowCount(len(found))
        for row, info in enumerate(found):
            cells = (info.made_at.strftime("%d/%m/%Y %H:%M"), kinds[info.kind], _size(info.size))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(ROLE, str(info.path))
                item.setToolTip(str(info.path))
                self.backup_table.setItem(row, column, item)
        self._update_restore_button()

    def _update_restore_button(self) -> None:
        has_any = self.backup_table.rowCount() > 0
        why = (
            self.tr("Choose a backup in the table first.")
            if has_any
            else self.tr("There is no backup yet.")
        )
        allow(self.restore_button, bool(self.backup_table.selectedItems()), why)
        self.backups_way.say(
            ""
            if has_any
            else self.tr(
                "No backup yet: press “Back up now” to make one (the app makes one by itself "
                "the next day it is opened)."
            )
        )

    # -- saving ---------------------------------------------------------------------------------

    def save_school(self) -> None:
        school = School(
            id=self._school.id if self._school else "",
            code=self.school_code.text().strip(),
            name=" ".join(self.school_name.text().split()),
            district=" ".join(self.school_district.text().split()),
            province=" ".join(self.school_province.text().split()),
        )
        if not school.name:
            self._warn(self.tr("The school needs a name."))
            return
        if self._attempt(lambda: save_school(self.ctx.store, school)):
            self._done(frozenset({"school"}), self.tr("The school is saved."))

    def save_profile(self) -> None:
        profile = settings_service.Profile(
            teacher_name=self.teacher_name.text(),
            role=self.role_box.currentData(),
            device_name=self.device_name.text(),
            department_name=self.department_name.text(),
            principal_name=self.principal_name.text(),
            signer_title=self.signer_title.text(),
            report_number_prefix=self.report_number_prefix.text(),
            place=self.place.text(),
        )
        changes = self._attempt(lambda: settings_service.save_profile(self.ctx.store, profile))
        if changes:
            self._done(changes.tables, self.tr("Saved."))

    def save_dates(self) -> None:
        year = SchoolYear(
            start_year=self.year_box.currentData(),
            start=edited_date(self.start_edit),
            hk1_end=edited_date(self.hk1_end_edit),
            hk2_start=edited_date(self.hk2_start_edit),
            end=edited_date(self.end_edit),
        )
        changes = self._attempt(lambda: settings_service.save_school_year(self.ctx.store, year))
        if changes:
            self._done(changes.tables, self.tr("The school-year dates are saved."))

    # -- the new school year (issue 22) -----------------------------------------------------------

    def _update_year_buttons(self) -> None:
        from skillsapp.services import school_year

        to_year = school_year.year_to_start(self.ctx.store)
        allow(
            self.new_year_button,
            to_year is not None,
            self.tr("There is no class yet: make the classes of this year on the Classes page."),
            self.tr("Move every class up into school year %1, with a preview first.").replace(
                "%1", to_year or ""
            ),
        )
        state = school_year.undo_state(self.ctx.store)
        if state is None:
            why = self.tr("No new school year has been started on this computer.")
        elif not state.possible:
            why = self.tr(
                "School year %1 already has saved sessions: it can no longer be undone."
            ).replace("%1", state.to_year)
        else:
            why = ""
        allow(
            self.undo_year_button,
            not why,
            why,
            self.tr("Put everything back as it was before school year %1 was started.").replace(
                "%1", state.to_year if state else ""
            ),
        )

    def new_school_year(self) -> None:
        """Plan the new year, show the preview; on its acceptance, carry the school on a worker."""
        from skillsapp.services import school_year
        from skillsapp.ui.dialogs.new_year import NewYearDialog

        to_year = school_year.year_to_start(self.ctx.store)
        plan = self._attempt(lambda: school_year.plan_new_year(self.ctx.store, to_year or "?"))
        if plan is None:
            return
        if self.new_year_dialog is not None:
            self.new_year_dialog.deleteLater()
        dialog = NewYearDialog(self.ctx, plan, self)
        self.new_year_dialog = dialog
        dialog.accepted.connect(lambda: self._start_year(dialog.plan))
        dialog.open()

    def _start_year(self, plan) -> None:
        from skillsapp.services import school_year

        self.ctx.jobs.run(
            store_job(
                self.ctx.db_path,
                lambda db, progress: school_year.start_new_year(db, plan, progress),
            ),
            self.tr("Starting the new school year…"),
            lambda changes: self._year_done(
                changes.tables, self.tr("School year %1 has started.").replace("%1", plan.to_year)
            ),
            self._warn,
        )

    def undo_school_year(self) -> None:
        from skillsapp.services import school_year
        from skillsapp.ui.dialogs.roster_import import ask

        state = school_year.undo_state(self.ctx.store)
        if state is None or not state.possible:
            return
        if not ask(
            self,
            self.tr("Undo new school year"),
            self.tr("Undo school year %1?").replace("%1", state.to_year),
            self.tr(
                "Its classes and pupils are removed, the classes of the year before are live "
                "again, and graduated pupils are back in their classes."
            ),
            self.tr("Undo the new year"),
            self.tr("Keep it"),
        ):
            return
        changes = self._attempt(lambda: school_year.undo_new_year(self.ctx.store))
        if changes:
            self._year_done(
                changes.tables, self.tr("School year %1 is undone.").replace("%1", state.to_year)
            )

    def _year_done(self, tables: frozenset[str], message: str) -> None:
        self._done(tables, message)
        self._update_year_buttons()

    def _attempt(self, action):
        try:
            return action()
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return None

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Settings"), text)

    def _done(self, tables: frozenset[str], message: str) -> None:
        self.ctx.bus.data_changed.emit(frozenset(tables))
        self.ctx.bus.status_message.emit(message)

    # -- folders and backups --------------------------------------------------------------------

    def _open_folder(self, folder) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def backup_now(self) -> None:
        from skillsapp.services.backups import backup_now

        self.ctx.jobs.run(
            store_job(self.ctx.db_path, lambda db, _: backup_now(db)),
            self.tr("Backing up…"),
            self._backed_up,
        )

    def _backed_up(self, target) -> None:
        self._fill_backups()
        self.ctx.bus.status_message.emit(self.tr("Backed up to %1").replace("%1", str(target)))

    def selected_backup(self) -> str | None:
        items = self.backup_table.selectedItems()
        return items[0].data(ROLE) if items else None

    def restore_selected(self) -> None:
        """Replace the data with the chosen backup, after asking; the current data is kept."""
        source = self.selected_backup()
        if source is None:
            return
        if QThreadPool.globalInstance().activeThreadCount():
            self._warn(self.tr("Wait until the task in the status bar has finished."))
            return
        made = self.backup_table.item(self.backup_table.currentRow(), 0).text()
        answer = QMessageBox.question(
            self,
            self.tr("Restore a backup"),
            self.tr(
                "Replace all the data on this computer with the backup made on %1? "
                "The current data is kept as a file beside the database."
            ).replace("%1", made),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from pathlib import Path

        from skillsapp.services.backups import restore_backup

        db_path = self.ctx.db_path
        self.window().setEnabled(False)  # nothing may touch the store while it is closed
        self.ctx.store.close()
        self.ctx.jobs.run(
            lambda progress: progress(0, 1, "") or restore_backup(Path(source), db_path),
            self.tr("Restoring…"),
            self._restored,
            self._restore_failed,
        )

    def _reopen(self) -> None:
        from skillsapp.services.database import open_school_db

        self.ctx.store = open_school_db(self.ctx.db_path)
        self.window().setEnabled(True)

    def _restored(self, result) -> None:
        kept, changes = result
        self._reopen()
        self.ctx.bus.data_changed.emit(changes.tables)
        self._fill_backups()
        self.ctx.bus.status_message.emit(
            self.tr("Restored. The previous data is kept in %1").replace("%1", str(kept))
        )

    def _restore_failed(self, text: str) -> None:
        self._reopen()
        self._warn(text)


PAGE = SettingsPage
