"""Paper answer sheets in the quiz step: photos or scans of the filled-in sheets
(`print quiz-sheet --marks`) read on a worker, then a review of what was read before anything
reaches the pupils' answers.

Every uncertain mark (faint, rubbed out, two bubbles on a one-answer item) is a row the
teacher must decide: its answer, or none. "Put into the answers" stays disabled until each is
decided; clear marks go in as read. Answers then land in the quiz grid through the same path
as typing (undoable, corrected by typing, saved with the session). Absent pupils' rows and
empty rows are left out. The photos are read in memory and never stored.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job
from skillsapp.ui.models.quiz_grid_model import QuizGridModel, answer_text
from skillsapp.ui.session.card_scan import PHOTO_FILTER

LETTERS = "ABCD"


@dataclass(frozen=True)
class SheetAnswer:
    pupil_id: str
    item_id: str
    marks: tuple[int, ...]
    uncertain: tuple[int, ...]
    flag: str | None
    answer: str | None


def read_job(paths: list[Path], lesson, class_id: str, sheet_key: str | None = None) -> Callable:
    """The worker's work: decode the photos, find the sheets, read every row of a pupil who
    holds a card. `lesson` has its quiz in the session's order and `sheet_key` is what the
    sheets' code was made from (lessonrun.quiz_order.sheet_key; the lesson id by default)."""

    def work(db, _progress) -> list[SheetAnswer]:
        from skillsapp.cards.commands import read_image_file
        from skillsapp.cards.scanning import class_card_numbers
        from skillsapp.cards.sheets import read_sheets
        from skillsapp.domain.answer_sheet import sheet_layout
        from skillsapp.reports.answer_sheet import sheet_items_of

        images = [read_image_file(path) for path in paths]
        pupil_of = {n: pid for pid, n in class_card_numbers(db, class_id).items()}
        layout = sheet_layout(sheet_items_of(lesson))
        result = read_sheets(images, layout, set(pupil_of), sheet_key or lesson.id)
        return [
            SheetAnswer(pupil_of[r.number], r.item_id, r.marks, r.uncertain, r.flag, r.answer)
            for _key, r in sorted(result.items.items())
        ]

    return work


def _choices(key, read: SheetAnswer) -> list[tuple[str, str | None]]:
    """What the teacher can decide for a flagged item: (shown text, stored answer)."""
    if key.type == "multiple":
        picks = {read.marks, tuple(sorted(read.marks + read.uncertain))}
        stored = sorted(",".join(str(i) for i in p) for p in picks if p)
    elif key.type == "true_false":
        stored = ["true", "false"]
    else:
        stored = [str(i) for i in range(key.choices)]
    return [(answer_text(key, s), s) for s in stored]


class SheetReviewDialog(QDialog):
    """What the sheets say, flagged marks first, each to be decided before they go in."""

    def __init__(
        self, answers: list[SheetAnswer], model: QuizGridModel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Answer sheets read"))
        self.resize(760, 520)
        self.model = model
        rows = {model.pupil(r).id: r for r in range(model.rowCount())}
        columns = {model.key(c).item_id: c for c in range(model.columnCount())}
        self.answers = [
            a for a in answers if a.pupil_id in rows and a.item_id in columns
            and model.attends(rows[a.pupil_id])
        ]  # fmt: skip
        self.answers.sort(key=lambda a: (a.flag is None, rows[a.pupil_id], columns[a.item_id]))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = QTableWidget(len(self.answers), 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Pupil"), self.tr("Item"), self.tr("Marks read"), self.tr("Answer")]
        )
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.combos: dict[int, QComboBox] = {}
        for row, read in enumerate(self.answers):
            key = model.key(columns[read.item_id])
            marks = ", ".join(LETTERS[m] for m in read.marks) or "—"
            if read.uncertain:
                faint = ", ".join(LETTERS[m] for m in read.uncertain)
                marks += " " + self.tr("(faint: %1)").replace("%1", faint)
            cells = (
                model.pupil(rows[read.pupil_id]).full_name,
                str(columns[read.item_id] + 1),
                marks,
            )
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
            if read.flag is None:
                self.table.setItem(row, 3, QTableWidgetItem(answer_text(key, read.answer or "")))
                continue
            combo = QComboBox()
            combo.addItem(self.tr("Check the sheet and choose…"), "")
            combo.addItem(self.tr("No answer"), None)
            for text, stored in _choices(key, read):
                combo.addItem(text, stored)
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 3, combo)
            self.combos[row] = combo
        self.table.resizeColumnsToContents()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.addButton(
            self.tr("Put into the answers"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.buttons)
        self._update()

    def undecided(self) -> int:
        return sum(1 for combo in self.combos.values() if combo.currentData() == "")

    def _update(self) -> None:
        left = self.undecided()
        self.ok_button.setEnabled(left == 0)
        self.ok_button.setToolTip(
            self.tr("Decide the %1 flagged marks first.").replace("%1", str(left)) if left else ""
        )
        self.summary.setText(
            self.tr(
                "%1 answers read; %2 marks are uncertain (faint, rubbed out or two bubbles on a "
                "one-answer item): look at the paper and choose for each. Nothing is saved "
                "until you save the session."
            )
            .replace("%1", str(len(self.answers)))
            .replace("%2", str(len(self.combos)))
        )

    def chosen(self) -> list[tuple[str, str, str]]:
        """(pupil id, item id, stored answer) to put in; "No answer" rows are left out. The
        sheet's bubbles are the session's shown options: the answer goes in by the original."""
        out = []
        for row, read in enumerate(self.answers):
            combo = self.combos.get(row)
            answer = read.answer if combo is None else combo.currentData()
            stored = self.model.to_stored(read.item_id, answer) if answer else None
            if stored:
                out.append((read.pupil_id, read.item_id, stored))
        return out


def read_answer_sheets(page) -> None:
    """The session page's "Read answer sheets…": choose photos, read them on a worker, review,
    then each decided answer goes in as if typed (page._answer)."""
    draft, sheet = page.draft, page.sheet_lesson()
    if not (draft.is_lesson and draft.class_id and sheet is not None):
        return
    lesson, key = sheet
    names, _filter = file_dialogs.get_open_file_names(
        page, QCoreApplication.translate("SheetReview", "Photos or scans of the answer sheets"), "",
        QCoreApplication.translate("SheetReview", "Photos (%1)").replace("%1", PHOTO_FILTER),
    )  # fmt: skip
    if not names:
        return

    def review(answers: list[SheetAnswer]) -> None:
        dialog = SheetReviewDialog(answers, page.quiz.model, page)
        page.sheet_review = dialog  # tests reach it; replaced by the next reading
        dialog.accepted.connect(lambda: [page._answer(*a) for a in dialog.chosen()])
        dialog.open()

    work = read_job([Path(n) for n in names], lesson, draft.class_id, key)
    page.ctx.jobs.run(
        store_job(page.ctx.db_path, work),
        QCoreApplication.translate("SheetReview", "Reading the answer sheets…"),
        review,
    )
