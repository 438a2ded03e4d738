"""Curriculum: browse the kit by band and strand, search it, read a lesson, present or print it.

The kit is loaded on a worker the first time the page is shown (parsing every lesson file takes
a few hundred milliseconds), so the window opens at once. Search forgives missing diacritics
("dat" finds "Đạt") and looks at titles, essential questions, key messages and vocabulary in both
languages. Lesson files that failed to load are listed as unavailable with the reason, so an
author's typo never hides a lesson silently.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStyle,
    QTextBrowser,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.domain.names import fold, matches
from skillsapp.ui import file_dialogs
from skillsapp.ui.flow import flow_row
from skillsapp.ui.pages import Page
from skillsapp.ui.reasons import WayForward, allow
from skillsapp.ui.wrapping import WrappingDelegate

if TYPE_CHECKING:
    from skillsapp.content import Kit, Lesson, Problem

ROLE = Qt.ItemDataRole.UserRole
ALL_BANDS = ""


def lesson_search_text(lesson: Lesson) -> str:
    """Everything search looks at, in both languages: title, essential question, key
    messages, vocabulary (terms and meanings)."""
    texts = [lesson.title, lesson.essential_question, *lesson.key_messages]
    for entry in lesson.vocabulary:
        texts += [entry.term, entry.meaning]
    return "\n".join(f"{t.vi}\n{t.en}" for t in texts)


def unavailable_lessons(kit: Kit) -> dict[str, list[Problem]]:
    """Lesson files that did not load, by "band/file.yaml", with what is wrong in each."""
    loaded = {"/".join(Path(lesson.path).parts[-2:]) for lesson in kit.lessons}
    found: dict[str, list[Problem]] = {}
    for problem in kit.problems:
        parts = problem.path.replace("\\", "/").split("/")
        key = "/".join(parts[-2:])
        if problem.path.endswith(".yaml") and len(parts) >= 3 and key not in loaded:
            found.setdefault(key, []).append(problem)
    return found


# What a Vietnamese school's name says about its grades: (folded words, the first grade taught).
SCHOOL_LEVELS = (
    (("thcs", "trung hoc co so"), 6),
    (("thpt", "trung hoc pho thong"), 10),
    (("tieu hoc",), 1),
)


def home_band_id(kit: Kit, grades: list[int], school_name: str = "") -> str:
    """The band the page opens on: the one most of this year's classes are in (a secondary
    school's teacher should not land on grades 1-2), else the one the school's name implies
    ("Trường THCS …" teaches grades 6-9), else the first band."""
    counts: dict[str, int] = {}
    for grade in grades:
        try:
            band_id = kit.band_for_grade(grade).id
        except KeyError:
            continue
        counts[band_id] = counts.get(band_id, 0) + 1
    if counts:
        order = [band.id for band in kit.bands]
        return max(counts, key=lambda b: (counts[b], -order.index(b) if b in order else 0))
    name = fold(school_name)
    for words, grade in SCHOOL_LEVELS:
        if any(f" {word} " in f" {name} " for word in words):
            try:
                return kit.band_for_grade(grade).id
            except KeyError:
                break
    return kit.bands[0].id if kit.bands else ALL_BANDS


def render_pdf(html: str, target: Path) -> Path:
    """Lay out `html` on A4 and write it as a PDF, atomically (a temp file renamed in place).

    Runs on a worker: QTextDocument and a PDF QPrinter need no GUI thread.
    """
    from PySide6.QtCore import QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QTextDocument
    from PySide6.QtPrintSupport import QPrinter

    tmp = target.with_name(f".{target.name}.part")
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    printer.setOutputFileName(str(tmp))
    document = QTextDocument()
    document.setHtml(html)
    document.print_(printer)
    del printer  # closes the file
    if not tmp.exists() or tmp.stat().st_size == 0:
        from skillsapp.errors import UserError

        raise UserError("io.cannot_write", path=target, reason="PDF")
    os.replace(tmp, target)
    return target


# The two printable documents: (kind, renderer name, file name in vi, file name in en).
DOCUMENTS = {
    "handout": ("render_handout", "phieu-hoc-tap", "handout"),
    "family": ("render_family_note", "thu-gui-gia-dinh", "family-note"),
}
MATERIALS_FILE = ("hoc-lieu", "materials")  # the materials PDF's file name in vi, en


def render_document(kind: str, lesson: Lesson, kit: Kit, lang: str) -> str:
    from skillsapp.content import render

    return getattr(render, DOCUMENTS[kind][0])(lesson, kit, lang)


class CurriculumPage(Page):
    page_id = "curriculum"
    watches: frozenset[str] = frozenset({"own_lesson"})  # files, and the teacher's own lessons

    @classmethod
    def title(cls) -> str:
        return QCoreApplication.translate("CurriculumPage", "Curriculum")

    def __init__(self, ctx, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self._kit: Kit | None = None
        self._loading = False
        self._html: dict[tuple[str, str], str] = {}
        self._presentation: QWidget | None = None
        self.band_label = QLabel()
        self.band_box = QComboBox()
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(300)
        self.tree.setItemDelegate(WrappingDelegate(self.tree))  # long titles wrap, never "…"
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        self.count_label = QLabel()
        self.way = WayForward()
        self.coverage_label = QLabel()  # lessons per domain of the national framework
        self.coverage_label.setWordWrap(True)
        self.viewer = QTextBrowser()
        self.viewer.setOpenExternalLinks(False)
        self.present_button = QPushButton()
        self.present_button.setShortcut(QKeySequence(Qt.Key.Key_F5))
        self.handout_button = self._document_button("handout")
        self.family_button = self._document_button("family")
        self.materials_button = QPushButton()
        self.materials_button.clicked.connect(self.save_materials)
        self.plan_button = QPushButton()  # the official lesson plan (issue 22)
        self.plan_button.clicked.connect(self.save_lesson_plan)
        self.adapt_button = QPushButton()  # the lesson editor (issue 19)
        self.adapt_button.clicked.connect(self.copy_and_adapt)
        self.pack_button = QPushButton()  # issue 19: a department's lesson pack
        self.pack_button.clicked.connect(self.import_pack)
        self.pack_result = QLabel()
        self.pack_result.setWordWrap(True)
        self._layout()
        self.band_box.currentIndexChanged.connect(self._fill_tree)
        self.search.textChanged.connect(self._fill_tree)
        self.tree.currentItemChanged.connect(self._show_current)
        self.tree.itemActivated.connect(lambda item, _c: self._activate(item))
        self.present_button.clicked.connect(self.present)
        QShortcut(QKeySequence.StandardKey.Find, self, activated=self.search.setFocus)
        self.retranslate()

    def _document_button(self, kind: str) -> QToolButton:
        button = QToolButton()
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(button)
        button.save_action = menu.addAction("", lambda: self.save_pdf(kind))
        button.print_action = menu.addAction("", lambda: self.print_document(kind))
        button.setMenu(menu)
        return button

    def _layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        band_row = QHBoxLayout()
        band_row.addWidget(self.band_label)
        band_row.addWidget(self.band_box, 1)
        left_layout.addLayout(band_row)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.way)
        left_layout.addWidget(self.tree, 1)
        left_layout.addWidget(self.count_label)
        left_layout.addWidget(self.coverage_label)
        left_layout.addWidget(self.pack_button)
        left_layout.addWidget(self.pack_result)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        buttons = [self.present_button, self.handout_button, self.family_button]
        row = [*buttons, self.materials_button, self.adapt_button, self.plan_button]
        right_layout.addWidget(flow_row(row))  # wraps when narrow
        right_layout.addWidget(self.viewer, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 760])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    # -- texts ----------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.band_label.setText(self.tr("Band"))
        self.search.setAccessibleName(self.tr("Search lessons"))
        self.tree.setAccessibleName(self.tr("Lessons"))
        self.viewer.setAccessibleName(self.tr("Lesson text"))
        self.search.setPlaceholderText(self.tr("Search lessons (Ctrl+F): title, words, messages…"))
        self.present_button.setText(self.tr("Present (F5)"))
        self.handout_button.setText(self.tr("Pupil handout"))
        self.family_button.setText(self.tr("Family note"))
        self.materials_button.setText(self.tr("Materials (PDF)…"))
        self.plan_button.setText(self.tr("Lesson plan (Word)…"))
        self.adapt_button.setText(self.tr("Copy and adapt…"))
        self.pack_button.setText(self.tr("Import lesson pack…"))
        for button in (self.handout_button, self.family_button):
            button.save_action.setText(self.tr("Save as PDF…"))
            button.print_action.setText(self.tr("Print…"))
        self._html.clear()
        if self._kit is not None:
            self._fill_bands()
            self._fill_tree()
        else:
            loading = self.tr("Loading the curriculum…")
            self.viewer.setHtml(f"<p>{loading}</p>")
        self._enable_buttons()

    # -- loading --------------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._kit is not None and self.ctx.kit is not self._kit:  # an own lesson was saved
            self._kit = self.ctx.kit
            self._html.clear()
            self._fill_tree()
        if self._kit is None and not self._loading:
            self._loading = True
            job = partial(_load_kit_job, self.ctx.db_path)
            text = self.tr("Loading the curriculum…")
            self.ctx.jobs.run(job, text, self._loaded, self._load_failed)

    # -- lesson packs (issue 19) ----------------------------------------------------------------

    def import_pack(self) -> None:
        """Install a department's .knsl beside the database, then show the lessons again."""
        from skillsapp.ui.dialogs.lesson_pack import choose_pack, import_lesson_pack

        path = choose_pack(self)
        if path is None:
            return
        self.pack_result.setText(import_lesson_pack(self, self.ctx, path))
        self.ctx.forget_kit()
        self._kit = None
        self._html.clear()
        self.refresh()

    def _loaded(self, _kit: object) -> None:
        self._loading = False
        self._kit = self.ctx.kit  # the loader's cache: instant after the worker's load
        self._fill_bands()
        self._fill_tree()

    def _load_failed(self, text: str) -> None:
        self._loading = False
        self.viewer.setPlainText(text)

    @property
    def kit(self) -> Kit | None:
        return self._kit

    def _fill_bands(self) -> None:
        assert self._kit is not None
        current = self.band_box.currentData()
        self.band_box.blockSignals(True)
        self.band_box.clear()
        self.band_box.addItem(self.tr("All bands"), ALL_BANDS)
        for band in self._kit.bands:
            self.band_box.addItem(band.name.get(self.ctx.language), band.id)
        index = self.band_box.findData(current if current is not None else self._home_band())
        self.band_box.setCurrentIndex(max(index, 0))
        self.band_box.blockSignals(False)

    def _home_band(self) -> str:
        """The school's own band: from this school year's classes, else the school's name."""
        from datetime import date

        from skillsapp.errors import UserError
        from skillsapp.services.school import classes, current_school
        from skillsapp.services.stats import teaching_year

        assert self._kit is not None
        store = self.ctx.store
        if store is None:
            return home_band_id(self._kit, [])
        year = teaching_year(store, date.today())
        grades = [g for cls in classes(store, school_year=year) for g in cls.grades]
        try:
            name = current_school(store).name
        except UserError:  # no school (an education department): the first band
            name = ""
        return home_band_id(self._kit, grades, name)

    # -- the tree -------------------------------------------------------------------------------

    def _fill_tree(self) -> None:
        kit = self._kit
        if kit is None:
            return
        lang = self.ctx.language
        selected = self.selected_lesson_id()
        query = self.search.text().strip()
        band_id = self.band_box.currentData() or ALL_BANDS
        bands = [b for b in kit.bands if band_id in (ALL_BANDS, b.id)]
        self.tree.blockSignals(True)
        self.tree.clear()
        shown = 0
        for band in bands:
            parent = self.tree.invisibleRootItem()
            if len(bands) > 1:
                parent = QTreeWidgetItem(self.tree, [band.name.get(lang)])
            shown += self._add_strands(parent, band.id, query)
            self._add_unavailable(parent, band.id, query)
        self._expand(expand_all=bool(query) or len(bands) == 1)
        self.tree.blockSignals(False)
        self.count_label.setText(self.tr("%1 lessons").replace("%1", str(shown)))
        self.coverage_label.setText(self._coverage_text(bands))
        if not self._select_shown(selected or ""):
            self._select_first_lesson()
        self._show_current()

    def _add_strands(self, parent: QTreeWidgetItem, band_id: str, query: str) -> int:
        kit, lang = self._kit, self.ctx.language
        assert kit is not None
        count = 0
        by_strand: dict[int, list[Lesson]] = {}
        for lesson in kit.band_plan(band_id):
            if not query or matches(query, lesson_search_text(lesson)):
                by_strand.setdefault(lesson.strand, []).append(lesson)
        for strand in kit.strands:
            lessons = by_strand.get(strand.id, [])
            if not lessons:
                continue
            node = QTreeWidgetItem(parent, [f"{strand.id}. {strand.name.get(lang)}"])
            node.setToolTip(0, node.text(0))
            font = node.font(0)
            font.setBold(True)
            node.setFont(0, font)
            for lesson in lessons:
                item = QTreeWidgetItem(node, [self._lesson_text(lesson)])
                item.setData(0, ROLE, ("lesson", lesson.id))
                item.setToolTip(0, lesson.essential_question.get(lang))
                count += 1
        return count

    def _lesson_text(self, lesson: Lesson) -> str:
        """A lesson's line in the tree; the teacher's own lessons are marked as such."""
        text = f"{lesson.order:02d} · {lesson.title.get(self.ctx.language)}"
        if lesson.origin == "own":
            text += " · " + self.tr("My lesson")
        return text

    def _coverage_text(self, bands: list) -> str:
        """Lessons per domain of the digital competence framework (Thông tư 02/2025/TT-BGDĐT)
        in the bands shown, so a teacher sees which domains the plan reaches and which it misses."""
        kit = self._kit
        assert kit is not None
        ids = [lesson.id for band in bands for lesson in kit.band_plan(band.id)]
        counts = kit.domain_coverage(ids)
        lang = self.ctx.language
        rows = [f"{d.id}. {d.name.get(lang)}: {counts.get(d.id, 0)}" for d in kit.domains]
        heading = self.tr(
            "Lessons per domain of the digital competence framework (Circular 02/2025)"
        )
        return "\n".join([heading, *rows]) if rows else ""

    def _add_unavailable(self, parent: QTreeWidgetItem, band_id: str, query: str) -> None:
        assert self._kit is not None
        broken = {
            k: v for k, v in unavailable_lessons(self._kit).items() if k.split("/")[0] == band_id
        }
        if not broken or (query and not any(matches(query, k) for k in broken)):
            return
        node = QTreeWidgetItem(parent, [self.tr("Unavailable lessons")])
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        for key, problems in sorted(broken.items()):
            item = QTreeWidgetItem(node, [key.split("/")[-1]])
            item.setIcon(0, icon)
            item.setForeground(0, QBrush(QColor("#8c2f00")))
            item.setData(0, ROLE, ("unavailable", key))
            item.setToolTip(0, "\n".join(p.in_lang(self.ctx.language) for p in problems))

    def _expand(self, *, expand_all: bool) -> None:
        """One band: every strand open. All bands: the bands open, their strands closed,
        unless a search is narrowing them down."""
        if expand_all:
            self.tree.expandAll()
        else:
            self.tree.expandToDepth(0)

    def lesson_items(self) -> list[QTreeWidgetItem]:
        """The lesson rows in the tree, top to bottom (tests and keyboard use)."""
        rows = []

        def walk(node: QTreeWidgetItem) -> None:
            for index in range(node.childCount()):
                child = node.child(index)
                data = child.data(0, ROLE)
                if data and data[0] == "lesson":
                    rows.append(child)
                walk(child)

        walk(self.tree.invisibleRootItem())
        return rows

    def select_lesson(self, lesson_id: str) -> bool:
        """Show and select a lesson of any band: the band list switches to the lesson's band when
        the lesson is not in the tree (a search narrowing the tree is kept)."""
        if self._select_shown(lesson_id):
            return True
        try:
            band_id = self._kit.lesson(lesson_id).band if self._kit else None
        except KeyError:  # not a lesson of the kit (or a file that did not load)
            band_id = None
        index = self.band_box.findData(band_id) if band_id else -1
        if index < 0 or index == self.band_box.currentIndex():
            return False
        self.band_box.setCurrentIndex(index)  # refills the tree
        return self._select_shown(lesson_id)

    def _select_shown(self, lesson_id: str) -> bool:
        for item in self.lesson_items():
            if item.data(0, ROLE)[1] == lesson_id:
                self.tree.setCurrentItem(item)
                return True
        return False

    def _select_first_lesson(self) -> None:
        items = self.lesson_items()
        if items:
            self.tree.setCurrentItem(items[0])

    def selected_lesson_id(self) -> str | None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item else None
        return data[1] if data and data[0] == "lesson" else None

    def selected_lesson(self) -> Lesson | None:
        lesson_id = self.selected_lesson_id()
        return self._kit.lesson(lesson_id) if self._kit and lesson_id else None

    # -- the lesson view ------------------------------------------------------------------------

    def _show_current(self, *_args: object) -> None:
        item = self.tree.currentItem()
        data = item.data(0, ROLE) if item else None
        if data and data[0] == "lesson":
            self.viewer.setHtml(self.lesson_html(data[1]))
        elif data and data[0] == "unavailable":
            self.viewer.setHtml(self._unavailable_html(data[1]))
        else:
            hint = self.tr("Choose a lesson on the left.")
            self.viewer.setHtml(f"<p>{hint}</p>")
        self._enable_buttons()

    def lesson_html(self, lesson_id: str) -> str:
        from skillsapp.content.render import render_lesson

        assert self._kit is not None
        key = (lesson_id, self.ctx.language)
        if key not in self._html:
            self._html[key] = render_lesson(self._kit.lesson(lesson_id), self._kit, key[1])
        return self._html[key]

    def _unavailable_html(self, key: str) -> str:
        from markupsafe import escape

        assert self._kit is not None
        problems = unavailable_lessons(self._kit).get(key, [])
        items = "".join(f"<li>{escape(str(p))}</li>" for p in problems)
        heading = self.tr("This lesson is unavailable: its file has problems")
        advice = self.tr(
            "Ask the person who edits the lessons to fix the file; the other lessons work as usual."
        )
        return (
            f"<h2>{escape(heading)}</h2><p><b>{escape(key)}</b></p><ul>{items}</ul>"
            f"<p>{escape(advice)}</p>"
        )

    def _enable_buttons(self) -> None:
        has_lesson = self.selected_lesson_id() is not None
        no_lesson = self.tr("Choose a lesson in the list on the left first.")
        for widget in (
            self.present_button,
            self.handout_button,
            self.family_button,
            self.adapt_button,
        ):
            allow(widget, has_lesson, no_lesson)
        allow(
            self.plan_button,
            has_lesson,
            no_lesson,
            self.tr("The lesson in the official lesson plan template, for one of your classes"),
        )
        lesson = self.selected_lesson()
        allow(
            self.materials_button,
            bool(lesson and lesson.printables),
            self.tr("This lesson has no cards or worksheets to print.") if lesson else no_lesson,
            self.tr("Cards, worksheets, posts, photo sets and forms of this lesson, ready to copy"),
        )
        self.way.say(self._way_forward())

    def _way_forward(self) -> str:
        """With no lesson in the list (a search that finds nothing), how to get them back."""
        if self._kit is None or self.lesson_items():
            return ""
        if self.search.text().strip():
            return self.tr(
                "No lesson matches this search: clear the search box, try fewer words, "
                "or choose “All bands”."
            )
        return self.tr("This band has no lessons yet: choose another band.")

    def _activate(self, item: QTreeWidgetItem) -> None:
        data = item.data(0, ROLE)
        if data and data[0] == "lesson":
            self.present()

    # -- actions --------------------------------------------------------------------------------

    def copy_and_adapt(self) -> None:
        """Open the lesson editor on a copy of the selected lesson; an own lesson opens itself
        (its saves make a new version once it has been taught, so a report keeps the old one)."""
        from skillsapp.content.own import adapted, lesson_data
        from skillsapp.ui.editor.dialog import LessonEditor

        lesson = self.selected_lesson()
        if lesson is None:
            return
        own = lesson.origin == "own"
        data = lesson_data(lesson, self.ctx.db_path) if own else adapted(lesson, self.ctx.db_path)
        self.editor = LessonEditor(self.ctx, data, self)
        self.editor.show()

    def present(self) -> None:
        lesson = self.selected_lesson()
        if lesson is None:
            return
        from skillsapp.ui.presentation import open_presentation

        self._presentation = open_presentation(self.ctx, lesson, self.window())

    def _suggested_path(self, kind: str, lesson: Lesson) -> Path:
        folder = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        ) or str(Path.home())
        names = MATERIALS_FILE if kind == "materials" else DOCUMENTS[kind][1:]
        name = names[0 if self.ctx.language == "vi" else 1]
        return Path(folder) / f"{lesson.id.replace('/', '-')}-{name}.pdf"

    def _ask_pdf_target(self, kind: str, lesson) -> Path | None:
        """Where the teacher wants this PDF (".pdf" added when left off), or None if cancelled."""
        chosen, _filter = file_dialogs.get_save_file_name(
            self,
            self.tr("Save as PDF"),
            str(self._suggested_path(kind, lesson)),
            self.tr("PDF files (*.pdf)"),
        )
        if not chosen:
            return None
        return Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def save_pdf(self, kind: str) -> None:
        """Ask where, then lay out and write the PDF on a worker."""
        lesson, kit = self.selected_lesson(), self._kit
        if lesson is None or kit is None:
            return
        target = self._ask_pdf_target(kind, lesson)
        if target is None:
            return
        job = _pdf_job(kind, lesson, kit, self.ctx.language, target)
        self.ctx.jobs.run(job, self.tr("Saving the PDF…"), self._saved)

    def save_materials(self) -> None:
        """The lesson's printable materials as one PDF (the same as `print materials`)."""
        lesson, kit = self.selected_lesson(), self._kit
        if lesson is None or kit is None or not lesson.printables:
            return
        target = self._ask_pdf_target("materials", lesson)
        if target is None:
            return
        job = _materials_job(lesson, kit, self.ctx.language, target)
        self.ctx.jobs.run(job, self.tr("Saving the PDF…"), self._saved)

    def save_lesson_plan(self) -> None:
        """The official lesson plan of the lesson on screen (ui/lesson_plan_action.py)."""
        lesson, kit = self.selected_lesson(), self._kit
        if lesson is None or kit is None:
            return
        from skillsapp.ui.lesson_plan_action import save_lesson_plan

        save_lesson_plan(self, self.ctx, kit, lesson)

    def _saved(self, target: object) -> None:
        self.ctx.bus.status_message.emit(self.tr("Saved %1").replace("%1", str(target)))

    def print_document(self, kind: str) -> None:
        """The print dialog, then print. Spooling to the printer stays on the GUI thread:
        Windows printer drivers expect it."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        lesson, kit = self.selected_lesson(), self._kit
        if lesson is None or kit is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setHtml(render_document(kind, lesson, kit, self.ctx.language))
        try:
            document.print_(printer)
        except RuntimeError as exc:
            QMessageBox.warning(self, self.tr("Could not print"), str(exc))


def _load_kit_job(db_path: Path, progress: Callable[[int, int, str], None]) -> Kit:
    """Parse the lesson files and warm up the renderer, off the GUI thread."""
    from skillsapp.content.library import kit_for
    from skillsapp.content.render import render_lesson

    progress(0, 2, "")
    kit = kit_for(db_path)
    progress(1, 2, "")
    if kit.lessons:
        render_lesson(kit.lessons[0], kit, "vi")  # compiles the templates once
    return kit


def _pdf_job(kind: str, lesson: Lesson, kit: Kit, lang: str, target: Path):
    def job(progress: Callable[[int, int, str], None]) -> Path:
        progress(0, 2, "")
        html = render_document(kind, lesson, kit, lang)
        progress(1, 2, "")
        return render_pdf(html, target)

    return job


def _materials_job(lesson: Lesson, kit: Kit, lang: str, target: Path):
    def job(progress: Callable[[int, int, str], None]) -> Path:
        from skillsapp.files import write_atomically
        from skillsapp.reports.materials import render_materials

        progress(0, 1, "")
        data, _pages = render_materials(kit, lesson, lang)
        write_atomically(target, data)
        return target

    return job


PAGE = CurriculumPage
