"""Answer-card numbers: which printed card (1-60) each pupil of a class holds all year."""

from __future__ import annotations

from typing import TYPE_CHECKING

from skillsapp.store.rows import named_rows

if TYPE_CHECKING:
    from collections.abc import Iterable

    from sqlite_utils import Database

MAX_CARDS = 60


def card_numbers(db: Database, class_id: str) -> dict[str, int]:
    """pupil id -> card number for a class (only pupils that have been given one)."""
    rows = named_rows(db, "SELECT pupil_id, number FROM card_number WHERE class_id = ?", [class_id])
    return {r["pupil_id"]: int(r["number"]) for r in rows}


def assign_card_numbers(db: Database, class_id: str, pupil_ids: Iterable[str]) -> dict[str, int]:
    """Give each pupil without a card the lowest free number; kept numbers never change.

    Returns the class's whole map. A pupil past the 60th card gets none (the caller says so).
    The caller holds the transaction (`Store.atomic`).
    """
    known = card_numbers(db, class_id)
    free = iter(sorted(set(range(1, MAX_CARDS + 1)) - set(known.values())))
    for pupil_id in pupil_ids:
        if pupil_id in known:
            continue
        number = next(free, None)
        if number is None:
            break
        db.execute(
            "INSERT INTO card_number (class_id, number, pupil_id) VALUES (?, ?, ?)",
            [class_id, number, pupil_id],
        )
        known[pupil_id] = number
    return known
