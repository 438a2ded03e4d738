"""Answer cards in a lesson session: one quiz question swept by the camera (no Qt here).

The session's scanning panel reads frames on a worker and hands each reading to a
`QuestionScan`, which decides what reaches the pupils' answers (the same per-pupil quiz data
that typing fills):

- a card counts only if a pupil of the class holds that number and came today; an absent
  pupil's card is ignored, and a marker that is no card of the class is an unknown marker,
  counted once however many frames show it;
- the card's letter becomes the item's stored answer: A-D are options 1-4, and on a true/false
  item A is "true" (Đúng) and B "false" (Sai); a letter the item has no option for is no answer;
- only changes are passed on: a card seen again with the same letter changes nothing, so a
  teacher's correction stands until the pupil turns the card to another letter, and a card
  turned again takes its most recent letter.

Multiple-choice and sorting items need more than one card turn: they are typed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from skillsapp.cards.layout import ANSWERS, marker_id
from skillsapp.cards.reading import FrameRead
from skillsapp.domain.scoring import QuizKey

CARD_ITEM_TYPES = ("single", "scenario", "true_false")
TRUE_FALSE_LETTERS = {"A": "true", "B": "false"}


def can_scan(key: QuizKey) -> bool:
    """Whether one card turn can answer this item."""
    return key.type in CARD_ITEM_TYPES


def card_letters(key: QuizKey) -> tuple[str, ...]:
    """The letters that answer this item (what the projected question shows)."""
    if key.type == "true_false":
        return tuple(TRUE_FALSE_LETTERS)
    if key.type in CARD_ITEM_TYPES:
        return ANSWERS[: key.choices]
    return ()


def card_answer(key: QuizKey, letter: str) -> str | None:
    """The stored (canonical) answer a card letter gives, or None when it is no answer."""
    if key.type == "true_false":
        return TRUE_FALSE_LETTERS.get(letter)
    if letter in card_letters(key):
        return str(ANSWERS.index(letter))
    return None


def class_card_numbers(store: Any, class_id: str) -> dict[str, int]:
    """pupil id -> card number for the class (read only: numbers are given when printing)."""
    from skillsapp.store.cards import card_numbers

    return card_numbers(store.db, class_id)


def answered(
    answers: Mapping[tuple[str, str], str], item_id: str, attending: Iterable[str]
) -> list[str]:
    """The pupils who came and have an answer to the item (typed or read from a card)."""
    return [pupil for pupil in attending if (pupil, item_id) in answers]


@dataclass
class QuestionScan:
    """One item, swept frame after frame."""

    key: QuizKey
    pupil_of: dict[int, str]  # card number -> pupil id, for the class's pupils
    attending: set[str]
    letters: dict[int, str] = field(default_factory=dict)  # card -> most recent letter
    unknown: set[int] = field(default_factory=set)  # marker ids of no card of the class
    absent: set[int] = field(default_factory=set)  # cards of pupils who did not come
    no_answer: set[int] = field(default_factory=set)  # cards now on a letter with no option

    def add(self, frame: FrameRead) -> list[tuple[str, str]]:
        """The (pupil id, answer) changes this frame brings, in card order."""
        self.unknown.update(frame.unknown_ids)
        changes = []
        for number, letter in sorted(frame.answers.items()):
            pupil = self.pupil_of.get(number)
            if pupil is None:
                self.unknown.add(marker_id(number))
                continue
            if pupil not in self.attending:
                self.absent.add(number)
                continue
            if self.letters.get(number) == letter:
                continue
            self.letters[number] = letter
            answer = card_answer(self.key, letter)
            if answer is None:
                self.no_answer.add(number)
                continue
            self.no_answer.discard(number)
            changes.append((pupil, answer))
        return changes

    def status(self, number: int) -> str:
        """How the overlay outlines a card: "ok", "absent", "unknown" or "no_answer"."""
        if number not in self.pupil_of:
            return "unknown"
        if number in self.absent:
            return "absent"
        return "no_answer" if number in self.no_answer else "ok"
