"""Reports: make the class, school or department report, look at it, save it; tick the school's
checklist of programme tasks that the school report prints.

The report is built on a worker by the same code as `skillsapp report` (skillsapp.reports.build),
and the preview shows the PDF's own pages, rendered to images with pypdfium2 (QtPdf is not in
the PySide6 wheels), so what the leader sees is exactly what the department receives; the
report's charts come first, as Word has them. Saving as Word, XLSX or CSV (either dialect) builds
that format from the same figures. Letterhead settings not yet filled in are named above the
checklist with a link to Settings: the report can still be saved, with blanks there.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.errors import UserError
from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job
from skillsapp.ui.pages import Page
from skillsapp.ui.reasons import WayForward, allow

if TYPE_CHECKING:
    from skillsapp.domain.progress import Progress
    from skillsapp.reports.build import Rendered, ReportRequest
    from skillsapp.services.database import SchoolDb

A4_WIDTH_PT = 595
KINDS = ("school", "class", "department")
KIND_TITLES = {
    "school": QT_TRANSLATE_NOOP("ReportsPage", "School report (for the department)"),
    "class": QT_TRANSLATE_NOOP("ReportsPage", "Class report (with pupils' names)"),
    "department": QT_TRANSLATE_NOOP("ReportsPage", "Department summary of schools"),
}
STATUS_ORDER = ("todo", "doing", "done")
NOTES_WIDTH = 130
STATUS_WIDTH = 140
FORMAT_FILTERS = {
    "pdf": "PDF (*.pdf)",
    "docx": "Word (*.docx)",
    "xlsx": "Excel (*.xlsx)",
    "csv": QT_TRANSLATE_NOOP("ReportsPage", "CSV for Excel in Vietnamese (*.csv)"),
    "csv-standard": QT_TRANSLATE_NOOP("ReportsPage", "CSV, standard (*.csv)"),
}
SETTING_NAMES = {
    "principal_name": QT_TRANSLATE_NOOP("ReportsPage", "who signs (principal)"),
    "signer_title": QT_TRANSLATE_NOOP("ReportsPage", "the signer's title"),
    "department_name": QT_TRANSLATE_NOOP("ReportsPage", "the managing agency"),
    "report_number_prefix": QT_TRANSLATE_NOOP("ReportsPage", "the document number's code"),
}


@dataclass(frozen=True)
class Preview:
    """A built report and its pages as images, made on the worker."""

    rendered: Rendered
    request: ReportRequest
    images: tuple[QImage, ...]
    charts: tuple[QImage, ...] = ()


def chart_images(rendered: Rendered, width_px: int) -> tuple[QImage, ...]:
    """The report's charts alone, as the Word file has them (the PDF's drawings)."""
    from skillsapp.reports.document import Chart
    from skillsapp.reports.docx_out import chart_png

    images = []
    for block in rendered.document.body:
        if isinstance(block, Chart):
            image = QImage.fromData(chart_png(block, dpi=110))
            images.append(image.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation))
    return tuple(images)


def page_images(data: bytes, width_px: int) -> tuple[QImage, ...]:
    """The PDF's pages as images `width_px` wide (QImage may be made off the GUI thread)."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    scale = width_px / A4_WIDTH_PT
    images = []
    try:
        for index in range(len(document)):
            bitmap = document[index].render(scale=scale, rev_byteorder=True)
            image = QImage(
                bytes(bitmap.buffer),
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            images.append(image.copy())
    finally:
        document.close()
    return tuple(images)


def period_choices(year: str) -> list[str]:
    """The periods offered for a school year: the year, its semesters, its months."""
    start = int(year[:4])
    months = [f"{start}-{m:02d}" for m in range(9, 13)] + [
        f"{start + 1}-{m:02d}" for m in range(1, 6)
    ]
    return [year, f"{year}/hk1", f"{year}/hk2", *months]


class ReportsPage(Page):
    page_id = "reports"
    watches = frozenset(
        {
            "school",
            "school_class",
            "pupil",
            "session",
            "attendance",
            "quiz_answer",
            "quiz_tally",
            "plan_task",
        }
    )

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("ReportsPage", "Reports")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.preview: Preview | None = None
        self._last_dialect = ""
        self.heading = QLabel()
        self.heading.setObjectName("pageHeading")
        self.kind_box = QComboBox()
        self.period_box = QComboBox()
        self.period_box.setEditable(True)
        self.period_hint = QLabel()
        self.period_hint.setWordWrap(True)
        self.missing_label = QLabel()
        self.missing_label.setWordWrap(True)
        self.missing_label.setTextFormat(Qt.TextFormat.RichText)
        self.missing_label.setStyleSheet("color: #8a4b00;")
        self.missing_label.linkActivated.connect(self._open_settings)
        self.class_box = QComboBox()
        self.lang_box = QComboBox()
        self.by_site_box = QCheckBox()  # the school report's breakdown by site (điểm trường)
        self.preview_button = QPushButton()
        self.save_button = QPushButton()
        self.form = QFormLayout()
        self.tasks_group = QGroupBox()
        self.tasks = QTableWidget(0, 3)
        self.save_tasks_button = QPushButton()
        self.pages_label = QLabel()
        self.pages_box = QWidget()
        self.pages_layout = QVBoxLayout(self.pages_box)
        self.scroll = QScrollArea()
        self._layout()
        self.kind_box.currentIndexChanged.connect(self._kind_changed)
        self.period_box.currentTextChanged.connect(self._period_changed)
        self.class_box.currentIndexChanged.connect(lambda _i: self._clear_preview())
        self.lang_box.currentIndexChanged.connect(lambda _i: self._clear_preview())
        self.by_site_box.toggled.connect(lambda _on: self._clear_preview())
        self.preview_button.clicked.connect(self.make_preview)
        self.save_button.clicked.connect(self.save)
        save = QAction(self)  # Ctrl+S saves the report, as it saves a session on its page
        save.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
        save.setShortcutContext(Qt.ShortcutContext.WindowShortcut)  # only while shown
        save.triggered.connect(self.save_button.click)  # the button's own path
        self.addAction(save)
        self.save_tasks_button.clicked.connect(self.save_tasks)
        self.retranslate()

    # --- layout and texts ----------------------------------------------------------------------

    def _layout(self) -> None:
        self.form_labels = [QLabel() for _ in range(4)]
        for label, field in zip(
            self.form_labels,
            (self.kind_box, self.period_box, self.class_box, self.lang_box),
            strict=True,
        ):
            self.form.addRow(label, field)
            if field is self.period_box:
                self.form.addRow("", self.period_hint)
        self.form.addRow("", self.by_site_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.save_button)
        self.tasks.verticalHeader().hide()
        self.tasks.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.tasks.verticalHeader().setDefaultSectionSize(30)
        header = self.tasks.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tasks.setColumnWidth(1, STATUS_WIDTH)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.tasks.setColumnWidth(2, NOTES_WIDTH)  # the task name gets the rest of the width
        header.sectionResized.connect(lambda *_args: self._fit_task_rows())
        self.tasks.setWordWrap(True)
        self.tasks.setTabKeyNavigation(False)  # Tab moves on to the save button; arrows move in
        tasks_layout = QVBoxLayout(self.tasks_group)
        tasks_layout.addWidget(self.tasks, 1)
        tasks_layout.addWidget(self.save_tasks_button, 0, Qt.AlignmentFlag.AlignRight)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.heading)
        left_layout.addLayout(self.form)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.missing_label)
        self.way = WayForward()
        left_layout.addWidget(self.way)
        left_layout.addWidget(self.tasks_group, 1)
        self.pages_layout.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.pages_box.setStyleSheet("background: #dde2e8;")
        self.scroll.setWidget(self.pages_box)
        self.scroll.setWidgetResizable(True)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.pages_label)
        right_layout.addWidget(self.scroll, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 620])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        texts = (self.tr("Report"), self.tr("Period"), self.tr("Class"), self.tr("Language"))
        self.by_site_box.setText(self.tr("Break the school report down by site"))
        for label, text in zip(self.form_labels, texts, strict=True):
            label.setText(text)
        kind = self.kind_box.currentData()
        self.kind_box.blockSignals(True)
        self.kind_box.clear()
        for code in KINDS:
            self.kind_box.addItem(
                QCoreApplication.translate("ReportsPage", KIND_TITLES[code]), code
            )
        self.kind_box.setCurrentIndex(max(0, self.kind_box.findData(kind)))
        self.kind_box.blockSignals(False)
        lang = self.lang_box.currentData() or self.ctx.language
        self.lang_box.blockSignals(True)
        self.lang_box.clear()
        self.lang_box.addItem("Tiếng Việt", "vi")
        self.lang_box.addItem("English", "en")
        self.lang_box.setCurrentIndex(max(0, self.lang_box.findData(lang)))
        self.lang_box.blockSignals(False)
        self.preview_button.setText(self.tr("Preview"))
        self.save_button.setText(self.tr("Save as…"))
        self.save_button.setToolTip(self.tr("Save the report as a file (Ctrl+S)"))
        self.save_tasks_button.setText(self.tr("Save checklist"))
        self.tasks.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Status"), self.tr("Notes")])
        self.period_box.setToolTip(
            self.tr("A school year, a semester, a month, or dates like 2026-09-05..2026-12-31")
        )
        self._period_changed(self.period_box.currentText())
        if self.ctx.store is not None:
            self._kind_changed()  # the reasons and the way forward, in the new language
        if self.preview is None:
            self.pages_label.setText(self.tr("Choose a report and press Preview."))

    # --- loading -----------------------------------------------------------------------------

    def refresh(self) -> None:
        from skillsapp.services.stats import teaching_year

        year = teaching_year(self.ctx.store, date.today())
        current = self.period_box.currentText()
        self.period_box.blockSignals(True)
        self.period_box.clear()
        self.period_box.addItems(period_choices(year))
        self.period_box.setEditText(current or year)
        self.period_box.blockSignals(False)
        if not self._has_school():
            self.kind_box.setCurrentIndex(self.kind_box.findData("department"))
        self._period_changed(self.period_box.currentText())
        self._kind_changed()
        self._clear_preview()
        self.show_missing_settings()

    def _has_school(self) -> bool:
        from skillsapp.services.school import current_school

        try:
            current_school(self.ctx.store)
        except UserError:
            return False
        return True

    def _period(self):
        """The parsed period in the box, or None with the reason shown under it."""
        from skillsapp.services.settings import parse_period

        try:
            return parse_period(self.ctx.store, self.period_box.currentText())
        except UserError:
            return None

    def _period_changed(self, _text: str) -> None:
        from skillsapp.reports.office import period_line

        period = self._period()
        if period is None:
            self.period_hint.setText(
                self.tr(
                    "Not a period: use e.g. 2026-2027, 2026-2027/hk1, "
                    "2026-11 or 2026-09-05..2026-12-31"
                )
            )
            self.period_hint.setStyleSheet("color: #b00020;")
        else:
            self.period_hint.setText(period_line(period, self.ctx.language))
            self.period_hint.setStyleSheet("color: #555;")
        self._load_classes()
        self._load_tasks()
        self._clear_preview()

    def _kind_changed(self) -> None:
        kind = self.kind_box.currentData()
        allow(self.class_box, kind == "class", self.tr(
            "Only the class report is about one class: choose it under Report to pick the class."
        ))  # fmt: skip
        allow(self.by_site_box, kind == "school", self.tr(
            "Only the school report is broken down by site: choose it under Report."
        ))  # fmt: skip
        self.show_missing_settings()
        has_school = self._has_school()
        allow(self.tasks_group, has_school, self.tr(
            "The programme checklist belongs to a school; this database has no school."
        ))  # fmt: skip
        if not has_school:
            self.tasks_group.setTitle(self.tr("Programme tasks"))
        self.way.say("" if has_school else self.tr(
            "This database has no school of its own (an education department): the department "
            "summary is made from the figures schools send on the Sync page. A school enters its "
            "name on the Settings page."
        ))  # fmt: skip
        self._clear_preview()

    def missing_settings(self) -> list[str]:
        """Letterhead settings the school or department report would leave blank."""
        from skillsapp.reports.office import missing_letterhead_settings

        if self.ctx.store is None or self.kind_box.currentData() == "class":
            return []
        return missing_letterhead_settings(self.ctx.store)

    def show_missing_settings(self) -> None:
        missing = self.missing_settings()
        self.missing_label.setVisible(bool(missing))
        if not missing:
            return
        names = ", ".join(
            QCoreApplication.translate("ReportsPage", SETTING_NAMES[key]) for key in missing
        )
        text = self.tr(
            "Not set yet: %1. The report can still be saved, with a blank left there to fill "
            "in by hand."
        ).replace("%1", names)
        link = self.tr("Fill them in Settings")
        self.missing_label.setText(f'{text} <a href="settings">{link}</a>')

    def _open_settings(self, _link: str) -> None:
        window = self.window()
        if hasattr(window, "show_page"):
            window.show_page("settings")

    def _load_classes(self) -> None:
        from skillsapp.reports.figures import plan_year
        from skillsapp.services.school import classes

        period = self._period()
        current = self.class_box.currentData()
        self.class_box.blockSignals(True)
        self.class_box.clear()
        if period is not None and self.ctx.store is not None:
            for cls in classes(self.ctx.store, school_year=plan_year(period)):
                self.class_box.addItem(cls.name, cls.id)
        self.class_box.setCurrentIndex(max(0, self.class_box.findData(current)))
        self.class_box.blockSignals(False)

    def _plan_year(self) -> str | None:
        from skillsapp.reports.figures import plan_year

        period = self._period()
        return plan_year(period) if period is not None else None

    def _load_tasks(self) -> None:
        from skillsapp.services.checklist import task_states

        year = self._plan_year()
        if year is None or self.ctx.store is None or not self._has_school():
            self.tasks.setRowCount(0)
            return
        self.tasks_group.setTitle(self.tr("Programme tasks, school year %1").replace("%1", year))
        states = task_states(self.ctx.store, year)
        self.tasks.setRowCount(len(states))
        for row, state in enumerate(states):
            title = QTableWidgetItem(state.task.title(self.ctx.language))
            title.setFlags(Qt.ItemFlag.ItemIsEnabled)
            title.setData(Qt.ItemDataRole.UserRole, state.code)
            title.setToolTip(title.text())
            self.tasks.setItem(row, 0, title)
            self.tasks.setCellWidget(row, 1, self._status_box(state.status))
            self.tasks.setItem(row, 2, QTableWidgetItem(state.note))
        self._fit_status_column()
        self._fit_task_rows()

    def _fit_status_column(self) -> None:
        """As wide as the widest status box in the app's language ("Chưa thực hiện" was cut)."""
        boxes = [self.tasks.cellWidget(row, 1) for row in range(self.tasks.rowCount())]
        widths = [box.sizeHint().width() for box in boxes if box is not None]
        self.tasks.setColumnWidth(1, max([STATUS_WIDTH, *widths]) + 2)

    def _fit_task_rows(self) -> None:
        """Give each task row the lines its wrapped name needs (Qt's own sizing cuts it short)."""
        metrics = self.tasks.fontMetrics()
        width = self.tasks.columnWidth(0) - 20  # text margins, grid line, and some slack
        for row in range(self.tasks.rowCount()):
            item = self.tasks.item(row, 0)
            if item is None or width <= 0:
                continue
            flags = Qt.TextFlag.TextWordWrap
            text = metrics.boundingRect(QRect(0, 0, width, 10000), flags, item.text())
            self.tasks.setRowHeight(row, max(30, text.height() + 10))

    def _status_box(self, status: str) -> QComboBox:
        box = QComboBox()
        texts = {
            "todo": self.tr("Not started"),
            "doing": self.tr("In progress"),
            "done": self.tr("Done"),
        }
        for code in STATUS_ORDER:
            box.addItem(texts[code], code)
        box.setCurrentIndex(box.findData(status))
        return box

    # --- the checklist -----------------------------------------------------------------------

    def task_entries(self) -> list[tuple[str, str, str]]:
        """(code, status, note) of every row as the leader has set them."""
        entries = []
        for row in range(self.tasks.rowCount()):
            code = self.tasks.item(row, 0).data(Qt.ItemDataRole.UserRole)
            box = self.tasks.cellWidget(row, 1)
            note = self.tasks.item(row, 2)
            assert isinstance(box, QComboBox)
            entries.append((code, box.currentData(), note.text() if note else ""))
        return entries

    def save_tasks(self) -> None:
        from skillsapp.services.checklist import save_tasks

        year = self._plan_year()
        if year is None:
            return
        try:
            changes = save_tasks(self.ctx.store, year, self.task_entries())
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return
        self.ctx.bus.status_message.emit(self.tr("Checklist saved"))
        if changes.tables:
            self.ctx.bus.data_changed.emit(changes.tables)

    # --- making and saving reports ---------------------------------------------------------

    def request(self, fmt: str = "pdf") -> ReportRequest | None:
        """The report asked for on screen, checked; None (with a message) when it is not valid.
        `fmt` "csv-standard" is a CSV in the standard dialect, "csv" the Vietnamese Excel one."""
        from skillsapp.reports.build import ReportRequest

        kind = self.kind_box.currentData()
        dialect = {"csv": "excel-vi", "csv-standard": "standard"}.get(fmt, "")
        request = ReportRequest(
            kind=kind,
            period=self.period_box.currentText().strip(),
            fmt="csv" if dialect else fmt,
            csv_dialect=dialect,
            lang=self.lang_box.currentData() or self.ctx.language,
            class_id=(self.class_box.currentData() or "") if kind == "class" else "",
            by_site=kind == "school" and self.by_site_box.isChecked(),
        )
        try:
            request.check()
        except UserError as exc:
            self._warn(exc.message(self.ctx.language))
            return None
        return request

    def make_preview(self) -> None:
        request = self.request()
        if request is None:
            return
        kit = self.ctx.kit
        width = max(400, min(1400, self.scroll.viewport().width() - 40))

        def work(store: SchoolDb, progress: Progress) -> Preview:
            from skillsapp.reports.build import build_report

            rendered = build_report(store, kit, request, progress=progress)
            images = page_images(rendered.data, width)
            return Preview(rendered, request, images, chart_images(rendered, width))

        self.preview_button.setEnabled(False)
        self.ctx.jobs.run(
            store_job(self.ctx.db_path, work),
            self.tr("Making the report…"),
            self._show_preview,
            on_error=self._failed,
        )

    def _failed(self, text: str) -> None:
        self.preview_button.setEnabled(True)
        self._warn(text)

    def _show_preview(self, preview: Preview) -> None:
        self.preview_button.setEnabled(True)
        self._clear_preview()
        self.preview = preview
        if preview.charts:
            heading = QLabel(self.tr("Charts in this report"))
            heading.setStyleSheet("color: #1a202c; font-weight: bold;")
            self.pages_layout.addWidget(heading)
        for image in (*preview.charts, *preview.images):
            label = QLabel()
            pixmap = QPixmap.fromImage(image)
            label.setPixmap(pixmap)
            label.setFixedSize(pixmap.size())
            self.pages_layout.addWidget(label)
        rendered = preview.rendered
        text = self.tr("%1 pages").replace("%1", str(rendered.pages))
        if not rendered.figures.has_data:
            text += " · " + self.tr("no sessions recorded in this period")
        self.pages_label.setText(text)

    def _clear_preview(self) -> None:
        self.preview = None
        while self.pages_layout.count():
            widget = self.pages_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.pages_label.setText(self.tr("Choose a report and press Preview."))

    def save(self) -> None:
        request = self.request()
        if request is None:
            return
        shown = {
            fmt: QCoreApplication.translate("ReportsPage", text)
            for fmt, text in FORMAT_FILTERS.items()
        }
        path, chosen = file_dialogs.get_save_file_name(
            self,
            self.tr("Save the report"),
            str(Path.home() / self._file_name(request)),
            ";;".join(shown.values()),
        )
        if not path:
            return
        fmt = next((f for f, text in shown.items() if text == chosen), "pdf")
        target = Path(path)
        suffix = f".{fmt.split('-')[0]}"
        if target.suffix.lower() != suffix:
            target = target.with_suffix(suffix)
        self.save_to(target, fmt)

    def save_to(self, target: Path, fmt: str) -> None:
        """Write the report in `fmt` to `target` on a worker (the preview's bytes if they fit)."""
        request = self.request(fmt)
        if request is None:
            return
        kit, preview = self.ctx.kit, self.preview

        def work(store: SchoolDb, progress: Progress) -> Path:
            from skillsapp.files import write_atomically
            from skillsapp.reports.build import check_out_path, save_report

            check_out_path(target, request.fmt)
            if preview is not None and preview.request == request:
                return write_atomically(target, preview.rendered.data)
            save_report(store, kit, request, target, progress=progress)
            return target

        from skillsapp.reports.csv_out import default_dialect
        from skillsapp.reports.labels import label

        dialect = request.csv_dialect or default_dialect(request.lang)
        self._last_dialect = label(f"csv_{dialect}", self.ctx.language)
        self.ctx.jobs.run(
            store_job(self.ctx.db_path, work), self.tr("Saving the report…"), self._saved
        )

    def _saved(self, path: Path) -> None:
        text = self.tr("Saved %1").replace("%1", str(path))
        if path.suffix.lower() == ".csv":
            text += " · " + self.tr("CSV: %1").replace("%1", self._last_dialect)
        self.ctx.bus.status_message.emit(text)

    def _file_name(self, request: ReportRequest) -> str:
        name = request.kind
        if request.kind == "class":
            name += "-" + self.class_box.currentText()
        return f"{name}-{request.period.replace('/', '-').replace('..', '_')}.pdf"

    def _warn(self, text: str) -> None:
        QMessageBox.warning(self, self.tr("Reports"), text)


PAGE = ReportsPage
