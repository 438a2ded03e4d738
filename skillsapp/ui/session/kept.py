"""A session draft kept from an earlier run: whose it is, and whether it can come back.

Today's banner and the session page both word a kept draft from here, so they name the same
class and lesson and give the same reason when it cannot be restored (its class deleted, its
lesson gone from the curriculum, or a damaged file). The page then sets such a draft aside
beside the database (never deletes it) and says where.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QWidget

from skillsapp.errors import UserError
from skillsapp.lessonrun.session_draft import SessionDraft, draft_path, read_draft
from skillsapp.services import school as school_service
from skillsapp.services import sessions as session_service
from skillsapp.ui.context import AppContext

DAMAGED, CLASS_GONE, LESSON_GONE = "damaged", "class-gone", "lesson-gone"


@dataclass(frozen=True)
class Kept:
    """What the draft file holds: the draft (None if damaged), its names, and any problem."""

    draft: SessionDraft | None
    class_name: str = ""
    lesson_title: str = ""
    problem: str = ""  # "" when it can be restored, else DAMAGED / CLASS_GONE / LESSON_GONE


def lesson_label(ctx: AppContext, lesson_id: str) -> str | None:
    """'3. Title' for a lesson of the kit, or None when the kit has no such lesson."""
    try:
        lesson = ctx.kit.lesson(lesson_id)
    except KeyError:
        return None
    return f"{lesson.order}. {lesson.title.get(ctx.language)}"


def examine(ctx: AppContext) -> Kept | None:
    """The kept draft of this database, checked against the school as it is now (or None).

    A draft with nothing entered (from an older version) is not worth a banner: it is removed.
    A reopened saved session that was deleted meanwhile comes back as a new session.
    """
    path = draft_path(ctx.db_path)
    draft, damaged = read_draft(path)
    if damaged:
        return Kept(None, problem=DAMAGED)
    if draft is None:
        return None
    if not draft.has_entries() and not draft.session_id:
        path.unlink(missing_ok=True)
        return None
    class_name, problem = draft.class_name, ""
    if draft.is_lesson and draft.class_id:
        try:
            class_name = school_service.get_class(ctx.store, draft.class_id).name
        except UserError:
            problem = CLASS_GONE
    title = lesson_label(ctx, draft.lesson_id) if draft.lesson_id else ""
    if title is None:
        title, problem = draft.lesson_title or draft.lesson_id, problem or LESSON_GONE
    if draft.session_id:
        try:
            session_service.get_session(ctx.store, draft.session_id)
        except UserError:
            draft.session_id = None
    return Kept(draft, class_name, title, problem)


def whose(kept: Kept) -> str:
    """'class 6A, lesson 3. Title, 02/12/2026' (what is known of it)."""
    parts = []
    if kept.class_name:
        parts.append(
            QCoreApplication.translate("KeptDraft", "class %1").replace("%1", kept.class_name)
        )
    if kept.lesson_title:
        parts.append(
            QCoreApplication.translate("KeptDraft", "lesson %1").replace("%1", kept.lesson_title)
        )
    if kept.draft is not None:
        parts.append(f"{kept.draft.held_on:%d/%m/%Y}")
    return ", ".join(parts)


def reason(kept: Kept) -> str:
    return {
        DAMAGED: QCoreApplication.translate(
            "KeptDraft", "the draft file is damaged and cannot be read"
        ),
        CLASS_GONE: QCoreApplication.translate("KeptDraft", "its class has been deleted"),
        LESSON_GONE: QCoreApplication.translate(
            "KeptDraft", "its lesson is no longer in the curriculum"
        ),
    }[kept.problem]


def banner_text(kept: Kept) -> str:
    """Today's banner: whose unsaved session it is, or why it cannot come back."""
    if kept.problem:
        return (
            QCoreApplication.translate(
                "KeptDraft",
                "An unsaved session (%1) cannot be restored: %2. Open the session page to see "
                "where the draft was kept.",
            )
            .replace("%1", whose(kept) or "?")
            .replace("%2", reason(kept))
        )  # fmt: skip
    return QCoreApplication.translate(
        "KeptDraft", "A session was not saved: %1. Nothing entered is lost."
    ).replace("%1", whose(kept))


def restored_text(kept: Kept) -> str:
    return QCoreApplication.translate(
        "KeptDraft", "The unsaved session was restored: %1. Check it and save it in step 5."
    ).replace("%1", whose(kept))


def not_restored_text(kept: Kept, kept_at: Path) -> str:
    return (
        QCoreApplication.translate(
            "KeptDraft",
            "The unsaved session (%1) could not be restored: %2. A new session was started; "
            "the draft is kept in %3.",
        )
        .replace("%1", whose(kept) or "?")
        .replace("%2", reason(kept))
        .replace("%3", str(kept_at))
    )  # fmt: skip


class Notice(QLabel):
    """The line at the top of the session page that says what became of a kept draft."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def tell(self, text: str, *, warn: bool) -> None:
        colour = "#f8d4d0" if warn else "#fff2b3"
        self.setStyleSheet(f"background: {colour}; padding: 6px; border-radius: 4px;")
        self.setText(text)
        self.show()
