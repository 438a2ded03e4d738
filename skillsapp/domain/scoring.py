"""How a quiz answer is judged and how results add up.

A teacher enters answers as short text (keys 1-4, A-D, Đ/S); the stored form is canonical
(`"2"`, `"0,3"`, `"true"`, `"0,1,1"`), so scoring never depends on how it was typed. The pass
mark follows the Vietnamese habit of "đạt" at half marks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

ITEM_TYPES = ("single", "multiple", "true_false", "scenario", "sorting")
PASS_RATIO = 0.5

_TRUE_WORDS = {"true", "t", "đ", "d", "đúng", "dung", "1", "y", "yes"}
_FALSE_WORDS = {"false", "f", "s", "sai", "0", "n", "no"}
_LETTERS = "abcd"


@dataclass(frozen=True)
class QuizKey:
    """What a right answer looks like for one item, without its wording.

    `answer` is the canonical right answer; `choices` is how many options (or, for sorting, how
    many categories) there are, so out-of-range input can be rejected.
    """

    item_id: str
    type: str
    answer: str
    choices: int


class AnswerError(ValueError):
    """The typed answer cannot be an answer to this item (wrong key, out of range)."""


def _index(token: str, choices: int) -> int:
    token = token.strip().lower()
    if token in _LETTERS[:choices] and len(token) == 1:
        return _LETTERS.index(token)
    if token.isdigit():
        number = int(token)
        if 1 <= number <= choices:
            return number - 1
    raise AnswerError(token)


def normalise_answer(key: QuizKey, typed: str) -> str:
    """The canonical stored form of a typed answer: options as 1-based keys or letters.

    Sorting answers are already category indices (0-based), one per card, comma-separated.
    """
    text = typed.strip().lower()
    if not text:
        raise AnswerError(typed)
    if key.type == "true_false":
        if text in _TRUE_WORDS:
            return "true"
        if text in _FALSE_WORDS:
            return "false"
        raise AnswerError(typed)
    if key.type in ("single", "scenario"):
        return str(_index(text, key.choices))
    if key.type == "multiple":
        tokens = text.replace(" ", ",").split(",") if "," in text or " " in text else list(text)
        picked = sorted({_index(t, key.choices) for t in tokens if t.strip()})
        return ",".join(str(i) for i in picked)
    if key.type == "sorting":
        cats = [t.strip() for t in text.split(",")]
        if not all(c.isdigit() and int(c) < key.choices for c in cats):
            raise AnswerError(typed)
        if len(cats) != len(key.answer.split(",")):
            raise AnswerError(typed)
        return ",".join(str(int(c)) for c in cats)
    raise AnswerError(typed)


def is_correct(key: QuizKey, stored: str) -> bool:
    """Whether a stored (canonical) answer is right; multiple choice must match exactly."""
    return stored == key.answer


@dataclass(frozen=True)
class QuizScore:
    """Correct answers out of the items answered."""

    correct: int
    total: int

    @property
    def ratio(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def passed(self) -> bool:
        return self.total > 0 and self.ratio >= PASS_RATIO


def score(results: Iterable[bool], total: int) -> QuizScore:
    """A pupil's score on one lesson's quiz; unanswered items count as wrong."""
    correct = sum(1 for r in results if r)
    return QuizScore(correct=min(correct, total), total=total)


@dataclass(frozen=True)
class TallyResult:
    """Whole-class mode: how many raised a hand or card for the right answer, of all who did."""

    right: int
    responses: int

    @property
    def ratio(self) -> float:
        return self.right / self.responses if self.responses else 0.0


def tally_result(key: QuizKey, counts: dict[str, int]) -> TallyResult:
    """Counts per option (canonical answers) to a right/responses pair."""
    responses = sum(max(0, c) for c in counts.values())
    right = max(0, counts.get(key.answer, 0))
    return TallyResult(right=right, responses=responses)
