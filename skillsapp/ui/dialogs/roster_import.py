"""The preview before a class list is imported: which classes it goes into, what changes in
each (new, updated, moved, left), every row with its problems; nothing is written until Import.

The file is read and the import planned on a worker by the same core as `skillsapp roster
import` (rosters.classlists.read_class_file, rosters.update.plan_import); choosing another
sheet, or the class for a file that names none, plans again. A file that cannot be read is one
line here and nothing else. The checks of the plan (a class over 60, every row in one class of
a file naming several, most of a class leaving) are asked as questions on Import.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from skillsapp.errors import UserError
from skillsapp.rosters.classlists import ClassFile, grade_of
from skillsapp.rosters.update import ImportPlan
from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job
from skillsapp.ui.models.roster_preview import PROBLEMS, SHEET, RosterPreviewModel
from skillsapp.ui.read_only_tables import read_only_table, set_row
from skillsapp.ui.reasons import allow


@dataclass(frozen=True)
class Loaded:
    """What the worker found: the file and its plan, or the one line saying why not."""

    file: ClassFile | None = None
    plan: ImportPlan | None = None
    names_classes: bool = True  # False: the file names no class, the teacher chooses one
    error: str = ""


def read_and_plan(
    db,
    progress,
    path: Path,
    *,
    sheet: str | None,
    class_name: str | None,
    grade: int | None,
    year: str,
    lang: str,
    steps: tuple[str, str],
) -> Loaded:
    """Read `path` and plan its import (on a worker). `class_name` is used only when the file
    names no class itself (or when the teacher has already chosen one for such a file)."""
    from skillsapp.rosters.classlists import read_class_file
    from skillsapp.rosters.update import plan_import

    names_classes = True
    try:
        progress(0, 2, steps[0])
        try:
            file = read_class_file(path, sheet=sheet)
        except UserError as exc:
            if exc.key != "roster.need_class":
                raise
            names_classes = False
            if not class_name:
                return Loaded(names_classes=False, error=exc.message(lang))
            file = read_class_file(path, sheet=sheet, class_name=class_name)
        progress(1, 2, steps[1])
        chosen = None if names_classes else class_name
        plan = plan_import(db, file, school_year=year, grade=grade, class_name=chosen)
    except UserError as exc:
        return Loaded(names_classes=names_classes, error=exc.message(lang))
    return Loaded(file, plan, names_classes)


class RosterImportDialog(QDialog):
    """Opened with `open()`: reads the file on a worker at once; accepted with `plan` set."""

    def __init__(
        self,
        ctx,
        path: Path,
        *,
        year: str,
        class_name: str | None,
        classes: dict[str, int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.year = year
        self.classes = classes  # the year's classes: name -> grade
        self.loaded = Loaded()
        self.plan: ImportPlan | None = None
        self.setWindowTitle(self.tr("Import a class list"))
        self.resize(1040, 680)
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.heading.setWordWrap(True)
        self.source = QLabel()
        self.source.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.sheet_label = QLabel(self.tr("Sheet:"))
        self.sheet_box = QComboBox()
        self.class_label = QLabel(self.tr("The file does not name its class. Import into class:"))
        self.class_box = QComboBox()
        self.class_box.setEditable(True)
        self.class_box.addItems(list(classes))
        self.class_box.setCurrentText(class_name or "")
        self.grade_label = QLabel(self.tr("grade"))
        self.grade_box = QSpinBox()
        self.grade_box.setRange(1, 12)
        self.reload_button = QPushButton(self.tr("Read again"))
        self.classes_table = read_only_table(7)
        self.classes_table.setHorizontalHeaderLabels(
            [self.tr("Class"), self.tr("New"), self.tr("Updated"), self.tr("Moved in"),
             self.tr("Left"), self.tr("Unchanged"), self.tr("Pupils after")]
        )  # fmt: skip
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.model = RosterPreviewModel(None, ctx.language, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)  # the problems; other widths set by _fit_columns
        self._filtered = False
        self.only_bad_box = QCheckBox(self.tr("Show only the rows with problems"))
        self.skip_box = QCheckBox()
        self.errors_button = QPushButton(self.tr("Save the rejected rows as CSV…"))
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            self.tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self._layout()
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        self.skip_box.toggled.connect(self._update_buttons)
        self.only_bad_box.toggled.connect(self._filter_rows)
        self.errors_button.clicked.connect(self.save_errors)
        self.sheet_box.activated.connect(lambda _i: self.load())
        self.class_box.activated.connect(lambda _i: self.load())
        self.class_box.lineEdit().editingFinished.connect(self._class_typed)
        self.grade_box.editingFinished.connect(self.load)
        self.reload_button.clicked.connect(self.load)
        self._show_loaded()

    def _layout(self) -> None:
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.source)
        choices = QHBoxLayout()
        for widget in (self.sheet_label, self.sheet_box, self.class_label, self.class_box,
                       self.grade_label, self.grade_box, self.reload_button):  # fmt: skip
            choices.addWidget(widget)
        choices.addStretch(1)
        layout.addLayout(choices)
        layout.addWidget(self.status)
        layout.addWidget(self.bar)
        layout.addWidget(self.classes_table)
        layout.addWidget(self.notes)
        layout.addWidget(self.table, 1)
        below = QHBoxLayout()
        for widget in (self.only_bad_box, self.skip_box):
            below.addWidget(widget)
        below.addStretch(1)
        below.addWidget(self.errors_button)
        layout.addLayout(below)
        layout.addWidget(self.buttons)

    # -- reading on a worker ----------------------------------------------------------------------

    def load(self) -> None:
        """Read the file and plan its import on a worker with the sheet and class chosen."""
        sheet = self.sheet_box.currentData() if self.sheet_box.count() else None
        class_name = " ".join(self.class_box.currentText().split()) or None
        grade = self.grade_box.value() if self._new_class(class_name) else None
        steps = (self.tr("Reading the class list…"), self.tr("Comparing with the classes…"))
        self.status.setText(steps[0])
        self.status.setStyleSheet("")
        self.bar.show()
        self.import_button.setEnabled(False)
        lang, path, year = self.ctx.language, self.path, self.year

        def work(db, progress) -> Loaded:
            return read_and_plan(
                db, progress, path, sheet=sheet, class_name=class_name, grade=grade,
                year=year, lang=lang, steps=steps,
            )  # fmt: skip

        job = self.ctx.jobs.run(
            store_job(self.ctx.db_path, work),
            steps[0],
            self._loaded,
            lambda text: self._loaded(Loaded(names_classes=self.loaded.names_classes, error=text)),
        )
        job.signals.progress.connect(self._progress)

    def _progress(self, done: int, total: int, text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)
        if text:
            self.status.setText(text)

    def _new_class(self, name: str | None) -> bool:
        return bool(name) and name.casefold() not in {c.casefold() for c in self.classes}

    def _class_typed(self) -> None:
        name = " ".join(self.class_box.currentText().split())
        if self._new_class(name):
            self.grade_box.setValue(grade_of(name) or self.grade_box.value())
        self._show_class_choice()

    def _loaded(self, loaded: Loaded) -> None:
        self.loaded = loaded
        self.plan = loaded.plan
        self._show_loaded()

    # -- showing what was found -----------------------------------------------------------------

    def _show_loaded(self) -> None:
        loaded, plan = self.loaded, self.plan
        self.bar.hide()
        self._show_sheets(loaded.file)
        self._show_class_choice()
        self.model.set_file(loaded.file)
        self._filtered = False  # a reset model shows every row again
        self._fit_columns()
        self.table.setColumnHidden(SHEET, loaded.file is None or len(loaded.file.previews) < 2)
        if loaded.error:
            self.status.setText(loaded.error)
            self.status.setStyleSheet("color: #b3261e; font-weight: bold;")
        else:
            self.status.setText("")
        targets = ", ".join(c.name for c in plan.classes.values()) if plan else ""
        self.heading.setText(
            self.tr("Import %1 into class %2").replace("%1", self.path.name).replace("%2", targets)
            if targets
            else self.tr("Import %1").replace("%1", self.path.name)
        )
        self.source.setText(self._source_text(loaded.file))
        self._fill_classes(plan)
        notes = [n.message(self.ctx.language) for n in plan.notes] if plan else []
        if loaded.file is not None and loaded.file.bad:
            notes.append(self._problems_text(loaded.file))
        self.notes.setText("\n".join(notes))
        self.notes.setVisible(bool(notes))
        bad = len(loaded.file.bad) if loaded.file else 0
        self.skip_box.setText(
            self.tr("Skip the %1 rows with problems and import the others").replace("%1", str(bad))
        )
        for widget in (self.skip_box, self.errors_button, self.only_bad_box):
            widget.setVisible(bad > 0)
        self._filter_rows()
        self._update_buttons()

    def _show_sheets(self, file: ClassFile | None) -> None:
        names = file.sheet_names if file is not None else ()
        if len(names) > 1 and self.sheet_box.count() != len(names) + 1:
            self.sheet_box.clear()
            self.sheet_box.addItem(self.tr("All sheets"), None)
            for name in names:
                self.sheet_box.addItem(name, name)
        visible = self.sheet_box.count() > 0
        self.sheet_label.setVisible(visible)
        self.sheet_box.setVisible(visible)

    def _show_class_choice(self) -> None:
        asked = not self.loaded.names_classes
        name = " ".join(self.class_box.currentText().split())
        for widget in (self.class_label, self.class_box):
            widget.setVisible(asked)
        for widget in (self.grade_label, self.grade_box):
            widget.setVisible(asked and self._new_class(name))
        self.reload_button.setVisible(asked)

    def _source_text(self, file: ClassFile | None) -> str:
        if file is None:
            return ""
        parts = []
        for preview in file.previews:
            kind, _, detail = preview.source.partition(":")
            if kind in ("xlsx", "xls"):
                read_as = self.tr("Excel workbook, sheet \u201c%1\u201d").replace("%1", detail)
            elif kind == "ods":
                read_as = self.tr("LibreOffice Calc sheet \u201c%1\u201d").replace("%1", detail)
            else:
                encoding = {
                    "utf-8": "UTF-8",
                    "utf-8-sig": self.tr("UTF-8 with BOM"),
                    "cp1258": "Windows-1258",
                    "utf-16": "UTF-16",
                }.get(detail, detail)
                read_as = self.tr("CSV text, %1").replace("%1", encoding)
            parts.append(
                self.tr("%1, header on row %2").replace("%1", read_as)
                .replace("%2", str(preview.header_line))
            )  # fmt: skip
        shown = "; ".join(parts[:4]) + (" …" if len(parts) > 4 else "")
        return self.tr("Read as %1.").replace("%1", shown)

    def _fit_columns(self) -> None:
        """Columns as wide as their header and first rows: measuring all 2,000 rows of a
        whole-school file (ResizeToContents) held the window for a quarter of a second."""
        metrics = self.table.fontMetrics()
        for column in range(PROBLEMS):
            texts = [str(self.model.headerData(column, Qt.Orientation.Horizontal, 0))]
            texts += [self.model._display(r, column) for r in self.model.rows[:60]]
            width = max(metrics.horizontalAdvance(t) for t in texts) + 24
            self.table.setColumnWidth(column, min(width, 320))

    def _fill_classes(self, plan: ImportPlan | None) -> None:
        changes = list(plan.classes.values()) if plan else []
        header = self.classes_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)  # one measure, below
        self.classes_table.setUpdatesEnabled(False)
        self.classes_table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            name = (
                change.name
                if change.class_id
                else self.tr("%1 (new class)").replace("%1", change.name)
            )
            counts = tuple(change.counts[k] for k in ("new", "updated", "moved", "left", "same"))
            set_row(self.classes_table, row, (name, *counts, change.after))
        self.classes_table.resizeColumnsToContents()
        shown = min(len(changes), 5)  # as tall as its rows, up to five, then it scrolls
        height = self.classes_table.horizontalHeader().height() + 4
        height += sum(self.classes_table.rowHeight(r) for r in range(shown))
        self.classes_table.setFixedHeight(height)
        self.classes_table.setUpdatesEnabled(True)
        self.classes_table.setVisible(bool(changes))

    def _problems_text(self, file: ClassFile) -> str:
        lines = file.problems(self.ctx.language)
        shown = "; ".join(lines[:3]) + (" …" if len(lines) > 3 else "")
        return (
            self.tr("%1 rows have problems (shaded): %2. They are not imported unless skipped.")
            .replace("%1", str(len(lines)))
            .replace("%2", shown)
        )

    def _filter_rows(self) -> None:
        only_bad = self.only_bad_box.isChecked() and self.only_bad_box.isVisible()
        if not only_bad and not self._filtered:
            return  # nothing hidden: a long file is not walked row by row
        for index, item in enumerate(self.model.rows):
            self.table.setRowHidden(index, only_bad and item.row.ok)
        self._filtered = only_bad

    @property
    def skip_bad(self) -> bool:
        return self.skip_box.isChecked() and self.skip_box.isVisible()

    def _update_buttons(self) -> None:
        file = self.loaded.file
        count = len(file.good) if file else 0
        self.import_button.setText(self.tr("Import %1 pupils").replace("%1", str(count)))
        why = self._why_not_ready()
        allow(self.import_button, not why, why)

    def _why_not_ready(self) -> str:
        """Why the import cannot start yet ("" when it can), shown on the greyed-out button."""
        file = self.loaded.file
        if self.bar.isVisibleTo(self):
            return self.tr("Wait until the file has been read.")
        if file is None or self.plan is None:
            return self.tr("This file cannot be imported: the reason is above.")
        if not file.good:
            return self.tr("The file has no pupil that can be imported.")
        if file.bad and not self.skip_bad:
            return self.tr(
                "Some rows have problems: fix the file, or tick the box below to skip them."
            )
        return ""

    # -- the teacher's choices ------------------------------------------------------------------

    def save_errors(self) -> None:
        """Every rejected row with its reason (the writer of `roster import --errors`)."""
        from skillsapp.rosters.commands import write_errors

        file = self.loaded.file
        if file is None:
            return
        suggested = self.path.with_name(f"{self.path.stem}-loi.csv")
        chosen, _filter = file_dialogs.get_save_file_name(
            self, self.tr("Save the rejected rows"), str(suggested), self.tr("CSV (*.csv)")
        )
        if not chosen:
            return
        try:
            count = write_errors(Path(chosen), file, self.ctx.language)
        except UserError as exc:
            self.status.setText(exc.message(self.ctx.language))
            return
        self.status.setStyleSheet("")
        self.status.setText(
            self.tr("Saved %1 rejected rows to %2").replace("%1", str(count)).replace("%2", chosen)
        )

    def confirm(self) -> None:
        """Import pressed: each check of the plan asked as a question; all yes, accepted."""
        if self.plan is None or not self.import_button.isEnabled():
            return
        for check in self.plan.checks:
            if not ask(
                self,
                self.tr("Check before importing"),
                check.message(self.ctx.language),
                self.tr("Import anyway?"),
                self.tr("Import anyway"),
                self.tr("Do not import"),
            ):
                return
        self.plan = replace(self.plan, skip_bad=self.skip_bad)
        self.accept()


def ask(parent: QWidget, title: str, text: str, question: str, yes: str, no: str) -> bool:
    """A question with our own words on its buttons (the default is No)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setInformativeText(question)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return box.clickedButton() is yes_button


def tell(parent: QWidget, title: str, text: str, details: str, ok: str) -> None:
    """A message with our own word on its one button."""
    box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent)
    box.setInformativeText(details)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.addButton(ok, QMessageBox.ButtonRole.AcceptRole)
    box.exec()
