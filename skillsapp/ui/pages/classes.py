"""Classes: the school's classes for a school year and the selected class's roster.

Classes are created, renamed and archived here; pupils are edited in the table (double-click or
F2), added, marked as having left, or have all their data deleted. A class list exported by the
school (.xlsx, .xls, .ods, .csv; one class, a class column or a sheet per class) is read and
planned on a worker by the same core as `skillsapp roster import`, previewed (what changes in
which class, every problem), imported on a worker, and its last import undone on request.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.records import Pupil, SchoolClass, Site
from skillsapp.errors import UserError
from skillsapp.services import school as school_service
from skillsapp.ui import file_dialogs
from skillsapp.ui.form_fields import grades_text
from skillsapp.ui.jobs import store_job
from skillsapp.ui.models.pupils import GENDER, GRADE, PupilTableModel, gender_label
from skillsapp.ui.pages import Page
from skillsapp.ui.pages.class_cards import PrintCardsButton
from skillsapp.ui.reasons import WayForward, allow

ROLE = Qt.ItemDataRole.UserRole
Index = QModelIndex | QPersistentModelIndex


class GenderDelegate(QStyledItemDelegate):
    """A drop-down of Female / Male / (not given) instead of free text."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        box = QComboBox(parent)
        for code in ("F", "M", ""):
            box.addItem(gender_label(code) or "—", code)
        return box

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentIndex(max(editor.findData(index.data(Qt.ItemDataRole.EditRole)), 0))

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class ClassesPage(Page):
    page_id = "classes"
    watches = frozenset({"school", "site", "school_class", "pupil"})

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ClassesPage", "Classes")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.year_label = QLabel()
        self.year_box = QComboBox()
        self.archived_box = QCheckBox()
        self.class_list = QListWidget()
        self.class_list.setStyleSheet("QListWidget::item { padding: 3px 2px; }")
        self.new_class_button = QPushButton()
        self.rename_button = QPushButton()
        self.archive_button = QPushButton()
        self.sites_button = QPushButton()
        self.class_header = QLabel()
        self.class_header.setObjectName("pageHeading")
        self.class_header.setWordWrap(True)  # a long teacher's name: two lines, not a wider page
        self.way = WayForward()
        self.add_button = QPushButton()
        self.import_button = QPushButton()
        self.undo_button = QPushButton()
        self.cards_button = PrintCardsButton(ctx)
        self.import_dialog: QDialog | None = None
        self._undo = None  # rosters.update.UndoInfo of the selected class, if any
        self.active_button = QPushButton()
        self.move_button = QPushButton()
        self.leave_button = QPushButton()
        self.delete_button = QPushButton()
        self.pupil_line = QLabel()  # the selected pupil's lessons, "since joining" for a joiner
        self.pupil_line.setWordWrap(True)
        self.model = PupilTableModel(self, save=self._save_pupil)
        self.model.save_failed.connect(self._show_error)
        self.model.saved.connect(lambda _p: self._changed(frozenset({"pupil"})))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(GENDER, GenderDelegate(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)  # a class of 45 in two screens
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._layout()
        self.year_box.currentIndexChanged.connect(self._load_classes)
        self.archived_box.toggled.connect(self._load_classes)
        self.class_list.currentItemChanged.connect(self._load_pupils)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.new_class_button.clicked.connect(self.new_class)
        self.rename_button.clicked.connect(self.rename_class)
        self.archive_button.clicked.connect(self.toggle_archived)
        self.sites_button.clicked.connect(self.edit_sites)
        self.add_button.clicked.connect(self.add_pupil)
        self.import_button.clicked.connect(self.import_roster)
        self.undo_button.clicked.connect(self.undo_import)
        self.active_button.clicked.connect(self.toggle_active)
        self.move_button.clicked.connect(self.move_pupil)
        self.leave_button.clicked.connect(self.pupil_left)
        self.delete_button.clicked.connect(self.delete_pupil_data)
        self.retranslate()

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        year_row = QHBoxLayout()
        year_row.addWidget(self.year_label)
        year_row.addWidget(self.year_box, 1)
        left_layout.addLayout(year_row)
        left_layout.addWidget(self.archived_box)
        left_layout.addWidget(self.class_list, 1)
        for button in (
            self.new_class_button,
            self.rename_button,
            self.archive_button,
            self.sites_button,
        ):
            left_layout.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.class_header)
        right_layout.addWidget(self.way)
        # Two rows: five Vietnamese labels side by side do not fit a 1366-wide window.
        import_row, pupil_row = QHBoxLayout(), QHBoxLayout()
        for button in (self.import_button, self.undo_button):
            import_row.addWidget(button)
        import_row.addStretch(1)
        import_row.addWidget(self.cards_button)
        for button in (self.add_button, self.active_button):
            pupil_row.addWidget(button)
        pupil_row.addStretch(1)
        pupil_row.addWidget(self.delete_button)
        stay_row = QHBoxLayout()  # a third row: the Vietnamese labels do not fit on two
        for button in (self.move_button, self.leave_button):
            stay_row.addWidget(button)
        stay_row.addStretch(1)
        right_layout.addLayout(import_row)
        right_layout.addLayout(pupil_row)
        right_layout.addLayout(stay_row)
        right_layout.addWidget(self.table, 1)
        right_layout.addWidget(self.pupil_line)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 900])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.year_label.setText(self.tr("School year"))
        self.class_list.setAccessibleName(self.tr("Classes"))
        self.table.setAccessibleName(self.tr("Pupils of the class"))
        self.archived_box.setText(self.tr("Show archived classes"))
        self.new_class_button.setText(self.tr("New class…"))
        self.rename_button.setText(self.tr("Edit…"))
        self.sites_button.setText(self.tr("Sites…"))
        self.add_button.setText(self.tr("Add pupil"))
        self.import_button.setText(self.tr("Import class list…"))
        self.undo_button.setText(self.tr("Undo the last import"))
        self.delete_button.setText(self.tr("Delete pupil's data…"))
        self.move_button.setText(self.tr("Move to another class…"))
        self.leave_button.setText(self.tr("Left the school…"))
        self.cards_button.retranslate()
        self.model.language = self.ctx.language
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, GRADE)
        if self.ctx.store is not None and self.year_box.count():
            self._load_classes()  # after a language switch; the first load is refresh()'s
        self._update_buttons()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.year_box.currentText()
        years = self._years()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItems(years)
        this_year = self._current_year()
        self.year_box.setCurrentText(current if current in years else this_year)
        self.year_box.blockSignals(False)
        self._load_classes()

    def _current_year(self) -> str:
        from skillsapp.services.settings import current_school_year

        return current_school_year(self.ctx.store).label

    def _years(self) -> list[str]:
        """The years that have classes, with this school year always there to add classes to."""
        years = set(school_service.school_years(self.ctx.store)) | {self._current_year()}
        return sorted(years, reverse=True)

    def _load_classes(self) -> None:
        selected_id = self.selected_class_id()
        self.class_list.blockSignals(True)
        self.class_list.clear()
        classes = school_service.classes(
            self.ctx.store,
            school_year=self.year_box.currentText() or None,
            include_archived=self.archived_box.isChecked(),
        )
        for cls in classes:
            text = (
                self.tr("%1 — %2 pupils")
                .replace("%1", cls.name)
                .replace("%2", str(cls.pupil_count))
            )
            if len(cls.grades) > 1:
                text += " · " + grades_text(cls.grades, self.tr("mixed %1"))
            if cls.year_closed:
                text = self.tr("%1 (archived, read-only)").replace("%1", text)
            elif cls.archived:
                text = self.tr("%1 (archived)").replace("%1", text)
            item = QListWidgetItem(text)
            item.setData(ROLE, cls.id)
            self.class_list.addItem(item)
            if cls.id == selected_id:
                self.class_list.setCurrentItem(item)
        if self.class_list.currentItem() is None and self.class_list.count():
            self.class_list.setCurrentRow(0)
        self.class_list.blockSignals(False)
        self._load_pupils()

    def select_class(self, class_id: str) -> None:
        for row in range(self.class_list.count()):
            if self.class_list.item(row).data(ROLE) == class_id:
                self.class_list.setCurrentRow(row)
                return

    def selected_class_id(self) -> str | None:
        item = self.class_list.currentItem()
        return item.data(ROLE) if item else None

    def selected_class(self) -> SchoolClass | None:
        class_id = self.selected_class_id()
        return school_service.get_class(self.ctx.store, class_id) if class_id else None

    def _load_pupils(self) -> None:
        from skillsapp.rosters.update import undo_info

        cls = self.selected_class()
        selected = self.selected_pupil()
        self._undo = undo_info(self.ctx.store, cls.id) if cls is not None else None
        if cls is None:
            self.model.set_pupils([])
            self.class_header.clear()
        else:
            self.model.class_grade = cls.grade
            self.model.read_only = cls.year_closed
            self.model.set_pupils(school_service.pupils(self.ctx.store, cls.id))
            teacher = cls.homeroom_teacher or "—"
            self.class_header.setText(
                self.tr("Class %1 · grade %2 · homeroom teacher %3")
                .replace("%1", cls.name)
                .replace("%2", ", ".join(str(g) for g in cls.grades))
                .replace("%3", teacher)
                + self._site_text(cls)
            )
            if selected is not None:
                self.select_pupil(selected.id)
        # a pupil's own grade matters only in a mixed-grade class (lớp ghép)
        self.table.setColumnHidden(GRADE, cls is None or len(cls.grades) < 2)
        self._update_buttons()

    def selected_pupil(self) -> Pupil | None:
        index = self.table.currentIndex()
        return self.model.pupil(index.row()) if index.isValid() else None

    def select_pupil(self, pupil_id: str) -> None:
        row = self.model.row_of(pupil_id)
        if row >= 0:
            self.table.setCurrentIndex(self.model.index(row, 1))

    def _update_buttons(self, *_args: object) -> None:
        cls = self.selected_class() if self.ctx.store is not None else None
        pupil = self.selected_pupil()
        no_class = self.tr("Choose a class in the list first, or make one with “New class…”.")
        closed = cls is not None and cls.year_closed
        read_only = (
            self.tr(
                "Class %1 belongs to school year %2, which is closed: it is kept read-only with "
                "its sessions and reports."
            )
            .replace("%1", cls.name if cls else "")
            .replace("%2", cls.school_year if cls else "")
        )
        for button in (self.rename_button, self.archive_button, self.add_button):
            allow(button, cls is not None and not closed, read_only if closed else no_class)
        self.import_button.setEnabled(self.ctx.store is not None)
        self._update_undo_button(cls)
        no_pupil = (
            self.tr("Choose a pupil in the table first.")
            if self.model.rowCount()
            else self.tr("This class has no pupils yet.")
        )
        active = sum(self.model.pupil(r).active for r in range(self.model.rowCount()))
        self.cards_button.set_class(cls, active if cls is not None else 0)
        allow(self.delete_button, pupil is not None, no_pupil)
        gone = self.tr("This pupil is no longer in the class.")
        for button in (self.active_button, self.move_button, self.leave_button):
            why = read_only if closed else no_pupil if pupil is None else ""
            if not why and button is not self.active_button and not pupil.active:
                why = gone
            allow(button, not why, why)
        self._show_pupil_line(pupil)
        self.way.say(self._way_forward(cls))
        archived = cls is not None and cls.archived
        self.archive_button.setText(self.tr("Bring back") if archived else self.tr("Archive"))
        left = pupil is not None and not pupil.active
        self.active_button.setText(
            self.tr("Mark as back in the class") if left else self.tr("Mark as left the class")
        )

    def _way_forward(self, cls: SchoolClass | None) -> str:
        """What to do next when the page has nothing to work on yet."""
        if cls is None and not self.class_list.count():
            return self.tr(
                "There is no class in this school year yet: press “New class…”, "
                "then “Import class list…” or “Add pupil”."
            )
        if cls is not None and not self.model.rowCount():
            return self.tr(
                "Class %1 has no pupils yet: press “Import class list…” to read the school's "
                "list, or “Add pupil” to type them in."
            ).replace("%1", cls.name)
        return ""

    # -- classes --------------------------------------------------------------------------------

    def new_class(self) -> None:
        from skillsapp.ui.dialogs.class_edit import ClassDialog

        years = self._years()
        next_year = _next_year(years[0]) if years else self._current_year()
        form = ClassDialog.ask(
            self, [next_year, *years], self.year_box.currentText(), sites=self._sites()
        )
        if form is None:
            return

        def create() -> SchoolClass:
            school = school_service.current_school(self.ctx.store)
            return school_service.create_class(
                self.ctx.store,
                school_id=school.id,
                school_year=form.school_year,
                grade=form.grade,
                name=form.name,
                homeroom_teacher=form.homeroom_teacher,
                site_id=form.site_id,
                grades=form.grades,
            )

        created = self._attempt(create)
        if created is not None:
            self._changed(frozenset({"school_class"}))
            self.year_box.setCurrentText(created.school_year)
            self.select_class(created.id)

    def rename_class(self) -> None:
        from skillsapp.ui.dialogs.class_edit import ClassDialog

        cls = self.selected_class()
        if cls is None:
            return
        form = ClassDialog.ask(self, [cls.school_year], cls.school_year, cls, sites=self._sites())
        if form is None:
            return
        changes: dict[str, object] = {
            "name": form.name,
            "homeroom_teacher": form.homeroom_teacher,
            "site_id": form.site_id,
            "grades": form.grades or (cls.grade,),
        }
        if self._attempt(lambda: school_service.update_class(self.ctx.store, cls.id, **changes)):
            self._changed(frozenset({"school_class"}))

    def _sites(self) -> list[Site]:
        return school_service.sites(self.ctx.store)

    def _site_text(self, cls: SchoolClass) -> str:
        """ " · site X" for a class of a satellite site (điểm trường); nothing for the main one."""
        if not cls.site_id:
            return ""
        name = school_service.site_name(self.ctx.store, cls.site_id, "")
        return " · " + self.tr("site %1").replace("%1", name) if name else ""

    def edit_sites(self) -> None:
        """Add or rename the school's sites (điểm trường); classes choose theirs in “Edit…”."""
        from skillsapp.ui.dialogs.sites import SitesDialog

        dialog = SitesDialog(self.ctx, self)
        dialog.exec()
        if dialog.changed:
            self._changed(frozenset({"site"}))

    def toggle_archived(self) -> None:
        """Archive a class that has finished (it leaves the lists, its data stays)."""
        cls = self.selected_class()
        if cls is None:
            return
        archived = not cls.archived
        if self._attempt(
            lambda: school_service.update_class(self.ctx.store, cls.id, archived=archived)
        ):
            if archived and not self.archived_box.isChecked():
                self.class_list.setCurrentItem(None)
            self._changed(frozenset({"school_class"}))

    # -- pupils ---------------------------------------------------------------------------------

    def _save_pupil(self, pupil: Pupil) -> Pupil:
        return school_service.save_pupil(self.ctx.store, pupil)

    def add_pupil(self) -> None:
        cls = self.selected_class()
        if cls is None:
            return
        name, ok = QInputDialog.getText(
            self, self.tr("Add pupil"), self.tr("Full name (family name first):")
        )
        if not ok or not name.strip():
            return
        pupil = Pupil(id="", class_id=cls.id, full_name=name)
        saved = self._attempt(lambda: self._save_pupil(pupil))
        if saved is not None:
            self._changed(frozenset({"pupil"}))
            self.select_pupil(saved.id)

    def toggle_active(self) -> None:
        """A pupil who left keeps their records, greyed out; one who came back is active again."""
        index = self.table.currentIndex()
        if not index.isValid():
            return
        pupil = self.model.pupil(index.row())
        if self.model.save_pupil(index.row(), replace(pupil, active=not pupil.active)):
            self._update_buttons()

    def _show_pupil_line(self, pupil: Pupil | None) -> None:
        """The selected pupil's lessons: over the year, or since joining for a joiner."""
        if pupil is None or self.ctx.store is None:
            self.pupil_line.clear()
            return
        from skillsapp.services.coverage import pupil_coverage

        found = self._attempt(lambda: pupil_coverage(self.ctx.store, pupil.id, self.ctx.kit))
        self.pupil_line.setText(found.describe(self.ctx.language) if found else "")

    def move_pupil(self) -> None:
        """Move the selected pupil to another class of the year, from a day."""
        from datetime import date

        from skillsapp.ui.dialogs.pupil_move import PupilStayDialog

        cls, pupil = self.selected_class(), self.selected_pupil()
        if cls is None or pupil is None:
            return
        others = [
            c for c in school_service.classes(self.ctx.store, school_year=cls.school_year)
            if c.id != cls.id
        ]  # fmt: skip
        if not others:
            self._show_error(self.tr("There is no other class in this school year to move to."))
            return
        answer = PupilStayDialog.ask(self, pupil, others, date.today())
        if answer is None:
            return
        moved = self._attempt(
            lambda: school_service.move_pupil(self.ctx.store, pupil.id, answer.class_id, answer.day)
        )
        if moved is not None:
            self._changed(frozenset({"pupil"}))
            self.select_pupil(pupil.id)

    def pupil_left(self) -> None:
        """Mark the selected pupil as having left the school on a day (kept, inactive)."""
        from datetime import date

        from skillsapp.ui.dialogs.pupil_move import PupilStayDialog

        pupil = self.selected_pupil()
        if pupil is None:
            return
        answer = PupilStayDialog.ask(self, pupil, [], date.today())
        if answer is None:
            return
        if self._attempt(lambda: school_service.pupil_left(self.ctx.store, pupil.id, answer.day)):
            self._changed(frozenset({"pupil"}))
            self.select_pupil(pupil.id)

    def delete_pupil_data(self) -> None:
        pupil = self.selected_pupil()
        if pupil is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete pupil's data"),
            self.tr(
                "Delete everything about %1 on this computer: name, code, attendance and quiz "
                "answers? This cannot be undone (backups made before now still hold the data)."
            ).replace("%1", pupil.full_name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        from skillsapp.services.privacy import delete_pupil_data

        self.ctx.jobs.run(
            store_job(self.ctx.db_path, lambda db, _: delete_pupil_data(db, pupil.id).tables),
            self.tr("Deleting the pupil's data…"),
            lambda tables: self._changed(tables),
        )

    # -- import ---------------------------------------------------------------------------------

    def import_roster(self) -> None:
        """Choose a file; the preview dialog reads and plans it on a worker and asks; the
        import itself runs on a worker when the dialog is accepted."""
        from skillsapp.rosters.read import SUFFIXES
        from skillsapp.ui.dialogs.roster_import import RosterImportDialog

        patterns = " ".join(f"*{s}" for s in SUFFIXES)
        chosen, _filter = file_dialogs.get_open_file_name(
            self,
            self.tr("Import a class list"),
            "",
            self.tr("Class lists (%1)").replace("%1", patterns),
        )
        if not chosen:
            return
        year = self.year_box.currentText() or self._current_year()
        known = school_service.classes(self.ctx.store, school_year=year)
        cls = self.selected_class()
        if self.import_dialog is not None:
            self.import_dialog.deleteLater()
        dialog = RosterImportDialog(
            self.ctx,
            Path(chosen),
            year=year,
            class_name=cls.name if cls is not None and cls.school_year == year else None,
            classes={c.name: c.grade for c in known},
            parent=self,
        )
        self.import_dialog = dialog
        dialog.accepted.connect(lambda: self._apply_import(dialog.plan))
        dialog.open()
        dialog.load()

    def _apply_import(self, plan) -> None:
        from skillsapp.rosters.update import apply_plan

        if plan is None:
            return
        self.ctx.jobs.run(
            store_job(self.ctx.db_path, lambda db, _: apply_plan(db, plan)),
            self.tr("Importing the class list…"),
            lambda result: self._imported(plan, result),
            self._show_error,
        )

    def _imported(self, plan, result) -> None:
        from skillsapp.messages import tr as message
        from skillsapp.ui.dialogs.roster_import import tell

        lang = self.ctx.language
        self._changed(frozenset({"pupil", "school_class"}))
        ids = list(result.class_ids.values())
        if ids:
            self.select_class(ids[0])
        counts = {k: result.counts[k] for k in ("new", "updated", "moved", "left")}
        done = message("roster.imported_all", lang, file=plan.file.path.name, **counts)
        lines = [c.summary(plan.school_year, lang) for c in plan.classes.values()]
        if plan.skip_bad and plan.file.bad:
            lines.append(message("roster.skipped", lang, count=len(plan.file.bad)))
        names = ", ".join(result.class_ids)
        self.ctx.bus.status_message.emit(
            self.tr("Class list imported into %1").replace("%1", names)
        )
        tell(self, self.tr("Class list imported"), done, "\n".join(lines), self.tr("OK"))

    # -- undo -----------------------------------------------------------------------------------

    def _update_undo_button(self, cls: SchoolClass | None) -> None:
        info = self._undo
        if cls is None:
            why = self.tr("Choose a class first.")
        elif info is None:
            why = self.tr("Class %1 has no class-list import to undo.").replace("%1", cls.name)
        elif info.blocked_by:
            why = self.tr(
                "A later import (%1) changed pupils of this class: undo that one first."
            ).replace("%1", info.blocked_by)
        else:
            why = ""
        self.undo_button.setEnabled(not why)
        self.undo_button.setToolTip(
            why
            or self.tr("Put class %1 back as it was before importing %2 (%3).")
            .replace("%1", cls.name if cls else "")
            .replace("%2", info.file_name if info else "")
            .replace("%3", info.when if info else "")
        )

    def undo_import(self) -> None:
        """Undo the selected class's last import (`skillsapp roster undo`), after asking."""
        from skillsapp.rosters.update import undo_last_import
        from skillsapp.ui.dialogs.roster_import import ask

        cls, info = self.selected_class(), self._undo
        if cls is None or info is None or info.blocked_by:
            return
        text = (
            self.tr("Undo the import of %1 made on %2 into class %3?")
            .replace("%1", info.file_name)
            .replace("%2", info.when)
            .replace("%3", cls.name)
        )
        details = (
            self.tr(
                "%1 pupils go back to how they were before it (changes, moves and pupils "
                "marked as left are reversed); %2 pupils it added are removed."
            )
            .replace("%1", str(info.restore))
            .replace("%2", str(info.remove))
        )
        if not ask(
            self, self.tr("Undo the last import"), text, details, self.tr("Undo the import"),
            self.tr("Keep it"),
        ):  # fmt: skip
            return
        self.ctx.jobs.run(
            store_job(self.ctx.db_path, lambda db, _: undo_last_import(db, cls.id)),
            self.tr("Undoing the import…"),
            self._undone,
            self._show_error,
        )

    def _undone(self, result) -> None:
        from skillsapp.ui.dialogs.roster_import import tell

        self._changed(frozenset({"pupil", "school_class"}))
        text = result.message(self.ctx.language)
        self.ctx.bus.status_message.emit(text)
        tell(self, self.tr("Undo the last import"), text, "", self.tr("OK"))

    # -- shared ---------------------------------------------------------------------------------

    def _attempt(self, action: Callable[[], object]):
        """Run a service call; a UserError becomes a message box and None."""
        try:
            return action()
        except UserError as exc:
            self._show_error(exc.message(self.ctx.language))
            return None

    def _show_error(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Classes"), text)

    def _changed(self, tables: frozenset[str]) -> None:
        self.ctx.bus.data_changed.emit(frozenset(tables))


def _next_year(label: str) -> str:
    first = int(label.split("-")[0]) + 1
    return f"{first}-{first + 1}"


PAGE = ClassesPage
