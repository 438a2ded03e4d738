"""Sync: send this computer's data to another device, receive packages, and manage key cards.

Everything slow (sealing, writing to a USB stick, verifying and merging) runs on a worker with
the progress bar; the page only calls the sync services and shows their summaries. Packages
can be chosen in a dialog or dropped anywhere on the page.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.progress import Progress
from skillsapp.errors import UserError
from skillsapp.messages import tr
from skillsapp.services.database import SchoolDb, held_by_device, tables_changed_by_import
from skillsapp.sync import export as sync_export
from skillsapp.sync import identity as sync_identity
from skillsapp.sync import keys as sync_keys
from skillsapp.sync.importer import accept_device, import_package, refuse_device
from skillsapp.sync.package import SUFFIX
from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job
from skillsapp.ui.pages import Page
from skillsapp.ui.reasons import WayForward, allow

CARD_FILTER = "*.knskey"
IMPORTED_TABLES = tables_changed_by_import()


def _periods(today: date) -> list[str]:
    """The aggregate periods offered: this school year and its semesters, then last year."""
    from skillsapp.domain.periods import current_school_year

    year = current_school_year(today).label
    last = f"{int(year[:4]) - 1}-{year[:4]}"
    return [year, f"{year}/hk1", f"{year}/hk2", last]


def _packages(paths: list[str]) -> list[Path]:
    return [Path(p) for p in paths if p.lower().endswith(SUFFIX)]


class SyncPage(Page):
    page_id = "sync"
    watches = frozenset({"device", "imported_package", "school", "setting"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("SyncPage", "Sync")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setAcceptDrops(True)
        self._build()
        self._layout()
        self.choose_folder_button.clicked.connect(self._choose_folder)
        self.export_button.clicked.connect(self.export_package)
        self.aggregate_button.clicked.connect(self.export_figures)
        self.import_button.clicked.connect(self._choose_packages)
        self.card_out_button.clicked.connect(self.export_card)
        self.card_in_button.clicked.connect(self.import_card)
        self.accept_button.clicked.connect(self.accept_held)
        self.refuse_button.clicked.connect(self.refuse_held)
        self.retranslate()

    # -- widgets --------------------------------------------------------------------------

    def _build(self) -> None:
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.way = WayForward()
        self.me_label = QLabel()
        self.me_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.card_out_button = QPushButton()
        self.card_in_button = QPushButton()
        self.send_group = QGroupBox()
        self.to_label = QLabel()
        self.recipient_box = QComboBox()
        self.sealed_label = QLabel()
        self.sealed_label.setWordWrap(True)
        self.full_check = QCheckBox()
        self.folder_label = QLabel()
        self.folder_edit = QLineEdit()
        self.folder_edit.setReadOnly(True)
        self.choose_folder_button = QPushButton()
        self.export_button = QPushButton()
        self.export_button.setDefault(True)
        self.period_label = QLabel()
        self.period_box = QComboBox()
        self.aggregate_button = QPushButton()
        self.receive_group = QGroupBox()
        self.drop_label = QLabel()
        self.drop_label.setWordWrap(True)
        self.import_button = QPushButton()
        self.summary = QPlainTextEdit()
        self.summary.setReadOnly(True)
        self.held_group = QGroupBox()
        self.held = QTableWidget(0, 4)
        self.held.verticalHeader().hide()
        self.held.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.held.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.held.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.accept_button = QPushButton()
        self.refuse_button = QPushButton()
        self.devices_group = QGroupBox()
        self.devices = QTableWidget(0, 6)
        self.devices.verticalHeader().hide()
        self.devices.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.devices.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.devices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _layout(self) -> None:
        send = QGridLayout(self.send_group)
        send.addWidget(self.to_label, 0, 0)
        send.addWidget(self.recipient_box, 0, 1, 1, 2)
        send.addWidget(self.sealed_label, 1, 1, 1, 2)
        send.addWidget(self.full_check, 2, 1, 1, 2)
        send.addWidget(self.folder_label, 3, 0)
        send.addWidget(self.folder_edit, 3, 1)
        send.addWidget(self.choose_folder_button, 3, 2)
        send.addWidget(self.export_button, 4, 1, 1, 2)
        send.addWidget(self.period_label, 5, 0)
        send.addWidget(self.period_box, 5, 1, 1, 2)
        send.addWidget(self.aggregate_button, 6, 1, 1, 2)
        send.setColumnStretch(1, 1)
        send.setRowStretch(7, 1)
        receive = QVBoxLayout(self.receive_group)
        row = QHBoxLayout()
        row.addWidget(self.drop_label, 1)
        row.addWidget(self.import_button)
        receive.addLayout(row)
        receive.addWidget(self.summary)
        held = QVBoxLayout(self.held_group)
        held.addWidget(self.held)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.refuse_button)
        held.addLayout(buttons)
        receive.addWidget(self.held_group)
        me = QHBoxLayout()
        me.addWidget(self.me_label, 1)
        me.addWidget(self.card_out_button)
        me.addWidget(self.card_in_button)
        devices = QVBoxLayout(self.devices_group)
        devices.addLayout(me)
        devices.addWidget(self.devices)
        top = QHBoxLayout()
        top.addWidget(self.send_group, 1)
        top.addWidget(self.receive_group, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.way)
        layout.addLayout(top, 3)
        layout.addWidget(self.devices_group, 2)

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Sync: packages between computers"))
        self.card_out_button.setText(self.tr("Save my key card…"))
        self.card_in_button.setText(self.tr("Add a key card…"))
        self.send_group.setTitle(self.tr("Send"))
        self.to_label.setText(self.tr("To"))
        self.sealed_label.setText(
            self.tr("Pupil data is encrypted: only that computer can read the package.")
        )
        self.full_check.setText(self.tr("Send everything again, not only the changes"))
        self.folder_label.setText(self.tr("Folder or USB drive"))
        self.choose_folder_button.setText(self.tr("Choose…"))
        self.export_button.setText(self.tr("Export package"))
        self.period_label.setText(self.tr("Figures for"))
        self.aggregate_button.setText(self.tr("Export figures for the department"))
        self.receive_group.setTitle(self.tr("Receive"))
        self.drop_label.setText(self.tr("Drop .kns packages here, or choose them:"))
        self.import_button.setText(self.tr("Import packages…"))
        self.held_group.setTitle(self.tr("Held: packages from devices not accepted yet"))
        self.held.setHorizontalHeaderLabels(
            [self.tr("Sender"), self.tr("School"), self.tr("Fingerprint (read it aloud)"),
             self.tr("Packages")]
        )  # fmt: skip
        self.accept_button.setText(self.tr("Accept and import"))
        self.refuse_button.setText(self.tr("Refuse"))
        self.devices_group.setTitle(self.tr("Known devices"))
        self.devices.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Fingerprint"),
                self.tr("Card checked"),
                self.tr("Last package received"),
                self.tr("Last package sent"),
            ]
        )
        if self.ctx.store is not None:
            self.refresh()

    # -- showing --------------------------------------------------------------------------

    def _role_text(self, role: str) -> str:
        return {
            "teacher": self.tr("teacher"),
            "leader": self.tr("school leader"),
            "department": self.tr("education department"),
        }.get(role, role)

    def refresh(self) -> None:
        store = self.ctx.store
        try:
            keys = sync_keys.ensure_keys(store)  # first visit: this computer gets its keys
        except UserError as exc:
            self.me_label.setText(exc.message(self.ctx.language))
            return
        me = keys.identity
        self.me_label.setText(
            self.tr("This computer: %1 (%2) · fingerprint %3")
            .replace("%1", me.label)
            .replace("%2", self._role_text(me.role))
            .replace("%3", me.fingerprint)
        )
        devices = sync_keys.known_devices(store)
        self._fill_devices([d for d in devices if not d.is_self])
        self._fill_recipients([d.identity for d in devices if not d.is_self])
        self._fill_held(store)
        self.folder_edit.setText(sync_export.last_folder(store.db))
        if not self.period_box.count():
            self.period_box.addItems(_periods(date.today()))
        sending = me.role != "department"
        allow(self.send_group, sending, self.tr(
            "An education department only receives packages: pupil data never goes to it, "
            "and it sends none."
        ))  # fmt: skip
        for widget in (self.period_label, self.period_box, self.aggregate_button):
            widget.setVisible(me.role == "leader")
        self._update_buttons()

    def _fill_devices(self, devices: list[sync_keys.KnownDevice]) -> None:
        self.devices.setRowCount(len(devices))
        for row, device in enumerate(devices):
            identity = device.identity
            cells = [
                identity.label,
                self._role_text(identity.role),
                identity.fingerprint,
                self.tr("yes") if device.trusted else self.tr("no (first seen in a package)"),
                self._when(device.last_received_at, device.last_received_rows),
                device.last_sent_at.replace("T", " ") or "—",
            ]
            for column, text in enumerate(cells):
                self.devices.setItem(row, column, QTableWidgetItem(text))
        self.devices.resizeColumnsToContents()
        self.devices.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _fill_held(self, store: SchoolDb) -> None:
        by_device = held_by_device(store)
        self.held.setRowCount(0)
        for device_id, items in by_device.items():
            try:
                identity = sync_keys.DeviceIdentity.from_json(items[0].sender)
            except ValueError:
                continue
            row = self.held.rowCount()
            self.held.insertRow(row)
            school = f"{items[0].school_name} ({items[0].school_code})"
            cells = [
                f"{identity.label} ({self._role_text(identity.role)})",
                school,
                identity.fingerprint,
                str(len(items)),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, device_id)
                self.held.setItem(row, column, item)
        self.held.resizeColumnsToContents()
        self.held_group.setVisible(bool(by_device))

    def _chosen_held(self) -> str | None:
        rows = self.held.selectionModel().selectedRows() if self.held.selectionModel() else []
        row = rows[0].row() if rows else (0 if self.held.rowCount() == 1 else -1)
        item = self.held.item(row, 0) if row >= 0 else None
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def accept_held(self) -> None:
        """Accept the chosen sender (after the fingerprint was compared) and merge its packages."""
        device_id = self._chosen_held()
        if device_id is None:
            return
        lang = self.ctx.language
        text = self.tr("Importing the accepted packages…")

        def work(store: SchoolDb, progress: Progress) -> tuple[list[str], bool]:
            accepted = accept_device(store, device_id)
            return accepted.lines(lang), bool(accepted.results)

        self._run(text, work, self._imported)

    def refuse_held(self) -> None:
        device_id = self._chosen_held()
        if device_id is None:
            return
        try:
            identity, count = refuse_device(self.ctx.store, device_id)
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return
        name = identity.label if identity else device_id[:8]
        key = "sync.refused_device"  # a core message (skillsapp/sync/texts.py), not a Qt string
        self._say([tr(key, self.ctx.language, count=count, name=name)])
        self.refresh()

    def _when(self, at: str, rows: int) -> str:
        if not at:
            return "—"
        return self.tr("%1 (%2 rows)").replace("%1", at.replace("T", " ")).replace("%2", str(rows))

    def _fill_recipients(self, others: list[sync_keys.DeviceIdentity]) -> None:
        chosen = self.recipient_box.currentData()
        self.recipient_box.clear()
        for identity in others:
            if identity.role == "department":
                continue  # pupil data never goes to the department
            text = f"{identity.label} ({self._role_text(identity.role)})"
            self.recipient_box.addItem(text, identity.device_id)
        index = self.recipient_box.findData(chosen)
        if index >= 0:
            self.recipient_box.setCurrentIndex(index)

    def _update_buttons(self) -> None:
        has_folder = bool(self.folder_edit.text())
        no_folder = self.tr("Choose a folder or USB drive to write to first (“Choose…”).")
        if not self.recipient_box.count():
            why = self.tr(
                "No computer to send to yet: add the other computer's key card first "
                "(“Add a key card…” under Known devices)."
            )
        else:
            why = no_folder
        allow(self.export_button, has_folder and self.recipient_box.count() > 0, why)
        allow(self.aggregate_button, has_folder, no_folder)
        self.way.say(self._way_forward(has_folder))

    def _way_forward(self, has_folder: bool) -> str:
        """The next step before anything can be sent or received, in the order it is done."""
        if not self.send_group.isEnabledTo(self):
            return self.tr(
                "This computer belongs to an education department: drop or import the "
                "figures packages schools send under Receive."
            )
        if not self.recipient_box.count():
            return self.tr(
                "To send data, first swap key cards with the other computer: “Save my key "
                "card…” here and give it to them on a USB drive, then “Add a key card…” with "
                "theirs."
            )
        if not has_folder:
            return self.tr("Then choose the folder or USB drive the packages go to (“Choose…”).")
        return ""

    def _say(self, lines: list[str]) -> None:
        self.summary.appendPlainText("\n".join(lines))

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Sync"), text)

    # -- sending ----------------------------------------------------------------------------

    def _choose_folder(self) -> None:
        folder = file_dialogs.get_existing_directory(
            self, self.tr("Where to write packages"), self.folder_edit.text()
        )
        if folder:
            sync_export.remember_folder(self.ctx.store, Path(folder))
            self.folder_edit.setText(folder)
            self._update_buttons()

    def _run(
        self, title: str, work: Callable[[SchoolDb, Progress], Any], done: Callable[[Any], None]
    ) -> None:
        """Run `work(db, progress)` on a worker with its own connection to the database."""
        self.ctx.jobs.run(store_job(self.ctx.db_path, work), title, done, on_error=self._warn)

    def _identity_settled(self) -> bool:
        """Before any export: if this database was copied from another computer, ask whether
        the old one is gone (keep the identity) or both stay in use (a new identity here), so
        two PCs never stamp rows as one device (skillsapp/sync/identity.py)."""
        if not sync_identity.check_home(self.ctx.store).copied:
            return True
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Sync"))
        box.setText(
            self.tr(
                "This database was made on another computer and copied here. Two computers "
                "must not share one identity, or their changes overwrite each other."
            )
        )
        keep = box.addButton(
            self.tr("The old computer is no longer used: keep the identity"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        renew = box.addButton(
            self.tr("Both computers stay in use: new identity here"),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(self.tr("Not now"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is keep:
            sync_identity.keep_identity(self.ctx.store)
            return True
        if box.clickedButton() is renew:
            self.ctx.store = sync_identity.new_identity(self.ctx.store)
            self._warn(
                self.tr(
                    "This computer now has its own identity. Send its new key card to the "
                    "school leader (Save my key card) before the next package."
                )
            )
            self.refresh()
            return True
        return False

    def export_package(self) -> None:
        """One click: seal the changes for the chosen device into the chosen folder."""
        if not self._identity_settled():
            return
        folder = Path(self.folder_edit.text())
        recipient = self.recipient_box.currentData()
        full = self.full_check.isChecked()
        text = self.tr("Writing the package…")

        def work(store: SchoolDb, progress: Progress) -> sync_export.ExportResult:
            return sync_export.export_rows(
                store, folder, to=recipient, full=full, progress=progress
            )

        self._run(text, work, self._exported)

    def export_figures(self) -> None:
        if not self._identity_settled():
            return
        folder = Path(self.folder_edit.text())
        period = self.period_box.currentText()
        kit = self.ctx.kit
        text = self.tr("Writing the figures package…")

        def work(store: SchoolDb, progress: Progress) -> sync_export.ExportResult:
            return sync_export.export_aggregate(
                store, folder, period=period, kit=kit, progress=progress
            )

        self._run(text, work, self._exported)

    def _exported(self, result: sync_export.ExportResult) -> None:
        self._say([result.message(self.ctx.language)])
        self.full_check.setChecked(False)
        self.refresh()

    # -- receiving --------------------------------------------------------------------------

    def _choose_packages(self) -> None:
        paths, _ = file_dialogs.get_open_file_names(
            self, self.tr("Packages to import"), self.folder_edit.text(), f"*{SUFFIX}"
        )
        if paths:
            self.import_files([Path(p) for p in paths])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if _packages([u.toLocalFile() for u in urls]):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = _packages([u.toLocalFile() for u in event.mimeData().urls()])
        if files:
            event.acceptProposedAction()
            self.import_files(files)

    def import_files(self, files: list[Path]) -> None:
        """Import each package in turn; a refused one is reported and the others go on."""
        lang = self.ctx.language
        text = self.tr("Checking and importing packages…")

        def work(store: SchoolDb, progress: Progress) -> tuple[list[str], bool]:
            lines, changed = [], False
            for number, path in enumerate(files):
                progress(number, len(files), text)
                try:
                    result = import_package(store, path)
                except UserError as exc:
                    lines.append(exc.message(lang))
                    continue
                lines.extend(result.lines(lang))
                changed = changed or result.status == "imported"
            return lines, changed

        self._run(text, work, self._imported)

    def _imported(self, outcome: tuple[list[str], bool]) -> None:
        lines, changed = outcome
        self._say(lines)
        if changed:
            self.ctx.bus.data_changed.emit(IMPORTED_TABLES)
        self.refresh()

    # -- key cards --------------------------------------------------------------------------

    def export_card(self) -> None:
        target, _ = file_dialogs.get_save_file_name(
            self, self.tr("Save my key card"), self.folder_edit.text(), CARD_FILTER
        )
        if not target:
            return
        path = Path(target)
        if not path.suffix:
            path = path.with_suffix(sync_keys.CARD_SUFFIX)
        try:
            written, identity = sync_keys.write_card(self.ctx.store, path)
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return
        self._say(
            [
                self.tr("Key card saved to %1. Fingerprint: %2")
                .replace("%1", str(written))
                .replace("%2", identity.fingerprint)
            ]
        )

    def import_card(self) -> None:
        source, _ = file_dialogs.get_open_file_name(
            self, self.tr("Key card to add"), self.folder_edit.text(), CARD_FILTER
        )
        if not source:
            return
        try:
            result = sync_keys.import_card(self.ctx.store, Path(source))
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return
        identity = result.identity
        self._say(
            [
                tr(
                    result.message_key(),
                    self.ctx.language,
                    name=identity.label,
                    role=identity.role,
                    fingerprint=identity.fingerprint,
                )
            ]
        )
        self.ctx.bus.data_changed.emit(frozenset({"device"}))
        self.refresh()


PAGE = SyncPage
