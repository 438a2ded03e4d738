"""The class's answer cards written to a PDF file: one path for `skillsapp cards print` and the
Classes page's "Print answer cards" button, so both give pupils the same card numbers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from skillsapp.cards.printing import CardFace, cards_pdf


@dataclass(frozen=True)
class CardsSaved:
    class_name: str
    printed: int  # cards in the PDF
    pupils: int  # active pupils of the class (more than printed past the 60th card)
    path: Path


def class_cards(store: Any, cls: Any) -> tuple[list[Any], dict[str, int]]:
    """The class's active pupils and their card numbers (new pupils get free numbers)."""
    from skillsapp.services.school import pupils
    from skillsapp.store.cards import assign_card_numbers

    roster = pupils(store, cls.id, include_inactive=False)
    with store.atomic():
        numbers = assign_card_numbers(store.db, cls.id, [p.id for p in roster])
    return roster, numbers


def save_class_cards(store: Any, cls: Any, out: Path, per_page: int = 4) -> CardsSaved:
    """Number the class's cards, lay them out and write the PDF atomically (a half-written
    file never replaces a good one). `out` must already be checked (report.build's
    check_out_path)."""
    from skillsapp.files import write_atomically

    roster, numbers = class_cards(store, cls)
    faces = sorted(
        (CardFace(numbers[p.id], p.full_name, cls.name) for p in roster if p.id in numbers),
        key=lambda f: f.number,
    )
    write_atomically(out, cards_pdf(faces, per_page))
    return CardsSaved(cls.name, len(faces), len(roster), out)


@dataclass(frozen=True)
class SheetSaved:
    class_name: str
    pages: int
    path: Path


def save_class_sheet(
    store: Any, cls: Any, lesson: Any, out: Path, lang: str, sheet_key: str | None = None
) -> SheetSaved:
    """The class's machine-read answer sheet for one lesson (as `print quiz-sheet --marks`):
    rows by card number, numbered here as for the cards, written atomically. `out` must
    already be checked (report.build's check_out_path). A session passes its lesson with the
    quiz in its order and that order's `sheet_key` (lessonrun.quiz_order)."""
    from skillsapp.errors import UserError
    from skillsapp.files import write_atomically
    from skillsapp.reports.answer_sheet import answer_sheet_pdf
    from skillsapp.services.school import current_school

    roster, numbers = class_cards(store, cls)
    names = {numbers[p.id]: p.full_name for p in roster if p.id in numbers}
    try:
        data, pages = answer_sheet_pdf(
            current_school(store).name, cls, lesson, names, lang, sheet_key=sheet_key
        )
    except ValueError as exc:
        raise UserError("report.sheet_too_wide", lesson=lesson.id) from exc
    write_atomically(out, data)
    return SheetSaved(cls.name, pages, out)
