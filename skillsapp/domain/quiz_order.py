"""The order a session shows its quiz in: items and the options of each choice item shuffled per
session (issue 19), so the next class cannot learn "question 2 is B" and no letter is the right
one more often than chance.

The order is a pure function of a seed (the session's id): reopening a draft after a crash,
printing the session's answer sheets and reading them back all get the same order, and two
sessions of one lesson get different ones. The permutations are drawn from SHA-256 of the seed
rather than `random`, whose algorithms may change between Python versions: a session saved today
must show the same order after an upgrade.

Answers are always stored by the ORIGINAL option (`domain/scoring.py`'s canonical form), so
reports, item statistics and past data mean what they meant; `to_stored` and `to_shown` cross
between what a pupil shows (the letter of a shown option) and what is stored. True/false and
sorting items keep their options as written (True stays before False, categories keep their
numbers); only their place in the quiz moves.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from skillsapp.domain.scoring import QuizKey

SHUFFLED_OPTION_TYPES = ("single", "scenario", "multiple")


def permutation(count: int, seed: str, label: str) -> tuple[int, ...]:
    """A Fisher-Yates shuffle of range(count), each draw taken from SHA-256 of (seed, label,
    step): the same arguments give the same order on every computer and Python version."""
    order = list(range(count))
    for i in range(count - 1, 0, -1):
        digest = hashlib.sha256(f"{seed}\x1f{label}\x1f{i}".encode()).digest()
        j = int.from_bytes(digest[:8], "big") % (i + 1)  # bias below 1e-18 for a quiz's sizes
        order[i], order[j] = order[j], order[i]
    return tuple(order)


@dataclass(frozen=True)
class QuizOrder:
    """`items`: the item ids in the order shown. `options`: for an item whose options are
    shuffled, the original index of each shown option (shown A is original options[id][0]);
    an item not listed shows its options as written."""

    items: tuple[str, ...]
    options: Mapping[str, tuple[int, ...]] = field(default_factory=dict)

    def original_option(self, item_id: str, shown: int) -> int:
        order = self.options.get(item_id)
        return shown if order is None else order[shown]

    def shown_option(self, item_id: str, original: int) -> int:
        order = self.options.get(item_id)
        return original if order is None else order.index(original)

    def to_stored(self, key: QuizKey, shown: str) -> str:
        """A canonical answer given with the shown options -> the same answer by the original
        options (what is saved). Answers of other item types pass unchanged."""
        return self._map(key, shown, self.original_option)

    def to_shown(self, key: QuizKey, stored: str) -> str:
        """The inverse of `to_stored`: a saved answer as the letters shown this session."""
        return self._map(key, stored, self.shown_option)

    def shown_key(self, key: QuizKey) -> QuizKey:
        """The item's key with its right answer given by the shown options."""
        return replace(key, answer=self.to_shown(key, key.answer))

    def _map(self, key: QuizKey, answer: str, one: Callable[[str, int], int]) -> str:
        if key.item_id not in self.options or key.type not in SHUFFLED_OPTION_TYPES:
            return answer
        mapped = sorted(one(key.item_id, int(token)) for token in answer.split(","))
        return ",".join(str(index) for index in mapped)


def lesson_order(keys: Sequence[QuizKey]) -> QuizOrder:
    """The quiz as the lesson file has it (shuffling turned off)."""
    return QuizOrder(tuple(key.item_id for key in keys))


def session_order(keys: Sequence[QuizKey], seed: str) -> QuizOrder:
    """The session's order: every item's place, and the options of each choice item."""
    places = permutation(len(keys), seed, "items")
    options = {
        key.item_id: permutation(key.choices, seed, f"options:{key.item_id}")
        for key in keys
        if key.type in SHUFFLED_OPTION_TYPES
    }
    return QuizOrder(tuple(keys[p].item_id for p in places), options)
