"""Typing quiz answers one key at a time, and the options a whole-class tally counts.

A teacher copying answer sheets presses one key per answer (1-4, A-D, Đ/S); a multiple-choice
answer is several keys then Enter, a sorting answer one category per card (1-3, counted from 1
like the options) and is complete after the last card. The rules are Qt-free so they are tested
for every key; the canonical form comes from `skillsapp.domain.scoring.normalise_answer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from skillsapp.domain.scoring import AnswerError, QuizKey, normalise_answer

LETTERS = "ABCD"
# Whole-class mode cannot list every combination of a multiple-choice or sorting answer: hands
# go up for "all right" (the key's own answer) or for this catch-all.
OTHER_OPTION = "other"
SINGLE_KEY_TYPES = ("single", "scenario", "true_false")


@dataclass(frozen=True)
class Entry:
    """After a key press: what is still being typed, and the finished answer if there is one."""

    pending: str
    answer: str | None = None


def cards(key: QuizKey) -> int:
    """How many cards a sorting item has (its answer is one category per card)."""
    return len(key.answer.split(","))


def _option(key: QuizKey, char: str) -> int:
    """0-based option or category for one typed character; AnswerError when out of range."""
    return int(normalise_answer(QuizKey(key.item_id, "single", "0", key.choices), char))


def press(key: QuizKey, pending: str, char: str) -> Entry:
    """One typed character; `pending` holds 0-based indices typed so far (e.g. "02")."""
    if key.type in SINGLE_KEY_TYPES:
        return Entry("", normalise_answer(key, char))
    index = _option(key, char)
    if key.type == "multiple":
        picked = set(pending) ^ {str(index)}  # a second press takes the option back
        return Entry("".join(sorted(picked)))
    if key.type == "sorting":
        typed = pending + str(index)
        if len(typed) == cards(key):
            return Entry("", normalise_answer(key, ",".join(typed)))
        return Entry(typed)
    raise AnswerError(char)


def finish(key: QuizKey, pending: str) -> str:
    """Enter pressed with keys pending: the answer they make (AnswerError if incomplete)."""
    if key.type == "sorting":
        return normalise_answer(key, ",".join(pending))
    return normalise_answer(key, ",".join(str(int(i) + 1) for i in pending))


def tally_options(key: QuizKey) -> tuple[str, ...]:
    """The canonical options a whole-class tally counts for this item."""
    if key.type == "true_false":
        return ("true", "false")
    if key.type in ("single", "scenario"):
        return tuple(str(i) for i in range(key.choices))
    return (key.answer, OTHER_OPTION)


def letters(indices: str) -> str:
    """'02' or '0,2' as 'A, C' (how options are printed on the handout)."""
    return ", ".join(LETTERS[int(i)] for i in indices.replace(",", ""))


def categories(indices: str) -> str:
    """'0,1,1' or '011' as '1 2 2': sorting categories counted from 1, as they are typed."""
    return " ".join(str(int(i) + 1) for i in indices.replace(",", ""))
