"""The quiz step's "Print answer sheets…": the class's machine-read paper answer sheet for the
session's lesson, its quiz in the session's order (the same PDF as `print quiz-sheet --marks`
when the order is the lesson's), saved where the teacher chooses
and written on a worker; "Read answer sheets…" (sheet_review.py) reads it back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QMessageBox

from skillsapp.ui import file_dialogs
from skillsapp.ui.jobs import store_job


def suggested_path(class_name: str) -> str:
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    stem = QCoreApplication.translate("SheetPrint", "answer-sheet")
    return str(Path(folder) / f"{stem}-{class_name}.pdf")


def print_answer_sheets(page) -> None:
    """Ask where, then number the rows by card and write the sheet on a worker."""
    draft, sheet = page.draft, page.sheet_lesson()  # the quiz in the session's order
    if not (draft.is_lesson and draft.class_id and sheet is not None):
        return
    lesson, key = sheet
    class_id, lang = draft.class_id, page.ctx.language
    chosen, _filter = file_dialogs.get_save_file_name(
        page,
        QCoreApplication.translate("SheetPrint", "Save the answer sheets"),
        suggested_path(draft.class_name),
        QCoreApplication.translate("SheetPrint", "PDF files (*.pdf)"),
    )
    if not chosen:
        return
    target = Path(chosen if chosen.lower().endswith(".pdf") else f"{chosen}.pdf")

    def work(db, _progress):
        from skillsapp.cards.saving import save_class_sheet
        from skillsapp.reports.build import check_out_path
        from skillsapp.services.school import get_class

        cls = get_class(db, class_id)
        return save_class_sheet(db, cls, lesson, check_out_path(target, "pdf"), lang, key)

    def saved(result) -> None:
        page.ctx.bus.data_changed.emit(frozenset({"card_number"}))
        page.ctx.bus.status_message.emit(
            QCoreApplication.translate(
                "SheetPrint", "Saved the answer sheets of class %1 (%2 pages) to %3"
            )
            .replace("%1", result.class_name)
            .replace("%2", str(result.pages))
            .replace("%3", str(result.path))
        )

    def failed(text: str) -> None:
        why = (
            QCoreApplication.translate("SheetPrint", "The answer sheets were not saved.")
            + "\n\n"
            + text
        )
        QMessageBox.warning(
            page, QCoreApplication.translate("SheetPrint", "Print answer sheets"), why
        )

    page.ctx.jobs.run(
        store_job(page.ctx.db_path, work),
        QCoreApplication.translate("SheetPrint", "Saving the answer sheets…"),
        saved,
        failed,
    )
