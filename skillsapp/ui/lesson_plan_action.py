"""The lesson view's "Lesson plan (Word)…": the official lesson plan of the lesson on screen for
one of the school's classes, saved as Word (to finish and sign) or PDF (to print).

Kept out of the Curriculum page so the page only owns a button: choosing the class, the file and
running the job on a worker is all here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QInputDialog, QWidget

from skillsapp.services import school as school_service
from skillsapp.ui import file_dialogs

if TYPE_CHECKING:
    from skillsapp.content import Kit, Lesson
    from skillsapp.domain.records import SchoolClass
    from skillsapp.reports.lesson_plan import PlanFacts
    from skillsapp.ui.context import AppContext


def classes_for(ctx: AppContext, lesson: Lesson) -> list[SchoolClass]:
    """The school's current classes, those of the lesson's grades first (the likely choice)."""
    found = school_service.classes(ctx.store)  # archived years left out
    return sorted(found, key=lambda c: (c.grade not in lesson.grades, c.grade, c.name))


def choose_class(parent: QWidget, ctx: AppContext, lesson: Lesson) -> SchoolClass | bool | None:
    """The class the plan is for; None for "no class" (lines left blank); False if cancelled."""
    found = classes_for(ctx, lesson)
    if not found:
        return None
    grade = QCoreApplication.translate("LessonPlanAction", "grade %1")
    names = [f"{c.name} ({grade.replace('%1', str(c.grade))})" for c in found]
    chosen, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("LessonPlanAction", "Lesson plan"),
        QCoreApplication.translate("LessonPlanAction", "The class this lesson plan is for:"),
        names,
        0,
        False,
    )
    if not ok:
        return False
    return found[names.index(chosen)]


def save_lesson_plan(parent: QWidget, ctx: AppContext, kit: Kit, lesson: Lesson) -> None:
    """Ask the class and the file, then lay the plan out and write it on a worker."""
    from skillsapp.reports.lesson_plan import plan_facts

    cls = choose_class(parent, ctx, lesson)
    if cls is False:
        return
    facts = plan_facts(ctx.store, cls or None)
    target = _ask_target(parent, ctx, lesson, facts)
    if target is None:
        return
    job = _plan_job(kit, lesson, ctx.language, facts, target)
    saved = QCoreApplication.translate("LessonPlanAction", "Saved %1")
    ctx.jobs.run(
        job,
        QCoreApplication.translate("LessonPlanAction", "Saving the lesson plan…"),
        lambda path: ctx.bus.status_message.emit(saved.replace("%1", str(path))),
    )


def _ask_target(parent: QWidget, ctx: AppContext, lesson: Lesson, facts: PlanFacts) -> Path | None:
    """Word by default (the plan is finished in Word); ".docx" added when left off."""
    folder = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation
    ) or str(Path.home())
    stem = "ke-hoach-bai-day" if ctx.language == "vi" else "lesson-plan"
    cls = f"-{facts.class_name}" if facts.class_name else ""
    suggested = Path(folder) / f"{stem}-{lesson.id.replace('/', '-')}{cls}.docx"
    chosen, chosen_filter = file_dialogs.get_save_file_name(
        parent,
        QCoreApplication.translate("LessonPlanAction", "Save the lesson plan"),
        str(suggested),
        QCoreApplication.translate(
            "LessonPlanAction", "Word documents (*.docx);;PDF files (*.pdf)"
        ),
    )
    if not chosen:
        return None
    path = Path(chosen)
    if path.suffix.lower() not in (".docx", ".pdf"):
        path = path.with_name(path.name + (".pdf" if "pdf" in chosen_filter.lower() else ".docx"))
    return path


def _plan_job(
    kit: Kit, lesson: Lesson, lang: str, facts: PlanFacts, target: Path
) -> Callable[[Callable[[int, int, str], None]], Path]:
    def job(progress: Callable[[int, int, str], None]) -> Path:
        from skillsapp.files import write_atomically
        from skillsapp.reports.lesson_plan import lesson_plan

        progress(0, 2, "")
        doc = lesson_plan(kit, lesson, lang, facts)
        progress(1, 2, "")
        if target.suffix.lower() == ".pdf":
            from skillsapp.reports.pdf import render_pdf

            data, _pages = render_pdf(doc)
        else:
            from skillsapp.reports.docx_out import render_docx

            data = render_docx(doc)
        write_atomically(target, data)
        return target

    return job
