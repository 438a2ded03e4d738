"""The lesson editor window: the form on the left, the problems and the live preview on the
right; the checks run 300 ms after the last keystroke, the lesson is saved 1 s after it and
when the window closes.

What is saved is the teacher's own lesson (skillsapp.services.own_lessons): a copy of a
bundled lesson with a new id, never the bundled file itself.
"""

from __future__ import annotations

import copy
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from skillsapp.content.model import STEP_KINDS, Lesson, Problem
from skillsapp.content.own import check_own, fit_why, new_item, new_step, to_yaml
from skillsapp.content.source import FieldPath
from skillsapp.domain.scoring import ITEM_TYPES
from skillsapp.services.own_lessons import save_own
from skillsapp.ui.editor.bank import QuizBank
from skillsapp.ui.editor.commands import Reshape, SetField
from skillsapp.ui.editor.entries import EntryTools
from skillsapp.ui.editor.fields import FieldForm, get_at, set_at, shown_text, value_from
from skillsapp.ui.editor.labels import field_label, item_type_name, step_kind_name

if TYPE_CHECKING:
    from skillsapp.ui.context import AppContext

CHECK_MS = 300
SAVE_MS = 1000
LISTS = ("steps", "quiz")  # the parts a teacher adds to, removes from and reorders


class LessonEditor(QDialog):
    """Edit one own lesson. `data` is the lesson's YAML as plain data (from content.own)."""

    def __init__(self, ctx: AppContext, data: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.data = data
        self.lesson: Lesson | None = None
        self.problems: list[Problem] = []
        self.saved_version = 0
        self.typing_run = False  # consecutive typing in one field merges into one undo step
        self._saved_text = ""
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.resize(1280, 740)
        self.undo_stack = QUndoStack(self)
        self.form = FieldForm(self._edited)
        self.form.lang = ctx.language
        self.check_timer = _single_shot(self, CHECK_MS, self.check)
        self.save_timer = _single_shot(self, SAVE_MS, self.save)
        self._build()
        QShortcut(QKeySequence.StandardKey.Undo, self, activated=self.undo_stack.undo)
        for keys in ("Ctrl+Y", "Ctrl+Shift+Z"):  # one shortcut per key: two would be ambiguous
            QShortcut(QKeySequence(keys), self, activated=self.undo_stack.redo)
        self.undo_stack.indexChanged.connect(self._changed)  # a slot: gone with the window
        ctx.bus.language_changed.connect(self._language_changed)
        self.retranslate()
        self.form.build(self.data)
        self._count_lists()
        self.undo_button.setEnabled(False)  # nothing done yet
        self.redo_button.setEnabled(False)
        self.check()

    # -- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        scroll = self.scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        self.list_tools = {name: _ListTools(self, name) for name in LISTS}
        self.bank = QuizBank(self)
        self.entry_tools = EntryTools(self)
        quiz_page = QWidget()
        quiz_layout = QVBoxLayout(quiz_page)
        quiz_layout.setContentsMargins(0, 0, 0, 0)
        quiz_layout.addWidget(self.list_tools["quiz"])
        quiz_layout.addWidget(self.bank)
        self.tool_tabs = QTabWidget()  # one set of tools at a time: the form keeps its room
        for page in (self.list_tools["steps"], quiz_page, self.entry_tools):
            self.tool_tabs.addTab(_padded(page), "")
        self.tool_tabs.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.tool_tabs)
        left_layout.addWidget(scroll, 1)
        self.problems_label = QLabel()
        self.problem_list = QListWidget()
        self.problem_list.setWordWrap(True)  # a long problem wraps, it never scrolls sideways
        self.problem_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.problem_list.itemActivated.connect(self._go_to_problem)
        self.problem_list.itemClicked.connect(self._go_to_problem)
        self.preview_tabs = QTabWidget()
        self.lesson_view, self.slides_view, self.handout_view = (
            QTextBrowser(),
            QTextBrowser(),
            QTextBrowser(),
        )
        for view in (self.lesson_view, self.slides_view, self.handout_view):
            self.preview_tabs.addTab(view, "")
        problems = QWidget()
        problems_layout = QVBoxLayout(problems)
        problems_layout.setContentsMargins(0, 0, 0, 0)
        problems_layout.addWidget(self.problems_label)
        problems_layout.addWidget(self.problem_list)
        preview = QWidget()
        preview_layout = QVBoxLayout(preview)
        preview_layout.setContentsMargins(0, 0, 0, 0)
        self.preview_note = QLabel()
        self.preview_note.setWordWrap(True)
        self.preview_note.hide()
        preview_layout.addWidget(self.preview_note)
        preview_layout.addWidget(self.preview_tabs, 1)
        right = QSplitter(Qt.Orientation.Vertical)  # the teacher gives room to either
        right.addWidget(problems)
        right.addWidget(preview)
        right.setSizes([150, 560])
        self.undo_button, self.redo_button = QPushButton(), QPushButton()
        self.undo_button.clicked.connect(self.undo_stack.undo)
        self.redo_button.clicked.connect(self.redo_stack_redo)
        self.status = QLabel()
        self.export_button = QPushButton()
        self.export_button.clicked.connect(lambda: self.export_pack())
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for widget in (self.undo_button, self.redo_button):
            buttons.addWidget(widget)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([640, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def redo_stack_redo(self) -> None:
        self.undo_stack.redo()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lesson editor: my lesson"))
        self.problems_label.setText(self.tr("Problems (checked as you type)"))
        self.preview_note.setText(
            self.tr("The preview shows the lesson as it was before the problems listed above.")
        )
        self.preview_tabs.setTabText(0, self.tr("Lesson"))
        self.preview_tabs.setTabText(1, self.tr("Slides"))
        self.preview_tabs.setTabText(2, self.tr("Handout"))
        self.undo_button.setText(self.tr("Undo (Ctrl+Z)"))
        self.redo_button.setText(self.tr("Redo (Ctrl+Y)"))
        self.close_button.setText(self.tr("Close"))
        self.export_button.setText(self.tr("Export as a pack…"))
        self.export_button.setToolTip(self.tr("A signed lesson pack (.knsl) to give colleagues"))
        for tools in self.list_tools.values():
            tools.retranslate()
        self.bank.retranslate()
        self.entry_tools.retranslate()
        self.tool_tabs.setTabText(0, self.tr("Steps"))
        self.tool_tabs.setTabText(1, self.tr("Quiz"))
        self.tool_tabs.setTabText(2, self.tr("Lists and other fields"))

    def _language_changed(self, _language: str = "") -> None:
        """The UI language changed: the labels, the problems and the preview follow it."""
        self.form.lang = self.ctx.language
        self.retranslate()
        self.form.build(self.data)
        self.check()

    # -- editing --------------------------------------------------------------------------------

    def _edited(self, path: FieldPath, text: str) -> None:
        old = get_at(self.data, path)
        new = value_from(path, old, text)
        if new == old:
            return
        if _is_answer(path) and isinstance(self.data["quiz"][path[1]].get("why"), list):
            self.reshape(lambda data: _set_answer(data, path, new))  # its `why` follows
            return
        self.undo_stack.push(SetField(self, path, old, new))
        self.typing_run = True

    def apply_field(self, path: FieldPath, value: Any) -> None:
        """Set one field (a command's redo or undo) and show it."""
        set_at(self.data, path, value)
        self.form.show_text(path, shown_text(path, value))

    def apply_data(self, data: dict[str, Any]) -> None:
        """Replace the whole data (a change of shape) and rebuild the form."""
        self.data = data
        focused = self.form.focused_name()
        self.form.build(self.data)
        self._count_lists()
        if focused:  # typing in an answer reshapes: the cursor stays in the field
            self.form.focus(focused, at_end=True)

    def _count_lists(self) -> None:
        for name, tools in self.list_tools.items():
            items = self.data.get(name)
            tools.count_changed(len(items) if isinstance(items, list) else 0)
        self.entry_tools.refresh(self.data)

    def reshape(self, change: Any) -> None:
        self.undo_stack.push(Reshape(self, change))

    def _changed(self, _index: int = 0) -> None:
        self.undo_button.setEnabled(self.undo_stack.canUndo())
        self.redo_button.setEnabled(self.undo_stack.canRedo())
        self.check_timer.start()
        self.save_timer.start()

    # -- checking and preview -------------------------------------------------------------------

    def check(self) -> None:
        """Run every lesson check on the data; list the problems by field; refresh the preview."""
        self.typing_run = False
        lesson, problems = check_own(self.ctx.kit, self.data)
        self.problems = problems
        self.problem_list.clear()
        by_field: dict[str, list[str]] = {}
        lang = self.ctx.language
        for problem in problems:
            target = self.form.widget_for(problem.field) or ""
            message = problem.in_lang(lang)
            where = field_label(problem.field) if problem.field else self.tr("The lesson")
            # a problem of a whole list shows at its first field, saying whose it is
            inline = message if target == problem.field else f"{where}: {message}"
            by_field.setdefault(target, []).append(inline)
            item = QListWidgetItem(f"{where}: {message}")
            item.setToolTip(self.tr("Click to go to the field"))
            item.setData(Qt.ItemDataRole.UserRole, target)
            self.problem_list.addItem(item)
        if not problems:
            self.problem_list.addItem(self.tr("No problems: the lesson can be taught."))
        self.form.show_problems(by_field)
        self.preview_note.setVisible(lesson is None)
        if lesson is not None:
            self.lesson = lesson
            self._preview(lesson)

    def _preview(self, lesson: Lesson) -> None:
        from skillsapp.content.render import render_handout, render_lesson, render_slides

        kit, lang = self.ctx.kit, self.ctx.language
        self.lesson_view.setHtml(render_lesson(lesson, kit, lang))
        slides = render_slides(lesson, kit, lang)
        self.slides_view.setHtml("<hr>".join(slides))
        self.handout_view.setHtml(render_handout(lesson, kit, lang))

    def _go_to_problem(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self._focus_now(target)

    def go_to_field(self, name: str) -> None:
        """Put the cursor in a field of a form just rebuilt: its new widgets show on the next
        turn of the event loop, and a hidden widget takes no focus."""
        QTimer.singleShot(0, self, lambda: self._focus_now(name))

    def _focus_now(self, name: str) -> None:
        widget = self.form.focus(name)
        if widget is not None:
            self.scroll.ensureWidgetVisible(widget)

    # -- saving ---------------------------------------------------------------------------------

    def save(self) -> None:
        """Save the lesson as it is now (problems included: a draft is kept, and a lesson with
        problems does not load into the kit until they are fixed)."""
        store = self.ctx.store
        if store is None:
            return
        text = to_yaml(self.data)
        if text == self._saved_text:
            return
        title = self.data.get("title", {})
        title_vi = str(title.get("vi", "")) if isinstance(title, dict) else ""
        title_en = str(title.get("en", "")) if isinstance(title, dict) else ""
        version, changes = save_own(store, str(self.data["id"]), text, title_vi, title_en)
        if version != self.data.get("version"):
            self.data["version"] = version  # a taught version is frozen: this is the next one
            text = to_yaml(self.data)
            version, changes = save_own(store, str(self.data["id"]), text, title_vi, title_en)
        self._saved_text = text
        self.saved_version = version
        self.status.setText(self.tr("Saved (version %1)").replace("%1", str(version)))
        self.ctx.forget_kit()
        self.ctx.bus.data_changed.emit(changes.tables)

    def export_pack(self, target: str = "") -> None:
        """Save, then write the lesson as a signed pack to share with colleagues."""
        from PySide6.QtWidgets import QMessageBox

        from skillsapp.errors import UserError
        from skillsapp.packs.own import export_own_pack, own_pack_id
        from skillsapp.ui.file_dialogs import get_save_file_name

        self.save()
        store = self.ctx.store
        if store is None:
            return
        lesson_id = str(self.data["id"])
        if not target:
            name = f"{own_pack_id(lesson_id)}.knsl"
            caption = self.tr("Export the lesson as a pack")
            target, _ = get_save_file_name(self, caption, name, self.tr("Lesson packs (*.knsl)"))
        if not target:
            return
        try:
            path = export_own_pack(store, lesson_id, Path(target))
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Could not export"), exc.message(self.ctx.language))
            return
        self.status.setText(self.tr("Pack written: %1").replace("%1", str(path)))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.check_timer.stop()
        self.save_timer.stop()
        self.save()
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.save()
        super().done(result)


class _ListTools(QWidget):
    """Add, remove and move the items of one list (the steps, the quiz items). A new item is
    of the kind (a step) or type (a quiz item) chosen in the list beside the add button, and
    starts with the fields that kind needs."""

    def __init__(self, editor: LessonEditor, key: str) -> None:
        super().__init__()
        self.editor, self.key = editor, key
        self.label = QLabel()
        self.number = QSpinBox()
        self.number.setMinimum(1)
        self.kind_label = QLabel()
        self.kind = QComboBox()
        self.add_button, self.copy_button, self.remove_button, self.up_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.add_button.clicked.connect(self.add_new)
        self.copy_button.clicked.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self.up_button.clicked.connect(self.move_up)
        self.kind_label.setBuddy(self.kind)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(2)
        for widgets in (
            (self.kind_label, self.kind, self.add_button),
            (self.label, self.number, self.copy_button, self.remove_button, self.up_button),
        ):
            row = QHBoxLayout()
            for widget in widgets:
                row.addWidget(widget)
            row.addStretch(1)
            rows.addLayout(row)

    def retranslate(self) -> None:
        steps = self.key == "steps"
        self.label.setText(self.tr("Step number:") if steps else self.tr("Question number:"))
        self.kind_label.setText(
            self.tr("New step of kind:") if steps else self.tr("New question of type:")
        )
        self.add_button.setText(self.tr("Add the step") if steps else self.tr("Add the question"))
        self.copy_button.setText(self.tr("Add a copy after it"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setText(self.tr("Move up"))
        chosen = self.kind.currentData()
        self.kind.clear()
        if steps:
            for kind in STEP_KINDS:
                self.kind.addItem(step_kind_name(kind, self.editor.ctx.language), kind)
        else:
            for kind in ITEM_TYPES:
                self.kind.addItem(item_type_name(kind, self.editor.ctx.language), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(chosen)))

    def count_changed(self, count: int) -> None:
        """The list now has `count` entries: the number box offers those."""
        self.number.setMaximum(max(1, count))

    def _items(self, data: dict[str, Any]) -> list[Any]:
        items = data.setdefault(self.key, [])
        return items if isinstance(items, list) else []

    def _index(self) -> int:
        return self.number.value() - 1

    def add_new(self) -> None:
        """A new step of the chosen kind after the step in the number box (a new quiz item at
        the end of the quiz); the number box then shows it."""
        kind = str(self.kind.currentData())
        i = self._index()
        band = str(self.editor.data.get("band", ""))
        at = [0]

        def change(data: dict[str, Any]) -> None:
            items = self._items(data)
            if self.key == "steps":
                at[0] = min(i + 1, len(items))
                items.insert(at[0], new_step(kind, band))
            else:
                taken = {str(q.get("id")) for q in items if isinstance(q, dict)}
                at[0] = len(items)
                items.append(new_item(kind, taken))

        self.editor.reshape(change)
        self.number.setValue(at[0] + 1)

    def add(self) -> None:
        i = self._index()

        def change(data: dict[str, Any]) -> None:
            items = self._items(data)
            if items:
                source = items[min(i, len(items) - 1)]
                copied = copy.deepcopy(source)
                if isinstance(copied, dict) and "id" in copied:
                    copied["id"] = f"{copied['id']}-2"
                items.insert(min(i, len(items) - 1) + 1, copied)

        self.editor.reshape(change)

    def remove(self) -> None:
        i = self._index()

        def change(data: dict[str, Any]) -> None:
            items = self._items(data)
            if 0 <= i < len(items):
                del items[i]

        self.editor.reshape(change)

    def move_up(self) -> None:
        i = self._index()

        def change(data: dict[str, Any]) -> None:
            items = self._items(data)
            if 0 < i < len(items):
                items[i - 1], items[i] = items[i], items[i - 1]

        self.editor.reshape(change)


def _padded(page: QWidget) -> QWidget:
    """A tool page in a box of its own, its rows at the top."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(6, 6, 6, 6)
    layout.addWidget(page)
    layout.addStretch(1)
    return box


def _is_answer(path: FieldPath) -> bool:
    """Whether a field is a quiz item's answer (or one right option of several)."""
    return len(path) in (3, 4) and path[0] == "quiz" and path[2] == "answer"


def _set_answer(data: dict[str, Any], path: FieldPath, value: Any) -> None:
    set_at(data, path, value)
    fit_why(data["quiz"][path[1]])


def _single_shot(parent: QWidget, ms: int, slot: Any) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(ms)
    timer.timeout.connect(slot)
    return timer
